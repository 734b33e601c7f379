//! The list of partnerships with its filters, and the page of one partnership.

use axum::extract::State;
use axum::response::Response;

use super::language::PageLang;
use super::pages::{Choice, FilterSelect, PartnershipListPage, PartnershipPage};
use super::respond;
use crate::app::AppState;
use crate::domain::vocab::{PartnershipKind, PartnershipLevel, PartnershipStatus, Topic};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::params::{PartnershipQuery, QueryParams, SlugPath};
use crate::store::PartnershipFilter;

const LIST_PAGE_SIZE: u32 = 50;

pub async fn list_partnerships(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    query: Result<QueryParams<PartnershipQuery>, AppError>,
) -> Response {
    let page = match query {
        Ok(QueryParams(query)) => list(&state, &t, &here, query).await,
        Err(e) => Err(e),
    };
    respond(&t, &here, page)
}

async fn list(
    state: &AppState,
    t: &Tr,
    here: &str,
    query: PartnershipQuery,
) -> Result<PartnershipListPage, AppError> {
    let filter = query.filter()?;
    let page = query.page(LIST_PAGE_SIZE)?;
    let lang = t.lang();
    let listing = state.store.list_partnerships(&filter, page, lang).await?;
    let pages = u32::try_from((listing.total + i64::from(page.size) - 1) / i64::from(page.size))
        .unwrap_or(u32::MAX);
    let link = |number: u32| list_url(lang, &filter, number, page.size);
    Ok(PartnershipListPage {
        title: t.t("list-title"),
        filters: vec![
            country_select(state, t, &filter).await?,
            vocab_select(t, "topic", Topic::ALL, filter.topic),
            vocab_select(t, "level", PartnershipLevel::ALL, filter.level),
            vocab_select(t, "kind", PartnershipKind::ALL, filter.kind),
            vocab_select(t, "status", PartnershipStatus::ALL, filter.status),
        ],
        section: "partnerships",
        rows: listing.items,
        total: listing.total,
        page: page.number,
        pages,
        previous: (page.number > 1).then(|| link(page.number - 1)),
        next: (page.number < pages).then(|| link(page.number + 1)),
        t: t.clone(),
        here: here.to_owned(),
    })
}

/// The country filter: the countries partners lie in, by name.
pub(super) async fn country_select(
    state: &AppState,
    t: &Tr,
    filter: &PartnershipFilter,
) -> Result<FilterSelect, AppError> {
    let choices = state
        .store
        .partner_countries()
        .await?
        .into_iter()
        .map(|code| Choice {
            label: t.country(&code),
            selected: filter.country.is_some_and(|c| c.as_str() == code),
            value: code,
        })
        .collect();
    Ok(FilterSelect {
        name: "country",
        label: t.t("list-filter-country"),
        choices,
    })
}

/// A filter over one vocabulary (its query parameter is the vocabulary's family name), in the
/// vocabulary's order.
pub(super) fn vocab_select<T: Copy + PartialEq + std::fmt::Display>(
    t: &Tr,
    family: &'static str,
    all: &[T],
    selected: Option<T>,
) -> FilterSelect {
    FilterSelect {
        name: family,
        label: t.t(&format!("list-filter-{family}")),
        choices: all
            .iter()
            .map(|k| Choice {
                value: k.to_string(),
                label: t.vocab(family, k),
                selected: selected == Some(*k),
            })
            .collect(),
    }
}

/// The list's URL for a filter and page. Every value is a validated ASCII key, so none needs escaping.
fn list_url(lang: &str, filter: &PartnershipFilter, page: u32, size: u32) -> String {
    let mut params: Vec<String> = Vec::new();
    let mut add = |name: &str, value: Option<String>| {
        if let Some(value) = value {
            params.push(format!("{name}={value}"));
        }
    };
    add("country", filter.country.map(|c| c.to_string()));
    add("topic", filter.topic.map(|v| v.to_string()));
    add("level", filter.level.map(|v| v.to_string()));
    add("kind", filter.kind.map(|v| v.to_string()));
    add("status", filter.status.map(|v| v.to_string()));
    add("body", filter.body.clone());
    add("within", filter.within.clone());
    add("page", (page > 1).then(|| page.to_string()));
    add(
        "per_page",
        (size != LIST_PAGE_SIZE).then(|| size.to_string()),
    );
    if params.is_empty() {
        format!("/{lang}/partnerships")
    } else {
        format!("/{lang}/partnerships?{}", params.join("&"))
    }
}

pub async fn show_partnership(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    slug: Result<SlugPath, AppError>,
) -> Response {
    let page = match slug {
        Ok(SlugPath(slug)) => partnership(&state, &t, &here, &slug).await,
        Err(e) => Err(e),
    };
    respond(&t, &here, page)
}

async fn partnership(
    state: &AppState,
    t: &Tr,
    here: &str,
    slug: &str,
) -> Result<PartnershipPage, AppError> {
    let lang = t.lang();
    let p = state
        .store
        .find_partnership(slug, lang)
        .await?
        .ok_or_else(|| AppError::not_found("partnership", slug))?;
    let mut sides = Vec::with_capacity(2);
    for side in [&p.summary.home, &p.summary.partner] {
        if let Some(body) = state.store.find_body(&side.slug, lang).await? {
            sides.push(body);
        }
    }
    Ok(PartnershipPage {
        title: t.args(
            "partnership-title",
            &[
                ("home", p.summary.home.display_name.clone()),
                ("partner", p.summary.partner.display_name.clone()),
            ],
        ),
        t: t.clone(),
        here: here.to_owned(),
        section: "partnerships",
        events: super::events::partnership_events(&state.store, t, slug).await?,
        p,
        sides,
    })
}
