//! Records as staff edit them: one document per body and per partnership, with everything that hangs
//! off it (names, facts, predecessors; topics, narratives, milestones). Forms, the write API, the
//! audit trail and restore all use these shapes, so a version shown in the history is exactly what a
//! restore writes back.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::values::{CountryCode, PartialDate, Slug};
use super::vocab::{
    BodyKind, DateQualifier, FactKey, MilestoneType, NameKind, PartnershipKind, PartnershipLevel,
    PartnershipStatus, SuccessionKind, Topic,
};

/// Longest narrative or description accepted, in characters.
pub const MAX_PROSE: usize = 20_000;
/// Longest single-line value (names, notes, units) accepted, in characters.
pub const MAX_LINE: usize = 500;

fn published_by_default() -> bool {
    true
}

/// A partnership with its topics, narratives and milestones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PartnershipRecord {
    /// Stable identifier in URLs.
    #[schema(example = "wernigerode-carpi")]
    pub slug: String,
    /// Slug of the body the partnership is maintained from.
    #[schema(example = "wernigerode")]
    pub home: String,
    /// Slug of the partner body.
    #[schema(example = "carpi")]
    pub partner: String,
    pub level: PartnershipLevel,
    pub kind: PartnershipKind,
    pub status: PartnershipStatus,
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// The story of the partnership per language tag.
    #[serde(default)]
    #[schema(value_type = Object, example = json!({"de": "Seit 1993 …"}))]
    pub narrative: BTreeMap<String, String>,
    #[serde(default)]
    pub note: Option<String>,
    /// Slug of the partnership this one continues or belongs to.
    #[serde(default)]
    pub parent: Option<String>,
    /// Key of the source the record is taken from.
    #[serde(default)]
    pub source: Option<String>,
    /// Drafts (false) are seen by staff only.
    #[serde(default = "published_by_default")]
    pub published: bool,
    #[serde(default)]
    pub milestones: Vec<MilestoneRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MilestoneRecord {
    #[serde(rename = "type")]
    pub milestone_type: MilestoneType,
    #[serde(default)]
    #[schema(value_type = Option<String>, example = "1993-05")]
    pub date: Option<PartialDate>,
    #[serde(default)]
    pub qualifier: Option<DateQualifier>,
    /// Slugs of the bodies that took the step.
    #[serde(default)]
    pub bodies: Vec<String>,
    #[serde(default)]
    #[schema(value_type = Object)]
    pub note: BTreeMap<String, String>,
    #[serde(default)]
    pub source: Option<String>,
}

/// An administrative body with its other names, descriptions, facts and predecessors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BodyRecord {
    #[schema(example = "wernigerode")]
    pub slug: String,
    #[schema(example = "Wernigerode")]
    pub name: String,
    pub kind: BodyKind,
    #[schema(value_type = String, example = "DE")]
    pub country: CountryCode,
    /// Slug of the body this one lies in.
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub latitude: Option<f64>,
    #[serde(default)]
    pub longitude: Option<f64>,
    #[serde(default)]
    pub nuts_code: Option<String>,
    #[serde(default)]
    pub lau_code: Option<String>,
    #[serde(default)]
    pub wikidata_id: Option<String>,
    /// GeoNames feature id.
    #[serde(default)]
    pub geonames_id: Option<u32>,
    /// ISO 3166-2 subdivision code, for regions and districts that have one.
    #[serde(default)]
    #[schema(example = "DE-ST")]
    pub iso_3166_2: Option<String>,
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub valid_from: Option<PartialDate>,
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub valid_to: Option<PartialDate>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default = "published_by_default")]
    pub published: bool,
    #[serde(default)]
    pub names: Vec<NameRecord>,
    #[serde(default)]
    #[schema(value_type = Object)]
    pub description: BTreeMap<String, String>,
    #[serde(default)]
    pub facts: Vec<FactRecord>,
    /// The bodies this one succeeded (district reforms: mergers, renamings).
    #[serde(default)]
    pub predecessors: Vec<SuccessionRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NameRecord {
    pub name: String,
    #[serde(default)]
    pub lang: Option<String>,
    pub kind: NameKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FactRecord {
    pub key: FactKey,
    /// A number (population, area); exactly one of `value` and `text` is given.
    #[serde(default)]
    pub value: Option<f64>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub approximate: bool,
    #[serde(default)]
    #[schema(value_type = Option<String>, example = "2023-12-31")]
    pub as_of: Option<PartialDate>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SuccessionRecord {
    /// Slug of the predecessor.
    pub body: String,
    pub kind: SuccessionKind,
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub date: Option<PartialDate>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
}

/// A contact point of a body: the office the public writes to or calls.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactPointRecord {
    /// Slug of the body the contact point belongs to.
    pub body: String,
    pub organisation: String,
    /// Organisational units from the largest to the smallest.
    #[serde(default)]
    pub units: Vec<String>,
    #[serde(default)]
    pub street: Option<String>,
    #[serde(default)]
    pub postal_code: Option<String>,
    #[serde(default)]
    pub locality: Option<String>,
    /// ISO 3166-1 alpha-2 code of the postal address.
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub fax: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    /// A note per language (opening hours, who answers).
    #[serde(default)]
    #[schema(value_type = Object)]
    pub note: BTreeMap<String, String>,
}

impl ContactPointRecord {
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut p = Problems::default();
        p.slug("body", &self.body);
        p.line("organisation", &self.organisation, true);
        for (i, unit) in self.units.iter().enumerate() {
            p.line(&format!("units[{i}]"), unit, true);
        }
        for (field, value) in [
            ("street", &self.street),
            ("postal_code", &self.postal_code),
            ("locality", &self.locality),
            ("phone", &self.phone),
            ("fax", &self.fax),
            ("email", &self.email),
        ] {
            p.optional_line(field, value);
        }
        if let Some(country) = &self.country
            && CountryCode::parse(country).is_err()
        {
            p.push(
                "country",
                "country",
                "use the two letters of ISO 3166-1, such as DE",
            );
        }
        if let Some(email) = &self.email {
            let plausible = email
                .split_once('@')
                .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'))
                && !email.contains(char::is_whitespace);
            if !plausible {
                p.push(
                    "email",
                    "email",
                    "an e-mail address looks like name@example.org",
                );
            }
        }
        p.prose("note", &self.note);
        p.into_result()
    }
}

