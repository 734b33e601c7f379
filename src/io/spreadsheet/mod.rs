//! Staff spreadsheets (docs/SPREADSHEET.md): bodies and partnerships as xlsx, ods or CSV, one sheet
//! (or CSV file) per record kind, a header row of stable column names and one row per record.
//!
//! Everything here is pure: [`read`] turns the bytes of an upload into typed rows with per-row
//! problems (or one file-level [`FileError`]), [`columns`] maps rows onto the records of
//! `domain::records` and back, [`write`] writes rows as xlsx, ods or CSV. Comparing with the registry
//! and writing it is `store::bulk_import`'s work.
//!
//! Cells are read as their stored VALUES; a cell holding a formula is refused, never evaluated. Text
//! is written through the one CSV-injection defuser (`io::export::spreadsheet_safe`) plus one rule
//! that makes it reversible: text starting with an apostrophe gets one more. Reading removes one
//! leading apostrophe, so what was exported comes back unchanged.

pub mod columns;
pub mod read;
pub mod write;

use std::fmt;

use crate::domain::values::{CountryCode, PartialDate};
use crate::domain::vocab::{BodyKind, PartnershipKind, PartnershipLevel, PartnershipStatus, Topic};

/// Largest upload accepted, in bytes (a 100 000-row CSV of bodies is about 12 MB).
pub const MAX_FILE_BYTES: usize = 40 * 1024 * 1024;
/// Largest total size of the files inside an xlsx or ods (zip) container, unpacked. A zip bomb
/// (a few kilobytes unpacking to gigabytes) is refused before any sheet is parsed.
pub const MAX_UNPACKED_BYTES: u64 = 400 * 1024 * 1024;
/// Most entries inside an xlsx or ods container.
pub const MAX_ZIP_ENTRIES: usize = 2_000;
/// Most data rows per sheet.
pub const MAX_ROWS: usize = 250_000;

/// The two kinds of record a spreadsheet holds, each in its own sheet (or CSV file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SheetKind {
    Bodies,
    Partnerships,
}

impl SheetKind {
    pub const ALL: [SheetKind; 2] = [SheetKind::Bodies, SheetKind::Partnerships];

    /// The sheet's name, also the CSV file's stem: `bodies`, `partnerships`.
    pub fn name(self) -> &'static str {
        match self {
            SheetKind::Bodies => "bodies",
            SheetKind::Partnerships => "partnerships",
        }
    }

    pub fn parse(name: &str) -> Option<SheetKind> {
        let name = name.trim().to_lowercase();
        SheetKind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The header row, in the order exports write it.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            SheetKind::Bodies => columns::BODY_COLUMNS,
            SheetKind::Partnerships => columns::PARTNERSHIP_COLUMNS,
        }
    }
}

impl fmt::Display for SheetKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A body as one spreadsheet row: the fields staff edit in bulk.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyRow {
    pub slug: String,
    pub name: String,
    pub kind: BodyKind,
    pub country: CountryCode,
    pub parent: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub nuts_code: Option<String>,
    pub lau_code: Option<String>,
    pub wikidata_id: Option<String>,
    pub geonames_id: Option<u32>,
    pub iso_3166_2: Option<String>,
    pub website: Option<String>,
    pub valid_from: Option<PartialDate>,
    pub valid_to: Option<PartialDate>,
    pub published: bool,
}

/// A partnership as one spreadsheet row. A blank slug creates a partnership.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnershipRow {
    pub slug: Option<String>,
    pub home: String,
    pub partner: String,
    pub level: PartnershipLevel,
    pub kind: PartnershipKind,
    pub status: PartnershipStatus,
    pub topics: Vec<Topic>,
    /// The date of the earliest milestone.
    pub since: Option<PartialDate>,
    pub published: bool,
}

/// Why a row (or one of its cells) cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The column concerned, when there is one.
    pub column: Option<String>,
    /// Stable code (`spreadsheet-problem-<code>` in the translations).
    pub code: &'static str,
    /// The problem in English, for the command line and logs.
    pub message: String,
}

