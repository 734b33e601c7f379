//! Activities of the partnerships, pure: the kinds, the editable record (shared by the workbench
//! form, the audit trail and restore) and its checks, and the calendar arithmetic of the public
//! events pages (months, upcoming / past).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use time::{Date, Month, Time};

use super::records::{FieldError, is_language_tag};
use super::values::{CountryCode, Slug};

/// The languages of the portal; texts may be given in others, German is required.
pub const TEXT_LANGUAGES: [&str; 5] = ["de", "en", "fr", "pl", "ro"];
/// The language an activity's title must have.
pub const REQUIRED_LANGUAGE: &str = "de";

const MAX_TITLE: usize = 200;
const MAX_DESCRIPTION: usize = 20_000;
const MAX_LINE: usize = 300;
const MAX_PARTNERSHIPS: usize = 50;
const MAX_ORGANISATIONS: usize = 50;
/// A placement lasts up to a year or so; nothing in this registry runs longer than this.
const MAX_DAYS: i64 = 3 * 366;

/// What kind of activity it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    YouthEncounter,
    SchoolExchange,
    TraineeExchange,
    /// European Solidarity Corps (formerly European Voluntary Service) and the like.
    VolunteerPlacement,
    /// Delegation or official visit.
    Delegation,
    CulturalEvent,
    ExpertExchange,
    Anniversary,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 8] = [
        ActivityKind::YouthEncounter,
        ActivityKind::SchoolExchange,
        ActivityKind::TraineeExchange,
        ActivityKind::VolunteerPlacement,
        ActivityKind::Delegation,
        ActivityKind::CulturalEvent,
        ActivityKind::ExpertExchange,
        ActivityKind::Anniversary,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ActivityKind::YouthEncounter => "youth_encounter",
            ActivityKind::SchoolExchange => "school_exchange",
            ActivityKind::TraineeExchange => "trainee_exchange",
            ActivityKind::VolunteerPlacement => "volunteer_placement",
            ActivityKind::Delegation => "delegation",
            ActivityKind::CulturalEvent => "cultural_event",
            ActivityKind::ExpertExchange => "expert_exchange",
            ActivityKind::Anniversary => "anniversary",
        }
    }

    pub fn parse(key: &str) -> Option<ActivityKind> {
        ActivityKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// schema.org's closest event type, for the JSON-LD of the event page.
    pub fn schema_org_type(self) -> &'static str {
        match self {
            ActivityKind::YouthEncounter
            | ActivityKind::SchoolExchange
            | ActivityKind::TraineeExchange => "EducationEvent",
            ActivityKind::CulturalEvent | ActivityKind::Anniversary => "SocialEvent",
            ActivityKind::VolunteerPlacement
            | ActivityKind::Delegation
            | ActivityKind::ExpertExchange => "Event",
        }
    }
}

/// Public activities are in the portal, its API and feeds; internal ones only in the workbench.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    Public,
    Internal,
}

impl Visibility {
    pub const ALL: [Visibility; 2] = [Visibility::Public, Visibility::Internal];

    pub fn key(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Internal => "internal",
        }
    }

    pub fn parse(key: &str) -> Option<Visibility> {
        Visibility::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// What kind of partner organisation takes part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    School,
    Club,
    TwinningAssociation,
    Other,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 4] = [
        OrganisationKind::School,
        OrganisationKind::Club,
        OrganisationKind::TwinningAssociation,
        OrganisationKind::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            OrganisationKind::School => "school",
            OrganisationKind::Club => "club",
            OrganisationKind::TwinningAssociation => "twinning_association",
            OrganisationKind::Other => "other",
        }
    }

    pub fn parse(key: &str) -> Option<OrganisationKind> {
        OrganisationKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// An activity's title and description in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityText {
    pub title: String,
    #[serde(default)]
    pub description: String,
}

/// A school, club or twinning association taking part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationLine {
    pub name: String,
    pub kind: OrganisationKind,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub link: Option<String>,
}

