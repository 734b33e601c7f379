//! Wikidata in the workbench (`/{lang}/workbench/wikidata`): staff upload a query result or dump
//! extract (multipart, size-limited, CSRF-checked), see where our registry and Wikidata disagree as
//! tables grouped by kind, and take the QuickStatements of what Wikidata lacks (shown to copy, and
//! as a download kept for an hour under a random token for the person who uploaded). Nothing is
//! written here; taking over what Wikidata has is `partnerportal wikidata import` (docs/WIKIDATA.md).

use std::sync::LazyLock;
use std::time::Duration;

use askama::Template;
use axum::Router;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

use super::auth::Staff;
use super::pages::StaffView;
use super::upload::{Kept, Upload, read_signed_upload};
use crate::app::AppState;
use crate::domain::wikidata::{FindingKind, MatchedBy, Side};
use crate::error::AppError;
use crate::i18n::{LANGUAGES, Tr};
use crate::io::wikidata::MAX_BYTES;
use crate::web::error_page;
use crate::web::language::PageLang;

/// Uploads above this size are refused by the router before they are read whole.
const MAX_UPLOAD: usize = 16 * 1024 * 1024;
/// Findings listed per kind; the counts cover all.
const SHOWN_PER_KIND: usize = 300;
const KEPT_MAX: usize = 16;
const KEPT_FOR: Duration = Duration::from_secs(60 * 60);

pub fn router() -> Router<AppState> {
    let mut router = Router::new();
    for lang in LANGUAGES {
        let at = |path: &str| format!("/{lang}/workbench/wikidata{path}");
        router = router
            .route(
                &at(""),
                get(show_wikidata)
                    .post(compare_upload)
                    .layer(axum::extract::DefaultBodyLimit::max(MAX_UPLOAD + 64 * 1024)),
            )
            .route(
                &at("/quickstatements/{token}"),
                get(download_quickstatements),
            );
    }
    router
}

/// QuickStatements made from uploads, for their download.
static KEPT: LazyLock<Kept<String>> = LazyLock::new(|| Kept::new(KEPT_FOR, KEPT_MAX));

/// One row of a kind's table.
pub struct Row {
    pub first: String,
    pub second: String,
    pub partnership: Option<String>,
    pub ours: String,
    pub theirs: String,
}

/// The findings of one kind.
pub struct Group {
    pub key: String,
    pub heading: String,
    pub explanation: String,
    pub count: usize,
    pub rows: Vec<Row>,
    /// Whether the table has a second side (pairs) and compares values.
    pub pairs: bool,
}

pub struct Result {
    pub file_name: String,
    pub summary: String,
    pub groups: Vec<Group>,
    pub quickstatements: String,
    pub statement_count: usize,
    pub download: Option<String>,
    pub import_hint: String,
}

#[derive(Template)]
#[template(path = "workbench/wikidata.html")]
pub struct WikidataPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub max_mb: usize,
    pub file_error: Option<String>,
    pub result: Option<Result>,
}

fn page(t: Tr, here: String, staff: &Staff) -> WikidataPage {
    WikidataPage {
        title: t.t("wikidata-title"),
        t,
        here,
        section: "workbench",
        staff: StaffView::of(staff),
        max_mb: MAX_UPLOAD.min(MAX_BYTES) / (1024 * 1024),
        file_error: None,
        result: None,
    }
}

fn render(page: WikidataPage, status: StatusCode) -> Response {
    let (t, here) = (page.t.clone(), page.here.clone());
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => error_page(&e.into(), &t, &here),
    }
}

pub async fn show_wikidata(staff: Staff, PageLang { t, here }: PageLang) -> Response {
    if !staff.principal.may_read_internal() {
        return error_page(
            &AppError::Forbidden(t.t("workbench-not-permitted")),
            &t,
            &here,
        );
    }
    render(page(t, here, &staff), StatusCode::OK)
}

