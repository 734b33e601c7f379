//! Reading Wikidata's twinning statements (P190) from the two JSON shapes Wikidata hands out, pure:
//!
//! * a query-service result (SPARQL 1.1 Query Results JSON: `head.vars`, `results.bindings`), as
//!   <https://query.wikidata.org> returns it — variables `item` (required), `partner`, `start`,
//!   `end`, `startPrecision`, `endPrecision`, `itemLabel`, `partnerLabel`, `geonames` (or
//!   `itemGeonames`), `partnerGeonames`, `country` (or `itemCountry`), `partnerCountry`; others are
//!   ignored;
//! * a dump or `Special:EntityData` extract (`{"entities": {"Q…": {"claims": {"P190": […]}}}}`).
//!
//! Anything malformed is refused with where and what: "binding 3, ?partner: …". Sizes are bounded.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::domain::values::PartialDate;
use crate::domain::wikidata::{Extract, ItemId, ItemInfo, Twinning};

/// Largest file accepted.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;
/// Most rows (bindings) or statements accepted.
pub const MAX_STATEMENTS: usize = 500_000;
/// Longest label kept, in characters.
pub const MAX_LABEL: usize = 500;

/// Why a file was refused; the message names the place and the problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ParseError(pub String);

fn fail<T>(message: impl Into<String>) -> Result<T, ParseError> {
    Err(ParseError(message.into()))
}

/// Reads a query result or a dump extract.
pub fn parse(bytes: &[u8]) -> Result<Extract, ParseError> {
    if bytes.len() > MAX_BYTES {
        return fail(format!(
            "the file has {} bytes; at most {} MiB are accepted",
            bytes.len(),
            MAX_BYTES / 1024 / 1024
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        ParseError(format!(
            "the file is not UTF-8 text (byte {})",
            e.valid_up_to()
        ))
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return fail("the file is empty");
    }
    let document: Value = match serde_json::from_str(text) {
        Ok(document) => document,
        Err(e) => {
            // The JSON dump holds one entity per line inside one huge array: lines cut from it
            // are no JSON document, but each line is one entity.
            if let Some(entities) = dump_lines(text) {
                return parse_entity_list(entities);
            }
            return fail(format!(
                "the file is not JSON (line {}, column {}: {})",
                e.line(),
                e.column(),
                describe_json_error(&e)
            ));
        }
    };
    if let Some(list) = document.as_array() {
        // The dump's array itself, or a list of entities.
        if !list.is_empty() && list.iter().all(|e| e.get("id").is_some()) {
            return parse_entity_list(list.iter().map(entity_keyed).collect());
        }
    }
    let Some(object) = document.as_object() else {
        return fail(
            "expected a JSON object: a query result ({\"head\": …, \"results\": …}) or entities ({\"entities\": …})",
        );
    };
    if object.contains_key("head") || object.contains_key("results") {
        parse_query_result(object)
    } else if object.contains_key("entities") {
        let entities = object
            .get("entities")
            .and_then(Value::as_object)
            .ok_or_else(|| ParseError("\"entities\" is not an object of items by id".into()))?;
        parse_entity_list(entities.iter().map(|(k, v)| (k.clone(), v)).collect())
    } else if object.contains_key("claims") && object.contains_key("id") {
        parse_entity_list(vec![entity_keyed(&document)])
    } else {
        fail(
            "neither a query result (\"head\" and \"results\") nor a dump extract (\"entities\"); export the query result as JSON from query.wikidata.org",
        )
    }
}

/// An entity of a list, keyed by its own id.
fn entity_keyed(entity: &Value) -> (String, &Value) {
    let id = entity
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    (id, entity)
}

/// Lines of the JSON dump (`[`, `{…},` per entity, `]`), read one entity per line; `None` when the
/// text is not of that shape.
fn dump_lines(text: &str) -> Option<Vec<(String, Value)>> {
    let mut entities = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line == "[" || line == "]" {
            continue;
        }
        if entities.len() >= MAX_STATEMENTS {
            return None;
        }
        let line = line.strip_suffix(',').unwrap_or(line);
        let entity: Value = serde_json::from_str(line).ok()?;
        let id = entity.get("id")?.as_str()?.to_owned();
        entity.get("claims")?;
        entities.push((id, entity));
    }
    (!entities.is_empty()).then_some(entities)
}

fn describe_json_error(e: &serde_json::Error) -> &'static str {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => "it ends too early",
        Category::Syntax => "syntax error",
        Category::Data => "unexpected value",
        Category::Io => "read error",
    }
}

