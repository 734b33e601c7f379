//! EU and national funding as the portal keeps it: the catalogue of programmes and their actions
//! with the rules as data, calls with their Brussels-time deadlines, and applications with partners,
//! planned participants, money and the status pipeline. Pure: no SQL, no HTTP.

pub mod catalogue;
pub mod documents;
pub mod money;
pub mod pipeline;
pub mod rules;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use time::{Date, PrimitiveDateTime, Time};

use super::clock::Instant;
use super::records::FieldError;
use super::values::CountryCode;
pub use money::Eur;
pub use pipeline::Status;
pub use rules::{APPLICANT_KINDS, Plan, Rule, Verdict};

/// The longest text of a single-line field.
const MAX_LINE: usize = 300;
/// The most partners and participant lines one application may list.
const MAX_LIST: usize = 200;
/// More participants than this in one country is a typing error.
const MAX_PARTICIPANTS: u32 = 100_000;

pub fn parse_date(text: &str) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(text.trim(), &format).ok()
}

pub fn date_text(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// A deadline as the EU gives it: a wall-clock time in Brussels, "2027-03-05 17:00" (a `T` in place
/// of the space is accepted, as `datetime-local` inputs send it).
pub fn parse_brussels(text: &str) -> Result<Instant, String> {
    let text = text.trim();
    let (date, time) = text
        .split_once([' ', 'T'])
        .ok_or_else(|| format!("'{text}' is not a date and time such as 2027-03-05 17:00"))?;
    let date = parse_date(date)
        .ok_or_else(|| format!("'{text}' is not a date and time such as 2027-03-05 17:00"))?;
    let hm = time::macros::format_description!("[hour]:[minute]");
    let time = Time::parse(time.trim(), &hm)
        .map_err(|_| format!("'{text}' is not a date and time such as 2027-03-05 17:00"))?;
    Instant::from_local(PrimitiveDateTime::new(date, time))
        .ok_or_else(|| format!("{text} does not exist in Brussels: the clocks go forward then"))
}

fn is_web_address(text: &str) -> bool {
    (text.starts_with("https://") || text.starts_with("http://"))
        && text.len() > 10
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn line(problems: &mut Vec<FieldError>, field: &str, value: &str, required: bool) {
    if required && value.trim().is_empty() {
        problems.push(FieldError::new(
            field,
            "required",
            format!("{field} is required"),
        ));
    } else if value.chars().count() > MAX_LINE || value.chars().any(char::is_control) {
        problems.push(FieldError::new(
            field,
            "funding-text",
            format!("{field} is one line of at most {MAX_LINE} characters"),
        ));
    }
}

/// A call for proposals of one action, as the workbench edits it and the audit trail keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallRecord {
    /// The funder's identifier, unique: "ERASMUS-YOUTH-2027-KA152", "CERV-2026-CITIZENS-TOWN-TT".
    pub identifier: String,
    /// The key of the action in the catalogue.
    pub action: String,
    pub title: String,
    /// Date the call opens ("2026-11-05").
    #[serde(default)]
    pub opens_on: Option<String>,
    /// Deadline in Brussels time, "2027-03-05 17:00".
    pub deadline: String,
    #[serde(default)]
    pub budget: Option<Eur>,
    #[serde(default)]
    pub url: Option<String>,
}

impl CallRecord {
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut problems = Vec::new();
        line(&mut problems, "identifier", &self.identifier, true);
        if !self.identifier.trim().is_empty()
            && !self
                .identifier
                .trim()
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
        {
            problems.push(FieldError::new(
                "identifier",
                "funding-identifier",
                "an identifier has letters, digits and - _ . / only, such as CERV-2026-CITIZENS-TOWN-TT",
            ));
        }
        line(&mut problems, "action", &self.action, true);
        line(&mut problems, "title", &self.title, true);
        let opens = match self.opens_on.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(text) => match parse_date(text) {
                Some(d) => Some(d),
                None => {
                    problems.push(FieldError::new(
                        "opens_on",
                        "funding-date",
                        format!("'{text}' is not a date such as 2026-11-05"),
                    ));
                    None
                }
            },
        };
        match self.deadline_instant() {
            Ok(deadline) => {
                if let Some(opens) = opens
                    && deadline.date_time().date() < opens
                {
                    problems.push(FieldError::new(
                        "deadline",
                        "funding-deadline-before-opening",
                        "the deadline is before the call opens",
                    ));
                }
            }
            Err(message) => problems.push(FieldError::new("deadline", "funding-deadline", message)),
        }
        if let Some(url) = &self.url
            && !is_web_address(url.trim())
        {
            problems.push(FieldError::new(
                "url",
                "funding-url",
                "a link starts with https:// or http://",
            ));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    pub fn deadline_instant(&self) -> Result<Instant, String> {
        parse_brussels(&self.deadline)
    }
}

/// Planned participants from one country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParticipantLine {
    pub country: String,
    pub participants: u32,
    /// Of which invited guests (coming from abroad to the event).
    pub invited: u32,
}

