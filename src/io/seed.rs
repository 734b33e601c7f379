//! Loading the seed: the bundled file or one given on the command line.

use std::path::Path;

use anyhow::Context;

use super::seed_format::SeedFile;
use crate::store::ImportReport;

/// The Landkreis Harz seed, compiled into the binary.
pub const BUNDLED_SEED: &str = include_str!("../../seed/landkreis-harz.toml");

pub fn load(file: Option<&Path>) -> anyhow::Result<SeedFile> {
    match file {
        None => Ok(SeedFile::parse(BUNDLED_SEED)?),
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the seed file '{}'", path.display()))?;
            SeedFile::parse(&text)
                .with_context(|| format!("'{}' cannot be imported", path.display()))
        }
    }
}

/// One line for the operator.
pub fn describe(report: &ImportReport) -> String {
    if report.is_empty() {
        return "seed already loaded: nothing to add".to_owned();
    }
    format!(
        "seed loaded: added {} bodies, {} facts, {} successions, {} partnerships, {} milestones, {} contact points, {} sources",
        report.bodies,
        report.facts,
        report.successions,
        report.partnerships,
        report.milestones,
        report.contact_points,
        report.sources
    )
}
