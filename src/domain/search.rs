//! How a search query matches a name: folding (case, diacritics, transliteration), ranking of exact,
//! prefix, substring and typo-tolerant matches, and the part of the name to highlight.

use std::ops::Range;

/// Text folded for matching, remembering for each folded character which original character it came
/// from, so a match in the folded text can be highlighted in the original.
#[derive(Debug, Clone, PartialEq)]
pub struct Folded {
    pub text: String,
    /// For every `char` of `text`, the index of the original `char` it came from.
    origin: Vec<usize>,
}

impl Folded {
    /// Transliterates to lower-case ASCII and turns every run of punctuation or space into one
    /// space, so "Bistrița-Năsăud", "bistrita nasaud" and "Bistrita - Nasaud" fold alike.
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        for (index, c) in original.chars().enumerate() {
            let folded = deunicode::deunicode_char(c).unwrap_or("");
            for f in folded.chars().flat_map(char::to_lowercase) {
                let f = if f.is_alphanumeric() { f } else { ' ' };
                if f == ' ' && (text.is_empty() || text.ends_with(' ')) {
                    continue;
                }
                text.push(f);
                origin.push(index);
            }
        }
        if text.ends_with(' ') {
            text.pop();
            origin.pop();
        }
        Folded { text, origin }
    }

    /// The original text's byte range covering the folded byte range `folded`.
    pub fn original_range(&self, original: &str, folded: Range<usize>) -> Range<usize> {
        let first = self.text[..folded.start].chars().count();
        let count = self.text[folded.clone()].chars().count();
        if count == 0 || first + count > self.origin.len() {
            return 0..0;
        }
        let (start_char, end_char) = (self.origin[first], self.origin[first + count - 1] + 1);
        let byte = |char_index: usize| {
            original
                .char_indices()
                .nth(char_index)
                .map_or(original.len(), |(b, _)| b)
        };
        byte(start_char)..byte(end_char)
    }
}

/// Folds a query the way names are folded.
pub fn fold_query(query: &str) -> String {
    Folded::new(query).text
}

/// How well a name matches, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    Exact,
    Prefix,
    WordPrefix,
    Substring,
    /// Within a small number of typing errors of the name or one of its words.
    Similar,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NameMatch {
    pub kind: MatchKind,
    /// Typing errors needed (0 unless `Similar`).
    pub edits: usize,
    /// The folded byte range that matched, for highlighting.
    pub range: Range<usize>,
}

/// Typing errors tolerated for a query of this many characters: none for very short queries, where
/// one error already means another name.
pub fn tolerated_edits(query_chars: usize) -> usize {
    match query_chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Matches a folded query against a folded name. Queries shorter than three characters match only
/// at the start of a word: two letters inside a word find too much to be useful.
pub fn match_name(query: &str, name: &str) -> Option<NameMatch> {
    if query.is_empty() {
        return None;
    }
    let short = query.chars().count() < 3;
    let found = |kind, start: usize| {
        Some(NameMatch {
            kind,
            edits: 0,
            range: start..start + query.len(),
        })
    };
    if name == query {
        return found(MatchKind::Exact, 0);
    }
    if name.starts_with(query) {
        return found(MatchKind::Prefix, 0);
    }
    let words = word_ranges(name);
    if let Some(word) = words.iter().find(|w| name[w.start..].starts_with(query)) {
        return found(MatchKind::WordPrefix, word.start);
    }
    if short {
        return None;
    }
    if let Some(start) = name.find(query) {
        return found(MatchKind::Substring, start);
    }
    let allowed = tolerated_edits(query.chars().count());
    if allowed == 0 {
        return None;
    }
    // Compare with the whole name and with every run of as many words as the query has.
    let query_words = query.split(' ').count();
    let mut candidates = Vec::with_capacity(words.len() + 1);
    candidates.push(0..name.len());
    for window in words.windows(query_words.min(words.len()).max(1)) {
        candidates.push(window[0].start..window[window.len() - 1].end);
    }
    candidates
        .into_iter()
        .map(|range| {
            (
                strsim::damerau_levenshtein(query, &name[range.clone()]),
                range,
            )
        })
        .filter(|(edits, _)| *edits <= allowed)
        .min_by_key(|(edits, range)| (*edits, range.start))
        .map(|(edits, range)| NameMatch {
            kind: MatchKind::Similar,
            edits,
            range,
        })
}

/// Byte ranges of the alphanumeric words of a folded name.
fn word_ranges(name: &str) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in name.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push(s..name.len());
    }
    words
}

/// The distinct trigrams of a folded query, for finding candidates in a trigram index.
pub fn trigrams(query: &str) -> Vec<String> {
    let chars: Vec<char> = query.chars().collect();
    let mut grams: Vec<String> = chars.windows(3).map(|w| w.iter().collect()).collect();
    grams.sort();
    grams.dedup();
    grams
}

/// Pieces of a query that a name matching it with at most `edits` edits contains unchanged: cut into
/// `edits + 1` runs of characters, one of them escapes every edit (pigeonhole). `None` when a piece
/// would be shorter than a trigram, where the index cannot look pieces up.
pub fn intact_pieces(query: &str, edits: usize) -> Option<Vec<String>> {
    let chars: Vec<char> = query.chars().collect();
    let count = edits + 1;
    if chars.len() < 3 * count {
        return None;
    }
    let (size, longer) = (chars.len() / count, chars.len() % count);
    let mut pieces = Vec::with_capacity(count);
    let mut start = 0;
    for i in 0..count {
        let len = size + usize::from(i < longer);
        pieces.push(chars[start..start + len].iter().collect());
        start += len;
    }
    Some(pieces)
}

