//! Spreadsheet import and export in the workbench (`/{lang}/workbench/import`): download the
//! registry as xlsx, ods or CSV; upload an edited file (multipart, size-limited, CSRF-checked) for
//! a dry run shown as a table of what would be created, changed or refused (row and reason); carry
//! the import out from that report. The upload waits on the server under a random token bound to
//! the account; carrying it out reads the same bytes again and is refused when the registry
//! changed since the dry run.

use std::sync::LazyLock;
use std::time::Duration;

use askama::Template;
use axum::Router;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::auth::{SignedForm, Staff};
use super::pages::StaffView;
use super::upload::{Kept, Upload, read_signed_upload};
use crate::app::AppState;
use crate::error::AppError;
use crate::i18n::{LANGUAGES, Tr};
use crate::io::spreadsheet::{FileError, Format, MAX_FILE_BYTES, Problem, SheetKind};
use crate::store::bulk_import::{Disposition, ImportReport, Mode, Outcome, RowReport};
use crate::web::error_page;
use crate::web::language::PageLang;

/// Rows listed in the report; the counts above the table cover every row.
const SHOWN_ROWS: usize = 500;
/// Uploads waiting to be carried out, at most; the oldest gives way.
const PENDING_MAX: usize = 8;
const PENDING_TTL: Duration = Duration::from_secs(60 * 60);

pub fn router() -> Router<AppState> {
    let mut router = Router::new();
    for lang in LANGUAGES {
        let at = |path: &str| format!("/{lang}/workbench/import{path}");
        router = router
            .route(
                &at(""),
                get(show_import)
                    .post(upload)
                    .layer(axum::extract::DefaultBodyLimit::max(
                        MAX_FILE_BYTES + 64 * 1024,
                    )),
            )
            .route(&at("/apply"), post(apply))
            .route(&at("/download/{file}"), get(download));
    }
    router
}

/// Dry-run files waiting to be carried out.
static PENDING: LazyLock<Kept<Upload>> = LazyLock::new(|| Kept::new(PENDING_TTL, PENDING_MAX));

/// One line of the report table.
pub struct ReportLine {
    pub sheet: String,
    pub row: usize,
    pub slug: String,
    /// `create`, `change`, `reject`.
    pub outcome: &'static str,
    pub outcome_label: String,
    pub details: Vec<String>,
}

#[derive(Template)]
#[template(path = "workbench/import.html")]
pub struct ImportPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub may_import: bool,
    pub max_mb: usize,
    /// A file-level refusal, translated.
    pub file_error: Option<String>,
    pub report: Option<ReportView>,
}

pub struct ReportView {
    pub file_name: String,
    pub verdict: String,
    /// `dry-run`, `applied`, `refused`, `changed`.
    pub state: &'static str,
    pub created: usize,
    pub changed: usize,
    pub unchanged: usize,
    pub rejected: usize,
    pub lines: Vec<ReportLine>,
    pub hidden: usize,
    /// The token and stamp to carry the import out with, when it may be.
    pub carry_out: Option<(String, i64)>,
}

fn translate_problem(t: &Tr, p: &Problem) -> String {
    let message = ["field-error-", "spreadsheet-problem-"]
        .iter()
        .map(|prefix| format!("{prefix}{}", p.code))
        .find(|key| t.has(key))
        .map(|key| format!("{} ({})", t.t(&key), p.message))
        .unwrap_or_else(|| p.message.clone());
    match &p.column {
        Some(column) => format!("{column}: {message}"),
        None => message,
    }
}

fn report_view(
    t: &Tr,
    file_name: &str,
    report: &ImportReport,
    carry_out: Option<String>,
) -> ReportView {
    let line = |r: &RowReport| {
        let (outcome, details) = match &r.outcome {
            Outcome::Create => ("create", Vec::new()),
            Outcome::Change(changes) => (
                "change",
                changes
                    .iter()
                    .map(|(c, b, a)| format!("{c}: {b} → {a}"))
                    .collect(),
            ),
            Outcome::Reject(problems) => (
                "reject",
                problems.iter().map(|p| translate_problem(t, p)).collect(),
            ),
            Outcome::Unchanged => ("unchanged", Vec::new()),
        };
        ReportLine {
            sheet: t.t(&format!("spreadsheet-sheet-{}", r.sheet.name())),
            row: r.row,
            slug: r.slug.clone(),
            outcome,
            outcome_label: t.t(&format!("spreadsheet-outcome-{outcome}")),
            details,
        }
    };
    // Refused rows first: they are what must be fixed.
    let mut listed: Vec<&RowReport> = report
        .rows
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Reject(_)))
        .collect();
    listed.extend(
        report
            .rows
            .iter()
            .filter(|r| matches!(r.outcome, Outcome::Create | Outcome::Change(_))),
    );
    let hidden = listed.len().saturating_sub(SHOWN_ROWS);
    let state = match report.disposition {
        Disposition::DryRun => "dry-run",
        Disposition::Applied => "applied",
        Disposition::Refused => "refused",
        Disposition::RegistryChanged => "changed",
    };
    let may_carry_out = report.disposition == Disposition::DryRun
        && report.rejected() == 0
        && report.created() + report.changed() > 0;
    ReportView {
        file_name: file_name.to_owned(),
        verdict: t.t(&format!("spreadsheet-verdict-{state}")),
        state,
        created: report.created(),
        changed: report.changed(),
        unchanged: report.unchanged(),
        rejected: report.rejected(),
        lines: listed.into_iter().take(SHOWN_ROWS).map(line).collect(),
        hidden,
        carry_out: carry_out
            .filter(|_| may_carry_out)
            .map(|token| (token, report.stamp)),
    }
}

