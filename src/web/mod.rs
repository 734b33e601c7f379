//! The public portal: server-rendered HTML that works without JavaScript, in every language of
//! [`LANGUAGES`] under its own prefix (`/de/…`, `/fr/…`).

mod assets;
mod bodies;
mod contact;
mod events;
mod info;
mod language;
mod map;
mod open_data;
mod overview;
mod pages;
mod partnerships;
mod practices;
mod request;
mod search;
pub mod workbench;

use askama::Template;
use axum::Router;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

use crate::app::AppState;
use crate::error::AppError;
use crate::i18n::{LANGUAGES, Tr};
use language::{redirect_to_language, redirect_to_overview, split_language};
use pages::ErrorPage;

pub use search::{checked_query, topic_labels};

pub fn router() -> Router<AppState> {
    let mut router = Router::new()
        .route("/assets/{*path}", get(assets::serve_asset))
        // Addresses without a language (and those of the first release) lead to the reader's language.
        .route("/", get(redirect_to_language))
        .route("/partnerships", get(redirect_to_language))
        .route("/partnerships/{slug}", get(redirect_to_language))
        .route("/bodies/{slug}", get(redirect_to_language))
        .route("/search", get(redirect_to_language))
        .route("/map", get(redirect_to_language))
        .route("/open-data", get(redirect_to_language))
        .route("/contact", get(redirect_to_language));
    for lang in LANGUAGES {
        router = router
            .route(&format!("/{lang}"), get(redirect_to_overview))
            .route(&format!("/{lang}/"), get(overview::show_overview))
            .route(
                &format!("/{lang}/partnerships"),
                get(partnerships::list_partnerships),
            )
            .route(
                &format!("/{lang}/partnerships/{{slug}}"),
                get(partnerships::show_partnership),
            )
            .route(&format!("/{lang}/bodies/{{slug}}"), get(bodies::show_body))
            .route(&format!("/{lang}/search"), get(search::show_search))
            .route(&format!("/{lang}/map"), get(map::show_map))
            .route(
                &format!("/{lang}/practices"),
                get(practices::list_practices),
            )
            .route(
                &format!("/{lang}/practices/compare"),
                get(practices::compare_practices),
            )
            .route(
                &format!("/{lang}/practices/{{slug}}"),
                get(practices::show_practice),
            )
            .route(
                &format!("/{lang}/accessibility"),
                get(info::show_accessibility),
            )
            .route(
                &format!("/{lang}/open-data"),
                get(open_data::show_open_data),
            )
            .route(
                &format!("/{lang}/contact"),
                get(contact::show_contact)
                    .post(contact::send_contact)
                    .layer(axum::extract::DefaultBodyLimit::max(contact::BODY_LIMIT)),
            )
            .route(
                &format!("/{lang}/contact/sent"),
                get(contact::show_contact_sent),
            );
    }
    router
        .route("/de/leichte-sprache", get(info::show_easy_language))
        .merge(events::router())
}

/// A page, or the error page in the reader's language.
fn respond(t: &Tr, here: &str, page: Result<impl Template, AppError>) -> Response {
    match page.and_then(|page| Ok(page.render()?)) {
        Ok(html) => Html(html).into_response(),
        Err(error) => error_page(&error, t, here),
    }
}

/// Renders an error for a person: a page in the portal's look with a way back.
pub fn error_page(error: &AppError, t: &Tr, here: &str) -> Response {
    let reference = error.log();
    let (title, message) = match error {
        AppError::NotFound { .. } | AppError::NoRoute => {
            (t.t("error-not-found-title"), t.t("error-not-found-text"))
        }
        AppError::BadRequest(message) => (t.t("error-bad-request-title"), message.clone()),
        AppError::Unauthorized => (
            t.t("error-unauthorized-title"),
            t.t("error-unauthorized-text"),
        ),
        AppError::Forbidden(message) => (t.t("error-forbidden-title"), message.clone()),
        AppError::Conflict(message) => (t.t("error-conflict-title"), message.clone()),
        AppError::Unprocessable(message) => (t.t("error-bad-request-title"), message.clone()),
        AppError::TooManyRequests(message) => (t.t("error-too-many-title"), message.clone()),
        AppError::PayloadTooLarge => (t.t("error-bad-request-title"), t.t("error-too-large-text")),
        AppError::NulInText => (t.t("error-bad-request-title"), t.t("error-nul-text")),
        AppError::Store(_) | AppError::Render(_) => {
            (t.t("error-internal-title"), t.t("error-internal-text"))
        }
    };
    let page = ErrorPage {
        t: t.clone(),
        here: here.to_owned(),
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

/// The fallback for unknown paths: JSON under /api, a page in the path's language elsewhere.
pub async fn not_found(uri: axum::http::Uri) -> Response {
    if uri.path().starts_with("/api/") {
        return AppError::NoRoute.into_response();
    }
    let (lang, rest) = split_language(uri.path());
    let here = if lang.is_some() && !rest.is_empty() {
        rest
    } else {
        "/"
    };
    error_page(&AppError::NoRoute, &Tr::new(lang.unwrap_or_default()), here)
}
