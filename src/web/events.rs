//! The public events calendar: upcoming and past events (`/{lang}/events`), a month as an
//! accessible table (`/{lang}/events/{yyyy}/{mm}`, no JavaScript), one page per public event with
//! its photos and JSON-LD, the iCalendar feeds of all events and of one partnership, and the
//! photos themselves at stable addresses. Internal activities appear nowhere here; their photos
//! are served to signed-in staff only.

use askama::Template;
use axum::Router;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

use super::language::{PageLang, redirect_to_language};
use super::{error_page, respond};
use crate::activities::{FeedEvent, events_calendar};
use crate::app::AppState;
use crate::domain::activities::{
    ActivityKind, ActivityRecord, CalendarMonth, REQUIRED_LANGUAGE, day_text,
};
use crate::domain::clock::Instant;
use crate::error::AppError;
use crate::i18n::{LANGUAGES, Tr};
use crate::store::{ActivityFilter, ActivityLine, ActivityPartnership, PhotoInfo, Store};
use crate::web::workbench::Staff;

/// Past events per page.
const PAST_PAGE: i64 = 20;
/// Upcoming events shown at most (the month view shows the rest).
const UPCOMING_MAX: i64 = 100;

pub fn router() -> Router<AppState> {
    let mut router = Router::new()
        .route("/events", get(redirect_to_language))
        .route("/events/photos/{id}", get(serve_photo))
        .route("/events/photos/{id}/thumbnail", get(serve_thumbnail));
    for lang in LANGUAGES {
        router = router
            .route(&format!("/{lang}/events"), get(list_events))
            .route(&format!("/{lang}/events.ics"), get(events_feed))
            .route(&format!("/{lang}/events/{{slug}}"), get(show_event))
            .route(
                &format!("/{lang}/events/{{year}}/{{month}}"),
                get(show_month),
            )
            .route(
                &format!("/{lang}/partnerships/{{slug}}/events.ics"),
                get(partnership_events_feed),
            );
    }
    router
}

pub fn kind_label(t: &Tr, kind: ActivityKind) -> String {
    t.vocab("activity-kind", kind.key())
}

/// "14. Juli 2026 bis 28. Juli 2026": both days as the language writes them; one for a single day.
pub fn period(t: &Tr, starts_on: &str, ends_on: &str) -> String {
    let day = |d: &str| {
        crate::domain::values::PartialDate::parse(d)
            .map(|p| t.date(&p, None))
            .unwrap_or_else(|_| d.to_owned())
    };
    if starts_on == ends_on {
        day(starts_on)
    } else {
        t.args(
            "activity-period",
            &[("from", day(starts_on)), ("to", day(ends_on))],
        )
    }
}

fn today() -> time::Date {
    Instant::now().date_time().date()
}

/// One event in a list.
pub struct EventRow {
    pub slug: String,
    pub title: String,
    pub period: String,
    pub kind: String,
    pub place: String,
    pub starts_on: String,
}

impl EventRow {
    pub fn of(t: &Tr, line: ActivityLine) -> EventRow {
        EventRow {
            period: period(t, &line.starts_on, &line.ends_on),
            kind: kind_label(t, line.kind),
            slug: line.slug,
            title: line.title,
            place: line.place,
            starts_on: line.starts_on,
        }
    }
}

#[derive(Template)]
#[template(path = "events/list.html")]
pub struct EventsPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub upcoming: Vec<EventRow>,
    pub past: Vec<EventRow>,
    pub month: String,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub page: i64,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PageQuery {
    page: Option<String>,
}

