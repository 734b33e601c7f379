use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use utoipa::IntoParams;

use super::{DEFAULT_PAGE_SIZE, ListPage};
use crate::app::AppState;
use crate::domain::registry::Fact;
use crate::domain::vocab::FactKey;
use crate::error::{AppError, ErrorBody};
use crate::i18n::DEFAULT_LANGUAGE;
use crate::params::{QueryParams, optional_slug, optional_vocab, page};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FactQuery {
    /// Slug of the body the facts are about.
    body: Option<String>,
    /// What the fact states: population, area, density, capital, …
    key: Option<String>,
    /// Page number, from 1.
    page: Option<String>,
    /// Items per page, 1 to 500 (default 50).
    per_page: Option<String>,
}

/// Lists facts about bodies, each with its source and as-of date.
#[utoipa::path(get, path = "/api/v1/facts", tag = "bodies", operation_id = "list_facts",
    params(FactQuery),
    responses(
        (status = 200, body = ListPage<Fact>),
        (status = 400, description = "A parameter is malformed", body = ErrorBody),
        (status = 404, description = "The named body does not exist", body = ErrorBody)
    ))]
pub async fn list_facts(
    State(state): State<AppState>,
    QueryParams(query): QueryParams<FactQuery>,
) -> Result<Json<ListPage<Fact>>, AppError> {
    let body = optional_slug("body", &query.body)?;
    let key = optional_vocab("key", &query.key, FactKey::parse, FactKey::keys)?;
    let page = page(&query.page, &query.per_page, DEFAULT_PAGE_SIZE)?;
    let listing = state
        .store
        .list_facts(body.as_deref(), key, page, DEFAULT_LANGUAGE)
        .await?
        .ok_or_else(|| AppError::not_found("body", body.unwrap_or_default()))?;
    Ok(Json(ListPage::new(listing, page)))
}
