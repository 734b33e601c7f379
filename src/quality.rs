//! The data-quality check as a use case: run the checks of `domain::quality` over every record with
//! the bundled gazetteer, leave out what staff dismissed, and either print the findings
//! (`partnerportal check`: a table or JSON) or decide on one of them (the workbench's review queue):
//! accept its suggested correction (written through the record's normal, audited write path),
//! take it up to correct by hand, or dismiss it with a reason.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;

use serde::Serialize;

use crate::domain::access::Principal;
use crate::domain::clock::Instant;
use crate::domain::gazetteer::{self, NameAgreement};
use crate::domain::quality::{
    self, Decision, Finding, NameFit, Place, PlaceLookup, RecordType, Settings, Severity,
};
use crate::domain::values::PartialDate;
use crate::i18n::Tr;
use crate::store::{Store, StoreError, StoreResult, WriteError, WriteResult};

/// How a check run is asked for.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Figures older than this many years are listed for review.
    pub max_age_years: u16,
    /// Report dismissed findings too (marked as such).
    pub include_dismissed: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_age_years: quality::DEFAULT_MAX_AGE_YEARS,
            include_dismissed: false,
        }
    }
}

/// A finding with what the callers need besides: whether it was dismissed, and the body ids of the
/// record it concerns (for an editor's scope).
#[derive(Debug, Clone)]
pub struct Reported {
    pub finding: Finding,
    pub dismissed: bool,
    /// The body's own id, or both sides of a partnership.
    pub sides: Vec<i64>,
    /// The record's name for people: the body's name, or "home – partner".
    pub label: String,
}

impl Reported {
    /// Whether `who` may decide on this finding (change the record it concerns).
    pub fn may_decide(&self, who: &Principal) -> bool {
        match (self.finding.record.kind, self.sides.as_slice()) {
            (RecordType::Body, [id, ..]) => who.may_edit_body(*id),
            (RecordType::Partnership, [a, b, ..]) => who.may_edit_partnership(*a, *b),
            _ => false,
        }
    }
}

/// What one run found.
#[derive(Debug, Clone)]
pub struct Report {
    pub findings: Vec<Reported>,
    pub settings: Settings,
    /// Findings left out because they were dismissed (when not included).
    pub dismissed_hidden: usize,
}

impl Report {
    /// Open (not dismissed) findings of `severity`.
    pub fn open(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|r| !r.dismissed && r.finding.severity == severity)
            .count()
    }

    pub fn dismissed(&self) -> usize {
        self.dismissed_hidden + self.findings.iter().filter(|r| r.dismissed).count()
    }

    /// The exit status of `partnerportal check`: errors make a scheduled job fail.
    pub fn has_open_errors(&self) -> bool {
        self.open(Severity::Error) > 0
    }
}

/// Today as a date, for the age of figures and the end of bodies.
pub fn today() -> PartialDate {
    let now = Instant::now().date_time();
    PartialDate::parse(&format!(
        "{:04}-{:02}-{:02}",
        now.year(),
        u8::from(now.month()),
        now.day()
    ))
    .expect("today is a date")
}

/// The bundled gazetteer, as the checks see it.
pub struct Gazetteer;

impl PlaceLookup for Gazetteer {
    fn candidates(
        &self,
        name: &str,
        country: Option<&str>,
        near: Option<(f64, f64)>,
    ) -> Vec<Place> {
        gazetteer::gazetteer()
            .candidates_near(name, country, near, quality::SAME_PLACE_KM, 10)
            .into_iter()
            .map(|c| Place {
                geonames_id: c.place.geonames_id,
                name: c.place.name.to_owned(),
                country: c.place.country.to_owned(),
                latitude: c.place.latitude,
                longitude: c.place.longitude,
                fit: match c.classification.agreement {
                    a if a.is_correct() => NameFit::Correct,
                    NameAgreement::AlternateName => NameFit::OtherName,
                    NameAgreement::DiacriticsOrCase => NameFit::Diacritics,
                    // Truncated, or a near miss.
                    _ => NameFit::Misspelt,
                },
            })
            .collect()
    }
}

static GAZETTEER: Gazetteer = Gazetteer;

