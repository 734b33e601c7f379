//! Our registry against Wikidata as a use case: read a query result or dump extract, compare it
//! with the stored bodies and partnerships, and print the findings (`partnerportal wikidata diff`),
//! write what Wikidata lacks as QuickStatements (`… quickstatements`) or take over what we lack —
//! suggested Wikidata ids and partnerships between bodies we know — through the audited record
//! writes, all or nothing (`… import --apply`). The workbench page uses the same functions.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Subcommand, ValueEnum};
use serde::Serialize;

use crate::domain::access::Principal;
use crate::domain::records::{MilestoneRecord, PartnershipRecord};
use crate::domain::values::Slug;
use crate::domain::vocab::{
    BodyKind, MilestoneType, PartnershipKind, PartnershipLevel, PartnershipStatus,
};
use crate::domain::wikidata::{self, Comparison, Extract, FindingKind, NewPartnership, OurBody};
use crate::io::wikidata as format;
use crate::store::wikidata::{WikidataView, WikidataWrites, WikidataWritten};
use crate::store::{Store, WriteError};

/// `partnerportal wikidata …`
#[derive(Debug, Subcommand)]
pub enum WikidataCommand {
    /// Compare a Wikidata query result (or dump extract) with the registry and list the differences.
    #[command(
        long_about = "Compare a Wikidata query result (or dump extract) with the registry and list the differences.\n\n\
            FILE is the JSON a query on query.wikidata.org returns (SPARQL 1.1 JSON results; see docs/WIKIDATA.md \
            for the query) or a Wikidata entity extract ({\"entities\": …}). Bodies are matched by their Wikidata \
            id, else by GeoNames id. Findings: twinnings missing in the registry or in Wikidata, one-sided links \
            (Wikidata's symmetry constraint broken), different start or end dates, Wikidata items we do not know, \
            suggested and conflicting Wikidata ids. Nothing is changed; nothing goes online."
    )]
    Diff {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
        format: DiffFormat,
    },
    /// Write what Wikidata lacks as QuickStatements (v1, tab-separated) with our pages as references.
    #[command(
        long_about = "Write what Wikidata lacks as QuickStatements (version 1, tab-separated), one line per \
            statement and direction: Qa P190 Qb with the start (P580) and end (P582) our registry has, at their \
            precision, and the partnership's public page (built from --public-url) as reference URL (S854). \
            Paste the lines into https://quickstatements.toolforge.org after checking them."
    )]
    Quickstatements {
        file: PathBuf,
        /// File to write; standard output when omitted.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Take over what Wikidata has and we lack: suggested Wikidata ids, partnerships between bodies we know.
    #[command(
        long_about = "Take over what Wikidata has and we lack: the suggested Wikidata ids of our bodies and the \
            partnerships Wikidata records between two bodies we know (as drafts, with Wikidata's start and end as \
            milestones, for staff to review and publish).\n\n\
            Without --apply, only shows what would be written (a dry run). With --apply, everything is written \
            through the normal audited record writes in one transaction: all or nothing."
    )]
    Import {
        file: PathBuf,
        /// Write the changes; without it, only show them.
        #[arg(long)]
        apply: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Findings grouped by kind, one line each.
    Table,
    /// One JSON document: summary, findings, statements for Wikidata, partnerships for us.
    Json,
}

/// A file read and compared.
pub struct Outcome {
    pub extract: Extract,
    pub comparison: Comparison,
    /// What `import --apply` would write.
    pub writes: WikidataWrites,
}

/// Reads a file from disk, refusing files above the size limit before reading them.
pub fn read_file(path: &Path) -> anyhow::Result<Vec<u8>> {
    let size = std::fs::metadata(path)
        .with_context(|| format!("cannot read '{}'", path.display()))?
        .len();
    if size > format::MAX_BYTES as u64 {
        anyhow::bail!(
            "'{}' has {size} bytes; at most {} MiB are accepted",
            path.display(),
            format::MAX_BYTES / 1024 / 1024
        );
    }
    std::fs::read(path).with_context(|| format!("cannot read '{}'", path.display()))
}

/// Parses `bytes` and compares them with the registry.
pub async fn compare(store: &Store, bytes: &[u8]) -> anyhow::Result<Outcome> {
    let extract = format::parse(bytes)?;
    let view = store.wikidata_view().await?;
    Ok(outcome_of(extract, &view))
}