impl Problem {
    pub fn new(column: Option<&str>, code: &'static str, message: impl Into<String>) -> Problem {
        Problem {
            column: column.map(str::to_owned),
            code,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => write!(f, "{column}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// One data row as read: its row number in the sheet (the header is row 1; for CSV, the line the
/// record starts on) and the typed row or what is wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed<T> {
    pub row: usize,
    pub value: Result<T, Vec<Problem>>,
}

/// A whole upload, read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Workbook {
    pub bodies: Vec<Parsed<BodyRow>>,
    pub partnerships: Vec<Parsed<PartnershipRow>>,
}

impl Workbook {
    pub fn len(&self) -> usize {
        self.bodies.len() + self.partnerships.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The file formats staff exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Ods,
    Csv,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Ods => "ods",
            Format::Csv => "csv",
        }
    }

    pub fn parse(text: &str) -> Option<Format> {
        match text.trim().to_ascii_lowercase().as_str() {
            "xlsx" => Some(Format::Xlsx),
            "ods" => Some(Format::Ods),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            Format::Csv => "text/csv; charset=utf-8; header=present",
        }
    }
}

/// Why a whole file is refused. Nothing of such a file is imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    Empty,
    TooLarge {
        limit: usize,
    },
    /// Neither an xlsx nor an ods container, nor text.
    NotASpreadsheet,
    /// A zip container that unpacks to more than the limit (or has too many entries).
    ZipBomb {
        limit: u64,
    },
    /// A zip container the reader could not open or read.
    Damaged {
        detail: String,
    },
    /// Text that is not UTF-8: the line of the first byte that is not.
    Encoding {
        line: usize,
    },
    /// Text in UTF-16 (a byte-order mark says so).
    Utf16,
    /// A CSV that cannot be split into records.
    Csv {
        line: usize,
        detail: String,
    },
    /// A sheet whose name is neither `bodies` nor `partnerships` and that holds data.
    UnknownSheet {
        name: String,
    },
    MissingColumns {
        sheet: SheetKind,
        columns: Vec<String>,
    },
    DuplicateColumns {
        sheet: SheetKind,
        columns: Vec<String>,
    },
    UnknownColumns {
        sheet: SheetKind,
        columns: Vec<String>,
    },
    TooManyRows {
        sheet: SheetKind,
        limit: usize,
    },
    /// No sheet holds a single data row.
    NoRows,
}

