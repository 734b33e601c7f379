//! Money in euros as an exact decimal with at most two places (cents). Amounts are parsed from what
//! people type ("12500", "12 500,50", "12.500,50", "12500.50"), added without rounding, and stored as
//! canonical text ("12500.50") that sorts nowhere but reads back exactly.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, Sub};
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The largest amount accepted: a trillion euros is a typing error, not a grant.
const MAX_UNITS: i64 = 999_999_999_999;

/// An amount of euros, exact to the cent. Never negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Eur(Decimal);

/// Why a text is not an amount, in English (the form shows a translated message by code).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct MoneyError(pub String);

impl Eur {
    pub const ZERO: Eur = Eur(Decimal::ZERO);

    /// From whole cents, for tests and sums kept in cents.
    pub fn from_cents(cents: i64) -> Eur {
        Eur(Decimal::new(cents.max(0), 2))
    }

    pub fn decimal(self) -> Decimal {
        self.0
    }

    /// Parses an amount as people type it. A single comma or a dot followed by one or two digits is
    /// the decimal separator; spaces, apostrophes and the other separator group thousands. A trailing
    /// "€" or "EUR" is allowed.
    pub fn parse(text: &str) -> Result<Eur, MoneyError> {
        let original = text;
        let text = text.trim();
        let text = text
            .strip_suffix('€')
            .or_else(|| text.strip_suffix("EUR"))
            .or_else(|| text.strip_suffix("eur"))
            .unwrap_or(text)
            .trim();
        if text.is_empty() {
            return Err(MoneyError("an amount is empty".into()));
        }
        if text.starts_with('-') {
            return Err(MoneyError(format!(
                "'{original}' is negative; amounts are never below zero"
            )));
        }
        let cleaned: String = text
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
            .collect();
        if cleaned.is_empty()
            || !cleaned
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        {
            return Err(MoneyError(format!(
                "'{original}' is not an amount in euros, such as 12500 or 12 500,50"
            )));
        }
        // The decimal separator is the last '.' or ',' when one or two digits follow it.
        let last = cleaned.rfind(['.', ',']);
        let (whole, cents) = match last {
            Some(at) if (1..=2).contains(&(cleaned.len() - at - 1)) => {
                (&cleaned[..at], &cleaned[at + 1..])
            }
            Some(at) if cleaned.len() - at - 1 != 3 => {
                return Err(MoneyError(format!(
                    "'{original}' has more than two decimal places; amounts are exact to the cent"
                )));
            }
            _ => (cleaned.as_str(), ""),
        };
        // What is left of the separator may group thousands with '.' or ',' in threes only.
        let groups: Vec<&str> = whole.split(['.', ',']).collect();
        if groups.len() > 1
            && (groups[0].is_empty()
                || groups[0].len() > 3
                || groups[1..].iter().any(|g| g.len() != 3))
        {
            return Err(MoneyError(format!(
                "'{original}' is not an amount in euros, such as 12500 or 12 500,50"
            )));
        }
        let digits: String = groups.concat();
        if digits.is_empty() || digits.len() > 12 {
            return Err(MoneyError(format!(
                "'{original}' is not an amount in euros between 0 and {MAX_UNITS}"
            )));
        }
        let canonical = if cents.is_empty() {
            digits
        } else {
            format!("{digits}.{cents}")
        };
        let value = Decimal::from_str(&canonical)
            .map_err(|_| MoneyError(format!("'{original}' is not an amount in euros")))?;
        Ok(Eur(value.round_dp(2)))
    }

    /// The stored text: digits, a dot and two decimals ("12500.00").
    pub fn text(self) -> String {
        let mut d = self.0;
        d.rescale(2);
        d.to_string()
    }

    /// As the reader's language writes it: "12.500,50 €" (de, ro), "12 500,50 €" (fr, pl),
    /// "€12,500.50" (en).
    pub fn display(self, lang: &str) -> String {
        let text = self.text();
        let (whole, cents) = text.split_once('.').unwrap_or((&text, "00"));
        let (group, decimal) = match lang {
            "en" => (",", "."),
            "fr" | "pl" => ("\u{202f}", ","),
            _ => (".", ","),
        };
        let mut grouped = String::new();
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push_str(group);
            }
            grouped.push(c);
        }
        if lang == "en" {
            format!("€{grouped}{decimal}{cents}")
        } else {
            format!("{grouped}{decimal}{cents}\u{a0}€")
        }
    }

    /// `part` of `self` as a percentage with one decimal ("40.0"), `None` for a zero whole.
    pub fn share_of(part: Eur, whole: Eur) -> Option<Decimal> {
        if whole.0.is_zero() {
            return None;
        }
        let mut share = (part.0 * Decimal::ONE_HUNDRED / whole.0).round_dp(1);
        share.rescale(1);
        Some(share)
    }

    /// Whole euros as a float, for drawing a chart only (never for sums).
    pub fn chart_units(self) -> f64 {
        use rust_decimal::prelude::ToPrimitive;
        self.0.to_f64().unwrap_or(0.0)
    }
}

