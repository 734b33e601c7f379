//! Activities as use cases: adding a photo (checked and re-encoded off the async threads, then
//! stored with its audit entry), and the public calendar's iCalendar feed.

use std::collections::BTreeMap;

use crate::domain::access::Principal;
use crate::domain::activities::{ActivityRecord, local_to_utc, parse_clock, parse_day};
use crate::domain::clock::Instant;
use crate::io::photos::{self, PhotoError};
use crate::store::{NewPhoto, Store, StoreError, WriteError};

/// Why a photo was not added.
#[derive(Debug, thiserror::Error)]
pub enum PhotoUploadError {
    /// The file is not a photo we keep.
    #[error(transparent)]
    Photo(#[from] PhotoError),
    /// The store refused it (alt text missing, rights, the activity gone).
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// Checks `bytes` (type, size, dimensions, decoding under limits), re-encodes them without their
/// metadata, makes the thumbnail and stores the photo with its alt texts. The alt text and the
/// caller's rights are checked before the picture is decoded, so a refused upload costs nothing.
pub async fn add_photo(
    store: &Store,
    who: &Principal,
    activity_id: i64,
    bytes: Vec<u8>,
    alt: BTreeMap<String, String>,
) -> Result<i64, PhotoUploadError> {
    let stored = store
        .activity_by_id(activity_id)
        .await
        .map_err(WriteError::from)?
        .ok_or_else(|| WriteError::from(StoreError::NotFound(format!("activity {activity_id}"))))?;
    if !Store::may_change_activity(who, &stored) {
        return Err(WriteError::from(StoreError::Forbidden(
            "you may not add photos to this activity".into(),
        ))
        .into());
    }
    if alt.get("de").is_none_or(|a| a.trim().is_empty()) {
        return Err(
            WriteError::Invalid(vec![crate::domain::records::FieldError::new(
                "alt.de",
                "activity-photo-alt",
                "describe the photo in German for people who cannot see it",
            )])
            .into(),
        );
    }
    let clean = tokio::task::spawn_blocking(move || photos::clean(&bytes))
        .await
        .map_err(|_| PhotoError::Encoding)??;
    let photo = NewPhoto {
        bytes: clean.bytes,
        thumbnail: clean.thumbnail,
        mime: clean.mime,
        width: clean.width,
        height: clean.height,
        thumb_width: clean.thumb_width,
        thumb_height: clean.thumb_height,
        alt,
    };
    Ok(store.add_activity_photo(who, activity_id, &photo).await?)
}

/// One event of an iCalendar feed.
#[derive(Debug, Clone)]
pub struct FeedEvent {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub record: ActivityRecord,
    /// When the activity was last changed: the event's DTSTAMP, so the feed is the same bytes
    /// until something changes.
    pub updated_at: Instant,
    /// The event's page.
    pub url: String,
}

/// The events as an iCalendar document (RFC 5545): UIDs stable per activity and host, DTSTAMP
/// from the last change, all-day events as DATE values with an exclusive DTEND, timed events in
/// UTC (converted from their zone, so no VTIMEZONE is needed); text escaped by the builder.
pub fn events_calendar(name: &str, events: &[FeedEvent], public_url: &str) -> String {
    use icalendar::{Calendar, Component, EventLike};
    let host = public_url
        .split("://")
        .nth(1)
        .unwrap_or(public_url)
        .split(['/', ':'])
        .next()
        .unwrap_or("partnerportal");
    let mut calendar = Calendar::new();
    calendar.name(name);
    for e in events {
        let r = &e.record;
        let (Some(starts), Some(ends)) = (parse_day(&r.starts_on), parse_day(&r.ends_on)) else {
            continue;
        };
        let mut event = icalendar::Event::new();
        event
            .uid(&format!("activity-{}@{host}", e.id))
            .summary(&e.title)
            .url(&e.url);
        if let Some(stamp) = chrono::DateTime::from_timestamp(e.updated_at.unix(), 0) {
            event.timestamp(stamp);
        }
        let timed = match (&r.starts_at, &r.ends_at, &r.time_zone) {
            (Some(s), Some(x), Some(zone)) => {
                let utc = |date, clock: &String| {
                    parse_clock(clock)
                        .and_then(|c| local_to_utc(date, c, zone))
                        .and_then(|at| chrono::DateTime::from_timestamp(at.unix_timestamp(), 0))
                };
                utc(starts, s).zip(utc(ends, x))
            }
            _ => None,
        };
        match timed {
            Some((from, to)) => {
                event.starts(from).ends(to);
            }
            None => {
                let day = |d: time::Date| {
                    chrono::NaiveDate::from_ymd_opt(
                        d.year(),
                        u32::from(u8::from(d.month())),
                        u32::from(d.day()),
                    )
                };
                // DTEND of an all-day event is the day after the last (exclusive).
                let (Some(first), Some(after)) = (day(starts), ends.next_day().and_then(day))
                else {
                    continue;
                };
                event.starts(first).ends(after);
            }
        }
        if !e.description.is_empty() {
            event.description(&e.description);
        }
        if !r.place.is_empty() {
            event.location(&r.place);
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
}
