//! The import of calls for proposals (JSON array or CSV, src/io/funding_calls.rs): refused with
//! every problem and its line, or accepted; accepted calls written back as a JSON array are
//! accepted again, unchanged (the import is idempotent on its own output).
#![no_main]

use std::collections::HashSet;

use libfuzzer_sys::fuzz_target;
use partnerportal::io::funding_calls::{MAX_CALLS, parse};

fuzz_target!(|data: &[u8]| {
    let calls = match parse(data) {
        Ok(calls) => calls,
        Err(problems) => {
            assert!(!problems.is_empty(), "a refusal names a problem");
            let lines = data.iter().filter(|b| **b == b'\n').count() + 1;
            for p in &problems {
                assert!(
                    p.line >= 1 && p.line <= lines,
                    "problem on line {} of {lines}",
                    p.line
                );
            }
            return;
        }
    };
    assert!(!calls.is_empty() && calls.len() <= MAX_CALLS);
    let mut ids = HashSet::new();
    for (_, call) in &calls {
        assert!(
            ids.insert(call.identifier.clone()),
            "identifiers are unique"
        );
        assert_eq!(
            call.check(),
            Ok(()),
            "an accepted call passes the workbench's check"
        );
    }
    let records: Vec<_> = calls.iter().map(|(_, c)| c.clone()).collect();
    let json = serde_json::to_vec_pretty(&records).expect("calls serialise");
    let again = parse(&json).unwrap_or_else(|p| panic!("our own JSON is refused: {p:?}"));
    let again: Vec<_> = again.into_iter().map(|(_, c)| c).collect();
    assert_eq!(again, records);
});
