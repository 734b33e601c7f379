//! User-facing text: every string the portal shows comes from the Fluent files under `locales/`,
//! compiled into the binary. German is the first and fallback language.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid, static_loader};

use crate::domain::values::PartialDate;
use crate::domain::vocab::DateQualifier;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "de",
        // Isolation marks around placeholders would end up as invisible characters in HTML.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The languages the portal speaks; the first is the default. Adding one is adding its folder under
/// `locales/` and its code and name here.
pub const LANGUAGES: &[&str] = &["de", "en", "fr", "pl", "ro"];

/// Each language's name in itself, for the language switcher.
const ENDONYMS: &[(&str, &str)] = &[
    ("de", "Deutsch"),
    ("en", "English"),
    ("fr", "Français"),
    ("pl", "Polski"),
    ("ro", "Română"),
];

/// The same page in another language.
pub struct Alternate {
    pub lang: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}
pub const DEFAULT_LANGUAGE: &str = "de";

/// The language of stored text that carries no language of its own (notes on records): the
/// registry's working language.
pub const DATA_LANGUAGE: &str = "de";

/// Translates for one language. Templates call its methods.
#[derive(Debug, Clone)]
pub struct Tr {
    lang: LanguageIdentifier,
    code: &'static str,
}

impl Default for Tr {
    fn default() -> Self {
        Tr::new(DEFAULT_LANGUAGE)
    }
}

impl Tr {
    /// A translator for `code`, falling back to German for languages the portal does not speak.
    pub fn new(code: &str) -> Tr {
        let code = LANGUAGES
            .iter()
            .copied()
            .find(|l| *l == code)
            .unwrap_or(DEFAULT_LANGUAGE);
        let lang = code.parse().unwrap_or(langid!("de"));
        Tr { lang, code }
    }

