-- Guided help: guides and their texts with revision history, walkthrough sessions, and the
-- support requests they hand over. Portable SQL: the same script runs on H2 and PostgreSQL.

-- A guide's shape (guide.yaml) as imported or saved; shape_revision counts its changes.
CREATE TABLE guide (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    slug            VARCHAR(120)             NOT NULL,
    audience        VARCHAR(16)              NOT NULL,
    source_lang     VARCHAR(8)               NOT NULL,
    shape           VARCHAR                  NOT NULL,
    shape_hash      VARCHAR(64)              NOT NULL,
    shape_revision  INTEGER                  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT guide_slug_unique UNIQUE (slug),
    CONSTRAINT guide_audience_check CHECK (audience IN ('public', 'agent'))
);

-- The texts of a guide in one language (<lang>.yaml); a translation records the source revision it matches.
CREATE TABLE guide_text (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    guide_id          BIGINT                   NOT NULL,
    lang              VARCHAR(8)               NOT NULL,
    title             VARCHAR(300)             NOT NULL,
    body              VARCHAR                  NOT NULL,
    translation_of    VARCHAR(8),
    source_revision   INTEGER,
    current_revision  INTEGER                  NOT NULL,
    content_hash      VARCHAR(64)              NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL,
    CONSTRAINT guide_text_guide_fk FOREIGN KEY (guide_id) REFERENCES guide (id),
    CONSTRAINT guide_text_guide_lang_unique UNIQUE (guide_id, lang)
);

-- Immutable history: one row per saved state of a guide's shape or of one of its texts.
CREATE TABLE guide_revision (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    guide_id      BIGINT                   NOT NULL,
    lang          VARCHAR(8)               NOT NULL, -- 'shape' for guide.yaml
    number        INTEGER                  NOT NULL,
    body          VARCHAR                  NOT NULL,
    content_hash  VARCHAR(64)              NOT NULL,
    origin        VARCHAR(16)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT guide_revision_guide_fk FOREIGN KEY (guide_id) REFERENCES guide (id),
    CONSTRAINT guide_revision_unique UNIQUE (guide_id, lang, number)
);

-- A visitor's walk through a guide. Only a hash of the session token is kept, so that the
-- database alone does not give access to anyone's walkthrough.
CREATE TABLE walkthrough (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    token_hash     VARCHAR(64)              NOT NULL,
    guide_slug     VARCHAR(120)             NOT NULL,
    audience       VARCHAR(16)              NOT NULL,
    lang           VARCHAR(8)               NOT NULL,
    current_guide  VARCHAR(120)             NOT NULL,
    current_step   VARCHAR(64)              NOT NULL,
    outcome        VARCHAR(24),
    handed_over    INTEGER                  NOT NULL, -- 1 once a support request was made from it
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT walkthrough_token_unique UNIQUE (token_hash)
);

CREATE INDEX walkthrough_guide_idx ON walkthrough (guide_slug);

-- The steps answered so far, in order; 'back' removes the last one.
CREATE TABLE walkthrough_answer (
    walkthrough_id  BIGINT                   NOT NULL,
    position        INTEGER                  NOT NULL,
    guide_slug      VARCHAR(120)             NOT NULL,
    step_id         VARCHAR(64)              NOT NULL,
    choice_id       VARCHAR(64),
    shown           VARCHAR(4000)            NOT NULL, -- article sections shown at the step, with their revisions
    answered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT walkthrough_answer_pk PRIMARY KEY (walkthrough_id, position),
    CONSTRAINT walkthrough_answer_walkthrough_fk FOREIGN KEY (walkthrough_id) REFERENCES walkthrough (id) ON DELETE CASCADE
);

-- Every step a walkthrough reached, once, even if the visitor went back: per-step analytics.
CREATE TABLE walkthrough_visit (
    walkthrough_id  BIGINT       NOT NULL,
    guide_slug      VARCHAR(120) NOT NULL,
    step_id         VARCHAR(64)  NOT NULL,
    CONSTRAINT walkthrough_visit_pk PRIMARY KEY (walkthrough_id, guide_slug, step_id),
    CONSTRAINT walkthrough_visit_walkthrough_fk FOREIGN KEY (walkthrough_id) REFERENCES walkthrough (id) ON DELETE CASCADE
);

CREATE INDEX walkthrough_visit_guide_idx ON walkthrough_visit (guide_slug, step_id);

-- A hand-over to the help desk, kept until a ticket system has acknowledged it.
CREATE TABLE support_request (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    reference        VARCHAR(36)              NOT NULL,
    walkthrough_id   BIGINT                   NOT NULL,
    payload          VARCHAR                  NOT NULL, -- the JSON delivered, fixed when the request is made
    state            VARCHAR(16)              NOT NULL,
    attempts         INTEGER                  NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until      TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(500),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT support_request_reference_unique UNIQUE (reference),
    CONSTRAINT support_request_walkthrough_unique UNIQUE (walkthrough_id),
    CONSTRAINT support_request_walkthrough_fk FOREIGN KEY (walkthrough_id) REFERENCES walkthrough (id),
    CONSTRAINT support_request_state_check CHECK (state IN ('pending', 'delivered'))
);

CREATE INDEX support_request_due_idx ON support_request (state, next_attempt_at);
