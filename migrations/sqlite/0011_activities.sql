-- Activities of the partnerships (issue 4): youth encounters, exchanges, volunteer placements,
-- delegations, cultural events, expert exchanges, anniversaries; their texts, partner
-- organisations and photos. Public activities make the portal's events calendar and iCalendar
-- feeds; internal ones are seen by staff only.
--
-- Dates are 'YYYY-MM-DD' text; optional times 'HH:MM' are local times in `time_zone` (an IANA
-- name such as 'Europe/Berlin'). An activity without times is an all-day event from `starts_on`
-- to `ends_on` inclusive.

CREATE TABLE activities (
    id            INTEGER PRIMARY KEY,
    slug          TEXT NOT NULL UNIQUE CHECK (slug <> ''),
    kind          TEXT NOT NULL CHECK (kind IN ('youth_encounter', 'school_exchange', 'trainee_exchange',
                      'volunteer_placement', 'delegation', 'cultural_event', 'expert_exchange', 'anniversary')),
    starts_on     TEXT NOT NULL,
    ends_on       TEXT NOT NULL,
    starts_at     TEXT,
    ends_at       TEXT,
    time_zone     TEXT,
    host_body_id  INTEGER REFERENCES bodies (id),
    place         TEXT NOT NULL DEFAULT '',
    organiser     TEXT NOT NULL DEFAULT '',
    visibility    TEXT NOT NULL CHECK (visibility IN ('public', 'internal')),
    -- Volunteer placements only (European Solidarity Corps, formerly European Voluntary Service).
    programme             TEXT,
    sending_organisation  TEXT,
    hosting_organisation  TEXT,
    quality_label         TEXT,
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (ends_on >= starts_on),
    CHECK (kind = 'volunteer_placement' OR (programme IS NULL AND sending_organisation IS NULL
        AND hosting_organisation IS NULL AND quality_label IS NULL))
);
-- The calendar reads public activities by date.
CREATE INDEX activities_calendar ON activities (visibility, starts_on);
CREATE INDEX activities_host ON activities (host_body_id);

-- An activity belongs to one or more partnerships.
CREATE TABLE activity_partnerships (
    activity_id     INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    partnership_id  INTEGER NOT NULL REFERENCES partnerships (id),
    position        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (activity_id, partnership_id)
);
CREATE INDEX activity_partnerships_partnership ON activity_partnerships (partnership_id);

-- Title and description per language; German is required (checked in src/domain/activities.rs).
CREATE TABLE activity_texts (
    activity_id  INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    lang         TEXT NOT NULL,
    title        TEXT NOT NULL CHECK (title <> ''),
    description  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (activity_id, lang)
);

-- Partner organisations: schools, clubs, twinning associations.
CREATE TABLE activity_organisations (
    activity_id  INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL CHECK (name <> ''),
    kind         TEXT NOT NULL CHECK (kind IN ('school', 'club', 'twinning_association', 'other')),
    country      TEXT CHECK (country IS NULL OR length(country) = 2),
    link         TEXT,
    PRIMARY KEY (activity_id, position)
);

-- Photos as re-encoded bytes (no EXIF, no GPS) with a server-made thumbnail. Alt text is required
-- in German at least; other languages in activity_photo_texts.
CREATE TABLE activity_photos (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    bytes        BLOB NOT NULL,
    thumbnail    BLOB NOT NULL,
    mime         TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
    width        INTEGER NOT NULL CHECK (width > 0),
    height       INTEGER NOT NULL CHECK (height > 0),
    thumb_width  INTEGER NOT NULL CHECK (thumb_width > 0),
    thumb_height INTEGER NOT NULL CHECK (thumb_height > 0),
    position     INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL
);
CREATE INDEX activity_photos_activity ON activity_photos (activity_id, position);

CREATE TABLE activity_photo_texts (
    photo_id  INTEGER NOT NULL REFERENCES activity_photos (id) ON DELETE CASCADE,
    lang      TEXT NOT NULL,
    alt       TEXT NOT NULL CHECK (alt <> ''),
    PRIMARY KEY (photo_id, lang)
);

-- Which activity an application for funding pays for (wired in the funding form).
ALTER TABLE funding_applications ADD COLUMN activity_id INTEGER REFERENCES activities (id);
CREATE INDEX funding_applications_activity ON funding_applications (activity_id);