/// A name cut into plain and highlighted parts, for rendering with `<mark>`.
pub fn highlight(original: &str, folded: &Folded, range: Range<usize>) -> Vec<(String, bool)> {
    let hit = folded.original_range(original, range);
    if hit.is_empty() {
        return vec![(original.to_owned(), false)];
    }
    [
        (original[..hit.start].to_owned(), false),
        (original[hit.clone()].to_owned(), true),
        (original[hit.end..].to_owned(), false),
    ]
    .into_iter()
    .filter(|(part, _)| !part.is_empty())
    .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn m(query: &str, name: &str) -> Option<NameMatch> {
        match_name(&fold_query(query), &Folded::new(name).text)
    }

    #[test]
    fn missing_diacritics_still_match_exactly() {
        assert_eq!(m("iasi", "Iași").unwrap().kind, MatchKind::Exact);
        assert_eq!(m("konskie", "Końskie").unwrap().kind, MatchKind::Exact);
        assert_eq!(
            m("bistrita-nasaud", "Bistrița-Năsăud").unwrap().kind,
            MatchKind::Exact
        );
        assert_eq!(m("lodz", "Łódź").unwrap().kind, MatchKind::Exact);
    }

    #[test]
    fn one_typing_error_is_forgiven_in_a_longer_name() {
        let found = m("Wernigrode", "Wernigerode").unwrap();
        assert_eq!((found.kind, found.edits), (MatchKind::Similar, 1));
        assert_eq!(m("Quedlinbrug", "Quedlinburg").unwrap().edits, 1);
    }

    #[test]
    fn a_typing_error_is_forgiven_in_one_word_of_a_longer_name() {
        let found = m("Konecky", "Kreis Konecki").unwrap();
        assert_eq!(found.kind, MatchKind::Similar);
    }

    #[test]
    fn short_queries_must_match_exactly() {
        assert!(m("ias", "Ibs").is_none());
        assert!(m("xyzzy", "Wernigerode").is_none());
    }

    #[test]
    fn better_matches_rank_first() {
        assert!(MatchKind::Exact < MatchKind::Prefix);
        assert_eq!(m("werni", "Wernigerode").unwrap().kind, MatchKind::Prefix);
        assert_eq!(
            m("belfort", "Territoire de Belfort").unwrap().kind,
            MatchKind::WordPrefix
        );
        assert_eq!(
            m("ernig", "Wernigerode").unwrap().kind,
            MatchKind::Substring
        );
    }

    #[test]
    fn highlights_land_on_the_original_characters() {
        let name = "Bistrița-Năsăud";
        let folded = Folded::new(name);
        let found = match_name("nasaud", &folded.text).unwrap();
        assert_eq!(
            highlight(name, &folded, found.range),
            vec![("Bistrița-".to_owned(), false), ("Năsăud".to_owned(), true)]
        );
        let name = "Straßfurt";
        let folded = Folded::new(name);
        let found = match_name("strass", &folded.text).unwrap();
        assert_eq!(
            highlight(name, &folded, found.range)[0],
            ("Straß".to_owned(), true)
        );
    }

    #[test]
    fn punctuation_and_spacing_do_not_matter() {
        assert_eq!(
            m("bistrita nasaud", "Bistrița-Năsăud").unwrap().kind,
            MatchKind::Exact
        );
        assert_eq!(
            m("  Blankenburg   Harz ", "Blankenburg (Harz)")
                .unwrap()
                .kind,
            MatchKind::Exact
        );
        assert_eq!(
            Folded::new("Veltheim/Winterthur").text,
            "veltheim winterthur"
        );
    }

    #[test]
    fn two_letters_match_only_at_the_start_of_a_word() {
        assert_eq!(
            m("ha", "Blankenburg (Harz)").unwrap().kind,
            MatchKind::WordPrefix
        );
        assert!(m("ha", "Thale").is_none());
        assert!(m("ha", "Wirtschaft").is_none());
    }

    #[test]
    fn a_query_is_cut_into_one_piece_more_than_the_edits_it_forgives() {
        assert_eq!(
            intact_pieces("wernigerode", 2).unwrap(),
            vec!["wern", "iger", "ode"]
        );
        assert_eq!(
            intact_pieces("sangerhausen", 1).unwrap(),
            vec!["sanger", "hausen"]
        );
        assert_eq!(intact_pieces("iași", 1), None, "pieces of two letters");
        assert_eq!(intact_pieces("blankenb", 2), None);
        // Every edit touches one piece, so one piece is found unchanged in the misspelt name.
        for (query, name) in [
            ("wernigerode", "wernigrode"),
            ("quedlinburg", "quedlinbrug"),
        ] {
            let pieces = intact_pieces(query, tolerated_edits(query.chars().count())).unwrap();
            assert!(pieces.iter().any(|p| name.contains(p.as_str())), "{query}");
        }
    }

    #[test]
    fn trigrams_are_distinct() {
        assert_eq!(trigrams("aaaa"), vec!["aaa"]);
        assert_eq!(trigrams("iasi"), vec!["asi", "ias"]);
        assert!(trigrams("ab").is_empty());
    }

    proptest! {
        #[test]
        fn matching_and_highlighting_never_panic(query in "\\PC{0,12}", name in "\\PC{0,30}") {
            let folded = Folded::new(&name);
            if let Some(found) = match_name(&fold_query(&query), &folded.text) {
                let parts = highlight(&name, &folded, found.range);
                let joined: String = parts.iter().map(|(p, _)| p.as_str()).collect();
                prop_assert_eq!(joined, name);
            }
        }
    }
}
