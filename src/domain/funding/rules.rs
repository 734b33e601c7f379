//! The eligibility rules of a funding action as data, and the one small engine that evaluates them
//! against what an application plans. Each rule says "met" or "not met" with the numbers behind it;
//! the words come from the Fluent message `funding-rule-<kind>-met` / `-unmet` with the arguments
//! of [`Verdict::args`], so every language reads "networks of towns need at least 4 partner
//! countries: you have 3".

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

/// Kinds of applicant a programme names. They are wider than the registry's body kinds: a town's
/// twinning committee or an NGO may apply where the registry only knows the town.
pub const APPLICANT_KINDS: [&str; 8] = [
    "municipality",
    "district",
    "region",
    "association",
    "twinning_committee",
    "ngo",
    "school",
    "public_body",
];

/// One rule of an action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Rule {
    /// Countries taking part (the applicant's and every partner's), at least.
    MinCountries { min: u32 },
    /// Partner bodies besides the applicant, at least.
    MinPartners { min: u32 },
    /// Planned participants in all, at least.
    MinParticipants { min: u32 },
    /// Planned participants in all, at most.
    MaxParticipants { max: u32 },
    /// Participants invited from other countries than the applicant's, at least.
    MinInvitedGuests { min: u32 },
    /// The activity's length in days, from … to.
    DurationDays { min: u32, max: u32 },
    /// The kind of the applying body is one of these ([`APPLICANT_KINDS`]).
    EligibleApplicants { kinds: Vec<String> },
}

impl Rule {
    /// The rule's kind as its message key reads it: `min-countries`.
    pub fn key(&self) -> &'static str {
        match self {
            Rule::MinCountries { .. } => "min-countries",
            Rule::MinPartners { .. } => "min-partners",
            Rule::MinParticipants { .. } => "min-participants",
            Rule::MaxParticipants { .. } => "max-participants",
            Rule::MinInvitedGuests { .. } => "min-invited-guests",
            Rule::DurationDays { .. } => "duration-days",
            Rule::EligibleApplicants { .. } => "eligible-applicants",
        }
    }

    /// Whether the rule is sound: bounds that can be met, known applicant kinds.
    pub fn check(&self) -> Result<(), String> {
        match self {
            Rule::DurationDays { min, max } if min > max => Err(format!(
                "a duration from {min} to {max} days can never be met"
            )),
            Rule::DurationDays { min: 0, .. } => Err("an activity lasts at least one day".into()),
            Rule::EligibleApplicants { kinds } if kinds.is_empty() => {
                Err("a list of eligible applicants names at least one kind".into())
            }
            Rule::EligibleApplicants { kinds } => match kinds
                .iter()
                .find(|k| !APPLICANT_KINDS.contains(&k.as_str()))
            {
                Some(k) => Err(format!(
                    "'{k}' is not an applicant kind; use one of {}",
                    APPLICANT_KINDS.join(", ")
                )),
                None => Ok(()),
            },
            _ => Ok(()),
        }
    }
}

/// What an application plans, as the rules see it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// The applying body's country.
    pub applicant_country: Option<String>,
    /// The applicant's kind, one of [`APPLICANT_KINDS`], when known.
    pub applicant_kind: Option<String>,
    /// The countries of the partner bodies, one entry per partner.
    pub partner_countries: Vec<String>,
    /// Planned participants: (country, all of them, of which invited guests).
    pub participants: Vec<(String, u32, u32)>,
    /// The activity's planned length, when dates are known.
    pub duration_days: Option<u32>,
}

impl Plan {
    pub fn countries(&self) -> BTreeSet<&str> {
        self.applicant_country
            .iter()
            .chain(&self.partner_countries)
            .map(String::as_str)
            .collect()
    }

    pub fn participants(&self) -> u32 {
        self.participants.iter().map(|(_, n, _)| *n).sum()
    }

    pub fn invited_guests(&self) -> u32 {
        self.participants.iter().map(|(_, _, g)| *g).sum()
    }
}

/// The outcome of one rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub rule: Rule,
    /// `None`: cannot be judged yet (the plan lacks what the rule needs).
    pub met: Option<bool>,
    /// What the plan has, in the rule's terms ("3" countries, "12" days, "association").
    pub have: String,
}

