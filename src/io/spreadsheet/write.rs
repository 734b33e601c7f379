//! Writing sheets as xlsx (rust_xlsxwriter, rows streamed through a temporary file), ods (a small
//! OpenDocument writer over the zip crate: one `content.xml`, text as string cells, numbers as
//! float cells) or CSV (one file per sheet, RFC 4180, UTF-8, the open-data export's writer). Text
//! cells arrive defused by `columns::escape`; nothing is ever written as a formula.

use std::io::Write;

use rust_xlsxwriter::{Format as XlsxFormat, Workbook as XlsxBook};
use zip::write::SimpleFileOptions;

use super::columns::OutCell;
use super::{Format, SheetKind};

/// One sheet to write: its kind (name and header) and its rows.
pub struct Sheet {
    pub kind: SheetKind,
    pub rows: Vec<Vec<OutCell>>,
}

/// Writes `sheets` in `format`. CSV holds one sheet: the first.
pub fn write(format: Format, sheets: &[Sheet]) -> anyhow::Result<Vec<u8>> {
    match format {
        Format::Xlsx => xlsx(sheets),
        Format::Ods => Ok(ods(sheets)?),
        Format::Csv => Ok(sheets.first().map(csv).unwrap_or_default()),
    }
}

pub fn csv(sheet: &Sheet) -> Vec<u8> {
    let header = sheet.kind.columns().iter().map(|c| c.to_string()).collect();
    let rows = sheet
        .rows
        .iter()
        .map(|row| row.iter().map(OutCell::to_text).collect());
    crate::io::export::csv_bytes(std::iter::once(header).chain(rows))
}

pub fn xlsx(sheets: &[Sheet]) -> anyhow::Result<Vec<u8>> {
    let mut book = XlsxBook::new();
    let bold = XlsxFormat::new().set_bold();
    for sheet in sheets {
        let ws = book.add_worksheet_with_constant_memory()?;
        ws.set_name(sheet.kind.name())?;
        ws.set_freeze_panes(1, 0)?;
        for (c, name) in sheet.kind.columns().iter().enumerate() {
            ws.write_string_with_format(0, c as u16, *name, &bold)?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, cell) in row.iter().enumerate() {
                match cell {
                    OutCell::Empty => {}
                    OutCell::Text(t) => {
                        ws.write_string(r, c as u16, t)?;
                    }
                    OutCell::Number(n) => {
                        ws.write_number(r, c as u16, *n)?;
                    }
                }
            }
        }
    }
    Ok(book.save_to_buffer()?)
}

const ODS_MIME: &str = "application/vnd.oasis.opendocument.spreadsheet";

pub fn ods(sheets: &[Sheet]) -> std::io::Result<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated =
        SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    // OpenDocument: `mimetype` first and uncompressed, so tools recognise the file by its bytes.
    zip.start_file("mimetype", stored)?;
    zip.write_all(ODS_MIME.as_bytes())?;
    zip.start_file("META-INF/manifest.xml", deflated)?;
    zip.write_all(
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="{ODS_MIME}"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"#
        )
        .as_bytes(),
    )?;
    zip.start_file("content.xml", deflated)?;
    zip.write_all(
        br#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>"#,
    )?;
    let mut buf = String::new();
    for sheet in sheets {
        buf.clear();
        buf.push_str(&format!(
            r#"<table:table table:name="{}"><table:table-row>"#,
            sheet.kind.name()
        ));
        for name in sheet.kind.columns() {
            push_text(&mut buf, name);
        }
        buf.push_str("</table:table-row>");
        zip.write_all(buf.as_bytes())?;
        for row in &sheet.rows {
            buf.clear();
            buf.push_str("<table:table-row>");
            for cell in row {
                match cell {
                    OutCell::Empty => buf.push_str("<table:table-cell/>"),
                    OutCell::Text(t) => push_text(&mut buf, t),
                    OutCell::Number(n) => buf.push_str(&format!(
                        r#"<table:table-cell office:value-type="float" office:value="{n}"><text:p>{n}</text:p></table:table-cell>"#
                    )),
                }
            }
            buf.push_str("</table:table-row>");
            zip.write_all(buf.as_bytes())?;
        }
        zip.write_all(b"</table:table>")?;
    }
    zip.write_all(b"</office:spreadsheet></office:body></office:document-content>\n")?;
    Ok(zip.finish()?.into_inner())
}

/// A string cell: the exact text in `office:string-value` (what readers take), and the paragraph
/// a spreadsheet shows, with spaces and tabs as OpenDocument spells them.
fn push_text(buf: &mut String, text: &str) {
    buf.push_str(r#"<table:table-cell office:value-type="string" office:string-value=""#);
    for c in text.chars() {
        match c {
            '&' => buf.push_str("&amp;"),
            '<' => buf.push_str("&lt;"),
            '>' => buf.push_str("&gt;"),
            '"' => buf.push_str("&quot;"),
            '\t' => buf.push_str("&#9;"),
            '\n' => buf.push_str("&#10;"),
            '\r' => buf.push_str("&#13;"),
            c => buf.push(c),
        }
    }
    buf.push_str(r#""><text:p>"#);
    let mut previous_space = true;
    for c in text.chars() {
        match c {
            '&' => buf.push_str("&amp;"),
            '<' => buf.push_str("&lt;"),
            '>' => buf.push_str("&gt;"),
            '\t' => buf.push_str("<text:tab/>"),
            '\n' | '\r' => buf.push_str("<text:line-break/>"),
            ' ' if previous_space => buf.push_str("<text:s/>"),
            c => buf.push(c),
        }
        previous_space = c == ' ';
    }
    buf.push_str("</text:p></table:table-cell>");
}