/// What only a volunteer placement has.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    /// "European Solidarity Corps" (formerly European Voluntary Service).
    #[serde(default)]
    pub programme: Option<String>,
    #[serde(default)]
    pub sending_organisation: Option<String>,
    #[serde(default)]
    pub hosting_organisation: Option<String>,
    /// The organisations' quality label reference.
    #[serde(default)]
    pub quality_label: Option<String>,
}

impl Placement {
    pub fn is_empty(&self) -> bool {
        [
            &self.programme,
            &self.sending_organisation,
            &self.hosting_organisation,
            &self.quality_label,
        ]
        .iter()
        .all(|v| v.as_deref().is_none_or(|v| v.trim().is_empty()))
    }
}

/// An activity as staff edit it and as the audit trail keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityRecord {
    pub slug: String,
    pub kind: ActivityKind,
    /// First and last day, "2026-07-14".
    pub starts_on: String,
    pub ends_on: String,
    /// Local start and end time ("18:30") for events with a time; both or none.
    #[serde(default)]
    pub starts_at: Option<String>,
    #[serde(default)]
    pub ends_at: Option<String>,
    /// IANA time zone of the times ("Europe/Berlin"); required with times.
    #[serde(default)]
    pub time_zone: Option<String>,
    /// The hosting body's slug.
    #[serde(default)]
    pub host: Option<String>,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub organiser: String,
    pub visibility: Visibility,
    /// Slugs of the partnerships the activity belongs to (at least one).
    pub partnerships: Vec<String>,
    /// Title and description by language tag; German required.
    pub texts: BTreeMap<String, ActivityText>,
    #[serde(default)]
    pub organisations: Vec<OrganisationLine>,
    /// Volunteer placements only.
    #[serde(default)]
    pub placement: Placement,
}

/// `2026-07-14`, strictly.
pub fn parse_day(text: &str) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let text = text.trim();
    if text.len() != 10 {
        return None;
    }
    Date::parse(text, &format).ok()
}

/// `18:30`, strictly.
pub fn parse_clock(text: &str) -> Option<Time> {
    let format = time::macros::format_description!("[hour]:[minute]");
    let text = text.trim();
    if text.len() != 5 {
        return None;
    }
    Time::parse(text, &format).ok()
}

