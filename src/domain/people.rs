//! People taking part in activities, as personal data under the GDPR: the person (name, birth year
//! or age group, contact, country, dietary and accessibility notes), their part in an activity
//! (role, invited guest from abroad), their consent, the age groups the statistics use, and the
//! anonymous counts (country × age group × role × invited) that outlive erasure. Pure: no SQL, no
//! HTTP.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::Date;

use super::funding::ParticipantLine;
use super::records::FieldError;

/// Longest name, e-mail, phone.
pub const MAX_LINE: usize = 200;
/// Longest dietary or accessibility note.
pub const MAX_NOTE: usize = 2000;
/// Longest consent text version ("2026-03 youth encounter form v2").
pub const MAX_VERSION: usize = 100;
/// Birth years before this are typing errors.
pub const EARLIEST_BIRTH_YEAR: i32 = 1900;

/// The part someone plays in an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonRole {
    Participant,
    GroupLeader,
    HostFamily,
    Volunteer,
    Speaker,
    Interpreter,
    Organiser,
}

impl PersonRole {
    pub const ALL: [PersonRole; 7] = [
        PersonRole::Participant,
        PersonRole::GroupLeader,
        PersonRole::HostFamily,
        PersonRole::Volunteer,
        PersonRole::Speaker,
        PersonRole::Interpreter,
        PersonRole::Organiser,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PersonRole::Participant => "participant",
            PersonRole::GroupLeader => "group_leader",
            PersonRole::HostFamily => "host_family",
            PersonRole::Volunteer => "volunteer",
            PersonRole::Speaker => "speaker",
            PersonRole::Interpreter => "interpreter",
            PersonRole::Organiser => "organiser",
        }
    }

    pub fn parse(key: &str) -> Option<PersonRole> {
        PersonRole::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// The age groups of the statistics, on the bands youth programmes report (under 14, 14–17, 18–25,
/// 26–30 for youth work, then adults and seniors).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AgeGroup {
    #[serde(rename = "under_14")]
    Under14,
    #[serde(rename = "14_17")]
    From14To17,
    #[serde(rename = "18_25")]
    From18To25,
    #[serde(rename = "26_30")]
    From26To30,
    #[serde(rename = "31_64")]
    From31To64,
    #[serde(rename = "65_plus")]
    From65,
    #[serde(rename = "unknown")]
    Unknown,
}

impl AgeGroup {
    pub const ALL: [AgeGroup; 7] = [
        AgeGroup::Under14,
        AgeGroup::From14To17,
        AgeGroup::From18To25,
        AgeGroup::From26To30,
        AgeGroup::From31To64,
        AgeGroup::From65,
        AgeGroup::Unknown,
    ];

    pub fn key(self) -> &'static str {
        match self {
            AgeGroup::Under14 => "under_14",
            AgeGroup::From14To17 => "14_17",
            AgeGroup::From18To25 => "18_25",
            AgeGroup::From26To30 => "26_30",
            AgeGroup::From31To64 => "31_64",
            AgeGroup::From65 => "65_plus",
            AgeGroup::Unknown => "unknown",
        }
    }

    pub fn parse(key: &str) -> Option<AgeGroup> {
        AgeGroup::ALL.into_iter().find(|g| g.key() == key)
    }

    /// The group of someone of `age` years.
    pub fn of_age(age: i32) -> AgeGroup {
        match age {
            i32::MIN..=-1 => AgeGroup::Unknown,
            0..=13 => AgeGroup::Under14,
            14..=17 => AgeGroup::From14To17,
            18..=25 => AgeGroup::From18To25,
            26..=30 => AgeGroup::From26To30,
            31..=64 => AgeGroup::From31To64,
            _ => AgeGroup::From65,
        }
    }

    /// The group of someone born in `birth_year` at an activity starting on `on`. Only the year of
    /// birth is kept (data minimisation), so the age is the one reached in the activity's year:
    /// someone born in 2008 counts as 18 at an activity in 2026, whether or not the birthday has
    /// passed. A birth year after the activity is unknown, not a negative age.
    pub fn at(birth_year: i32, on: Date) -> AgeGroup {
        AgeGroup::of_age(on.year() - birth_year)
    }
}

/// How a person's age is known: the birth year, or only the group someone gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Age {
    BirthYear(i32),
    Group(AgeGroup),
}

impl Age {
    /// The group at an activity starting on `on` (`None`: the activity has no date yet).
    pub fn group_at(self, on: Option<Date>) -> AgeGroup {
        match (self, on) {
            (Age::Group(group), _) => group,
            (Age::BirthYear(year), Some(on)) => AgeGroup::at(year, on),
            (Age::BirthYear(_), None) => AgeGroup::Unknown,
        }
    }
}

