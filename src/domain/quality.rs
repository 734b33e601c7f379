//! The data-quality checks: what is wrong, stale or missing in the registry's records, each finding
//! with a severity, the record and field it concerns, the values of its plain-language message and,
//! where one is known, a suggested correction. Pure: the records and a place lookup (the gazetteer)
//! come in, findings come out; reading the records and remembering decisions is the store's work.
//!
//! Every finding has a stable key (`check:kind/slug:field`) and a fingerprint of the offending value,
//! so a dismissal is remembered for exactly that value: when the value changes, the finding is new.

use std::collections::BTreeMap;

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::records::{BodyRecord, FactRecord, PartnershipRecord};
use super::values::{CountryCode, PartialDate};
use super::vocab::{BodyKind, MilestoneType, PartnershipStatus, SuccessionKind};

/// How much a finding matters. Open errors make `partnerportal check` fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Wrong: the public sees something false.
    Error,
    /// Doubtful or stale: to be looked at.
    Warning,
    /// Missing but not wrong.
    Info,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    pub fn key(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    pub fn parse(key: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One check. Its key starts every finding's key and names its message (`quality-<key>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    FactWithoutSource,
    StaleFact,
    FactOfUnknownAge,
    ActiveOnEndedBody,
    ActiveOnSucceededBody,
    MilestoneAfterEnd,
    ValidityOutOfOrder,
    SuccessionBeforePredecessor,
    EndedWithoutEndMilestone,
    MissingCoordinates,
    MissingWikidata,
    MissingGeonames,
    MissingTranslation,
    CountryMismatch,
    NameNotOfficial,
    UnknownPlace,
}

impl Check {
    pub const ALL: [Check; 16] = [
        Check::FactWithoutSource,
        Check::StaleFact,
        Check::FactOfUnknownAge,
        Check::ActiveOnEndedBody,
        Check::ActiveOnSucceededBody,
        Check::MilestoneAfterEnd,
        Check::ValidityOutOfOrder,
        Check::SuccessionBeforePredecessor,
        Check::EndedWithoutEndMilestone,
        Check::MissingCoordinates,
        Check::MissingWikidata,
        Check::MissingGeonames,
        Check::MissingTranslation,
        Check::CountryMismatch,
        Check::NameNotOfficial,
        Check::UnknownPlace,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Check::FactWithoutSource => "fact-without-source",
            Check::StaleFact => "stale-fact",
            Check::FactOfUnknownAge => "fact-of-unknown-age",
            Check::ActiveOnEndedBody => "active-on-ended-body",
            Check::ActiveOnSucceededBody => "active-on-succeeded-body",
            Check::MilestoneAfterEnd => "milestone-after-end",
            Check::ValidityOutOfOrder => "validity-out-of-order",
            Check::SuccessionBeforePredecessor => "succession-before-predecessor",
            Check::EndedWithoutEndMilestone => "ended-without-end-milestone",
            Check::MissingCoordinates => "missing-coordinates",
            Check::MissingWikidata => "missing-wikidata",
            Check::MissingGeonames => "missing-geonames",
            Check::MissingTranslation => "missing-translation",
            Check::CountryMismatch => "country-mismatch",
            Check::NameNotOfficial => "name-not-official",
            Check::UnknownPlace => "unknown-place",
        }
    }

    pub fn parse(key: &str) -> Option<Check> {
        Check::ALL.into_iter().find(|c| c.key() == key)
    }

    pub fn severity(self) -> Severity {
        match self {
            Check::ActiveOnEndedBody
            | Check::ActiveOnSucceededBody
            | Check::ValidityOutOfOrder
            | Check::CountryMismatch => Severity::Error,
            Check::FactWithoutSource
            | Check::StaleFact
            | Check::FactOfUnknownAge
            | Check::MilestoneAfterEnd
            | Check::SuccessionBeforePredecessor
            | Check::MissingCoordinates
            | Check::NameNotOfficial
            | Check::UnknownPlace => Severity::Warning,
            Check::EndedWithoutEndMilestone
            | Check::MissingWikidata
            | Check::MissingGeonames
            | Check::MissingTranslation => Severity::Info,
        }
    }
}

/// Which kind of record a finding concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordType {
    Body,
    Partnership,
}

impl RecordType {
    pub fn key(self) -> &'static str {
        match self {
            RecordType::Body => "body",
            RecordType::Partnership => "partnership",
        }
    }

    pub fn parse(key: &str) -> Option<RecordType> {
        match key {
            "body" => Some(RecordType::Body),
            "partnership" => Some(RecordType::Partnership),
            _ => None,
        }
    }

    /// The workbench's address part for records of this kind.
    pub fn path(self) -> &'static str {
        match self {
            RecordType::Body => "bodies",
            RecordType::Partnership => "partnerships",
        }
    }
}

/// The record a finding concerns: `body/wernigerode`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct RecordRef {
    pub kind: RecordType,
    pub slug: String,
}

impl std::fmt::Display for RecordRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.kind.key(), self.slug)
    }
}

/// What staff decided on a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// The suggested correction was applied (through the record's normal, audited write).
    Accepted,
    /// Taken up to be corrected by hand in the record's form.
    Corrected,
    /// Not a problem, for the reason given: not raised again for the same value.
    Dismissed,
}

