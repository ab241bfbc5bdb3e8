-- Terms edited in Guidepost (the terminology page and API, and TBX files imported there): each
-- edited concept's state now, which is put over the shipped termbase and the content folder's,
-- and every revision of it. A concept is stored as one TBX-Basic conceptEntry, the format it is
-- exported in. A retired concept names nothing in searches and is kept for translators to see.

CREATE TABLE term_concept (
    id                VARCHAR(100)             NOT NULL PRIMARY KEY,
    current_revision  INTEGER                  NOT NULL,
    retired           BOOLEAN                  NOT NULL,
    tbx               VARCHAR                  NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE term_revision (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    concept_id  VARCHAR(100)             NOT NULL,
    number      INTEGER                  NOT NULL,
    retired     BOOLEAN                  NOT NULL,
    tbx         VARCHAR                  NOT NULL,
    origin      VARCHAR(16)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    author      VARCHAR(64)              NOT NULL,
    message     VARCHAR(500),
    CONSTRAINT term_revision_number_unique UNIQUE (concept_id, number),
    CONSTRAINT term_revision_concept_fk FOREIGN KEY (concept_id) REFERENCES term_concept (id)
);
