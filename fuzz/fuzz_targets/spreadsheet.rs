//! The spreadsheet import (xlsx and ods, src/io/spreadsheet/read.rs): any zip is refused with a
//! reason (damaged, zip bomb, unknown sheet, missing columns …) or read into rows; accepted rows
//! written back in the same format read back identical.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Only containers: every input is made one, so the fuzzer never spends time on CSV here.
    if data.starts_with(b"PK\x03\x04") {
        partnerportal_fuzz::read_and_round_trip(data);
    } else {
        let mut zip = b"PK\x03\x04".to_vec();
        zip.extend_from_slice(data);
        partnerportal_fuzz::read_and_round_trip(&zip);
    }
});
