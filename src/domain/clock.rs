//! Instants as the database stores them: UTC text `YYYY-MM-DDTHH:MM:SSZ`, which sorts as text and
//! reads well in a dump, and which PostgreSQL parses as well.

use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime, UtcOffset};

/// A moment in UTC, whole seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Instant(OffsetDateTime);

impl Instant {
    pub fn now() -> Instant {
        Instant::from(OffsetDateTime::now_utc())
    }

    pub fn from_unix(seconds: i64) -> Option<Instant> {
        OffsetDateTime::from_unix_timestamp(seconds)
            .ok()
            .map(Instant::from)
    }

    pub fn unix(self) -> i64 {
        self.0.unix_timestamp()
    }

    /// Parses stored text; any RFC 3339 offset is accepted and converted to UTC.
    pub fn parse(text: &str) -> Option<Instant> {
        OffsetDateTime::parse(text, &Rfc3339)
            .ok()
            .map(Instant::from)
    }

    pub fn text(self) -> String {
        self.0
            .format(&Rfc3339)
            .expect("a UTC instant with whole seconds formats as RFC 3339")
    }

    pub fn plus(self, duration: Duration) -> Instant {
        Instant::from(self.0.saturating_add(duration))
    }

    pub fn minus(self, duration: Duration) -> Instant {
        Instant::from(self.0.saturating_sub(duration))
    }

    /// The date and minute as a person in the portal's time zone reads it ("2026-11-25 14:05").
    pub fn display_local(self) -> String {
        let local = self.0.to_offset(berlin_offset(self.0));
        format!(
            "{:04}-{:02}-{:02} {:02}:{:02}",
            local.year(),
            u8::from(local.month()),
            local.day(),
            local.hour(),
            local.minute()
        )
    }

    pub fn date_time(self) -> OffsetDateTime {
        self.0
    }

    /// The instant of a wall-clock time in Central European time (Brussels, Berlin, Paris, Warsaw):
    /// EU deadlines are given so. `None` for a time skipped when the clocks go forward; a time that
    /// occurs twice when they go back is read as the earlier (summer-time) one.
    pub fn from_local(local: time::PrimitiveDateTime) -> Option<Instant> {
        [2, 1].into_iter().find_map(|hours| {
            let offset = UtcOffset::from_hms(hours, 0, 0).ok()?;
            let at = local.assume_offset(offset);
            (berlin_offset(at) == offset).then(|| Instant::from(at))
        })
    }

    /// "CET" or "CEST": the zone [`Instant::display_local`] is in at this instant.
    pub fn local_zone(self) -> &'static str {
        if berlin_offset(self.0).whole_hours() == 2 {
            "CEST"
        } else {
            "CET"
        }
    }
}

impl From<OffsetDateTime> for Instant {
    fn from(value: OffsetDateTime) -> Self {
        let utc = value.to_offset(UtcOffset::UTC);
        Instant(utc.replace_nanosecond(0).unwrap_or(utc))
    }
}

impl std::fmt::Display for Instant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text())
    }
}

/// Central European time with the EU's summer-time rule (last Sunday of March to last Sunday of
/// October, switching at 01:00 UTC), which covers every office this portal serves so far.
fn berlin_offset(at: OffsetDateTime) -> UtcOffset {
    let year = at.year();
    let start = last_sunday_0100_utc(year, time::Month::March);
    let end = last_sunday_0100_utc(year, time::Month::October);
    let hours = if at >= start && at < end { 2 } else { 1 };
    UtcOffset::from_hms(hours, 0, 0).expect("a valid offset")
}

fn last_sunday_0100_utc(year: i32, month: time::Month) -> OffsetDateTime {
    let last_day = time::Date::from_calendar_date(year, month, month.length(year))
        .expect("the last day of a month exists");
    let back = last_day.weekday().number_days_from_sunday();
    let sunday = last_day - Duration::days(i64::from(back));
    sunday.with_hms(1, 0, 0).expect("01:00 exists").assume_utc()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_round_trip_through_their_stored_text() {
        let at = Instant::from_unix(1_764_000_000).unwrap();
        assert_eq!(at.text(), "2025-11-24T16:00:00Z");
        assert_eq!(Instant::parse(&at.text()), Some(at));
        assert_eq!(
            Instant::parse("2025-11-24T17:00:00+01:00"),
            Some(at),
            "offsets are converted to UTC"
        );
        assert_eq!(Instant::parse("yesterday"), None);
    }

    #[test]
    fn local_wall_clock_times_become_instants_in_either_season() {
        use time::macros::datetime;
        let winter = Instant::from_local(datetime!(2026-02-05 17:00)).unwrap();
        assert_eq!(winter.text(), "2026-02-05T16:00:00Z");
        assert_eq!(
            (winter.display_local().as_str(), winter.local_zone()),
            ("2026-02-05 17:00", "CET")
        );
        let summer = Instant::from_local(datetime!(2026-10-01 17:00)).unwrap();
        assert_eq!(summer.text(), "2026-10-01T15:00:00Z");
        assert_eq!(summer.local_zone(), "CEST");
        assert_eq!(
            Instant::from_local(datetime!(2026-03-29 02:30)),
            None,
            "skipped hour"
        );
        assert_eq!(
            Instant::from_local(datetime!(2026-10-25 02:30))
                .unwrap()
                .text(),
            "2026-10-25T00:30:00Z",
            "the repeated hour reads as summer time"
        );
    }

    #[test]
    fn local_display_follows_central_european_summer_time() {
        let winter = Instant::parse("2026-01-15T12:00:00Z").unwrap();
        let summer = Instant::parse("2026-07-15T12:00:00Z").unwrap();
        assert_eq!(winter.display_local(), "2026-01-15 13:00");
        assert_eq!(summer.display_local(), "2026-07-15 14:00");
        // 2026 switches on 29 March and 25 October at 01:00 UTC.
        assert_eq!(
            Instant::parse("2026-03-29T00:59:00Z")
                .unwrap()
                .display_local(),
            "2026-03-29 01:59"
        );
        assert_eq!(
            Instant::parse("2026-03-29T01:00:00Z")
                .unwrap()
                .display_local(),
            "2026-03-29 03:00"
        );
        assert_eq!(
            Instant::parse("2026-10-25T01:00:00Z")
                .unwrap()
                .display_local(),
            "2026-10-25 02:00"
        );
    }
}
