//! Wikidata's twinning statements as JSON (query-service results and dump extracts,
//! src/io/wikidata.rs), and the comparison with the registry (src/wikidata.rs) on a fixed registry
//! view instead of the database: refused with a reason, or read within the limits; the comparison's
//! JSON report is JSON and names only items of the extract.
#![no_main]

use libfuzzer_sys::fuzz_target;
use partnerportal::domain::values::PartialDate;
use partnerportal::domain::vocab::BodyKind;
use partnerportal::domain::wikidata::{ItemId, OurBody, OurPartnership};
use partnerportal::io::wikidata::{MAX_LABEL, MAX_STATEMENTS, parse};
use partnerportal::store::wikidata::WikidataView;
use partnerportal::wikidata::{outcome_of, quickstatements, render_json, render_table};

/// Three bodies as the store would hand them over: two with Wikidata ids, one matched by name.
fn view() -> WikidataView {
    let body =
        |slug: &str, name: &str, country: &str, id: Option<u64>, geonames: Option<u64>| OurBody {
            slug: slug.into(),
            name: name.into(),
            country: country.into(),
            wikidata_id: id.and_then(ItemId::from_number),
            geonames_id: geonames,
        };
    WikidataView {
        bodies: vec![
            (
                body("landkreis-harz", "Landkreis Harz", "DE", Some(1), Some(3)),
                BodyKind::District,
            ),
            (
                body("wernigerode", "Wernigerode", "DE", Some(2), None),
                BodyKind::Municipality,
            ),
            (
                body("iasi", "Iași", "RO", None, Some(5)),
                BodyKind::Municipality,
            ),
        ],
        partnerships: vec![OurPartnership {
            slug: "landkreis-harz-wernigerode".into(),
            sides: ["landkreis-harz".into(), "wernigerode".into()],
            since: PartialDate::parse("2003").ok(),
            end: None,
        }],
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(extract) = parse(data) else {
        return;
    };
    assert!(extract.twinnings.len() <= MAX_STATEMENTS);
    for info in extract.items.values() {
        if let Some(label) = &info.label {
            assert!(
                label.chars().count() <= MAX_LABEL,
                "labels are cut to the limit"
            );
        }
    }
    let outcome = outcome_of(extract, &view());
    let json: serde_json::Value =
        serde_json::from_str(&render_json(&outcome)).expect("the JSON report is JSON");
    assert!(json.is_object());
    let _ = render_table(&outcome);
    let lines = quickstatements(&outcome, "https://portal.example");
    for line in lines.lines() {
        assert!(
            line.starts_with('Q'),
            "a QuickStatements line names an item: {line:?}"
        );
    }
});
