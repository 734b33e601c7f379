//! Reading an upload: the format is recognised by content, never by the file's name (a binary file
//! named `.xlsx` is refused as what it is). xlsx and ods are zip containers: their unpacked size is
//! measured (by unpacking into nothing, with a cap) before a sheet is parsed, so a zip bomb costs at
//! most the cap. Cells are read as values; formula cells are marked and refused row by row. CSV must
//! be UTF-8 (a byte-order mark is allowed); its separator (comma, semicolon as German and French
//! spreadsheets save, or tab) is taken from the header line.

use std::io::{Cursor, Read};

use calamine::{Data, Reader};

use super::columns::{
    self, Cell, header_positions, is_blank, kind_of_header, read_body_row, read_partnership_row,
};
use super::{
    FileError, Format, MAX_FILE_BYTES, MAX_ROWS, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES, Parsed,
    SheetKind, Workbook,
};

/// The rows of one sheet: `(row number, cells)`, the header first.
type Grid = Vec<(usize, Vec<Cell>)>;

/// Reads an upload into typed rows. A file-level problem refuses the whole file; problems of single
/// rows are kept with the rows (and later refuse the import, naming row and reason).
pub fn read(bytes: &[u8]) -> Result<(Format, Workbook), FileError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(FileError::Empty);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            limit: MAX_FILE_BYTES,
        });
    }
    let (format, sheets) = if bytes.starts_with(b"PK\x03\x04") {
        let format = check_container(bytes)?;
        (format, read_container(bytes, format)?)
    } else {
        (Format::Csv, vec![read_csv(bytes)?])
    };
    let mut workbook = Workbook::default();
    for (kind, grid) in sheets {
        let mut rows = grid.into_iter();
        let Some((_, header)) = rows.next() else {
            continue;
        };
        let positions = header_positions(kind, &header)?;
        let mut count = 0;
        for (row, cells) in rows {
            if is_blank(&cells) {
                continue;
            }
            count += 1;
            if count > MAX_ROWS {
                return Err(FileError::TooManyRows {
                    sheet: kind,
                    limit: MAX_ROWS,
                });
            }
            match kind {
                SheetKind::Bodies => workbook.bodies.push(Parsed {
                    row,
                    value: read_body_row(&cells, &positions),
                }),
                SheetKind::Partnerships => workbook.partnerships.push(Parsed {
                    row,
                    value: read_partnership_row(&cells, &positions),
                }),
            }
        }
    }
    if workbook.is_empty() {
        return Err(FileError::NoRows);
    }
    columns::refuse_duplicates(&mut workbook);
    Ok((format, workbook))
}

/// Measures the container (entries, unpacked size) and tells xlsx from ods by their parts.
fn check_container(bytes: &[u8]) -> Result<Format, FileError> {
    let damaged = |e: zip::result::ZipError| FileError::Damaged {
        detail: e.to_string(),
    };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    let bomb = FileError::ZipBomb {
        limit: MAX_UNPACKED_BYTES,
    };
    if zip.len() > MAX_ZIP_ENTRIES {
        return Err(bomb);
    }
    let (mut declared, mut unpacked) = (0u64, 0u64);
    let (mut xlsx, mut ods) = (false, false);
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(damaged)?;
        declared = declared.saturating_add(entry.size());
        if declared > MAX_UNPACKED_BYTES {
            return Err(bomb);
        }
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        match name.as_str() {
            "xl/workbook.xml" => xlsx = true,
            "mimetype" => {
                let mut mime = String::new();
                (&mut entry)
                    .take(100)
                    .read_to_string(&mut mime)
                    .map_err(|e| FileError::Damaged {
                        detail: e.to_string(),
                    })?;
                ods = mime.trim() == "application/vnd.oasis.opendocument.spreadsheet";
                unpacked += mime.len() as u64;
                continue;
            }
            _ => {}
        }
        // The declared size may lie: unpack into nothing, never past the cap.
        let budget = MAX_UNPACKED_BYTES - unpacked + 1;
        let n =
            std::io::copy(&mut (&mut entry).take(budget), &mut std::io::sink()).map_err(|e| {
                FileError::Damaged {
                    detail: e.to_string(),
                }
            })?;
        unpacked += n;
        if unpacked > MAX_UNPACKED_BYTES {
            return Err(bomb);
        }
    }
    match (xlsx, ods) {
        (true, _) => Ok(Format::Xlsx),
        (_, true) => Ok(Format::Ods),
        _ => Err(FileError::NotASpreadsheet),
    }
}