impl Decision {
    pub const ALL: [Decision; 3] = [Decision::Accepted, Decision::Corrected, Decision::Dismissed];

    pub fn key(self) -> &'static str {
        match self {
            Decision::Accepted => "accepted",
            Decision::Corrected => "corrected",
            Decision::Dismissed => "dismissed",
        }
    }

    pub fn parse(key: &str) -> Option<Decision> {
        Decision::ALL.into_iter().find(|d| d.key() == key)
    }
}

/// A correction the check can apply by itself: always to a body, through the normal write path.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "field", content = "value", rename_all = "snake_case")]
pub enum Correction {
    /// Set the body's country.
    Country(CountryCode),
    /// Set the body's official name; the old name is kept as a variant.
    Name(String),
    /// Set the body's coordinates (those of the gazetteer's place).
    Coordinates { latitude: f64, longitude: f64 },
    /// Set the body's GeoNames id.
    GeonamesId(u32),
}

impl Correction {
    /// The corrected value as shown to people.
    pub fn value(&self) -> String {
        match self {
            Correction::Country(code) => code.to_string(),
            Correction::Name(name) => name.clone(),
            Correction::Coordinates {
                latitude,
                longitude,
            } => format!("{latitude}, {longitude}"),
            Correction::GeonamesId(id) => id.to_string(),
        }
    }

    /// The body as it is after the correction.
    pub fn apply(&self, body: &BodyRecord) -> BodyRecord {
        let mut body = body.clone();
        match self {
            Correction::Country(code) => body.country = *code,
            Correction::Coordinates {
                latitude,
                longitude,
            } => {
                body.latitude = Some(*latitude);
                body.longitude = Some(*longitude);
            }
            Correction::GeonamesId(id) => body.geonames_id = Some(*id),
            Correction::Name(name) => {
                let old = std::mem::replace(&mut body.name, name.clone());
                if !body.names.iter().any(|n| n.name == old) {
                    body.names.push(super::records::NameRecord {
                        name: old,
                        lang: None,
                        kind: super::vocab::NameKind::Variant,
                    });
                }
            }
        }
        body
    }
}

/// One thing the check found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub check: Check,
    pub severity: Severity,
    pub record: RecordRef,
    /// The field in the record's JSON path notation: `facts[2]`, `country`.
    pub field: String,
    /// The values the message names (`quality-<check>` in the translation files).
    #[serde(serialize_with = "serialize_args")]
    pub args: Vec<(&'static str, String)>,
    pub suggestion: Option<Correction>,
    /// A digest of the offending value: a dismissal holds for this value only.
    pub fingerprint: String,
}

