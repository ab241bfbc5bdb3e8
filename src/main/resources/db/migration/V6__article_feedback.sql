-- "Was this helpful?" answers, per article and language; nothing identifies the reader.
CREATE TABLE article_feedback (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    slug        VARCHAR(120)             NOT NULL,
    lang        VARCHAR(8)               NOT NULL,
    helpful     INTEGER                  NOT NULL, -- 1 yes, 0 no
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX article_feedback_slug_idx ON article_feedback (slug, lang);
