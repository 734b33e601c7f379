//! The search box (src/domain/search.rs): folding of a query and a name, the match and its
//! highlight, the trigrams and pieces the index is asked for. Half of the input is the query, the
//! rest the name. The highlight always puts the original name back together, on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use partnerportal::domain::search::{
    Folded, fold_query, highlight, intact_pieces, match_name, tolerated_edits, trigrams,
};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (query, name) = text.split_once('\u{0}').unwrap_or((text, text));
    let q = fold_query(query);
    assert_eq!(fold_query(&q), q, "folding is idempotent");
    assert!(!q.starts_with(' ') && !q.ends_with(' ') && !q.contains("  "));
    let folded = Folded::new(name);
    for gram in trigrams(&q) {
        assert_eq!(gram.chars().count(), 3);
        assert!(q.contains(&gram));
    }
    let edits = tolerated_edits(q.chars().count());
    if let Some(pieces) = intact_pieces(&q, edits) {
        assert_eq!(pieces.len(), edits + 1);
        assert_eq!(pieces.concat(), q, "the pieces are the query cut");
    }
    if let Some(m) = match_name(&q, &folded.text) {
        assert!(m.range.start <= m.range.end && m.range.end <= folded.text.len());
        assert!(folded.text.is_char_boundary(m.range.start));
        assert!(folded.text.is_char_boundary(m.range.end));
        assert!(m.edits <= edits);
        let parts = highlight(name, &folded, m.range.clone());
        let whole: String = parts.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(whole, name, "the highlighted parts are the name");
        assert!(parts.iter().filter(|(_, marked)| *marked).count() <= 1);
    }
});
