//! What several fuzz targets check: an accepted spreadsheet reads back the same after it is written.

use partnerportal::io::spreadsheet::columns::{
    body_cells, new_body, new_partnership, partnership_cells,
};
use partnerportal::io::spreadsheet::read::read;
use partnerportal::io::spreadsheet::write::{Sheet, write};
use partnerportal::io::spreadsheet::{Format, Parsed, SheetKind, Workbook};

/// The rows of a sheet that were accepted.
fn accepted<T: Clone>(rows: &[Parsed<T>]) -> Vec<T> {
    rows.iter().filter_map(|p| p.value.clone().ok()).collect()
}

/// Reads an upload; when it is accepted, writes its accepted rows in `write_as` (the format it was
/// read as, or for CSV one file per sheet) and asserts that reading that file gives the same rows,
/// as an export followed by an import of the unchanged file must.
pub fn read_and_round_trip(bytes: &[u8]) {
    let Ok((format, workbook)) = read(bytes) else {
        return;
    };
    assert!(!workbook.is_empty(), "an accepted file has rows");
    let bodies = accepted(&workbook.bodies);
    // A blank slug asks for a new partnership; a written row always carries one.
    let partnerships: Vec<_> = accepted(&workbook.partnerships)
        .into_iter()
        .filter(|p| p.slug.is_some())
        .collect();
    let body_sheet = Sheet {
        kind: SheetKind::Bodies,
        rows: bodies.iter().map(|r| body_cells(&new_body(r))).collect(),
    };
    let partnership_sheet = Sheet {
        kind: SheetKind::Partnerships,
        rows: partnerships
            .iter()
            .map(|r| {
                let slug = r.slug.as_deref().unwrap_or_default();
                let record = new_partnership(r, slug).expect("a new partnership takes any row");
                partnership_cells(&record)
            })
            .collect(),
    };
    let sheets: Vec<Sheet> = [body_sheet, partnership_sheet]
        .into_iter()
        .filter(|s| !s.rows.is_empty())
        .collect();
    let files: Vec<Vec<u8>> = match format {
        Format::Csv => sheets
            .iter()
            .map(|s| write(Format::Csv, std::slice::from_ref(s)).expect("CSV is written"))
            .collect(),
        other => {
            if sheets.is_empty() {
                vec![]
            } else {
                vec![write(other, &sheets).expect("the sheets are written")]
            }
        }
    };
    let mut again = Workbook::default();
    for file in &files {
        let (read_format, book) =
            read(file).unwrap_or_else(|e| panic!("a written {format:?} file is refused: {e:?}"));
        assert_eq!(read_format, format, "a written file is read as its format");
        again.bodies.extend(book.bodies);
        again.partnerships.extend(book.partnerships);
    }
    assert_eq!(every_row(&again.bodies), bodies, "bodies read back differ");
    assert_eq!(
        every_row(&again.partnerships),
        partnerships,
        "partnerships read back differ"
    );
}

/// Every row of a sheet read back: a row that was written is never refused.
fn every_row<T: Clone>(rows: &[Parsed<T>]) -> Vec<T> {
    rows.iter()
        .map(|p| match &p.value {
            Ok(row) => row.clone(),
            Err(problems) => panic!("row {} as written is refused: {problems:?}", p.row),
        })
        .collect()
}