pub async fn list_events(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Query(query): Query<PageQuery>,
) -> Response {
    let page = async {
        let page: i64 = match query.page.as_deref().map(str::trim) {
            None | Some("") => 1,
            Some(p) => p
                .parse()
                .ok()
                .filter(|p| (1..=100_000).contains(p))
                .ok_or_else(|| AppError::BadRequest(t.t("events-bad-page")))?,
        };
        let today = day_text(today());
        let upcoming_filter = ActivityFilter {
            public_only: true,
            ends_from: Some(today.clone()),
            ..ActivityFilter::default()
        };
        let past_filter = ActivityFilter {
            public_only: true,
            ends_before: Some(today),
            newest_first: true,
            ..ActivityFilter::default()
        };
        let upcoming = if page == 1 {
            state
                .store
                .activity_lines(&upcoming_filter, t.lang(), UPCOMING_MAX, 0)
                .await?
        } else {
            Vec::new()
        };
        let past_total = state.store.count_activities(&past_filter).await?;
        let past = state
            .store
            .activity_lines(&past_filter, t.lang(), PAST_PAGE, (page - 1) * PAST_PAGE)
            .await?;
        if page > 1 && past.is_empty() {
            return Err(AppError::not_found("page", page.to_string()));
        }
        let link = |p: i64| format!("/{}/events?page={p}", t.lang());
        Ok(EventsPage {
            title: t.t("events-title"),
            month: format!(
                "/{}/events/{}",
                t.lang(),
                CalendarMonth::of(self::today()).path()
            ),
            upcoming: upcoming.into_iter().map(|l| EventRow::of(&t, l)).collect(),
            past: past.into_iter().map(|l| EventRow::of(&t, l)).collect(),
            previous: (page > 1).then(|| link(page - 1)),
            next: (page * PAST_PAGE < past_total).then(|| link(page + 1)),
            page,
            t: t.clone(),
            here: here.clone(),
            section: "events",
        })
    }
    .await;
    respond(&t, &here, page)
}

#[derive(Template)]
#[template(path = "events/month.html")]
pub struct MonthPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub rows: Vec<EventRow>,
    pub previous: String,
    pub next: String,
    pub previous_label: String,
    pub next_label: String,
}

fn month_name(t: &Tr, month: CalendarMonth) -> String {
    t.args(
        "events-month-title",
        &[
            ("month", t.t(&format!("month-{}", month.month_number()))),
            ("year", month.year.to_string()),
        ],
    )
}

pub async fn show_month(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path((year, month)): Path<(String, String)>,
) -> Response {
    let page = async {
        let month = CalendarMonth::parse(&year, &month)
            .ok_or_else(|| AppError::not_found("month", format!("{year}/{month}")))?;
        let filter = ActivityFilter {
            public_only: true,
            ends_from: Some(day_text(month.first_day())),
            starts_until: Some(day_text(month.last_day())),
            ..ActivityFilter::default()
        };
        let rows = state
            .store
            .activity_lines(&filter, t.lang(), 1000, 0)
            .await?
            .into_iter()
            .map(|l| EventRow::of(&t, l))
            .collect();
        let link = |m: CalendarMonth| format!("/{}/events/{}", t.lang(), m.path());
        Ok(MonthPage {
            title: month_name(&t, month),
            rows,
            previous: link(month.previous()),
            next: link(month.next()),
            previous_label: month_name(&t, month.previous()),
            next_label: month_name(&t, month.next()),
            t: t.clone(),
            here: here.clone(),
            section: "events",
        })
    }
    .await;
    respond(&t, &here, page)
}

pub struct PhotoView {
    pub id: i64,
    pub alt: String,
    pub alt_lang: String,
    pub thumb_width: i64,
    pub thumb_height: i64,
}

impl PhotoView {
    fn of(t: &Tr, p: &PhotoInfo) -> PhotoView {
        let lang = if p.alt.contains_key(t.lang()) {
            t.lang()
        } else {
            REQUIRED_LANGUAGE
        };
        PhotoView {
            id: p.id,
            alt: p.alt_in(lang).to_owned(),
            alt_lang: lang.to_owned(),
            thumb_width: p.thumb_width,
            thumb_height: p.thumb_height,
        }
    }
}

#[derive(Template)]
#[template(path = "events/event.html")]
pub struct EventPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub record: ActivityRecord,
    /// The language the title and description are shown in.
    pub text_lang: String,
    pub description: Vec<String>,
    pub kind: String,
    pub period: String,
    pub times: Option<String>,
    pub host: Option<(String, String)>,
    pub partnerships: Vec<ActivityPartnership>,
    pub organisations: Vec<(String, Option<String>, String)>,
    pub photos: Vec<PhotoView>,
    pub jsonld: String,
}

impl EventPage {
    fn fallback(&self) -> bool {
        self.text_lang != self.t.lang()
    }
}

