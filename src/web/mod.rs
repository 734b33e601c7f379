//! The public portal: server-rendered HTML that works without JavaScript.

mod assets;
mod pages;

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

use crate::app::AppState;
use crate::domain::registry::{PartnershipSummary, pick};
use crate::domain::vocab::{PartnershipKind, PartnershipLevel, PartnershipStatus, Topic};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::params::{PartnershipQuery, QueryParams, SlugPath};
use crate::store::{Page, PartnershipFilter};
use pages::{
    BodyPage, Choice, ErrorPage, OverviewPage, PartnershipListPage, PartnershipPage, TownGroup,
};

const LIST_PAGE_SIZE: u32 = 50;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(show_overview))
        .route("/partnerships", get(list_partnerships))
        .route("/partnerships/{slug}", get(show_partnership))
        .route("/bodies/{slug}", get(show_body))
        .route("/assets/{*path}", get(assets::serve_asset))
}

/// An error shown as an HTML page.
pub struct PageError(pub AppError);

impl From<AppError> for PageError {
    fn from(e: AppError) -> Self {
        PageError(e)
    }
}

impl From<crate::store::StoreError> for PageError {
    fn from(e: crate::store::StoreError) -> Self {
        PageError(e.into())
    }
}

impl From<askama::Error> for PageError {
    fn from(e: askama::Error) -> Self {
        PageError(e.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        error_page(&self.0)
    }
}

/// Renders an error for a person: a page in the portal's look with a way back.
pub fn error_page(error: &AppError) -> Response {
    let t = Tr::default();
    let reference = error.log();
    let (title, message) = match error {
        AppError::NotFound { .. } | AppError::NoRoute => {
            (t.t("error-not-found-title"), t.t("error-not-found-text"))
        }
        AppError::BadRequest(message) => (t.t("error-bad-request-title"), message.clone()),
        AppError::Store(_) | AppError::Render(_) => {
            (t.t("error-internal-title"), t.t("error-internal-text"))
        }
    };
    let page = ErrorPage {
        t,
        title,
        section: "",
        message,
        reference,
    };
    let body = page
        .render()
        .unwrap_or_else(|_| "<!doctype html><title>Error</title><h1>Error</h1>".to_owned());
    (error.status(), Html(body)).into_response()
}

type PageResult = Result<Html<String>, PageError>;

async fn show_overview(State(state): State<AppState>) -> PageResult {
    let t = Tr::default();
    let lang = t.lang();
    let profile = state.store.portal_profile(lang).await?;
    let (district, municipal, contacts) = match &profile.home {
        Some(home) => {
            let of_home = PartnershipFilter {
                body: Some(home.slug.clone()),
                level: Some(PartnershipLevel::District),
                ..PartnershipFilter::default()
            };
            let of_members = PartnershipFilter {
                within: Some(home.slug.clone()),
                level: Some(PartnershipLevel::Municipal),
                ..PartnershipFilter::default()
            };
            let store = &state.store;
            (
                store
                    .list_partnerships(&of_home, Page::all(), lang)
                    .await?
                    .items,
                group_by_town(
                    store
                        .list_partnerships(&of_members, Page::all(), lang)
                        .await?
                        .items,
                ),
                store.contact_points(&home.slug, lang).await?,
            )
        }
        None => (Vec::new(), Vec::new(), Vec::new()),
    };
    let headline = pick(&profile.headline, lang)
        .map(str::to_owned)
        .unwrap_or_else(|| t.t("site-name"));
    let intro = pick(&profile.intro, lang)
        .map(|text| {
            text.split("\n\n")
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let page = OverviewPage {
        title: t.t("overview-title"),
        t,
        section: "overview",
        headline,
        intro,
        district,
        municipal,
        contacts,
    };
    Ok(Html(page.render()?))
}

/// Groups twinnings by their home town, keeping the list's order (towns alphabetically).
fn group_by_town(partnerships: Vec<PartnershipSummary>) -> Vec<TownGroup> {
    let mut groups: Vec<TownGroup> = Vec::new();
    for p in partnerships {
        match groups.last_mut() {
            Some(group) if group.town.slug == p.home.slug => group.partnerships.push(p),
            _ => groups.push(TownGroup {
                town: p.home.clone(),
                partnerships: vec![p],
            }),
        }
    }
    groups
}

async fn list_partnerships(
    State(state): State<AppState>,
    query: Result<QueryParams<PartnershipQuery>, AppError>,
) -> PageResult {
    let QueryParams(query) = query?;
    let filter = query.filter()?;
    let page = query.page(LIST_PAGE_SIZE)?;
    let t = Tr::default();
    let lang = t.lang();
    let listing = state.store.list_partnerships(&filter, page, lang).await?;
    let pages = u32::try_from((listing.total + i64::from(page.size) - 1) / i64::from(page.size))
        .unwrap_or(u32::MAX);

    let countries = state
        .store
        .partner_countries()
        .await?
        .into_iter()
        .map(|code| Choice {
            label: t.country(&code),
            selected: filter.country.is_some_and(|c| c.as_str() == code),
            value: code,
        })
        .collect();
    fn choices<T: Copy + PartialEq + std::fmt::Display>(
        t: &Tr,
        family: &str,
        all: &[T],
        selected: Option<T>,
    ) -> Vec<Choice> {
        all.iter()
            .map(|k| Choice {
                value: k.to_string(),
                label: t.vocab(family, k),
                selected: selected == Some(*k),
            })
            .collect()
    }
    let link = |number: u32| list_url(&filter, number, page.size);
    let list = PartnershipListPage {
        title: t.t("list-title"),
        topics: choices(&t, "topic", Topic::ALL, filter.topic),
        levels: choices(&t, "level", PartnershipLevel::ALL, filter.level),
        kinds: choices(&t, "kind", PartnershipKind::ALL, filter.kind),
        statuses: choices(&t, "status", PartnershipStatus::ALL, filter.status),
        countries,
        section: "partnerships",
        rows: listing.items,
        total: listing.total,
        page: page.number,
        pages,
        previous: (page.number > 1).then(|| link(page.number - 1)),
        next: (page.number < pages).then(|| link(page.number + 1)),
        t,
    };
    Ok(Html(list.render()?))
}

/// The list's URL for a filter and page. Every value is a validated ASCII key, so none needs escaping.
fn list_url(filter: &PartnershipFilter, page: u32, size: u32) -> String {
    let mut params: Vec<String> = Vec::new();
    let mut add = |name: &str, value: Option<String>| {
        if let Some(value) = value {
            params.push(format!("{name}={value}"));
        }
    };
    add("country", filter.country.map(|c| c.to_string()));
    add("topic", filter.topic.map(|v| v.to_string()));
    add("level", filter.level.map(|v| v.to_string()));
    add("kind", filter.kind.map(|v| v.to_string()));
    add("status", filter.status.map(|v| v.to_string()));
    add("body", filter.body.clone());
    add("within", filter.within.clone());
    add("page", (page > 1).then(|| page.to_string()));
    add(
        "per_page",
        (size != LIST_PAGE_SIZE).then(|| size.to_string()),
    );
    if params.is_empty() {
        "/partnerships".to_owned()
    } else {
        format!("/partnerships?{}", params.join("&"))
    }
}

async fn show_partnership(
    State(state): State<AppState>,
    slug: Result<SlugPath, AppError>,
) -> PageResult {
    let SlugPath(slug) = slug?;
    let t = Tr::default();
    let lang = t.lang();
    let p = state
        .store
        .find_partnership(&slug, lang)
        .await?
        .ok_or_else(|| AppError::not_found("partnership", &slug))?;
    let mut sides = Vec::with_capacity(2);
    for side in [&p.summary.home, &p.summary.partner] {
        if let Some(body) = state.store.find_body(&side.slug, lang).await? {
            sides.push(body);
        }
    }
    let page = PartnershipPage {
        title: t.args(
            "partnership-title",
            &[
                ("home", p.summary.home.display_name.clone()),
                ("partner", p.summary.partner.display_name.clone()),
            ],
        ),
        t,
        section: "partnerships",
        p,
        sides,
    };
    Ok(Html(page.render()?))
}

async fn show_body(State(state): State<AppState>, slug: Result<SlugPath, AppError>) -> PageResult {
    let SlugPath(slug) = slug?;
    let t = Tr::default();
    let lang = t.lang();
    let body = state
        .store
        .find_body(&slug, lang)
        .await?
        .ok_or_else(|| AppError::not_found("body", &slug))?;
    let filter = PartnershipFilter {
        body: Some(slug),
        ..PartnershipFilter::default()
    };
    let rows = state
        .store
        .list_partnerships(&filter, Page::all(), lang)
        .await?
        .items;
    let page = BodyPage {
        title: body.reference.display_name.clone(),
        t,
        section: "",
        body,
        rows,
    };
    Ok(Html(page.render()?))
}

/// The fallback for unknown paths: JSON under /api, a page elsewhere.
pub async fn not_found(uri: axum::http::Uri) -> Response {
    if uri.path().starts_with("/api/") {
        AppError::NoRoute.into_response()
    } else {
        error_page(&AppError::NoRoute)
    }
}
