//! The annual report for the district council, pure: per partnership of a body the milestones of
//! the year, its activities with the number of people taking part by country (live records and
//! the anonymous counts of erased people), the funding applied for and granted that year (exact
//! decimals), and the activity over the years for the chart.

use std::collections::BTreeMap;

use super::funding::Eur;
use super::registry::{BodyRef, Translations};
use super::values::PartialDate;

/// The years a report may be asked for.
pub const FIRST_YEAR: i32 = 1950;
pub const LAST_YEAR: i32 = 2100;
/// The chart shows at most this many years, ending with the report's.
pub const CHART_YEARS: i32 = 20;

/// A report year from the query: `None` for none given, an error text for a bad one.
pub fn parse_year(text: Option<&str>) -> Result<Option<i32>, String> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(t) => match t.parse::<i32>() {
            Ok(y) if (FIRST_YEAR..=LAST_YEAR).contains(&y) && t.len() == 4 => Ok(Some(y)),
            _ => Err(format!(
                "the year is a number from {FIRST_YEAR} to {LAST_YEAR}, such as 2026"
            )),
        },
    }
}

#[derive(Debug, Clone)]
pub struct ReportMilestone {
    pub date: Option<PartialDate>,
    pub date_text: String,
    /// A milestone type key (`contract`, `event`, …).
    pub kind: String,
    pub note: Translations,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryCount {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub count: i64,
}

#[derive(Debug, Clone)]
pub struct ReportActivity {
    pub title: Translations,
    /// An activity kind key (`youth_encounter`, …).
    pub kind: String,
    pub starts_on: String,
    pub ends_on: String,
    pub internal: bool,
    /// People taking part, by country, largest first.
    pub participants: Vec<CountryCount>,
}

impl ReportActivity {
    pub fn participants_total(&self) -> i64 {
        self.participants.iter().map(|c| c.count).sum()
    }
}

#[derive(Debug, Clone)]
pub struct ReportFunding {
    pub title: String,
    pub programme: String,
    /// A funding status key (`granted`, …).
    pub status: String,
    pub requested: Option<Eur>,
    pub granted: Option<Eur>,
}

#[derive(Debug, Clone)]
pub struct PartnershipReport {
    pub slug: String,
    /// The report's body's side first.
    pub home: BodyRef,
    pub partner: BodyRef,
    pub milestones: Vec<ReportMilestone>,
    pub activities: Vec<ReportActivity>,
    pub funding: Vec<ReportFunding>,
}

impl PartnershipReport {
    pub fn requested_total(&self) -> Eur {
        self.funding.iter().filter_map(|f| f.requested).sum()
    }

    pub fn granted_total(&self) -> Eur {
        self.funding.iter().filter_map(|f| f.granted).sum()
    }

    /// People taking part in the year's activities, by country, largest first.
    pub fn participants_by_country(&self) -> Vec<CountryCount> {
        merge_counts(
            self.activities
                .iter()
                .flat_map(|a| a.participants.iter().cloned()),
        )
    }

    pub fn participants_total(&self) -> i64 {
        self.activities
            .iter()
            .map(ReportActivity::participants_total)
            .sum()
    }

    pub fn is_quiet(&self) -> bool {
        self.milestones.is_empty() && self.activities.is_empty() && self.funding.is_empty()
    }
}

/// Adds counts of the same country; largest first, then by code.
pub fn merge_counts(counts: impl IntoIterator<Item = CountryCount>) -> Vec<CountryCount> {
    let mut by_country: BTreeMap<String, i64> = BTreeMap::new();
    for c in counts {
        *by_country.entry(c.country).or_default() += c.count;
    }
    let mut merged: Vec<CountryCount> = by_country
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(country, count)| CountryCount { country, count })
        .collect();
    merged.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.country.cmp(&b.country))
    });
    merged
}

/// Activity of one year, over all partnerships of the report: the chart's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearCount {
    pub year: i32,
    pub activities: i64,
    pub milestones: i64,
}

/// One entry per year from the first year with anything (at most [`CHART_YEARS`] back) to
/// `year`, with the years without anything as zeros.
pub fn year_series(counts: &[YearCount], year: i32) -> Vec<YearCount> {
    let first = counts
        .iter()
        .filter(|c| c.year <= year && (c.activities > 0 || c.milestones > 0))
        .map(|c| c.year)
        .min()
        .unwrap_or(year)
        .max(year - CHART_YEARS + 1);
    (first..=year)
        .map(|y| {
            counts
                .iter()
                .find(|c| c.year == y)
                .copied()
                .unwrap_or(YearCount {
                    year: y,
                    activities: 0,
                    milestones: 0,
                })
        })
        .collect()
}

/// The whole report.
#[derive(Debug, Clone)]
pub struct CouncilReport {
    pub year: i32,
    pub body: BodyRef,
    pub partnerships: Vec<PartnershipReport>,
    pub history: Vec<YearCount>,
}

impl CouncilReport {
    pub fn activities_total(&self) -> usize {
        self.partnerships.iter().map(|p| p.activities.len()).sum()
    }

    pub fn participants_total(&self) -> i64 {
        self.partnerships
            .iter()
            .map(PartnershipReport::participants_total)
            .sum()
    }

    pub fn requested_total(&self) -> Eur {
        self.partnerships
            .iter()
            .map(PartnershipReport::requested_total)
            .sum()
    }

    pub fn granted_total(&self) -> Eur {
        self.partnerships
            .iter()
            .map(PartnershipReport::granted_total)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(country: &str, count: i64) -> CountryCount {
        CountryCount {
            country: country.into(),
            count,
        }
    }

    #[test]
    fn counts_of_one_country_are_added_and_the_largest_comes_first() {
        assert_eq!(
            merge_counts([c("RO", 3), c("DE", 5), c("RO", 4), c("FR", 0)]),
            vec![c("RO", 7), c("DE", 5)]
        );
    }

    #[test]
    fn the_year_series_fills_quiet_years_and_ends_with_the_report_year() {
        let counts = [
            YearCount {
                year: 2021,
                activities: 2,
                milestones: 0,
            },
            YearCount {
                year: 2024,
                activities: 0,
                milestones: 1,
            },
            YearCount {
                year: 2030,
                activities: 9,
                milestones: 0,
            },
        ];
        let series = year_series(&counts, 2026);
        assert_eq!(series.first().unwrap().year, 2021);
        assert_eq!(series.last().unwrap().year, 2026);
        assert_eq!(series.len(), 6);
        assert_eq!(series[1].activities, 0);
        assert_eq!(year_series(&[], 2026).len(), 1);
        let long = [YearCount {
            year: 1960,
            activities: 1,
            milestones: 1,
        }];
        assert_eq!(year_series(&long, 2026).len(), CHART_YEARS as usize);
    }

    #[test]
    fn report_years_are_four_digit_years_in_range() {
        assert_eq!(parse_year(Some("2026")), Ok(Some(2026)));
        assert_eq!(parse_year(None), Ok(None));
        assert_eq!(parse_year(Some(" ")), Ok(None));
        for bad in ["26", "1800", "2026-01", "zwei", "+2026", "99999"] {
            assert!(parse_year(Some(bad)).is_err(), "{bad}");
        }
    }
}