fn read_container(bytes: &[u8], format: Format) -> Result<Vec<(SheetKind, Grid)>, FileError> {
    let damaged = |e: &dyn std::fmt::Display| FileError::Damaged {
        detail: e.to_string(),
    };
    match format {
        Format::Xlsx => {
            let mut book = calamine::Xlsx::new(Cursor::new(bytes)).map_err(|e| damaged(&e))?;
            sheets_of(&mut book)
        }
        Format::Ods => {
            let mut book = calamine::Ods::new(Cursor::new(bytes)).map_err(|e| damaged(&e))?;
            sheets_of(&mut book)
        }
        Format::Csv => unreachable!("CSV is not a container"),
    }
}

fn sheets_of<RS, R>(book: &mut R) -> Result<Vec<(SheetKind, Grid)>, FileError>
where
    RS: std::io::Read + std::io::Seek,
    R: Reader<RS>,
    R::Error: std::fmt::Display,
{
    let damaged = |e: R::Error| FileError::Damaged {
        detail: e.to_string(),
    };
    let mut found: Vec<(SheetKind, Grid)> = Vec::new();
    for name in book.sheet_names() {
        let values = book.worksheet_range(&name).map_err(damaged)?;
        let kind = SheetKind::parse(&name);
        let blank = values.used_cells().all(|(_, _, v)| match v {
            Data::Empty => true,
            Data::String(s) => s.trim().is_empty(),
            _ => false,
        });
        let kind = match kind {
            Some(kind) if !found.iter().any(|(k, _)| *k == kind) => kind,
            _ if blank => continue,
            _ => return Err(FileError::UnknownSheet { name }),
        };
        let formulas = book.worksheet_formula(&name).map_err(damaged)?;
        let Some((top, left)) = values.start() else {
            continue;
        };
        let mut grid = Vec::with_capacity(values.height());
        for (i, row) in values.rows().enumerate() {
            let r = top + i as u32;
            let cells = row
                .iter()
                .enumerate()
                .map(|(j, value)| {
                    let c = left + j as u32;
                    match formulas.get_value((r, c)) {
                        Some(f) if !f.is_empty() => Cell::Formula(f.clone()),
                        _ => cell(value),
                    }
                })
                .collect();
            grid.push((r as usize + 1, cells));
            if grid.len() > MAX_ROWS + 1 {
                return Err(FileError::TooManyRows {
                    sheet: kind,
                    limit: MAX_ROWS,
                });
            }
        }
        found.push((kind, grid));
    }
    if found.is_empty() {
        return Err(FileError::NoRows);
    }
    Ok(found)
}

fn cell(value: &Data) -> Cell {
    match value {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Float(f) => Cell::Number(*f),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Bool(b) => Cell::Text(if *b { "yes" } else { "no" }.into()),
        // A date a spreadsheet recognised: its day (time of day is not kept by any column).
        Data::DateTime(d) => Cell::Text(excel_day(d.as_f64())),
        Data::DateTimeIso(s) => Cell::Text(s.chars().take(10).collect()),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Text(format!("#{e}")),
    }
}

/// The day of an Excel serial date (days since 1899-12-30 in the 1900 date system).
fn excel_day(serial: f64) -> String {
    let epoch = time::macros::date!(1899 - 12 - 30);
    match epoch.checked_add(time::Duration::days(serial.floor() as i64)) {
        Some(day) => day.to_string(),
        None => serial.to_string(),
    }
}

fn read_csv(bytes: &[u8]) -> Result<(SheetKind, Grid), FileError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(FileError::Utf16);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(FileError::NotASpreadsheet);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| FileError::Encoding {
        line: 1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count(),
    })?;
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first_line.bytes().filter(|b| b == d).count())
        .filter(|d| first_line.as_bytes().contains(d))
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut grid = Vec::new();
    let mut record = csv::StringRecord::new();
    // Lines counted here: a record starts on the line after the newlines before its first byte.
    let (mut counted_to, mut line) = (0usize, 1usize);
    let mut line_at = |byte: usize| {
        // The reader's positions can point at the line feed that ends the previous record.
        let mut byte = byte.min(text.len());
        while byte < text.len() && matches!(text.as_bytes()[byte], b'\r' | b'\n') {
            byte += 1;
        }
        if byte > counted_to {
            line += text.as_bytes()[counted_to..byte]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            counted_to = byte;
        }
        line
    };
    loop {
        let start = reader.position().byte() as usize;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let at = e.position().map_or(start, |p| p.byte() as usize);
                return Err(FileError::Csv {
                    line: line_at(at),
                    detail: e.to_string(),
                });
            }
        }
        let start = record.position().map_or(start, |p| p.byte() as usize);
        let cells = record
            .iter()
            .map(|t| {
                if t.is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(t.to_owned())
                }
            })
            .collect::<Vec<_>>();
        grid.push((line_at(start), cells));
        if grid.len() > MAX_ROWS + 1 {
            break;
        }
    }
    let kind = grid
        .first()
        .map_or(SheetKind::Bodies, |(_, header)| kind_of_header(header));
    Ok((kind, grid))
}
