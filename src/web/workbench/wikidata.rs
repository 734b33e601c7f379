//! Wikidata in the workbench (`/{lang}/workbench/wikidata`): staff upload a query result or dump
//! extract (multipart, size-limited, CSRF-checked), see where our registry and Wikidata disagree as
//! tables grouped by kind, and take the QuickStatements of what Wikidata lacks (shown to copy, and
//! as a download kept for an hour under a random token for the person who uploaded). Nothing is
//! written here; taking over what Wikidata has is `partnerportal wikidata import` (docs/WIKIDATA.md).

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use askama::Template;
use axum::Router;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

use super::auth::Staff;
use super::pages::StaffView;
use crate::app::AppState;
use crate::domain::credentials::{random_token, same_secret};
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

struct Kept {
    user: Option<i64>,
    text: String,
    at: Instant,
}

fn kept() -> &'static Mutex<HashMap<String, Kept>> {
    static KEPT: OnceLock<Mutex<HashMap<String, Kept>>> = OnceLock::new();
    KEPT.get_or_init(|| Mutex::new(HashMap::new()))
}

fn keep(user: Option<i64>, text: String) -> String {
    let mut map = kept().lock().unwrap_or_else(|e| e.into_inner());
    map.retain(|_, k| k.at.elapsed() < KEPT_FOR);
    while map.len() >= KEPT_MAX {
        let Some(oldest) = map.iter().min_by_key(|(_, k)| k.at).map(|(t, _)| t.clone()) else {
            break;
        };
        map.remove(&oldest);
    }
    let token = random_token("");
    map.insert(
        token.clone(),
        Kept {
            user,
            text,
            at: Instant::now(),
        },
    );
    token
}

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
    let (mut csrf, mut file) = (None, None);
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return fail(AppError::PayloadTooLarge);
            }
            Err(_) => return fail(AppError::BadRequest(t.t("form-malformed"))),
        };
        match field.name() {
            Some("csrf") => csrf = field.text().await.ok(),
            Some("file") => {
                let name: String = field
                    .file_name()
                    .map(|n| n.chars().filter(|c| !c.is_control()).take(200).collect())
                    .unwrap_or_default();
                match field.bytes().await {
                    Ok(bytes) => file = Some((name, bytes.to_vec())),
                    Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                        return fail(AppError::PayloadTooLarge);
                    }
                    Err(_) => return fail(AppError::BadRequest(t.t("form-malformed"))),
                }
            }
            _ => {}
        }
    }
    // The token is checked before the file is looked at.
    if !csrf.is_some_and(|c| !c.is_empty() && same_secret(&c, staff.csrf())) {
        return fail(AppError::Forbidden(t.t("form-csrf-failed")));
    }
    if !staff.principal.may_read_internal() {
        return fail(AppError::Forbidden(t.t("workbench-not-permitted")));
    }
    let mut view = page(t.clone(), here.clone(), &staff);
    let Some((file_name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
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
    let download =
        (statement_count > 0).then(|| keep(staff.principal.user_id(), quickstatements.clone()));
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
    let text = {
        let map = kept().lock().unwrap_or_else(|e| e.into_inner());
        map.get(&token)
            .filter(|k| k.at.elapsed() < KEPT_FOR && k.user == staff.principal.user_id())
            .map(|k| k.text.clone())
    };
    match text {
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
