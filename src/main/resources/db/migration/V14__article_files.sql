-- Files attached to an article (screenshots, PDFs, ...), stored in the database so that every
-- instance of a cluster serves the same bytes. An article's Markdown refers to them as
-- files/<name>. imported_sha256 is the content folder's version last imported, so that a start
-- with an unchanged folder never undoes a file an editor replaced since.

CREATE TABLE article_file (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    article_id       BIGINT                   NOT NULL,
    name             VARCHAR(100)             NOT NULL,
    media_type       VARCHAR(100)             NOT NULL,
    size_bytes       BIGINT                   NOT NULL,
    sha256           VARCHAR(64)              NOT NULL,
    imported_sha256  VARCHAR(64),
    content          BYTEA                    NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(64)              NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT article_file_name_unique UNIQUE (article_id, name),
    CONSTRAINT article_file_article_fk FOREIGN KEY (article_id) REFERENCES article (id)
);
