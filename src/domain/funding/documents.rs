//! Documents of funding applications: which files are taken, judged by their first bytes (never by
//! the name or the browser's word), and the safe name a download carries.

use std::io::{Cursor, Read};

/// The largest document kept: 10 MiB.
pub const MAX_DOCUMENT_BYTES: usize = 10 * 1024 * 1024;

/// What a document is, as its bytes say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentType {
    Pdf,
    Png,
    Jpeg,
    /// OpenDocument text, spreadsheet, presentation (ODF zip container).
    OdfText,
    OdfSpreadsheet,
    OdfPresentation,
    /// Office Open XML (zip container): Word, Excel, PowerPoint.
    Docx,
    Xlsx,
    Pptx,
}

impl DocumentType {
    pub const ALL: [DocumentType; 9] = [
        DocumentType::Pdf,
        DocumentType::Png,
        DocumentType::Jpeg,
        DocumentType::OdfText,
        DocumentType::OdfSpreadsheet,
        DocumentType::OdfPresentation,
        DocumentType::Docx,
        DocumentType::Xlsx,
        DocumentType::Pptx,
    ];

    pub fn media_type(self) -> &'static str {
        match self {
            DocumentType::Pdf => "application/pdf",
            DocumentType::Png => "image/png",
            DocumentType::Jpeg => "image/jpeg",
            DocumentType::OdfText => "application/vnd.oasis.opendocument.text",
            DocumentType::OdfSpreadsheet => "application/vnd.oasis.opendocument.spreadsheet",
            DocumentType::OdfPresentation => "application/vnd.oasis.opendocument.presentation",
            DocumentType::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            DocumentType::Xlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
            DocumentType::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
        }
    }

    pub fn parse_media_type(text: &str) -> Option<DocumentType> {
        DocumentType::ALL
            .into_iter()
            .find(|d| d.media_type() == text)
    }

    /// The file name extension a download gets.
    pub fn extension(self) -> &'static str {
        match self {
            DocumentType::Pdf => "pdf",
            DocumentType::Png => "png",
            DocumentType::Jpeg => "jpg",
            DocumentType::OdfText => "odt",
            DocumentType::OdfSpreadsheet => "ods",
            DocumentType::OdfPresentation => "odp",
            DocumentType::Docx => "docx",
            DocumentType::Xlsx => "xlsx",
            DocumentType::Pptx => "pptx",
        }
    }
}

/// Why a file is not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    TooLarge,
    /// Not one of the allowed types by its bytes.
    Type,
}

impl Refusal {
    /// The Fluent message.
    pub fn message_key(self) -> &'static str {
        match self {
            Refusal::Empty => "funding-document-empty",
            Refusal::TooLarge => "funding-document-too-large",
            Refusal::Type => "funding-document-refused-type",
        }
    }
}

/// Judges a file by its bytes.
pub fn sniff(bytes: &[u8]) -> Result<DocumentType, Refusal> {
    if bytes.is_empty() {
        return Err(Refusal::Empty);
    }
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(Refusal::TooLarge);
    }
    if bytes.starts_with(b"%PDF-") {
        return Ok(DocumentType::Pdf);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok(DocumentType::Png);
    }
    if bytes.len() > 3 && bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Ok(DocumentType::Jpeg);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return zip_container(bytes).ok_or(Refusal::Type);
    }
    Err(Refusal::Type)
}

/// An ODF package names its type in a first, stored entry `mimetype`; an OOXML package has
/// `[Content_Types].xml` and the part of its kind. Any other zip is refused.
fn zip_container(bytes: &[u8]) -> Option<DocumentType> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    // A package with more entries than any office document has is not one.
    if archive.len() > 10_000 {
        return None;
    }
    if let Ok(mut entry) = archive.by_name("mimetype")
        && entry.size() < 200
    {
        let mut text = String::new();
        entry.by_ref().take(200).read_to_string(&mut text).ok()?;
        return match text.trim() {
            "application/vnd.oasis.opendocument.text" => Some(DocumentType::OdfText),
            "application/vnd.oasis.opendocument.spreadsheet" => Some(DocumentType::OdfSpreadsheet),
            "application/vnd.oasis.opendocument.presentation" => {
                Some(DocumentType::OdfPresentation)
            }
            _ => None,
        };
    }
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .collect();
    let has = |part: &str| names.iter().any(|n| n == part);
    if !has("[Content_Types].xml") {
        return None;
    }
    if has("word/document.xml") {
        Some(DocumentType::Docx)
    } else if has("xl/workbook.xml") {
        Some(DocumentType::Xlsx)
    } else if has("ppt/presentation.xml") {
        Some(DocumentType::Pptx)
    } else {
        None
    }
}

