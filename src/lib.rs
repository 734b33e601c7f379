//! partnerportal: registry, public portal and open data for the international partnerships of
//! public administrations.

pub mod activities;
pub mod admin;
pub mod api;
pub mod app;
pub mod caching;
pub mod cli;
pub mod contact;
pub mod domain;
pub mod error;
pub mod funding;
pub mod http_server;
pub mod i18n;
pub mod io;
pub mod mail;
pub mod page_cache;
pub mod params;
pub mod people;
pub mod quality;
pub mod search;
pub mod spreadsheet;
pub mod store;
pub mod web;
pub mod wikidata;
