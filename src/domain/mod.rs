//! Pure types and rules of the registry. Nothing here knows about HTTP or SQL.

pub mod access;
pub mod activities;
pub mod audit;
pub mod clock;
pub mod council_report;
pub mod credentials;
pub mod funding;
pub mod gazetteer;
pub mod inquiry;
pub mod names;
pub mod people;
pub mod practices;
pub mod quality;
pub mod records;
pub mod registry;
pub mod search;
pub mod values;
pub mod vocab;
pub mod wikidata;