/// One typed value of a binding.
struct Term<'a> {
    kind: &'a str,
    value: &'a str,
    datatype: Option<&'a str>,
}

const XSD_DATETIME: &str = "http://www.w3.org/2001/XMLSchema#dateTime";

fn parse_query_result(object: &Map<String, Value>) -> Result<Extract, ParseError> {
    let vars = object
        .get("head")
        .and_then(|h| h.get("vars"))
        .and_then(Value::as_array)
        .ok_or_else(|| ParseError("head.vars is missing or not a list".into()))?;
    let vars: Vec<&str> = vars
        .iter()
        .map(|v| {
            v.as_str().ok_or_else(|| {
                ParseError("head.vars holds a value that is not a variable name".into())
            })
        })
        .collect::<Result<_, _>>()?;
    if !vars.contains(&"item") {
        return fail(format!(
            "the query has no variable ?item (it has {}); select ?item and ?partner, see docs/WIKIDATA.md",
            if vars.is_empty() {
                "none".to_owned()
            } else {
                vars.iter()
                    .map(|v| format!("?{v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        ));
    }
    let bindings = object
        .get("results")
        .and_then(|r| r.get("bindings"))
        .and_then(Value::as_array)
        .ok_or_else(|| ParseError("results.bindings is missing or not a list".into()))?;
    if bindings.len() > MAX_STATEMENTS {
        return fail(format!(
            "the result has {} rows; at most {MAX_STATEMENTS} are accepted",
            bindings.len()
        ));
    }
    let mut extract = Extract::default();
    for (index, binding) in bindings.iter().enumerate() {
        let row = index + 1;
        let Some(binding) = binding.as_object() else {
            return fail(format!("binding {row}: not an object"));
        };
        let term = |var: &str| -> Result<Option<Term<'_>>, ParseError> {
            let Some(value) = binding.get(var) else {
                return Ok(None);
            };
            let at = || format!("binding {row}, ?{var}");
            let obj = value.as_object().ok_or_else(|| {
                ParseError(format!(
                    "{}: not an object with \"type\" and \"value\"",
                    at()
                ))
            })?;
            let kind = obj
                .get("type")
                .and_then(Value::as_str)
                .ok_or_else(|| ParseError(format!("{}: \"type\" is missing", at())))?;
            let value = obj
                .get("value")
                .and_then(Value::as_str)
                .ok_or_else(|| ParseError(format!("{}: \"value\" is missing or not text", at())))?;
            Ok(Some(Term {
                kind,
                value,
                datatype: obj.get("datatype").and_then(Value::as_str),
            }))
        };
        let item_term =
            term("item")?.ok_or_else(|| ParseError(format!("binding {row}: ?item is missing")))?;
        let item = item_of(&item_term, row, "item")?;
        extract.covered.insert(item);
        let info = extract.items.entry(item).or_default();
        merge_info(
            info,
            row,
            [
                ("itemLabel", term("itemLabel")?),
                ("geonames", term("geonames")?.or(term("itemGeonames")?)),
                ("country", term("country")?.or(term("itemCountry")?)),
            ],
        )?;
        let Some(partner_term) = term("partner")? else {
            // An item without twinning (OPTIONAL in the query): covered, with no statements.
            continue;
        };
        if partner_term.kind == "bnode" || is_unknown_value(partner_term.value) {
            // "unknown value": a statement without a partner to compare.
            continue;
        }
        let partner = item_of(&partner_term, row, "partner")?;
        let info = extract.items.entry(partner).or_default();
        merge_info(
            info,
            row,
            [
                ("partnerLabel", term("partnerLabel")?),
                ("partnerGeonames", term("partnerGeonames")?),
                ("partnerCountry", term("partnerCountry")?),
            ],
        )?;
        let start = date_of(term("start")?, term("startPrecision")?, row, "start")?;
        let end = date_of(term("end")?, term("endPrecision")?, row, "end")?;
        extract.twinnings.push(Twinning {
            item,
            partner,
            start,
            end,
        });
    }
    Ok(extract)
}

fn is_unknown_value(value: &str) -> bool {
    value.starts_with("http://www.wikidata.org/.well-known/genid/")
}

fn item_of(term: &Term<'_>, row: usize, var: &str) -> Result<ItemId, ParseError> {
    let at = format!("binding {row}, ?{var}");
    if term.kind != "uri" {
        return fail(format!(
            "{at}: expected a Wikidata item address, found a {}",
            safe_kind(term.kind)
        ));
    }
    ItemId::from_uri(term.value).ok_or_else(|| {
        ParseError(format!(
            "{at}: '{}' is not a Wikidata item address (http://www.wikidata.org/entity/Q…)",
            shorten(term.value)
        ))
    })
}

fn safe_kind(kind: &str) -> String {
    match kind {
        "literal" | "typed-literal" | "bnode" | "uri" => kind.to_owned(),
        other => format!("value of type '{}'", shorten(other)),
    }
}

/// At most 60 characters of a value, for messages.
fn shorten(text: &str) -> String {
    let mut out: String = text.chars().filter(|c| !c.is_control()).take(60).collect();
    if text.chars().count() > 60 {
        out.push('…');
    }
    out
}

fn merge_info(
    info: &mut ItemInfo,
    row: usize,
    terms: [(&str, Option<Term<'_>>); 3],
) -> Result<(), ParseError> {
    let [
        (label_var, label),
        (geo_var, geonames),
        (country_var, country),
    ] = terms;
    if let Some(label) = label {
        let at = format!("binding {row}, ?{label_var}");
        if label.kind != "literal" {
            return fail(format!(
                "{at}: expected a text, found a {}",
                safe_kind(label.kind)
            ));
        }
        if label.value.chars().count() > MAX_LABEL {
            return fail(format!("{at}: longer than {MAX_LABEL} characters"));
        }
        // The label service answers the id itself when no label exists: no name.
        if ItemId::parse(label.value).is_none() && !label.value.trim().is_empty() {
            info.label
                .get_or_insert_with(|| label.value.trim().to_owned());
        }
    }
    if let Some(g) = geonames {
        let at = format!("binding {row}, ?{geo_var}");
        info.geonames_id = Some(geonames_id(g.value).ok_or_else(|| {
            ParseError(format!(
                "{at}: '{}' is not a GeoNames id (a positive number)",
                shorten(g.value)
            ))
        })?);
    }
    if let Some(c) = country {
        let at = format!("binding {row}, ?{country_var}");
        let code = c.value.trim();
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_alphabetic()) {
            return fail(format!(
                "{at}: '{}' is not an ISO 3166-1 alpha-2 code (select ?country from wdt:P297)",
                shorten(c.value)
            ));
        }
        info.country = Some(code.to_ascii_uppercase());
    }
    Ok(())
}

fn geonames_id(text: &str) -> Option<u64> {
    let text = text.trim();
    if text.is_empty() || text.len() > 12 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().filter(|n| *n > 0)
}

fn date_of(
    term: Option<Term<'_>>,
    precision: Option<Term<'_>>,
    row: usize,
    var: &str,
) -> Result<Option<PartialDate>, ParseError> {
    let Some(term) = term else {
        return Ok(None);
    };
    let at = format!("binding {row}, ?{var}");
    // "unknown value" or "no value" comes as a blank node or a well-known address.
    if term.kind == "bnode" || term.kind == "uri" {
        return Ok(None);
    }
    if let Some(datatype) = term.datatype
        && datatype != XSD_DATETIME
    {
        return fail(format!(
            "{at}: expected an xsd:dateTime, found '{}'",
            shorten(datatype)
        ));
    }
    let precision = match precision {
        None => None,
        Some(p) => Some(p.value.trim().parse::<u8>().map_err(|_| {
            ParseError(format!("binding {row}, ?{var}Precision: '{}' is not a precision (9 year, 10 month, 11 day)", shorten(p.value)))
        })?),
    };
    wikidata_time(term.value, precision).map_err(|why| ParseError(format!("{at}: {why}")))
}

/// Reads Wikidata's time: `2003-01-01T00:00:00Z` (query service) or `+2003-00-00T00:00:00Z`
/// (dump), at `precision` (9 year, 10 month, 11 day and finer). Without a precision, the query
/// service's quirk is undone: it writes a year as 1 January and a month as its first day, so
/// `-01-01` is read as the year and `-01` as the month. Coarser precisions (decades, centuries)
/// give no date to compare.
pub fn wikidata_time(text: &str, precision: Option<u8>) -> Result<Option<PartialDate>, String> {
    let shown = shorten(text);
    let bad = || format!("'{shown}' is not a date and time such as 2003-01-01T00:00:00Z");
    let text = text.strip_prefix('+').unwrap_or(text);
    if text.starts_with('-') {
        // Before the common era: not a date of a twinning.
        return Err(format!("'{shown}' lies before the year 1"));
    }
    let (date, _time) = text.split_once('T').ok_or_else(bad)?;
    let mut parts = date.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    let number = |s: &str, width: usize| -> Option<u16> {
        (s.len() == width && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
    };
    let year = y
        .trim_start_matches('0')
        .parse::<u16>()
        .ok()
        .filter(|y| (1..=9999).contains(y))
        .ok_or_else(|| format!("'{shown}': the year is not between 1 and 9999"))?;
    let (month, day) = (number(m, 2).ok_or_else(bad)?, number(d, 2).ok_or_else(bad)?);
    let precision = precision.unwrap_or(match (month, day) {
        (0 | 1, 0 | 1) => 9,
        (_, 0 | 1) => 10,
        _ => 11,
    });
    let text = match precision {
        0..=8 => return Ok(None),
        9 => format!("{year:04}"),
        10 if month >= 1 => format!("{year:04}-{month:02}"),
        _ if month >= 1 && day >= 1 => format!("{year:04}-{month:02}-{day:02}"),
        _ => {
            return Err(format!(
                "'{shown}': precision {precision} needs a month and a day"
            ));
        }
    };
    PartialDate::parse(&text)
        .map(Some)
        .map_err(|e| format!("'{shown}': {e}"))
}

fn parse_entity_list<V: std::borrow::Borrow<Value>>(
    entities: Vec<(String, V)>,
) -> Result<Extract, ParseError> {
    let mut extract = Extract::default();
    let mut statements = 0usize;
    for (key, entity) in &entities {
        let entity: &Value = entity.borrow();
        if matches!(
            entity.get("type").and_then(Value::as_str),
            Some("property" | "lexeme" | "mediainfo")
        ) {
            // Dumps hold properties and lexemes too; they twin nothing.
            continue;
        }
        let at = format!("entity {}", shorten(key));
        let item = ItemId::parse(key).ok_or_else(|| {
            ParseError(format!(
                "{at}: the key is not a Wikidata item id (Q followed by digits)"
            ))
        })?;
        let entity = entity
            .as_object()
            .ok_or_else(|| ParseError(format!("{at}: not an object")))?;
        if let Some(id) = entity.get("id")
            && id.as_str() != Some(key.as_str())
        {
            return fail(format!("{at}: its \"id\" does not match its key"));
        }
        extract.covered.insert(item);
        let info = extract.items.entry(item).or_default();
        info.label = entity_label(entity, &at)?;
        let claims = match entity.get("claims") {
            None => continue,
            Some(c) => c
                .as_object()
                .ok_or_else(|| ParseError(format!("{at}: \"claims\" is not an object")))?,
        };
        if let Some(g) = claims.get("P1566") {
            for (i, claim) in claim_list(g, &at, "P1566")?.iter().enumerate() {
                if let Some(Value::String(g)) =
                    main_value(claim, &format!("{at}, P1566 #{}", i + 1))?
                {
                    info.geonames_id = Some(geonames_id(g).ok_or_else(|| {
                        ParseError(format!(
                            "{at}, P1566 #{}: '{}' is not a GeoNames id",
                            i + 1,
                            shorten(g)
                        ))
                    })?);
                    break;
                }
            }
        }
        let Some(p190) = claims.get("P190") else {
            continue;
        };
        for (i, claim) in claim_list(p190, &at, "P190")?.iter().enumerate() {
            let where_ = format!("{at}, P190 #{}", i + 1);
            if claim.get("rank").and_then(Value::as_str) == Some("deprecated") {
                continue;
            }
            let Some(value) = main_value(claim, &where_)? else {
                continue;
            };
            let partner = entity_id(value)
                .ok_or_else(|| ParseError(format!("{where_}: the value is not an item")))?;
            statements += 1;
            if statements > MAX_STATEMENTS {
                return fail(format!("more than {MAX_STATEMENTS} statements"));
            }
            let qualifier = |property: &str| -> Result<Option<PartialDate>, ParseError> {
                let Some(list) = claim.get("qualifiers").and_then(|q| q.get(property)) else {
                    return Ok(None);
                };
                let list = list
                    .as_array()
                    .ok_or_else(|| ParseError(format!("{where_}, {property}: not a list")))?;
                for snak in list {
                    if snak.get("snaktype").and_then(Value::as_str) != Some("value") {
                        continue;
                    }
                    let time = snak
                        .get("datavalue")
                        .and_then(|d| d.get("value"))
                        .ok_or_else(|| ParseError(format!("{where_}, {property}: no value")))?;
                    let text = time.get("time").and_then(Value::as_str).ok_or_else(|| {
                        ParseError(format!("{where_}, {property}: not a time value"))
                    })?;
                    let precision = time
                        .get("precision")
                        .and_then(Value::as_u64)
                        .map(|p| p.min(u64::from(u8::MAX)) as u8);
                    return wikidata_time(text, precision.or(Some(11)))
                        .map_err(|why| ParseError(format!("{where_}, {property}: {why}")));
                }
                Ok(None)
            };
            let (start, end) = (qualifier("P580")?, qualifier("P582")?);
            extract.items.entry(partner).or_default();
            extract.twinnings.push(Twinning {
                item,
                partner,
                start,
                end,
            });
        }
    }
    Ok(extract)
}

/// The label in German, else English, else the first.
fn entity_label(entity: &Map<String, Value>, at: &str) -> Result<Option<String>, ParseError> {
    let Some(labels) = entity.get("labels") else {
        return Ok(None);
    };
    let labels = labels
        .as_object()
        .ok_or_else(|| ParseError(format!("{at}: \"labels\" is not an object")))?;
    let pick = labels
        .get("de")
        .or_else(|| labels.get("en"))
        .or_else(|| labels.values().next());
    let Some(label) = pick else {
        return Ok(None);
    };
    let text = label
        .get("value")
        .and_then(Value::as_str)
        .ok_or_else(|| ParseError(format!("{at}: a label without text")))?;
    if text.chars().count() > MAX_LABEL {
        return fail(format!(
            "{at}: the label is longer than {MAX_LABEL} characters"
        ));
    }
    Ok(Some(text.trim().to_owned()).filter(|t| !t.is_empty()))
}

fn claim_list<'a>(
    value: &'a Value,
    at: &str,
    property: &str,
) -> Result<&'a Vec<Value>, ParseError> {
    value
        .as_array()
        .ok_or_else(|| ParseError(format!("{at}: claims of {property} are not a list")))
}

/// The main value of a statement; `None` for "unknown value" and "no value".
fn main_value<'a>(claim: &'a Value, at: &str) -> Result<Option<&'a Value>, ParseError> {
    let snak = claim
        .get("mainsnak")
        .ok_or_else(|| ParseError(format!("{at}: the statement has no mainsnak")))?;
    match snak.get("snaktype").and_then(Value::as_str) {
        Some("value") => snak
            .get("datavalue")
            .and_then(|d| d.get("value"))
            .map(Some)
            .ok_or_else(|| ParseError(format!("{at}: a value statement without value"))),
        Some("somevalue" | "novalue") => Ok(None),
        _ => fail(format!("{at}: the mainsnak has no valid snaktype")),
    }
}

fn entity_id(value: &Value) -> Option<ItemId> {
    if let Some(id) = value.get("id").and_then(Value::as_str) {
        return ItemId::parse(id);
    }
    if value.get("entity-type").and_then(Value::as_str) == Some("item") {
        return value
            .get("numeric-id")
            .and_then(Value::as_u64)
            .and_then(ItemId::from_number);
    }
    None
}

/// What the extract holds, in a line: "12 statements about 8 items".
pub fn describe(extract: &Extract) -> String {
    let labels: BTreeMap<_, _> = extract.items.iter().collect();
    format!(
        "{} twinning statements, {} items ({} with their statements listed)",
        extract.twinnings.len(),
        labels.len(),
        extract.covered.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn q(n: u64) -> ItemId {
        ItemId::from_number(n).unwrap()
    }

    fn result(vars: &str, bindings: &str) -> String {
        format!(r#"{{"head":{{"vars":[{vars}]}},"results":{{"bindings":[{bindings}]}}}}"#)
    }

    fn uri(n: u64) -> String {
        format!(r#"{{"type":"uri","value":"http://www.wikidata.org/entity/Q{n}"}}"#)
    }

    fn time(text: &str) -> String {
        format!(
            r#"{{"datatype":"http://www.w3.org/2001/XMLSchema#dateTime","type":"literal","value":"{text}"}}"#
        )
    }

    #[test]
    fn a_query_result_gives_statements_labels_and_dates() {
        let doc = result(
            r#""item","itemLabel","partner","partnerLabel","start","extra""#,
            &format!(
                r#"{{"item":{},"itemLabel":{{"xml:lang":"de","type":"literal","value":"Wernigerode"}},"partner":{},"partnerLabel":{{"type":"literal","value":"Q5"}},"start":{},"extra":{{"type":"literal","value":"x"}}}}"#,
                uri(1),
                uri(5),
                time("2003-01-01T00:00:00Z")
            ),
        );
        let e = parse(doc.as_bytes()).unwrap();
        assert_eq!(e.twinnings.len(), 1);
        assert_eq!(
            e.twinnings[0].start.map(|d| d.to_string()).as_deref(),
            Some("2003")
        );
        assert_eq!(e.items[&q(1)].label.as_deref(), Some("Wernigerode"));
        assert_eq!(
            e.items[&q(5)].label,
            None,
            "the label service's fallback id is no name"
        );
        assert!(e.covered.contains(&q(1)) && !e.covered.contains(&q(5)));
    }

    #[test]
    fn the_query_services_dates_are_read_at_their_likely_precision() {
        let t = |s: &str, p: Option<u8>| wikidata_time(s, p).unwrap().map(|d| d.to_string());
        assert_eq!(t("2003-01-01T00:00:00Z", None).as_deref(), Some("2003"));
        assert_eq!(t("2007-07-01T00:00:00Z", None).as_deref(), Some("2007-07"));
        assert_eq!(
            t("2007-07-12T00:00:00Z", None).as_deref(),
            Some("2007-07-12")
        );
        assert_eq!(
            t("2003-01-01T00:00:00Z", Some(11)).as_deref(),
            Some("2003-01-01")
        );
        assert_eq!(t("+2003-00-00T00:00:00Z", Some(9)).as_deref(), Some("2003"));
        assert_eq!(
            t("+1990-00-00T00:00:00Z", Some(8)),
            None,
            "a decade is no date to compare"
        );
        assert!(wikidata_time("-0500-00-00T00:00:00Z", Some(9)).is_err());
        assert!(wikidata_time("2003-02-30T00:00:00Z", Some(11)).is_err());
        assert!(wikidata_time("yesterday", None).is_err());
        assert!(wikidata_time("+2003-00-00T00:00:00Z", Some(11)).is_err());
    }

    #[test]
    fn a_malformed_binding_is_refused_with_its_place() {
        let doc = result(
            r#""item","partner""#,
            &format!(
                r#"{{"item":{}}},{{"item":{},"partner":{{"type":"uri","value":"http://example.org/Q12"}}}}"#,
                uri(1),
                uri(2)
            ),
        );
        let e = parse(doc.as_bytes()).unwrap_err().0;
        assert!(e.contains("binding 2, ?partner"), "{e}");
        assert!(e.contains("not a Wikidata item address"), "{e}");
    }

    #[test]
    fn hostile_and_malformed_documents_get_clear_messages() {
        let cases: [(&[u8], &str); 9] = [
            (b"", "empty"),
            (b"\xff\xfe", "not UTF-8"),
            (b"<html>", "not JSON"),
            (b"[1,2]", "expected a JSON object"),
            (b"{\"a\":1}", "neither a query result"),
            (br#"{"head":{"vars":["x"]},"results":{"bindings":[]}}"#, "no variable ?item"),
            (br#"{"head":{"vars":["item"]},"results":{}}"#, "results.bindings"),
            (
                br#"{"head":{"vars":["item"]},"results":{"bindings":[{"item":{"type":"literal","value":"Q12; DROP TABLE bodies"}}]}}"#,
                "binding 1, ?item: expected a Wikidata item address",
            ),
            (br#"{"entities":{"Q1; DROP":{}}}"#, "not a Wikidata item id"),
        ];
        for (input, phrase) in cases {
            let e = parse(input).unwrap_err().0;
            assert!(e.contains(phrase), "{phrase:?} expected in {e:?}");
        }
        let long = "x".repeat(MAX_LABEL + 1);
        let doc = result(
            r#""item","itemLabel""#,
            &format!(
                r#"{{"item":{},"itemLabel":{{"type":"literal","value":"{long}"}}}}"#,
                uri(1)
            ),
        );
        assert!(parse(doc.as_bytes()).unwrap_err().0.contains("longer than"));
        let huge = vec![b' '; MAX_BYTES + 1];
        assert!(parse(&huge).unwrap_err().0.contains("at most"));
    }

    #[test]
    fn a_dump_extract_gives_ranked_statements_with_qualifiers() {
        let doc = r#"{"entities":{"Q1":{"id":"Q1","labels":{"en":{"language":"en","value":"A"},"de":{"language":"de","value":"A-de"}},
          "claims":{
            "P1566":[{"mainsnak":{"snaktype":"value","datavalue":{"value":"2950159","type":"string"}}}],
            "P190":[
              {"mainsnak":{"snaktype":"value","datavalue":{"value":{"entity-type":"item","numeric-id":2,"id":"Q2"},"type":"wikibase-entityid"}},
               "qualifiers":{"P580":[{"snaktype":"value","datavalue":{"value":{"time":"+1995-00-00T00:00:00Z","precision":9},"type":"time"}}]},
               "rank":"normal"},
              {"mainsnak":{"snaktype":"value","datavalue":{"value":{"entity-type":"item","numeric-id":3},"type":"wikibase-entityid"}},"rank":"deprecated"},
              {"mainsnak":{"snaktype":"somevalue"},"rank":"normal"}
            ]}}}}"#;
        let e = parse(doc.as_bytes()).unwrap();
        assert_eq!(e.twinnings.len(), 1);
        assert_eq!(e.twinnings[0].partner, q(2));
        assert_eq!(
            e.twinnings[0].start.map(|d| d.to_string()).as_deref(),
            Some("1995")
        );
        assert_eq!(e.items[&q(1)].label.as_deref(), Some("A-de"));
        assert_eq!(e.items[&q(1)].geonames_id, Some(2950159));
        assert!(e.covered.contains(&q(1)));
    }

    #[test]
    fn lines_cut_from_the_json_dump_are_read_one_entity_per_line() {
        let entity = |q: u64, partner: u64| {
            format!(
                r#"{{"type":"item","id":"Q{q}","claims":{{"P190":[{{"mainsnak":{{"snaktype":"value","datavalue":{{"value":{{"entity-type":"item","id":"Q{partner}"}},"type":"wikibase-entityid"}}}},"rank":"normal"}}]}}}}"#
            )
        };
        let lines = format!(
            "[\n{},\n{{\"type\":\"property\",\"id\":\"P190\",\"claims\":{{}}}},\n{}\n]\n",
            entity(1, 2),
            entity(2, 1)
        );
        let e = parse(lines.as_bytes()).unwrap();
        assert_eq!(e.twinnings.len(), 2);
        assert!(e.covered.contains(&q(1)) && e.covered.contains(&q(2)));
        let array = format!("[{},{}]", entity(1, 2), entity(2, 1));
        assert_eq!(parse(array.as_bytes()).unwrap(), e);
        let broken = format!("{}\n{{\"id\": ", entity(1, 2));
        assert!(parse(broken.as_bytes()).unwrap_err().0.contains("not JSON"));
    }

    proptest! {
        #[test]
        fn any_bytes_are_read_or_refused_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = parse(&bytes);
        }

        #[test]
        fn any_text_in_a_binding_is_read_or_refused_without_panic(
            item in ".{0,40}", kind in "(uri|literal|bnode|[a-z]{0,6})", start in ".{0,30}", precision in ".{0,4}"
        ) {
            let doc = serde_json::json!({
                "head": {"vars": ["item", "partner", "start", "startPrecision"]},
                "results": {"bindings": [{
                    "item": {"type": kind, "value": item},
                    "partner": {"type": "uri", "value": format!("http://www.wikidata.org/entity/{item}")},
                    "start": {"type": "literal", "datatype": XSD_DATETIME, "value": start},
                    "startPrecision": {"type": "literal", "value": precision},
                }]}
            });
            let _ = parse(doc.to_string().as_bytes());
        }

        #[test]
        fn any_time_text_is_read_or_refused_without_panic(text in ".{0,40}", precision in proptest::option::of(any::<u8>())) {
            let _ = wikidata_time(&text, precision);
        }
    }
}
