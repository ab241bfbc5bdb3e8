-- Accounts of agents, editors and admins (readers need none), password resets, and the audit log.

CREATE TABLE account (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    username       VARCHAR(64)              NOT NULL, -- NFC, lowercase: compared as stored
    display_name   VARCHAR(120)             NOT NULL,
    password_hash  VARCHAR(300)             NOT NULL, -- PBKDF2WithHmacSHA256:iterations:salt:hash
    roles          VARCHAR(64)              NOT NULL, -- comma-separated: agent, editor, admin
    languages      VARCHAR(64),                       -- an editor's languages, comma-separated; empty for all
    disabled       INTEGER                  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT account_username_unique UNIQUE (username)
);

-- One-time tokens an admin hands over to let someone set a new password; only the hash is kept.
CREATE TABLE password_reset (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    account_id   BIGINT                   NOT NULL,
    token_hash   VARCHAR(64)              NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT password_reset_token_unique UNIQUE (token_hash),
    CONSTRAINT password_reset_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

-- Who changed what, and when; written in the transaction of the change, never updated.
CREATE TABLE audit_event (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)              NOT NULL, -- a username, or 'system' for imports and start-up
    action      VARCHAR(48)              NOT NULL,
    target      VARCHAR(200)             NOT NULL,
    detail      VARCHAR(1000)
);

CREATE INDEX audit_event_at_idx ON audit_event (at);
