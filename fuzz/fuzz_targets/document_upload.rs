//! Document uploads of funding applications (src/domain/funding/documents.rs): the type by magic
//! bytes and zip parts (never by name), and the name a document is kept under. Any file is refused
//! or typed consistently with its first bytes; any sent name becomes a safe name.
#![no_main]

use libfuzzer_sys::fuzz_target;
use partnerportal::domain::funding::documents::{DocumentType, safe_file_name, sniff};

fuzz_target!(|data: &[u8]| {
    match sniff(data) {
        Ok(DocumentType::Pdf) => assert!(data.starts_with(b"%PDF-")),
        Ok(DocumentType::Png) => assert!(data.starts_with(b"\x89PNG\r\n\x1a\n")),
        Ok(DocumentType::Jpeg) => assert!(data.starts_with(&[0xFF, 0xD8, 0xFF])),
        Ok(_) => assert!(
            data.starts_with(b"PK\x03\x04"),
            "office files are zip packages"
        ),
        Err(_) => {}
    }
    // The first line is the name the browser sent.
    let sent = String::from_utf8_lossy(data.split(|b| *b == b'\n').next().unwrap_or_default());
    for kind in [DocumentType::Pdf, DocumentType::Docx] {
        let name = safe_file_name(&sent, kind);
        let (stem, ext) = name.rsplit_once('.').expect("a name has its extension");
        assert_eq!(ext, kind.extension());
        assert!(!stem.is_empty() && stem.chars().count() <= 120);
        assert!(!name.starts_with('.') && !name.contains(['/', '\\']) && !name.contains(".."));
        assert!(!name.chars().any(char::is_control));
    }
});