pub async fn show_event(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(slug): Path<String>,
) -> Response {
    let page = async {
        let stored = state
            .store
            .public_activity(&slug)
            .await?
            .ok_or_else(|| AppError::not_found("event", &slug))?;
        let r = stored.record;
        let text_lang = if r.texts.contains_key(t.lang()) {
            t.lang()
        } else {
            REQUIRED_LANGUAGE
        };
        let text =
            r.text(text_lang)
                .cloned()
                .unwrap_or_else(|| crate::domain::activities::ActivityText {
                    title: r.slug.clone(),
                    description: String::new(),
                });
        let host = match &r.host {
            Some(h) => state
                .store
                .activity_host_name(h)
                .await?
                .filter(|(_, published)| *published)
                .map(|(name, _)| (h.clone(), name)),
            None => None,
        };
        let partnerships: Vec<ActivityPartnership> = state
            .store
            .activity_partnerships(stored.id)
            .await?
            .into_iter()
            .filter(|p| p.published)
            .collect();
        let photos: Vec<PhotoView> = state
            .store
            .activity_photos(stored.id)
            .await?
            .iter()
            .map(|p| PhotoView::of(&t, p))
            .collect();
        let base = crate::api::exports::public_base(&HeaderMap::new(), &state);
        let jsonld = event_jsonld(&t, &r, &text.title, &text.description, &photos, &base);
        let times = match (&r.starts_at, &r.ends_at, &r.time_zone) {
            (Some(s), Some(e), Some(z)) => Some(format!("{s}–{e} ({z})")),
            _ => None,
        };
        Ok(EventPage {
            title: text.title.clone(),
            text_lang: text_lang.to_owned(),
            description: text
                .description
                .split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect(),
            kind: kind_label(&t, r.kind),
            period: period(&t, &r.starts_on, &r.ends_on),
            times,
            host,
            partnerships,
            organisations: r
                .organisations
                .iter()
                .map(|o| {
                    (
                        o.name.clone(),
                        o.link.clone(),
                        match &o.country {
                            Some(c) => format!(
                                "{}, {}",
                                t.vocab("activity-organisation-kind", o.kind.key()),
                                t.country(c)
                            ),
                            None => t.vocab("activity-organisation-kind", o.kind.key()),
                        },
                    )
                })
                .collect(),
            photos,
            jsonld,
            record: r,
            t: t.clone(),
            here: here.clone(),
            section: "events",
        })
    }
    .await;
    respond(&t, &here, page)
}

/// schema.org `Event` of a public event; no personal data (organiser is an organisation's name).
fn event_jsonld(
    t: &Tr,
    r: &ActivityRecord,
    title: &str,
    description: &str,
    photos: &[PhotoView],
    base: &str,
) -> String {
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": r.kind.schema_org_type(),
        "name": title,
        "startDate": r.starts_on,
        "endDate": r.ends_on,
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "url": format!("{base}/{}/events/{}", t.lang(), r.slug),
        "inLanguage": t.lang(),
    });
    if !description.is_empty() {
        value["description"] = description.into();
    }
    if !r.place.is_empty() {
        value["location"] = serde_json::json!({"@type": "Place", "name": r.place});
    }
    if !r.organiser.is_empty() {
        value["organizer"] = serde_json::json!({"@type": "Organization", "name": r.organiser});
    }
    if !photos.is_empty() {
        value["image"] = photos
            .iter()
            .map(|p| format!("{base}/events/photos/{}", p.id))
            .collect::<Vec<_>>()
            .into();
    }
    crate::io::jsonld::data_block(&value)
}

/// The events of the feed with their texts in the page's language (German where missing).
async fn feed_events(
    store: &Store,
    t: &Tr,
    lines: Vec<ActivityLine>,
    base: &str,
) -> Result<Vec<FeedEvent>, AppError> {
    let mut events = Vec::with_capacity(lines.len());
    for line in lines {
        let Some(stored) = store.activity_by_id(line.id).await? else {
            continue;
        };
        let text = stored.record.text(t.lang()).cloned();
        events.push(FeedEvent {
            id: line.id,
            title: text.as_ref().map(|x| x.title.clone()).unwrap_or(line.title),
            description: text.map(|x| x.description).unwrap_or_default(),
            updated_at: Instant::parse(&line.updated_at).unwrap_or_else(Instant::now),
            url: format!("{base}/{}/events/{}", t.lang(), line.slug),
            record: stored.record,
        });
    }
    Ok(events)
}