fn page(t: Tr, here: String, staff: &Staff) -> ImportPage {
    ImportPage {
        title: t.t("spreadsheet-title"),
        t,
        here,
        section: "workbench",
        staff: StaffView::of(staff),
        may_import: staff.principal.may_edit_anything(),
        max_mb: MAX_FILE_BYTES / (1024 * 1024),
        file_error: None,
        report: None,
    }
}

fn render(page: ImportPage, status: StatusCode) -> Response {
    let (t, here) = (page.t.clone(), page.here.clone());
    match page.render() {
        Ok(html) => (status, axum::response::Html(html)).into_response(),
        Err(e) => error_page(&e.into(), &t, &here),
    }
}

/// A failure of ours (a worker that died, a writer that failed): logged, never shown.
fn internal(e: anyhow::Error) -> AppError {
    AppError::Store(crate::store::StoreError::Io {
        path: "spreadsheet".into(),
        source: std::io::Error::other(format!("{e:#}")),
    })
}

fn file_error(t: &Tr, e: &FileError) -> String {
    let key = format!("spreadsheet-file-{}", e.code());
    if t.has(&key) {
        t.args(&key, &e.args())
    } else {
        e.to_string()
    }
}

pub async fn show_import(staff: Staff, PageLang { t, here }: PageLang) -> Response {
    render(page(t, here, &staff), StatusCode::OK)
}

/// The dry run of an uploaded file.
pub async fn upload(
    State(state): State<AppState>,
    staff: Staff,
    PageLang { t, here }: PageLang,
    mut multipart: Multipart,
) -> Response {
    let fail = |e: AppError| error_page(&e, &t, &here);
    let file = match read_signed_upload(&mut multipart, &staff, &t).await {
        Ok(file) => file,
        Err(e) => return fail(e),
    };
    if !staff.principal.may_edit_anything() {
        return fail(AppError::Forbidden(t.t("spreadsheet-forbidden")));
    }
    let mut view = page(t.clone(), here.clone(), &staff);
    let Some(Upload { file_name, bytes }) = file else {
        view.file_error = Some(file_error(&t, &FileError::Empty));
        return render(view, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let workbook = match crate::spreadsheet::read_upload(bytes.clone()).await {
        Ok(Ok((_, workbook))) => workbook,
        Ok(Err(e)) => {
            view.file_error = Some(file_error(&t, &e));
            return render(view, StatusCode::UNPROCESSABLE_ENTITY);
        }
        Err(e) => return fail(internal(e)),
    };
    let report = match state
        .store
        .import_workbook(&staff.principal, &workbook, Mode::DryRun, &|| {})
        .await
    {
        Ok(report) => report,
        Err(e) => return fail(e.into()),
    };
    let token = (report.rejected() == 0).then(|| {
        PENDING.keep(
            staff.principal.user_id(),
            Upload {
                file_name: file_name.clone(),
                bytes,
            },
        )
    });
    let status = if report.rejected() > 0 {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    view.report = Some(report_view(&t, &file_name, &report, token));
    render(view, status)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ApplyForm {
    token: String,
    stamp: i64,
}

/// Carries out an import from its dry run: the same bytes, read and checked again.
pub async fn apply(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    SignedForm { staff, form }: SignedForm<ApplyForm>,
) -> Response {
    let fail = |e: AppError| error_page(&e, &t, &here);
    if !staff.principal.may_edit_anything() {
        return fail(AppError::Forbidden(t.t("spreadsheet-forbidden")));
    }
    let mut view = page(t.clone(), here.clone(), &staff);
    let Some(upload) = PENDING.take(&form.token, staff.principal.user_id()) else {
        view.file_error = Some(t.t("spreadsheet-upload-expired"));
        return render(view, StatusCode::CONFLICT);
    };
    let workbook = match crate::spreadsheet::read_upload(upload.bytes).await {
        Ok(Ok((_, workbook))) => workbook,
        Ok(Err(e)) => {
            view.file_error = Some(file_error(&t, &e));
            return render(view, StatusCode::UNPROCESSABLE_ENTITY);
        }
        Err(e) => return fail(internal(e)),
    };
    let mode = Mode::Apply {
        expected_stamp: Some(form.stamp),
    };
    let report = match state
        .store
        .import_workbook(&staff.principal, &workbook, mode, &|| {})
        .await
    {
        Ok(report) => report,
        Err(e) => return fail(e.into()),
    };
    let status = match report.disposition {
        Disposition::Applied => StatusCode::OK,
        Disposition::RegistryChanged => StatusCode::CONFLICT,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    view.report = Some(report_view(&t, &upload.file_name, &report, None));
    render(view, status)
}

/// `registry.xlsx`, `registry.ods`, `bodies.csv`, `partnerships.csv`: every record, drafts included.
pub async fn download(
    State(state): State<AppState>,
    _staff: Staff,
    PageLang { t, here }: PageLang,
    Path(file): Path<String>,
) -> Response {
    let (format, kinds): (Format, &[SheetKind]) = match file.as_str() {
        "registry.xlsx" => (Format::Xlsx, &SheetKind::ALL),
        "registry.ods" => (Format::Ods, &SheetKind::ALL),
        "bodies.csv" => (Format::Csv, &[SheetKind::Bodies]),
        "partnerships.csv" => (Format::Csv, &[SheetKind::Partnerships]),
        _ => {
            return error_page(
                &AppError::not_found("file", file.chars().take(60).collect::<String>()),
                &t,
                &here,
            );
        }
    };
    match crate::spreadsheet::export(&state.store, format, kinds).await {
        Ok(bytes) => {
            let mut response = bytes.into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(format.media_type()),
            );
            if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file}\"")) {
                headers.insert(header::CONTENT_DISPOSITION, value);
            }
            response
        }
        Err(e) => error_page(&internal(e), &t, &here),
    }
}