/// One thing wrong with a submitted record, addressed to the field it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FieldError {
    /// The field, in the record's JSON path notation (`milestones[2].date`).
    pub field: String,
    /// Stable code, also the translation key `field-error-<code>`.
    pub code: &'static str,
    /// The problem in English, for API clients and logs.
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: &'static str, message: impl Into<String>) -> Self {
        FieldError {
            field: field.into(),
            code,
            message: message.into(),
        }
    }
}

/// Collects problems instead of stopping at the first, so a form can show them all at once.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<FieldError>);

impl Problems {
    fn push(&mut self, field: impl Into<String>, code: &'static str, message: impl Into<String>) {
        self.0.push(FieldError::new(field, code, message));
    }

    fn slug(&mut self, field: &str, value: &str) {
        if let Err(e) = Slug::parse(value) {
            self.push(field, "slug", e.0);
        }
    }

    fn line(&mut self, field: &str, value: &str, required: bool) {
        if required && value.trim().is_empty() {
            self.push(field, "required", "this field is required");
        } else if value.chars().count() > MAX_LINE {
            self.push(field, "too-long", format!("at most {MAX_LINE} characters"));
        } else if value.chars().any(|c| c.is_control() && c != '\t') {
            self.push(
                field,
                "control-characters",
                "line breaks and control characters are not allowed here",
            );
        }
    }

    fn optional_line(&mut self, field: &str, value: &Option<String>) {
        if let Some(value) = value {
            self.line(field, value, false);
        }
    }

    fn prose(&mut self, field: &str, texts: &BTreeMap<String, String>) {
        for (lang, text) in texts {
            if !is_language_tag(lang) {
                self.push(
                    format!("{field}.{lang}"),
                    "language",
                    format!("'{lang}' is not a language tag such as de, en or pt-BR"),
                );
            }
            if text.chars().count() > MAX_PROSE {
                self.push(
                    format!("{field}.{lang}"),
                    "too-long",
                    format!("at most {MAX_PROSE} characters"),
                );
            }
            if text
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
            {
                self.push(
                    format!("{field}.{lang}"),
                    "control-characters",
                    "control characters are not allowed",
                );
            }
        }
    }

    fn language(&mut self, field: &str, lang: &Option<String>) {
        if let Some(lang) = lang
            && !is_language_tag(lang)
        {
            self.push(
                field,
                "language",
                format!("'{lang}' is not a language tag such as de, en or pt-BR"),
            );
        }
    }

    pub fn into_result(self) -> Result<(), Vec<FieldError>> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self.0)
        }
    }
}

/// A BCP 47 tag of the simple kinds the portal stores: `de`, `pl`, `pt-BR`, `sr-Latn`.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

