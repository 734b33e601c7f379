//! The body form as the browser sends it, and its conversion to and from the record. The form is
//! also what the page renders, so a refused save shows exactly what was typed.
//!
//! Other names, facts and predecessors are repeated rows sent as parallel lists (`n_*`, `f_*`,
//! `p_*`). Every control of a row is a text field or a select, never a checkbox: an unchecked
//! checkbox sends nothing and would shift the lists against each other.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::domain::records::{BodyRecord, FactRecord, FieldError, NameRecord, SuccessionRecord};
use crate::domain::values::{CountryCode, PartialDate};
use crate::domain::vocab::{BodyKind, FactKey, NameKind, SuccessionKind};
use crate::i18n::LANGUAGES;

/// Empty rows offered below the existing ones, so one can be added without JavaScript.
pub const SPARE_NAMES: usize = 2;
pub const SPARE_FACTS: usize = 2;
pub const SPARE_PREDECESSORS: usize = 1;

/// The value of the "approximate" select of a fact row that means yes.
pub const YES: &str = "yes";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct BodyForm {
    pub version: Option<i64>,
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub parent: String,
    pub website: String,
    pub latitude: String,
    pub longitude: String,
    pub nuts_code: String,
    pub lau_code: String,
    pub wikidata_id: String,
    pub geonames_id: String,
    pub iso_3166_2: String,
    pub valid_from: String,
    pub valid_to: String,
    pub source: String,
    pub published: Option<String>,
    /// One text per language, in the order of [`LANGUAGES`].
    pub description: Vec<String>,
    pub n_name: Vec<String>,
    pub n_lang: Vec<String>,
    pub n_kind: Vec<String>,
    pub f_key: Vec<String>,
    pub f_value: Vec<String>,
    pub f_text: Vec<String>,
    pub f_unit: Vec<String>,
    pub f_approximate: Vec<String>,
    pub f_as_of: Vec<String>,
    pub f_source: Vec<String>,
    pub f_note: Vec<String>,
    pub f_lang: Vec<String>,
    pub p_body: Vec<String>,
    pub p_kind: Vec<String>,
    pub p_date: Vec<String>,
    pub p_note: Vec<String>,
    pub p_source: Vec<String>,
    /// The record as loaded, to carry over what the form does not show (descriptions in other
    /// languages).
    #[serde(skip)]
    pub original: Option<BodyRecord>,
}

pub struct NameRow {
    pub index: usize,
    pub name: String,
    pub lang: String,
    pub kind: String,
}

pub struct FactRow {
    pub index: usize,
    pub key: String,
    pub value: String,
    pub text: String,
    pub unit: String,
    pub approximate: bool,
    pub as_of: String,
    pub source: String,
    pub note: String,
    pub lang: String,
}

pub struct PredecessorRow {
    pub index: usize,
    pub body: String,
    pub kind: String,
    pub date: String,
    pub note: String,
    pub source: String,
}

/// Which form row each entry of the record's lists came from. Empty rows are skipped, so the
/// record's `facts[1]` may be the form's third fact row; problems found in the record are
/// reported against the row the person typed them in.
#[derive(Debug, Default)]
pub struct RowMap {
    names: Vec<usize>,
    facts: Vec<usize>,
    predecessors: Vec<usize>,
}

impl RowMap {
    /// `facts[1].value` of the record → `facts[2].value` of the form.
    pub fn to_form(&self, mut error: FieldError) -> FieldError {
        let Some((list, rest)) = error.field.split_once('[') else {
            return error;
        };
        let Some((index, tail)) = rest.split_once(']') else {
            return error;
        };
        let rows = match list {
            "names" => &self.names,
            "facts" => &self.facts,
            "predecessors" => &self.predecessors,
            _ => return error,
        };
        if let Some(row) = index.parse::<usize>().ok().and_then(|i| rows.get(i)) {
            error.field = format!("{list}[{row}]{tail}");
        }
        error
    }

