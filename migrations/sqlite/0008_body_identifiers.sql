-- Two more identifiers the rest of the world uses for a body, beside NUTS, LAU and Wikidata (migration 1):
-- * geonames_id: the GeoNames feature id (a positive integer), which the data-quality check suggests
--   from the bundled gazetteer and which Wikidata items carry as P1566, so the two can be matched;
-- * iso_3166_2: the ISO 3166-2 subdivision code of a region or district that has one ('DE-ST',
--   'FR-90', 'RO-BH'); ISO 3166-1 is the body's country already.
ALTER TABLE bodies ADD COLUMN geonames_id INTEGER CHECK (geonames_id IS NULL OR geonames_id > 0);
ALTER TABLE bodies ADD COLUMN iso_3166_2 TEXT;

-- Wikidata comparisons and imports look bodies up by these identifiers.
CREATE INDEX bodies_wikidata_id ON bodies (wikidata_id) WHERE wikidata_id IS NOT NULL;
CREATE INDEX bodies_geonames_id ON bodies (geonames_id) WHERE geonames_id IS NOT NULL;
