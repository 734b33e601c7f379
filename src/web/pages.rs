//! The portal's pages as typed templates, and the small presentation helpers they call.

use askama::Template;

use crate::domain::registry::{
    Body, ContactPoint, Fact, Partnership, PartnershipSummary, Translations, pick,
};
use crate::i18n::Tr;

/// Splits stored prose into paragraphs at blank lines (the seed writes paragraphs that way).
fn paragraphs(text: &str) -> Vec<&str> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Stored text chosen for a reader, with the language it is really in.
pub struct Localized<'a> {
    pub text: &'a str,
    pub lang: &'a str,
    /// The text is not in the reader's language (no translation yet).
    pub fallback: bool,
}

impl Localized<'_> {
    pub fn paragraphs(&self) -> Vec<&str> {
        paragraphs(self.text)
    }
}

impl Tr {
    /// The stored text in this language, else German, else any.
    pub fn pick<'a>(&self, texts: &'a Translations) -> Option<&'a str> {
        pick(texts, self.lang()).map(|(_, text)| text)
    }

    /// Like [`Tr::pick`], telling which language the text is in.
    pub fn localized<'a>(&self, texts: &'a Translations) -> Option<Localized<'a>> {
        pick(texts, self.lang()).map(|(lang, text)| Localized {
            text,
            lang,
            fallback: lang != self.lang(),
        })
    }

    /// A fact's value with its unit: "143 348 Einwohner", "etwa 84 000 Einwohner", "Belfort".
    pub fn fact_value(&self, fact: &Fact) -> String {
        let mut text = match (&fact.value, &fact.text) {
            (Some(value), _) => self.number(*value),
            (None, Some(text)) => text.clone(),
            (None, None) => String::new(),
        };
        if let Some(unit) = &fact.unit {
            let label = format!("unit-{unit}");
            let unit = if self.has(&label) {
                self.t(&label)
            } else {
                unit.clone()
            };
            text = format!("{text} {unit}");
        }
        if fact.approximate {
            text = self.t1("fact-approximately", "value", text);
        }
        text
    }
}

#[derive(Template)]
#[template(path = "overview.html")]
pub struct OverviewPage {
    pub t: Tr,
    /// This page's address without language prefix, for the language switcher.
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub headline: Translations,
    pub intro: Translations,
    pub district: Vec<PartnershipSummary>,
    pub municipal: Vec<TownGroup>,
    pub contacts: Vec<ContactPoint>,
}

/// The twinnings of one town of the district.
pub struct TownGroup {
    pub town: crate::domain::registry::BodyRef,
    pub partnerships: Vec<PartnershipSummary>,
}

impl OverviewPage {
    /// `tel:` links take digits only: "03941/ 59 70 42 03" dials as 03941597042 03.
    fn tel(&self, phone: &str) -> String {
        phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect()
    }
}

/// One select box of a filter form.
pub struct FilterSelect {
    /// The query parameter it sets.
    pub name: &'static str,
    pub label: String,
    pub choices: Vec<Choice>,
}

/// One choice of a filter's select box.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "partnerships.html")]
pub struct PartnershipListPage {
    pub t: Tr,
    /// This page's address without language prefix, for the language switcher.
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub filters: Vec<FilterSelect>,
    pub rows: Vec<PartnershipSummary>,
    pub total: i64,
    pub page: u32,
    pub pages: u32,
    pub previous: Option<String>,
    pub next: Option<String>,
}

impl PartnershipListPage {
    fn pager_position(&self) -> String {
        self.t.args(
            "pager-position",
            &[
                ("page", self.page.to_string()),
                ("pages", self.pages.to_string()),
            ],
        )
    }
}

#[derive(Template)]
#[template(path = "partnership.html")]
pub struct PartnershipPage {
    pub t: Tr,
    /// This page's address without language prefix, for the language switcher.
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub p: Partnership,
    /// Both partners in full, home side first, for their facts and succession story.
    pub sides: Vec<Body>,
    /// Public events of the partnership: upcoming first, then the latest past ones.
    pub events: Vec<super::events::EventRow>,
}

#[derive(Template)]
#[template(path = "body.html")]
pub struct BodyPage {
    pub t: Tr,
    /// This page's address without language prefix, for the language switcher.
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub body: Body,
    pub rows: Vec<PartnershipSummary>,
}

impl BodyPage {
    /// The official name's language, approximated by the country's main language for `lang=`.
    fn local_lang(&self) -> &'static str {
        match self.body.reference.country.as_str() {
            "DE" | "AT" => "de",
            "FR" => "fr",
            "PL" => "pl",
            "RO" | "MD" => "ro",
            "CZ" => "cs",
            "SK" => "sk",
            "DK" => "da",
            "IT" => "it",
            "VN" => "vi",
            _ => "und",
        }
    }

    fn validity(&self) -> Option<String> {
        let t = &self.t;
        match (self.body.valid_from, self.body.valid_to) {
            (Some(from), Some(to)) => Some(t.args(
                "body-valid-range",
                &[("from", t.date(&from, None)), ("to", t.date(&to, None))],
            )),
            (Some(from), None) => Some(t.t1("body-valid-from", "date", t.date(&from, None))),
            (None, Some(to)) => Some(t.t1("body-valid-until", "date", t.date(&to, None))),
            (None, None) => None,
        }
    }
}

#[derive(Template)]
#[template(path = "search.html")]
pub struct SearchPage {
    pub t: Tr,
    /// This page's address without language prefix, for the language switcher.
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub query: String,
    pub results: crate::search::SearchResults,
    /// A query was given (an empty box shows only the form).
    pub searched: bool,
}

impl SearchPage {
    fn total(&self) -> i64 {
        (self.results.bodies.len() + self.results.topics.len()) as i64
    }
}

#[derive(Template)]
#[template(path = "accessibility.html")]
pub struct AccessibilityPage {
    pub t: Tr,
    /// This page's address without language prefix, for the language switcher.
    pub here: String,
    pub title: String,
    pub section: &'static str,
    /// Where feedback on barriers goes: the home body's contact point.
    pub contact: Option<ContactPoint>,
}

impl AccessibilityPage {
    /// When the statement was last reviewed; update with every review.
    fn statement_date(&self) -> Option<crate::domain::values::PartialDate> {
        crate::domain::values::PartialDate::parse("2026-11").ok()
    }
}

#[derive(Template)]
#[template(path = "easy_language.html")]
pub struct EasyLanguagePage {
    pub t: Tr,
    /// This page's address without language prefix, for the language switcher.
    pub here: String,
    pub title: String,
    pub section: &'static str,
    /// The body running the portal.
    pub home: Option<String>,
    /// Countries of its partner regions, with how many partners each.
    pub countries: Vec<(String, usize)>,
    /// Its member towns that have partner towns.
    pub towns: Vec<String>,
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub t: Tr,
    /// This page's address without language prefix, for the language switcher.
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub message: String,
    pub reference: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_at_blank_lines_and_drop_empty_ones() {
        assert_eq!(paragraphs("a\nb\n\n\n\nc\n"), vec!["a\nb", "c"]);
        assert!(paragraphs("  \n\n ").is_empty());
    }
}