impl PartnershipRecord {
    /// Everything that can be checked without the database; the store checks that the slugs exist.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut p = Problems::default();
        p.slug("slug", &self.slug);
        p.slug("home", &self.home);
        p.slug("partner", &self.partner);
        if self.home == self.partner {
            p.push("partner", "same-body", "a body cannot be its own partner");
        }
        if let Some(parent) = &self.parent {
            p.slug("parent", parent);
            if parent == &self.slug {
                p.push(
                    "parent",
                    "own-parent",
                    "a partnership cannot continue itself",
                );
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        for topic in &self.topics {
            if !seen.insert(topic) {
                p.push(
                    "topics",
                    "duplicate",
                    format!("topic '{topic}' is given twice"),
                );
            }
        }
        p.prose("narrative", &self.narrative);
        p.optional_line("note", &self.note);
        for (i, m) in self.milestones.iter().enumerate() {
            if m.qualifier.is_some() && m.date.is_none() {
                p.push(
                    format!("milestones[{i}].qualifier"),
                    "qualifier-without-date",
                    "a qualifier such as 'early' needs a date",
                );
            }
            for (j, body) in m.bodies.iter().enumerate() {
                p.slug(&format!("milestones[{i}].bodies[{j}]"), body);
            }
            p.prose(&format!("milestones[{i}].note"), &m.note);
        }
        p.into_result()
    }
}

impl BodyRecord {
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut p = Problems::default();
        p.slug("slug", &self.slug);
        p.line("name", &self.name, true);
        if let Some(parent) = &self.parent {
            p.slug("parent", parent);
            if parent == &self.slug {
                p.push("parent", "own-parent", "a body cannot lie in itself");
            }
        }
        if let Some(website) = &self.website {
            p.line("website", website, false);
            if !(website.starts_with("https://") || website.starts_with("http://")) {
                p.push(
                    "website",
                    "url",
                    "a web address starts with https:// or http://",
                );
            }
        }
        match (self.latitude, self.longitude) {
            (Some(lat), Some(lon)) => {
                if !(-90.0..=90.0).contains(&lat) {
                    p.push("latitude", "latitude", "latitude lies between -90 and 90");
                }
                if !(-180.0..=180.0).contains(&lon) {
                    p.push(
                        "longitude",
                        "longitude",
                        "longitude lies between -180 and 180",
                    );
                }
            }
            (None, None) => {}
            _ => p.push(
                "longitude",
                "coordinates-pair",
                "give both latitude and longitude, or neither",
            ),
        }
        p.optional_line("nuts_code", &self.nuts_code);
        p.optional_line("lau_code", &self.lau_code);
        if let Some(q) = &self.wikidata_id
            && !(q.starts_with('Q') && q.len() > 1 && q[1..].bytes().all(|b| b.is_ascii_digit()))
        {
            p.push(
                "wikidata_id",
                "wikidata",
                "a Wikidata id is Q followed by digits, such as Q4187",
            );
        }
        if self.geonames_id == Some(0) {
            p.push(
                "geonames_id",
                "geonames",
                "a GeoNames id is a positive number, such as 2809517",
            );
        }
        if let Some(code) = &self.iso_3166_2
            && !is_subdivision_code_of(code, self.country.as_str())
        {
            p.push(
                "iso_3166_2",
                "iso-3166-2",
                "an ISO 3166-2 code is the country's two letters, a hyphen and one to three letters or digits, such as DE-ST",
            );
        }
        if let (Some(from), Some(to)) = (self.valid_from, self.valid_to)
            && to < from
        {
            p.push(
                "valid_to",
                "dates-out-of-order",
                "the end lies before the beginning",
            );
        }
        p.prose("description", &self.description);
        for (i, name) in self.names.iter().enumerate() {
            p.line(&format!("names[{i}].name"), &name.name, true);
            p.language(&format!("names[{i}].lang"), &name.lang);
        }
        for (i, fact) in self.facts.iter().enumerate() {
            let field = format!("facts[{i}]");
            match (&fact.value, &fact.text) {
                (Some(v), None) if v.is_finite() => {}
                (Some(_), None) => {
                    p.push(format!("{field}.value"), "number", "not a finite number")
                }
                (None, Some(text)) => p.line(&format!("{field}.text"), text, true),
                _ => p.push(
                    format!("{field}.value"),
                    "value-or-text",
                    "give either a number or a text",
                ),
            }
            p.optional_line(&format!("{field}.unit"), &fact.unit);
            p.optional_line(&format!("{field}.note"), &fact.note);
            p.language(&format!("{field}.lang"), &fact.lang);
        }
        for (i, s) in self.predecessors.iter().enumerate() {
            p.slug(&format!("predecessors[{i}].body"), &s.body);
            if s.body == self.slug {
                p.push(
                    format!("predecessors[{i}].body"),
                    "own-predecessor",
                    "a body cannot succeed itself",
                );
            }
            p.optional_line(&format!("predecessors[{i}].note"), &s.note);
        }
        p.into_result()
    }
}

