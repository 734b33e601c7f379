-- PostgreSQL twin of migrations/sqlite/0002_search.sql: search over bodies and their other names.
--
-- SQLite keeps the folded names in an FTS5 table with the trigram tokenizer. Here the same four columns
-- live in an ordinary table with a GIN index of pg_trgm (contrib, trusted: the database owner may
-- create it), which answers the same three questions from an index: does a name contain this text
-- (`folded LIKE '%text%'`), does it contain any of these pieces (`folded ~ 'piece|piece'`), and how
-- alike are two texts (`word_similarity`) for the order. docs/POSTGRES.md has the queries and their plans.
--
-- Names are folded by the application (deunicode transliteration, lower case), the same way queries
-- are, so `unaccent` is not needed and would fold differently from SQLite's side.
--
-- `rowid` is spelt out: the store numbers the rows by body (body N has N * 65536 up to N * 65536 +
-- 65535, see src/store/search.rs) and replaces one body's names through that range, which the primary
-- key answers here as FTS5's b-tree does there. Derived data: rebuilt by the application.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE search_names (
    rowid   BIGINT PRIMARY KEY,
    body_id BIGINT NOT NULL,
    name    TEXT NOT NULL,
    lang    TEXT,
    folded  TEXT NOT NULL
);
CREATE INDEX search_names_folded ON search_names USING gin (folded gin_trgm_ops);

-- SQLite's instr(), which the store's search for queries shorter than a trigram uses
-- (`WHERE instr(folded, $1) > 0`): the position of the first occurrence, 0 when there is none.
CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS BIGINT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT CAST(strpos(haystack, needle) AS BIGINT) $$;

SELECT install_triggers();
