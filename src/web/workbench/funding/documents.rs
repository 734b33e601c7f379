//! Documents of an application: upload (multipart, CSRF checked before the file is looked at,
//! size limit, type judged by the first bytes), download as an attachment under a safe name, and
//! deletion. Every staff member who reads the application reads its documents; whoever may change
//! the application adds and deletes them (the store checks it).

use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::app::AppState;
use crate::domain::funding::documents::{
    DocumentType, Refusal, content_disposition, safe_file_name, sniff,
};
use crate::error::AppError;
use crate::web::error_page;
use crate::web::language::PageLang;
use crate::web::workbench::auth::{SignedForm, Staff};
use crate::web::workbench::outcome::lead_on;
use crate::web::workbench::upload::read_signed_upload;

fn application_page(lang: &str, id: i64, notice: &str) -> String {
    format!("/{lang}/workbench/funding/applications/{id}?{notice}=1#documents")
}

pub async fn upload_funding_document(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> Response {
    let upload = match read_signed_upload(&mut multipart, &staff, &t).await {
        Ok(upload) => upload,
        Err(e) => return error_page(&e, &t, &here),
    };
    let refuse = |refusal: Refusal| {
        let error = match refusal {
            Refusal::TooLarge => AppError::PayloadTooLarge,
            _ => AppError::Unprocessable(t.t(refusal.message_key())),
        };
        error_page(&error, &t, &here)
    };
    let Some(upload) = upload else {
        return refuse(Refusal::Empty);
    };
    let kind: DocumentType = match sniff(&upload.bytes) {
        Ok(kind) => kind,
        Err(refusal) => return refuse(refusal),
    };
    let name = safe_file_name(&upload.file_name, kind);
    match state
        .store
        .add_funding_document(&staff.principal, id, &name, kind, &upload.bytes)
        .await
    {
        Ok(_) => Redirect::to(&application_page(t.lang(), id, "document_added")).into_response(),
        Err(e) => lead_on(Err(e), &t, &here, String::new()),
    }
}

pub async fn download_funding_document(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path((id, document)): Path<(i64, i64)>,
) -> Response {
    if !staff.principal.may_read_internal() {
        return error_page(
            &AppError::Forbidden(t.t("workbench-not-permitted")),
            &t,
            &here,
        );
    }
    let found = match state.store.funding_document(document).await {
        Ok(found) => found,
        Err(e) => return error_page(&e.into(), &t, &here),
    };
    let Some((line, bytes)) = found.filter(|(line, _)| line.application_id == id) else {
        return error_page(
            &AppError::not_found("document", document.to_string()),
            &t,
            &here,
        );
    };
    let disposition = HeaderValue::from_str(&content_disposition(&line.file_name))
        .unwrap_or_else(|_| HeaderValue::from_static("attachment"));
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(line.kind.media_type()),
            ),
            (header::CONTENT_DISPOSITION, disposition),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            ),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'none'; sandbox"),
            ),
        ],
        bytes,
    )
        .into_response()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeleteDocumentForm {}

pub async fn delete_funding_document(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path((id, document)): Path<(i64, i64)>,
    SignedForm { staff, form: _ }: SignedForm<DeleteDocumentForm>,
) -> Response {
    let deleted = state
        .store
        .delete_funding_document(&staff.principal, id, document)
        .await;
    lead_on(
        deleted,
        &t,
        &here,
        application_page(t.lang(), id, "document_deleted"),
    )
}
