//! The staff workbench under `/{lang}/workbench/`: sign-in, a dashboard of what the signed-in
//! person may change, forms for partnerships, the history of every record with restore. Every
//! handler starts from [`Staff`] (a valid session) and every form arrives as [`SignedForm`] (a
//! valid CSRF token); rights are checked by the store on every write.

mod accounts;
mod activities;
pub mod auth;
mod bodies;
mod body_form;
mod contact_points;
mod controls;
mod council_report;
mod funding;
mod history;
mod import;
mod inbox;
mod outcome;
mod pages;
mod partnership_form;
mod partnerships;
mod people;
mod practices;
mod review;
mod session;
mod upload;
mod wikidata;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::{get, post};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::app::AppState;
use crate::i18n::LANGUAGES;

pub use auth::{SignedForm, Staff};
pub use pages::{FieldErrors, StaffView};

pub fn router() -> Router<AppState> {
    let mut router = Router::new();
    for lang in LANGUAGES {
        let at = |path: &str| format!("/{lang}/workbench{path}");
        router = router
            .route(&at(""), get(session::redirect_to_dashboard))
            .route(&at("/"), get(session::show_dashboard))
            .route(
                &at("/sign-in"),
                get(session::show_sign_in).post(session::sign_in),
            )
            .route(&at("/sign-out"), post(session::sign_out))
            .route(
                &at("/password"),
                get(session::show_password).post(session::change_password),
            )
            .route(
                &at("/partnerships/new"),
                get(partnerships::show_new_partnership).post(partnerships::create_partnership),
            )
            .route(
                &at("/partnerships/{slug}"),
                get(partnerships::edit_partnership).post(partnerships::save_partnership),
            )
            .route(
                &at("/partnerships/{slug}/delete"),
                post(partnerships::delete_partnership),
            )
            .route(&at("/history/{entity}/{id}"), get(history::show_history))
            .route(&at("/versions/{id}"), get(history::show_version))
            .route(
                &at("/versions/{id}/restore"),
                post(history::restore_version),
            )
            .route(&at("/changes"), get(history::show_changes))
            .route(&at("/deleted"), get(history::show_deleted))
            .route(
                &at("/reports/council"),
                get(council_report::show_council_report),
            )
            .route(
                &at("/reports/council.pdf"),
                get(council_report::download_council_report),
            )
            .route(&at("/practices"), get(practices::list_workbench_practices))
            .route(
                &at("/practices/new"),
                get(practices::show_new_practice).post(practices::create_practice),
            )
            .route(
                &at("/practices/{id}"),
                get(practices::edit_practice).post(practices::save_practice),
            )
            .route(
                &at("/practices/{id}/delete"),
                post(practices::delete_practice),
            )
            .route(
                &at("/contact-points"),
                get(contact_points::list_contact_points),
            )
            .route(
                &at("/contact-points/new"),
                get(contact_points::show_new_contact_point)
                    .post(contact_points::create_contact_point),
            )
            .route(
                &at("/contact-points/{id}"),
                get(contact_points::edit_contact_point).post(contact_points::save_contact_point),
            )
            .route(
                &at("/contact-points/{id}/delete"),
                post(contact_points::delete_contact_point),
            );
    }
    // Pages with personal data and form tokens are never stored by browsers or proxies.
    router
        .merge(inbox::router())
        .merge(import::router())
        .merge(review::router())
        .merge(funding::router())
        .merge(wikidata::router())
        .merge(bodies::router())
        .merge(accounts::router())
        .merge(activities::router())
        .merge(people::router())
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}
