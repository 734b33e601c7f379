//! The columns of the two sheets: reading a row's cells into a typed row, applying a row to a
//! record of `domain::records`, and a record's cells for an export. Column names are stable keys
//! (English, snake_case) so files keep working whatever the language of the workbench.

use std::collections::{BTreeSet, HashMap};

use super::{BodyRow, FileError, Parsed, PartnershipRow, Problem, SheetKind, Workbook};
use crate::domain::records::{BodyRecord, MilestoneRecord, PartnershipRecord};
use crate::domain::values::{CountryCode, PartialDate, Slug};
use crate::domain::vocab::{
    BodyKind, MilestoneType, PartnershipKind, PartnershipLevel, PartnershipStatus, Topic,
};
use crate::io::export::spreadsheet_safe;

pub const BODY_COLUMNS: &[&str] = &[
    "slug",
    "name",
    "kind",
    "country",
    "parent",
    "latitude",
    "longitude",
    "nuts_code",
    "lau_code",
    "wikidata_id",
    "geonames_id",
    "iso_3166_2",
    "website",
    "valid_from",
    "valid_to",
    "published",
];

pub const PARTNERSHIP_COLUMNS: &[&str] = &[
    "slug",
    "home",
    "partner",
    "level",
    "kind",
    "status",
    "topics",
    "since",
    "published",
];

/// One cell as read from a file.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A cell holding a formula (its text): refused, never evaluated.
    Formula(String),
}

/// One cell to write.
#[derive(Debug, Clone, PartialEq)]
pub enum OutCell {
    Empty,
    /// Text, already defused (see [`escape`]).
    Text(String),
    Number(f64),
}

impl OutCell {
    /// The cell as CSV text.
    pub fn to_text(&self) -> String {
        match self {
            OutCell::Empty => String::new(),
            OutCell::Text(t) => t.clone(),
            OutCell::Number(n) => n.to_string(),
        }
    }
}

/// Text as written into a cell: formulas defused by the one CSV-injection defuser; text that starts
/// with an apostrophe gets one more, so reading (which removes one) gives back exactly the text.
pub fn escape(text: &str) -> String {
    if text.starts_with('\'') {
        format!("'{text}")
    } else {
        spreadsheet_safe(text)
    }
}

/// The inverse of [`escape`] for text read from a cell.
pub fn unescape(text: &str) -> &str {
    text.strip_prefix('\'').unwrap_or(text)
}

/// A number as text: integers without a decimal point (a LAU code or GeoNames id a spreadsheet
/// turned into a number), others in Rust's shortest round-tripping form.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

fn text_cell(text: &str) -> OutCell {
    if text.is_empty() {
        OutCell::Empty
    } else {
        OutCell::Text(escape(text))
    }
}

fn optional_text(text: &Option<String>) -> OutCell {
    text.as_deref().map_or(OutCell::Empty, text_cell)
}

fn optional_number(n: Option<f64>) -> OutCell {
    n.map_or(OutCell::Empty, OutCell::Number)
}

fn optional_date(d: Option<PartialDate>) -> OutCell {
    d.map_or(OutCell::Empty, |d| OutCell::Text(d.to_string()))
}

fn yes_no(b: bool) -> OutCell {
    OutCell::Text(if b { "yes" } else { "no" }.into())
}

/// The header of a sheet checked against its columns: where each column is.
pub fn header_positions(
    kind: SheetKind,
    header: &[Cell],
) -> Result<HashMap<&'static str, usize>, FileError> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let (mut duplicate, mut unknown) = (BTreeSet::new(), Vec::new());
    for (i, cell) in header.iter().enumerate() {
        let name = match cell {
            Cell::Text(t) => unescape(t.trim()).trim().to_lowercase(),
            Cell::Number(n) => number_text(*n),
            Cell::Formula(f) => f.clone(),
            Cell::Empty => continue,
        };
        if name.is_empty() {
            continue;
        }
        if !kind.columns().contains(&name.as_str()) {
            unknown.push(name);
        } else if seen.insert(name.clone(), i).is_some() {
            duplicate.insert(name);
        }
    }
    if !duplicate.is_empty() {
        return Err(FileError::DuplicateColumns {
            sheet: kind,
            columns: duplicate.into_iter().collect(),
        });
    }
    if !unknown.is_empty() {
        return Err(FileError::UnknownColumns {
            sheet: kind,
            columns: unknown,
        });
    }
    let missing: Vec<String> = kind
        .columns()
        .iter()
        .filter(|c| !seen.contains_key(**c))
        .map(|c| c.to_string())
        .collect();
    if !missing.is_empty() {
        return Err(FileError::MissingColumns {
            sheet: kind,
            columns: missing,
        });
    }
    Ok(kind.columns().iter().map(|c| (*c, seen[*c])).collect())
}