/// The name a document is kept and downloaded under: the last path part of what the browser sent,
/// letters, digits, spaces and `-_.()` only (others become `_`), at most 120 characters, never
/// hidden or empty, and ending in the extension of its real type.
pub fn safe_file_name(sent: &str, kind: DocumentType) -> String {
    let last = sent.rsplit(['/', '\\']).next().unwrap_or_default().trim();
    let mut stem: String = last
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '(' | ')') {
                c
            } else if c == '.' {
                '.'
            } else {
                '_'
            }
        })
        .collect();
    // The extension comes from the type, not from the name.
    if let Some((before, _)) = stem.rsplit_once('.') {
        stem = before.to_owned();
    }
    // Cut to length before trimming: a cut that ends on a dot or a space must not reach the name
    // ("….pdf" with two dots, found by the document_upload fuzz target).
    let stem: String = stem.replace("..", "_").chars().take(120).collect();
    let stem = stem
        .trim_matches(|c: char| c == '.' || c == ' ' || c == '_')
        .to_owned();
    let stem = if stem.is_empty() {
        "document".to_owned()
    } else {
        stem
    };
    format!("{stem}.{}", kind.extension())
}

/// A document's SHA-256, hex-encoded, kept to tell copies apart.
pub fn digest(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    format!("{:x}", Sha256::digest(bytes))
}

/// The `Content-Disposition` header of a download: an ASCII fallback name and the UTF-8 name
/// (RFC 6266 / 5987).
pub fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '(' | ')') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        {
            let mut w = zip::ZipWriter::new(&mut out);
            for (name, bytes) in entries {
                w.start_file(
                    *name,
                    zip::write::SimpleFileOptions::default()
                        .compression_method(zip::CompressionMethod::Stored),
                )
                .unwrap();
                w.write_all(bytes).unwrap();
            }
            w.finish().unwrap();
        }
        out.into_inner()
    }

    #[test]
    fn documents_are_judged_by_their_first_bytes() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Ok(DocumentType::Pdf));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Ok(DocumentType::Png));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0]), Ok(DocumentType::Jpeg));
        assert_eq!(sniff(b""), Err(Refusal::Empty));
        assert_eq!(
            sniff(b"<html><script>alert(1)</script>"),
            Err(Refusal::Type)
        );
        assert_eq!(sniff(b" %PDF-1.7"), Err(Refusal::Type), "not at the start");
        assert_eq!(sniff(b"MZ\x90\x00"), Err(Refusal::Type));
        let big = vec![b'%'; MAX_DOCUMENT_BYTES + 1];
        assert_eq!(sniff(&big), Err(Refusal::TooLarge));
    }

    #[test]
    fn office_containers_are_told_apart_and_other_zips_refused() {
        let odt = zip_of(&[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("content.xml", b"<x/>"),
        ]);
        assert_eq!(sniff(&odt), Ok(DocumentType::OdfText));
        let docx = zip_of(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", b"<w/>"),
        ]);
        assert_eq!(sniff(&docx), Ok(DocumentType::Docx));
        let xlsx = zip_of(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("xl/workbook.xml", b"<w/>"),
        ]);
        assert_eq!(sniff(&xlsx), Ok(DocumentType::Xlsx));
        let other = zip_of(&[("index.html", b"<script>")]);
        assert_eq!(sniff(&other), Err(Refusal::Type));
        let fake_odf = zip_of(&[("mimetype", b"text/html")]);
        assert_eq!(sniff(&fake_odf), Err(Refusal::Type));
        assert_eq!(sniff(b"PK\x03\x04broken"), Err(Refusal::Type));
    }

    #[test]
    fn file_names_lose_paths_controls_and_their_claimed_extension() {
        let pdf = DocumentType::Pdf;
        assert_eq!(safe_file_name("Antrag 2027.pdf", pdf), "Antrag 2027.pdf");
        assert_eq!(safe_file_name("../../etc/passwd", pdf), "passwd.pdf");
        assert_eq!(
            safe_file_name("C:\\Users\\x\\Budget.xlsx", pdf),
            "Budget.pdf"
        );
        assert_eq!(safe_file_name("a\"b;c\r\nd.html", pdf), "a_b_c__d.pdf");
        assert_eq!(safe_file_name("..", pdf), "document.pdf");
        assert_eq!(safe_file_name("", DocumentType::Png), "document.png");
        assert_eq!(safe_file_name(".htaccess", pdf), "document.pdf");
        assert_eq!(safe_file_name("Łódź – plan.pdf", pdf), "Łódź _ plan.pdf");
        assert_eq!(safe_file_name(&"x".repeat(500), pdf).chars().count(), 124);
    }

    #[test]
    fn a_long_name_cut_at_a_dot_or_space_gets_no_double_dot() {
        let pdf = DocumentType::Pdf;
        let long = "a".repeat(119);
        assert_eq!(
            safe_file_name(&format!("{long}.x.pdf"), pdf),
            format!("{long}.pdf")
        );
        assert_eq!(
            safe_file_name(&format!("{long} x.pdf"), pdf),
            format!("{long}.pdf")
        );
    }

    #[test]
    fn the_download_header_quotes_nothing_it_should_not() {
        assert_eq!(
            content_disposition("Łódź plan.pdf"),
            "attachment; filename=\"__d__plan.pdf\"; filename*=UTF-8''%C5%81%C3%B3d%C5%BA%20plan.pdf"
        );
    }
}