/// An application for funding, as the workbench edits it and the audit trail keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationRecord {
    pub title: String,
    /// The call's identifier.
    pub call: String,
    /// The applying body's slug.
    pub applicant: String,
    /// The applicant as the programme sees it, one of [`APPLICANT_KINDS`].
    pub applicant_kind: String,
    /// Slugs of the partner bodies.
    #[serde(default)]
    pub partners: Vec<String>,
    #[serde(default)]
    pub participants: Vec<ParticipantLine>,
    /// The activity's planned first and last day.
    #[serde(default)]
    pub starts_on: Option<String>,
    #[serde(default)]
    pub ends_on: Option<String>,
    #[serde(default)]
    pub requested: Option<Eur>,
    #[serde(default)]
    pub granted: Option<Eur>,
    /// The applicant's own share and other funds.
    #[serde(default)]
    pub co_financing: Option<Eur>,
    pub status: Status,
    /// When each status was reached ("2026-11-20"), by status key.
    #[serde(default)]
    pub status_dates: BTreeMap<String, String>,
    /// Who in the office is in charge.
    #[serde(default)]
    pub responsible: String,
    /// When the report on a granted project is due.
    #[serde(default)]
    pub report_due: Option<String>,
    #[serde(default)]
    pub notes: String,
    /// The slug of the activity the application pays for, when it is known.
    #[serde(default)]
    pub activity: Option<String>,
}