/// A person as the workbench edits them. Every field is personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRecord {
    pub name: String,
    pub age: Age,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// ISO 3166-1 alpha-2, upper case: where the person comes from (the statistics' country).
    pub country: String,
    #[serde(default)]
    pub dietary: Option<String>,
    #[serde(default)]
    pub accessibility: Option<String>,
}

/// A person's part in one activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participation {
    pub role: PersonRole,
    /// A guest invited from abroad (the funding rules count them).
    pub invited: bool,
}

/// Who gave a consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GivenBy {
    /// The person themselves.
    Person,
    /// A parent or guardian, for minors.
    Guardian,
}

impl GivenBy {
    pub const ALL: [GivenBy; 2] = [GivenBy::Person, GivenBy::Guardian];

    pub fn key(self) -> &'static str {
        match self {
            GivenBy::Person => "person",
            GivenBy::Guardian => "guardian",
        }
    }

    pub fn parse(key: &str) -> Option<GivenBy> {
        GivenBy::ALL.into_iter().find(|g| g.key() == key)
    }
}

/// A consent to the processing of a person's data, as recorded from a signed form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentRecord {
    /// The day it was given, `YYYY-MM-DD`.
    pub given_on: String,
    /// The version of the consent text that was signed.
    pub text_version: String,
    pub given_by: GivenBy,
    /// The day it was withdrawn, `YYYY-MM-DD`.
    #[serde(default)]
    pub withdrawn_on: Option<String>,
}

/// `YYYY-MM-DD` as a date.
pub fn parse_day(text: &str) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(text.trim(), &format).ok()
}

fn line(problems: &mut Vec<FieldError>, field: &str, value: &str, required: bool, max: usize) {
    if required && value.trim().is_empty() {
        problems.push(FieldError::new(field, "required", "this field is required"));
    } else if value.chars().count() > max {
        problems.push(FieldError::new(
            field,
            "too-long",
            format!("at most {max} characters"),
        ));
    } else if value.chars().any(char::is_control) {
        problems.push(FieldError::new(
            field,
            "control-characters",
            "line breaks and control characters are not allowed here",
        ));
    }
}

fn note(problems: &mut Vec<FieldError>, field: &str, value: &Option<String>) {
    let Some(value) = value else { return };
    if value.chars().count() > MAX_NOTE {
        problems.push(FieldError::new(
            field,
            "too-long",
            format!("at most {MAX_NOTE} characters"),
        ));
    } else if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        problems.push(FieldError::new(
            field,
            "control-characters",
            "control characters are not allowed",
        ));
    }
}

impl PersonRecord {
    /// Every problem at once, by field; `this_year` bounds the birth year.
    pub fn check(&self, this_year: i32) -> Result<(), Vec<FieldError>> {
        let mut problems = Vec::new();
        line(&mut problems, "name", &self.name, true, MAX_LINE);
        if let Age::BirthYear(year) = self.age
            && !(EARLIEST_BIRTH_YEAR..=this_year).contains(&year)
        {
            problems.push(FieldError::new(
                "birth_year",
                "people-birth-year",
                format!("a birth year between {EARLIEST_BIRTH_YEAR} and {this_year}"),
            ));
        }
        if let Some(email) = &self.email {
            line(&mut problems, "email", email, false, MAX_LINE);
            let valid = email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
            }) && !email.chars().any(char::is_whitespace);
            if !valid && !problems.iter().any(|p| p.field == "email") {
                problems.push(FieldError::new(
                    "email",
                    "email",
                    "an e-mail address in the form name@example.org",
                ));
            }
        }
        if let Some(phone) = &self.phone {
            line(&mut problems, "phone", phone, false, 40);
            if !problems.iter().any(|p| p.field == "phone")
                && !phone
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +-/().".contains(c))
            {
                problems.push(FieldError::new(
                    "phone",
                    "people-phone",
                    "digits, spaces and + - / ( ) only",
                ));
            }
        }
        if !(self.country.len() == 2 && self.country.bytes().all(|b| b.is_ascii_uppercase())) {
            problems.push(FieldError::new(
                "country",
                "country",
                "the two letters of ISO 3166-1, such as DE or FR",
            ));
        }
        note(&mut problems, "dietary", &self.dietary);
        note(&mut problems, "accessibility", &self.accessibility);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// The names of the fields that differ from `before`: what the audit trail says changed,
    /// without the values.
    pub fn changed_fields(&self, before: &PersonRecord) -> Vec<&'static str> {
        let mut changed = Vec::new();
        if self.name != before.name {
            changed.push("name");
        }
        if self.age != before.age {
            changed.push("age");
        }
        if self.email != before.email {
            changed.push("email");
        }
        if self.phone != before.phone {
            changed.push("phone");
        }
        if self.country != before.country {
            changed.push("country");
        }
        if self.dietary != before.dietary {
            changed.push("dietary");
        }
        if self.accessibility != before.accessibility {
            changed.push("accessibility");
        }
        changed
    }
}

