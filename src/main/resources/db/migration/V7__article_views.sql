-- Help-center article pages opened, per page language: what "popular articles" are made of.
-- Nothing identifies the reader.
CREATE TABLE article_view (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    lang          VARCHAR(8)               NOT NULL,
    article_slug  VARCHAR(120)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX article_view_lang_created_idx ON article_view (lang, created_at);