impl ApplicationRecord {
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut problems = Vec::new();
        line(&mut problems, "title", &self.title, true);
        line(&mut problems, "call", &self.call, true);
        line(&mut problems, "applicant", &self.applicant, true);
        line(&mut problems, "responsible", &self.responsible, false);
        if let Some(activity) = &self.activity {
            line(&mut problems, "activity", activity, true);
        }
        if !APPLICANT_KINDS.contains(&self.applicant_kind.as_str()) {
            problems.push(FieldError::new(
                "applicant_kind",
                "funding-applicant-kind",
                format!("choose one of {}", APPLICANT_KINDS.join(", ")),
            ));
        }
        if self.partners.len() > MAX_LIST {
            problems.push(FieldError::new(
                "partners",
                "funding-too-many",
                format!("at most {MAX_LIST} partners"),
            ));
        }
        let mut seen = BTreeSet::new();
        for (i, p) in self.partners.iter().enumerate() {
            if p == &self.applicant {
                problems.push(FieldError::new(
                    format!("partners[{i}]"),
                    "funding-partner-is-applicant",
                    "the applicant is not its own partner",
                ));
            } else if !seen.insert(p) {
                problems.push(FieldError::new(
                    format!("partners[{i}]"),
                    "funding-partner-twice",
                    format!("'{p}' is listed twice"),
                ));
            }
        }
        if self.participants.len() > MAX_LIST {
            problems.push(FieldError::new(
                "participants",
                "funding-too-many",
                format!("at most {MAX_LIST} lines of participants"),
            ));
        }
        let mut countries = BTreeSet::new();
        for (i, p) in self.participants.iter().enumerate() {
            let field = format!("participants[{i}]");
            match CountryCode::parse(&p.country) {
                Ok(code) if !countries.insert(code.to_string()) => problems.push(FieldError::new(
                    format!("{field}.country"),
                    "funding-country-twice",
                    format!("{code} is listed twice; add its participants up in one line"),
                )),
                Ok(_) => {}
                Err(e) => problems.push(FieldError::new(
                    format!("{field}.country"),
                    "funding-country",
                    e.to_string(),
                )),
            }
            if p.participants > MAX_PARTICIPANTS {
                problems.push(FieldError::new(
                    format!("{field}.participants"),
                    "funding-participants",
                    format!("at most {MAX_PARTICIPANTS} participants per country"),
                ));
            }
            if p.invited > p.participants {
                problems.push(FieldError::new(
                    format!("{field}.invited"),
                    "funding-invited-over",
                    "invited guests are some of the participants, not more",
                ));
            }
        }
        let mut date = |field: &str, value: &Option<String>| match value.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(text) => {
                let parsed = parse_date(text);
                if parsed.is_none() {
                    problems.push(FieldError::new(
                        field,
                        "funding-date",
                        format!("'{text}' is not a date such as 2026-11-05"),
                    ));
                }
                parsed
            }
        };
        let starts = date("starts_on", &self.starts_on);
        let ends = date("ends_on", &self.ends_on);
        date("report_due", &self.report_due);
        if let (Some(s), Some(e)) = (starts, ends)
            && e < s
        {
            problems.push(FieldError::new(
                "ends_on",
                "funding-ends-before-start",
                "the activity ends before it starts",
            ));
        }
        for (status, on) in &self.status_dates {
            if Status::parse(status).is_none() || parse_date(on).is_none() {
                problems.push(FieldError::new(
                    "status_dates",
                    "funding-status-dates",
                    format!("'{status}: {on}' is not a status with a date"),
                ));
            }
        }
        if self.granted.is_some() && !(self.status.is_granted() || self.status == Status::Closed) {
            problems.push(FieldError::new(
                "granted",
                "funding-granted-early",
                "a granted amount is entered once the application is granted",
            ));
        }
        if let (Some(requested), Some(granted)) = (self.requested, self.granted)
            && granted > requested
        {
            problems.push(FieldError::new(
                "granted",
                "funding-granted-over",
                "more was granted than requested; check both amounts",
            ));
        }
        if self.notes.chars().count() > 10_000 {
            problems.push(FieldError::new(
                "notes",
                "funding-text",
                "notes are at most 10000 characters",
            ));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// The activity's length in days, first and last day included.
    pub fn duration_days(&self) -> Option<u32> {
        let starts = parse_date(self.starts_on.as_deref()?)?;
        let ends = parse_date(self.ends_on.as_deref()?)?;
        u32::try_from((ends - starts).whole_days() + 1).ok()
    }
}

