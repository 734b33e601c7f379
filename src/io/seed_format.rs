//! The curated, human-editable seed file (TOML): its shape and the checks that run before anything
//! touches the database. The file names bodies by slug; the importer resolves them.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use crate::domain::values::{CountryCode, PartialDate, Slug};
use crate::domain::vocab::{
    BodyKind, DateQualifier, FactKey, MilestoneType, NameKind, PartnershipKind, PartnershipLevel,
    PartnershipStatus, SuccessionKind, Topic,
};

/// Text in one or more languages, keyed by BCP 47 language tag: `{ de = "…", en = "…" }`.
pub type Translated = BTreeMap<String, String>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedFile {
    pub portal: Portal,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub bodies: Vec<Body>,
    #[serde(default)]
    pub successions: Vec<Succession>,
    #[serde(default)]
    pub partnerships: Vec<Partnership>,
    #[serde(default)]
    pub contact_points: Vec<ContactPoint>,
}

/// What the portal says about itself: whose portal it is and its introduction.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Portal {
    /// The body that runs this portal (the district); its partnerships lead the overview.
    pub home_body: Slug,
    pub headline: Translated,
    pub intro: Translated,
    /// Source of the texts above.
    pub source: Slug,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub key: Slug,
    pub title: String,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub slug: Slug,
    /// The official name in the body's own language.
    pub name: String,
    pub kind: BodyKind,
    pub country: CountryCode,
    pub parent: Option<Slug>,
    pub website: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub nuts_code: Option<String>,
    pub lau_code: Option<String>,
    pub wikidata_id: Option<String>,
    pub geonames_id: Option<u32>,
    pub iso_3166_2: Option<String>,
    pub valid_from: Option<PartialDate>,
    pub valid_to: Option<PartialDate>,
    pub source: Option<Slug>,
    /// Free text about the body, per language.
    #[serde(default)]
    pub description: Translated,
    #[serde(default)]
    pub names: Vec<OtherName>,
    #[serde(default)]
    pub facts: Vec<Fact>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherName {
    pub name: String,
    /// BCP 47 tag of the language the name is used in; absent for spellings of no particular language.
    pub lang: Option<String>,
    pub kind: NameKind,
}

