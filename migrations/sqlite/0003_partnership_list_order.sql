-- The order partnerships are listed in (level, home body's name, partner's country and name) as one
-- indexed column, so a page of the list is read from the index instead of sorting every partnership
-- for every request. The application writes it whenever a partnership or a name it depends on changes;
-- this fills it for rows written before. char(31) separates the parts so that no name can run into
-- the next part.
ALTER TABLE partnerships ADD COLUMN list_key TEXT NOT NULL DEFAULT '';

UPDATE partnerships SET list_key =
    (CASE level WHEN 'district' THEN '0' WHEN 'municipal' THEN '1' ELSE '2' END)
    || char(31) || (SELECT sort_name FROM bodies
                    WHERE id = CASE home_side WHEN 'a' THEN body_a_id ELSE body_b_id END)
    || char(31) || (SELECT country FROM bodies
                    WHERE id = CASE home_side WHEN 'a' THEN body_b_id ELSE body_a_id END)
    || char(31) || (SELECT sort_name FROM bodies
                    WHERE id = CASE home_side WHEN 'a' THEN body_b_id ELSE body_a_id END);

CREATE INDEX partnerships_list_key ON partnerships (list_key, id);
