-- PostgreSQL twin of migrations/sqlite/0010_search_rows_by_body.sql: the search index's rows are numbered
-- by body (body N's names have the rowids N * 65536 up to N * 65536 + 65535), so one body's names are
-- replaced through a range of the primary key. Emptied here; the application rebuilds the index with the
-- new numbering when it opens the database (Store::ensure_search_index).
DELETE FROM search_names;