impl ConsentRecord {
    /// Dates as `YYYY-MM-DD`, not after `today`, withdrawal not before the consent.
    pub fn check(&self, today: Date) -> Result<(), Vec<FieldError>> {
        let mut problems = Vec::new();
        let given = parse_day(&self.given_on);
        match given {
            None => problems.push(FieldError::new(
                "given_on",
                "people-day",
                "a day as YYYY-MM-DD",
            )),
            Some(day) if day > today => problems.push(FieldError::new(
                "given_on",
                "people-future",
                "a consent cannot be given in the future",
            )),
            Some(_) => {}
        }
        line(
            &mut problems,
            "text_version",
            &self.text_version,
            true,
            MAX_VERSION,
        );
        if let Some(withdrawn) = &self.withdrawn_on {
            match parse_day(withdrawn) {
                None => problems.push(FieldError::new(
                    "withdrawn_on",
                    "people-day",
                    "a day as YYYY-MM-DD",
                )),
                Some(day) if day > today => problems.push(FieldError::new(
                    "withdrawn_on",
                    "people-future",
                    "a withdrawal cannot lie in the future",
                )),
                Some(day) if given.is_some_and(|g| day < g) => problems.push(FieldError::new(
                    "withdrawn_on",
                    "dates-out-of-order",
                    "a consent is withdrawn after it was given",
                )),
                Some(_) => {}
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// Whether the consent stands on `day`.
    pub fn stands_on(&self, day: Date) -> bool {
        parse_day(&self.given_on).is_some_and(|g| g <= day)
            && self
                .withdrawn_on
                .as_deref()
                .and_then(parse_day)
                .is_none_or(|w| w > day)
    }
}

/// One cell of the anonymous statistics of an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountKey<'a> {
    pub country: &'a str,
    pub age_group: AgeGroup,
    pub role: PersonRole,
    pub invited: bool,
}

/// Anonymous counts of an activity's people: country × age group × role × invited.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub cells: BTreeMap<(String, AgeGroup, PersonRole, bool), u32>,
}

impl Counts {
    pub fn add(&mut self, key: CountKey<'_>, n: u32) {
        if n == 0 {
            return;
        }
        *self
            .cells
            .entry((key.country.to_owned(), key.age_group, key.role, key.invited))
            .or_default() += n;
    }

    /// Adds another set of counts (live rows and the anonymous counts of erased people).
    pub fn merge(&mut self, other: &Counts) {
        for ((country, group, role, invited), n) in &other.cells {
            self.add(
                CountKey {
                    country,
                    age_group: *group,
                    role: *role,
                    invited: *invited,
                },
                *n,
            );
        }
    }

    pub fn total(&self) -> u32 {
        self.cells.values().sum()
    }

    pub fn invited(&self) -> u32 {
        self.cells
            .iter()
            .filter(|((_, _, _, invited), _)| *invited)
            .map(|(_, n)| n)
            .sum()
    }

    /// People per country: (country, all, of which invited), by country code.
    pub fn by_country(&self) -> Vec<(String, u32, u32)> {
        let mut per: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
        for ((country, _, _, invited), n) in &self.cells {
            let entry = per.entry(country).or_default();
            entry.0 += n;
            if *invited {
                entry.1 += n;
            }
        }
        per.into_iter()
            .map(|(c, (all, inv))| (c.to_owned(), all, inv))
            .collect()
    }

    /// People per age group, in the groups' order, groups without anyone left out.
    pub fn by_age_group(&self) -> Vec<(AgeGroup, u32)> {
        let mut per: BTreeMap<AgeGroup, u32> = BTreeMap::new();
        for ((_, group, _, _), n) in &self.cells {
            *per.entry(*group).or_default() += n;
        }
        per.into_iter().collect()
    }

    /// People per role, in the roles' order.
    pub fn by_role(&self) -> Vec<(PersonRole, u32)> {
        let mut per: BTreeMap<PersonRole, u32> = BTreeMap::new();
        for ((_, _, role, _), n) in &self.cells {
            *per.entry(*role).or_default() += n;
        }
        per.into_iter().collect()
    }

