use axum::Json;
use axum::extract::State;

use super::{DEFAULT_PAGE_SIZE, ListPage};
use crate::app::AppState;
use crate::domain::registry::{Partnership, PartnershipSummary};
use crate::error::{AppError, ErrorBody};
use crate::i18n::DEFAULT_LANGUAGE;
use crate::params::{PartnershipQuery, QueryParams, SlugPath};

/// Lists partnerships, filtered by country, topic, level, status, kind or body.
#[utoipa::path(get, path = "/api/v1/partnerships", tag = "partnerships", operation_id = "list_partnerships",
    params(PartnershipQuery),
    responses(
        (status = 200, body = ListPage<PartnershipSummary>),
        (status = 400, description = "A filter or paging parameter is malformed", body = ErrorBody),
        (status = 404, description = "`after` names no partnership", body = ErrorBody)
    ))]
pub async fn list_partnerships(
    State(state): State<AppState>,
    QueryParams(query): QueryParams<PartnershipQuery>,
) -> Result<Json<ListPage<PartnershipSummary>>, AppError> {
    let filter = query.filter()?;
    let page = query.page(DEFAULT_PAGE_SIZE)?;
    let listing = match query.after()? {
        Some(after) => state
            .store
            .list_partnerships_after(&filter, &after, page.size, DEFAULT_LANGUAGE)
            .await?
            .ok_or_else(|| AppError::not_found("partnership", after))?,
        None => {
            state
                .store
                .list_partnerships(&filter, page, DEFAULT_LANGUAGE)
                .await?
        }
    };
    // A full page may have a successor; its last item is where the next page starts.
    let next_after = (listing.items.len() == page.size as usize)
        .then(|| listing.items.last().map(|p| p.slug.clone()))
        .flatten();
    let mut answer = ListPage::new(listing, page);
    answer.next_after = next_after;
    Ok(Json(answer))
}

/// One partnership with its narrative, milestones and member-town contacts.
#[utoipa::path(get, path = "/api/v1/partnerships/{slug}", tag = "partnerships", operation_id = "find_partnership",
    params(("slug" = String, Path, description = "The partnership's identifier", example = "harz-belfort")),
    responses(
        (status = 200, body = Partnership),
        (status = 404, description = "No partnership has this identifier", body = ErrorBody)
    ))]
pub async fn find_partnership(
    State(state): State<AppState>,
    SlugPath(slug): SlugPath,
) -> Result<Json<Partnership>, AppError> {
    state
        .store
        .find_partnership(&slug, DEFAULT_LANGUAGE)
        .await?
        .map(Json)
        .ok_or_else(|| AppError::not_found("partnership", slug))
}
