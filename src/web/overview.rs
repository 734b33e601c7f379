//! The overview: the portal's introduction, the home body's partner regions, the twinnings of its
//! towns and the contact point.

use axum::extract::State;
use axum::response::Response;

use super::language::PageLang;
use super::pages::{OverviewPage, TownGroup};
use super::respond;
use crate::app::AppState;
use crate::domain::registry::PartnershipSummary;
use crate::domain::vocab::PartnershipLevel;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::store::{Page, PartnershipFilter};

pub async fn show_overview(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
) -> Response {
    let page = overview(&state, &t, &here).await;
    respond(&t, &here, page)
}

async fn overview(state: &AppState, t: &Tr, here: &str) -> Result<OverviewPage, AppError> {
    let lang = t.lang();
    let store = &state.store;
    let profile = store.portal_profile(lang).await?;
    let (district, municipal, contacts) = match &profile.home {
        Some(home) => {
            let of_home = PartnershipFilter {
                body: Some(home.slug.clone()),
                level: Some(PartnershipLevel::District),
                ..PartnershipFilter::default()
            };
            let of_members = PartnershipFilter {
                within: Some(home.slug.clone()),
                level: Some(PartnershipLevel::Municipal),
                ..PartnershipFilter::default()
            };
            let district = store.list_partnerships(&of_home, Page::all(), lang).await?;
            let municipal = store
                .list_partnerships(&of_members, Page::all(), lang)
                .await?;
            (
                district.items,
                group_by_town(municipal.items),
                store.contact_points(&home.slug, lang).await?,
            )
        }
        None => (Vec::new(), Vec::new(), Vec::new()),
    };
    Ok(OverviewPage {
        title: t.t("overview-title"),
        t: t.clone(),
        here: here.to_owned(),
        section: "overview",
        headline: profile.headline,
        intro: profile.intro,
        district,
        municipal,
        contacts,
    })
}

/// Groups twinnings by their home town, keeping the list's order (towns alphabetically).
fn group_by_town(partnerships: Vec<PartnershipSummary>) -> Vec<TownGroup> {
    let mut groups: Vec<TownGroup> = Vec::new();
    for p in partnerships {
        match groups.last_mut() {
            Some(group) if group.town.slug == p.home.slug => group.partnerships.push(p),
            _ => groups.push(TownGroup {
                town: p.home.clone(),
                partnerships: vec![p],
            }),
        }
    }
    groups
}
