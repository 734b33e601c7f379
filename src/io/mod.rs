//! Import and export formats shared by the command line, the API and (later) the workbench.

pub mod dcat;
pub mod export;
pub mod funding_calls;
pub mod generate;
pub mod geojson;
pub mod jsonld;
pub mod pdf;
pub mod photos;
pub mod seed;
pub mod seed_format;
mod seed_parts;
pub mod spreadsheet;
pub mod wikidata;
