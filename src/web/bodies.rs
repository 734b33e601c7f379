//! The page of one body: its partnerships, facts, names, predecessors and successors.

use axum::extract::State;
use axum::response::Response;

use super::language::PageLang;
use super::pages::BodyPage;
use super::respond;
use crate::app::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::params::SlugPath;
use crate::store::{Page, PartnershipFilter};

pub async fn show_body(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    slug: Result<SlugPath, AppError>,
) -> Response {
    let page = match slug {
        Ok(SlugPath(slug)) => body(&state, &t, &here, slug).await,
        Err(e) => Err(e),
    };
    respond(&t, &here, page)
}

async fn body(state: &AppState, t: &Tr, here: &str, slug: String) -> Result<BodyPage, AppError> {
    let lang = t.lang();
    let body = state
        .store
        .find_body(&slug, lang)
        .await?
        .ok_or_else(|| AppError::not_found("body", &slug))?;
    let filter = PartnershipFilter {
        body: Some(slug),
        ..PartnershipFilter::default()
    };
    let rows = state
        .store
        .list_partnerships(&filter, Page::all(), lang)
        .await?
        .items;
    Ok(BodyPage {
        title: body.reference.display_name.clone(),
        t: t.clone(),
        here: here.to_owned(),
        section: "",
        body,
        rows,
    })
}
