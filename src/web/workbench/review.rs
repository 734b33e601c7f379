//! The review queue of the data-quality check in the workbench (`/{lang}/workbench/review`): the open
//! findings grouped by record, filterable by severity, and the three decisions on one — accept its
//! suggested correction (written through the record's normal, audited write), correct it by hand
//! (the record's form), or dismiss it with a reason. Editors see and decide the findings of the
//! records they may change; readers see every finding and decide none. The store checks the same
//! rights on every decision.

use askama::Template;
use axum::Router;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::auth::{SignedForm, Staff};
use super::outcome::lead_on;
use super::pages::StaffView;
use crate::app::AppState;
use crate::domain::access::Role;
use crate::domain::quality::Severity;
use crate::error::AppError;
use crate::i18n::{LANGUAGES, Tr};
use crate::quality::{self, Reported};
use crate::store::WriteError;
use crate::web::language::PageLang;
use crate::web::{error_page, respond};

pub fn router() -> Router<AppState> {
    let mut router = Router::new();
    for lang in LANGUAGES {
        let at = |path: &str| format!("/{lang}/workbench/review{path}");
        router = router
            .route(&at(""), get(list_findings))
            .route(&at("/accept"), post(accept_finding))
            .route(&at("/correct"), post(correct_finding))
            .route(&at("/dismiss"), post(dismiss_finding));
    }
    router
}

/// One severity tab of the queue.
pub struct Tab {
    pub label: String,
    pub href: String,
    pub count: usize,
    pub current: bool,
}

/// One finding as the queue shows it.
pub struct Item {
    pub key: String,
    /// The key as an HTML id.
    pub id: String,
    pub fingerprint: String,
    pub severity: &'static str,
    pub field: String,
    pub message: String,
    pub suggestion: Option<String>,
    pub may_decide: bool,
}

/// The findings of one record.
pub struct Group {
    pub label: String,
    /// The record's form in the workbench.
    pub edit_href: String,
    pub items: Vec<Item>,
}

#[derive(Template)]
#[template(path = "workbench/review.html")]
pub struct ReviewPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub tabs: Vec<Tab>,
    pub groups: Vec<Group>,
    /// The signed-in person may decide on findings at all (not a reader).
    pub may_decide: bool,
    /// What was just done, for the notice at the top.
    pub done: Option<String>,
    /// Whether any finding shown compares with the gazetteer (its licence asks for attribution).
    pub gazetteer_used: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReviewQuery {
    severity: Option<String>,
    done: Option<String>,
}

