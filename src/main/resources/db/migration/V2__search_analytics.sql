-- Search analytics: every search and every click on a hit, per language.
-- Queries are stored as typed (NFC, invisible characters removed); nothing identifies a person.

CREATE TABLE search_event (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    lang           VARCHAR(8)               NOT NULL,
    query          VARCHAR(500)             NOT NULL,
    results        INTEGER                  NOT NULL,
    fallback_only  INTEGER                  NOT NULL, -- 1 when only other languages had results
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX search_event_lang_created_idx ON search_event (lang, created_at);

CREATE TABLE search_click (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    lang           VARCHAR(8)               NOT NULL,
    query          VARCHAR(500)             NOT NULL,
    article_slug   VARCHAR(120)             NOT NULL,
    article_lang   VARCHAR(8)               NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX search_click_lang_created_idx ON search_click (lang, created_at);
