-- The search index's rows are now numbered by body: the names of body N have the rowids
-- N * 65536 up to N * 65536 + 65535, so one body's names are replaced through a rowid range,
-- which FTS5 answers from its own b-tree. `body_id` is an UNINDEXED column, and deleting by it read
-- the whole index for every edited body (27 ms per body at 100,000 bodies).
--
-- The index is derived data: emptied here, it is rebuilt with the new numbering when the database is
-- opened (Store::ensure_search_index), as for a database from before search.
DELETE FROM search_names;
