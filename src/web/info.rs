//! Pages about the portal itself: the accessibility statement BITV 2.0 requires, and an explanation
//! of the partnerships in Leichte Sprache (plain German).

use axum::extract::State;
use axum::response::Response;

use super::language::PageLang;
use super::pages::{AccessibilityPage, EasyLanguagePage};
use super::respond;
use crate::app::AppState;
use crate::domain::vocab::PartnershipLevel;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::store::{Page, PartnershipFilter};

pub async fn show_accessibility(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
) -> Response {
    let page = accessibility(&state, &t, &here).await;
    respond(&t, &here, page)
}

async fn accessibility(
    state: &AppState,
    t: &Tr,
    here: &str,
) -> Result<AccessibilityPage, AppError> {
    let profile = state.store.portal_profile(t.lang()).await?;
    let contacts = match &profile.home {
        Some(home) => state.store.contact_points(&home.slug, t.lang()).await?,
        None => Vec::new(),
    };
    Ok(AccessibilityPage {
        title: t.t("a11y-title"),
        t: t.clone(),
        here: here.to_owned(),
        section: "",
        contact: contacts.into_iter().next(),
    })
}

/// Leichte Sprache is German by definition: the page exists under /de/ only.
pub async fn show_easy_language(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
) -> Response {
    let page = easy_language(&state, &t, &here).await;
    respond(&t, &here, page)
}

async fn easy_language(state: &AppState, t: &Tr, here: &str) -> Result<EasyLanguagePage, AppError> {
    let lang = t.lang();
    let profile = state.store.portal_profile(lang).await?;
    let mut countries: Vec<(String, usize)> = Vec::new();
    let mut towns: Vec<String> = Vec::new();
    if let Some(home) = &profile.home {
        let of_home = PartnershipFilter {
            body: Some(home.slug.clone()),
            level: Some(PartnershipLevel::District),
            ..PartnershipFilter::default()
        };
        for p in state
            .store
            .list_partnerships(&of_home, Page::all(), lang)
            .await?
            .items
        {
            let country = t.country(&p.partner.country);
            match countries.iter_mut().find(|(c, _)| *c == country) {
                Some((_, n)) => *n += 1,
                None => countries.push((country, 1)),
            }
        }
        let of_members = PartnershipFilter {
            within: Some(home.slug.clone()),
            ..PartnershipFilter::default()
        };
        for p in state
            .store
            .list_partnerships(&of_members, Page::all(), lang)
            .await?
            .items
        {
            if !towns.contains(&p.home.display_name) {
                towns.push(p.home.display_name);
            }
        }
    }
    Ok(EasyLanguagePage {
        title: t.t("easy-title"),
        t: t.clone(),
        here: here.to_owned(),
        section: "",
        home: profile.home.map(|h| h.display_name),
        countries,
        towns,
    })
}