pub fn day_text(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// The time zones an activity's times may be given in, with their standard offset from UTC in
/// hours: the partners' countries all follow the EU's summer-time rule (last Sunday of March to
/// last Sunday of October, switching at 01:00 UTC), so times convert to UTC exactly without a
/// time-zone database, and the iCalendar feed can give every time in UTC.
pub const TIME_ZONES: [(&str, i8); 31] = [
    ("Europe/London", 0),
    ("Europe/Dublin", 0),
    ("Europe/Lisbon", 0),
    ("Europe/Berlin", 1),
    ("Europe/Paris", 1),
    ("Europe/Warsaw", 1),
    ("Europe/Prague", 1),
    ("Europe/Bratislava", 1),
    ("Europe/Vienna", 1),
    ("Europe/Zurich", 1),
    ("Europe/Brussels", 1),
    ("Europe/Amsterdam", 1),
    ("Europe/Luxembourg", 1),
    ("Europe/Copenhagen", 1),
    ("Europe/Stockholm", 1),
    ("Europe/Oslo", 1),
    ("Europe/Rome", 1),
    ("Europe/Madrid", 1),
    ("Europe/Budapest", 1),
    ("Europe/Ljubljana", 1),
    ("Europe/Zagreb", 1),
    ("Europe/Belgrade", 1),
    ("Europe/Bucharest", 2),
    ("Europe/Sofia", 2),
    ("Europe/Athens", 2),
    ("Europe/Helsinki", 2),
    ("Europe/Riga", 2),
    ("Europe/Vilnius", 2),
    ("Europe/Tallinn", 2),
    ("Europe/Kyiv", 2),
    ("UTC", 0),
];

/// Whether the zone is one of [`TIME_ZONES`].
pub fn is_time_zone(text: &str) -> bool {
    TIME_ZONES.iter().any(|(z, _)| *z == text)
}

/// The instant of a wall-clock time in `zone`; `None` for an unknown zone or a time skipped when
/// the clocks go forward (a time that occurs twice is read as the earlier, summer-time one).
pub fn local_to_utc(date: Date, at: Time, zone: &str) -> Option<time::OffsetDateTime> {
    let (_, standard) = TIME_ZONES.iter().find(|(z, _)| *z == zone)?;
    let local = time::PrimitiveDateTime::new(date, at);
    if zone == "UTC" {
        return Some(local.assume_utc());
    }
    [standard + 1, *standard].into_iter().find_map(|hours| {
        let offset = time::UtcOffset::from_hms(hours, 0, 0).ok()?;
        let instant = local.assume_offset(offset);
        (eu_summer_time(instant) == (hours != *standard)).then_some(instant)
    })
}

fn eu_summer_time(at: time::OffsetDateTime) -> bool {
    let switch = |month: Month| {
        let last = Date::from_calendar_date(at.year(), month, month.length(at.year()))
            .expect("the last day of a month exists");
        let sunday =
            last - time::Duration::days(i64::from(last.weekday().number_days_from_sunday()));
        sunday.with_hms(1, 0, 0).expect("01:00 exists").assume_utc()
    };
    at >= switch(Month::March) && at < switch(Month::October)
}

fn is_link(text: &str) -> bool {
    (text.starts_with("https://") || text.starts_with("http://"))
        && text.len() > 10
        && text.len() <= 500
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

impl ActivityRecord {
    /// Every problem of the record, each with its field.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut p = Vec::new();
        let mut push = |field: String, code: &'static str, message: String| {
            p.push(FieldError::new(field, code, message))
        };
        if let Err(e) = Slug::parse(&self.slug) {
            push("slug".into(), "activity-slug", e.to_string());
        }
        let starts = parse_day(&self.starts_on);
        let ends = parse_day(&self.ends_on);
        for (field, value, parsed) in [
            ("starts_on", &self.starts_on, starts),
            ("ends_on", &self.ends_on, ends),
        ] {
            if parsed.is_none() {
                push(
                    field.into(),
                    "activity-date",
                    format!("'{value}' is not a date such as 2026-07-14"),
                );
            }
        }
        if let (Some(s), Some(e)) = (starts, ends) {
            if e < s {
                push(
                    "ends_on".into(),
                    "activity-ends-before-start",
                    "the activity ends before it starts".into(),
                );
            } else if (e - s).whole_days() > MAX_DAYS {
                push(
                    "ends_on".into(),
                    "activity-too-long",
                    format!("an activity lasts at most {MAX_DAYS} days"),
                );
            }
        }
        let start_time = self.starts_at.as_deref().filter(|t| !t.trim().is_empty());
        let end_time = self.ends_at.as_deref().filter(|t| !t.trim().is_empty());
        let mut times = Vec::new();
        for (field, value) in [("starts_at", start_time), ("ends_at", end_time)] {
            if let Some(v) = value {
                match parse_clock(v) {
                    Some(t) => times.push(t),
                    None => push(
                        field.into(),
                        "activity-time",
                        format!("'{v}' is not a time such as 18:30"),
                    ),
                }
            }
        }
        match (start_time, end_time) {
            (Some(_), None) => push(
                "ends_at".into(),
                "activity-time-pair",
                "give the end time too, or neither".into(),
            ),
            (None, Some(_)) => push(
                "starts_at".into(),
                "activity-time-pair",
                "give the start time too, or neither".into(),
            ),
            _ => {}
        }
        if let ([s, e], Some(a), Some(b)) = (times.as_slice(), starts, ends)
            && a == b
            && e <= s
        {
            push(
                "ends_at".into(),
                "activity-ends-before-start",
                "on a single day the end time comes after the start time".into(),
            );
        }
        let zone = self
            .time_zone
            .as_deref()
            .map(str::trim)
            .filter(|z| !z.is_empty());
        match zone {
            Some(z) if !is_time_zone(z) => push(
                "time_zone".into(),
                "activity-time-zone",
                format!("'{z}' is not a time zone such as Europe/Berlin"),
            ),
            None if start_time.is_some() => push(
                "time_zone".into(),
                "activity-time-zone",
                "times need a time zone such as Europe/Berlin".into(),
            ),
            Some(_) if start_time.is_none() => push(
                "time_zone".into(),
                "activity-time-zone-alone",
                "a time zone is only given with times".into(),
            ),
            _ => {}
        }
        if let Some(host) = &self.host
            && !host.trim().is_empty()
            && Slug::parse(host).is_err()
        {
            push(
                "host".into(),
                "activity-host",
                format!("'{host}' is not a body's address name"),
            );
        }
        for (field, value) in [("place", &self.place), ("organiser", &self.organiser)] {
            if value.chars().count() > MAX_LINE || value.chars().any(char::is_control) {
                push(
                    field.into(),
                    "activity-line",
                    format!("one line of at most {MAX_LINE} characters"),
                );
            }
        }
        if self.partnerships.is_empty() {
            push(
                "partnerships".into(),
                "activity-no-partnership",
                "an activity belongs to at least one partnership".into(),
            );
        }
        if self.partnerships.len() > MAX_PARTNERSHIPS {
            push(
                "partnerships".into(),
                "activity-too-many",
                format!("at most {MAX_PARTNERSHIPS} partnerships"),
            );
        }
        let mut seen = BTreeSet::new();
        for (i, slug) in self.partnerships.iter().enumerate() {
            if Slug::parse(slug).is_err() {
                push(
                    format!("partnerships[{i}]"),
                    "activity-partnership",
                    format!("'{slug}' is not a partnership's address name"),
                );
            } else if !seen.insert(slug) {
                push(
                    format!("partnerships[{i}]"),
                    "activity-partnership-twice",
                    format!("'{slug}' is listed twice"),
                );
            }
        }
        match self.texts.get(REQUIRED_LANGUAGE) {
            Some(t) if !t.title.trim().is_empty() => {}
            _ => push(
                "texts.de.title".into(),
                "activity-title-required",
                "the German title is required".into(),
            ),
        }
        for (lang, text) in &self.texts {
            if !is_language_tag(lang) {
                push(
                    format!("texts.{lang}"),
                    "language",
                    format!("'{lang}' is not a language tag such as de, en or pt-BR"),
                );
                continue;
            }
            let title = text.title.trim();
            if title.is_empty() && !text.description.trim().is_empty() {
                push(
                    format!("texts.{lang}.title"),
                    "activity-title-missing",
                    "a description needs a title in the same language".into(),
                );
            }
            if title.chars().count() > MAX_TITLE || title.chars().any(char::is_control) {
                push(
                    format!("texts.{lang}.title"),
                    "activity-title",
                    format!("a title is one line of at most {MAX_TITLE} characters"),
                );
            }
            if text.description.chars().count() > MAX_DESCRIPTION {
                push(
                    format!("texts.{lang}.description"),
                    "activity-description",
                    format!("a description has at most {MAX_DESCRIPTION} characters"),
                );
            }
        }
        if self.organisations.len() > MAX_ORGANISATIONS {
            push(
                "organisations".into(),
                "activity-too-many",
                format!("at most {MAX_ORGANISATIONS} organisations"),
            );
        }
        for (i, o) in self.organisations.iter().enumerate() {
            let field = format!("organisations[{i}]");
            let name = o.name.trim();
            if name.is_empty()
                || name.chars().count() > MAX_LINE
                || name.chars().any(char::is_control)
            {
                push(
                    format!("{field}.name"),
                    "activity-organisation-name",
                    format!("a name of one line, at most {MAX_LINE} characters"),
                );
            }
            if let Some(c) = o.country.as_deref().filter(|c| !c.trim().is_empty())
                && let Err(e) = CountryCode::parse(c.trim())
            {
                push(
                    format!("{field}.country"),
                    "activity-country",
                    e.to_string(),
                );
            }
            if let Some(l) = o.link.as_deref().filter(|l| !l.trim().is_empty())
                && !is_link(l.trim())
            {
                push(
                    format!("{field}.link"),
                    "activity-link",
                    format!("'{l}' is not a web address starting with https://"),
                );
            }
        }
        if self.kind != ActivityKind::VolunteerPlacement && !self.placement.is_empty() {
            push(
                "placement".into(),
                "activity-placement-only",
                "programme, sending and hosting organisation and quality label are for volunteer placements only".into(),
            );
        }
        for (field, value) in [
            ("placement.programme", &self.placement.programme),
            (
                "placement.sending_organisation",
                &self.placement.sending_organisation,
            ),
            (
                "placement.hosting_organisation",
                &self.placement.hosting_organisation,
            ),
            ("placement.quality_label", &self.placement.quality_label),
        ] {
            if let Some(v) = value
                && (v.chars().count() > MAX_LINE || v.chars().any(char::is_control))
            {
                push(
                    field.into(),
                    "activity-line",
                    format!("one line of at most {MAX_LINE} characters"),
                );
            }
        }
        if p.is_empty() { Ok(()) } else { Err(p) }
    }

    /// The record with blank optional values as `None`, trimmed: what is stored and audited.
    pub fn normalized(&self) -> ActivityRecord {
        let opt = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        ActivityRecord {
            slug: self.slug.trim().to_owned(),
            kind: self.kind,
            starts_on: self.starts_on.trim().to_owned(),
            ends_on: self.ends_on.trim().to_owned(),
            starts_at: opt(&self.starts_at),
            ends_at: opt(&self.ends_at),
            time_zone: opt(&self.time_zone),
            host: opt(&self.host),
            place: self.place.trim().to_owned(),
            organiser: self.organiser.trim().to_owned(),
            visibility: self.visibility,
            partnerships: self
                .partnerships
                .iter()
                .map(|s| s.trim().to_owned())
                .collect(),
            texts: self
                .texts
                .iter()
                .filter(|(_, t)| !t.title.trim().is_empty())
                .map(|(l, t)| {
                    (
                        l.clone(),
                        ActivityText {
                            title: t.title.trim().to_owned(),
                            description: t.description.trim().to_owned(),
                        },
                    )
                })
                .collect(),
            organisations: self
                .organisations
                .iter()
                .map(|o| OrganisationLine {
                    name: o.name.trim().to_owned(),
                    kind: o.kind,
                    country: opt(&o.country).map(|c| c.to_uppercase()),
                    link: opt(&o.link),
                })
                .collect(),
            placement: Placement {
                programme: opt(&self.placement.programme),
                sending_organisation: opt(&self.placement.sending_organisation),
                hosting_organisation: opt(&self.placement.hosting_organisation),
                quality_label: opt(&self.placement.quality_label),
            },
        }
    }

    /// The title in `lang`, else German, else any.
    pub fn title(&self, lang: &str) -> &str {
        self.text(lang).map_or("", |t| t.title.as_str())
    }

    pub fn text(&self, lang: &str) -> Option<&ActivityText> {
        self.texts
            .get(lang)
            .or_else(|| self.texts.get(REQUIRED_LANGUAGE))
            .or_else(|| self.texts.values().next())
    }
}

