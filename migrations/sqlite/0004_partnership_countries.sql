-- Each partnership under the country of each of its partners, in list order: the list filtered by
-- country (the most used filter) reads one range of this table's key instead of collecting and sorting
-- every partnership of the country for each page, and counts the range without touching other tables.
-- Derived data, written by the application together with `partnerships.list_key`.
CREATE TABLE partnership_countries (
    country         TEXT NOT NULL,
    list_key        TEXT NOT NULL,
    partnership_id  INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    PRIMARY KEY (country, list_key, partnership_id)
) WITHOUT ROWID;

CREATE INDEX partnership_countries_partnership ON partnership_countries (partnership_id);

INSERT INTO partnership_countries (country, list_key, partnership_id)
    SELECT b.country, p.list_key, p.id FROM partnerships p JOIN bodies b ON b.id = p.body_a_id
    UNION
    SELECT b.country, p.list_key, p.id FROM partnerships p JOIN bodies b ON b.id = p.body_b_id;