/// Compares a read extract with the registry as read.
pub fn outcome_of(extract: Extract, view: &WikidataView) -> Outcome {
    let bodies: Vec<OurBody> = view.bodies.iter().map(|(b, _)| b.clone()).collect();
    let comparison = wikidata::compare(&bodies, &view.partnerships, &extract);
    // With the suggested ids taken over, more twinnings join bodies we know.
    let with_ids: Vec<OurBody> = bodies
        .iter()
        .map(|b| {
            let mut b = b.clone();
            if b.wikidata_id.is_none() {
                b.wikidata_id = comparison.suggested_ids.get(&b.slug).copied();
            }
            b
        })
        .collect();
    let planned = wikidata::compare(&with_ids, &view.partnerships, &extract);
    let kinds: BTreeMap<&str, BodyKind> = view
        .bodies
        .iter()
        .map(|(b, k)| (b.slug.as_str(), *k))
        .collect();
    let writes = WikidataWrites {
        ids: comparison
            .suggested_ids
            .iter()
            .map(|(slug, item)| (slug.clone(), *item))
            .collect(),
        partnerships: planned
            .new_partnerships
            .iter()
            .map(|p| new_record(p, kinds.get(p.home.as_str()).copied()))
            .collect(),
    };
    Outcome {
        extract,
        comparison,
        writes,
    }
}

/// The draft partnership an import creates for a twinning Wikidata has and we lack.
fn new_record(p: &NewPartnership, home_kind: Option<BodyKind>) -> PartnershipRecord {
    let level = match home_kind {
        Some(BodyKind::Country | BodyKind::Region | BodyKind::Department | BodyKind::District) => {
            PartnershipLevel::District
        }
        Some(BodyKind::Locality) => PartnershipLevel::Village,
        _ => PartnershipLevel::Municipal,
    };
    let mut milestones = Vec::new();
    for (date, milestone_type) in [
        (p.start, MilestoneType::Contract),
        (p.end, MilestoneType::End),
    ] {
        if let Some(date) = date {
            milestones.push(MilestoneRecord {
                milestone_type,
                date: Some(date),
                qualifier: None,
                bodies: Vec::new(),
                note: BTreeMap::new(),
                source: None,
            });
        }
    }
    PartnershipRecord {
        slug: partnership_slug(&p.home, &p.partner),
        home: p.home.clone(),
        partner: p.partner.clone(),
        level,
        kind: PartnershipKind::Partnership,
        status: if p.end.is_some() {
            PartnershipStatus::Ended
        } else {
            PartnershipStatus::Active
        },
        topics: Vec::new(),
        narrative: BTreeMap::new(),
        note: Some(format!(
            "Wikidata: {} P190 {} (https://www.wikidata.org/wiki/{})",
            p.items[0], p.items[1], p.items[0]
        )),
        parent: None,
        source: None,
        // Staff review what comes from elsewhere before the public sees it.
        published: false,
        milestones,
    }
}

/// `home-partner`, shortened to a valid slug.
fn partnership_slug(home: &str, partner: &str) -> String {
    let mut slug = format!("{home}-{partner}");
    // Room for a "-NN" an import appends when the slug is taken.
    slug.truncate(Slug::MAX_LEN - 4);
    slug.trim_end_matches('-').to_owned()
}

/// The findings grouped by kind, one line each, and a summary.
pub fn render_table(outcome: &Outcome) -> String {
    let c = &outcome.comparison;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Read {}; {} of our bodies matched.",
        format::describe(&outcome.extract),
        c.matched_bodies
    );
    for kind in FindingKind::ALL {
        let findings: Vec<_> = c.findings.iter().filter(|f| f.kind == kind).collect();
        if findings.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{} ({})", heading(kind), findings.len());
        for f in findings {
            let partnership = f
                .partnership
                .as_deref()
                .map(|p| format!(" [{p}]"))
                .unwrap_or_default();
            let _ = writeln!(out, "  - {}{partnership}", f.message());
        }
    }
    if c.findings.is_empty() {
        out.push_str("\nNo differences.\n");
    }
    let _ = writeln!(
        out,
        "\n{} statement(s) for Wikidata (partnerportal wikidata quickstatements); \
         {} Wikidata id(s) and {} partnership(s) to take over (partnerportal wikidata import).",
        c.statements.len(),
        outcome.writes.ids.len(),
        outcome.writes.partnerships.len()
    );
    out
}

/// Headings of the table, in English like the rest of the command line.
pub fn heading(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::MissingInRegistry => "In Wikidata, missing in our registry",
        FindingKind::MissingInWikidata => "In our registry, missing in Wikidata",
        FindingKind::OneSided => "One-sided in Wikidata (symmetry constraint broken)",
        FindingKind::StartDiffers => "Different start dates",
        FindingKind::EndDiffers => "Different end dates",
        FindingKind::UnknownItem => "Partners in Wikidata we do not know (context)",
        FindingKind::SuggestedId => "Suggested Wikidata ids",
        FindingKind::ConflictingId => "Conflicting identifiers",
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    summary: BTreeMap<&'static str, usize>,
    findings: Vec<JsonFinding<'a>>,
    statements: &'a [wikidata::Statement],
    new_partnerships: &'a [PartnershipRecord],
    suggested_ids: &'a BTreeMap<String, wikidata::ItemId>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    #[serde(flatten)]
    finding: &'a wikidata::Finding,
    message: String,
}

