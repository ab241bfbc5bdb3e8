-- Articles, translations and the immutable revision history of each translation.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.

-- EclipseLink preallocates the 50 ids up to the value it reads, so the first value must be at least 50.
CREATE SEQUENCE guidepost_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE article (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    slug        VARCHAR(120)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT article_slug_unique UNIQUE (slug)
);

CREATE TABLE translation (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    article_id        BIGINT                   NOT NULL,
    lang              VARCHAR(8)               NOT NULL,
    title             VARCHAR(300)             NOT NULL,
    summary           VARCHAR(500),
    category          VARCHAR(120),
    audience          VARCHAR(16)              NOT NULL,
    translation_of    VARCHAR(8),
    source_revision   INTEGER,
    source_url        VARCHAR(2000),
    body              VARCHAR                  NOT NULL,
    current_revision  INTEGER                  NOT NULL,
    content_hash      VARCHAR(64)              NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL,
    CONSTRAINT translation_article_fk FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT translation_article_lang_unique UNIQUE (article_id, lang),
    CONSTRAINT translation_audience_check CHECK (audience IN ('public', 'agent'))
);

CREATE TABLE translation_tag (
    translation_id  BIGINT      NOT NULL,
    position        INTEGER     NOT NULL,
    tag             VARCHAR(64) NOT NULL,
    CONSTRAINT translation_tag_pk PRIMARY KEY (translation_id, position),
    CONSTRAINT translation_tag_translation_fk FOREIGN KEY (translation_id) REFERENCES translation (id) ON DELETE CASCADE
);

CREATE TABLE revision (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    translation_id   BIGINT                   NOT NULL,
    number           INTEGER                  NOT NULL,
    title            VARCHAR(300)             NOT NULL,
    summary          VARCHAR(500),
    category         VARCHAR(120),
    tags             VARCHAR(2000),
    audience         VARCHAR(16)              NOT NULL,
    translation_of   VARCHAR(8),
    source_revision  INTEGER,
    source_url       VARCHAR(2000),
    body             VARCHAR                  NOT NULL,
    content_hash     VARCHAR(64)              NOT NULL,
    origin           VARCHAR(16)              NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT revision_translation_fk FOREIGN KEY (translation_id) REFERENCES translation (id),
    CONSTRAINT revision_translation_number_unique UNIQUE (translation_id, number)
);

CREATE INDEX revision_translation_idx ON revision (translation_id);