/// A month of the calendar, as in `/events/2026/07`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarMonth {
    pub year: i32,
    pub month: Month,
}

impl CalendarMonth {
    /// From the path's year and month; years the calendar can show only (1900–2200).
    pub fn parse(year: &str, month: &str) -> Option<CalendarMonth> {
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        let month: u8 = month.parse().ok()?;
        if !(1900..=2200).contains(&year) {
            return None;
        }
        Some(CalendarMonth {
            year,
            month: Month::try_from(month).ok()?,
        })
    }

    pub fn of(date: Date) -> CalendarMonth {
        CalendarMonth {
            year: date.year(),
            month: date.month(),
        }
    }

    pub fn first_day(self) -> Date {
        Date::from_calendar_date(self.year, self.month, 1).expect("day 1 exists")
    }

    pub fn last_day(self) -> Date {
        let days = self.month.length(self.year);
        Date::from_calendar_date(self.year, self.month, days).expect("last day exists")
    }

    pub fn next(self) -> CalendarMonth {
        CalendarMonth::of(self.last_day().next_day().expect("in range"))
    }

    pub fn previous(self) -> CalendarMonth {
        CalendarMonth::of(self.first_day().previous_day().expect("in range"))
    }

    /// "2026/07", the path part.
    pub fn path(self) -> String {
        format!("{:04}/{:02}", self.year, u8::from(self.month))
    }

