//! Query strings of the lists (src/params.rs): the partnership filters, page numbers and keyset
//! positions as axum's `Query` hands them to the handlers. Any query is accepted or refused with a
//! 400 message; an accepted filter written back as a query string gives the same filter.
#![no_main]

use axum::extract::Query;
use axum::http::Uri;
use libfuzzer_sys::fuzz_target;
use partnerportal::params::{PageQuery, PartnershipQuery, page};
use partnerportal::store::PartnershipFilter;

fn uri(query: &str) -> Option<Uri> {
    format!("/?{query}").parse().ok()
}

/// The filter as the pages link it (keys of the vocabularies, upper-case country).
fn query_of(f: &PartnershipFilter) -> String {
    let mut pairs = Vec::new();
    if let Some(c) = &f.country {
        pairs.push(format!("country={}", c.as_str().to_lowercase()));
    }
    if let Some(t) = f.topic {
        pairs.push(format!("topic={}", t.as_str()));
    }
    if let Some(l) = f.level {
        pairs.push(format!("level={}", l.as_str()));
    }
    if let Some(s) = f.status {
        pairs.push(format!("status={}", s.as_str()));
    }
    if let Some(k) = f.kind {
        pairs.push(format!("kind={}", k.as_str()));
    }
    if let Some(b) = &f.body {
        pairs.push(format!("body={b}"));
    }
    if let Some(w) = &f.within {
        pairs.push(format!("within={w}"));
    }
    pairs.join("&")
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(request) = uri(text) else {
        return;
    };
    if let Ok(Query(q)) = Query::<PartnershipQuery>::try_from_uri(&request) {
        match q.filter() {
            Ok(filter) => {
                let again = uri(&query_of(&filter)).expect("our own query is a URI");
                let Query(q2) = Query::<PartnershipQuery>::try_from_uri(&again)
                    .expect("our own query string parses");
                assert_eq!(q2.filter().expect("our own filter is accepted"), filter);
            }
            Err(e) => assert!(!e.to_string().is_empty()),
        }
        if let Ok(p) = q.page(50) {
            assert!(p.number >= 1 && p.size >= 1 && p.size <= 500);
        }
        if let Ok(Some(after)) = q.after() {
            assert!(!after.is_empty() && q.page.as_deref().is_none_or(|p| p.trim().is_empty()));
        }
    }
    if let Ok(Query(q)) = Query::<PageQuery>::try_from_uri(&request)
        && let Ok(p) = page(&q.page, &q.per_page, 20)
    {
        assert!(p.number >= 1 && p.number <= 1_000_000 && p.size >= 1 && p.size <= 500);
    }
});