/// Guesses the kind of a CSV file from its header: partnerships name their two bodies.
pub fn kind_of_header(header: &[Cell]) -> SheetKind {
    let names: Vec<String> = header
        .iter()
        .filter_map(|c| match c {
            Cell::Text(t) => Some(unescape(t.trim()).trim().to_lowercase()),
            _ => None,
        })
        .collect();
    if names.iter().any(|n| n == "home" || n == "partner") {
        SheetKind::Partnerships
    } else {
        SheetKind::Bodies
    }
}

/// Whether every cell of a row is blank (spreadsheets often carry such rows at the end).
pub fn is_blank(cells: &[Cell]) -> bool {
    cells.iter().all(|c| match c {
        Cell::Empty => true,
        Cell::Text(t) => t.trim().is_empty(),
        _ => false,
    })
}

/// Reads the cells of one row, collecting every problem rather than stopping at the first.
struct RowReader<'a> {
    cells: &'a [Cell],
    positions: &'a HashMap<&'static str, usize>,
    problems: Vec<Problem>,
}

impl<'a> RowReader<'a> {
    fn new(cells: &'a [Cell], positions: &'a HashMap<&'static str, usize>) -> Self {
        let mut problems = Vec::new();
        let last = positions.values().copied().max().unwrap_or(0);
        if cells
            .iter()
            .skip(last + 1)
            .any(|c| !is_blank(std::slice::from_ref(c)))
        {
            problems.push(Problem::new(
                None,
                "beyond-header",
                "the row has values to the right of the last column",
            ));
        }
        RowReader {
            cells,
            positions,
            problems,
        }
    }

    /// The cell's text, `None` when blank.
    fn text(&mut self, column: &'static str) -> Option<String> {
        let cell = self
            .cells
            .get(self.positions[column])
            .unwrap_or(&Cell::Empty);
        match cell {
            Cell::Empty => None,
            Cell::Text(t) => {
                let t = unescape(t.trim());
                (!t.is_empty()).then(|| t.to_owned())
            }
            Cell::Number(n) => Some(number_text(*n)),
            Cell::Formula(f) => {
                self.problems.push(Problem::new(
                    Some(column),
                    "formula",
                    format!(
                        "the cell holds a formula ({}); formulas are not imported, enter the value itself",
                        f.chars().take(40).collect::<String>()
                    ),
                ));
                None
            }
        }
    }

    fn required(&mut self, column: &'static str) -> Option<String> {
        let value = self.text(column);
        if value.is_none() && !self.has_formula(column) {
            self.problems.push(Problem::new(
                Some(column),
                "required",
                "this column must not be empty",
            ));
        }
        value
    }

    fn has_formula(&self, column: &'static str) -> bool {
        matches!(
            self.cells.get(self.positions[column]),
            Some(Cell::Formula(_))
        )
    }

    fn slug(&mut self, column: &'static str, value: Option<String>) -> Option<String> {
        let value = value?;
        match Slug::parse(&value) {
            Ok(_) => Some(value),
            Err(e) => {
                self.problems.push(Problem::new(Some(column), "slug", e.0));
                None
            }
        }
    }

    fn vocab<T>(
        &mut self,
        column: &'static str,
        parse: fn(&str) -> Option<T>,
        keys: fn() -> String,
    ) -> Option<T> {
        let value = self.required(column)?;
        let found = parse(&value);
        if found.is_none() {
            self.problems.push(Problem::new(
                Some(column),
                "vocabulary",
                format!("'{value}' is not one of {}", keys()),
            ));
        }
        found
    }

