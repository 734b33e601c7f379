//! How names compare: sorting and matching ignore case and diacritics, so "Bistrita" finds
//! "Bistrița" and "Końskie" sorts beside "Konskie".

/// The key names are sorted and matched by: ASCII transliteration, lower case.
pub fn sort_key(name: &str) -> String {
    deunicode::deunicode(name).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_key_folds_diacritics_and_case() {
        assert_eq!(sort_key("Bistrița-Năsăud"), "bistrita-nasaud");
        assert_eq!(sort_key("Końskie"), "konskie");
        assert_eq!(sort_key("Náchod"), "nachod");
        assert_eq!(
            sort_key("Friedrich-Ebert-Straße"),
            "friedrich-ebert-strasse"
        );
    }
}