fn serialize_args<S: serde::Serializer>(
    args: &[(&'static str, String)],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_map(args.iter().map(|(k, v)| (*k, v)))
}

impl Finding {
    fn new(check: Check, record: RecordRef, field: impl Into<String>, value: &str) -> Finding {
        Finding {
            check,
            severity: check.severity(),
            record,
            field: field.into(),
            args: Vec::new(),
            suggestion: None,
            fingerprint: fingerprint(value),
        }
    }

    fn arg(mut self, name: &'static str, value: impl ToString) -> Finding {
        self.args.push((name, value.to_string()));
        self
    }

    fn suggest(mut self, correction: Correction) -> Finding {
        self.suggestion = Some(correction);
        self
    }

    /// The stable key: `fact-without-source:body/wernigerode:facts[2]`.
    pub fn key(&self) -> String {
        format!("{}:{}:{}", self.check.key(), self.record, self.field)
    }
}

/// The first 16 hex digits of the SHA-256 of `value`: short, and stable across builds.
pub fn fingerprint(value: &str) -> String {
    let digest = Sha256::digest(value.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// What the checks take as given.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Figures older than this many years are listed for review.
    pub max_age_years: u16,
    /// The day the check runs.
    pub today: PartialDate,
}

pub const DEFAULT_MAX_AGE_YEARS: u16 = 5;

/// How a name written in the registry fits a gazetteer place's names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameFit {
    /// The official name, a recorded spelling of it, or it with a qualifier ("Blankenburg (Harz)").
    Correct,
    /// Another name of the place (an exonym, the common name where the gazetteer's is unusual):
    /// the registry may well be right, so nothing is suggested.
    OtherName,
    /// The same letters as the official name with diacritics or case missing or wrong ("Cisnadie"
    /// for "Cisnădie"): the official form is suggested.
    Diacritics,
    /// The official name truncated or with a letter or two wrong ("Ardouva" for "Ardouval"): the
    /// official form is suggested only when the place lies at the body's coordinates, since a near
    /// miss elsewhere is as likely another place.
    Misspelt,
}

/// A place as a gazetteer knows it, with how the name asked for fits it.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// GeoNames feature id.
    pub geonames_id: u32,
    /// The official form of the name.
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub latitude: f64,
    pub longitude: f64,
    pub fit: NameFit,
}

/// What the gazetteer checks need from a gazetteer.
pub trait PlaceLookup {
    /// The places `name` may mean, in `country` when given (else anywhere), best fit first: those
    /// with a name that folds alike anywhere; when there are none, near misses
    /// ([`NameFit::Misspelt`]) only within [`SAME_PLACE_KM`] of `near`, and none without it (the
    /// checks suggest a spelling only for a place at the body's coordinates).
    fn candidates(&self, name: &str, country: Option<&str>, near: Option<(f64, f64)>)
    -> Vec<Place>;
}

/// Runs every check over the registry; findings ordered by record, then severity, then field.
pub fn check_registry(
    bodies: &[BodyRecord],
    partnerships: &[PartnershipRecord],
    settings: &Settings,
    places: Option<&dyn PlaceLookup>,
) -> Vec<Finding> {
    let by_slug: BTreeMap<&str, &BodyRecord> =
        bodies.iter().map(|b| (b.slug.as_str(), b)).collect();
    // Successors of each body: (successor, kind, date).
    let mut successors: BTreeMap<&str, Vec<(&BodyRecord, SuccessionKind)>> = BTreeMap::new();
    for body in bodies {
        for p in &body.predecessors {
            successors
                .entry(p.body.as_str())
                .or_default()
                .push((body, p.kind));
        }
    }
    let mut findings = Vec::new();
    for body in bodies {
        findings.extend(check_facts(body, settings));
        findings.extend(check_body_dates(body, &by_slug));
        findings.extend(check_body_completeness(body, places));
        if let Some(places) = places {
            findings.extend(check_place(body, places));
        }
    }
    for partnership in partnerships {
        findings.extend(check_partnership_chain(
            partnership,
            &by_slug,
            &successors,
            settings,
        ));
        findings.extend(check_partnership_dates(partnership));
        findings.extend(check_partnership_completeness(partnership));
    }
    findings.sort_by(|a, b| {
        (&a.record, a.severity, &a.field, a.check).cmp(&(&b.record, b.severity, &b.field, b.check))
    });
    findings
}

fn body_ref(body: &BodyRecord) -> RecordRef {
    RecordRef {
        kind: RecordType::Body,
        slug: body.slug.clone(),
    }
}

fn partnership_ref(p: &PartnershipRecord) -> RecordRef {
    RecordRef {
        kind: RecordType::Partnership,
        slug: p.slug.clone(),
    }
}

fn fact_value(fact: &FactRecord) -> String {
    serde_json::to_string(fact).expect("facts serialize")
}

/// Facts without source; figures older than the allowed age or of unknown age.
pub fn check_facts(body: &BodyRecord, settings: &Settings) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (i, fact) in body.facts.iter().enumerate() {
        let field = format!("facts[{i}]");
        let value = fact_value(fact);
        if fact.source.is_none() {
            findings.push(
                Finding::new(Check::FactWithoutSource, body_ref(body), &field, &value)
                    .arg("fact", fact.key),
            );
        }
        // Age matters for figures; texts (landmarks, history) do not go stale by the calendar.
        if fact.value.is_none() {
            continue;
        }
        match fact.as_of {
            None => findings.push(
                Finding::new(Check::FactOfUnknownAge, body_ref(body), &field, &value)
                    .arg("fact", fact.key),
            ),
            Some(as_of) => {
                let age = settings.today.year().saturating_sub(as_of.year());
                if age > settings.max_age_years {
                    findings.push(
                        Finding::new(Check::StaleFact, body_ref(body), &field, &value)
                            .arg("fact", fact.key)
                            .arg("date", as_of)
                            .arg("count", settings.max_age_years),
                    );
                }
            }
        }
    }
    findings
}

/// Whether a period that ended at `date` (whole year or month) is over by `today`.
pub fn is_over(date: PartialDate, today: PartialDate) -> bool {
    let end = (
        date.year(),
        date.month().unwrap_or(12),
        date.day().unwrap_or(31),
    );
    let now = (
        today.year(),
        today.month().unwrap_or(1),
        today.day().unwrap_or(1),
    );
    end < now
}

/// Whether `later` certainly lies before `earlier`, at the precision both dates share.
fn certainly_before(later: PartialDate, earlier: PartialDate) -> bool {
    let a = (later.year(), later.month(), later.day());
    let b = (earlier.year(), earlier.month(), earlier.day());
    if a.0 != b.0 {
        return a.0 < b.0;
    }
    match (a.1, b.1) {
        (Some(m1), Some(m2)) if m1 != m2 => m1 < m2,
        (Some(_), Some(_)) => matches!((a.2, b.2), (Some(d1), Some(d2)) if d1 < d2),
        _ => false,
    }
}

/// A validity that ends before it begins; a succession dated before its predecessor existed.
pub fn check_body_dates(body: &BodyRecord, by_slug: &BTreeMap<&str, &BodyRecord>) -> Vec<Finding> {
    let mut findings = Vec::new();
    if let (Some(from), Some(to)) = (body.valid_from, body.valid_to)
        && certainly_before(to, from)
    {
        findings.push(
            Finding::new(
                Check::ValidityOutOfOrder,
                body_ref(body),
                "valid_to",
                &format!("{from}..{to}"),
            )
            .arg("from", from)
            .arg("to", to),
        );
    }
    for (i, s) in body.predecessors.iter().enumerate() {
        let (Some(date), Some(predecessor)) = (s.date, by_slug.get(s.body.as_str())) else {
            continue;
        };
        if let Some(from) = predecessor.valid_from
            && certainly_before(date, from)
        {
            findings.push(
                Finding::new(
                    Check::SuccessionBeforePredecessor,
                    body_ref(body),
                    format!("predecessors[{i}].date"),
                    &format!("{}:{date}:{from}", s.body),
                )
                .arg("name", &predecessor.name)
                .arg("date", date)
                .arg("from", from),
            );
        }
    }
    findings
}

