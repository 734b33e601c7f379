-- PostgreSQL twin of migrations/sqlite/0003_partnership_list_order.sql: the order partnerships are listed
-- in (level, home body's name, partner's country and name) as one indexed column, written by the
-- application; this fills it for rows written before. chr(31) separates the parts (SQLite's char(31)).
-- COLLATE "C": the key is compared byte by byte as SQLite compares it, whatever the database's default
-- collation; a language's collation would skip the separator and mix the parts.
ALTER TABLE partnerships ADD COLUMN list_key TEXT COLLATE "C" NOT NULL DEFAULT '';

UPDATE partnerships SET list_key =
    (CASE level WHEN 'district' THEN '0' WHEN 'municipal' THEN '1' ELSE '2' END)
    || chr(31) || (SELECT sort_name FROM bodies
                   WHERE id = CASE home_side WHEN 'a' THEN body_a_id ELSE body_b_id END)
    || chr(31) || (SELECT country FROM bodies
                   WHERE id = CASE home_side WHEN 'a' THEN body_b_id ELSE body_a_id END)
    || chr(31) || (SELECT sort_name FROM bodies
                   WHERE id = CASE home_side WHEN 'a' THEN body_b_id ELSE body_a_id END);

CREATE INDEX partnerships_list_key ON partnerships (list_key, id);