/// The check for a running server: the review queue shows the same report to every visitor and
/// decisions look their finding up in it, so the last report is kept while the registry is
/// unchanged (same last audit entry, same day) instead of checking every record on every visit —
/// at 100,000 bodies a run takes seconds. One run at a time: whoever asks while it runs waits for
/// its result instead of starting another.
#[derive(Clone)]
pub struct Checker {
    store: Store,
    last: Arc<tokio::sync::Mutex<Option<KeptReport>>>,
}

/// A report and the state of the registry it was made from.
type KeptReport = (Stamp, Arc<Report>);

#[derive(Debug, Clone, Copy, PartialEq)]
struct Stamp {
    last_change: i64,
    today: PartialDate,
}

impl Checker {
    pub fn new(store: Store) -> Checker {
        Checker {
            store,
            last: Arc::default(),
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The report with the default options, as of now.
    pub async fn report(&self) -> StoreResult<Arc<Report>> {
        let mut last = self.last.lock().await;
        // Read before the run: a change made during the run makes the next visit run again.
        let stamp = Stamp {
            last_change: self.store.change_stamp().await?,
            today: today(),
        };
        if let Some((seen, report)) = last.as_ref()
            && *seen == stamp
        {
            return Ok(report.clone());
        }
        let report = Arc::new(run(&self.store, &Options::default()).await?);
        *last = Some((stamp, report.clone()));
        Ok(report)
    }
}

/// Runs every check over the stored registry.
pub async fn run(store: &Store, options: &Options) -> StoreResult<Report> {
    run_with(store, options, Some(&GAZETTEER)).await
}

/// Runs every check with the given place lookup (none: the gazetteer checks are left out).
pub async fn run_with(
    store: &Store,
    options: &Options,
    places: Option<&'static (dyn PlaceLookup + Sync)>,
) -> StoreResult<Report> {
    let settings = Settings {
        max_age_years: options.max_age_years,
        today: today(),
    };
    let records = store.all_records().await?;
    let dismissed = store.dismissed_findings().await?;
    let bodies: Vec<_> = records.bodies.iter().map(|s| s.record.clone()).collect();
    let partnerships: Vec<_> = records
        .partnerships
        .iter()
        .map(|s| s.record.clone())
        .collect();
    // The gazetteer is loaded and searched on a blocking thread: the first use decompresses it.
    let findings = tokio::task::spawn_blocking(move || {
        quality::check_registry(
            &bodies,
            &partnerships,
            &settings,
            places.map(|p| p as &dyn PlaceLookup),
        )
    })
    .await
    .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()));
    let body_ids: BTreeMap<&str, (i64, &str)> = records
        .bodies
        .iter()
        .map(|s| (s.record.slug.as_str(), (s.id, s.record.name.as_str())))
        .collect();
    let partnership_ids: BTreeMap<&str, (Vec<i64>, String)> = records
        .partnerships
        .iter()
        .map(|s| {
            let name = |slug: &str| {
                body_ids
                    .get(slug)
                    .map_or(slug.to_owned(), |(_, n)| (*n).to_owned())
            };
            let label = format!("{} – {}", name(&s.record.home), name(&s.record.partner));
            (s.record.slug.as_str(), (s.sides.clone(), label))
        })
        .collect();
    let mut report = Report {
        findings: Vec::new(),
        settings,
        dismissed_hidden: 0,
    };
    for finding in findings {
        let is_dismissed = dismissed.contains(&(finding.key(), finding.fingerprint.clone()));
        if is_dismissed && !options.include_dismissed {
            report.dismissed_hidden += 1;
            continue;
        }
        let slug = finding.record.slug.as_str();
        let (sides, label) = match finding.record.kind {
            RecordType::Body => body_ids
                .get(slug)
                .map_or((Vec::new(), slug.to_owned()), |(id, name)| {
                    (vec![*id], (*name).to_owned())
                }),
            RecordType::Partnership => partnership_ids
                .get(slug)
                .cloned()
                .unwrap_or_else(|| (Vec::new(), slug.to_owned())),
        };
        report.findings.push(Reported {
            finding,
            dismissed: is_dismissed,
            sides,
            label,
        });
    }
    Ok(report)
}