    fn number(&mut self, column: &'static str) -> Option<f64> {
        let cell = self
            .cells
            .get(self.positions[column])
            .unwrap_or(&Cell::Empty);
        if let Cell::Number(n) = cell {
            return Some(*n);
        }
        let text = self.text(column)?;
        // A spreadsheet saved in German or French writes decimal commas.
        let normalised = if text.contains('.') {
            text.clone()
        } else {
            text.replacen(',', ".", 1)
        };
        match normalised.parse::<f64>() {
            Ok(n) if n.is_finite() => Some(n),
            _ => {
                self.problems.push(Problem::new(
                    Some(column),
                    "number",
                    format!("'{text}' is not a number"),
                ));
                None
            }
        }
    }

    fn date(&mut self, column: &'static str) -> Option<PartialDate> {
        let text = self.text(column)?;
        match PartialDate::parse(&text) {
            Ok(d) => Some(d),
            Err(e) => {
                self.problems.push(Problem::new(Some(column), "date", e.0));
                None
            }
        }
    }

    fn flag(&mut self, column: &'static str) -> Option<bool> {
        let text = self.required(column)?;
        match text.to_lowercase().as_str() {
            "yes" | "true" | "1" | "ja" | "wahr" | "oui" | "tak" | "da" => Some(true),
            "no" | "false" | "0" | "nein" | "falsch" | "non" | "nie" | "nu" => Some(false),
            _ => {
                self.problems.push(Problem::new(
                    Some(column),
                    "yes-no",
                    format!("'{text}' is neither yes nor no"),
                ));
                None
            }
        }
    }

    fn finish<T>(self, value: Option<T>) -> Result<T, Vec<Problem>> {
        match value {
            Some(v) if self.problems.is_empty() => Ok(v),
            _ => Err(self.problems),
        }
    }
}

pub fn read_body_row(
    cells: &[Cell],
    positions: &HashMap<&'static str, usize>,
) -> Result<BodyRow, Vec<Problem>> {
    let mut r = RowReader::new(cells, positions);
    let slug = r.required("slug");
    let slug = r.slug("slug", slug);
    let name = r.required("name");
    let kind = r.vocab("kind", BodyKind::parse, BodyKind::keys);
    let country = r
        .required("country")
        .and_then(|c| match CountryCode::parse(&c) {
            Ok(c) => Some(c),
            Err(e) => {
                r.problems
                    .push(Problem::new(Some("country"), "country", e.0));
                None
            }
        });
    let parent = r.text("parent");
    let parent_ok = parent.is_none() || r.slug("parent", parent.clone()).is_some();
    let latitude = r.number("latitude");
    let longitude = r.number("longitude");
    let nuts_code = r.text("nuts_code");
    let lau_code = r.text("lau_code");
    let wikidata_id = r.text("wikidata_id");
    let geonames_id = r.text("geonames_id").and_then(|t| match t.parse::<u32>() {
        Ok(id) if id > 0 => Some(id),
        _ => {
            r.problems.push(Problem::new(
                Some("geonames_id"),
                "geonames",
                format!("'{t}' is not a GeoNames id (a positive whole number)"),
            ));
            None
        }
    });
    let iso_3166_2 = r.text("iso_3166_2");
    let website = r.text("website");
    let valid_from = r.date("valid_from");
    let valid_to = r.date("valid_to");
    let published = r.flag("published");
    let row = match (slug, name, kind, country, published, parent_ok) {
        (Some(slug), Some(name), Some(kind), Some(country), Some(published), true) => {
            Some(BodyRow {
                slug,
                name,
                kind,
                country,
                parent,
                latitude,
                longitude,
                nuts_code,
                lau_code,
                wikidata_id,
                geonames_id,
                iso_3166_2,
                website,
                valid_from,
                valid_to,
                published,
            })
        }
        _ => None,
    };
    r.finish(row)
}

