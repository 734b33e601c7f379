//! The curated, human-editable seed file (TOML): its shape and the checks that run before anything
//! touches the database. The file names bodies by slug; the importer resolves them.

use std::collections::{BTreeMap, HashSet};

use std::borrow::Cow;

use serde::Deserialize;
use unicode_normalization::{IsNormalized, UnicodeNormalization};

use super::seed_parts::{self, Array};

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

/// The part of a seed file before its first element header (`[[bodies]]`, …): the portal, and any
/// array given there instead of by element headers.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Head {
    portal: Portal,
    sources: Option<Vec<Source>>,
    bodies: Option<Vec<Body>>,
    successions: Option<Vec<Succession>>,
    partnerships: Option<Vec<Partnership>>,
    contact_points: Option<Vec<ContactPoint>>,
}

/// A run of elements of one array, parsed on its own.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Part {
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    bodies: Vec<Body>,
    #[serde(default)]
    successions: Vec<Succession>,
    #[serde(default)]
    partnerships: Vec<Partnership>,
    #[serde(default)]
    contact_points: Vec<ContactPoint>,
}

/// Names typed on different systems arrive composed or decomposed ("ș" or "s" + comma below);
/// stored text is always NFC so it compares, sorts and searches alike. TOML syntax is ASCII, so
/// normalising the file changes only the text inside strings; and the file's parts are cut before
/// a `[` at the start of a line, which composes with nothing, so normalising each part alone gives
/// the same text as normalising the whole.
fn nfc(text: &str) -> Cow<'_, str> {
    if unicode_normalization::is_nfc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

impl SeedFile {
    pub fn parse(text: &str) -> Result<SeedFile, SeedError> {
        let seed = match Self::parse_in_parts(text) {
            Some(seed) => seed,
            None => Self::parse_whole(text)?,
        };
        seed.check()?;
        Ok(seed)
    }

    /// The file as one TOML document.
    fn parse_whole(text: &str) -> Result<SeedFile, SeedError> {
        toml::from_str(&nfc(text)).map_err(|e| SeedError::Syntax(e.to_string()))
    }

