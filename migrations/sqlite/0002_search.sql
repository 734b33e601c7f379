-- Search over bodies and their other names. Names are folded by the application (ASCII transliteration,
-- lower case: "Końskie" -> "konskie", "Łódź" -> "lodz", "Straße" -> "strasse"), the same way queries are,
-- so matching ignores diacritics in every script the transliteration knows. The trigram tokenizer finds
-- any substring of three or more characters and gives candidates for typo-tolerant ranking.
-- The index is derived data: the application rebuilds it after imports and edits.
CREATE VIRTUAL TABLE search_names USING fts5(
    body_id UNINDEXED,
    name UNINDEXED,
    lang UNINDEXED,
    folded,
    tokenize = 'trigram'
);
