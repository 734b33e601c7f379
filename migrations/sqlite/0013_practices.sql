-- The practice exchange (issue 4): practices the partner regions share, starting with welcome and
-- recognition structures, each of one region (a body) under one topic.
--
-- Topics are data, not a CHECK list: a new topic is a row here plus its label in
-- locales/*/practices.ftl (`practices-topic-<key>`), no change to the program. Only the vocabulary is
-- shipped: no practices of real regions are invented.
CREATE TABLE practice_topics (
    key      TEXT PRIMARY KEY CHECK (key <> '' AND key NOT GLOB '*[^a-z0-9-]*'),
    position INTEGER NOT NULL
);

INSERT INTO practice_topics (key, position) VALUES
    ('welcome-centre', 1),
    ('recognition-of-qualifications', 2),
    ('skilled-workers', 3),
    ('volunteering', 4),
    ('youth-participation', 5),
    ('language-courses', 6),
    ('housing-and-arrival', 7),
    ('schools-and-childcare', 8);

-- The contact is an office (name, e-mail, phone), never a private person. `as_of` is the date the
-- description was true ('YYYY-MM-DD'). Drafts and internal notes: published = 0 never leaves the
-- workbench.
CREATE TABLE practices (
    id        INTEGER PRIMARY KEY,
    slug      TEXT NOT NULL UNIQUE,
    body_id   INTEGER NOT NULL REFERENCES bodies (id),
    topic     TEXT NOT NULL REFERENCES practice_topics (key),
    office    TEXT NOT NULL DEFAULT '',
    email     TEXT,
    phone     TEXT,
    as_of     TEXT,
    published INTEGER NOT NULL DEFAULT 1 CHECK (published IN (0, 1)),
    version   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX practices_topic_body ON practices (topic, body_id);
CREATE INDEX practices_body ON practices (body_id);

-- Title and description per language; German is required by the record's check, the others fall
-- back to German on the pages (marked with lang="de").
CREATE TABLE practice_texts (
    practice_id INTEGER NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    title       TEXT NOT NULL CHECK (title <> ''),
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (practice_id, lang)
);

CREATE TABLE practice_links (
    practice_id INTEGER NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    url         TEXT NOT NULL CHECK (url <> ''),
    label       TEXT NOT NULL CHECK (label <> ''),
    PRIMARY KEY (practice_id, position)
);