/// Compares an uploaded file with the registry.
pub async fn compare_upload(
    State(state): State<AppState>,
    staff: Staff,
    PageLang { t, here }: PageLang,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Response {
    let fail = |e: AppError| error_page(&e, &t, &here);
    let file = match read_signed_upload(&mut multipart, &staff, &t).await {
        Ok(file) => file,
        Err(e) => return fail(e),
    };
    if !staff.principal.may_read_internal() {
        return fail(AppError::Forbidden(t.t("workbench-not-permitted")));
    }
    let mut view = page(t.clone(), here.clone(), &staff);
    let Some(Upload { file_name, bytes }) = file else {
        view.file_error = Some(t.t("wikidata-file-empty"));
        return render(view, StatusCode::UNPROCESSABLE_ENTITY);
    };
    // Parsing a large file is CPU work: off the server's workers.
    let parsed = tokio::task::spawn_blocking(move || crate::io::wikidata::parse(&bytes)).await;
    let extract = match parsed {
        Ok(Ok(extract)) => extract,
        Ok(Err(e)) => {
            // The parser's messages name the place and the problem; they hold no internals.
            view.file_error = Some(e.0);
            return render(view, StatusCode::UNPROCESSABLE_ENTITY);
        }
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    };
    let registry = match state.store.wikidata_view().await {
        Ok(view) => view,
        Err(e) => return fail(e.into()),
    };
    let outcome = crate::wikidata::outcome_of(extract, &registry);
    let base = crate::api::exports::public_base(&headers, &state);
    let quickstatements = crate::wikidata::quickstatements(&outcome, &base);
    let statement_count = outcome.comparison.statements.len();
    let download = (statement_count > 0)
        .then(|| KEPT.keep(staff.principal.user_id(), quickstatements.clone()));
    let c = &outcome.comparison;
    let groups = FindingKind::ALL
        .iter()
        .filter_map(|&kind| {
            let findings: Vec<_> = c.findings.iter().filter(|f| f.kind == kind).collect();
            if findings.is_empty() {
                return None;
            }
            let key = kind.key().replace('_', "-");
            let pairs = !matches!(kind, FindingKind::SuggestedId | FindingKind::ConflictingId);
            Some(Group {
                heading: t.t(&format!("wikidata-kind-{key}")),
                explanation: t.t(&format!("wikidata-kind-{key}-explanation")),
                count: findings.len(),
                rows: findings
                    .iter()
                    .take(SHOWN_PER_KIND)
                    .map(|f| Row {
                        first: f.sides.first().map(Side::describe).unwrap_or_default(),
                        second: f.sides.get(1).map(Side::describe).unwrap_or_default(),
                        partnership: f.partnership.clone(),
                        ours: f.ours.clone().unwrap_or_else(|| "—".into()),
                        theirs: match (f.matched_by, &f.theirs) {
                            (Some(MatchedBy::Name), Some(q))
                                if kind == FindingKind::SuggestedId =>
                            {
                                format!("{q} ({})", t.t("wikidata-matched-by-name"))
                            }
                            (Some(MatchedBy::Geonames), Some(q)) => {
                                format!("{q} ({})", t.t("wikidata-matched-by-geonames"))
                            }
                            (_, Some(q)) => q.clone(),
                            (_, None) => "—".into(),
                        },
                    })
                    .collect(),
                key,
                pairs,
            })
        })
        .collect();
    view.result = Some(Result {
        summary: t.args(
            "wikidata-summary",
            &[
                ("statements", c.statements_read.to_string()),
                ("matched", c.matched_bodies.to_string()),
                ("findings", c.findings.len().to_string()),
            ],
        ),
        import_hint: t.args(
            "wikidata-import-hint",
            &[
                ("ids", outcome.writes.ids.len().to_string()),
                (
                    "partnerships",
                    outcome.writes.partnerships.len().to_string(),
                ),
            ],
        ),
        file_name,
        groups,
        quickstatements,
        statement_count,
        download,
    });
    render(view, StatusCode::OK)
}

/// The QuickStatements of an upload, for the person who uploaded it.
pub async fn download_quickstatements(
    staff: Staff,
    PageLang { t, here }: PageLang,
    Path(token): Path<String>,
) -> Response {
    match KEPT.get(&token, staff.principal.user_id()) {
        Some(text) => (
            [
                (
                    header::CONTENT_TYPE,
                    "text/tab-separated-values; charset=utf-8",
                ),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"quickstatements.tsv\"",
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            text,
        )
            .into_response(),
        // Gone after an hour, or someone else's: uploading again makes a new one.
        None => error_page(&AppError::NoRoute, &t, &here),
    }
}