/// Kinds of body that lie at one place: the map draws them, the gazetteer knows them.
fn is_place(kind: BodyKind) -> bool {
    matches!(
        kind,
        BodyKind::Municipality | BodyKind::Locality | BodyKind::District
    )
}

/// Public bodies without coordinates (places only), without a Wikidata id, or (municipalities and
/// localities the gazetteer can tell) without a GeoNames id. Where the gazetteer identifies the
/// place beyond doubt, its coordinates and id are suggested.
pub fn check_body_completeness(
    body: &BodyRecord,
    places: Option<&dyn PlaceLookup>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    if !body.published {
        return findings;
    }
    let place = places.and_then(|places| identify_place(body, places));
    if is_place(body.kind) && (body.latitude.is_none() || body.longitude.is_none()) {
        let mut finding = Finding::new(Check::MissingCoordinates, body_ref(body), "latitude", "")
            .arg("name", &body.name);
        if let Some(place) = &place {
            finding = finding.suggest(Correction::Coordinates {
                latitude: place.latitude,
                longitude: place.longitude,
            });
        }
        findings.push(finding);
    }
    if body.geonames_id.is_none()
        && let Some(place) = &place
    {
        findings.push(
            Finding::new(Check::MissingGeonames, body_ref(body), "geonames_id", "")
                .arg("name", &body.name)
                .suggest(Correction::GeonamesId(place.geonames_id)),
        );
    }
    if body.wikidata_id.is_none() {
        findings.push(
            Finding::new(Check::MissingWikidata, body_ref(body), "wikidata_id", "")
                .arg("name", &body.name),
        );
    }
    findings
}

/// An active partnership on a body that has ended or gone into a successor.
pub fn check_partnership_chain(
    p: &PartnershipRecord,
    by_slug: &BTreeMap<&str, &BodyRecord>,
    successors: &BTreeMap<&str, Vec<(&BodyRecord, SuccessionKind)>>,
    settings: &Settings,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    if p.status != PartnershipStatus::Active {
        return findings;
    }
    let transferred = p
        .milestones
        .iter()
        .any(|m| m.milestone_type == MilestoneType::Transfer);
    for (field, slug) in [("home", &p.home), ("partner", &p.partner)] {
        let Some(body) = by_slug.get(slug.as_str()) else {
            continue;
        };
        if let Some(to) = body.valid_to
            && is_over(to, settings.today)
        {
            findings.push(
                Finding::new(
                    Check::ActiveOnEndedBody,
                    partnership_ref(p),
                    field,
                    &format!("active:{slug}:{to}"),
                )
                .arg("name", &body.name)
                .arg("date", to),
            );
            continue;
        }
        if transferred {
            continue;
        }
        let absorbed = successors.get(slug.as_str()).and_then(|list| {
            list.iter().find(|(_, kind)| {
                matches!(kind, SuccessionKind::Merger | SuccessionKind::Incorporation)
            })
        });
        if let Some((successor, _)) = absorbed {
            findings.push(
                Finding::new(
                    Check::ActiveOnSucceededBody,
                    partnership_ref(p),
                    field,
                    &format!("active:{slug}:{}", successor.slug),
                )
                .arg("name", &body.name)
                .arg("successor", &successor.name),
            );
        }
    }
    findings
}

/// Milestones dated after the end; an ended partnership without an end milestone.
pub fn check_partnership_dates(p: &PartnershipRecord) -> Vec<Finding> {
    let mut findings = Vec::new();
    let end = p
        .milestones
        .iter()
        .filter(|m| m.milestone_type == MilestoneType::End)
        .filter_map(|m| m.date)
        .min();
    if let Some(end) = end {
        for (i, m) in p.milestones.iter().enumerate() {
            if m.milestone_type == MilestoneType::End {
                continue;
            }
            if let Some(date) = m.date
                && certainly_before(end, date)
            {
                findings.push(
                    Finding::new(
                        Check::MilestoneAfterEnd,
                        partnership_ref(p),
                        format!("milestones[{i}].date"),
                        &format!("{date}>{end}"),
                    )
                    .arg("date", date)
                    .arg("to", end),
                );
            }
        }
    }
    let has_end = p
        .milestones
        .iter()
        .any(|m| m.milestone_type == MilestoneType::End);
    if p.status == PartnershipStatus::Ended && !has_end {
        findings.push(Finding::new(
            Check::EndedWithoutEndMilestone,
            partnership_ref(p),
            "milestones",
            "ended",
        ));
    }
    findings
}

/// A published partnership told in German but not in English.
pub fn check_partnership_completeness(p: &PartnershipRecord) -> Vec<Finding> {
    let german = p.narrative.get("de").filter(|t| !t.trim().is_empty());
    let english = p.narrative.get("en").filter(|t| !t.trim().is_empty());
    match (p.published, german, english) {
        (true, Some(german), None) => vec![
            Finding::new(
                Check::MissingTranslation,
                partnership_ref(p),
                "narrative.en",
                german,
            )
            .arg("language", "en"),
        ],
        _ => Vec::new(),
    }
}