    pub fn all_to_form(&self, errors: Vec<FieldError>) -> Vec<FieldError> {
        errors.into_iter().map(|e| self.to_form(e)).collect()
    }
}

/// The fields of the form from top to bottom, for listing problems in the order a person meets
/// them; then the fields inside a row of names, facts or predecessors, in one order that fits all
/// three.
const FIELD_ORDER: &[&str] = &[
    "version",
    "name",
    "slug",
    "kind",
    "country",
    "parent",
    "website",
    "latitude",
    "longitude",
    "nuts_code",
    "lau_code",
    "wikidata_id",
    "geonames_id",
    "iso_3166_2",
    "source",
    "valid_from",
    "valid_to",
    "description",
    "names",
    "facts",
    "predecessors",
    "published",
];
const ROW_FIELD_ORDER: &[&str] = &[
    "body",
    "key",
    "name",
    "value",
    "unit",
    "approximate",
    "text",
    "lang",
    "kind",
    "as_of",
    "date",
    "source",
    "note",
];

/// Sorts problems into the order of the form's fields (`facts[2].value` after `latitude`).
pub fn in_form_order(errors: &mut [FieldError]) {
    errors.sort_by_cached_key(|e| form_position(&e.field));
}

fn form_position(field: &str) -> (usize, usize, usize) {
    let head_end = field.find(['[', '.']).unwrap_or(field.len());
    let (head, rest) = field.split_at(head_end);
    let group = FIELD_ORDER
        .iter()
        .position(|f| *f == head)
        .unwrap_or(FIELD_ORDER.len());
    let (row, tail) = match rest.strip_prefix('[').and_then(|r| r.split_once(']')) {
        Some((index, tail)) => (index.parse().unwrap_or(0), tail),
        None => (0, rest),
    };
    let tail = tail.trim_start_matches('.');
    let within = ROW_FIELD_ORDER
        .iter()
        .position(|f| *f == tail)
        .or_else(|| LANGUAGES.iter().position(|l| *l == tail))
        .unwrap_or(0);
    (group, row, within)
}

fn blank_to_none(text: &str) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