    /// The shape the funding rules take: participants per country and how many are invited
    /// guests (see `domain::funding::rules::Plan::participants`).
    pub fn participant_lines(&self) -> Vec<ParticipantLine> {
        self.by_country()
            .into_iter()
            .map(|(country, participants, invited)| ParticipantLine {
                country,
                participants,
                invited,
            })
            .collect()
    }
}

/// Whether the data of someone whose activities ended on `last_end` may be kept on `today` with a
/// retention period of `retention_days`: kept through the day `last_end + retention_days`.
pub fn retention_expired(last_end: Date, retention_days: u32, today: Date) -> bool {
    last_end
        .checked_add(time::Duration::days(i64::from(retention_days)))
        .is_some_and(|keep_until| today > keep_until)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn person() -> PersonRecord {
        PersonRecord {
            name: "Jeanne Martin".into(),
            age: Age::BirthYear(2009),
            email: Some("jeanne@example.org".into()),
            phone: Some("+33 3 84 00 00 00".into()),
            country: "FR".into(),
            dietary: Some("vegetarian".into()),
            accessibility: None,
        }
    }

    fn codes(result: Result<(), Vec<FieldError>>) -> Vec<(String, &'static str)> {
        result
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|p| (p.field, p.code))
            .collect()
    }

    #[test]
    fn the_age_group_is_the_age_reached_in_the_activitys_year() {
        assert_eq!(
            AgeGroup::at(2008, date!(2026 - 01 - 02)),
            AgeGroup::From18To25
        );
        assert_eq!(
            AgeGroup::at(2009, date!(2026 - 12 - 31)),
            AgeGroup::From14To17
        );
        assert_eq!(AgeGroup::at(2013, date!(2026 - 07 - 01)), AgeGroup::Under14);
        assert_eq!(
            AgeGroup::at(2012, date!(2026 - 07 - 01)),
            AgeGroup::From14To17
        );
        assert_eq!(
            AgeGroup::at(2000, date!(2026 - 07 - 01)),
            AgeGroup::From26To30
        );
        assert_eq!(
            AgeGroup::at(1995, date!(2026 - 07 - 01)),
            AgeGroup::From31To64
        );
        assert_eq!(AgeGroup::at(1961, date!(2026 - 07 - 01)), AgeGroup::From65);
        assert_eq!(
            AgeGroup::at(1962, date!(2026 - 07 - 01)),
            AgeGroup::From31To64
        );
    }

    #[test]
    fn a_birth_year_after_the_activity_or_an_undated_activity_gives_an_unknown_age() {
        assert_eq!(AgeGroup::at(2030, date!(2026 - 07 - 01)), AgeGroup::Unknown);
        assert_eq!(Age::BirthYear(2000).group_at(None), AgeGroup::Unknown);
        assert_eq!(
            Age::Group(AgeGroup::From65).group_at(None),
            AgeGroup::From65
        );
    }

    #[test]
    fn vocabularies_round_trip_through_their_keys() {
        for g in AgeGroup::ALL {
            assert_eq!(AgeGroup::parse(g.key()), Some(g));
            assert_eq!(
                serde_json::to_value(g).unwrap(),
                serde_json::Value::String(g.key().into())
            );
        }
        for r in PersonRole::ALL {
            assert_eq!(PersonRole::parse(r.key()), Some(r));
        }
        for g in GivenBy::ALL {
            assert_eq!(GivenBy::parse(g.key()), Some(g));
        }
        assert_eq!(PersonRole::parse("spy"), None);
    }

    #[test]
    fn a_complete_person_passes_and_every_problem_is_reported_at_its_field() {
        assert_eq!(person().check(2026), Ok(()));
        let bad = PersonRecord {
            name: "x".repeat(MAX_LINE + 1),
            age: Age::BirthYear(1850),
            email: Some("not an address".into()),
            phone: Some("call me <maybe>".into()),
            country: "fr".into(),
            dietary: Some("a\u{0}b".into()),
            accessibility: Some("y".repeat(MAX_NOTE + 1)),
        };
        assert_eq!(
            codes(bad.check(2026)),
            vec![
                ("name".into(), "too-long"),
                ("birth_year".into(), "people-birth-year"),
                ("email".into(), "email"),
                ("phone".into(), "people-phone"),
                ("country".into(), "country"),
                ("dietary".into(), "control-characters"),
                ("accessibility".into(), "too-long"),
            ]
        );
    }

