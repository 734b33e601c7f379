-- People taking part in activities (issue 4, "People and GDPR"): participants, group leaders,
-- host families, volunteers, speakers. Everything in `people`, `activity_participants` and
-- `consents` is personal data: shown only to staff whose scope covers one of the person's
-- activities (src/people.rs), never on the public portal or the public API, exported whole on
-- request and erased on request or after the retention period (docs/PERSONAL-DATA.md).
--
-- `activity_participant_counts` is NOT personal data: the anonymous numbers (country × age group ×
-- role × invited) of people who were erased, so an activity's statistics and the funding rules'
-- participant numbers survive erasure. Live people are counted from their rows; an erased person
-- moves into these counts in the transaction that deletes them.

-- AUTOINCREMENT: an erased person's id is never given to someone else, so the audit entries about
-- the erased person (which name fields, never values) can never be mistaken for a new person's.
CREATE TABLE people (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    name           TEXT NOT NULL CHECK (name <> ''),
    -- Only the year of birth (data minimisation), or only an age group when that is all we know.
    birth_year     INTEGER,
    age_group      TEXT CHECK (age_group IN ('under_14', '14_17', '18_25', '26_30', '31_64', '65_plus', 'unknown')),
    email          TEXT,
    phone          TEXT,
    country        TEXT NOT NULL CHECK (length(country) = 2),
    dietary        TEXT,
    accessibility  TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK ((birth_year IS NULL) <> (age_group IS NULL))
);

-- A person's part in an activity. Deleting an activity drops the links; a person left without any
-- activity is erased by the next retention run (their data has no purpose left).
CREATE TABLE activity_participants (
    activity_id  INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('participant', 'group_leader', 'host_family', 'volunteer',
                     'speaker', 'interpreter', 'organiser')),
    invited      INTEGER NOT NULL CHECK (invited IN (0, 1)),
    added_at     TEXT NOT NULL,
    PRIMARY KEY (activity_id, person_id)
);
CREATE INDEX activity_participants_person ON activity_participants (person_id);

-- Consents as recorded from signed forms: the day, the version of the text signed, by whom.
CREATE TABLE consents (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    given_on      TEXT NOT NULL,
    text_version  TEXT NOT NULL CHECK (text_version <> ''),
    given_by      TEXT NOT NULL CHECK (given_by IN ('person', 'guardian')),
    withdrawn_on  TEXT,
    recorded_at   TEXT NOT NULL,
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX consents_person ON consents (person_id);

-- The anonymous counts of erased people, per activity.
CREATE TABLE activity_participant_counts (
    activity_id  INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    country      TEXT NOT NULL CHECK (length(country) = 2),
    age_group    TEXT NOT NULL CHECK (age_group IN ('under_14', '14_17', '18_25', '26_30', '31_64', '65_plus', 'unknown')),
    role         TEXT NOT NULL CHECK (role IN ('participant', 'group_leader', 'host_family', 'volunteer',
                     'speaker', 'interpreter', 'organiser')),
    invited      INTEGER NOT NULL CHECK (invited IN (0, 1)),
    count        INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (activity_id, country, age_group, role, invited)
);