/// A finding's message in `t`'s language.
pub fn message(t: &Tr, finding: &Finding) -> String {
    let mut args: Vec<(&'static str, String)> = Vec::new();
    for (name, value) in &finding.args {
        match *name {
            "fact" => args.push(("fact", t.vocab("fact", value))),
            "country" => {
                args.push(("country", value.clone()));
                args.push(("country_name", t.country(value)));
            }
            "value" if finding.check == quality::Check::CountryMismatch => {
                args.push(("value", value.clone()));
                args.push(("value_name", t.country(value)));
            }
            _ => args.push((name, value.clone())),
        }
    }
    t.args(&format!("quality-{}", finding.check.key()), &args)
}

/// The findings as a table grouped by record, with a summary line.
pub fn render_table(report: &Report, t: &Tr) -> String {
    let header = [
        t.t("quality-col-severity"),
        t.t("quality-col-record"),
        t.t("quality-col-field"),
        t.t("quality-col-message"),
        t.t("quality-col-suggestion"),
    ];
    let mut groups: Vec<(String, Vec<[String; 5]>)> = Vec::new();
    for r in &report.findings {
        let f = &r.finding;
        let mut severity = t.t(&format!("quality-severity-{}", f.severity.key()));
        if r.dismissed {
            severity = format!("{severity} ({})", t.t("quality-dismissed"));
        }
        let row = [
            severity,
            f.record.to_string(),
            f.field.clone(),
            message(t, f),
            f.suggestion.as_ref().map(|s| s.value()).unwrap_or_default(),
        ];
        let group = format!("{} ({})", r.label, f.record);
        match groups.last_mut() {
            Some((g, rows)) if *g == group => rows.push(row),
            _ => groups.push((group, vec![row])),
        }
    }
    let width = |i: usize| {
        groups
            .iter()
            .flat_map(|(_, rows)| rows.iter().map(move |r| r[i].chars().count()))
            .chain([header[i].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..4).map(width).collect();
    let line = |cells: &[String; 5]| {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i < 4 {
                let pad = widths[i].saturating_sub(cell.chars().count());
                let _ = write!(text, "{cell}{}  ", " ".repeat(pad));
            } else {
                text.push_str(cell);
            }
        }
        text.trim_end().to_owned()
    };
    let mut out = String::new();
    if !groups.is_empty() {
        out.push_str(&line(&header));
        out.push('\n');
    }
    for (group, rows) in &groups {
        let _ = writeln!(out, "\n{group}");
        for row in rows {
            out.push_str(&line(row));
            out.push('\n');
        }
    }
    if !groups.is_empty() {
        out.push('\n');
    }
    out.push_str(&summary(report, t));
    out.push('\n');
    if report.findings.iter().any(|r| {
        matches!(
            r.finding.check,
            quality::Check::CountryMismatch
                | quality::Check::NameNotOfficial
                | quality::Check::UnknownPlace
        )
    }) {
        let _ = writeln!(out, "{}", gazetteer::ATTRIBUTION);
    }
    out
}

/// "12 findings: 1 error, 8 warnings, 3 notes; 2 dismissed".
pub fn summary(report: &Report, t: &Tr) -> String {
    t.args(
        "quality-summary",
        &[
            (
                "count",
                report
                    .findings
                    .iter()
                    .filter(|r| !r.dismissed)
                    .count()
                    .to_string(),
            ),
            ("errors", report.open(Severity::Error).to_string()),
            ("warnings", report.open(Severity::Warning).to_string()),
            ("infos", report.open(Severity::Info).to_string()),
            ("dismissed", report.dismissed().to_string()),
        ],
    )
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    key: String,
    check: &'static str,
    severity: &'static str,
    record: String,
    record_kind: &'static str,
    slug: &'a str,
    name: &'a str,
    field: &'a str,
    message: String,
    suggestion: Option<&'a quality::Correction>,
    fingerprint: &'a str,
    dismissed: bool,
}

/// The findings as JSON, for scripts: a summary and every finding with its key and message.
pub fn render_json(report: &Report, t: &Tr) -> serde_json::Value {
    let findings: Vec<JsonFinding> = report
        .findings
        .iter()
        .map(|r| {
            let f = &r.finding;
            JsonFinding {
                key: f.key(),
                check: f.check.key(),
                severity: f.severity.key(),
                record: f.record.to_string(),
                record_kind: f.record.kind.key(),
                slug: &f.record.slug,
                name: &r.label,
                field: &f.field,
                message: message(t, f),
                suggestion: f.suggestion.as_ref(),
                fingerprint: &f.fingerprint,
                dismissed: r.dismissed,
            }
        })
        .collect();
    serde_json::json!({
        "checked_on": report.settings.today.to_string(),
        "max_age_years": report.settings.max_age_years,
        "summary": {
            "errors": report.open(Severity::Error),
            "warnings": report.open(Severity::Warning),
            "infos": report.open(Severity::Info),
            "dismissed": report.dismissed(),
        },
        "findings": findings,
        "attribution": gazetteer::ATTRIBUTION,
    })
}

/// `partnerportal check` ended with open error-level findings; the findings were printed.
#[derive(Debug, thiserror::Error)]
#[error("{0} error-level finding(s) are open")]
pub struct ErrorsFound(pub usize);

/// The output formats of `partnerportal check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    /// A table grouped by record, with a summary line.
    Table,
    /// One JSON document: summary and findings with keys, messages and suggestions.
    Json,
}

/// `partnerportal check`: prints the findings; fails with [`ErrorsFound`] when errors are open.
pub async fn run_cli(store: &Store, format: CheckFormat, options: &Options) -> anyhow::Result<()> {
    let report = run(store, options).await?;
    let t = Tr::new("en");
    match format {
        CheckFormat::Table => print!("{}", render_table(&report, &t)),
        CheckFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&render_json(&report, &t))?
        ),
    }
    if report.has_open_errors() {
        return Err(ErrorsFound(report.open(Severity::Error)).into());
    }
    Ok(())
}

