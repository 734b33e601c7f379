//! The catalogue of funding programmes and their actions, as the curated starter file
//! (`seed/funding-catalogue.toml`) and the database hold it. Every rule states where it was read
//! and when, so staff can see how fresh it is.

use serde::{Deserialize, Serialize};

use super::rules::Rule;
use super::{is_web_address, parse_date};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    #[serde(rename = "programme")]
    pub programmes: Vec<Programme>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// Stable key: "erasmus-plus".
    pub key: String,
    /// The programme's own name ("Erasmus+", "Deutsch-Französisches Jugendwerk").
    pub name: String,
    /// "eu", "national" or "bilateral".
    pub level: String,
    pub url: String,
    #[serde(rename = "action")]
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Stable key, unique in the catalogue: "cerv-town-twinning".
    pub key: String,
    pub name: String,
    /// How the money is given: "lump_sum", "unit_costs", "actual_costs", "flat_rate".
    pub funding_form: String,
    /// What the funding form means here, in one sentence (lump sum table, unit costs…).
    pub funding_note: String,
    /// The highest share of the costs the funder pays, in percent, where one applies.
    #[serde(default)]
    pub max_cofinancing_percent: Option<u32>,
    pub url: String,
    #[serde(default, rename = "rule")]
    pub rules: Vec<RuleEntry>,
}

/// A rule with the page it was read from and the day it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleEntry {
    #[serde(flatten)]
    pub rule: Rule,
    pub source: String,
    /// "2026-11-20".
    pub as_of: String,
}

pub const LEVELS: [&str; 3] = ["eu", "national", "bilateral"];
pub const FUNDING_FORMS: [&str; 4] = ["lump_sum", "unit_costs", "actual_costs", "flat_rate"];

impl Catalogue {
    /// Reads and checks a catalogue; every problem is named with the programme and action.
    pub fn parse_toml(text: &str) -> Result<Catalogue, String> {
        let catalogue: Catalogue = toml::from_str(text).map_err(|e| e.to_string())?;
        catalogue.check()?;
        Ok(catalogue)
    }

    pub fn check(&self) -> Result<(), String> {
        let mut problems = Vec::new();
        let mut keys = std::collections::BTreeSet::new();
        for p in &self.programmes {
            if !keys.insert(format!("programme:{}", p.key)) {
                problems.push(format!("programme '{}' appears twice", p.key));
            }
            if !LEVELS.contains(&p.level.as_str()) {
                problems.push(format!(
                    "programme '{}': level '{}' is not one of {LEVELS:?}",
                    p.key, p.level
                ));
            }
            if !is_web_address(&p.url) {
                problems.push(format!("programme '{}': url is not a web address", p.key));
            }
            for a in &p.actions {
                let at = format!("programme '{}', action '{}'", p.key, a.key);
                if !keys.insert(format!("action:{}", a.key)) {
                    problems.push(format!("{at}: the action key is used twice"));
                }
                if !FUNDING_FORMS.contains(&a.funding_form.as_str()) {
                    problems.push(format!(
                        "{at}: funding_form is not one of {FUNDING_FORMS:?}"
                    ));
                }
                if a.max_cofinancing_percent.is_some_and(|r| r == 0 || r > 100) {
                    problems.push(format!(
                        "{at}: max_cofinancing_percent is between 1 and 100"
                    ));
                }
                if !is_web_address(&a.url) {
                    problems.push(format!("{at}: url is not a web address"));
                }
                for (i, r) in a.rules.iter().enumerate() {
                    if let Err(e) = r.rule.check() {
                        problems.push(format!("{at}, rule {}: {e}", i + 1));
                    }
                    if !is_web_address(&r.source) {
                        problems.push(format!(
                            "{at}, rule {}: the source is not a web address",
                            i + 1
                        ));
                    }
                    if parse_date(&r.as_of).is_none() {
                        problems.push(format!("{at}, rule {}: as_of is not a date", i + 1));
                    }
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("; "))
        }
    }
}

/// The curated starter catalogue compiled into the binary.
pub const STARTER: &str = include_str!("../../../seed/funding-catalogue.toml");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_catalogue_is_sound_and_covers_the_named_actions() {
        let c = Catalogue::parse_toml(STARTER).expect("the starter catalogue reads");
        let actions: Vec<&str> = c
            .programmes
            .iter()
            .flat_map(|p| p.actions.iter().map(|a| a.key.as_str()))
            .collect();
        for key in [
            "erasmus-ka152-youth-exchanges",
            "esc-volunteering-teams",
            "cerv-town-twinning",
            "cerv-networks-of-towns",
            "dfjw-group-exchange",
            "dpjw-youth-exchange",
        ] {
            assert!(actions.contains(&key), "{key} missing");
        }
        let all_rules: Vec<&RuleEntry> = c
            .programmes
            .iter()
            .flat_map(|p| &p.actions)
            .flat_map(|a| &a.rules)
            .collect();
        assert!(all_rules.len() >= 12);
        let twinning = c
            .programmes
            .iter()
            .flat_map(|p| &p.actions)
            .find(|a| a.key == "cerv-town-twinning")
            .unwrap();
        let rules: Vec<&Rule> = twinning.rules.iter().map(|r| &r.rule).collect();
        assert!(rules.contains(&&Rule::MinParticipants { min: 50 }));
        assert!(rules.contains(&&Rule::MinInvitedGuests { min: 25 }));
        assert!(rules.contains(&&Rule::MinCountries { min: 2 }));
    }

    #[test]
    fn a_catalogue_with_unsound_entries_is_refused_naming_them() {
        let text = r#"
[[programme]]
key = "x"
name = "X"
level = "galactic"
url = "https://example.org/x"
[[programme.action]]
key = "x-a"
name = "A"
funding_form = "lump_sum"
funding_note = "n"
url = "ftp://example.org"
[[programme.action.rule]]
rule = "duration_days"
min = 9
max = 3
source = "https://example.org/x"
as_of = "yesterday"
"#;
        let error = Catalogue::parse_toml(text).unwrap_err();
        for part in [
            "level 'galactic'",
            "url is not a web address",
            "rule 1: a duration",
            "as_of is not a date",
        ] {
            assert!(error.contains(part), "{part} not in {error}");
        }
        assert!(Catalogue::parse_toml("[[programme]]\nkey = 1").is_err());
    }
}