    /// The file parsed a few hundred elements at a time ([`super::seed_parts`]), which needs a
    /// fraction of the memory of the whole file's document tree (1.5 GB for 100k bodies); the same
    /// seed as [`SeedFile::parse_whole`] gives. `None` when the file cannot be cut or a part is
    /// refused: then the whole file is parsed, and its error names the line in the file.
    fn parse_in_parts(text: &str) -> Option<SeedFile> {
        let layout = seed_parts::layout(text)?;
        if layout.runs.is_empty() {
            return None;
        }
        let head: Head = toml::from_str(&nfc(&text[layout.head.clone()])).ok()?;
        // An array given in the head and continued by element headers is an error of the whole
        // file; an array given in the head alone is taken from there.
        fn start<T>(given: Option<Vec<T>>, elements: usize) -> Option<Vec<T>> {
            match given {
                Some(_) if elements > 0 => None,
                Some(given) => Some(given),
                None => Some(Vec::with_capacity(elements)),
            }
        }
        let mut seed = SeedFile {
            portal: head.portal,
            sources: start(head.sources, layout.elements(Array::Sources))?,
            bodies: start(head.bodies, layout.elements(Array::Bodies))?,
            successions: start(head.successions, layout.elements(Array::Successions))?,
            partnerships: start(head.partnerships, layout.elements(Array::Partnerships))?,
            contact_points: start(head.contact_points, layout.elements(Array::ContactPoints))?,
        };
        for run in &layout.runs {
            let mut part: Part = toml::from_str(&nfc(&text[run.text.clone()])).ok()?;
            let parsed = match run.array {
                Array::Sources => append(&mut seed.sources, &mut part.sources),
                Array::Bodies => append(&mut seed.bodies, &mut part.bodies),
                Array::Successions => append(&mut seed.successions, &mut part.successions),
                Array::Partnerships => append(&mut seed.partnerships, &mut part.partnerships),
                Array::ContactPoints => append(&mut seed.contact_points, &mut part.contact_points),
            };
            if parsed != run.elements {
                return None;
            }
        }
        Some(seed)
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

/// Moves `part`'s elements to the end of `all`; returns how many there were.
fn append<T>(all: &mut Vec<T>, part: &mut Vec<T>) -> usize {
    let moved = part.len();
    all.append(part);
    moved
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

    fn generated(bodies: usize, partnerships: usize) -> String {
        let mut out = Vec::new();
        let size = crate::io::generate::Size {
            bodies,
            partnerships,
            seed: 3,
        };
        crate::io::generate::write_seed(size, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_file_parsed_in_parts_gives_the_same_seed_as_parsed_whole() {
        let decomposed = BUNDLED.replace("Județul Iași", "Jude\u{0074}\u{0326}ul Ias\u{0326}i");
        let generated = generated(1_500, 800);
        for text in [BUNDLED, decomposed.as_str(), generated.as_str()] {
            let parts = SeedFile::parse_in_parts(text).expect("the file is cut into parts");
            let whole = SeedFile::parse_whole(text).unwrap();
            assert_eq!(format!("{parts:?}"), format!("{whole:?}"));
        }
        let seed = SeedFile::parse(&generated).unwrap();
        assert_eq!((seed.bodies.len(), seed.partnerships.len()), (1_500, 800));
    }

    #[test]
    fn an_error_in_one_element_of_a_large_file_names_its_line_in_the_file() {
        let text = generated(1_500, 800);
        let at = text
            .match_indices("kind = \"municipality\"")
            .nth(900)
            .unwrap()
            .0;
        let broken = format!("{}kind = \"planet\"{}", &text[..at], &text[at + 22..]);
        let line = broken[..at].lines().count() + 1;
        let Err(SeedError::Syntax(message)) = SeedFile::parse(&broken) else {
            panic!("a body of kind 'planet' is refused");
        };
        assert!(message.contains(&format!("line {line}")), "{message}");
        assert!(message.contains("planet"), "{message}");
    }

    #[test]
    fn an_array_both_given_in_the_head_and_by_element_headers_is_refused_as_before() {
        // Top-level keys come before the first table header.
        let text = format!("bodies = []\n{BUNDLED}");
        let Err(SeedError::Syntax(message)) = SeedFile::parse(&text) else {
            panic!("an array given twice is refused");
        };
        let Err(SeedError::Syntax(whole)) = SeedFile::parse_whole(&text) else {
            panic!("the whole file is refused too");
        };
        assert_eq!(message, whole);
    }

    /// Pieces of TOML that could make a part mean something other than the whole, if the cut
    /// were wrong: headers, string and array delimiters, comments, arrays given in the head.
    const PIECES: [&str; 16] = [
        "\n[[bodies]]\nslug = \"zz\"\nname = \"Z\"\nkind = \"municipality\"\ncountry = \"DE\"\n",
        "\n[[bodies.facts]]\nkey = \"area\"\nvalue = 1\n",
        "\n[bodies.description]\nde = \"d\"\n",
        "\n[portal]\n",
        "\n[[partnerships.milestones]]\ntype = \"contact\"\n",
        "\nbodies = []\n",
        "\n[[sources]]\nkey = \"zz\"\ntitle = \"t\"\n",
        "\"\"\"",
        "\'\'\'",
        "\"",
        "\'",
        "#",
        "[",
        "]",
        "\\",
        "\n",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]

        /// Whatever is inserted where, a file the cut accepts gives the seed its whole parse gives.
        #[test]
        fn a_file_parsed_in_parts_never_differs_from_its_whole_parse(
            edits in proptest::collection::vec(
                (0usize..100_000, 0usize..PIECES.len(), proptest::bool::weighted(0.25)),
                1..4,
            ),
        ) {
            let mut text = generated(25, 12);
            for (at, piece, inside_a_line) in edits {
                // Whole pieces go before a header or at the end, where they keep the file whole
                // more often than not; characters go anywhere.
                let lines: Vec<usize> = std::iter::once(0)
                    .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                    .filter(|&i| inside_a_line || i == text.len() || text[i..].starts_with('['))
                    .collect();
                let line = lines[at % lines.len()];
                // At the start of a line, or inside it at a character boundary.
                let within = text[line..].chars().take_while(|&c| c != '\n').count();
                let offset = if inside_a_line {
                    text[line..]
                        .char_indices()
                        .nth((at / lines.len()) % (within + 1))
                        .map_or(text.len(), |(i, _)| line + i)
                } else {
                    line
                };
                text.insert_str(offset, PIECES[piece]);
            }
            if let Some(parts) = SeedFile::parse_in_parts(&text) {
                match SeedFile::parse_whole(&text) {
                    Ok(whole) => proptest::prop_assert_eq!(format!("{parts:?}"), format!("{whole:?}")),
                    Err(e) => proptest::prop_assert!(false, "the parts were accepted, the whole not: {e}\n{text}"),
                }
            }
        }
    }

    #[test]
    fn bundled_seed_file_parses_and_is_consistent() {
        if let Err(e) = SeedFile::parse(BUNDLED) {
            panic!("{e}");
        }
    }
}
