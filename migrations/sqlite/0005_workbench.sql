-- The staff workbench: accounts, sessions, API tokens, the audit trail, record versions and drafts,
-- and the inquiries citizens send through the contact form.
--
-- Conventions added here (portable to PostgreSQL):
-- * instants are UTC text 'YYYY-MM-DDTHH:MM:SSZ' (sortable as text, readable in a dump);
-- * secrets are never stored: passwords as argon2id PHC strings, session and API tokens as the
--   hex SHA-256 of the random value handed out, so a copied database cannot be used to sign in.

CREATE TABLE users (
    id                  INTEGER PRIMARY KEY,
    -- Stored lower-cased: sign-in is case-insensitive without a collation PostgreSQL lacks.
    login               TEXT NOT NULL UNIQUE CHECK (login <> '' AND login = lower(login)),
    display_name        TEXT NOT NULL CHECK (display_name <> ''),
    email               TEXT,
    password_hash       TEXT NOT NULL,
    role                TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'reader')),
    active              BOOLEAN NOT NULL DEFAULT TRUE,
    created_at          TEXT NOT NULL,
    password_changed_at TEXT NOT NULL
);

-- The bodies an editor may change: the body itself, and every partnership it is a side of.
CREATE TABLE user_scopes (
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body_id     INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, body_id)
);

CREATE TABLE sessions (
    token_hash      TEXT PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The synchronizer token every form of this session must send back.
    csrf_token      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    last_seen_at    TEXT NOT NULL,
    expires_at      TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Attempts counted against a limit (failed sign-ins per account and per address, contact-form posts
-- per address). `bucket` holds a hash, never an address in clear; rows older than the longest window
-- are pruned.
CREATE TABLE throttle_events (
    bucket      TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX throttle_events_bucket ON throttle_events (bucket, at);

CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (name <> ''),
    token_hash  TEXT NOT NULL UNIQUE,
    -- The first characters of the token, shown so an administrator can tell tokens apart.
    prefix      TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'reader')),
    created_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at  TEXT
);

CREATE TABLE api_token_scopes (
    token_id    INTEGER NOT NULL REFERENCES api_tokens (id) ON DELETE CASCADE,
    body_id     INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
    PRIMARY KEY (token_id, body_id)
);

-- Every change, whoever made it and however: the whole record before and after, as JSON documents
-- of the shape the workbench edits, so any version can be shown and restored.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    -- 'user:3', 'token:7', 'cli' or 'system': who, stable across renames.
    actor       TEXT NOT NULL,
    -- The name of the actor when the change was made, kept when the account is gone.
    actor_label TEXT NOT NULL,
    channel     TEXT NOT NULL CHECK (channel IN ('web', 'api', 'cli', 'system')),
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'publish',
                    'unpublish', 'sign_in', 'expire')),
    before_json TEXT,
    after_json  TEXT,
    summary     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);

-- Optimistic concurrency: a save names the version it started from and is refused when another
-- save came first. Drafts: unpublished records are seen by staff only.
ALTER TABLE bodies ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE bodies ADD COLUMN published BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE partnerships ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE partnerships ADD COLUMN published BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE contact_points ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- Messages from the public contact form. Stored before the sender is answered; the e-mail to the
-- office is sent afterwards and retried, its state kept here.
CREATE TABLE inquiries (
    id              INTEGER PRIMARY KEY,
    received_at     TEXT NOT NULL,
    name            TEXT NOT NULL,
    email           TEXT NOT NULL,
    subject         TEXT NOT NULL,
    message         TEXT NOT NULL,
    partnership_id  INTEGER REFERENCES partnerships (id) ON DELETE SET NULL,
    language        TEXT NOT NULL,
    -- Which wording of the data-processing consent the sender agreed to.
    consent_version TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'answered', 'closed')),
    assignee_id     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    notified_at     TEXT,
    notify_attempts INTEGER NOT NULL DEFAULT 0,
    notify_error    TEXT,
    updated_at      TEXT NOT NULL
);
CREATE INDEX inquiries_received ON inquiries (received_at);
CREATE INDEX inquiries_status ON inquiries (status, received_at);

CREATE TABLE inquiry_notes (
    id          INTEGER PRIMARY KEY,
    inquiry_id  INTEGER NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
    author_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    author_label TEXT NOT NULL,
    written_at  TEXT NOT NULL,
    text        TEXT NOT NULL CHECK (text <> '')
);
CREATE INDEX inquiry_notes_inquiry ON inquiry_notes (inquiry_id, id);
