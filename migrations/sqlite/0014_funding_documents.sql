-- EU funding, second part (issue 5): programmes and actions edited in the workbench (so they carry
-- a version for the stale-save check, like every other audited record), documents of applications
-- and the secret addresses of the staff's subscribed deadline calendars.

ALTER TABLE funding_programmes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE funding_actions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- A document belongs to one application. The bytes live in the database (a BLOB: portable, backed
-- up and restored with everything else); their type was judged by their first bytes, never by the
-- name or the browser's word. Lists read every column but `content`.
CREATE TABLE funding_documents (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES funding_applications (id),
    file_name      TEXT NOT NULL CHECK (file_name <> ''),
    media_type     TEXT NOT NULL,
    size           INTEGER NOT NULL CHECK (size > 0),
    sha256         TEXT NOT NULL,
    content        BLOB NOT NULL,
    uploaded_at    TEXT NOT NULL,
    uploaded_by    TEXT NOT NULL
);
CREATE INDEX funding_documents_application ON funding_documents (application_id);

-- One calendar address per account: only the SHA-256 digest of its secret is kept (like API tokens);
-- renewing replaces it, revoking deletes it.
CREATE TABLE funding_calendar_tokens (
    user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
