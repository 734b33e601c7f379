//! The practice exchange, pure: a practice as staff edit it (the record of the common life cycle and
//! the audit trail), its checks reported per field, and the side-by-side comparison of one topic
//! across regions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::records::{FieldError, MAX_LINE, MAX_PROSE};
use super::registry::{BodyRef, Translations};
use super::values::Slug;

/// The languages a practice may be written in; German is required.
pub const PRACTICE_LANGUAGES: &[&str] = &["de", "en", "fr", "pl", "ro"];
/// At most this many links per practice.
pub const MAX_LINKS: usize = 20;
/// Longest link accepted, in characters.
pub const MAX_URL: usize = 2000;

/// One practice of one region under one topic, as the workbench edits it and the audit trail keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PracticeRecord {
    /// Stable identifier in URLs.
    pub slug: String,
    /// Slug of the body (district, region, town) whose practice it is.
    pub region: String,
    /// Key of a topic of the vocabulary (`practice_topics`).
    pub topic: String,
    /// Title per language; German required.
    pub title: BTreeMap<String, String>,
    #[serde(default)]
    pub description: BTreeMap<String, String>,
    /// The office to contact (never a private person).
    pub office: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub links: Vec<PracticeLink>,
    /// The day the description was true, `YYYY-MM-DD`.
    #[serde(default)]
    pub as_of: Option<String>,
    /// Internal practices (false) stay in the workbench.
    pub published: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PracticeLink {
    pub url: String,
    pub label: String,
}

fn has_control(text: &str, allow_breaks: bool) -> bool {
    text.chars()
        .any(|c| c.is_control() && !(c == '\t' || allow_breaks && matches!(c, '\n' | '\r')))
}

/// A well-formed topic key: lower-case letters, digits and single hyphens.
pub fn is_topic_key(key: &str) -> bool {
    Slug::parse(key).is_ok() && key.len() <= 60
}

/// An absolute http(s) link without spaces or control characters.
pub fn is_web_link(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or_default();
        !host.is_empty() && host.contains('.') || host.starts_with("localhost")
    }) && url.chars().count() <= MAX_URL
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

/// An office telephone number as people write it: digits, spaces and + ( ) / - . only.
pub fn is_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    (4..=20).contains(&digits)
        && phone.chars().count() <= 40
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +()/-.".contains(c))
}

pub fn is_email(email: &str) -> bool {
    email.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
    }) && email.chars().count() <= 254
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"',;".contains(c))
}

/// `YYYY-MM-DD`, a real day.
pub fn is_day(text: &str) -> bool {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    text.len() == 10 && time::Date::parse(text, &format).is_ok()
}

