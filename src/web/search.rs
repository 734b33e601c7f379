//! The search page: one box, bodies by any of their names, their partnerships, matching topics.

use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use super::language::PageLang;
use super::pages::SearchPage;
use super::respond;
use crate::app::AppState;
use crate::domain::vocab::Topic;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::params::QueryParams;
use crate::search::{SearchResults, search};

/// Longest query accepted; longer text is no name.
pub const MAX_QUERY_CHARS: usize = 200;

#[derive(Debug, Default, Deserialize)]
pub struct SearchQuery {
    pub q: Option<String>,
}

/// Checks a query's length; `None` when there is nothing to search for.
pub fn checked_query(q: Option<&str>) -> Result<Option<&str>, AppError> {
    match q.map(str::trim).filter(|q| !q.is_empty()) {
        Some(q) if q.chars().count() > MAX_QUERY_CHARS => Err(AppError::BadRequest(format!(
            "the search text is longer than {MAX_QUERY_CHARS} characters"
        ))),
        other => Ok(other),
    }
}

/// Topic labels in the reader's language, which the search matches as well.
pub fn topic_labels(t: &Tr) -> Vec<(Topic, String)> {
    Topic::ALL
        .iter()
        .map(|topic| (*topic, t.vocab("topic", topic)))
        .collect()
}

pub async fn show_search(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    query: Result<QueryParams<SearchQuery>, AppError>,
) -> Response {
    let page = match query {
        Ok(QueryParams(query)) => search_page(&state, &t, &here, query).await,
        Err(e) => Err(e),
    };
    respond(&t, &here, page)
}

async fn search_page(
    state: &AppState,
    t: &Tr,
    here: &str,
    query: SearchQuery,
) -> Result<SearchPage, AppError> {
    let q = checked_query(query.q.as_deref())?;
    let results = match q {
        Some(q) => Some(search(&state.store, q, t.lang(), &topic_labels(t)).await?),
        None => None,
    };
    Ok(SearchPage {
        title: t.t("search-title"),
        t: t.clone(),
        here: here.to_owned(),
        section: "search",
        query: q.unwrap_or_default().to_owned(),
        results: results.unwrap_or_else(|| SearchResults {
            query: String::new(),
            bodies: Vec::new(),
            partnerships: Vec::new(),
            topics: Vec::new(),
        }),
        searched: q.is_some(),
    })
}
