-- Topics (categories.yaml) and ticket steps (ticket-steps.yaml) edited in Guidepost: every saved
-- state of each, as the file it is exported as. The newest revision is in effect on every
-- instance, over the content folder's file; a revision is never changed, a restore saves a new one.

CREATE TABLE vocabulary_revision (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    kind        VARCHAR(32)              NOT NULL,
    number      INTEGER                  NOT NULL,
    yaml        VARCHAR                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    author      VARCHAR(64)              NOT NULL,
    message     VARCHAR(500),
    CONSTRAINT vocabulary_revision_number_unique UNIQUE (kind, number)
);