impl Verdict {
    /// The Fluent message: `funding-rule-min-countries-met`, `…-unmet`, `…-unknown`.
    pub fn message_key(&self) -> String {
        let outcome = match self.met {
            Some(true) => "met",
            Some(false) => "unmet",
            None => "unknown",
        };
        format!("funding-rule-{}-{outcome}", self.rule.key())
    }

    /// The message's arguments besides `$action`: `$need` (and `$max`), `$have`.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let mut args = vec![("have", self.have.clone())];
        match &self.rule {
            Rule::MinCountries { min }
            | Rule::MinPartners { min }
            | Rule::MinParticipants { min }
            | Rule::MinInvitedGuests { min } => args.push(("need", min.to_string())),
            Rule::MaxParticipants { max } => args.push(("need", max.to_string())),
            Rule::DurationDays { min, max } => {
                args.push(("need", min.to_string()));
                args.push(("max", max.to_string()));
            }
            Rule::EligibleApplicants { kinds } => args.push(("need", kinds.join(", "))),
        }
        args
    }
}

/// Evaluates every rule against the plan, in the rules' order.
pub fn evaluate(rules: &[Rule], plan: &Plan) -> Vec<Verdict> {
    rules.iter().map(|rule| judge(rule, plan)).collect()
}

/// Whether every rule is met (unknown ones count as not met).
pub fn all_met(verdicts: &[Verdict]) -> bool {
    verdicts.iter().all(|v| v.met == Some(true))
}

