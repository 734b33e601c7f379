//! The registry's CSV import (`partnerportal import-spreadsheet`, the workbench upload): any text is
//! refused with a reason or read into rows; accepted rows written back as CSV read back identical.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A zip container is the spreadsheet target's: here only what is read as CSV.
    if data.starts_with(b"PK\x03\x04") {
        return;
    }
    partnerportal_fuzz::read_and_round_trip(data);
});
