//! The "Open data" page: every download with its format, size and licence, the OpenAPI document and
//! the DCAT-AP.de catalogue; and the JSON-LD descriptions embedded in the pages of partnerships and
//! bodies.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::language::PageLang;
use super::pages::{BodyPage, PartnershipPage};
use super::respond;
use crate::app::AppState;
use crate::error::AppError;
use crate::i18n::{DEFAULT_LANGUAGE, Tr};
use crate::io::export::{Dataset, Download, FileFormat};
use crate::io::{dcat, jsonld};

/// One line of the table of downloads.
pub struct DownloadLine {
    pub href: String,
    pub file_name: String,
    pub content: String,
    pub format: String,
    pub media_type: &'static str,
    pub size: String,
}

#[derive(Template)]
#[template(path = "open_data.html")]
pub struct OpenDataPage {
    pub t: Tr,
    /// This page's address without language prefix, for the language switcher.
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub downloads: Vec<DownloadLine>,
    /// Who to name as the source.
    pub publisher: String,
    pub license_page: &'static str,
}

pub async fn show_open_data(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
) -> Response {
    let page = open_data(&state, &t, &here).await;
    respond(&t, &here, page)
}

async fn open_data(state: &AppState, t: &Tr, here: &str) -> Result<OpenDataPage, AppError> {
    let stamp = state.store.data_stamp().await?;
    let profile = state.store.portal_profile(DEFAULT_LANGUAGE).await?;
    let downloads = Download::ALL
        .iter()
        .map(|d| {
            let records = match d.dataset {
                Dataset::Partnerships => stamp.partnerships,
                Dataset::Bodies => stamp.bodies,
            };
            let format = match d.format {
                FileFormat::Csv => "open-data-format-csv",
                FileFormat::Json => "open-data-format-json",
                FileFormat::GeoJson => "open-data-format-geojson",
            };
            DownloadLine {
                href: d.path(),
                file_name: d.file_name(),
                content: t.t(&format!("open-data-{}", d.dataset_key())),
                format: t.t(format),
                media_type: d.media_type(),
                size: t.count("open-data-records", records),
            }
        })
        .collect();
    Ok(OpenDataPage {
        title: t.t("open-data-title"),
        t: t.clone(),
        here: here.to_owned(),
        section: "open-data",
        downloads,
        publisher: profile
            .home
            .map(|h| h.display_name)
            .unwrap_or_else(|| t.t("site-name")),
        license_page: dcat::LICENSE_PAGE,
    })
}

impl PartnershipPage {
    /// The schema.org description of this partnership, ready for a JSON-LD data block.
    pub(crate) fn jsonld(&self) -> String {
        jsonld::data_block(&jsonld::partnership(&self.p, self.t.lang()))
    }
}

impl BodyPage {
    /// The schema.org description of this body, ready for a JSON-LD data block.
    pub(crate) fn jsonld(&self) -> String {
        jsonld::data_block(&jsonld::body(&self.body, self.t.lang()))
    }
}