impl PracticeRecord {
    /// Everything that can be checked without the database; the store checks that the region and
    /// the topic exist.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut p: Vec<FieldError> = Vec::new();
        let mut push = |field: String, code: &'static str, message: &str| {
            p.push(FieldError::new(field, code, message));
        };
        if let Err(e) = Slug::parse(&self.slug) {
            push("slug".into(), "slug", &e.0);
        } else if self.slug == "compare" {
            // `/{lang}/practices/compare` is the comparison page.
            push(
                "slug".into(),
                "practices-slug-taken",
                "'compare' is reserved",
            );
        }
        if let Err(e) = Slug::parse(&self.region) {
            push("region".into(), "slug", &e.0);
        }
        if !is_topic_key(&self.topic) {
            push(
                "topic".into(),
                "practices-topic",
                "choose a topic of the list",
            );
        }
        for lang in self.title.keys().chain(self.description.keys()) {
            if !PRACTICE_LANGUAGES.contains(&lang.as_str()) {
                push(
                    format!("title.{lang}"),
                    "language",
                    "practices are written in de, en, fr, pl or ro",
                );
            }
        }
        match self.title.get("de") {
            Some(t) if !t.trim().is_empty() => {}
            _ => push(
                "title.de".into(),
                "required",
                "the German title is required",
            ),
        }
        for (lang, title) in &self.title {
            if title.trim().is_empty() {
                push(
                    format!("title.{lang}"),
                    "required",
                    "a title cannot be blank",
                );
            } else if title.chars().count() > MAX_LINE {
                push(
                    format!("title.{lang}"),
                    "too-long",
                    "at most 500 characters",
                );
            } else if has_control(title, false) {
                push(
                    format!("title.{lang}"),
                    "control-characters",
                    "line breaks and control characters are not allowed here",
                );
            }
        }
        for (lang, text) in &self.description {
            if text.chars().count() > MAX_PROSE {
                push(
                    format!("description.{lang}"),
                    "too-long",
                    "at most 20000 characters",
                );
            } else if has_control(text, true) {
                push(
                    format!("description.{lang}"),
                    "control-characters",
                    "control characters are not allowed",
                );
            }
            if !self.title.contains_key(lang) && !text.trim().is_empty() {
                push(
                    format!("title.{lang}"),
                    "practices-title-missing",
                    "a description needs a title in the same language",
                );
            }
        }
        if self.office.trim().is_empty() {
            push(
                "office".into(),
                "required",
                "the office to contact is required",
            );
        } else if self.office.chars().count() > MAX_LINE {
            push("office".into(), "too-long", "at most 500 characters");
        } else if has_control(&self.office, false) {
            push(
                "office".into(),
                "control-characters",
                "line breaks and control characters are not allowed here",
            );
        }
        if let Some(email) = &self.email
            && !is_email(email)
        {
            push(
                "email".into(),
                "practices-email",
                "an e-mail address looks like office@example.org",
            );
        }
        if let Some(phone) = &self.phone
            && !is_phone(phone)
        {
            push(
                "phone".into(),
                "practices-phone",
                "a telephone number has digits, spaces and + ( ) / - . only",
            );
        }
        if self.links.len() > MAX_LINKS {
            push(
                "links".into(),
                "practices-too-many-links",
                "at most 20 links",
            );
        }
        for (i, link) in self.links.iter().enumerate() {
            if !is_web_link(&link.url) {
                push(
                    format!("links[{i}].url"),
                    "practices-url",
                    "a link starts with https:// or http:// and has no spaces",
                );
            }
            if link.label.trim().is_empty() {
                push(
                    format!("links[{i}].label"),
                    "required",
                    "a link needs a label",
                );
            } else if link.label.chars().count() > MAX_LINE || has_control(&link.label, false) {
                push(
                    format!("links[{i}].label"),
                    "control-characters",
                    "one line of at most 500 characters",
                );
            }
        }
        if let Some(as_of) = &self.as_of
            && !is_day(as_of)
        {
            push("as_of".into(), "practices-date", "a day such as 2026-11-05");
        }
        if p.is_empty() { Ok(()) } else { Err(p) }
    }
}

