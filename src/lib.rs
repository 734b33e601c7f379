//! partnerportal: registry, public portal and open data for the international partnerships of
//! public administrations.

pub mod domain;
pub mod io;
pub mod store;