/// The open finding `key`, as the check finds it now. `fingerprint`, when given, is the value the
/// person saw: if the value changed since, the decision is refused (the finding is another now).
pub async fn open_finding(
    checker: &Checker,
    key: &str,
    fingerprint: Option<&str>,
) -> StoreResult<Reported> {
    let report = checker.report().await?;
    let found = report
        .findings
        .iter()
        .find(|r| r.finding.key() == key && !r.dismissed)
        .cloned()
        .ok_or_else(|| StoreError::NotFound(format!("open finding '{key}'")))?;
    if let Some(seen) = fingerprint
        && seen != found.finding.fingerprint
    {
        return Err(StoreError::Conflict(format!(
            "the value of finding '{key}' changed since it was shown; look at it again"
        )));
    }
    Ok(found)
}

/// Applies the suggested correction of an open finding through the record's normal write path
/// (rights, version, audit entry), then records the decision.
pub async fn accept(
    checker: &Checker,
    who: &Principal,
    key: &str,
    fingerprint: Option<&str>,
) -> WriteResult<Reported> {
    let store = checker.store();
    let reported = open_finding(checker, key, fingerprint).await?;
    let finding = &reported.finding;
    let Some(correction) = &finding.suggestion else {
        return Err(StoreError::Rejected(format!(
            "finding '{key}' has no suggested correction; correct the record by hand"
        ))
        .into());
    };
    if finding.record.kind != RecordType::Body {
        return Err(StoreError::Rejected("only bodies have suggested corrections".into()).into());
    }
    let slug = &finding.record.slug;
    let stored = store
        .body_record(slug)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("body '{slug}'")))?;
    // The correction is an ordinary edit (rights, version, audit entry of the body); the decision
    // follows in its own transaction. Should that fail, the record is corrected all the same and the
    // finding is gone, since the value it objected to changed.
    let corrected = correction.apply(&stored.record);
    store
        .update_body(who, slug, stored.version, &corrected)
        .await?;
    store
        .record_review(who, finding, Decision::Accepted, None)
        .await
        .map_err(WriteError::from)?;
    Ok(reported)
}

/// Records that an open finding is taken up to be corrected by hand (it stays open until the
/// record is corrected).
pub async fn correct_by_hand(
    checker: &Checker,
    who: &Principal,
    key: &str,
    fingerprint: Option<&str>,
) -> StoreResult<Reported> {
    let reported = open_finding(checker, key, fingerprint).await?;
    checker
        .store()
        .record_review(who, &reported.finding, Decision::Corrected, None)
        .await?;
    Ok(reported)
}

/// Dismisses an open finding for the value it objects to: it is not raised again unless that
/// value changes.
pub async fn dismiss(
    checker: &Checker,
    who: &Principal,
    key: &str,
    fingerprint: Option<&str>,
    reason: &str,
) -> StoreResult<Reported> {
    let reported = open_finding(checker, key, fingerprint).await?;
    checker
        .store()
        .record_review(who, &reported.finding, Decision::Dismissed, Some(reason))
        .await?;
    Ok(reported)
}
