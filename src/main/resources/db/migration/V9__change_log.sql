-- Every change to what the search index holds, in order. Written in the same transaction as the
-- change itself; each instance's index follows it and records how far it has come.
CREATE SEQUENCE change_log_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE change_log (
    seq         BIGINT                   NOT NULL PRIMARY KEY,
    kind        VARCHAR(16)              NOT NULL, -- article | guide
    slug        VARCHAR(120)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX change_log_created_idx ON change_log (created_at);
