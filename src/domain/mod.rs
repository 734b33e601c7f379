//! Pure types and rules of the registry. Nothing here knows about HTTP or SQL.

pub mod names;
pub mod registry;
pub mod search;
pub mod values;
pub mod vocab;
