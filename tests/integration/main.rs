//! Integration tests of partnerportal: the portal's pages, the JSON API, the database layer and the
//! command line, each test against its own database loaded with the bundled Landkreis Harz seed.
//!
//! One test binary (modules below) keeps link time low.

mod activities;
mod api;
mod api_write;
mod backup;
mod caching;
mod cli;
mod common;
mod contact;
mod council_report;
mod database;
mod exports;
mod fresh_database;
mod funding;
mod funding_activity;
mod funding_calendar;
mod funding_catalogue;
mod funding_documents;
mod funding_restore;
mod import_memory;
mod languages;
mod map;
mod migrate_db;
mod page_cache;
mod pages;
mod people;
mod practices;
mod quality;
mod reliability;
mod search;
mod smtp;
mod spreadsheet;
mod two_instances;
mod wikidata;
mod workbench;
mod workbench_admin;
