//! The inbox of contact inquiries in the workbench: the list (by status, newest first, paged by
//! position), one inquiry with its message, e-mail state and internal notes, and the forms that
//! move it on (status), give it to a colleague (assignment) and annotate it (notes).
//!
//! Every staff member may read the inbox; readers may not change it. Every change goes through a
//! [`SignedForm`] (CSRF-checked) and is audited by the store.

use askama::Template;
use axum::Router;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::auth::{SignedForm, Staff};
use super::pages::StaffView;
use crate::app::AppState;
use crate::domain::inquiry::{Inquiry, InquiryStatus, InquirySummary, NOTE_MAX, parse_note};
use crate::error::AppError;
use crate::i18n::{LANGUAGES, Tr};
use crate::web::language::PageLang;
use crate::web::pages::Choice;
use crate::web::{error_page, respond};

/// Lines of the inbox per page.
const PAGE_SIZE: u32 = 50;

pub fn router() -> Router<AppState> {
    let mut router = Router::new();
    for lang in LANGUAGES {
        let at = |path: &str| format!("/{lang}/workbench/inbox{path}");
        router = router
            .route(&at(""), get(list_inbox))
            .route(&at("/{id}"), get(show_inquiry))
            .route(&at("/{id}/status"), post(set_status))
            .route(&at("/{id}/assignee"), post(assign))
            .route(&at("/{id}/notes"), post(add_note));
    }
    router
}

/// One status tab of the inbox.
pub struct Tab {
    pub label: String,
    pub href: String,
    pub count: i64,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "workbench/inbox.html")]
pub struct InboxPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub tabs: Vec<Tab>,
    pub rows: Vec<InquirySummary>,
    /// The next page, when this one is full.
    pub older: Option<String>,
    /// A mail server is configured (otherwise the inbox is the only place inquiries show).
    pub mail_configured: bool,
}

#[derive(Template)]
#[template(path = "workbench/inquiry.html")]
pub struct InquiryPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub inquiry: Inquiry,
    /// The signed-in person may change status, assignment and notes.
    pub may_handle: bool,
    pub statuses: Vec<Choice>,
    pub assignees: Vec<Choice>,
    pub mail_configured: bool,
    /// What was saved, for the notice after a change.
    pub saved: Option<String>,
    /// A refused note, shown again with its problem.
    pub note: String,
    pub note_error: Option<String>,
    pub note_max: usize,
}

impl InquiryPage {
    /// Where the e-mail to the office stands.
    fn mail_state(&self) -> String {
        let t = &self.t;
        match (&self.inquiry.notified_at, self.inquiry.notify_attempts) {
            (Some(at), _) => t.t1("inquiry-mail-sent", "date", at.display_local()),
            (None, 0) if self.mail_configured => t.t("inquiry-mail-pending"),
            (None, 0) => t.t("inquiry-mail-off"),
            (None, attempts) => t.count("inquiry-mail-failed", attempts),
        }
    }