    pub fn month_number(self) -> u8 {
        u8::from(self.month)
    }
}

/// Whether an activity from `starts` to `ends` touches the days `from..=to`.
pub fn overlaps(starts: Date, ends: Date, from: Date, to: Date) -> bool {
    starts <= to && ends >= from
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encounter() -> ActivityRecord {
        let mut texts = BTreeMap::new();
        texts.insert(
            "de".to_owned(),
            ActivityText {
                title: "Jugendbegegnung in Belfort".into(),
                description: "Zwei Wochen Sommerlager.".into(),
            },
        );
        ActivityRecord {
            slug: "jugendbegegnung-belfort-2026".into(),
            kind: ActivityKind::YouthEncounter,
            starts_on: "2026-07-14".into(),
            ends_on: "2026-07-28".into(),
            starts_at: None,
            ends_at: None,
            time_zone: None,
            host: None,
            place: "Belfort".into(),
            organiser: "Kreisjugendring".into(),
            visibility: Visibility::Public,
            partnerships: vec!["harz-belfort".into()],
            texts,
            organisations: vec![],
            placement: Placement::default(),
        }
    }

    fn codes(r: &ActivityRecord) -> Vec<(String, &'static str)> {
        r.check()
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    #[test]
    fn a_complete_youth_encounter_passes_its_checks() {
        assert_eq!(codes(&encounter()), vec![]);
    }

    #[test]
    fn an_activity_that_ends_before_it_starts_is_refused_at_its_end_date() {
        let mut r = encounter();
        r.ends_on = "2026-07-13".into();
        assert_eq!(
            codes(&r),
            vec![("ends_on".into(), "activity-ends-before-start")]
        );
    }

    #[test]
    fn an_activity_without_a_partnership_or_german_title_is_refused() {
        let mut r = encounter();
        r.partnerships.clear();
        r.texts.clear();
        r.texts.insert(
            "en".into(),
            ActivityText {
                title: "Youth encounter".into(),
                description: String::new(),
            },
        );
        assert_eq!(
            codes(&r),
            vec![
                ("partnerships".into(), "activity-no-partnership"),
                ("texts.de.title".into(), "activity-title-required"),
            ]
        );
    }

    #[test]
    fn volunteer_fields_belong_to_placements_only() {
        let mut r = encounter();
        r.placement.programme = Some("Europäisches Solidaritätskorps".into());
        assert_eq!(
            codes(&r),
            vec![("placement".into(), "activity-placement-only")]
        );
        r.kind = ActivityKind::VolunteerPlacement;
        assert_eq!(codes(&r), vec![]);
    }

    #[test]
    fn times_come_in_pairs_with_a_time_zone() {
        let mut r = encounter();
        r.ends_on = r.starts_on.clone();
        r.starts_at = Some("18:30".into());
        assert_eq!(
            codes(&r),
            vec![
                ("ends_at".into(), "activity-time-pair"),
                ("time_zone".into(), "activity-time-zone"),
            ]
        );
        r.ends_at = Some("17:00".into());
        r.time_zone = Some("Europe/Berlin".into());
        assert_eq!(
            codes(&r),
            vec![("ends_at".into(), "activity-ends-before-start")]
        );
        r.ends_at = Some("21:00".into());
        assert_eq!(codes(&r), vec![]);
        r.time_zone = Some("Mars/Olympus_Mons".into());
        assert_eq!(codes(&r), vec![("time_zone".into(), "activity-time-zone")]);
        r.time_zone = Some("Berlin; DROP".into());
        assert_eq!(codes(&r), vec![("time_zone".into(), "activity-time-zone")]);
    }

    #[test]
    fn malformed_dates_slugs_links_and_countries_are_named_by_field() {
        let mut r = encounter();
        r.slug = "Not A Slug".into();
        r.starts_on = "2026-02-30".into();
        r.partnerships = vec!["harz-belfort".into(), "harz-belfort".into()];
        r.organisations.push(OrganisationLine {
            name: "Lycée".into(),
            kind: OrganisationKind::School,
            country: Some("France".into()),
            link: Some("javascript:alert(1)".into()),
        });
        assert_eq!(
            codes(&r),
            vec![
                ("slug".into(), "activity-slug"),
                ("starts_on".into(), "activity-date"),
                ("partnerships[1]".into(), "activity-partnership-twice"),
                ("organisations[0].country".into(), "activity-country"),
                ("organisations[0].link".into(), "activity-link"),
            ]
        );
    }

    #[test]
    fn local_times_become_utc_in_summer_and_winter_on_both_sides_of_the_partnership() {
        let d = |t| parse_day(t).unwrap();
        let t = |t| parse_clock(t).unwrap();
        use time::macros::datetime;
        let at = |date, time, zone| local_to_utc(d(date), t(time), zone).unwrap();
        assert_eq!(
            at("2026-07-14", "18:30", "Europe/Berlin"),
            datetime!(2026-07-14 16:30 UTC)
        );
        assert_eq!(
            at("2026-12-01", "18:30", "Europe/Paris"),
            datetime!(2026-12-01 17:30 UTC)
        );
        assert_eq!(
            at("2026-07-14", "18:30", "Europe/Bucharest"),
            datetime!(2026-07-14 15:30 UTC)
        );
        assert_eq!(
            at("2026-12-01", "09:00", "UTC"),
            datetime!(2026-12-01 09:00 UTC)
        );
        // 02:30 on the last Sunday of March 2026 does not exist in Berlin.
        assert!(local_to_utc(d("2026-03-29"), t("02:30"), "Europe/Berlin").is_none());
        assert!(local_to_utc(d("2026-03-29"), t("02:30"), "Mars/Olympus_Mons").is_none());
    }

    #[test]
    fn the_title_falls_back_to_german() {
        let r = encounter();
        assert_eq!(r.title("fr"), "Jugendbegegnung in Belfort");
    }

    #[test]
    fn months_step_over_the_turn_of_the_year() {
        let dec = CalendarMonth::parse("2026", "12").unwrap();
        assert_eq!(dec.next().path(), "2027/01");
        assert_eq!(dec.next().previous(), dec);
        assert_eq!(dec.last_day(), parse_day("2026-12-31").unwrap());
        assert!(CalendarMonth::parse("2026", "13").is_none());
        assert!(CalendarMonth::parse("26", "01").is_none());
        assert!(CalendarMonth::parse("9999", "01").is_none());
    }

    #[test]
    fn an_activity_overlaps_the_months_it_touches() {
        let d = |t| parse_day(t).unwrap();
        assert!(overlaps(
            d("2026-06-28"),
            d("2026-07-02"),
            d("2026-07-01"),
            d("2026-07-31")
        ));
        assert!(!overlaps(
            d("2026-06-01"),
            d("2026-06-30"),
            d("2026-07-01"),
            d("2026-07-31")
        ));
    }
}