pub fn read_partnership_row(
    cells: &[Cell],
    positions: &HashMap<&'static str, usize>,
) -> Result<PartnershipRow, Vec<Problem>> {
    let mut r = RowReader::new(cells, positions);
    let slug = r.text("slug");
    let slug_ok = slug.is_none() || r.slug("slug", slug.clone()).is_some();
    let home = r.required("home");
    let home = r.slug("home", home);
    let partner = r.required("partner");
    let partner = r.slug("partner", partner);
    let level = r.vocab("level", PartnershipLevel::parse, PartnershipLevel::keys);
    let kind = r.vocab("kind", PartnershipKind::parse, PartnershipKind::keys);
    let status = r.vocab("status", PartnershipStatus::parse, PartnershipStatus::keys);
    let mut topics = Vec::new();
    let mut topics_ok = true;
    if let Some(text) = r.text("topics") {
        for key in text
            .split([';', ','])
            .map(str::trim)
            .filter(|k| !k.is_empty())
        {
            match Topic::parse(key) {
                Some(t) if !topics.contains(&t) => topics.push(t),
                Some(_) => {}
                None => {
                    topics_ok = false;
                    r.problems.push(Problem::new(
                        Some("topics"),
                        "vocabulary",
                        format!("'{key}' is not one of {}", Topic::keys()),
                    ));
                }
            }
        }
    }
    let since = r.date("since");
    let published = r.flag("published");
    let row = match (
        home,
        partner,
        level,
        kind,
        status,
        published,
        slug_ok && topics_ok,
    ) {
        (
            Some(home),
            Some(partner),
            Some(level),
            Some(kind),
            Some(status),
            Some(published),
            true,
        ) => Some(PartnershipRow {
            slug,
            home,
            partner,
            level,
            kind,
            status,
            topics,
            since,
            published,
        }),
        _ => None,
    };
    r.finish(row)
}

/// Rows that repeat an earlier row's record (the same slug; for new partnerships, the same two
/// bodies) are refused: which of the two is meant cannot be known.
pub fn refuse_duplicates(workbook: &mut Workbook) {
    let mut bodies: HashMap<String, usize> = HashMap::new();
    for parsed in &mut workbook.bodies {
        if let Ok(row) = &parsed.value {
            if let Some(first) = bodies.get(&row.slug) {
                parsed.value = Err(vec![duplicate("slug", &row.slug, *first)]);
            } else {
                bodies.insert(row.slug.clone(), parsed.row);
            }
        }
    }
    let mut slugs: HashMap<String, usize> = HashMap::new();
    let mut pairs: HashMap<(String, String), usize> = HashMap::new();
    for parsed in &mut workbook.partnerships {
        if let Ok(row) = &parsed.value {
            let pair = if row.home < row.partner {
                (row.home.clone(), row.partner.clone())
            } else {
                (row.partner.clone(), row.home.clone())
            };
            if let Some(first) = row.slug.as_ref().and_then(|s| slugs.get(s)) {
                let slug = row.slug.clone().unwrap_or_default();
                parsed.value = Err(vec![duplicate("slug", &slug, *first)]);
            } else if let Some(first) = pairs.get(&pair) {
                parsed.value = Err(vec![Problem::new(
                    Some("partner"),
                    "duplicate-row",
                    format!("row {first} already joins '{}' and '{}'", pair.0, pair.1),
                )]);
            } else {
                if let Some(slug) = &row.slug {
                    slugs.insert(slug.clone(), parsed.row);
                }
                pairs.insert(pair, parsed.row);
            }
        }
    }
}

fn duplicate(column: &str, value: &str, first: usize) -> Problem {
    Problem::new(
        Some(column),
        "duplicate-row",
        format!("row {first} already has '{value}'"),
    )
}

/// The order to write body rows in: a body whose parent is created by another row of the file
/// comes after it. Rows caught in a cycle of parents come last, in file order (their writes are
/// refused for the missing parent).
pub fn body_write_order(rows: &[Parsed<BodyRow>]) -> Vec<usize> {
    let index: HashMap<&str, usize> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.value.as_ref().ok().map(|r| (r.slug.as_str(), i)))
        .collect();
    let mut done = vec![false; rows.len()];
    let mut order = Vec::with_capacity(rows.len());
    loop {
        let before = order.len();
        for (i, parsed) in rows.iter().enumerate() {
            if done[i] {
                continue;
            }
            let waits = parsed
                .value
                .as_ref()
                .ok()
                .and_then(|r| r.parent.as_deref())
                .and_then(|p| index.get(p))
                .is_some_and(|&j| j != i && !done[j]);
            if !waits {
                done[i] = true;
                order.push(i);
            }
        }
        if order.len() == rows.len() {
            return order;
        }
        if order.len() == before {
            order.extend((0..rows.len()).filter(|&i| !done[i]));
            return order;
        }
    }
}

