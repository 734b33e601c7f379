//! The public events as JSON: `GET /api/v1/events` (filtered, paged) and
//! `GET /api/v1/events/{slug}`. Public activities only; nothing about people.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{DEFAULT_PAGE_SIZE, ListPage};
use crate::app::AppState;
use crate::domain::activities::{ActivityKind, ActivityRecord, day_text, parse_day};
use crate::error::{AppError, ErrorBody};
use crate::i18n::{DEFAULT_LANGUAGE, LANGUAGES};
use crate::params::{QueryParams, SlugPath, page};
use crate::store::{ActivityFilter, ActivityLine};

/// The kinds as the API names them.
fn kind_keys() -> String {
    ActivityKind::ALL
        .iter()
        .map(|k| k.key())
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EventQuery {
    /// Events that end on or after this day (YYYY-MM-DD).
    from: Option<String>,
    /// Events that start on or before this day (YYYY-MM-DD).
    to: Option<String>,
    /// Events of this partnership (its identifier).
    partnership: Option<String>,
    /// youth_encounter, school_exchange, trainee_exchange, volunteer_placement, delegation,
    /// cultural_event, expert_exchange or anniversary.
    kind: Option<String>,
    /// Language of the titles: de, en, fr, pl or ro (default de; German where a translation is missing).
    lang: Option<String>,
    /// Page number, from 1.
    page: Option<String>,
    /// Items per page, 1 to 500 (default 50).
    per_page: Option<String>,
}

/// A public event in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventSummary {
    /// The event's identifier.
    #[schema(example = "jugendbegegnung-belfort-2026")]
    pub slug: String,
    #[schema(example = "youth_encounter")]
    pub kind: String,
    /// The title in the language asked for, else German.
    pub title: String,
    /// First day (YYYY-MM-DD).
    #[schema(format = Date)]
    pub starts_on: String,
    /// Last day (YYYY-MM-DD), inclusive.
    #[schema(format = Date)]
    pub ends_on: String,
    /// Local start time (HH:MM) in `time_zone`, or null for an all-day event.
    pub starts_at: Option<String>,
    /// Local end time (HH:MM) in `time_zone`, or null.
    pub ends_at: Option<String>,
    /// IANA time zone of the times, or null.
    pub time_zone: Option<String>,
    pub place: String,
}

fn summary(line: ActivityLine) -> EventSummary {
    EventSummary {
        slug: line.slug,
        kind: line.kind.key().to_owned(),
        title: line.title,
        starts_on: line.starts_on,
        ends_on: line.ends_on,
        starts_at: line.starts_at,
        ends_at: line.ends_at,
        time_zone: line.time_zone,
        place: line.place,
    }
}

/// Title and description in one language.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventText {
    pub title: String,
    pub description: String,
}

/// A school, club or twinning association taking part.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventOrganisation {
    pub name: String,
    /// school, club, twinning_association or other.
    pub kind: String,
    /// ISO 3166-1 alpha-2 code, or null.
    pub country: Option<String>,
    pub link: Option<String>,
}

/// A photo of the event.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventPhoto {
    /// The photo (re-encoded, without metadata).
    pub url: String,
    /// A thumbnail 480 pixels wide (or smaller).
    pub thumbnail_url: String,
    pub width: i64,
    pub height: i64,
    /// Alt text by language tag; German always present.
    pub alt: BTreeMap<String, String>,
}

/// A volunteer placement's programme and organisations.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventPlacement {
    pub programme: Option<String>,
    pub sending_organisation: Option<String>,
    pub hosting_organisation: Option<String>,
    pub quality_label: Option<String>,
}

/// One public event with its texts in every language it has, partnerships, organisations and photos.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventDetail {
    pub slug: String,
    pub kind: String,
    #[schema(format = Date)]
    pub starts_on: String,
    #[schema(format = Date)]
    pub ends_on: String,
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub time_zone: Option<String>,
    pub place: String,
    /// The organising organisation.
    pub organiser: String,
    /// The hosting body's identifier, or null.
    pub host: Option<String>,
    /// Identifiers of the (published) partnerships the event belongs to.
    pub partnerships: Vec<String>,
    /// Title and description by language tag; German always present.
    pub texts: BTreeMap<String, EventText>,
    pub organisations: Vec<EventOrganisation>,
    /// Present for volunteer placements only.
    pub placement: Option<EventPlacement>,
    pub photos: Vec<EventPhoto>,
}

fn day(name: &str, value: &Option<String>) -> Result<Option<String>, AppError> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => parse_day(v).map(|d| Some(day_text(d))).ok_or_else(|| {
            AppError::BadRequest(format!("{name} '{v}' is not a day such as 2026-07-14"))
        }),
    }
}