    #[test]
    fn names_with_control_characters_or_nothing_but_spaces_are_refused() {
        let mut p = person();
        p.name = "Jeanne\u{1b}[31m".into();
        assert_eq!(
            codes(p.check(2026)),
            vec![("name".into(), "control-characters")]
        );
        p.name = "   ".into();
        assert_eq!(codes(p.check(2026)), vec![("name".into(), "required")]);
        p.name = "Jeanne".into();
        p.age = Age::BirthYear(2027);
        assert_eq!(
            codes(p.check(2026)),
            vec![("birth_year".into(), "people-birth-year")]
        );
    }

    #[test]
    fn scripts_in_notes_are_plain_text_and_allowed() {
        let mut p = person();
        p.dietary = Some("<script>alert(1)</script>\nno nuts".into());
        assert_eq!(p.check(2026), Ok(()));
    }

    #[test]
    fn changed_fields_name_the_fields_and_never_their_values() {
        let before = person();
        let mut after = person();
        after.email = None;
        after.dietary = Some("vegan".into());
        assert_eq!(after.changed_fields(&before), vec!["email", "dietary"]);
        assert!(before.changed_fields(&before).is_empty());
    }

    #[test]
    fn a_consent_is_dated_not_in_the_future_and_withdrawn_after_it_was_given() {
        let today = date!(2026 - 11 - 26);
        let consent = ConsentRecord {
            given_on: "2026-03-01".into(),
            text_version: "youth-2026-v1".into(),
            given_by: GivenBy::Guardian,
            withdrawn_on: None,
        };
        assert_eq!(consent.check(today), Ok(()));
        assert!(consent.stands_on(today));
        assert!(!consent.stands_on(date!(2026 - 02 - 28)));
        let withdrawn = ConsentRecord {
            withdrawn_on: Some("2026-06-01".into()),
            ..consent.clone()
        };
        assert!(withdrawn.stands_on(date!(2026 - 05 - 31)));
        assert!(!withdrawn.stands_on(date!(2026 - 06 - 01)));
        let bad = ConsentRecord {
            given_on: "2027-01-01".into(),
            text_version: String::new(),
            given_by: GivenBy::Person,
            withdrawn_on: Some("1.6.2026".into()),
        };
        assert_eq!(
            codes(bad.check(today)),
            vec![
                ("given_on".into(), "people-future"),
                ("text_version".into(), "required"),
                ("withdrawn_on".into(), "people-day"),
            ]
        );
        let backwards = ConsentRecord {
            withdrawn_on: Some("2026-02-01".into()),
            ..consent
        };
        assert_eq!(
            codes(backwards.check(today)),
            vec![("withdrawn_on".into(), "dates-out-of-order")]
        );
    }

    #[test]
    fn counts_add_up_by_country_age_group_and_role_and_feed_the_funding_rules() {
        let mut live = Counts::default();
        for (country, group, role, invited) in [
            ("DE", AgeGroup::From14To17, PersonRole::Participant, false),
            ("DE", AgeGroup::From14To17, PersonRole::Participant, false),
            ("FR", AgeGroup::From14To17, PersonRole::Participant, true),
            ("FR", AgeGroup::From31To64, PersonRole::GroupLeader, true),
        ] {
            live.add(
                CountKey {
                    country,
                    age_group: group,
                    role,
                    invited,
                },
                1,
            );
        }
        let mut erased = Counts::default();
        erased.add(
            CountKey {
                country: "PL",
                age_group: AgeGroup::From14To17,
                role: PersonRole::Participant,
                invited: true,
            },
            3,
        );
        live.merge(&erased);
        assert_eq!(live.total(), 7);
        assert_eq!(live.invited(), 5);
        assert_eq!(
            live.by_country(),
            vec![
                ("DE".into(), 2, 0),
                ("FR".into(), 2, 2),
                ("PL".into(), 3, 3)
            ]
        );
        assert_eq!(
            live.by_age_group(),
            vec![(AgeGroup::From14To17, 6), (AgeGroup::From31To64, 1)]
        );
        assert_eq!(
            live.by_role(),
            vec![(PersonRole::Participant, 6), (PersonRole::GroupLeader, 1)]
        );
        let lines = live.participant_lines();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[2].country, "PL");
        assert_eq!((lines[2].participants, lines[2].invited), (3, 3));
    }

    #[test]
    fn data_is_kept_through_the_last_day_of_the_retention_period() {
        let end = date!(2025 - 11 - 26);
        assert!(!retention_expired(end, 365, date!(2026 - 11 - 26)));
        assert!(retention_expired(end, 365, date!(2026 - 11 - 27)));
        assert!(retention_expired(end, 0, date!(2025 - 11 - 27)));
        assert!(!retention_expired(end, u32::MAX, date!(2026 - 11 - 27)));
    }
}