impl FileError {
    /// Stable code, also the translation key `spreadsheet-file-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            FileError::Empty => "empty",
            FileError::TooLarge { .. } => "too-large",
            FileError::NotASpreadsheet => "not-a-spreadsheet",
            FileError::ZipBomb { .. } => "zip-bomb",
            FileError::Damaged { .. } => "damaged",
            FileError::Encoding { .. } => "encoding",
            FileError::Utf16 => "utf16",
            FileError::Csv { .. } => "csv",
            FileError::UnknownSheet { .. } => "unknown-sheet",
            FileError::MissingColumns { .. } => "missing-columns",
            FileError::DuplicateColumns { .. } => "duplicate-columns",
            FileError::UnknownColumns { .. } => "unknown-columns",
            FileError::TooManyRows { .. } => "too-many-rows",
            FileError::NoRows => "no-rows",
        }
    }

    /// The arguments of the translated message.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let allowed = |sheet: &SheetKind| sheet.columns().join(", ");
        match self {
            FileError::TooLarge { limit } => vec![("limit", (limit / (1024 * 1024)).to_string())],
            FileError::ZipBomb { limit } => vec![("limit", (limit / (1024 * 1024)).to_string())],
            FileError::Damaged { detail } => vec![("detail", detail.clone())],
            FileError::Encoding { line } => vec![("line", line.to_string())],
            FileError::Csv { line, detail } => {
                vec![("line", line.to_string()), ("detail", detail.clone())]
            }
            FileError::UnknownSheet { name } => vec![("name", name.clone())],
            FileError::MissingColumns { sheet, columns }
            | FileError::DuplicateColumns { sheet, columns }
            | FileError::UnknownColumns { sheet, columns } => vec![
                ("sheet", sheet.name().to_owned()),
                ("columns", columns.join(", ")),
                ("allowed", allowed(sheet)),
            ],
            FileError::TooManyRows { sheet, limit } => vec![
                ("sheet", sheet.name().to_owned()),
                ("limit", limit.to_string()),
            ],
            FileError::Empty
            | FileError::NotASpreadsheet
            | FileError::Utf16
            | FileError::NoRows => Vec::new(),
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::Empty => f.write_str("the file is empty"),
            FileError::TooLarge { limit } => write!(
                f,
                "the file is larger than {} MB; split it into several files",
                limit / (1024 * 1024)
            ),
            FileError::NotASpreadsheet => {
                f.write_str("the file is not a spreadsheet: expected xlsx, ods or CSV (UTF-8 text)")
            }
            FileError::ZipBomb { limit } => write!(
                f,
                "the file unpacks to more than {} MB (or holds too many parts); it is not read",
                limit / (1024 * 1024)
            ),
            FileError::Damaged { detail } => {
                write!(f, "the spreadsheet cannot be read ({detail})")
            }
            FileError::Encoding { line } => write!(
                f,
                "line {line} is not UTF-8 text (perhaps Latin-1 or Windows-1252); save the file as \
                 \"CSV UTF-8\" and try again"
            ),
            FileError::Utf16 => {
                f.write_str("the file is UTF-16 text; save it as \"CSV UTF-8\" and try again")
            }
            FileError::Csv { line, detail } => write!(f, "line {line}: {detail}"),
            FileError::UnknownSheet { name } => write!(
                f,
                "the sheet '{name}' is neither 'bodies' nor 'partnerships'; rename or delete it"
            ),
            FileError::MissingColumns { sheet, columns } => write!(
                f,
                "the sheet '{sheet}' lacks the column(s) {}; its columns are {}",
                columns.join(", "),
                sheet.columns().join(", ")
            ),
            FileError::DuplicateColumns { sheet, columns } => write!(
                f,
                "the sheet '{sheet}' has the column(s) {} more than once",
                columns.join(", ")
            ),
            FileError::UnknownColumns { sheet, columns } => write!(
                f,
                "the sheet '{sheet}' has unknown column(s) {}; its columns are {}",
                columns.join(", "),
                sheet.columns().join(", ")
            ),
            FileError::TooManyRows { sheet, limit } => write!(
                f,
                "the sheet '{sheet}' has more than {limit} rows; split it into several files"
            ),
            FileError::NoRows => f.write_str("the file holds no data rows"),
        }
    }
}