/// Lists public events by first day.
#[utoipa::path(get, path = "/api/v1/events", tag = "events", operation_id = "list_events",
    params(EventQuery),
    responses(
        (status = 200, body = ListPage<EventSummary>),
        (status = 400, description = "A filter or paging parameter is malformed", body = ErrorBody)
    ))]
pub async fn list_events(
    State(state): State<AppState>,
    QueryParams(query): QueryParams<EventQuery>,
) -> Result<Json<ListPage<EventSummary>>, AppError> {
    let kind = match query.kind.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(k) => Some(ActivityKind::parse(k).ok_or_else(|| {
            AppError::BadRequest(format!("kind '{k}' is not one of {}", kind_keys()))
        })?),
    };
    let lang = match query.lang.as_deref().map(str::trim) {
        None | Some("") => DEFAULT_LANGUAGE,
        Some(l) => LANGUAGES.iter().copied().find(|x| *x == l).ok_or_else(|| {
            AppError::BadRequest(format!("lang '{l}' is not one of {}", LANGUAGES.join(", ")))
        })?,
    };
    let filter = ActivityFilter {
        public_only: true,
        kind,
        partnership: query
            .partnership
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_owned),
        ends_from: day("from", &query.from)?,
        starts_until: day("to", &query.to)?,
        ..ActivityFilter::default()
    };
    let page = page(&query.page, &query.per_page, DEFAULT_PAGE_SIZE)?;
    let total = state.store.count_activities(&filter).await?;
    let offset = i64::from(page.number - 1) * i64::from(page.size);
    let items = state
        .store
        .activity_lines(&filter, lang, i64::from(page.size), offset)
        .await?
        .into_iter()
        .map(summary)
        .collect();
    Ok(Json(ListPage {
        items,
        total,
        page: page.number,
        per_page: page.size,
        next_after: None,
    }))
}

/// One public event.
#[utoipa::path(get, path = "/api/v1/events/{slug}", tag = "events", operation_id = "find_event",
    params(("slug" = String, Path, description = "The event's identifier", example = "jugendbegegnung-belfort-2026")),
    responses(
        (status = 200, body = EventDetail),
        (status = 404, description = "No public event has this identifier", body = ErrorBody)
    ))]
pub async fn find_event(
    State(state): State<AppState>,
    SlugPath(slug): SlugPath,
) -> Result<Json<EventDetail>, AppError> {
    let stored = state
        .store
        .public_activity(&slug)
        .await?
        .ok_or_else(|| AppError::not_found("event", &slug))?;
    let partnerships = state
        .store
        .activity_partnerships(stored.id)
        .await?
        .into_iter()
        .filter(|p| p.published)
        .map(|p| p.slug)
        .collect();
    let host = match &stored.record.host {
        Some(h) => state
            .store
            .activity_host_name(h)
            .await?
            .filter(|(_, published)| *published)
            .map(|_| h.clone()),
        None => None,
    };
    let photos = state
        .store
        .activity_photos(stored.id)
        .await?
        .into_iter()
        .map(|p| EventPhoto {
            url: format!("/events/photos/{}", p.id),
            thumbnail_url: format!("/events/photos/{}/thumbnail", p.id),
            width: p.width,
            height: p.height,
            alt: p.alt,
        })
        .collect();
    Ok(Json(detail(stored.record, partnerships, host, photos)))
}

fn detail(
    r: ActivityRecord,
    partnerships: Vec<String>,
    host: Option<String>,
    photos: Vec<EventPhoto>,
) -> EventDetail {
    let placement = (r.kind == ActivityKind::VolunteerPlacement).then_some(EventPlacement {
        programme: r.placement.programme,
        sending_organisation: r.placement.sending_organisation,
        hosting_organisation: r.placement.hosting_organisation,
        quality_label: r.placement.quality_label,
    });
    EventDetail {
        slug: r.slug,
        kind: r.kind.key().to_owned(),
        starts_on: r.starts_on,
        ends_on: r.ends_on,
        starts_at: r.starts_at,
        ends_at: r.ends_at,
        time_zone: r.time_zone,
        place: r.place,
        organiser: r.organiser,
        host,
        partnerships,
        texts: r
            .texts
            .into_iter()
            .map(|(lang, t)| {
                (
                    lang,
                    EventText {
                        title: t.title,
                        description: t.description,
                    },
                )
            })
            .collect(),
        organisations: r
            .organisations
            .into_iter()
            .map(|o| EventOrganisation {
                name: o.name,
                kind: o.kind.key().to_owned(),
                country: o.country,
                link: o.link,
            })
            .collect(),
        placement,
        photos,
    }
}