/// A new body from a row: everything the sheet does not carry starts empty.
pub fn new_body(row: &BodyRow) -> BodyRecord {
    let mut record: BodyRecord = serde_json::from_value(serde_json::json!({
        "slug": row.slug, "name": row.name, "kind": row.kind, "country": row.country.as_str(),
    }))
    .expect("a minimal body record deserializes");
    apply_body_row(&mut record, row);
    record
}

/// Sets the fields a row carries; the rest of the record (other names, facts, descriptions,
/// predecessors, source) stays as it is.
pub fn apply_body_row(record: &mut BodyRecord, row: &BodyRow) {
    record.slug = row.slug.clone();
    record.name = row.name.clone();
    record.kind = row.kind;
    record.country = row.country;
    record.parent = row.parent.clone();
    record.latitude = row.latitude;
    record.longitude = row.longitude;
    record.nuts_code = row.nuts_code.clone();
    record.lau_code = row.lau_code.clone();
    record.wikidata_id = row.wikidata_id.clone();
    record.geonames_id = row.geonames_id;
    record.iso_3166_2 = row.iso_3166_2.clone();
    record.website = row.website.clone();
    record.valid_from = row.valid_from;
    record.valid_to = row.valid_to;
    record.published = row.published;
}

/// A body's row, in the order of [`BODY_COLUMNS`].
pub fn body_cells(record: &BodyRecord) -> Vec<OutCell> {
    vec![
        OutCell::Text(record.slug.clone()),
        text_cell(&record.name),
        OutCell::Text(record.kind.as_str().into()),
        OutCell::Text(record.country.as_str().into()),
        optional_text(&record.parent),
        optional_number(record.latitude),
        optional_number(record.longitude),
        optional_text(&record.nuts_code),
        optional_text(&record.lau_code),
        optional_text(&record.wikidata_id),
        optional_number(record.geonames_id.map(f64::from)),
        optional_text(&record.iso_3166_2),
        optional_text(&record.website),
        optional_date(record.valid_from),
        optional_date(record.valid_to),
        yes_no(record.published),
    ]
}

/// The date a partnership exists since: its earliest dated milestone.
pub fn since(record: &PartnershipRecord) -> Option<PartialDate> {
    record.milestones.iter().filter_map(|m| m.date).min()
}

/// A new partnership from a row, under `slug`.
pub fn new_partnership(row: &PartnershipRow, slug: &str) -> Result<PartnershipRecord, Problem> {
    let mut record: PartnershipRecord = serde_json::from_value(serde_json::json!({
        "slug": slug, "home": row.home, "partner": row.partner,
        "level": row.level, "kind": row.kind, "status": row.status,
    }))
    .expect("a minimal partnership record deserializes");
    apply_partnership_row(&mut record, row)?;
    Ok(record)
}

/// Sets the fields a row carries. `since` is the earliest milestone's date: a partnership without
/// dated milestones gets a contract milestone on that date; a different `since` of a partnership
/// with dated milestones is refused (milestones are edited in the workbench).
pub fn apply_partnership_row(
    record: &mut PartnershipRecord,
    row: &PartnershipRow,
) -> Result<(), Problem> {
    if let Some(slug) = &row.slug {
        record.slug = slug.clone();
    }
    record.home = row.home.clone();
    record.partner = row.partner.clone();
    record.level = row.level;
    record.kind = row.kind;
    record.status = row.status;
    let same_topics = row.topics.len() == record.topics.len()
        && row.topics.iter().all(|t| record.topics.contains(t));
    if !same_topics {
        record.topics = row.topics.clone();
    }
    record.published = row.published;
    let current = since(record);
    if row.since != current {
        match (current, row.since) {
            (None, Some(date)) => record.milestones.push(MilestoneRecord {
                milestone_type: MilestoneType::Contract,
                date: Some(date),
                qualifier: None,
                bodies: Vec::new(),
                note: Default::default(),
                source: None,
            }),
            (Some(current), _) => {
                return Err(Problem::new(
                    Some("since"),
                    "since-from-milestones",
                    format!(
                        "'since' is the date of the earliest milestone ({current}); change the milestones in the workbench"
                    ),
                ));
            }
            (None, None) => {}
        }
    }
    Ok(())
}