/// Whether `code` has the shape of an ISO 3166-2 code in `country`: `DE-ST`, `FR-90`, `RO-BH`.
fn is_subdivision_code_of(code: &str, country: &str) -> bool {
    code.split_once('-').is_some_and(|(cc, sub)| {
        cc == country
            && (1..=3).contains(&sub.len())
            && sub
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn partnership() -> PartnershipRecord {
        serde_json::from_value(serde_json::json!({
            "slug": "wernigerode-carpi", "home": "wernigerode", "partner": "carpi",
            "level": "municipal", "kind": "partnership", "status": "active",
            "topics": ["culture_heritage"], "narrative": {"de": "Seit 1993."},
            "milestones": [{"type": "contract", "date": "1993-05", "bodies": ["wernigerode", "carpi"]}]
        }))
        .unwrap()
    }

    #[test]
    fn a_well_formed_partnership_passes_its_checks() {
        assert_eq!(partnership().check(), Ok(()));
        assert!(
            partnership().published,
            "records are published unless marked as drafts"
        );
    }

    #[test]
    fn every_problem_of_a_partnership_is_reported_against_its_field() {
        let mut record = partnership();
        record.partner = record.home.clone();
        record.slug = "Not A Slug".into();
        record.topics.push(record.topics[0]);
        record
            .narrative
            .insert("german".into(), "x".repeat(MAX_PROSE + 1));
        record.milestones[0].date = None;
        record.milestones[0].qualifier = Some(DateQualifier::Early);
        let fields: Vec<_> = record
            .check()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                "slug",
                "partner",
                "topics",
                "narrative.german",
                "narrative.german",
                "milestones[0].qualifier"
            ]
        );
    }

    #[test]
    fn unknown_fields_and_vocabulary_are_rejected_when_reading_json() {
        let mut value = serde_json::to_value(partnership()).unwrap();
        value["colour"] = "red".into();
        assert!(serde_json::from_value::<PartnershipRecord>(value).is_err());
        let mut value = serde_json::to_value(partnership()).unwrap();
        value["level"] = "county".into();
        assert!(serde_json::from_value::<PartnershipRecord>(value).is_err());
    }

    #[test]
    fn a_body_needs_consistent_coordinates_dates_and_identifiers() {
        let mut body: BodyRecord = serde_json::from_value(serde_json::json!({
            "slug": "wernigerode", "name": "Wernigerode", "kind": "municipality", "country": "DE"
        }))
        .unwrap();
        assert_eq!(body.check(), Ok(()));
        body.latitude = Some(51.8);
        body.wikidata_id = Some("4187".into());
        body.geonames_id = Some(0);
        body.iso_3166_2 = Some("FR-90".into());
        body.valid_from = PartialDate::parse("2007-07-01").ok();
        body.valid_to = PartialDate::parse("1994").ok();
        body.website = Some("javascript:alert(1)".into());
        body.name = "  ".into();
        let codes: Vec<_> = body
            .check()
            .unwrap_err()
            .into_iter()
            .map(|e| e.code)
            .collect();
        assert_eq!(
            codes,
            [
                "required",
                "url",
                "coordinates-pair",
                "wikidata",
                "geonames",
                "iso-3166-2",
                "dates-out-of-order"
            ]
        );
    }

    #[test]
    fn subdivision_codes_belong_to_the_body_country() {
        for ok in ["DE-ST", "FR-90", "RO-BH", "PL-02", "FR-2A", "GB-ABC"] {
            let country = &ok[..2];
            assert!(is_subdivision_code_of(ok, country), "{ok}");
        }
        for (bad, country) in [
            ("FR-90", "DE"),
            ("DE", "DE"),
            ("DE-", "DE"),
            ("DE-ABCD", "DE"),
            ("de-st", "DE"),
            ("DE_ST", "DE"),
            ("DE-S T", "DE"),
        ] {
            assert!(!is_subdivision_code_of(bad, country), "{bad}");
        }
    }

    #[test]
    fn language_tags_of_the_simple_kinds_are_accepted() {
        for ok in ["de", "pl", "pt-BR", "sr-Latn", "gsw"] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in ["", "D", "deutsch", "de_DE", "de-", "<b>"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }
}
