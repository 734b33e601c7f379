//! Validated value types: partial dates, country codes and slugs. Each is parsed once at the edge
//! (seed file, query string, database row) and can then be trusted everywhere.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Why a value was rejected; the message is meant for the person who typed it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidValue(pub String);

/// A date known to the year, the month or the day: sources say "2003", "01/2007" or "1 July 2007".
///
/// Stored and exchanged as ISO 8601 text of matching precision (`2003`, `2007-01`, `2007-07-01`), which
/// sorts chronologically as plain text in every database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

impl PartialDate {
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        let invalid = || {
            InvalidValue(format!(
                "'{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
            ))
        };
        let mut parts = text.split('-');
        let year = parse_digits(parts.next(), 4).ok_or_else(invalid)?;
        let month = match parts.next() {
            None => None,
            Some(m) => Some(parse_digits(Some(m), 2).ok_or_else(invalid)?),
        };
        let day = match parts.next() {
            None => None,
            Some(d) => Some(parse_digits(Some(d), 2).ok_or_else(invalid)?),
        };
        if parts.next().is_some() || year == 0 {
            return Err(invalid());
        }
        let month = month.map(|m| m as u8);
        let day = day.map(|d| d as u8);
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(InvalidValue(format!("'{text}': month {m} does not exist")));
        }
        if let (Some(m), Some(d)) = (month, day)
            && (d == 0 || d > days_in_month(year, m))
        {
            return Err(InvalidValue(format!(
                "'{text}': day {d} does not exist in that month"
            )));
        }
        Ok(PartialDate { year, month, day })
    }

    pub fn year(&self) -> u16 {
        self.year
    }

    pub fn month(&self) -> Option<u8> {
        self.month
    }

    pub fn day(&self) -> Option<u8> {
        self.day
    }
}

fn parse_digits(part: Option<&str>, width: usize) -> Option<u16> {
    let part = part?;
    if part.len() != width || !part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    part.parse().ok()
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        PartialDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// An ISO 3166-1 alpha-2 country code, always upper case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Accepts either case (`fr`, `FR`) since both appear in URLs people type.
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        match text.as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => Ok(CountryCode([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
            ])),
            _ => Err(InvalidValue(format!(
                "'{text}' is not a country code; use the two letters of ISO 3166-1, such as DE or FR"
            ))),
        }
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        CountryCode::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// The stable, readable key of a body or partnership in URLs: lower-case ASCII letters, digits and
/// single hyphens (`landkreis-harz`, `bistrita-nasaud`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slug(String);

impl Slug {
    pub const MAX_LEN: usize = 120;

    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        let well_formed = !text.is_empty()
            && text.len() <= Self::MAX_LEN
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !text.starts_with('-')
            && !text.ends_with('-')
            && !text.contains("--");
        if well_formed {
            Ok(Slug(text.to_owned()))
        } else {
            Err(InvalidValue(format!(
                "'{text}' is not a valid identifier; use lower-case letters a-z, digits and single hyphens (at most {} characters)",
                Self::MAX_LEN
            )))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Slug {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Slug::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn partial_dates_keep_their_precision() {
        assert_eq!(PartialDate::parse("2003").unwrap().to_string(), "2003");
        assert_eq!(
            PartialDate::parse("2007-01").unwrap().to_string(),
            "2007-01"
        );
        assert_eq!(
            PartialDate::parse("2024-02-29").unwrap().to_string(),
            "2024-02-29"
        );
    }

    #[test]
    fn impossible_or_malformed_dates_are_rejected() {
        for bad in [
            "",
            "03",
            "2003-13",
            "2003-00",
            "2023-02-29",
            "2003-1",
            "2003/01",
            "0000",
            "2003-01-01-01",
            "２００３",
            "-2003",
            "2003-",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn earlier_precision_sorts_before_later_dates_in_the_same_year() {
        let year = PartialDate::parse("2003").unwrap();
        let december = PartialDate::parse("2003-12").unwrap();
        assert!(year < december);
        assert!(year.to_string() < december.to_string());
    }

    #[test]
    fn country_codes_are_normalised_to_upper_case() {
        assert_eq!(CountryCode::parse("fr").unwrap().as_str(), "FR");
        assert!(CountryCode::parse("FRA").is_err());
        assert!(CountryCode::parse("F1").is_err());
        assert!(CountryCode::parse("ß").is_err());
    }

    #[test]
    fn slugs_reject_anything_but_lower_ascii_words() {
        assert!(Slug::parse("bistrita-nasaud").is_ok());
        for bad in [
            "",
            "Harz",
            "bistrița",
            "a--b",
            "-a",
            "a-",
            "a b",
            "../etc",
            &"a".repeat(121),
        ] {
            assert!(Slug::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    proptest! {
        #[test]
        fn partial_date_parsing_never_panics_and_round_trips(text in "\\PC{0,14}") {
            if let Ok(date) = PartialDate::parse(&text) {
                prop_assert_eq!(date.to_string(), text);
            }
        }

        #[test]
        fn valid_dates_round_trip(y in 1u16..=9999, m in 1u8..=12, d in 1u8..=28) {
            let text = format!("{y:04}-{m:02}-{d:02}");
            prop_assert_eq!(PartialDate::parse(&text).unwrap().to_string(), text);
        }

        #[test]
        fn slug_parsing_never_panics(text in "\\PC{0,40}") {
            let _ = Slug::parse(&text);
        }
    }
}
