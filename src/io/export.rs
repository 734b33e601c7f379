//! Exports of the whole registry: JSON (everything, as the API shows it) and CSV (one row per
//! partnership, for spreadsheets).

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use serde::Serialize;

use crate::cli::ExportFormat;
use crate::domain::registry::{Body, Partnership, PartnershipSummary};
use crate::i18n::DEFAULT_LANGUAGE;
use crate::store::{BodyFilter, Page, PartnershipFilter, Store};

#[derive(Serialize)]
pub struct Export {
    pub bodies: Vec<Body>,
    pub partnerships: Vec<Partnership>,
}

pub async fn run(store: &Store, format: ExportFormat, output: Option<&Path>) -> anyhow::Result<()> {
    let mut out: Box<dyn Write> = match output {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create '{}'", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    match format {
        ExportFormat::Json => {
            let export = collect(store).await?;
            serde_json::to_writer_pretty(&mut out, &export)?;
            writeln!(out)?;
        }
        ExportFormat::Csv => {
            let rows = store
                .list_partnerships(&PartnershipFilter::default(), Page::all(), DEFAULT_LANGUAGE)
                .await?
                .items;
            write_csv(&mut out, &rows)?;
        }
    }
    out.flush()?;
    Ok(())
}

pub async fn collect(store: &Store) -> anyhow::Result<Export> {
    let lang = DEFAULT_LANGUAGE;
    let mut bodies = Vec::new();
    for r in store
        .list_bodies(&BodyFilter::default(), Page::all(), lang)
        .await?
        .items
    {
        bodies.extend(store.find_body(&r.slug, lang).await?);
    }
    let mut partnerships = Vec::new();
    let all = PartnershipFilter::default();
    for p in store
        .list_partnerships(&all, Page::all(), lang)
        .await?
        .items
    {
        partnerships.extend(store.find_partnership(&p.slug, lang).await?);
    }
    Ok(Export {
        bodies,
        partnerships,
    })
}

pub const CSV_HEADER: [&str; 14] = [
    "slug",
    "level",
    "kind",
    "status",
    "since",
    "home_slug",
    "home_name",
    "home_country",
    "partner_slug",
    "partner_name",
    "partner_official_name",
    "partner_country",
    "topics",
    "parent",
];

pub fn write_csv(out: impl Write, rows: &[PartnershipSummary]) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CSV_HEADER)?;
    for p in rows {
        let topics: Vec<&str> = p.topics.iter().map(|t| t.as_str()).collect();
        w.write_record([
            p.slug.as_str(),
            p.level.as_str(),
            p.kind.as_str(),
            p.status.as_str(),
            &p.since.map(|d| d.to_string()).unwrap_or_default(),
            &p.home.slug,
            &spreadsheet_safe(&p.home.display_name),
            &p.home.country,
            &p.partner.slug,
            &spreadsheet_safe(&p.partner.display_name),
            &spreadsheet_safe(&p.partner.name),
            &p.partner.country,
            &topics.join(";"),
            p.parent.as_deref().unwrap_or_default(),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// Spreadsheets execute cells starting with = + - @ as formulas; a leading apostrophe keeps a name
/// that happens to start so from being run when the file is opened.
fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_look_like_formulas_are_defused() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("Końskie"), "Końskie");
    }
}
