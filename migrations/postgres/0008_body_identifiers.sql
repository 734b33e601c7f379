-- PostgreSQL twin of migrations/sqlite/0008_body_identifiers.sql: the GeoNames feature id and the
-- ISO 3166-2 subdivision code of a body, with the partial indexes Wikidata comparisons look bodies up by.
ALTER TABLE bodies ADD COLUMN geonames_id BIGINT CHECK (geonames_id IS NULL OR geonames_id > 0);
ALTER TABLE bodies ADD COLUMN iso_3166_2 TEXT;

CREATE INDEX bodies_wikidata_id ON bodies (wikidata_id) WHERE wikidata_id IS NOT NULL;
CREATE INDEX bodies_geonames_id ON bodies (geonames_id) WHERE geonames_id IS NOT NULL;