/// Distance in kilometres on a sphere (haversine): enough to tell a town from its namesake abroad.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// A stored place and a gazetteer entry this far apart are the same place.
pub const SAME_PLACE_KM: f64 = 50.0;

/// The gazetteer's place that is this municipality or locality beyond doubt: its name (or another
/// of its names) in the body's country, at the body's coordinates when it has any, else the only
/// place of that name in the country.
fn identify_place(body: &BodyRecord, places: &dyn PlaceLookup) -> Option<Place> {
    if !matches!(body.kind, BodyKind::Municipality | BodyKind::Locality) {
        return None;
    }
    let named: Vec<Place> = places
        .candidates(&body.name, Some(body.country.as_str()), None)
        .into_iter()
        .filter(|p| matches!(p.fit, NameFit::Correct | NameFit::OtherName))
        .collect();
    match body.latitude.zip(body.longitude) {
        Some(at) => named
            .into_iter()
            .map(|p| (distance_km(at, (p.latitude, p.longitude)), p))
            .filter(|(d, _)| *d <= SAME_PLACE_KM)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, p)| p),
        None if named.len() == 1 => named.into_iter().next(),
        None => None,
    }
}

/// Checks a municipality or locality against the gazetteer: its country, its official name, and
/// whether the gazetteer knows it at all. Districts and regions are not places of the gazetteer.
pub fn check_place(body: &BodyRecord, places: &dyn PlaceLookup) -> Vec<Finding> {
    if !matches!(body.kind, BodyKind::Municipality | BodyKind::Locality) {
        return Vec::new();
    }
    let at = body.latitude.zip(body.longitude);
    let ours = body.country.as_str();
    let distance =
        |p: &Place| at.map_or(0.0, |point| distance_km(point, (p.latitude, p.longitude)));
    // Known in our country under this name (or another of its names): nothing to say.
    let home = places.candidates(&body.name, Some(ours), at);
    if home
        .iter()
        .any(|p| matches!(p.fit, NameFit::Correct | NameFit::OtherName))
    {
        return Vec::new();
    }
    // Known in our country in a better form: at our coordinates (a near miss needs them).
    let here = |p: &&Place| match p.fit {
        NameFit::Diacritics => distance(p) <= SAME_PLACE_KM,
        _ => at.is_some() && distance(p) <= SAME_PLACE_KM,
    };
    if let Some(place) = home.iter().find(here) {
        return vec![
            Finding::new(
                Check::NameNotOfficial,
                body_ref(body),
                "name",
                &format!("{}>{}", body.name, place.name),
            )
            .arg("name", &body.name)
            .arg("official", &place.name)
            .suggest(Correction::Name(place.name.clone())),
        ];
    }
    // Known under this name only abroad: at our coordinates (or, without any, in one country only)
    // it is ours, with the wrong country.
    let abroad: Vec<Place> = places
        .candidates(&body.name, None, None)
        .into_iter()
        .filter(|p| p.country != ours && p.fit != NameFit::Misspelt)
        .collect();
    let countries: std::collections::BTreeSet<&str> =
        abroad.iter().map(|p| p.country.as_str()).collect();
    let candidate = match at {
        Some(_) => abroad
            .iter()
            .filter(|p| distance(p) <= SAME_PLACE_KM)
            .min_by(|a, b| distance(a).total_cmp(&distance(b))),
        None if countries.len() == 1 => abroad.first(),
        None => None,
    };
    if let Some(place) = candidate
        && let Ok(code) = CountryCode::parse(&place.country)
    {
        return vec![
            Finding::new(
                Check::CountryMismatch,
                body_ref(body),
                "country",
                &format!("{}:{ours}>{code}", body.name),
            )
            .arg("name", &body.name)
            .arg("country", ours)
            .arg("value", code)
            .suggest(Correction::Country(code)),
        ];
    }
    vec![
        Finding::new(
            Check::UnknownPlace,
            body_ref(body),
            "name",
            &format!("{}:{ours}", body.name),
        )
        .arg("name", &body.name)
        .arg("country", ours),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::{MilestoneRecord, SuccessionRecord};
    use crate::domain::search::Folded;
    use crate::domain::vocab::FactKey;

    fn settings() -> Settings {
        Settings {
            max_age_years: 5,
            today: PartialDate::parse("2026-11-26").unwrap(),
        }
    }

    fn body(slug: &str, name: &str, country: &str) -> BodyRecord {
        serde_json::from_value(serde_json::json!({
            "slug": slug, "name": name, "kind": "municipality", "country": country,
            "latitude": 51.83, "longitude": 10.78, "wikidata_id": "Q4187"
        }))
        .unwrap()
    }

    fn partnership(home: &str, partner: &str, status: &str) -> PartnershipRecord {
        serde_json::from_value(serde_json::json!({
            "slug": format!("{home}-{partner}"), "home": home, "partner": partner,
            "level": "municipal", "kind": "partnership", "status": status,
            "narrative": {"de": "Seit 1993.", "en": "Since 1993."}
        }))
        .unwrap()
    }

    fn population(as_of: Option<&str>, source: Option<&str>) -> FactRecord {
        FactRecord {
            key: FactKey::Population,
            value: Some(32_000.0),
            text: None,
            lang: None,
            unit: Some("inhabitants".into()),
            approximate: false,
            as_of: as_of.map(|d| PartialDate::parse(d).unwrap()),
            source: source.map(str::to_owned),
            note: None,
        }
    }

    fn milestone(t: MilestoneType, date: &str) -> MilestoneRecord {
        MilestoneRecord {
            milestone_type: t,
            date: Some(PartialDate::parse(date).unwrap()),
            qualifier: None,
            bodies: vec![],
            note: BTreeMap::new(),
            source: None,
        }
    }

    fn checks(findings: &[Finding]) -> Vec<&'static str> {
        findings.iter().map(|f| f.check.key()).collect()
    }

    /// A gazetteer of a few places, standing in for the real one: names fit when they fold alike
    /// (diacritics missing: misspelt) or one is the start of the other (truncated: misspelt).
    struct Places(Vec<(&'static str, &'static str, f64, f64)>);

    impl PlaceLookup for Places {
        fn candidates(
            &self,
            name: &str,
            country: Option<&str>,
            near: Option<(f64, f64)>,
        ) -> Vec<Place> {
            let folded = Folded::new(name).text;
            self.0
                .iter()
                .filter(|(_, c, _, _)| country.is_none_or(|wanted| wanted == *c))
                .filter_map(|&(official, c, latitude, longitude)| {
                    let theirs = Folded::new(official).text;
                    let fit = if official == name {
                        NameFit::Correct
                    } else if theirs == folded {
                        NameFit::Diacritics
                    } else if theirs.starts_with(&folded)
                        && folded.len() > 3
                        && near.is_some_and(|at| {
                            distance_km(at, (latitude, longitude)) <= SAME_PLACE_KM
                        })
                    {
                        NameFit::Misspelt
                    } else {
                        return None;
                    };
                    Some(Place {
                        geonames_id: 1000 + official.len() as u32,
                        name: official.into(),
                        country: c.into(),
                        latitude,
                        longitude,
                        fit,
                    })
                })
                .collect()
        }
    }

    fn gazetteer() -> Places {
        Places(vec![
            ("Wernigerode", "DE", 51.835, 10.785),
            ("Tillabéri", "NE", 14.207, 1.454),
            ("Cisnădie", "RO", 45.716, 24.15),
            ("Ardouval", "FR", 49.74, 1.27),
            ("Carpi", "IT", 44.78, 10.88),
            ("Villars", "FR", 45.47, 4.35),
            ("Villars", "CH", 46.3, 7.05),
        ])
    }

    #[test]
    fn a_fact_without_source_is_a_warning_keyed_by_record_and_field() {
        let mut b = body("wernigerode", "Wernigerode", "DE");
        b.facts = vec![
            population(Some("2023"), Some("census")),
            population(Some("2023"), None),
        ];
        let findings = check_facts(&b, &settings());
        assert_eq!(checks(&findings), ["fact-without-source"]);
        assert_eq!(findings[0].severity, Severity::Warning);
        assert_eq!(
            findings[0].key(),
            "fact-without-source:body/wernigerode:facts[1]"
        );
    }

    #[test]
    fn figures_older_than_the_allowed_age_or_of_unknown_age_are_listed_for_review() {
        let mut b = body("wernigerode", "Wernigerode", "DE");
        b.facts = vec![
            population(Some("2011"), Some("census")),
            population(None, Some("census")),
            population(Some("2022"), Some("census")),
        ];
        let findings = check_facts(&b, &settings());
        assert_eq!(checks(&findings), ["stale-fact", "fact-of-unknown-age"]);
        assert_eq!(findings[0].field, "facts[0]");
        let older = Settings {
            max_age_years: 20,
            ..settings()
        };
        assert_eq!(checks(&check_facts(&b, &older)), ["fact-of-unknown-age"]);
    }

    #[test]
    fn a_text_fact_does_not_go_stale() {
        let mut b = body("wernigerode", "Wernigerode", "DE");
        let mut landmark = population(None, Some("page"));
        landmark.key = FactKey::Landmarks;
        landmark.value = None;
        landmark.text = Some("Schloss".into());
        b.facts = vec![landmark];
        assert!(check_facts(&b, &settings()).is_empty());
    }

    #[test]
    fn the_fingerprint_changes_with_the_offending_value() {
        let mut b = body("wernigerode", "Wernigerode", "DE");
        b.facts = vec![population(Some("2011"), Some("census"))];
        let before = check_facts(&b, &settings());
        b.facts[0].value = Some(33_000.0);
        let after = check_facts(&b, &settings());
        assert_eq!(before[0].key(), after[0].key());
        assert_ne!(before[0].fingerprint, after[0].fingerprint);
        assert_eq!(before[0].fingerprint.len(), 16);
    }

    #[test]
    fn an_active_partnership_on_a_body_that_ended_is_an_error() {
        let mut old = body("landkreis-halberstadt", "Landkreis Halberstadt", "DE");
        old.valid_to = PartialDate::parse("2007").ok();
        let other = body("konskie", "Końskie", "PL");
        let p = partnership("landkreis-halberstadt", "konskie", "active");
        let findings = check_registry(&[old, other], &[p], &settings(), None);
        let chain: Vec<_> = findings
            .iter()
            .filter(|f| f.record.kind == RecordType::Partnership)
            .collect();
        assert_eq!(chain.len(), 1);
        assert_eq!(chain[0].check, Check::ActiveOnEndedBody);
        assert_eq!(chain[0].severity, Severity::Error);
        assert_eq!(chain[0].field, "home");
    }

    #[test]
    fn an_active_partnership_on_a_merged_body_is_an_error_unless_transferred() {
        let old = body("bad-suderode", "Bad Suderode", "DE");
        let mut new = body("quedlinburg", "Quedlinburg", "DE");
        new.predecessors = vec![SuccessionRecord {
            body: "bad-suderode".into(),
            kind: SuccessionKind::Incorporation,
            date: None,
            note: None,
            source: None,
        }];
        let other = body("konskie", "Końskie", "PL");
        let mut p = partnership("bad-suderode", "konskie", "active");
        let bodies = [old, new, other];
        let found = check_registry(&bodies, std::slice::from_ref(&p), &settings(), None);
        assert!(checks(&found).contains(&"active-on-succeeded-body"));
        p.milestones
            .push(milestone(MilestoneType::Transfer, "2009"));
        let found = check_registry(&bodies, &[p.clone()], &settings(), None);
        assert!(!checks(&found).contains(&"active-on-succeeded-body"));
        p.status = PartnershipStatus::Dormant;
        p.milestones.clear();
        let found = check_registry(&bodies, &[p], &settings(), None);
        assert!(!checks(&found).contains(&"active-on-succeeded-body"));
    }

    #[test]
    fn a_milestone_after_the_end_and_an_end_without_milestone_are_reported() {
        let mut p = partnership("a", "b", "ended");
        assert_eq!(
            checks(&check_partnership_dates(&p)),
            ["ended-without-end-milestone"]
        );
        assert_eq!(check_partnership_dates(&p)[0].severity, Severity::Info);
        p.milestones = vec![
            milestone(MilestoneType::Contract, "1993"),
            milestone(MilestoneType::End, "2010"),
            milestone(MilestoneType::Event, "2012-05"),
            milestone(MilestoneType::Event, "2010-03"),
        ];
        let findings = check_partnership_dates(&p);
        assert_eq!(checks(&findings), ["milestone-after-end"]);
        assert_eq!(findings[0].field, "milestones[2].date");
    }

    #[test]
    fn dates_out_of_order_on_a_body_and_its_succession_are_reported() {
        let mut old = body("old", "Old", "DE");
        old.valid_from = PartialDate::parse("1994").ok();
        old.valid_to = PartialDate::parse("1990").ok();
        let mut new = body("new", "New", "DE");
        new.predecessors = vec![SuccessionRecord {
            body: "old".into(),
            kind: SuccessionKind::Merger,
            date: PartialDate::parse("1993").ok(),
            note: None,
            source: None,
        }];
        let by_slug: BTreeMap<&str, &BodyRecord> = [("old", &old), ("new", &new)].into();
        assert_eq!(
            checks(&check_body_dates(&old, &by_slug)),
            ["validity-out-of-order"]
        );
        assert_eq!(
            checks(&check_body_dates(&new, &by_slug)),
            ["succession-before-predecessor"]
        );
        // The same year at different precision is not out of order.
        let mut same_year = old.clone();
        same_year.valid_to = PartialDate::parse("1994-06").ok();
        assert!(check_body_dates(&same_year, &by_slug).is_empty());
    }

    #[test]
    fn the_gazetteer_suggests_coordinates_and_geonames_id_of_a_place_it_identifies() {
        let places = gazetteer();
        // Only one Villars in France: without coordinates it is still that one.
        let mut villars = body("villars", "Villars", "FR");
        villars.latitude = None;
        villars.longitude = None;
        let findings = check_body_completeness(&villars, Some(&places));
        assert_eq!(
            checks(&findings),
            ["missing-coordinates", "missing-geonames"]
        );
        assert_eq!(
            findings[0].suggestion,
            Some(Correction::Coordinates {
                latitude: 45.47,
                longitude: 4.35
            })
        );
        assert_eq!(findings[1].suggestion, Some(Correction::GeonamesId(1007)));
        let accepted = findings[1]
            .suggestion
            .as_ref()
            .unwrap()
            .apply(&findings[0].suggestion.as_ref().unwrap().apply(&villars));
        assert!(check_body_completeness(&accepted, Some(&places)).is_empty());
    }

    #[test]
    fn no_geonames_id_is_suggested_for_a_place_elsewhere_or_in_doubt() {
        let places = gazetteer();
        // Wernigerode's coordinates are 50 km and more from the only Carpi.
        let mut far = body("carpi", "Carpi", "IT");
        far.latitude = Some(51.83);
        far.longitude = Some(10.78);
        assert!(check_body_completeness(&far, Some(&places)).is_empty());
        // A misspelt name is the place check's business, not an identification.
        let misspelt = body("cisnadie", "Cisnadie", "RO");
        assert!(check_body_completeness(&misspelt, Some(&places)).is_empty());
        // Districts are not places of the gazetteer.
        let mut district = body("wernigerode", "Wernigerode", "DE");
        district.kind = BodyKind::District;
        assert!(check_body_completeness(&district, Some(&places)).is_empty());
    }

    #[test]
    fn missing_coordinates_identifiers_and_translations_of_public_records_are_reported() {
        let mut b = body("villars", "Villars", "FR");
        b.latitude = None;
        b.longitude = None;
        b.wikidata_id = None;
        assert_eq!(
            checks(&check_body_completeness(&b, None)),
            ["missing-coordinates", "missing-wikidata"]
        );
        b.published = false;
        assert!(check_body_completeness(&b, None).is_empty());
        let mut p = partnership("a", "b", "active");
        assert!(check_partnership_completeness(&p).is_empty());
        p.narrative.remove("en");
        let findings = check_partnership_completeness(&p);
        assert_eq!(checks(&findings), ["missing-translation"]);
        assert_eq!(findings[0].severity, Severity::Info);
        p.published = false;
        assert!(check_partnership_completeness(&p).is_empty());
    }

    #[test]
    fn a_place_in_the_wrong_country_is_an_error_with_the_gazetteers_country_as_suggestion() {
        let mut b = body("tillaberi", "Tillabéri", "NG");
        b.latitude = Some(14.20711);
        b.longitude = Some(1.45418);
        let findings = check_place(&b, &gazetteer());
        assert_eq!(checks(&findings), ["country-mismatch"]);
        assert_eq!(findings[0].severity, Severity::Error);
        assert_eq!(findings[0].key(), "country-mismatch:body/tillaberi:country");
        let fix = findings[0].suggestion.clone().unwrap();
        assert_eq!(fix, Correction::Country(CountryCode::parse("NE").unwrap()));
        assert_eq!(fix.apply(&b).country.as_str(), "NE");
    }

    #[test]
    fn a_correct_place_raises_nothing() {
        let b = body("wernigerode", "Wernigerode", "DE");
        assert!(check_place(&b, &gazetteer()).is_empty());
        let mut carpi = body("carpi", "Carpi", "IT");
        carpi.latitude = Some(44.78237);
        carpi.longitude = Some(10.8777);
        assert!(check_place(&carpi, &gazetteer()).is_empty());
        // A namesake abroad does not make a French Villars Swiss.
        let mut villars = body("villars", "Villars", "FR");
        villars.latitude = None;
        villars.longitude = None;
        assert!(check_place(&villars, &gazetteer()).is_empty());
        // Districts and regions are not looked up.
        let mut district = body("landkreis-harz", "Landkreis Harz", "DE");
        district.kind = BodyKind::District;
        assert!(check_place(&district, &gazetteer()).is_empty());
    }

    #[test]
    fn a_name_without_its_diacritics_or_truncated_gets_the_official_form_as_suggestion() {
        let mut b = body("cisnadie", "Cisnadie", "RO");
        b.latitude = Some(45.71667);
        b.longitude = Some(24.15);
        let findings = check_place(&b, &gazetteer());
        assert_eq!(checks(&findings), ["name-not-official"]);
        assert_eq!(findings[0].severity, Severity::Warning);
        let fix = findings[0].suggestion.clone().unwrap();
        assert_eq!(fix, Correction::Name("Cisnădie".into()));
        let fixed = fix.apply(&b);
        assert_eq!(fixed.name, "Cisnădie");
        assert!(fixed.names.iter().any(|n| n.name == "Cisnadie"));

        let mut truncated = body("ardouva", "Ardouva", "FR");
        truncated.latitude = Some(49.74);
        truncated.longitude = Some(1.27);
        let findings = check_place(&truncated, &gazetteer());
        assert_eq!(
            findings[0].suggestion,
            Some(Correction::Name("Ardouval".into()))
        );
    }

    #[test]
    fn a_municipality_the_gazetteer_does_not_know_is_a_warning() {
        let b = body("saint-hellier", "Saint-Hellier", "FR");
        let findings = check_place(&b, &gazetteer());
        assert_eq!(checks(&findings), ["unknown-place"]);
        assert_eq!(findings[0].severity, Severity::Warning);
        // A near miss without coordinates may be another place: no suggestion, still unknown.
        let mut b = body("ardouva", "Ardouva", "FR");
        b.latitude = None;
        b.longitude = None;
        assert_eq!(checks(&check_place(&b, &gazetteer())), ["unknown-place"]);
    }

    #[test]
    fn a_period_is_over_only_after_its_last_day() {
        let today = PartialDate::parse("2026-11-26").unwrap();
        assert!(is_over(PartialDate::parse("2007").unwrap(), today));
        assert!(!is_over(PartialDate::parse("2026").unwrap(), today));
        assert!(is_over(PartialDate::parse("2026-10").unwrap(), today));
        assert!(!is_over(PartialDate::parse("2026-11").unwrap(), today));
    }

    #[test]
    fn checks_and_severities_round_trip_through_their_keys() {
        for c in Check::ALL {
            assert_eq!(Check::parse(c.key()), Some(c));
        }
        for s in Severity::ALL {
            assert_eq!(Severity::parse(s.key()), Some(s));
        }
        for d in Decision::ALL {
            assert_eq!(Decision::parse(d.key()), Some(d));
        }
    }
}
