-- The registry: administrative bodies, their names, facts and succession; partnerships between them
-- with topics, narratives and milestones; sources; contact points; portal settings.
--
-- Conventions (kept portable to PostgreSQL, which gets its own folder of migrations):
-- * vocabulary columns hold the snake_case keys of src/domain/vocab.rs, guarded by CHECK constraints;
-- * partial dates are ISO 8601 text of year, month or day precision ('2003', '2007-01', '2007-07-01'),
--   which sorts chronologically as text;
-- * translatable text lives in *_texts tables keyed by BCP 47 language tag;
-- * every statement taken from somewhere cites a row of `sources`.

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    publisher   TEXT,
    url         TEXT,
    note        TEXT
);

CREATE TABLE bodies (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL CHECK (name <> ''),
    -- Lower-cased, diacritics folded: what sorting and search compare.
    sort_name   TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN
                    ('country', 'region', 'department', 'district', 'municipality', 'locality', 'association')),
    country     TEXT NOT NULL CHECK (length(country) = 2),
    parent_id   INTEGER REFERENCES bodies (id),
    website     TEXT,
    latitude    REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude   REAL CHECK (longitude BETWEEN -180 AND 180),
    nuts_code   TEXT,
    lau_code    TEXT,
    wikidata_id TEXT,
    valid_from  TEXT,
    valid_to    TEXT,
    source_id   INTEGER REFERENCES sources (id),
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX bodies_parent ON bodies (parent_id);
CREATE INDEX bodies_country ON bodies (country, sort_name);

CREATE TABLE body_names (
    body_id     INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (name <> ''),
    lang        TEXT,
    kind        TEXT NOT NULL CHECK (kind IN ('official', 'exonym', 'variant', 'former')),
    PRIMARY KEY (body_id, name)
);

CREATE TABLE body_texts (
    body_id     INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (body_id, lang)
);

CREATE TABLE facts (
    id          INTEGER PRIMARY KEY,
    body_id     INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    value_num   REAL,
    value_text  TEXT,
    lang        TEXT,
    unit        TEXT,
    approximate BOOLEAN NOT NULL DEFAULT FALSE,
    as_of       TEXT,
    source_id   INTEGER REFERENCES sources (id),
    note        TEXT,
    -- Seed order, so a body's facts read as their source tells them.
    position    INTEGER NOT NULL DEFAULT 0,
    CHECK ((value_num IS NULL) <> (value_text IS NULL))
);
CREATE INDEX facts_body ON facts (body_id, position);

CREATE TABLE successions (
    id              INTEGER PRIMARY KEY,
    predecessor_id  INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
    successor_id    INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('merger', 'renaming', 'incorporation', 'split')),
    date            TEXT,
    source_id       INTEGER REFERENCES sources (id),
    note            TEXT,
    UNIQUE (predecessor_id, successor_id),
    CHECK (predecessor_id <> successor_id)
);
CREATE INDEX successions_successor ON successions (successor_id);

CREATE TABLE topics (
    key         TEXT PRIMARY KEY,
    position    INTEGER NOT NULL
);
INSERT INTO topics (key, position) VALUES
    ('youth_social_work', 1), ('culture_heritage', 2), ('history_remembrance', 3), ('tourism', 4),
    ('economy', 5), ('environment', 6), ('health_social', 7), ('education', 8), ('sport', 9),
    ('public_administration', 10), ('regional_marketing', 11), ('volunteering', 12);

-- One row per partnership: the pair is stored with the smaller body id first, so the same two bodies
-- can never be joined twice or by two half-links that disagree. `home_side` remembers which of the two
-- the record was entered from, for display only.
CREATE TABLE partnerships (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    body_a_id   INTEGER NOT NULL REFERENCES bodies (id),
    body_b_id   INTEGER NOT NULL REFERENCES bodies (id),
    home_side   TEXT NOT NULL DEFAULT 'a' CHECK (home_side IN ('a', 'b')),
    level       TEXT NOT NULL CHECK (level IN ('district', 'municipal', 'village')),
    kind        TEXT NOT NULL CHECK (kind IN ('partnership', 'friendship', 'contact', 'project')),
    status      TEXT NOT NULL CHECK (status IN ('active', 'dormant', 'ended')),
    parent_id   INTEGER REFERENCES partnerships (id),
    source_id   INTEGER REFERENCES sources (id),
    note        TEXT,
    UNIQUE (body_a_id, body_b_id),
    CHECK (body_a_id < body_b_id)
);
CREATE INDEX partnerships_body_b ON partnerships (body_b_id);
CREATE INDEX partnerships_parent ON partnerships (parent_id);

CREATE TABLE partnership_topics (
    partnership_id  INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    topic           TEXT NOT NULL REFERENCES topics (key),
    PRIMARY KEY (partnership_id, topic)
);
CREATE INDEX partnership_topics_topic ON partnership_topics (topic);

CREATE TABLE partnership_texts (
    partnership_id  INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    lang            TEXT NOT NULL,
    narrative       TEXT NOT NULL,
    PRIMARY KEY (partnership_id, lang)
);

CREATE TABLE milestones (
    id              INTEGER PRIMARY KEY,
    partnership_id  INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    date            TEXT,
    qualifier       TEXT CHECK (qualifier IN ('early', 'mid', 'late', 'circa', 'before', 'after')),
    type            TEXT NOT NULL CHECK (type IN ('first_contact', 'friendship', 'declaration_of_intent',
                        'contract', 'cooperation_agreement', 'transfer', 'confirmation', 'event', 'end')),
    source_id       INTEGER REFERENCES sources (id),
    -- Undated milestones keep the order the source tells them in.
    position        INTEGER NOT NULL DEFAULT 0,
    CHECK (qualifier IS NULL OR date IS NOT NULL)
);
CREATE INDEX milestones_partnership ON milestones (partnership_id, position);

CREATE TABLE milestone_bodies (
    milestone_id    INTEGER NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
    body_id         INTEGER NOT NULL REFERENCES bodies (id),
    position        INTEGER NOT NULL,
    PRIMARY KEY (milestone_id, body_id)
);

CREATE TABLE milestone_texts (
    milestone_id    INTEGER NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
    lang            TEXT NOT NULL,
    note            TEXT NOT NULL,
    PRIMARY KEY (milestone_id, lang)
);

CREATE TABLE contact_points (
    id              INTEGER PRIMARY KEY,
    body_id         INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
    organisation    TEXT NOT NULL,
    -- Organisational units from the largest to the smallest, one per line.
    units           TEXT NOT NULL DEFAULT '',
    street          TEXT,
    postal_code     TEXT,
    locality        TEXT,
    country         TEXT,
    phone           TEXT,
    fax             TEXT,
    email           TEXT,
    source_id       INTEGER REFERENCES sources (id)
);

CREATE TABLE contact_point_texts (
    contact_point_id INTEGER NOT NULL REFERENCES contact_points (id) ON DELETE CASCADE,
    lang             TEXT NOT NULL,
    note             TEXT NOT NULL,
    PRIMARY KEY (contact_point_id, lang)
);

-- Portal-wide settings and texts: the home body, the headline and introduction per language.
CREATE TABLE portal_settings (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL
);

CREATE TABLE portal_texts (
    key     TEXT NOT NULL,
    lang    TEXT NOT NULL,
    text    TEXT NOT NULL,
    PRIMARY KEY (key, lang)
);
