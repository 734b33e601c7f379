//! The values typed into forms, files and query strings (src/domain/values.rs, the funding amounts
//! of src/domain/funding/money.rs, Wikidata item ids): what one parse accepts, written back,
//! parses to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use partnerportal::domain::funding::Eur;
use partnerportal::domain::values::{CountryCode, PartialDate, Slug};
use partnerportal::domain::wikidata::ItemId;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(date) = PartialDate::parse(text) {
        assert_eq!(date.to_string(), text, "a date is written as it is read");
        assert_eq!(PartialDate::parse(&date.to_string()), Ok(date));
    }
    if let Ok(country) = CountryCode::parse(text) {
        assert_eq!(CountryCode::parse(country.as_str()), Ok(country));
        assert!(country.as_str().bytes().all(|b| b.is_ascii_uppercase()));
    }
    if let Ok(slug) = Slug::parse(text) {
        assert_eq!(slug.as_str(), text);
    }
    if let Ok(amount) = Eur::parse(text) {
        let stored = amount.text();
        assert_eq!(
            Eur::parse(&stored),
            Ok(amount),
            "the stored text reads back"
        );
        assert!(amount >= Eur::ZERO);
        // What a page shows can be typed back into a form (English puts the sign first).
        for lang in ["de", "en", "fr", "pl", "ro"] {
            let shown = amount.display(lang);
            let typed = shown.trim_start_matches('€');
            assert_eq!(
                Eur::parse(typed),
                Ok(amount),
                "{lang} display {shown:?} reads back"
            );
        }
    }
    if let Some(item) = ItemId::parse(text) {
        assert_eq!(item.to_string(), text);
    }
});
