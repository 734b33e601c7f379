use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use utoipa::IntoParams;

use super::{DEFAULT_PAGE_SIZE, ListPage};
use crate::app::AppState;
use crate::domain::registry::{Body, BodyRef};
use crate::domain::vocab::BodyKind;
use crate::error::{AppError, ErrorBody};
use crate::i18n::DEFAULT_LANGUAGE;
use crate::params::{QueryParams, SlugPath, optional_country, optional_vocab, page};
use crate::store::BodyFilter;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BodyQuery {
    /// ISO 3166-1 alpha-2 country code.
    country: Option<String>,
    /// Kind of body: country, region, department, district, municipality, locality, association.
    kind: Option<String>,
    /// Page number, from 1.
    page: Option<String>,
    /// Items per page, 1 to 500 (default 50).
    per_page: Option<String>,
}

/// Lists administrative bodies by country and name.
#[utoipa::path(get, path = "/api/v1/bodies", tag = "bodies", operation_id = "list_bodies",
    params(BodyQuery),
    responses(
        (status = 200, body = ListPage<BodyRef>),
        (status = 400, description = "A filter or paging parameter is malformed", body = ErrorBody)
    ))]
pub async fn list_bodies(
    State(state): State<AppState>,
    QueryParams(query): QueryParams<BodyQuery>,
) -> Result<Json<ListPage<BodyRef>>, AppError> {
    let filter = BodyFilter {
        country: optional_country(&query.country)?,
        kind: optional_vocab("kind", &query.kind, BodyKind::parse, BodyKind::keys)?,
    };
    let page = page(&query.page, &query.per_page, DEFAULT_PAGE_SIZE)?;
    let listing = state
        .store
        .list_bodies(&filter, page, DEFAULT_LANGUAGE)
        .await?;
    Ok(Json(ListPage::new(listing, page)))
}

/// One body with its other names, facts, predecessors, successors and members.
#[utoipa::path(get, path = "/api/v1/bodies/{slug}", tag = "bodies", operation_id = "find_body",
    params(("slug" = String, Path, description = "The body's identifier", example = "landkreis-harz")),
    responses(
        (status = 200, body = Body),
        (status = 404, description = "No body has this identifier", body = ErrorBody)
    ))]
pub async fn find_body(
    State(state): State<AppState>,
    SlugPath(slug): SlugPath,
) -> Result<Json<Body>, AppError> {
    state
        .store
        .find_body(&slug, DEFAULT_LANGUAGE)
        .await?
        .map(Json)
        .ok_or_else(|| AppError::not_found("body", slug))
}