    /// A `mailto:` link to the sender, every character that could start a query escaped.
    fn mailto(&self) -> String {
        let mut link = String::from("mailto:");
        for byte in self.inquiry.email.bytes() {
            if byte.is_ascii_alphanumeric() || b"@.-_+".contains(&byte) {
                link.push(byte as char);
            } else {
                link.push_str(&format!("%{byte:02X}"));
            }
        }
        link
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InboxQuery {
    status: Option<String>,
    after: Option<i64>,
}

pub async fn list_inbox(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    query: Result<Query<InboxQuery>, QueryRejection>,
) -> Response {
    let Ok(Query(query)) = query else {
        return error_page(&AppError::BadRequest(t.t("inbox-bad-query")), &t, &here);
    };
    let page = async {
        if !staff.principal.may_read_internal() {
            return Err(AppError::Forbidden(t.t("workbench-not-permitted")));
        }
        let status =
            match query.status.as_deref().filter(|s| !s.is_empty()) {
                Some(key) => Some(InquiryStatus::parse(key).ok_or_else(|| {
                    AppError::BadRequest(t.t1("inbox-unknown-status", "value", key))
                })?),
                None => None,
            };
        let rows = state
            .store
            .list_inquiries(status, query.after, PAGE_SIZE)
            .await?;
        let counts = state.store.count_inquiries().await?;
        let base = format!("/{}/workbench/inbox", t.lang());
        let mut tabs = vec![Tab {
            label: t.t("inbox-all"),
            href: base.clone(),
            count: counts.iter().map(|(_, n)| n).sum(),
            current: status.is_none(),
        }];
        tabs.extend(counts.iter().map(|(s, n)| Tab {
            label: t.vocab("inquiry-status", s.key()),
            href: format!("{base}?status={}", s.key()),
            count: *n,
            current: status == Some(*s),
        }));
        let older = (rows.len() == PAGE_SIZE as usize)
            .then(|| rows.last())
            .flatten()
            .map(|last| match status {
                Some(s) => format!("{base}?status={}&after={}", s.key(), last.id),
                None => format!("{base}?after={}", last.id),
            });
        Ok(InboxPage {
            title: t.t("inbox-title"),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
            tabs,
            rows,
            older,
            mail_configured: state.contact.settings().smtp_url.is_some(),
        })
    }
    .await;
    respond(&t, &here, page)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InquiryQuery {
    saved: Option<String>,
}

pub async fn show_inquiry(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(id): Path<String>,
    query: Result<Query<InquiryQuery>, QueryRejection>,
) -> Response {
    let query = query.map(|Query(q)| q).unwrap_or_default();
    let saved = query
        .saved
        .as_deref()
        .filter(|s| ["status", "assignee", "note"].contains(s))
        .map(|s| t.t(&format!("inquiry-saved-{s}")));
    let page = inquiry_page(&state, &t, &here, &staff, &id, saved, String::new(), None).await;
    respond(&t, &here, page)
}

#[allow(clippy::too_many_arguments)]
async fn inquiry_page(
    state: &AppState,
    t: &Tr,
    here: &str,
    staff: &Staff,
    id: &str,
    saved: Option<String>,
    note: String,
    note_error: Option<String>,
) -> Result<InquiryPage, AppError> {
    if !staff.principal.may_read_internal() {
        return Err(AppError::Forbidden(t.t("workbench-not-permitted")));
    }
    let inquiry = find(state, id).await?;
    let statuses = InquiryStatus::ALL
        .into_iter()
        .map(|s| Choice {
            value: s.key().to_owned(),
            label: t.vocab("inquiry-status", s.key()),
            selected: s == inquiry.status,
        })
        .collect();
    let current = inquiry.assignee.as_ref().map(|a| a.id);
    let mut assignees: Vec<Choice> = state
        .store
        .inquiry_assignees()
        .await?
        .into_iter()
        .map(|a| Choice {
            value: a.id.to_string(),
            label: a.name,
            selected: Some(a.id) == current,
        })
        .collect();
    // Someone no longer eligible stays visible as the current assignee.
    if let Some(a) = inquiry
        .assignee
        .as_ref()
        .filter(|_| !assignees.iter().any(|c| c.selected))
    {
        assignees.push(Choice {
            value: a.id.to_string(),
            label: a.name.clone(),
            selected: true,
        });
    }
    Ok(InquiryPage {
        title: t.t1("inquiry-title", "id", inquiry.id),
        t: t.clone(),
        here: here.to_owned(),
        section: "workbench",
        staff: StaffView::of(staff),
        may_handle: staff.principal.may_handle_inquiries(),
        statuses,
        assignees,
        mail_configured: state.contact.settings().smtp_url.is_some(),
        inquiry,
        saved,
        note,
        note_error,
        note_max: NOTE_MAX,
    })
}

async fn find(state: &AppState, id: &str) -> Result<Inquiry, AppError> {
    let not_found = || AppError::not_found("inquiry", id);
    let number: i64 = id.parse().map_err(|_| not_found())?;
    state
        .store
        .find_inquiry(number)
        .await?
        .ok_or_else(not_found)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StatusForm {
    status: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AssigneeForm {
    assignee: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoteForm {
    note: String,
}

/// Back to the inquiry, telling what was saved (Post/Redirect/Get).
fn saved(t: &Tr, id: i64, what: &str) -> Response {
    Redirect::to(&format!("/{}/workbench/inbox/{id}?saved={what}", t.lang())).into_response()
}

pub async fn set_status(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<String>,
    SignedForm { staff, form }: SignedForm<StatusForm>,
) -> Response {
    let result = async {
        if !staff.principal.may_handle_inquiries() {
            return Err(AppError::Forbidden(t.t("workbench-read-only")));
        }
        let inquiry = find(&state, &id).await?;
        let status = InquiryStatus::parse(&form.status).ok_or_else(|| {
            AppError::BadRequest(t.t1("inbox-unknown-status", "value", &form.status))
        })?;
        state
            .store
            .set_inquiry_status(inquiry.id, status, &staff.principal)
            .await?;
        Ok(inquiry.id)
    }
    .await;
    match result {
        Ok(id) => saved(&t, id, "status"),
        Err(e) => error_page(&e, &t, &here),
    }
}

pub async fn assign(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<String>,
    SignedForm { staff, form }: SignedForm<AssigneeForm>,
) -> Response {
    let result = async {
        if !staff.principal.may_handle_inquiries() {
            return Err(AppError::Forbidden(t.t("workbench-read-only")));
        }
        let inquiry = find(&state, &id).await?;
        let assignee = match form.assignee.trim() {
            "" => None,
            text => Some(text.parse::<i64>().map_err(|_| {
                AppError::BadRequest(t.t1("inbox-unknown-assignee", "value", text))
            })?),
        };
        let done = state
            .store
            .assign_inquiry(inquiry.id, assignee, &staff.principal)
            .await?;
        if !done {
            return Err(AppError::Unprocessable(t.t1(
                "inbox-unknown-assignee",
                "value",
                &form.assignee,
            )));
        }
        Ok(inquiry.id)
    }
    .await;
    match result {
        Ok(id) => saved(&t, id, "assignee"),
        Err(e) => error_page(&e, &t, &here),
    }
}

pub async fn add_note(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<String>,
    SignedForm { staff, form }: SignedForm<NoteForm>,
) -> Response {
    if !staff.principal.may_handle_inquiries() {
        return error_page(&AppError::Forbidden(t.t("workbench-read-only")), &t, &here);
    }
    let Some(text) = parse_note(&form.note) else {
        // The page again, the note kept, its problem beside the field.
        let problem = t.t1("inquiry-note-error", "count", NOTE_MAX);
        let page = inquiry_page(
            &state,
            &t,
            &here,
            &staff,
            &id,
            None,
            form.note.clone(),
            Some(problem),
        )
        .await;
        return match page.and_then(|p| Ok(p.render()?)) {
            Ok(html) => (axum::http::StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response(),
            Err(e) => error_page(&e, &t, &here),
        };
    };
    let result = async {
        let inquiry = find(&state, &id).await?;
        state
            .store
            .add_inquiry_note(inquiry.id, text, &staff.principal)
            .await?;
        Ok::<_, AppError>(inquiry.id)
    }
    .await;
    match result {
        Ok(id) => saved(&t, id, "note"),
        Err(e) => error_page(&e, &t, &here),
    }
}