/// A partnership's row, in the order of [`PARTNERSHIP_COLUMNS`].
pub fn partnership_cells(record: &PartnershipRecord) -> Vec<OutCell> {
    let topics: Vec<&str> = record.topics.iter().map(|t| t.as_str()).collect();
    vec![
        OutCell::Text(record.slug.clone()),
        OutCell::Text(record.home.clone()),
        OutCell::Text(record.partner.clone()),
        OutCell::Text(record.level.as_str().into()),
        OutCell::Text(record.kind.as_str().into()),
        OutCell::Text(record.status.as_str().into()),
        if topics.is_empty() {
            OutCell::Empty
        } else {
            OutCell::Text(topics.join(";"))
        },
        optional_date(since(record)),
        yes_no(record.published),
    ]
}

/// A cell as staff read it in a report (defusing undone).
pub fn shown(cell: &OutCell) -> String {
    match cell {
        OutCell::Empty => String::new(),
        OutCell::Text(t) => unescape(t).to_owned(),
        OutCell::Number(n) => n.to_string(),
    }
}

/// What differs between two versions of a record's row: `(column, before, after)`.
pub fn changed_columns(
    columns: &[&'static str],
    before: &[OutCell],
    after: &[OutCell],
) -> Vec<(&'static str, String, String)> {
    columns
        .iter()
        .zip(before.iter().zip(after))
        .filter(|(_, (b, a))| b != a)
        .map(|(c, (b, a))| (*c, shown(b), shown(a)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(texts: &[&str]) -> Vec<Cell> {
        texts
            .iter()
            .map(|t| {
                if t.is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(t.to_string())
                }
            })
            .collect()
    }

    #[test]
    fn escaping_defuses_formulas_and_reading_undoes_it_exactly() {
        for text in [
            "=1+1", "+49 30", "-x", "@SUM(A1)", "\tx", "'quoted", "''", "Końskie",
        ] {
            let written = escape(text);
            assert!(
                !written.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{written}"
            );
            assert_eq!(unescape(&written), text);
        }
    }

    #[test]
    fn a_header_with_missing_duplicate_or_unknown_columns_is_refused_by_name() {
        let mut header = cells(BODY_COLUMNS);
        header.pop();
        assert!(matches!(
            header_positions(SheetKind::Bodies, &header),
            Err(FileError::MissingColumns { columns, .. }) if columns == ["published"]
        ));
        let mut header = cells(BODY_COLUMNS);
        header.push(Cell::Text("Name ".into()));
        assert!(matches!(
            header_positions(SheetKind::Bodies, &header),
            Err(FileError::DuplicateColumns { columns, .. }) if columns == ["name"]
        ));
        let mut header = cells(BODY_COLUMNS);
        header.push(Cell::Text("colour".into()));
        assert!(matches!(
            header_positions(SheetKind::Bodies, &header),
            Err(FileError::UnknownColumns { columns, .. }) if columns == ["colour"]
        ));
    }

    #[test]
    fn every_bad_cell_of_a_row_is_named_with_its_column() {
        let positions = header_positions(SheetKind::Bodies, &cells(BODY_COLUMNS)).unwrap();
        let row = cells(&[
            "Not A Slug",
            "",
            "town",
            "Germany",
            "",
            "north",
            "10",
            "",
            "",
            "",
            "x",
            "",
            "",
            "2020-13",
            "",
            "maybe",
        ]);
        let problems = read_body_row(&row, &positions).unwrap_err();
        let columns: Vec<_> = problems.iter().map(|p| p.column.clone().unwrap()).collect();
        assert_eq!(
            columns,
            [
                "slug",
                "name",
                "kind",
                "country",
                "latitude",
                "geonames_id",
                "valid_from",
                "published"
            ]
        );
    }

    #[test]
    fn formula_cells_are_refused_not_evaluated() {
        let positions = header_positions(SheetKind::Bodies, &cells(BODY_COLUMNS)).unwrap();
        let mut row = cells(&[
            "carpi",
            "Carpi",
            "municipality",
            "IT",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "yes",
        ]);
        row[1] = Cell::Formula("HYPERLINK(\"http://evil\")".into());
        let problems = read_body_row(&row, &positions).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].code, "formula");
    }

    #[test]
    fn decimal_commas_and_numbers_stored_as_numbers_are_read() {
        let positions = header_positions(SheetKind::Bodies, &cells(BODY_COLUMNS)).unwrap();
        let mut row = cells(&[
            "carpi",
            "Carpi",
            "municipality",
            "it",
            "",
            "44,78",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "Ja",
        ]);
        row[6] = Cell::Number(10.88);
        row[8] = Cell::Number(36005.0);
        let body = read_body_row(&row, &positions).unwrap();
        assert_eq!(body.latitude, Some(44.78));
        assert_eq!(body.longitude, Some(10.88));
        assert_eq!(body.lau_code.as_deref(), Some("36005"));
        assert_eq!(body.country.as_str(), "IT");
        assert!(body.published);
    }

    #[test]
    fn repeated_slugs_and_pairs_are_refused_with_the_first_row_named() {
        let positions =
            header_positions(SheetKind::Partnerships, &cells(PARTNERSHIP_COLUMNS)).unwrap();
        let row = |slug: &str, home: &str, partner: &str, n: usize| Parsed {
            row: n,
            value: read_partnership_row(
                &cells(&[
                    slug,
                    home,
                    partner,
                    "municipal",
                    "partnership",
                    "active",
                    "",
                    "",
                    "yes",
                ]),
                &positions,
            ),
        };
        let mut book = Workbook {
            bodies: Vec::new(),
            partnerships: vec![
                row("a-b", "a", "b", 2),
                row("", "b", "a", 3),
                row("a-b", "c", "d", 4),
                row("", "c", "e", 5),
            ],
        };
        refuse_duplicates(&mut book);
        let errors: Vec<_> = book
            .partnerships
            .iter()
            .map(|p| p.value.as_ref().err().map(|e| e[0].message.clone()))
            .collect();
        assert_eq!(errors[0], None);
        assert_eq!(
            errors[1].as_deref(),
            Some("row 2 already joins 'a' and 'b'")
        );
        assert_eq!(errors[2].as_deref(), Some("row 2 already has 'a-b'"));
        assert_eq!(errors[3], None);
    }

    #[test]
    fn parents_created_in_the_same_file_are_written_first() {
        let body = |slug: &str, parent: Option<&str>| Parsed {
            row: 0,
            value: Ok(BodyRow {
                slug: slug.into(),
                name: slug.into(),
                kind: BodyKind::Municipality,
                country: CountryCode::parse("DE").unwrap(),
                parent: parent.map(Into::into),
                latitude: None,
                longitude: None,
                nuts_code: None,
                lau_code: None,
                wikidata_id: None,
                geonames_id: None,
                iso_3166_2: None,
                website: None,
                valid_from: None,
                valid_to: None,
                published: true,
            }),
        };
        let rows = [
            body("town", Some("district")),
            body("district", Some("region")),
            body("region", None),
            body("x", Some("y")),
            body("y", Some("x")),
        ];
        assert_eq!(body_write_order(&rows), [2, 1, 0, 3, 4]);
    }

    #[test]
    fn since_adds_a_milestone_only_where_none_is_dated() {
        let positions =
            header_positions(SheetKind::Partnerships, &cells(PARTNERSHIP_COLUMNS)).unwrap();
        let row = read_partnership_row(
            &cells(&[
                "",
                "a",
                "b",
                "municipal",
                "partnership",
                "active",
                "tourism; culture_heritage",
                "1993-05",
                "yes",
            ]),
            &positions,
        )
        .unwrap();
        let mut record = new_partnership(&row, "a-b").unwrap();
        assert_eq!(since(&record), PartialDate::parse("1993-05").ok());
        assert_eq!(record.topics, [Topic::Tourism, Topic::CultureHeritage]);
        let mut other = row.clone();
        other.since = PartialDate::parse("1994").ok();
        let problem = apply_partnership_row(&mut record, &other).unwrap_err();
        assert_eq!(problem.code, "since-from-milestones");
    }
}