fn text_of<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// A number as people type it: `214000`, `214 000`, `51.8365`, or with a decimal comma `51,8365`.
pub fn parse_number(text: &str) -> Option<f64> {
    let digits: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .collect();
    let digits = if digits.contains(',') && !digits.contains('.') {
        digits.replace(',', ".")
    } else {
        digits
    };
    digits.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Browsers send CR LF in text areas; the registry stores LF like the seed does.
fn normalise_newlines(text: &str) -> String {
    text.replace("\r\n", "\n")
}

fn at(list: &[String], i: usize) -> String {
    list.get(i).map(|s| s.trim().to_owned()).unwrap_or_default()
}

/// How many rows the lists describe, without empty rows at the end (the spare rows of the last
/// page, sent back unused).
fn used_rows(lists: &[&Vec<String>]) -> usize {
    let rows = lists.iter().map(|l| l.len()).max().unwrap_or(0);
    (0..rows)
        .rev()
        .find(|&i| lists.iter().any(|l| !at(l, i).is_empty()))
        .map_or(0, |last| last + 1)
}

impl BodyForm {
    pub fn from_record(version: Option<i64>, record: &BodyRecord) -> BodyForm {
        let mut form = BodyForm {
            version,
            slug: record.slug.clone(),
            name: record.name.clone(),
            kind: record.kind.as_str().into(),
            country: record.country.to_string(),
            parent: text_of(&record.parent),
            website: text_of(&record.website),
            latitude: text_of(&record.latitude),
            longitude: text_of(&record.longitude),
            nuts_code: text_of(&record.nuts_code),
            lau_code: text_of(&record.lau_code),
            wikidata_id: text_of(&record.wikidata_id),
            geonames_id: text_of(&record.geonames_id),
            iso_3166_2: text_of(&record.iso_3166_2),
            valid_from: text_of(&record.valid_from),
            valid_to: text_of(&record.valid_to),
            source: text_of(&record.source),
            published: record.published.then(|| "on".into()),
            description: LANGUAGES
                .iter()
                .map(|l| record.description.get(*l).cloned().unwrap_or_default())
                .collect(),
            original: Some(record.clone()),
            ..BodyForm::default()
        };
        for n in &record.names {
            form.n_name.push(n.name.clone());
            form.n_lang.push(text_of(&n.lang));
            form.n_kind.push(n.kind.as_str().into());
        }
        for f in &record.facts {
            form.f_key.push(f.key.as_str().into());
            form.f_value.push(text_of(&f.value));
            form.f_text.push(text_of(&f.text));
            form.f_unit.push(text_of(&f.unit));
            form.f_approximate
                .push(if f.approximate { YES } else { "no" }.into());
            form.f_as_of.push(text_of(&f.as_of));
            form.f_source.push(text_of(&f.source));
            form.f_note.push(text_of(&f.note));
            form.f_lang.push(text_of(&f.lang));
        }
        for p in &record.predecessors {
            form.p_body.push(p.body.clone());
            form.p_kind.push(p.kind.as_str().into());
            form.p_date.push(text_of(&p.date));
            form.p_note.push(text_of(&p.note));
            form.p_source.push(text_of(&p.source));
        }
        form
    }

    /// A form for a new body: a town, a draft until it is published (as new partnerships are).
    pub fn new_body() -> BodyForm {
        BodyForm {
            kind: BodyKind::Municipality.as_str().into(),
            description: vec![String::new(); LANGUAGES.len()],
            ..BodyForm::default()
        }
    }

    pub fn is_published(&self) -> bool {
        self.published.is_some()
    }

    pub fn description_in(&self, index: usize) -> &str {
        self.description
            .get(index)
            .map(String::as_str)
            .unwrap_or("")
    }

    fn name_lists(&self) -> [&Vec<String>; 2] {
        // The kind is a select with a value in every row; a row is used when it has a name or
        // a language.
        [&self.n_name, &self.n_lang]
    }

    fn fact_lists(&self) -> [&Vec<String>; 8] {
        [
            &self.f_key,
            &self.f_value,
            &self.f_text,
            &self.f_unit,
            &self.f_as_of,
            &self.f_source,
            &self.f_note,
            &self.f_lang,
        ]
    }

    fn predecessor_lists(&self) -> [&Vec<String>; 4] {
        [&self.p_body, &self.p_date, &self.p_note, &self.p_source]
    }

    /// The rows typed so far plus [`SPARE_NAMES`] empty ones.
    pub fn name_rows(&self) -> Vec<NameRow> {
        let rows = used_rows(&self.name_lists()) + SPARE_NAMES;
        (0..rows)
            .map(|i| NameRow {
                index: i,
                name: at(&self.n_name, i),
                lang: at(&self.n_lang, i),
                kind: at(&self.n_kind, i),
            })
            .collect()
    }

    pub fn fact_rows(&self) -> Vec<FactRow> {
        let rows = used_rows(&self.fact_lists()) + SPARE_FACTS;
        (0..rows)
            .map(|i| FactRow {
                index: i,
                key: at(&self.f_key, i),
                value: at(&self.f_value, i),
                text: at(&self.f_text, i),
                unit: at(&self.f_unit, i),
                approximate: at(&self.f_approximate, i) == YES,
                as_of: at(&self.f_as_of, i),
                source: at(&self.f_source, i),
                note: at(&self.f_note, i),
                lang: at(&self.f_lang, i),
            })
            .collect()
    }

    pub fn predecessor_rows(&self) -> Vec<PredecessorRow> {
        let rows = used_rows(&self.predecessor_lists()) + SPARE_PREDECESSORS;
        (0..rows)
            .map(|i| PredecessorRow {
                index: i,
                body: at(&self.p_body, i),
                kind: at(&self.p_kind, i),
                date: at(&self.p_date, i),
                note: at(&self.p_note, i),
                source: at(&self.p_source, i),
            })
            .collect()
    }

    /// The record the form describes with the map of its rows, or every problem found, each
    /// addressed to the form field it concerns. Empty rows are skipped.
    pub fn to_record(&self) -> Result<(BodyRecord, RowMap), Vec<FieldError>> {
        let mut problems = Vec::new();
        let mut map = RowMap::default();
        let choose = |field: String, keys: String| {
            FieldError::new(field, "choose", format!("choose one of: {keys}"))
        };
        let kind = BodyKind::parse(self.kind.trim());
        if kind.is_none() {
            problems.push(choose("kind".into(), BodyKind::keys()));
        }
        let country = CountryCode::parse(self.country.trim())
            .map_err(|e| problems.push(FieldError::new("country", "country", e.0)))
            .ok();
        let mut number = |field: &str, text: &str| {
            if text.trim().is_empty() {
                return None;
            }
            let value = parse_number(text);
            if value.is_none() {
                problems.push(FieldError::new(field, "number", "not a number"));
            }
            value
        };
        let latitude = number("latitude", &self.latitude);
        let longitude = number("longitude", &self.longitude);
        // A GeoNames id is a whole number; zero and negatives are the record's own check to refuse.
        let geonames_id = match self.geonames_id.trim() {
            "" => None,
            text => match text.parse::<u32>() {
                Ok(id) => Some(id),
                Err(_) => {
                    problems.push(FieldError::new(
                        "geonames_id",
                        "geonames",
                        "a GeoNames id is a positive number",
                    ));
                    None
                }
            },
        };
        let mut date = |field: String, text: &str| {
            let text = text.trim();
            if text.is_empty() {
                return None;
            }
            PartialDate::parse(text)
                .map_err(|e| problems.push(FieldError::new(field, "date", e.0)))
                .ok()
        };
        let valid_from = date("valid_from".into(), &self.valid_from);
        let valid_to = date("valid_to".into(), &self.valid_to);

        let mut description: BTreeMap<String, String> = self
            .original
            .as_ref()
            .map(|o| {
                o.description
                    .iter()
                    .filter(|(l, _)| !LANGUAGES.contains(&l.as_str()))
                    .map(|(l, t)| (l.clone(), t.clone()))
                    .collect()
            })
            .unwrap_or_default();
        for (lang, text) in LANGUAGES.iter().zip(&self.description) {
            if !text.trim().is_empty() {
                description.insert((*lang).to_owned(), normalise_newlines(text));
            }
        }

        let mut names = Vec::new();
        for i in 0..used_rows(&self.name_lists()) {
            let (name, lang, kind) = (
                at(&self.n_name, i),
                at(&self.n_lang, i),
                at(&self.n_kind, i),
            );
            if name.is_empty() && lang.is_empty() {
                continue;
            }
            let Some(kind) = NameKind::parse(&kind) else {
                problems.push(choose(format!("names[{i}].kind"), NameKind::keys()));
                continue;
            };
            map.names.push(i);
            names.push(NameRecord {
                name,
                lang: blank_to_none(&lang),
                kind,
            });
        }

        let mut facts = Vec::new();
        for i in 0..used_rows(&self.fact_lists()) {
            if self.fact_lists().iter().all(|l| at(l, i).is_empty()) {
                continue;
            }
            let field = |name: &str| format!("facts[{i}].{name}");
            let key = FactKey::parse(&at(&self.f_key, i));
            if key.is_none() {
                problems.push(choose(field("key"), FactKey::keys()));
            }
            let value = {
                let text = at(&self.f_value, i);
                if text.is_empty() {
                    None
                } else {
                    let value = parse_number(&text);
                    if value.is_none() {
                        problems.push(FieldError::new(field("value"), "number", "not a number"));
                    }
                    value
                }
            };
            let as_of = {
                let text = at(&self.f_as_of, i);
                if text.is_empty() {
                    None
                } else {
                    PartialDate::parse(&text)
                        .map_err(|e| problems.push(FieldError::new(field("as_of"), "date", e.0)))
                        .ok()
                }
            };
            let approximate = match at(&self.f_approximate, i).as_str() {
                YES => true,
                "" | "no" => false,
                _ => {
                    problems.push(choose(field("approximate"), "yes, no".into()));
                    false
                }
            };
            if let Some(key) = key {
                map.facts.push(i);
                facts.push(FactRecord {
                    key,
                    value,
                    text: blank_to_none(&at(&self.f_text, i)),
                    lang: blank_to_none(&at(&self.f_lang, i)),
                    unit: blank_to_none(&at(&self.f_unit, i)),
                    approximate,
                    as_of,
                    source: blank_to_none(&at(&self.f_source, i)),
                    note: blank_to_none(&at(&self.f_note, i)),
                });
            }
        }

        let mut predecessors = Vec::new();
        for i in 0..used_rows(&self.predecessor_lists()) {
            if self.predecessor_lists().iter().all(|l| at(l, i).is_empty()) {
                continue;
            }
            let field = |name: &str| format!("predecessors[{i}].{name}");
            let kind = SuccessionKind::parse(&at(&self.p_kind, i));
            if kind.is_none() {
                problems.push(choose(field("kind"), SuccessionKind::keys()));
            }
            let date = {
                let text = at(&self.p_date, i);
                if text.is_empty() {
                    None
                } else {
                    PartialDate::parse(&text)
                        .map_err(|e| problems.push(FieldError::new(field("date"), "date", e.0)))
                        .ok()
                }
            };
            if let Some(kind) = kind {
                map.predecessors.push(i);
                predecessors.push(SuccessionRecord {
                    body: at(&self.p_body, i),
                    kind,
                    date,
                    note: blank_to_none(&at(&self.p_note, i)),
                    source: blank_to_none(&at(&self.p_source, i)),
                });
            }
        }

        // Stand-ins where a field could not be read, so the record's own checks still run and
        // every problem shows at once; the stand-ins are never stored.
        let record = BodyRecord {
            slug: self.slug.trim().to_owned(),
            name: self.name.trim().to_owned(),
            kind: kind.unwrap_or(BodyKind::Municipality),
            country: country.unwrap_or_else(|| CountryCode::parse("ZZ").expect("two letters")),
            parent: blank_to_none(&self.parent),
            website: blank_to_none(&self.website),
            latitude,
            longitude,
            nuts_code: blank_to_none(&self.nuts_code),
            lau_code: blank_to_none(&self.lau_code),
            wikidata_id: blank_to_none(&self.wikidata_id),
            geonames_id,
            iso_3166_2: blank_to_none(&self.iso_3166_2).map(|c| c.to_uppercase()),
            valid_from,
            valid_to,
            source: blank_to_none(&self.source),
            published: self.is_published(),
            names,
            description,
            facts,
            predecessors,
        };
        if let Err(found) = record.check() {
            for e in map.all_to_form(found) {
                // A coordinate that is no number is not also "only one of the pair".
                let reported = problems.iter().any(|p: &FieldError| {
                    p.field == e.field || (e.code == "coordinates-pair" && p.code == "number")
                });
                if !reported {
                    problems.push(e);
                }
            }
        }
        if problems.is_empty() {
            Ok((record, map))
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> BodyRecord {
        serde_json::from_value(serde_json::json!({
            "slug": "wernigerode", "name": "Wernigerode", "kind": "municipality", "country": "DE",
            "parent": "landkreis-harz", "website": "https://www.wernigerode.de",
            "latitude": 51.83652, "longitude": 10.78216, "wikidata_id": "Q4187",
            "valid_from": "1229", "source": "lk-harz-europa", "published": true,
            "names": [{"name": "Wernigerode", "lang": "pl", "kind": "official"}],
            "description": {"de": "Die bunte Stadt am Harz.\nMit Schloss.", "it": "La città colorata."},
            "facts": [
                {"key": "population", "value": 32181.0, "approximate": true, "as_of": "2023-12-31",
                 "source": "lk-harz-europa"},
                {"key": "landmarks", "text": "Schloss Wernigerode", "lang": "de"}
            ],
            "predecessors": [{"body": "silstedt", "kind": "incorporation", "date": "1993"}]
        }))
        .unwrap()
    }

    #[test]
    fn a_record_survives_the_round_trip_through_its_form() {
        let original = record();
        let form = BodyForm::from_record(Some(4), &original);
        assert_eq!(form.to_record().unwrap().0, original);
    }

    #[test]
    fn the_form_offers_spare_rows_below_the_used_ones() {
        let form = BodyForm::from_record(Some(1), &record());
        assert_eq!(form.name_rows().len(), 1 + SPARE_NAMES);
        assert_eq!(form.fact_rows().len(), 2 + SPARE_FACTS);
        assert_eq!(form.predecessor_rows().len(), 1 + SPARE_PREDECESSORS);
        assert!(form.fact_rows()[0].approximate);
        assert!(!form.fact_rows()[1].approximate);
    }

    #[test]
    fn empty_rows_are_skipped_and_problems_name_the_row_they_were_typed_in() {
        let mut form = BodyForm::from_record(Some(1), &record());
        // An emptied first fact row, then a new fact with both a number and a text.
        for list in form.fact_lists_mut() {
            list[0].clear();
        }
        form.f_approximate[0] = "no".into();
        form.f_key.extend(["".into(), "population".into()]);
        form.f_value.extend(["".into(), "12".into()]);
        form.f_text.extend(["".into(), "twelve".into()]);
        form.f_approximate.extend(["no".into(), "no".into()]);
        let problems = form.to_record().unwrap_err();
        let fields: Vec<_> = problems.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["facts[3].value"]);
        assert_eq!(problems[0].code, "value-or-text");
    }

    #[test]
    fn unreadable_fields_and_failed_checks_are_reported_together() {
        let mut form = BodyForm::from_record(Some(1), &record());
        form.latitude = "200".into();
        form.wikidata_id = "4187".into();
        form.country = "Deutschland".into();
        form.f_value[0] = "many".into();
        form.p_kind[0] = "wedding".into();
        form.n_kind[0] = String::new();
        let mut codes: Vec<_> = form
            .to_record()
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect();
        codes.sort();
        assert_eq!(
            codes,
            [
                ("country".to_owned(), "country"),
                ("facts[0].value".to_owned(), "number"),
                ("latitude".to_owned(), "latitude"),
                ("names[0].kind".to_owned(), "choose"),
                ("predecessors[0].kind".to_owned(), "choose"),
                ("wikidata_id".to_owned(), "wikidata"),
            ]
        );
    }

    #[test]
    fn problems_are_listed_in_the_order_of_the_form() {
        let mut problems: Vec<_> = [
            "facts[1].value",
            "predecessors[0].body",
            "facts[0].as_of",
            "wikidata_id",
            "description.pl",
            "facts[0].key",
            "latitude",
            "description.en",
            "name",
        ]
        .into_iter()
        .map(|f| FieldError::new(f, "x", "x"))
        .collect();
        in_form_order(&mut problems);
        let fields: Vec<_> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "name",
                "latitude",
                "wikidata_id",
                "description.en",
                "description.pl",
                "facts[0].key",
                "facts[0].as_of",
                "facts[1].value",
                "predecessors[0].body"
            ]
        );
    }

    #[test]
    fn numbers_may_be_written_with_spaces_or_a_decimal_comma() {
        assert_eq!(parse_number("214 000"), Some(214_000.0));
        assert_eq!(parse_number("51,8365"), Some(51.8365));
        assert_eq!(parse_number(" -10.5 "), Some(-10.5));
        for bad in ["", "many", "NaN", "inf", "1,234,567"] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }

    impl BodyForm {
        fn fact_lists_mut(&mut self) -> [&mut Vec<String>; 8] {
            [
                &mut self.f_key,
                &mut self.f_value,
                &mut self.f_text,
                &mut self.f_unit,
                &mut self.f_as_of,
                &mut self.f_source,
                &mut self.f_note,
                &mut self.f_lang,
            ]
        }
    }
}
