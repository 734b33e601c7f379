-- PostgreSQL twin of migrations/sqlite/0004_partnership_countries.sql: each partnership under the country
-- of each of its partners, in list order, so the list filtered by country reads one range of the primary
-- key. Derived data, written by the application together with `partnerships.list_key`. (SQLite's
-- WITHOUT ROWID has no equivalent and needs none: the primary key's index serves the range.)
CREATE TABLE partnership_countries (
    country         TEXT NOT NULL,
    list_key        TEXT COLLATE "C" NOT NULL,
    partnership_id  BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE DEFERRABLE,
    PRIMARY KEY (country, list_key, partnership_id)
);

CREATE INDEX partnership_countries_partnership ON partnership_countries (partnership_id);

INSERT INTO partnership_countries (country, list_key, partnership_id)
    SELECT b.country, p.list_key, p.id FROM partnerships p JOIN bodies b ON b.id = p.body_a_id
    UNION
    SELECT b.country, p.list_key, p.id FROM partnerships p JOIN bodies b ON b.id = p.body_b_id;

SELECT install_triggers();