    /// The language of stored notes without a language, for their `lang` attribute.
    pub fn data_lang(&self) -> &'static str {
        DATA_LANGUAGE
    }

    /// The BCP 47 code, for `<html lang>` and for picking stored translations.
    pub fn lang(&self) -> &'static str {
        self.code
    }

    /// The page at `here` (an address without language prefix) in every language.
    pub fn alternates(&self, here: &str) -> Vec<Alternate> {
        ENDONYMS
            .iter()
            .map(|(lang, name)| Alternate {
                lang,
                name,
                href: format!("/{lang}{here}"),
                current: *lang == self.code,
            })
            .collect()
    }

    /// A language's name in this language ("Deutsch" reads "German" in English), for notes about
    /// untranslated text; the code itself for languages without a name here.
    pub fn language_name(&self, code: &str) -> String {
        LOCALES
            .try_lookup(&self.lang, &format!("language-{code}"))
            .unwrap_or_else(|| code.to_owned())
    }

    pub fn t(&self, key: &str) -> String {
        LOCALES.lookup(&self.lang, key)
    }

    /// A message with one `$name` placeholder.
    pub fn t1(&self, key: &str, name: &'static str, value: impl ToString) -> String {
        self.args(key, &[(name, value.to_string())])
    }

    /// A message with several placeholders.
    pub fn args(&self, key: &str, args: &[(&'static str, String)]) -> String {
        // Whole numbers go in as numbers, so messages can select plural forms on them.
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| {
                let value = match value.parse::<i64>() {
                    Ok(number) => FluentValue::from(number),
                    Err(_) => FluentValue::from(value.clone()),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        LOCALES.lookup_with_args(&self.lang, key, &args)
    }

    /// A message with a `$count` placeholder that selects plural forms.
    pub fn count(&self, key: &str, count: i64) -> String {
        let args = HashMap::from([(Cow::Borrowed("count"), FluentValue::from(count))]);
        LOCALES.lookup_with_args(&self.lang, key, &args)
    }

    /// Whether a message exists, for vocabularies that may grow faster than translations. Fluent
    /// treats a missing placeholder value as a failed lookup, so every placeholder the portal uses
    /// gets a dummy value here.
    pub fn has(&self, key: &str) -> bool {
        let args: HashMap<Cow<'static, str>, FluentValue> = [
            "date",
            "name",
            "value",
            "count",
            "kind",
            "source",
            "id",
            "url",
            "home",
            "partner",
            "page",
            "pages",
            "from",
            "to",
            "day",
            "month",
            "year",
            "language",
            "country",
            "shown",
            "n",
            "role",
            "detail",
            "slug",
            "time",
            "reference",
            "minutes",
            "limit",
            "field",
            "file",
            "line",
            "sheet",
            "columns",
            "allowed",
            "statements",
            "matched",
            "findings",
            "ids",
            "partnerships",
        ]
        .into_iter()
        .map(|name| (Cow::Borrowed(name), FluentValue::from("x")))
        .collect();
        LOCALES
            .try_lookup_with_args(&self.lang, key, &args)
            .is_some()
    }

    /// The label of a vocabulary key: `vocab("topic", "tourism")` reads `topic-tourism`.
    pub fn vocab(&self, family: &str, key: impl std::fmt::Display) -> String {
        let id = format!("{family}-{key}").replace('_', "-");
        LOCALES
            .try_lookup(&self.lang, &id)
            .unwrap_or_else(|| key.to_string())
    }

    /// A country's name from its ISO code, or the code itself where no name is recorded.
    pub fn country(&self, code: &str) -> String {
        LOCALES
            .try_lookup(
                &self.lang,
                &format!("country-{}", code.to_ascii_uppercase()),
            )
            .unwrap_or_else(|| code.to_owned())
    }

    /// A partial date as people write it: "2003", "Januar 2007", "1. Juli 2007", "Anfang 2003".
    pub fn date(&self, date: &PartialDate, qualifier: Option<DateQualifier>) -> String {
        let year = date.year().to_string();
        let text = match (date.month(), date.day()) {
            (Some(month), Some(day)) => {
                // Languages such as Polish decline the month after a day ("1 września 2014").
                let month = LOCALES
                    .try_lookup(&self.lang, &format!("month-genitive-{month}"))
                    .unwrap_or_else(|| self.t(&format!("month-{month}")));
                // The day goes in as a number, so languages can select on it ("1er septembre").
                let args = HashMap::from([
                    (Cow::Borrowed("day"), FluentValue::from(day)),
                    (Cow::Borrowed("month"), FluentValue::from(month)),
                    (Cow::Borrowed("year"), FluentValue::from(year)),
                ]);
                LOCALES.lookup_with_args(&self.lang, "date-day", &args)
            }
            (Some(month), None) => self.args(
                "date-month",
                &[("month", self.t(&format!("month-{month}"))), ("year", year)],
            ),
            _ => year,
        };
        match qualifier {
            Some(q) => self.t1(&format!("qualifier-{}", q.as_str()), "date", text),
            None => text,
        }
    }

    /// A number with the language's digit grouping: 143 348, 1 139,9.
    pub fn number(&self, value: f64) -> String {
        let group = self.t("number-group-separator");
        let decimal = self.t("number-decimal-separator");
        let rounded = (value * 100.0).round() / 100.0;
        let negative = rounded < 0.0;
        let text = format!("{}", rounded.abs());
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let mut grouped = String::new();
        for (i, digit) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 && int.len() > 4 {
                grouped.push_str(&group);
            }
            grouped.push(digit);
        }
        let mut out = String::new();
        if negative {
            out.push('-');
        }
        out.push_str(&grouped);
        if !frac.is_empty() {
            out.push_str(&decimal);
            out.push_str(frac);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vocab::{
        BodyKind, FactKey, MilestoneType, NameKind, PartnershipKind, PartnershipLevel,
        PartnershipStatus, SuccessionKind, Topic,
    };

    #[test]
    fn every_vocabulary_key_has_a_german_label() {
        let tr = Tr::new("de");
        let mut missing = Vec::new();
        let mut check = |family: &str, key: &str| {
            let id = format!("{family}-{key}").replace('_', "-");
            if !tr.has(&id) {
                missing.push(id);
            }
        };
        Topic::ALL.iter().for_each(|k| check("topic", k.as_str()));
        BodyKind::ALL
            .iter()
            .for_each(|k| check("body-kind", k.as_str()));
        PartnershipLevel::ALL
            .iter()
            .for_each(|k| check("level", k.as_str()));
        PartnershipKind::ALL
            .iter()
            .for_each(|k| check("kind", k.as_str()));
        PartnershipStatus::ALL
            .iter()
            .for_each(|k| check("status", k.as_str()));
        MilestoneType::ALL
            .iter()
            .for_each(|k| check("milestone", k.as_str()));
        SuccessionKind::ALL
            .iter()
            .for_each(|k| check("succession", k.as_str()));
        FactKey::ALL.iter().for_each(|k| check("fact", k.as_str()));
        NameKind::ALL
            .iter()
            .for_each(|k| check("name-kind", k.as_str()));
        DateQualifier::ALL
            .iter()
            .for_each(|k| check("qualifier", k.as_str()));
        assert!(missing.is_empty(), "missing translations: {missing:?}");
    }

    /// Every message id the templates and the code ask for, found by their call shapes.
    fn message_ids_in(dir: &std::path::Path, ids: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                message_ids_in(&path, ids);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for call in [
                "t.t(\"",
                "t.t1(\"",
                "t.args(\"",
                "t.count(\"",
                ".args(\n            \"",
            ] {
                for (i, _) in text.match_indices(call) {
                    let rest = &text[i + call.len()..];
                    if let Some(end) = rest.find('"') {
                        ids.push(rest[..end].to_owned());
                    }
                }
            }
        }
    }

    #[test]
    fn every_message_the_templates_and_code_use_exists_in_german() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut ids = Vec::new();
        message_ids_in(&root.join("templates"), &mut ids);
        message_ids_in(&root.join("src/web"), &mut ids);
        assert!(
            ids.len() > 40,
            "the scan found only {} message ids",
            ids.len()
        );
        let tr = Tr::new("de");
        let missing: Vec<_> = ids.iter().filter(|id| !tr.has(id)).collect();
        assert!(
            missing.is_empty(),
            "messages missing in locales/de/main.ftl: {missing:?}"
        );
    }

    /// Message ids of a Fluent file: lines that start with an identifier and ` =`.
    fn message_ids(lang: &str) -> std::collections::BTreeSet<String> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("locales/{lang}/main.ftl"));
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        text.lines()
            .filter_map(|line| line.split_once(" ="))
            .map(|(id, _)| id)
            .filter(|id| {
                !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn every_language_has_every_message_of_the_german_file() {
        let german = message_ids("de");
        let mut gaps = Vec::new();
        for lang in LANGUAGES.iter().filter(|l| **l != "de") {
            let ids = message_ids(lang);
            // Leichte Sprache is German only.
            let missing: Vec<_> = german
                .iter()
                .filter(|id| !id.starts_with("easy-") && !ids.contains(*id))
                .collect();
            let unknown: Vec<_> = ids
                .iter()
                .filter(|id| !id.starts_with("month-genitive-") && !german.contains(*id))
                .collect();
            if !missing.is_empty() || !unknown.is_empty() {
                gaps.push(format!(
                    "{lang}: missing {missing:?}, not in German {unknown:?}"
                ));
            }
        }
        assert!(gaps.is_empty(), "{}", gaps.join("\n"));
    }

    #[test]
    fn dates_read_as_german_prose() {
        let tr = Tr::new("de");
        let date = |s| PartialDate::parse(s).unwrap();
        assert_eq!(tr.date(&date("2003"), None), "2003");
        assert_eq!(
            tr.date(&date("2003"), Some(DateQualifier::Early)),
            "Anfang 2003"
        );
        assert_eq!(
            tr.date(&date("2003"), Some(DateQualifier::Late)),
            "Ende 2003"
        );
        assert_eq!(tr.date(&date("2007-01"), None), "Januar 2007");
        assert_eq!(tr.date(&date("2014-09-01"), None), "1. September 2014");
    }

    #[test]
    fn dates_follow_each_languages_conventions() {
        let date = |s| PartialDate::parse(s).unwrap();
        assert_eq!(
            Tr::new("fr").date(&date("2014-09-01"), None),
            "1er septembre 2014"
        );
        assert_eq!(
            Tr::new("pl").date(&date("2014-09-01"), None),
            "1 września 2014"
        );
        assert_eq!(Tr::new("en").date(&date("2007-01"), None), "January 2007");
    }

    #[test]
    fn numbers_are_grouped_the_german_way() {
        let tr = Tr::new("de");
        assert_eq!(tr.number(143348.0), "143\u{202f}348");
        assert_eq!(tr.number(1139.9), "1139,9");
        assert_eq!(tr.number(816910.0), "816\u{202f}910");
        assert_eq!(tr.number(8.0), "8");
        assert_eq!(tr.number(-12345.5), "-12\u{202f}345,5");
    }

    #[test]
    fn unknown_languages_fall_back_to_german() {
        assert_eq!(Tr::new("xx").lang(), "de");
    }
}