pub fn render_json(outcome: &Outcome) -> String {
    let c = &outcome.comparison;
    let mut summary: BTreeMap<&'static str, usize> = FindingKind::ALL
        .iter()
        .map(|k| (k.key(), c.count(*k)))
        .collect();
    summary.insert("statements_read", c.statements_read);
    summary.insert("matched_bodies", c.matched_bodies);
    let report = JsonReport {
        summary,
        findings: c
            .findings
            .iter()
            .map(|f| JsonFinding {
                finding: f,
                message: f.message(),
            })
            .collect(),
        statements: &c.statements,
        new_partnerships: &outcome.writes.partnerships,
        suggested_ids: &c.suggested_ids,
    };
    serde_json::to_string_pretty(&report).expect("reports serialize")
}

/// The QuickStatements of what Wikidata lacks, with our pages under `public_base` as references.
pub fn quickstatements(outcome: &Outcome, public_base: &str) -> String {
    wikidata::quickstatements(&outcome.comparison.statements, public_base)
}

/// What an import would write or wrote, for people.
pub fn describe_writes(writes: &WikidataWrites, written: Option<&WikidataWritten>) -> String {
    let mut out = String::new();
    let verb = if written.is_some() {
        "set"
    } else {
        "would set"
    };
    for (slug, item) in &writes.ids {
        let _ = writeln!(out, "{verb} Wikidata id {item} on body '{slug}'");
    }
    match written {
        Some(w) => {
            for slug in &w.partnerships {
                let _ = writeln!(out, "created draft partnership '{slug}'");
            }
            let _ = writeln!(
                out,
                "Imported: {} Wikidata id(s) set, {} partnership(s) created as drafts (review and publish them in the workbench).",
                w.ids_set,
                w.partnerships.len()
            );
        }
        None => {
            for p in &writes.partnerships {
                let dates = p
                    .milestones
                    .iter()
                    .filter_map(|m| m.date.map(|d| format!("{} {d}", m.milestone_type.as_str())))
                    .collect::<Vec<_>>()
                    .join(", ");
                let _ = writeln!(
                    out,
                    "would create draft partnership '{}' ({} – {}){}",
                    p.slug,
                    p.home,
                    p.partner,
                    if dates.is_empty() {
                        String::new()
                    } else {
                        format!(": {dates}")
                    }
                );
            }
            let _ = writeln!(
                out,
                "Dry run: {} Wikidata id(s), {} partnership(s); nothing was written. Add --apply to write them.",
                writes.ids.len(),
                writes.partnerships.len()
            );
        }
    }
    out
}

/// Writes the import through the audited record writes, all or nothing.
pub async fn apply(
    store: &Store,
    who: &Principal,
    writes: &WikidataWrites,
) -> Result<WikidataWritten, WriteError> {
    store.apply_wikidata(who, writes).await
}

/// `partnerportal wikidata …`
pub async fn run_cli(
    store: &Store,
    command: WikidataCommand,
    public_base: &str,
) -> anyhow::Result<()> {
    match command {
        WikidataCommand::Diff { file, format } => {
            let outcome = compare(store, &read_file(&file)?).await?;
            match format {
                DiffFormat::Table => print!("{}", render_table(&outcome)),
                DiffFormat::Json => println!("{}", render_json(&outcome)),
            }
        }
        WikidataCommand::Quickstatements { file, output } => {
            let outcome = compare(store, &read_file(&file)?).await?;
            let text = quickstatements(&outcome, public_base);
            match output {
                Some(path) => {
                    std::fs::write(&path, &text)
                        .with_context(|| format!("cannot write '{}'", path.display()))?;
                    eprintln!(
                        "{} statement(s) written to {}",
                        outcome.comparison.statements.len(),
                        path.display()
                    );
                }
                None => print!("{text}"),
            }
        }
        WikidataCommand::Import { file, apply: write } => {
            let outcome = compare(store, &read_file(&file)?).await?;
            if !write {
                print!("{}", describe_writes(&outcome.writes, None));
                return Ok(());
            }
            let who = Principal::command_line();
            let written = apply(store, &who, &outcome.writes)
                .await
                .map_err(describe_write_error)?;
            print!("{}", describe_writes(&outcome.writes, Some(&written)));
        }
    }
    Ok(())
}

fn describe_write_error(e: WriteError) -> anyhow::Error {
    match e {
        WriteError::Invalid(problems) => anyhow::anyhow!(
            "the import was refused and nothing was written: {}",
            problems
                .iter()
                .map(|p| format!("{}: {}", p.field, p.message))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        WriteError::Store(e) => {
            anyhow::anyhow!("the import was refused and nothing was written: {e}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_slugs_are_shortened_to_valid_slugs() {
        let home = "a".repeat(80);
        let slug = partnership_slug(&home, "b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u");
        assert!(Slug::parse(&slug).is_ok(), "{slug}");
        assert!(slug.len() <= Slug::MAX_LEN - 4);
    }
}
