//! The funding catalogue (TOML, seed/funding-catalogue.toml, src/domain/funding/catalogue.rs):
//! refused with the problems named, or accepted and then passing its own check again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use partnerportal::domain::funding::catalogue::Catalogue;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(catalogue) = Catalogue::parse_toml(text) {
        assert_eq!(catalogue.check(), Ok(()));
    }
});
