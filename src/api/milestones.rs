use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use utoipa::IntoParams;

use super::{DEFAULT_PAGE_SIZE, ListPage};
use crate::app::AppState;
use crate::domain::registry::Milestone;
use crate::domain::vocab::MilestoneType;
use crate::error::{AppError, ErrorBody};
use crate::i18n::DEFAULT_LANGUAGE;
use crate::params::{QueryParams, optional_slug, optional_vocab, page};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MilestoneQuery {
    /// Slug of the partnership; its milestones come in the order of its story.
    partnership: Option<String>,
    /// Type of milestone: first_contact, friendship, declaration_of_intent, contract, …
    #[serde(rename = "type")]
    #[param(rename = "type")]
    milestone_type: Option<String>,
    /// Page number, from 1.
    page: Option<String>,
    /// Items per page, 1 to 500 (default 50).
    per_page: Option<String>,
}

/// Lists milestones of partnerships: first contacts, agreements, transfers, ends.
#[utoipa::path(get, path = "/api/v1/milestones", tag = "partnerships", operation_id = "list_milestones",
    params(MilestoneQuery),
    responses(
        (status = 200, body = ListPage<Milestone>),
        (status = 400, description = "A parameter is malformed", body = ErrorBody),
        (status = 404, description = "The named partnership does not exist", body = ErrorBody)
    ))]
pub async fn list_milestones(
    State(state): State<AppState>,
    QueryParams(query): QueryParams<MilestoneQuery>,
) -> Result<Json<ListPage<Milestone>>, AppError> {
    let partnership = optional_slug("partnership", &query.partnership)?;
    let milestone_type = optional_vocab(
        "type",
        &query.milestone_type,
        MilestoneType::parse,
        MilestoneType::keys,
    )?;
    let page = page(&query.page, &query.per_page, DEFAULT_PAGE_SIZE)?;
    let listing = state
        .store
        .list_milestones(
            partnership.as_deref(),
            milestone_type,
            page,
            DEFAULT_LANGUAGE,
        )
        .await?
        .ok_or_else(|| AppError::not_found("partnership", partnership.unwrap_or_default()))?;
    Ok(Json(ListPage::new(listing, page)))
}