impl std::error::Error for FileError {}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::columns::{body_cells, new_body, new_partnership, partnership_cells};
    use super::write::{Sheet, write};
    use super::*;

    fn slug() -> impl Strategy<Value = String> {
        "[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,2}"
    }

    /// Names as staff write them, including ones a spreadsheet would run as formulas.
    fn name() -> impl Strategy<Value = String> {
        "[=+@'\\-]?[A-Za-zÀ-žąęłńśźż' ,.()\\-]{0,24}[A-Za-zÀ-ž]".prop_map(|s| s.trim().to_owned())
    }

    fn date() -> impl Strategy<Value = Option<PartialDate>> {
        prop_oneof![
            Just(None),
            (1800u16..2100).prop_map(|y| PartialDate::parse(&y.to_string()).ok()),
            (1800u16..2100, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| {
                PartialDate::parse(&format!("{y:04}-{m:02}-{d:02}")).ok()
            }),
        ]
    }

    fn text() -> impl Strategy<Value = Option<String>> {
        proptest::option::of("[A-Z0-9][A-Za-z0-9 ./:\\-]{0,12}[A-Za-z0-9]")
    }

    fn body_row() -> impl Strategy<Value = BodyRow> {
        (
            (
                slug(),
                name(),
                0..BodyKind::ALL.len(),
                "[A-Z]{2}",
                proptest::option::of(slug()),
            ),
            proptest::option::of((-90.0f64..90.0, -180.0f64..180.0)),
            (text(), text(), proptest::option::of("Q[1-9][0-9]{0,8}")),
            (
                proptest::option::of(1u32..20_000_000),
                text(),
                proptest::option::of("https://[a-z]{1,10}\\.example/[a-z]{0,5}"),
            ),
            (date(), date(), any::<bool>()),
        )
            .prop_map(
                |(
                    (slug, name, kind, country, parent),
                    coordinates,
                    (nuts_code, lau_code, wikidata_id),
                    (geonames_id, iso_3166_2, website),
                    (valid_from, valid_to, published),
                )| BodyRow {
                    slug,
                    name,
                    kind: BodyKind::ALL[kind],
                    country: CountryCode::parse(&country).unwrap(),
                    parent,
                    latitude: coordinates.map(|c| c.0),
                    longitude: coordinates.map(|c| c.1),
                    nuts_code,
                    lau_code,
                    wikidata_id,
                    geonames_id,
                    iso_3166_2,
                    website,
                    valid_from,
                    valid_to,
                    published,
                },
            )
    }

    fn partnership_row() -> impl Strategy<Value = PartnershipRow> {
        (
            (slug(), slug(), slug()),
            (
                0..PartnershipLevel::ALL.len(),
                0..PartnershipKind::ALL.len(),
                0..PartnershipStatus::ALL.len(),
            ),
            proptest::sample::subsequence(Topic::ALL.to_vec(), 0..4),
            date(),
            any::<bool>(),
        )
            .prop_map(
                |((slug, home, partner), (l, k, s), topics, since, published)| PartnershipRow {
                    slug: Some(slug),
                    home,
                    partner,
                    level: PartnershipLevel::ALL[l],
                    kind: PartnershipKind::ALL[k],
                    status: PartnershipStatus::ALL[s],
                    topics,
                    since,
                    published,
                },
            )
    }

    fn round_trip(format: Format, bodies: &[BodyRow], partnerships: &[PartnershipRow]) -> Workbook {
        let mut sheets = Vec::new();
        if !bodies.is_empty() {
            sheets.push(Sheet {
                kind: SheetKind::Bodies,
                rows: bodies.iter().map(|r| body_cells(&new_body(r))).collect(),
            });
        }
        if !partnerships.is_empty() {
            sheets.push(Sheet {
                kind: SheetKind::Partnerships,
                rows: partnerships
                    .iter()
                    .map(|r| {
                        partnership_cells(&new_partnership(r, r.slug.as_deref().unwrap()).unwrap())
                    })
                    .collect(),
            });
        }
        let bytes = write(format, &sheets).unwrap();
        let (read_format, workbook) = read::read(&bytes).unwrap();
        assert_eq!(read_format, format);
        workbook
    }

    fn values<T: Clone>(parsed: &[Parsed<T>]) -> Vec<T> {
        parsed
            .iter()
            .map(|p| p.value.clone().expect("every row reads back"))
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        #[test]
        fn rows_written_as_xlsx_ods_or_csv_read_back_identical(
            bodies in proptest::collection::vec(body_row(), 1..6),
            partnerships in proptest::collection::vec(partnership_row(), 1..6),
        ) {
            // Distinct records: repeated slugs or pairs are refused by design.
            let mut bodies = bodies;
            bodies.sort_by(|a, b| a.slug.cmp(&b.slug));
            bodies.dedup_by(|a, b| a.slug == b.slug);
            let mut partnerships: Vec<_> = partnerships
                .into_iter()
                .filter(|p| p.home != p.partner)
                .collect();
            let mut seen = std::collections::HashSet::new();
            partnerships.retain(|p| {
                let pair = if p.home < p.partner { (p.home.clone(), p.partner.clone()) } else { (p.partner.clone(), p.home.clone()) };
                seen.insert(p.slug.clone()) && seen.insert(Some(format!("{}|{}", pair.0, pair.1)))
            });
            for format in [Format::Xlsx, Format::Ods] {
                let book = round_trip(format, &bodies, &partnerships);
                prop_assert_eq!(values(&book.bodies), bodies.clone());
                prop_assert_eq!(values(&book.partnerships), partnerships.clone());
            }
            let book = round_trip(Format::Csv, &bodies, &[]);
            prop_assert_eq!(values(&book.bodies), bodies.clone());
            if !partnerships.is_empty() {
                let book = round_trip(Format::Csv, &[], &partnerships);
                prop_assert_eq!(values(&book.partnerships), partnerships);
            }
        }
    }

    fn csv_of(lines: &[&str]) -> Vec<u8> {
        lines.join("\r\n").into_bytes()
    }

    #[test]
    fn hostile_and_malformed_files_are_refused_as_what_they_are() {
        assert_eq!(read::read(b"").unwrap_err(), FileError::Empty);
        assert_eq!(read::read(b" \r\n").unwrap_err(), FileError::Empty);
        let mut latin1 = csv_of(&[
            &columns::BODY_COLUMNS.join(","),
            "a,A,municipality,DE,,,,,,,,,,,,yes",
        ]);
        latin1.extend(b"\r\nb,K\xf6nnern,municipality,DE,,,,,,,,,,,,yes");
        assert_eq!(
            read::read(&latin1).unwrap_err(),
            FileError::Encoding { line: 3 }
        );
        assert_eq!(
            read::read(b"\xff\xfes\x00l\x00").unwrap_err(),
            FileError::Utf16
        );
        assert_eq!(
            read::read(b"PK\x03\x04garbage").unwrap_err().code(),
            "damaged"
        );
        assert_eq!(
            read::read(b"\x7fELF\x02\x01\x00\x00").unwrap_err(),
            FileError::NotASpreadsheet
        );
        assert_eq!(
            read::read(columns::BODY_COLUMNS.join(",").as_bytes()).unwrap_err(),
            FileError::NoRows
        );
        let huge = vec![b'a'; MAX_FILE_BYTES + 1];
        assert_eq!(read::read(&huge).unwrap_err().code(), "too-large");
    }

    #[test]
    fn a_sheet_with_another_name_and_data_is_refused() {
        let mut book = rust_xlsxwriter::Workbook::new();
        book.add_worksheet()
            .set_name("Tabelle1")
            .unwrap()
            .write_string(0, 0, "x")
            .unwrap();
        let bytes = book.save_to_buffer().unwrap();
        assert_eq!(
            read::read(&bytes).unwrap_err(),
            FileError::UnknownSheet {
                name: "Tabelle1".into()
            }
        );
    }

    #[test]
    fn formula_cells_of_an_xlsx_file_are_refused_row_by_row() {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet().set_name("bodies").unwrap();
        for (c, name) in columns::BODY_COLUMNS.iter().enumerate() {
            sheet.write_string(0, c as u16, *name).unwrap();
        }
        let row = [
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
        ];
        for (c, v) in row.iter().enumerate() {
            sheet.write_string(1, c as u16, *v).unwrap();
        }
        sheet
            .write_formula(
                1,
                1,
                rust_xlsxwriter::Formula::new("=HYPERLINK(\"http://evil.example\",\"x\")")
                    .set_result("Carpi"),
            )
            .unwrap();
        let bytes = book.save_to_buffer().unwrap();
        let (_, workbook) = read::read(&bytes).unwrap();
        let problems = workbook.bodies[0].value.clone().unwrap_err();
        assert_eq!(problems[0].code, "formula");
        assert_eq!(problems[0].column.as_deref(), Some("name"));
        assert_eq!(workbook.bodies[0].row, 2);
    }

    #[test]
    fn a_semicolon_csv_with_a_byte_order_mark_is_read() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(csv_of(&[
            &columns::BODY_COLUMNS.join(";"),
            "carpi;Carpi;municipality;IT;;44,78;10,88;;;;;;;;;ja",
        ]));
        let (format, workbook) = read::read(&bytes).unwrap();
        assert_eq!(format, Format::Csv);
        let row = workbook.bodies[0].value.clone().unwrap();
        assert_eq!((row.latitude, row.longitude), (Some(44.78), Some(10.88)));
        assert_eq!(workbook.bodies[0].row, 2);
    }
}