/// A slug made from a title: "Willkommenszentrum für Fachkräfte" → "willkommenszentrum-fur-fachkrafte".
pub fn slug_from(title: &str) -> String {
    let folded = deunicode::deunicode(title).to_lowercase();
    let mut slug = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 80 {
            break;
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// A practice as the public pages and the comparison show it.
#[derive(Debug, Clone)]
pub struct Practice {
    pub slug: String,
    pub region: BodyRef,
    pub region_id: i64,
    pub topic: String,
    pub title: Translations,
    pub description: Translations,
    pub office: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub links: Vec<PracticeLink>,
    pub as_of: Option<String>,
    pub published: bool,
}

/// One column of the comparison: a region and its practices under the topic (none recorded yet:
/// empty).
#[derive(Debug, Clone)]
pub struct ComparisonColumn {
    pub region: BodyRef,
    pub practices: Vec<Practice>,
}

/// Puts practices into the columns of `regions`, in that order: every region gets its column, with
/// or without practices; practices of other regions are left out.
pub fn compare(regions: Vec<(i64, BodyRef)>, practices: Vec<Practice>) -> Vec<ComparisonColumn> {
    let mut by_region: BTreeMap<i64, Vec<Practice>> = BTreeMap::new();
    for p in practices {
        by_region.entry(p.region_id).or_default().push(p);
    }
    regions
        .into_iter()
        .map(|(id, region)| ComparisonColumn {
            region,
            practices: by_region.remove(&id).unwrap_or_default(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vocab::BodyKind;

    fn record() -> PracticeRecord {
        PracticeRecord {
            slug: "welcome-centre-harz".into(),
            region: "landkreis-harz".into(),
            topic: "welcome-centre".into(),
            title: BTreeMap::from([("de".into(), "Willkommenszentrum".into())]),
            description: BTreeMap::new(),
            office: "Welcome Center Harz".into(),
            email: Some("welcome@example.org".into()),
            phone: Some("+49 3941 5970-0".into()),
            links: vec![PracticeLink {
                url: "https://example.org/welcome".into(),
                label: "Website".into(),
            }],
            as_of: Some("2026-11-01".into()),
            published: true,
        }
    }

    fn codes(r: &PracticeRecord) -> Vec<(String, &'static str)> {
        r.check()
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    #[test]
    fn a_complete_practice_passes_the_check() {
        assert_eq!(record().check(), Ok(()));
    }

    #[test]
    fn a_practice_without_a_german_title_is_refused() {
        let mut r = record();
        r.title = BTreeMap::from([("en".into(), "Welcome centre".into())]);
        assert!(codes(&r).contains(&("title.de".into(), "required")));
    }

    #[test]
    fn hostile_links_and_contacts_are_refused_at_their_fields() {
        let mut r = record();
        r.links = vec![
            PracticeLink {
                url: "javascript:alert(1)".into(),
                label: "x".into(),
            },
            PracticeLink {
                url: "https://example.org/\"><script>".into(),
                label: " ".into(),
            },
        ];
        r.email = Some("not an address".into());
        r.phone = Some("call me maybe".into());
        r.as_of = Some("2026-02-30".into());
        r.title.insert("xx".into(), "Title\u{0}".into());
        let c = codes(&r);
        for expected in [
            ("links[0].url", "practices-url"),
            ("links[1].url", "practices-url"),
            ("links[1].label", "required"),
            ("email", "practices-email"),
            ("phone", "practices-phone"),
            ("as_of", "practices-date"),
            ("title.xx", "language"),
            ("title.xx", "control-characters"),
        ] {
            assert!(
                c.contains(&(expected.0.into(), expected.1)),
                "{expected:?} missing in {c:?}"
            );
        }
    }

    #[test]
    fn a_description_needs_a_title_in_its_language() {
        let mut r = record();
        r.description.insert("fr".into(), "Un guichet".into());
        assert!(codes(&r).contains(&("title.fr".into(), "practices-title-missing")));
    }

    #[test]
    fn slugs_are_made_from_titles_with_diacritics_folded() {
        assert_eq!(
            slug_from("Anerkennung ausländischer Abschlüsse – Județul Iași"),
            "anerkennung-auslandischer-abschlusse-judetul-iasi"
        );
        assert_eq!(slug_from("«»"), "");
    }

    #[test]
    fn every_region_gets_a_column_even_without_practices() {
        let body = |slug: &str| BodyRef {
            slug: slug.into(),
            display_name: slug.into(),
            name: slug.into(),
            kind: BodyKind::District,
            country: "DE".into(),
        };
        let practice = Practice {
            slug: "p".into(),
            region: body("b"),
            region_id: 2,
            topic: "welcome-centre".into(),
            title: Translations::new(),
            description: Translations::new(),
            office: "o".into(),
            email: None,
            phone: None,
            links: vec![],
            as_of: None,
            published: true,
        };
        let mut other = practice.clone();
        other.region_id = 9;
        let columns = compare(vec![(1, body("a")), (2, body("b"))], vec![practice, other]);
        assert_eq!(columns.len(), 2);
        assert!(columns[0].practices.is_empty());
        assert_eq!(columns[1].practices.len(), 1);
    }
}