pub async fn list_findings(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    query: Result<Query<ReviewQuery>, QueryRejection>,
) -> Response {
    let Ok(Query(query)) = query else {
        return error_page(&AppError::BadRequest(t.t("form-malformed")), &t, &here);
    };
    let page = async {
        let principal = &staff.principal;
        if !principal.may_read_internal() {
            return Err(AppError::Forbidden(t.t("workbench-not-permitted")));
        }
        let severity = match query.severity.as_deref().filter(|s| !s.is_empty()) {
            Some(key) => Some(
                Severity::parse(key).ok_or_else(|| AppError::BadRequest(t.t("form-malformed")))?,
            ),
            None => None,
        };
        let report = state.quality.report().await?;
        // Editors see the findings of their records; readers and administrators see all.
        let editor = principal.role == Role::Editor;
        let visible: Vec<&Reported> = report
            .findings
            .iter()
            .filter(|r| !editor || r.may_decide(principal))
            .collect();
        let base = format!("/{}/workbench/review", t.lang());
        let mut tabs = vec![Tab {
            label: t.t("review-all"),
            href: base.clone(),
            count: visible.len(),
            current: severity.is_none(),
        }];
        tabs.extend(Severity::ALL.iter().map(|s| Tab {
            label: t.t(&format!("quality-severity-{}", s.key())),
            href: format!("{base}?severity={}", s.key()),
            count: visible.iter().filter(|r| r.finding.severity == *s).count(),
            current: severity == Some(*s),
        }));
        let mut groups: Vec<Group> = Vec::new();
        let mut gazetteer_used = false;
        for r in visible
            .iter()
            .filter(|r| severity.is_none_or(|s| r.finding.severity == s))
        {
            let f = &r.finding;
            gazetteer_used |= matches!(
                f.check,
                crate::domain::quality::Check::CountryMismatch
                    | crate::domain::quality::Check::NameNotOfficial
                    | crate::domain::quality::Check::UnknownPlace
            );
            let item = Item {
                key: f.key(),
                id: super::pages::field_id(&f.key().replace([':', '/'], "-")),
                fingerprint: f.fingerprint.clone(),
                severity: f.severity.key(),
                field: f.field.clone(),
                message: quality::message(&t, f),
                suggestion: f.suggestion.as_ref().map(|s| s.value()),
                may_decide: r.may_decide(principal),
            };
            let edit_href = format!(
                "/{}/workbench/{}/{}",
                t.lang(),
                f.record.kind.path(),
                f.record.slug
            );
            match groups.last_mut() {
                Some(g) if g.edit_href == edit_href => g.items.push(item),
                _ => groups.push(Group {
                    label: r.label.clone(),
                    edit_href,
                    items: vec![item],
                }),
            }
        }
        let done = query
            .done
            .as_deref()
            .filter(|d| ["accepted", "dismissed"].contains(d))
            .map(|d| t.t(&format!("review-done-{d}")));
        Ok(ReviewPage {
            title: t.t("review-title"),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
            tabs,
            groups,
            may_decide: principal.may_edit_anything(),
            done,
            gazetteer_used,
        })
    }
    .await;
    respond(&t, &here, page)
}

/// A decision's form: the finding's key, the fingerprint of the value the person saw, a reason.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    key: String,
    fingerprint: String,
    reason: String,
}

impl DecisionForm {
    fn fingerprint(&self) -> Option<&str> {
        Some(self.fingerprint.trim()).filter(|f| !f.is_empty())
    }
}

fn read_only(t: &Tr, here: &str) -> Response {
    error_page(&AppError::Forbidden(t.t("workbench-read-only")), t, here)
}

pub async fn accept_finding(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    SignedForm { staff, form }: SignedForm<DecisionForm>,
) -> Response {
    if !staff.principal.may_edit_anything() {
        return read_only(&t, &here);
    }
    let result = quality::accept(
        &state.quality,
        &staff.principal,
        form.key.trim(),
        form.fingerprint(),
    )
    .await
    .map(|_| ());
    let next = format!("/{}/workbench/review?done=accepted", t.lang());
    lead_on(result, &t, &here, next)
}

pub async fn correct_finding(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    SignedForm { staff, form }: SignedForm<DecisionForm>,
) -> Response {
    if !staff.principal.may_edit_anything() {
        return read_only(&t, &here);
    }
    match quality::correct_by_hand(
        &state.quality,
        &staff.principal,
        form.key.trim(),
        form.fingerprint(),
    )
    .await
    {
        Ok(reported) => {
            let record = &reported.finding.record;
            Redirect::to(&format!(
                "/{}/workbench/{}/{}",
                t.lang(),
                record.kind.path(),
                record.slug
            ))
            .into_response()
        }
        Err(e) => error_page(&e.into(), &t, &here),
    }
}

pub async fn dismiss_finding(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    SignedForm { staff, form }: SignedForm<DecisionForm>,
) -> Response {
    if !staff.principal.may_edit_anything() {
        return read_only(&t, &here);
    }
    let reason = form.reason.trim();
    if reason.is_empty() || reason.chars().count() > crate::domain::records::MAX_LINE {
        return error_page(
            &AppError::Unprocessable(t.t("review-reason-required")),
            &t,
            &here,
        );
    }
    let result = quality::dismiss(
        &state.quality,
        &staff.principal,
        form.key.trim(),
        form.fingerprint(),
        reason,
    )
    .await
    .map(|_| ())
    .map_err(WriteError::from);
    let next = format!("/{}/workbench/review?done=dismissed", t.lang());
    lead_on(result, &t, &here, next)
}