/// The applicant kind a registry body's kind suggests.
pub fn applicant_kind_of(body_kind: &str) -> &'static str {
    match body_kind {
        "district" => "district",
        "region" | "department" | "country" => "region",
        "association" => "association",
        _ => "municipality",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call() -> CallRecord {
        CallRecord {
            identifier: "CERV-2027-CITIZENS-TOWN-TT".into(),
            action: "cerv-town-twinning".into(),
            title: "Town twinning 2027".into(),
            opens_on: Some("2026-12-01".into()),
            deadline: "2027-03-05 17:00".into(),
            budget: Some(Eur::parse("4000000").unwrap()),
            url: Some("https://ec.europa.eu/info/funding-tenders/".into()),
        }
    }

    fn application() -> ApplicationRecord {
        ApplicationRecord {
            title: "Twinning days 2027".into(),
            call: "CERV-2027-CITIZENS-TOWN-TT".into(),
            applicant: "wernigerode".into(),
            applicant_kind: "municipality".into(),
            partners: vec!["carpi".into()],
            participants: vec![ParticipantLine {
                country: "IT".into(),
                participants: 30,
                invited: 30,
            }],
            starts_on: Some("2027-06-01".into()),
            ends_on: Some("2027-06-05".into()),
            requested: Some(Eur::parse("30000").unwrap()),
            granted: None,
            co_financing: None,
            status: Status::Idea,
            status_dates: BTreeMap::new(),
            responsible: "A. Person".into(),
            report_due: None,
            notes: String::new(),
            activity: None,
        }
    }

    fn codes(result: Result<(), Vec<FieldError>>) -> Vec<(String, &'static str)> {
        result
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    #[test]
    fn a_deadline_at_five_in_brussels_is_four_or_three_utc_by_season() {
        assert_eq!(
            parse_brussels("2027-03-05 17:00").unwrap().text(),
            "2027-03-05T16:00:00Z"
        );
        assert_eq!(
            parse_brussels("2027-09-16T17:00").unwrap().text(),
            "2027-09-16T15:00:00Z"
        );
        assert!(parse_brussels("2027-03-28 02:30").is_err(), "skipped hour");
        assert!(parse_brussels("5 March, 5 pm").is_err());
        assert!(parse_brussels("2027-02-30 17:00").is_err());
    }

    #[test]
    fn a_sound_call_passes_and_a_broken_one_names_every_field() {
        assert_eq!(call().check(), Ok(()));
        let broken = CallRecord {
            identifier: "CERV 2027 <script>".into(),
            title: " ".into(),
            opens_on: Some("2027-04-01".into()),
            url: Some("javascript:alert(1)".into()),
            ..call()
        };
        assert_eq!(
            codes(broken.check()),
            vec![
                ("identifier".into(), "funding-identifier"),
                ("title".into(), "required"),
                ("deadline".into(), "funding-deadline-before-opening"),
                ("url".into(), "funding-url"),
            ]
        );
    }

    #[test]
    fn an_application_with_inconsistent_plans_is_refused_per_field() {
        assert_eq!(application().check(), Ok(()));
        let mut a = application();
        a.partners = vec!["wernigerode".into(), "carpi".into(), "carpi".into()];
        a.participants.push(ParticipantLine {
            country: "it".into(),
            participants: 3,
            invited: 4,
        });
        a.participants.push(ParticipantLine {
            country: "Italy".into(),
            participants: 1,
            invited: 0,
        });
        a.ends_on = Some("2027-05-01".into());
        a.granted = Some(Eur::parse("1").unwrap());
        a.applicant_kind = "dragon".into();
        assert_eq!(
            codes(a.check()),
            vec![
                ("applicant_kind".into(), "funding-applicant-kind"),
                ("partners[0]".into(), "funding-partner-is-applicant"),
                ("partners[2]".into(), "funding-partner-twice"),
                ("participants[1].country".into(), "funding-country-twice"),
                ("participants[1].invited".into(), "funding-invited-over"),
                ("participants[2].country".into(), "funding-country"),
                ("ends_on".into(), "funding-ends-before-start"),
                ("granted".into(), "funding-granted-early"),
            ]
        );
    }

    #[test]
    fn granted_amounts_belong_to_granted_applications_and_stay_within_the_request() {
        let mut a = application();
        a.status = Status::Granted;
        a.granted = Some(Eur::parse("25000").unwrap());
        assert_eq!(a.check(), Ok(()));
        a.granted = Some(Eur::parse("30000.01").unwrap());
        assert_eq!(
            codes(a.check()),
            vec![("granted".into(), "funding-granted-over")]
        );
    }

    #[test]
    fn the_duration_counts_first_and_last_day() {
        assert_eq!(application().duration_days(), Some(5));
        let mut a = application();
        a.ends_on = None;
        assert_eq!(a.duration_days(), None);
    }
}
