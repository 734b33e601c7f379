use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use utoipa::IntoParams;

use crate::app::AppState;
use crate::error::{AppError, ErrorBody};
use crate::i18n::Tr;
use crate::params::QueryParams;
use crate::search::{SearchResults, search};
use crate::web::{checked_query, topic_labels};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// What to look for: a name in any language or spelling (diacritics and small typing errors do not
    /// matter), or a topic.
    #[param(example = "Heltau")]
    q: Option<String>,
    /// Language of display names and topic labels: de, en, fr, pl or ro (default de).
    lang: Option<String>,
}

/// Finds bodies by any of their names, their partnerships, and topics.
#[utoipa::path(get, path = "/api/v1/search", tag = "search", operation_id = "search_registry",
    params(SearchQuery),
    responses(
        (status = 200, body = SearchResults),
        (status = 400, description = "The query is too long", body = ErrorBody)
    ))]
pub async fn search_registry(
    State(state): State<AppState>,
    QueryParams(query): QueryParams<SearchQuery>,
) -> Result<Json<SearchResults>, AppError> {
    let t = Tr::new(query.lang.as_deref().unwrap_or_default());
    let q = checked_query(query.q.as_deref())?.unwrap_or_default();
    Ok(Json(
        search(&state.store, q, t.lang(), &topic_labels(&t)).await?,
    ))
}
