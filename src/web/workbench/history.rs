//! The audit trail in the workbench: a record's history, one version side by side with the one
//! before, restoring it, the latest changes, and deleted records.

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::{SignedForm, Staff};
use super::pages::{ChangesPage, HistoryPage, StaffView, VersionPage};
use crate::app::AppState;
use crate::domain::access::Principal;
use crate::domain::audit::{Action, AuditEntry, Entity};
use crate::error::AppError;
use crate::store::{VersionSide, WriteError};
use crate::web::language::PageLang;
use crate::web::{error_page, respond};

/// Accounts and tokens are administrators' business; registry records are every staff member's.
fn may_see(principal: &Principal, entity: Entity) -> bool {
    match entity {
        // A person's page shows its own entries to the staff of its activities.
        Entity::User | Entity::ApiToken | Entity::Person => principal.is_admin(),
        Entity::Inquiry => principal.may_handle_inquiries(),
        Entity::Body
        | Entity::Partnership
        | Entity::ContactPoint
        | Entity::Registry
        | Entity::Finding
        | Entity::FundingCall
        | Entity::FundingApplication
        | Entity::Practice
        | Entity::Activity
        | Entity::ActivityPhoto
        | Entity::FundingProgramme
        | Entity::FundingAction
        | Entity::FundingDocument => principal.may_read_internal(),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HistoryQuery {
    restored: Option<String>,
    deleted: Option<String>,
}

pub async fn show_history(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path((entity, id)): Path<(String, i64)>,
    Query(query): Query<HistoryQuery>,
) -> Response {
    let page = async {
        let entity =
            Entity::parse(&entity).ok_or_else(|| AppError::not_found("history", &entity))?;
        if !may_see(&staff.principal, entity) {
            return Err(AppError::Forbidden(t.t("workbench-not-permitted")));
        }
        let entries = state.store.history(entity, id).await?;
        if entries.is_empty() {
            return Err(AppError::not_found("history", id.to_string()));
        }
        let name = record_name(&entries);
        let exists = entries.first().is_some_and(|e| e.action != Action::Delete);
        let edit_link = match (entity, exists) {
            (Entity::Partnership, true) => {
                Some(format!("/{}/workbench/partnerships/{name}", t.lang()))
            }
            (Entity::Body, true) => Some(format!("/{}/workbench/bodies/{name}", t.lang())),
            (Entity::User, true) => Some(format!("/{}/workbench/users/{id}", t.lang())),
            (Entity::ContactPoint, true) => {
                Some(format!("/{}/workbench/contact-points/{id}", t.lang()))
            }
            (Entity::Practice, true) => Some(format!("/{}/workbench/practices/{id}", t.lang())),
            (Entity::FundingCall, true) => {
                Some(format!("/{}/workbench/funding/calls/{id}", t.lang()))
            }
            (Entity::FundingApplication, true) => {
                Some(format!("/{}/workbench/funding/applications/{id}", t.lang()))
            }
            (Entity::FundingProgramme, true) => Some(format!(
                "/{}/workbench/funding/catalogue/programmes/{id}",
                t.lang()
            )),
            (Entity::FundingAction, true) => Some(format!(
                "/{}/workbench/funding/catalogue/actions/{id}",
                t.lang()
            )),
            _ => None,
        };
        Ok(HistoryPage {
            title: t.t1("history-title", "name", &name),
            heading: t.t1("history-title", "name", &name),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
            entries,
            edit_link,
            restored: query.restored.is_some() || query.deleted.is_some(),
        })
    }
    .await;
    respond(&t, &here, page)
}

/// The slug a record had in its latest recorded version.
fn record_name(entries: &[AuditEntry]) -> String {
    entries
        .iter()
        .find_map(|e| {
            e.after
                .as_ref()
                .or(e.before.as_ref())
                .and_then(|d| d.get("slug").or_else(|| d.get("login")))
                .and_then(|s| s.as_str())
                .map(str::to_owned)
        })
        .unwrap_or_else(|| {
            entries
                .first()
                .map(|e| e.entity_id.to_string())
                .unwrap_or_default()
        })
}

pub async fn show_version(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(id): Path<i64>,
) -> Response {
    let page = async {
        let entry = state
            .store
            .audit_entry(id)
            .await?
            .ok_or_else(|| AppError::not_found("version", id.to_string()))?;
        if !may_see(&staff.principal, entry.entity) {
            return Err(AppError::Forbidden(t.t("workbench-not-permitted")));
        }
        let fields = compare(entry.before.as_ref(), entry.after.as_ref());
        let registry = matches!(
            entry.entity,
            Entity::Body
                | Entity::Partnership
                | Entity::FundingCall
                | Entity::FundingApplication
                | Entity::FundingProgramme
                | Entity::FundingAction
                | Entity::Practice
        );
        let restore_before = registry && entry.before.is_some();
        let restore_after = registry && entry.after.is_some();
        Ok(VersionPage {
            title: t.t1("version-title", "id", id),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
            entry,
            fields,
            restore_before,
            restore_after,
        })
    }
    .await;
    respond(&t, &here, page)
}

/// Top-level fields of two versions, pretty-printed, with whether they differ.
fn compare(
    before: Option<&serde_json::Value>,
    after: Option<&serde_json::Value>,
) -> Vec<(String, String, String, bool)> {
    let empty = serde_json::Map::new();
    let b = before.and_then(|v| v.as_object()).unwrap_or(&empty);
    let a = after.and_then(|v| v.as_object()).unwrap_or(&empty);
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    let show = |v: Option<&serde_json::Value>| match v {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => serde_json::to_string_pretty(other).unwrap_or_default(),
    };
    keys.into_iter()
        .map(|k| {
            let (old, new) = (b.get(k), a.get(k));
            (k.clone(), show(old), show(new), old != new)
        })
        .collect()
}

pub async fn restore_version(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<RestoreForm>,
) -> Response {
    let entry = match state.store.audit_entry(id).await {
        Ok(Some(entry)) => entry,
        Ok(None) => return error_page(&AppError::not_found("version", id.to_string()), &t, &here),
        Err(e) => return error_page(&e.into(), &t, &here),
    };
    match state
        .store
        .restore_version(&staff.principal, id, form.side)
        .await
    {
        Ok(entity) => Redirect::to(&format!(
            "/{}/workbench/history/{}/{}?restored=1",
            t.lang(),
            entity.key(),
            entry.entity_id
        ))
        .into_response(),
        Err(WriteError::Store(e)) => error_page(&e.into(), &t, &here),
        Err(WriteError::Invalid(problems)) => {
            let message = problems
                .into_iter()
                .map(|p| format!("{}: {}", p.field, p.message))
                .collect::<Vec<_>>()
                .join("; ");
            error_page(
                &AppError::Unprocessable(t.t1("restore-refused", "detail", message)),
                &t,
                &here,
            )
        }
    }
}

#[derive(Deserialize)]
pub struct RestoreForm {
    side: VersionSide,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChangesQuery {
    before: Option<i64>,
}

const CHANGES_PAGE: i64 = 50;

pub async fn show_changes(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Query(query): Query<ChangesQuery>,
) -> Response {
    let page = async {
        let entries = state
            .store
            .recent_changes(CHANGES_PAGE, query.before)
            .await?;
        let older = (entries.len() as i64 == CHANGES_PAGE)
            .then(|| {
                entries
                    .last()
                    .map(|e| format!("/{}/workbench/changes?before={}", t.lang(), e.id))
            })
            .flatten();
        let entries = entries
            .into_iter()
            .filter(|e| may_see(&staff.principal, e.entity))
            .collect();
        Ok::<_, AppError>(ChangesPage {
            title: t.t("changes-title"),
            heading: t.t("changes-title"),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
            entries,
            older,
        })
    }
    .await;
    respond(&t, &here, page)
}

pub async fn show_deleted(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
) -> Response {
    let page = async {
        if !staff.principal.may_restore_deleted() {
            return Err(AppError::Forbidden(t.t("workbench-admins-only")));
        }
        let mut entries = state.store.deleted_records(Entity::Partnership).await?;
        entries.extend(state.store.deleted_records(Entity::Body).await?);
        entries.sort_by_key(|e| std::cmp::Reverse(e.id));
        Ok(ChangesPage {
            title: t.t("deleted-title"),
            heading: t.t("deleted-title"),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
            entries,
            older: None,
        })
    }
    .await;
    respond(&t, &here, page)
}