fn judge(rule: &Rule, plan: &Plan) -> Verdict {
    let at_least = |have: u32, min: u32| (Some(have >= min), have.to_string());
    let (met, have) = match rule {
        Rule::MinCountries { min } => {
            let have = u32::try_from(plan.countries().len()).unwrap_or(u32::MAX);
            at_least(have, *min)
        }
        Rule::MinPartners { min } => at_least(
            u32::try_from(plan.partner_countries.len()).unwrap_or(u32::MAX),
            *min,
        ),
        Rule::MinParticipants { min } => at_least(plan.participants(), *min),
        Rule::MaxParticipants { max } => {
            let have = plan.participants();
            (Some(have <= *max), have.to_string())
        }
        Rule::MinInvitedGuests { min } => at_least(plan.invited_guests(), *min),
        Rule::DurationDays { min, max } => match plan.duration_days {
            Some(days) => (Some((*min..=*max).contains(&days)), days.to_string()),
            None => (None, String::new()),
        },
        Rule::EligibleApplicants { kinds } => match &plan.applicant_kind {
            Some(kind) => (Some(kinds.contains(kind)), kind.clone()),
            None => (None, String::new()),
        },
    };
    Verdict {
        rule: rule.clone(),
        met,
        have,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(applicant: &str, partners: &[&str], participants: &[(&str, u32, u32)]) -> Plan {
        Plan {
            applicant_country: Some(applicant.into()),
            applicant_kind: Some("municipality".into()),
            partner_countries: partners.iter().map(|c| (*c).to_owned()).collect(),
            participants: participants
                .iter()
                .map(|(c, n, g)| ((*c).to_owned(), *n, *g))
                .collect(),
            duration_days: Some(5),
        }
    }

    fn one(rule: Rule, plan: &Plan) -> Verdict {
        evaluate(std::slice::from_ref(&rule), plan).remove(0)
    }

    #[test]
    fn minimum_countries_count_the_applicant_and_every_distinct_partner_country() {
        let rule = Rule::MinCountries { min: 4 };
        for (partners, met, have) in [
            (&[][..], false, "1"),
            (&["FR", "PL"][..], false, "3"),
            (&["FR", "FR", "PL"][..], false, "3"),
            (&["DE", "FR", "PL"][..], false, "3"),
            (&["FR", "PL", "RO"][..], true, "4"),
            (&["FR", "PL", "RO", "IT"][..], true, "5"),
        ] {
            let v = one(rule.clone(), &plan("DE", partners, &[]));
            assert_eq!((v.met, v.have.as_str()), (Some(met), have), "{partners:?}");
        }
    }

    #[test]
    fn minimum_partners_count_partner_bodies_not_countries() {
        let rule = Rule::MinPartners { min: 2 };
        for (partners, met) in [
            (&[][..], false),
            (&["FR"][..], false),
            (&["FR", "FR"][..], true),
        ] {
            assert_eq!(one(rule.clone(), &plan("DE", partners, &[])).met, Some(met));
        }
    }

    #[test]
    fn participant_minimum_and_maximum_sum_every_country() {
        let p = plan("DE", &["FR"], &[("DE", 25, 0), ("FR", 24, 24)]);
        for (rule, met, have) in [
            (Rule::MinParticipants { min: 50 }, false, "49"),
            (Rule::MinParticipants { min: 49 }, true, "49"),
            (Rule::MaxParticipants { max: 49 }, true, "49"),
            (Rule::MaxParticipants { max: 48 }, false, "49"),
        ] {
            let v = one(rule.clone(), &p);
            assert_eq!((v.met, v.have.as_str()), (Some(met), have), "{rule:?}");
        }
    }

    #[test]
    fn invited_guests_are_counted_across_countries() {
        let rule = Rule::MinInvitedGuests { min: 25 };
        for (participants, met, have) in [
            (&[][..], false, "0"),
            (&[("FR", 30, 24)][..], false, "24"),
            (&[("FR", 30, 20), ("PL", 10, 5)][..], true, "25"),
        ] {
            let v = one(rule.clone(), &plan("DE", &["FR"], participants));
            assert_eq!((v.met, v.have.as_str()), (Some(met), have));
        }
    }

    #[test]
    fn durations_are_checked_inclusively_and_unknown_without_dates() {
        let rule = Rule::DurationDays { min: 5, max: 21 };
        for (days, met) in [
            (Some(4), Some(false)),
            (Some(5), Some(true)),
            (Some(21), Some(true)),
            (Some(22), Some(false)),
            (None, None),
        ] {
            let mut p = plan("DE", &[], &[]);
            p.duration_days = days;
            assert_eq!(one(rule.clone(), &p).met, met, "{days:?}");
        }
    }

    #[test]
    fn applicant_kinds_are_matched_exactly() {
        let rule = Rule::EligibleApplicants {
            kinds: vec!["municipality".into(), "twinning_committee".into()],
        };
        for (kind, met) in [
            (Some("municipality"), Some(true)),
            (Some("twinning_committee"), Some(true)),
            (Some("district"), Some(false)),
            (None, None),
        ] {
            let mut p = plan("DE", &[], &[]);
            p.applicant_kind = kind.map(str::to_owned);
            assert_eq!(one(rule.clone(), &p).met, met, "{kind:?}");
        }
    }

    #[test]
    fn verdicts_name_their_message_and_numbers() {
        let v = one(
            Rule::MinCountries { min: 4 },
            &plan("DE", &["FR", "PL"], &[]),
        );
        assert_eq!(v.message_key(), "funding-rule-min-countries-unmet");
        assert_eq!(
            v.args(),
            vec![("have", "3".to_owned()), ("need", "4".to_owned())]
        );
        assert!(!all_met(&[v]));
        assert!(all_met(&[]));
    }

    #[test]
    fn rules_read_from_data_and_unsound_rules_are_refused() {
        let rules: Vec<Rule> = serde_json::from_str(
            r#"[{"rule":"min_countries","min":4},{"rule":"duration_days","min":1,"max":21}]"#,
        )
        .unwrap();
        assert_eq!(rules[0], Rule::MinCountries { min: 4 });
        assert!(serde_json::from_str::<Rule>(r#"{"rule":"min_wishes","min":1}"#).is_err());
        assert!(Rule::DurationDays { min: 5, max: 4 }.check().is_err());
        assert!(Rule::DurationDays { min: 0, max: 4 }.check().is_err());
        assert!(
            Rule::EligibleApplicants {
                kinds: vec!["dragon".into()]
            }
            .check()
            .is_err()
        );
        assert!(Rule::EligibleApplicants { kinds: vec![] }.check().is_err());
    }
}
