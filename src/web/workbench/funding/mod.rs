//! Funding in the workbench (`/{lang}/workbench/funding/…`): the dashboard, the programme catalogue,
//! calls (administrators keep them), applications with their eligibility check and status steps,
//! the deadline board and its iCalendar feed. Every staff member reads; editors change the
//! applications of their bodies; the store checks the same rights on every write.

mod applications;
mod board;
mod calls;
mod catalogue;
mod documents;

use axum::Router;
use axum::routing::{get, post};

use crate::app::AppState;
use crate::domain::clock::Instant;
use crate::domain::funding::documents::MAX_DOCUMENT_BYTES;
use crate::i18n::{LANGUAGES, Tr};

pub fn router() -> Router<AppState> {
    let mut router = Router::new();
    for lang in LANGUAGES {
        let at = |path: &str| format!("/{lang}/workbench/funding{path}");
        router = router
            .route(&at(""), get(board::show_funding_dashboard))
            .route(&at("/catalogue"), get(board::show_funding_catalogue))
            .route(
                &at("/catalogue/programmes/new"),
                get(catalogue::show_new_funding_programme)
                    .post(catalogue::create_funding_programme),
            )
            .route(
                &at("/catalogue/programmes/{id}"),
                get(catalogue::edit_funding_programme).post(catalogue::save_funding_programme),
            )
            .route(
                &at("/catalogue/programmes/{id}/delete"),
                post(catalogue::delete_funding_programme),
            )
            .route(
                &at("/catalogue/actions/new"),
                get(catalogue::show_new_funding_action).post(catalogue::create_funding_action),
            )
            .route(
                &at("/catalogue/actions/{id}"),
                get(catalogue::edit_funding_action).post(catalogue::save_funding_action),
            )
            .route(
                &at("/catalogue/actions/{id}/delete"),
                post(catalogue::delete_funding_action),
            )
            .route(&at("/deadlines"), get(board::show_deadline_board))
            .route(
                &at("/deadlines/calendar"),
                post(board::change_deadline_calendar),
            )
            // For calendar programs: no session, the secret in the address.
            .route(
                &format!("/{lang}/funding/deadlines/{{file}}"),
                get(board::subscribed_deadline_calendar),
            )
            .route(
                &at("/deadlines.ics"),
                get(board::download_deadline_calendar),
            )
            .route(&at("/calls"), get(calls::list_funding_calls))
            .route(
                &at("/calls/new"),
                get(calls::show_new_funding_call).post(calls::create_funding_call),
            )
            .route(
                &at("/calls/{id}"),
                get(calls::edit_funding_call).post(calls::save_funding_call),
            )
            .route(&at("/calls/{id}/delete"), post(calls::delete_funding_call))
            .route(
                &at("/applications"),
                get(applications::list_funding_applications),
            )
            .route(
                &at("/applications/new"),
                get(applications::show_new_funding_application)
                    .post(applications::create_funding_application),
            )
            .route(
                &at("/applications/{id}"),
                get(applications::edit_funding_application)
                    .post(applications::save_funding_application),
            )
            .route(
                &at("/applications/{id}/status"),
                post(applications::change_funding_status),
            )
            .route(
                &at("/applications/{id}/delete"),
                post(applications::delete_funding_application),
            )
            .route(
                &at("/applications/{id}/documents"),
                post(documents::upload_funding_document).layer(
                    axum::extract::DefaultBodyLimit::max(MAX_DOCUMENT_BYTES + 64 * 1024),
                ),
            )
            .route(
                &at("/applications/{id}/documents/{document}"),
                get(documents::download_funding_document),
            )
            .route(
                &at("/applications/{id}/documents/{document}/delete"),
                post(documents::delete_funding_document),
            );
    }
    router
}

/// A deadline as staff read it: "2027-03-05 17:00 CET" (Brussels time).
pub fn brussels(t: &Tr, at: Instant) -> String {
    t.args(
        "funding-brussels-time",
        &[
            ("time", at.display_local()),
            ("name", at.local_zone().to_owned()),
        ],
    )
}

/// The sub-navigation of the funding pages.
pub struct Tab {
    pub href: String,
    pub label: String,
    pub current: bool,
}

pub fn tabs(t: &Tr, current: &str) -> Vec<Tab> {
    [
        ("", "funding-nav-dashboard"),
        ("/deadlines", "funding-nav-deadlines"),
        ("/applications", "funding-nav-applications"),
        ("/calls", "funding-nav-calls"),
        ("/catalogue", "funding-nav-catalogue"),
    ]
    .into_iter()
    .map(|(path, key)| Tab {
        href: format!("/{}/workbench/funding{path}", t.lang()),
        label: t.t(key),
        current: path == current,
    })
    .collect()
}