impl Add for Eur {
    type Output = Eur;
    fn add(self, other: Eur) -> Eur {
        Eur(self.0 + other.0)
    }
}

/// Saturates at zero: money is never negative.
impl Sub for Eur {
    type Output = Eur;
    fn sub(self, other: Eur) -> Eur {
        Eur((self.0 - other.0).max(Decimal::ZERO))
    }
}

impl Sum for Eur {
    fn sum<I: Iterator<Item = Eur>>(iter: I) -> Eur {
        iter.fold(Eur::ZERO, Add::add)
    }
}

impl<'a> Sum<&'a Eur> for Eur {
    fn sum<I: Iterator<Item = &'a Eur>>(iter: I) -> Eur {
        iter.copied().sum()
    }
}

impl fmt::Display for Eur {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl Serialize for Eur {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text())
    }
}

impl<'de> Deserialize<'de> for Eur {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Eur, D::Error> {
        let text = String::deserialize(d)?;
        Eur::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur(text: &str) -> Eur {
        Eur::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn amounts_are_read_as_people_type_them() {
        for (typed, stored) in [
            ("12500", "12500.00"),
            ("12500.5", "12500.50"),
            ("12500,50", "12500.50"),
            ("12.500,50", "12500.50"),
            ("12,500.50", "12500.50"),
            ("12 500,50 €", "12500.50"),
            ("1.234.567", "1234567.00"),
            ("0,01", "0.01"),
            ("30000 EUR", "30000.00"),
            ("0", "0.00"),
        ] {
            assert_eq!(eur(typed).text(), stored, "{typed}");
        }
    }

    #[test]
    fn text_that_is_not_an_amount_is_refused_with_a_reason() {
        for bad in [
            "",
            "-5",
            "12,5,0",
            "1.2345",
            "12.3456,00",
            "abc",
            "1e6",
            "NaN",
            "12 500,505",
            "1234567890123",
            "١٢٣",
            "5 000 000 000 000",
        ] {
            assert!(Eur::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn the_stored_text_reads_back_exactly() {
        for cents in [0, 1, 99, 100, 123_456_789, 9_999_999_999_999] {
            let a = Eur::from_cents(cents);
            assert_eq!(Eur::parse(&a.text()), Ok(a));
        }
    }

    #[test]
    fn a_hundred_thousand_line_items_of_ten_cents_sum_to_exactly_ten_thousand_euros() {
        let items = vec![eur("0.10"); 100_000];
        let total: Eur = items.iter().sum();
        assert_eq!(total.text(), "10000.00");
        // The same sum in binary floating point drifts.
        let float: f64 = std::iter::repeat_n(0.1_f64, 100_000).sum();
        assert_ne!(float, 10_000.0);
    }

    #[test]
    fn sums_of_many_uneven_line_items_equal_the_sum_of_their_cents() {
        let mut cents_total = 0i64;
        let mut items = Vec::new();
        for i in 0..50_000i64 {
            let cents = (i * 7919) % 1_000_003;
            cents_total += cents;
            items.push(Eur::from_cents(cents));
        }
        let total: Eur = items.into_iter().sum();
        assert_eq!(total, Eur::from_cents(cents_total));
    }

    #[test]
    fn amounts_are_written_in_the_readers_convention() {
        let a = eur("1234567.8");
        assert_eq!(a.display("de"), "1.234.567,80\u{a0}€");
        assert_eq!(a.display("en"), "€1,234,567.80");
        assert_eq!(a.display("fr"), "1\u{202f}234\u{202f}567,80\u{a0}€");
        assert_eq!(eur("999").display("de"), "999,00\u{a0}€");
    }

    #[test]
    fn shares_are_exact_percentages() {
        assert_eq!(
            Eur::share_of(eur("30000"), eur("75000")).map(|d| d.to_string()),
            Some("40.0".into())
        );
        assert_eq!(Eur::share_of(eur("1"), Eur::ZERO), None);
        assert_eq!(eur("10") - eur("20"), Eur::ZERO);
    }
}