fn calendar_answer(body: String, file: &str) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/calendar; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("inline; filename=\"{file}\""))
                    .unwrap_or(HeaderValue::from_static("inline")),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=300"),
            ),
        ],
        body,
    )
        .into_response()
}

/// Every public event, past and upcoming.
pub async fn events_feed(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    headers: HeaderMap,
) -> Response {
    let feed = async {
        let filter = ActivityFilter {
            public_only: true,
            ..ActivityFilter::default()
        };
        let lines = state
            .store
            .activity_lines(&filter, t.lang(), 100_000, 0)
            .await?;
        let base = crate::api::exports::public_base(&headers, &state);
        let events = feed_events(&state.store, &t, lines, &base).await?;
        Ok::<_, AppError>(events_calendar(&t.t("events-feed-name"), &events, &base))
    }
    .await;
    match feed {
        Ok(body) => calendar_answer(body, "events.ics"),
        Err(e) => error_page(&e, &t, &here),
    }
}

/// The public events of one published partnership.
pub async fn partnership_events_feed(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Response {
    let feed = async {
        let lines = state
            .store
            .partnership_public_activities(&slug, t.lang())
            .await?
            .ok_or_else(|| AppError::not_found("partnership", &slug))?;
        let base = crate::api::exports::public_base(&headers, &state);
        let events = feed_events(&state.store, &t, lines, &base).await?;
        let name = format!("{} – {slug}", t.t("events-feed-name"));
        Ok::<_, AppError>(events_calendar(&name, &events, &base))
    }
    .await;
    match feed {
        Ok(body) => calendar_answer(body, &format!("{slug}-events.ics")),
        Err(e) => error_page(&e, &t, &here),
    }
}

async fn photo_answer(
    state: &AppState,
    id: &str,
    thumbnail: bool,
    staff: Result<Staff, Response>,
) -> Response {
    let not_found = || StatusCode::NOT_FOUND.into_response();
    let Ok(id) = id.parse::<i64>() else {
        return not_found();
    };
    let photo = match state.store.activity_photo_bytes(id, thumbnail).await {
        Ok(Some(photo)) => photo,
        Ok(None) => return not_found(),
        Err(e) => return AppError::from(e).into_response(),
    };
    // An internal activity's photo is as unknown to the public as the activity itself.
    if !photo.public && staff.is_err() {
        return not_found();
    }
    let cache = if photo.public {
        // A photo's bytes never change under its id (a new upload is a new photo).
        "public, max-age=86400"
    } else {
        "private, no-store"
    };
    let mut response = Response::new(Body::from(photo.bytes));
    let headers = response.headers_mut();
    if let Ok(mime) = HeaderValue::from_str(&photo.mime) {
        headers.insert(header::CONTENT_TYPE, mime);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

pub async fn serve_photo(
    State(state): State<AppState>,
    staff: Result<Staff, Response>,
    Path(id): Path<String>,
) -> Response {
    photo_answer(&state, &id, false, staff).await
}

pub async fn serve_thumbnail(
    State(state): State<AppState>,
    staff: Result<Staff, Response>,
    Path(id): Path<String>,
) -> Response {
    photo_answer(&state, &id, true, staff).await
}

/// The public events of a partnership for its page: the next ones and the latest past ones.
pub async fn partnership_events(
    store: &Store,
    t: &Tr,
    slug: &str,
) -> Result<Vec<EventRow>, AppError> {
    let today = day_text(today());
    let mut lines = store
        .partnership_public_activities(slug, t.lang())
        .await?
        .unwrap_or_default();
    // Upcoming first (soonest first), then past (latest first); ten in all.
    let (mut upcoming, mut past): (Vec<_>, Vec<_>) =
        lines.drain(..).partition(|l| l.ends_on >= today);
    past.reverse();
    upcoming.extend(past);
    Ok(upcoming
        .into_iter()
        .take(10)
        .map(|l| EventRow::of(t, l))
        .collect())
}