/// One statement about a body. Exactly one of `value` (a number) and `text` is given.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub key: FactKey,
    pub value: Option<f64>,
    pub text: Option<String>,
    /// Language of `text`.
    pub lang: Option<String>,
    pub unit: Option<String>,
    /// The source says "about" (etwa, approximately).
    #[serde(default)]
    pub approximate: bool,
    pub as_of: Option<PartialDate>,
    pub source: Option<Slug>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Succession {
    pub predecessor: Slug,
    pub successor: Slug,
    pub kind: SuccessionKind,
    pub date: Option<PartialDate>,
    pub source: Option<Slug>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partnership {
    /// Defaults to the two body slugs joined by a hyphen, in the order given.
    pub slug: Option<Slug>,
    /// The two partners; the first is the home side for display.
    pub bodies: [Slug; 2],
    pub level: PartnershipLevel,
    pub kind: PartnershipKind,
    pub status: PartnershipStatus,
    /// The partnership this one lives inside (contacts between member towns of a district partnership).
    pub parent: Option<Slug>,
    #[serde(default)]
    pub topics: Vec<Topic>,
    #[serde(default)]
    pub narrative: Translated,
    pub source: Option<Slug>,
    pub note: Option<String>,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// Absent when the source gives no date ("long-standing friendly ties").
    pub date: Option<PartialDate>,
    pub qualifier: Option<DateQualifier>,
    #[serde(rename = "type")]
    pub milestone_type: MilestoneType,
    /// The bodies acting in this step, which may be predecessors of today's partners.
    #[serde(default)]
    pub bodies: Vec<Slug>,
    #[serde(default)]
    pub note: Translated,
    pub source: Option<Slug>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactPoint {
    pub body: Slug,
    pub organisation: String,
    #[serde(default)]
    pub units: Vec<String>,
    pub street: Option<String>,
    pub postal_code: Option<String>,
    pub locality: Option<String>,
    pub country: Option<CountryCode>,
    pub phone: Option<String>,
    pub fax: Option<String>,
    pub email: Option<String>,
    #[serde(default)]
    pub note: Translated,
    pub source: Option<Slug>,
}

/// Everything wrong with a seed file, each problem on its own line with where it is.
#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("the seed file is not valid TOML for partnerportal: {0}")]
    Syntax(String),
    #[error("the seed file is inconsistent:\n- {}", .0.join("\n- "))]
    Inconsistent(Vec<String>),
}

impl SeedFile {
    pub fn parse(text: &str) -> Result<SeedFile, SeedError> {
        // Names typed on different systems arrive composed or decomposed ("ș" or "s" + comma below);
        // stored text is always NFC so it compares, sorts and searches alike. TOML syntax is ASCII,
        // so normalising the whole file changes only the text inside strings.
        let text: String = text.nfc().collect();
        let seed: SeedFile = toml::from_str(&text).map_err(|e| SeedError::Syntax(e.to_string()))?;
        seed.check()?;
        Ok(seed)
    }

    /// The partnership's slug, explicit or derived.
    pub fn partnership_slug(p: &Partnership) -> String {
        match &p.slug {
            Some(slug) => slug.to_string(),
            None => format!("{}-{}", p.bodies[0], p.bodies[1]),
        }
    }

    /// Cross-references and invariants serde cannot see. Collects every problem instead of stopping
    /// at the first, so an editor fixes the file in one pass.
    fn check(&self) -> Result<(), SeedError> {
        let mut problems = Vec::new();
        let sources: HashSet<&str> = self.sources.iter().map(|s| s.key.as_str()).collect();
        let mut bodies = HashSet::new();
        for body in &self.bodies {
            if !bodies.insert(body.slug.as_str()) {
                problems.push(format!("body '{}' is defined twice", body.slug));
            }
        }
        let body_ref = |slug: &Slug, context: &str, problems: &mut Vec<String>| {
            if !bodies.contains(slug.as_str()) {
                problems.push(format!(
                    "{context} names body '{slug}', which is not defined"
                ));
            }
        };
        let source_ref = |key: &Option<Slug>, context: &str, problems: &mut Vec<String>| {
            if let Some(key) = key
                && !sources.contains(key.as_str())
            {
                problems.push(format!(
                    "{context} cites source '{key}', which is not defined"
                ));
            }
        };

        body_ref(&self.portal.home_body, "portal", &mut problems);
        source_ref(&Some(self.portal.source.clone()), "portal", &mut problems);
        for body in &self.bodies {
            let ctx = format!("body '{}'", body.slug);
            if body.name.trim().is_empty() {
                problems.push(format!("{ctx} has an empty name"));
            }
            if let Some(parent) = &body.parent {
                body_ref(parent, &ctx, &mut problems);
                if parent == &body.slug {
                    problems.push(format!("{ctx} is its own parent"));
                }
            }
            for name in &body.names {
                if name.name.trim().is_empty() {
                    problems.push(format!("{ctx} has an empty other name"));
                }
            }
            if body.latitude.is_some() != body.longitude.is_some() {
                problems.push(format!("{ctx} has only one of latitude and longitude"));
            }
            if body.latitude.is_some_and(|l| !(-90.0..=90.0).contains(&l))
                || body
                    .longitude
                    .is_some_and(|l| !(-180.0..=180.0).contains(&l))
            {
                problems.push(format!("{ctx} has coordinates outside the globe"));
            }
            if let (Some(from), Some(to)) = (body.valid_from, body.valid_to)
                && from > to
            {
                problems.push(format!("{ctx} ends ({to}) before it begins ({from})"));
            }
            source_ref(&body.source, &ctx, &mut problems);
            for fact in &body.facts {
                let fctx = format!("{ctx}, fact '{}'", fact.key);
                match (&fact.value, &fact.text) {
                    (Some(v), None) if v.is_finite() => {}
                    (Some(_), None) => problems.push(format!("{fctx} is not a finite number")),
                    (None, Some(t)) if !t.trim().is_empty() => {}
                    _ => problems.push(format!("{fctx} needs exactly one of 'value' and 'text'")),
                }
                source_ref(&fact.source, &fctx, &mut problems);
            }
        }
        for s in &self.successions {
            let ctx = format!("succession '{}' → '{}'", s.predecessor, s.successor);
            body_ref(&s.predecessor, &ctx, &mut problems);
            body_ref(&s.successor, &ctx, &mut problems);
            if s.predecessor == s.successor {
                problems.push(format!("{ctx} names the same body twice"));
            }
            source_ref(&s.source, &ctx, &mut problems);
        }
        let mut partnership_slugs = HashSet::new();
        let mut pairs = HashSet::new();
        for p in &self.partnerships {
            let slug = Self::partnership_slug(p);
            let ctx = format!("partnership '{slug}'");
            if Slug::parse(&slug).is_err() {
                problems.push(format!(
                    "{ctx}: the derived identifier is not valid; give a 'slug'"
                ));
            }
            if !partnership_slugs.insert(slug.clone()) {
                problems.push(format!("{ctx} is defined twice"));
            }
            let [a, b] = &p.bodies;
            body_ref(a, &ctx, &mut problems);
            body_ref(b, &ctx, &mut problems);
            if a == b {
                problems.push(format!("{ctx} joins a body with itself"));
            }
            let pair = if a < b { (a, b) } else { (b, a) };
            if !pairs.insert(pair) {
                problems.push(format!(
                    "{ctx} joins '{a}' and '{b}', who already have a partnership; a partnership is one relation, never two"
                ));
            }
            source_ref(&p.source, &ctx, &mut problems);
            let mut topics = HashSet::new();
            for topic in &p.topics {
                if !topics.insert(topic) {
                    problems.push(format!("{ctx} lists topic '{topic}' twice"));
                }
            }
            for m in &p.milestones {
                let mctx = format!("{ctx}, milestone '{}'", m.milestone_type);
                for body in &m.bodies {
                    body_ref(body, &mctx, &mut problems);
                }
                if m.qualifier.is_some() && m.date.is_none() {
                    problems.push(format!("{mctx} qualifies a date it does not give"));
                }
                source_ref(&m.source, &mctx, &mut problems);
            }
        }
        for p in &self.partnerships {
            if let Some(parent) = &p.parent
                && !partnership_slugs.contains(parent.as_str())
            {
                problems.push(format!(
                    "partnership '{}' lives inside partnership '{parent}', which is not defined",
                    Self::partnership_slug(p)
                ));
            }
        }
        for c in &self.contact_points {
            let ctx = format!("contact point of '{}'", c.body);
            body_ref(&c.body, &ctx, &mut problems);
            source_ref(&c.source, &ctx, &mut problems);
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(SeedError::Inconsistent(problems))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seed shipped in the binary.
    const BUNDLED: &str = super::super::seed::BUNDLED_SEED;

    #[test]
    fn decomposed_names_are_stored_composed() {
        let seed = BUNDLED.replace("Județul Iași", "Jude\u{0074}\u{0326}ul Ias\u{0326}i");
        assert_ne!(seed, BUNDLED);
        let parsed = SeedFile::parse(&seed).unwrap();
        assert!(parsed.bodies.iter().any(|b| b.name == "Județul Iași"));
    }

    #[test]
    fn bundled_seed_file_parses_and_is_consistent() {
        if let Err(e) = SeedFile::parse(BUNDLED) {
            panic!("{e}");
        }
    }
}
