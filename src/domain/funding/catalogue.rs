//! The catalogue of funding programmes and their actions, as the curated starter file
//! (`seed/funding-catalogue.toml`) and the database hold it. Every rule states where it was read
//! and when, so staff can see how fresh it is.

use serde::{Deserialize, Serialize};

use super::rules::Rule;
use super::{is_web_address, line, parse_date};
use crate::domain::records::FieldError;

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

/// A programme as the workbench edits it and the audit trail keeps it (its actions are records of
/// their own).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeRecord {
    pub key: String,
    pub name: String,
    pub level: String,
    pub url: String,
}

/// An action with its rules, as the workbench edits it and the audit trail keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionRecord {
    /// The key of the programme the action belongs to.
    pub programme: String,
    pub key: String,
    pub name: String,
    pub funding_form: String,
    pub funding_note: String,
    #[serde(default)]
    pub max_cofinancing_percent: Option<u32>,
    pub url: String,
    #[serde(default)]
    pub rules: Vec<RuleEntry>,
}

/// The most rules one action may carry.
const MAX_RULES: usize = 50;

/// A key: lower-case letters, digits and hyphens, 2 to 80 of them ("cerv-town-twinning").
fn key_problem(problems: &mut Vec<FieldError>, key: &str) {
    let sound = (2..=80).contains(&key.len())
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !key.starts_with('-')
        && !key.ends_with('-');
    if !sound {
        problems.push(FieldError::new(
            "key",
            "funding-key",
            "a key has 2 to 80 lower-case letters, digits and hyphens, such as cerv-town-twinning",
        ));
    }
}

fn web_address(problems: &mut Vec<FieldError>, field: String, value: &str) {
    if !is_web_address(value) {
        problems.push(FieldError::new(
            field,
            "funding-url",
            "a link starts with https:// or http://",
        ));
    }
}

fn result(problems: Vec<FieldError>) -> Result<(), Vec<FieldError>> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

impl ProgrammeRecord {
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut problems = Vec::new();
        key_problem(&mut problems, &self.key);
        line(&mut problems, "name", &self.name, true);
        if !LEVELS.contains(&self.level.as_str()) {
            problems.push(FieldError::new(
                "level",
                "funding-level",
                format!("the level is one of {}", LEVELS.join(", ")),
            ));
        }
        web_address(&mut problems, "url".into(), &self.url);
        result(problems)
    }
}

impl ActionRecord {
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut problems = Vec::new();
        line(&mut problems, "programme", &self.programme, true);
        key_problem(&mut problems, &self.key);
        line(&mut problems, "name", &self.name, true);
        if !FUNDING_FORMS.contains(&self.funding_form.as_str()) {
            problems.push(FieldError::new(
                "funding_form",
                "funding-form",
                format!("the funding form is one of {}", FUNDING_FORMS.join(", ")),
            ));
        }
        if self.funding_note.chars().count() > 2000
            || self
                .funding_note
                .chars()
                .any(|c| c.is_control() && c != '\n')
        {
            problems.push(FieldError::new(
                "funding_note",
                "funding-note",
                "the note on the funding form is at most 2000 characters",
            ));
        }
        if self
            .max_cofinancing_percent
            .is_some_and(|r| r == 0 || r > 100)
        {
            problems.push(FieldError::new(
                "max_cofinancing_percent",
                "funding-percent",
                "a co-financing rate is a whole percentage from 1 to 100",
            ));
        }
        web_address(&mut problems, "url".into(), &self.url);
        if self.rules.len() > MAX_RULES {
            problems.push(FieldError::new(
                "rules",
                "funding-too-many",
                format!("at most {MAX_RULES} rules"),
            ));
        }
        let mut kinds = std::collections::BTreeSet::new();
        for (i, r) in self.rules.iter().enumerate() {
            if let Err(message) = r.rule.check() {
                problems.push(FieldError::new(
                    format!("rules[{i}]"),
                    "funding-rule",
                    message,
                ));
            } else if !kinds.insert(r.rule.key()) {
                problems.push(FieldError::new(
                    format!("rules[{i}]"),
                    "funding-rule-twice",
                    format!("the action has a rule '{}' already", r.rule.key()),
                ));
            }
            web_address(&mut problems, format!("rules[{i}].source"), &r.source);
            if parse_date(&r.as_of).is_none() {
                problems.push(FieldError::new(
                    format!("rules[{i}].as_of"),
                    "funding-date",
                    format!("'{}' is not a date such as 2026-11-05", r.as_of),
                ));
            }
        }
        result(problems)
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
