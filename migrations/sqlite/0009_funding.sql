-- EU and national funding (issue 5): the catalogue of programmes and actions with their rules as
-- data, calls with deadlines, applications with partners, planned participants, money and status,
-- and the reminders already sent.
--
-- Money is TEXT holding an exact decimal with two places ('12500.00'), never REAL: sums are made in
-- the program with exact decimals. Instants are UTC text as everywhere ('2027-03-05T16:00:00Z');
-- dates are 'YYYY-MM-DD'.

CREATE TABLE funding_programmes (
    id       INTEGER PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL CHECK (name <> ''),
    level    TEXT NOT NULL CHECK (level IN ('eu', 'national', 'bilateral')),
    url      TEXT NOT NULL
);

-- The rules are a JSON array of {rule, …bounds, source, as_of}: data for the one rules engine
-- (src/domain/funding/rules.rs), so a new kind of rule needs no migration.
CREATE TABLE funding_actions (
    id                      INTEGER PRIMARY KEY,
    programme_id            INTEGER NOT NULL REFERENCES funding_programmes (id),
    key                     TEXT NOT NULL UNIQUE,
    name                    TEXT NOT NULL CHECK (name <> ''),
    funding_form            TEXT NOT NULL CHECK (funding_form IN ('lump_sum', 'unit_costs', 'actual_costs', 'flat_rate')),
    funding_note            TEXT NOT NULL DEFAULT '',
    max_cofinancing_percent INTEGER CHECK (max_cofinancing_percent BETWEEN 1 AND 100),
    url                     TEXT NOT NULL,
    rules_json              TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX funding_actions_programme ON funding_actions (programme_id);

CREATE TABLE funding_calls (
    id          INTEGER PRIMARY KEY,
    action_id   INTEGER NOT NULL REFERENCES funding_actions (id),
    identifier  TEXT NOT NULL UNIQUE CHECK (identifier <> ''),
    title       TEXT NOT NULL CHECK (title <> ''),
    opens_on    TEXT,
    -- The deadline as an instant; shown in Brussels time.
    deadline_at TEXT NOT NULL,
    budget      TEXT,
    url         TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX funding_calls_deadline ON funding_calls (deadline_at);

CREATE TABLE funding_applications (
    id               INTEGER PRIMARY KEY,
    call_id          INTEGER NOT NULL REFERENCES funding_calls (id),
    applicant_id     INTEGER NOT NULL REFERENCES bodies (id),
    applicant_kind   TEXT NOT NULL,
    title            TEXT NOT NULL CHECK (title <> ''),
    starts_on        TEXT,
    ends_on          TEXT,
    requested        TEXT,
    granted          TEXT,
    co_financing     TEXT,
    status           TEXT NOT NULL CHECK (status IN ('idea', 'in_preparation', 'submitted', 'granted',
                         'rejected', 'withdrawn', 'reporting', 'closed')),
    responsible      TEXT NOT NULL DEFAULT '',
    report_due       TEXT,
    notes            TEXT NOT NULL DEFAULT '',
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX funding_applications_call ON funding_applications (call_id);
CREATE INDEX funding_applications_applicant ON funding_applications (applicant_id);

CREATE TABLE funding_application_partners (
    application_id INTEGER NOT NULL REFERENCES funding_applications (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    body_id        INTEGER NOT NULL REFERENCES bodies (id),
    PRIMARY KEY (application_id, body_id)
);

CREATE TABLE funding_application_participants (
    application_id INTEGER NOT NULL REFERENCES funding_applications (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    country        TEXT NOT NULL CHECK (length(country) = 2),
    participants   INTEGER NOT NULL CHECK (participants >= 0),
    invited        INTEGER NOT NULL CHECK (invited >= 0 AND invited <= participants),
    PRIMARY KEY (application_id, country)
);

CREATE TABLE funding_application_status_dates (
    application_id INTEGER NOT NULL REFERENCES funding_applications (id) ON DELETE CASCADE,
    status         TEXT NOT NULL,
    reached_on     TEXT NOT NULL,
    PRIMARY KEY (application_id, status)
);

-- One row per reminder sent or being sent: the UNIQUE key is claimed in a transaction before the
-- e-mail goes out, so a reminder is sent at most once even when two servers or a restart race.
CREATE TABLE funding_reminders (
    id          INTEGER PRIMARY KEY,
    -- 'call' (submission deadline) or 'report' (report due of an application).
    kind        TEXT NOT NULL CHECK (kind IN ('call', 'report')),
    ref_id      INTEGER NOT NULL,
    deadline_at TEXT NOT NULL,
    days_before INTEGER NOT NULL CHECK (days_before >= 0),
    claimed_at  TEXT NOT NULL,
    sent_at     TEXT,
    recipient   TEXT NOT NULL,
    UNIQUE (kind, ref_id, deadline_at, days_before)
);
