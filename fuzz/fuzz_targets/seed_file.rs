//! The seed file (TOML) that `partnerportal import-seed` reads (src/io/seed_format.rs; the importer
//! src/store/seed_import.rs only writes what this parse accepted): refused with a reason, or
//! accepted with every cross-reference resolved and every text in NFC.
#![no_main]

use std::collections::HashSet;

use libfuzzer_sys::fuzz_target;
use partnerportal::io::seed_format::SeedFile;
use unicode_normalization::is_nfc;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(seed) = SeedFile::parse(text) else {
        return;
    };
    let bodies: HashSet<&str> = seed.bodies.iter().map(|b| b.slug.as_str()).collect();
    assert_eq!(bodies.len(), seed.bodies.len(), "body slugs are unique");
    assert!(bodies.contains(seed.portal.home_body.as_str()));
    for body in &seed.bodies {
        assert!(is_nfc(&body.name), "names are stored composed");
        assert!(!body.name.trim().is_empty());
        assert_eq!(body.latitude.is_some(), body.longitude.is_some());
        if let Some(parent) = &body.parent {
            assert!(bodies.contains(parent.as_str()));
        }
        for text in body.description.values() {
            assert!(is_nfc(text));
        }
    }
    let mut slugs = HashSet::new();
    for p in &seed.partnerships {
        assert!(
            slugs.insert(SeedFile::partnership_slug(p)),
            "partnership slugs are unique"
        );
        assert!(bodies.contains(p.bodies[0].as_str()) && bodies.contains(p.bodies[1].as_str()));
        assert_ne!(p.bodies[0], p.bodies[1]);
    }
    for c in &seed.contact_points {
        assert!(bodies.contains(c.body.as_str()));
    }
    // The same text gives the same file: parsing has no hidden state.
    let again = SeedFile::parse(text).expect("an accepted file is accepted again");
    assert_eq!(format!("{again:?}"), format!("{seed:?}"));
});
