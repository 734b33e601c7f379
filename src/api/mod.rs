//! The JSON API under `/api/v1`, its OpenAPI document at `/api/openapi.json`, and `/healthz`.
//! Every operation is registered through utoipa, so the document cannot drift from the routes.

mod auth;
mod bodies;
mod events;
pub mod exports;
mod facts;
mod health;
mod milestones;
mod partnerships;
mod search;
mod write;
mod write_bodies;
mod write_partnerships;

use axum::Json;
use axum::routing::get;
use serde::Serialize;
use utoipa::openapi::OpenApi as OpenApiDocument;
use utoipa::{OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::api::auth::BearerSecurity;
use crate::app::AppState;
use crate::store::{Listing, Page};

/// Items per page when the caller does not say.
const DEFAULT_PAGE_SIZE: u32 = 50;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "partnerportal API",
        description = "Open data on international partnerships of public administrations: administrative \
                       bodies, partnerships between them with their timeline, and facts with sources. \
                       Errors are JSON objects `{\"error\": {\"code\", \"message\"}}` with a stable code. \
                       Reading is open to everyone; changing the registry, and reading drafts, needs an \
                       API token (`Authorization: Bearer <token>`) with the role and scope of a staff \
                       account. Changes name the version they start from in `If-Match`.",
        license(name = "EUPL-1.2", identifier = "EUPL-1.2")
    ),
    tags(
        (name = "partnerships", description = "Partnerships between bodies and their milestones"),
        (name = "bodies", description = "Administrative bodies and facts about them"),
        (name = "events", description = "Public events of the partnerships: youth encounters, exchanges, visits"),
        (name = "search", description = "Search that forgives missing diacritics and typing errors"),
        (name = "versions", description = "The history of records: restoring an earlier version"),
        (name = "exports", description = "Open-data downloads (CSV, JSON, GeoJSON) and the DCAT-AP.de catalogue"),
        (name = "service", description = "Operations")
    ),
    modifiers(&BearerSecurity)
)]
struct ApiDoc;

/// One page of a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ListPage<T: ToSchema> {
    pub items: Vec<T>,
    /// Number of items matching the query, over all pages.
    pub total: i64,
    pub page: u32,
    pub per_page: u32,
    /// Partnership lists: the value of `after` that fetches the next page (keyset paging); absent on
    /// the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_after: Option<String>,
}

impl<T: ToSchema> ListPage<T> {
    fn new(listing: Listing<T>, page: Page) -> Self {
        ListPage {
            items: listing.items,
            total: listing.total,
            page: page.number,
            per_page: page.size,
            next_after: None,
        }
    }
}

/// The API routes and the OpenAPI document that describes them.
pub fn router() -> (axum::Router<AppState>, OpenApiDocument) {
    let (router, document) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(partnerships::list_partnerships))
        .routes(routes!(partnerships::find_partnership))
        .routes(routes!(bodies::list_bodies))
        .routes(routes!(bodies::find_body))
        .routes(routes!(facts::list_facts))
        .routes(routes!(events::list_events))
        .routes(routes!(events::find_event))
        .routes(routes!(milestones::list_milestones))
        .routes(routes!(search::search_registry))
        .routes(routes!(health::check_health))
        .routes(routes!(exports::export_partnerships_csv))
        .routes(routes!(exports::export_partnerships_json))
        .routes(routes!(exports::export_partnerships_geojson))
        .routes(routes!(exports::export_bodies_csv))
        .routes(routes!(exports::export_bodies_json))
        .routes(routes!(exports::export_bodies_geojson))
        .routes(routes!(exports::find_catalog))
        .routes(routes!(write_partnerships::create_partnership))
        .routes(routes!(write_partnerships::find_partnership_record))
        .routes(routes!(write_partnerships::update_partnership))
        .routes(routes!(write_partnerships::delete_partnership))
        .routes(routes!(write_partnerships::create_milestone))
        .routes(routes!(write_partnerships::delete_milestone))
        .routes(routes!(write_bodies::create_body))
        .routes(routes!(write_bodies::find_body_record))
        .routes(routes!(write_bodies::update_body))
        .routes(routes!(write_bodies::delete_body))
        .routes(routes!(write_bodies::create_fact))
        .routes(routes!(write_bodies::delete_fact))
        .routes(routes!(write::restore_version))
        .split_for_parts();
    // A path that exists with other methods answers 405 in the API's error format.
    let router = router.method_not_allowed_fallback(write::method_not_allowed);
    let json = document.clone();
    let router = router.route("/api/openapi.json", get(move || async move { Json(json) }));
    (router, document)
}

/// The OpenAPI document, for `partnerportal openapi` and tests.
pub fn openapi_document() -> OpenApiDocument {
    router().1
}
