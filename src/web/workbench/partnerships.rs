//! Creating, editing and deleting partnerships in the workbench.

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::{SignedForm, Staff};
use super::outcome::{Refusal, lead_on, with_status};
use super::pages::{FieldErrors, PartnershipFormPage, StaffView};
use super::partnership_form::PartnershipForm;
use crate::app::AppState;
use crate::domain::audit::Entity;
use crate::domain::records::FieldError;
use crate::domain::vocab::Topic;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::store::WriteError;
use crate::web::language::PageLang;
use crate::web::{error_page, respond};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EditQuery {
    saved: Option<String>,
    home: String,
}

struct FormContext<'a> {
    state: &'a AppState,
    t: &'a Tr,
    here: &'a str,
    staff: &'a Staff,
}

impl FormContext<'_> {
    async fn page(
        &self,
        form: PartnershipForm,
        errors: &[FieldError],
        editing: Option<(String, i64)>,
        saved: bool,
    ) -> Result<PartnershipFormPage, AppError> {
        let t = self.t;
        let p = &self.staff.principal;
        let home_choices = if p.is_admin() {
            Vec::new()
        } else {
            let mut refs = self
                .state
                .store
                .body_refs_by_ids(&p.scope, t.lang())
                .await?;
            refs.sort_by(|a, b| a.1.display_name.cmp(&b.1.display_name));
            refs.into_iter().map(|(_, b)| b).collect()
        };
        let title = match &editing {
            Some((slug, _)) => t.t1("edit-partnership-title", "slug", slug),
            None => t.t("new-partnership-title"),
        };
        Ok(PartnershipFormPage {
            title,
            t: t.clone(),
            here: self.here.to_owned(),
            section: "workbench",
            staff: StaffView::of(self.staff),
            errors: FieldErrors::new(t, errors),
            editing: editing.as_ref().map(|(slug, _)| slug.clone()),
            entity_id: editing.map(|(_, id)| id),
            saved,
            home_choices,
            topics: Topic::ALL
                .iter()
                .map(|topic| (topic.as_str(), t.vocab("topic", topic)))
                .collect(),
            read_only: false,
            form,
        })
    }

    /// The form again with its problems, keeping everything typed.
    async fn refused(
        &self,
        form: PartnershipForm,
        error: WriteError,
        editing: Option<(String, i64)>,
    ) -> Response {
        let (status, problems) = match Refusal::from(error) {
            Refusal::Form(status, problems) => (status, problems),
            Refusal::Page(error) => return error_page(&error, self.t, self.here),
        };
        let page = self.page(form, &problems, editing, false).await;
        with_status(respond(self.t, self.here, page), status)
    }
}

pub async fn show_new_partnership(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Query(query): Query<EditQuery>,
) -> Response {
    if !staff.principal.may_edit_anything() {
        let error = AppError::Forbidden(t.t("workbench-read-only"));
        return error_page(&error, &t, &here);
    }
    let ctx = FormContext {
        state: &state,
        t: &t,
        here: &here,
        staff: &staff,
    };
    let page = ctx
        .page(
            PartnershipForm::new_from(query.home.trim()),
            &[],
            None,
            false,
        )
        .await;
    respond(&t, &here, page)
}

pub async fn create_partnership(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    SignedForm { staff, form }: SignedForm<PartnershipForm>,
) -> Response {
    let ctx = FormContext {
        state: &state,
        t: &t,
        here: &here,
        staff: &staff,
    };
    let record = match form.to_record() {
        Ok(record) => record,
        Err(problems) => return ctx.refused(form, WriteError::Invalid(problems), None).await,
    };
    match state
        .store
        .create_partnership(&staff.principal, &record)
        .await
    {
        Ok(stored) => Redirect::to(&format!(
            "/{}/workbench/partnerships/{}?saved=1",
            t.lang(),
            stored.record.slug
        ))
        .into_response(),
        Err(e) => ctx.refused(form, e, None).await,
    }
}

pub async fn edit_partnership(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(slug): Path<String>,
    Query(query): Query<EditQuery>,
) -> Response {
    let ctx = FormContext {
        state: &state,
        t: &t,
        here: &here,
        staff: &staff,
    };
    let page = async {
        let stored = state
            .store
            .partnership_record(&slug)
            .await?
            .ok_or_else(|| AppError::not_found("partnership", &slug))?;
        let form = PartnershipForm::from_record(Some(stored.version), &stored.record);
        let mut page = ctx
            .page(
                form,
                &[],
                Some((slug.clone(), stored.id)),
                query.saved.is_some(),
            )
            .await?;
        page.read_only = !staff
            .principal
            .may_edit_partnership(stored.sides[0], stored.sides[1]);
        Ok(page)
    }
    .await;
    respond(&t, &here, page)
}

pub async fn save_partnership(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(slug): Path<String>,
    SignedForm { staff, mut form }: SignedForm<PartnershipForm>,
) -> Response {
    let ctx = FormContext {
        state: &state,
        t: &t,
        here: &here,
        staff: &staff,
    };
    let stored = match state.store.partnership_record(&slug).await {
        Ok(Some(stored)) => stored,
        Ok(None) => return error_page(&AppError::not_found("partnership", &slug), &t, &here),
        Err(e) => return error_page(&e.into(), &t, &here),
    };
    let editing = Some((slug.clone(), stored.id));
    // Texts in languages the form does not show are kept from the version the editor opened.
    form.original = Some(stored.record);
    let record = match form.to_record() {
        Ok(record) => record,
        Err(problems) => {
            return ctx
                .refused(form, WriteError::Invalid(problems), editing)
                .await;
        }
    };
    let Some(version) = form.version else {
        let error = WriteError::Invalid(vec![FieldError::new(
            "version",
            "stale",
            "the form lacks the version it was opened at",
        )]);
        return ctx.refused(form, error, editing).await;
    };
    match state
        .store
        .update_partnership(&staff.principal, &slug, version, &record)
        .await
    {
        Ok(saved) => Redirect::to(&format!(
            "/{}/workbench/partnerships/{}?saved=1",
            t.lang(),
            saved.record.slug
        ))
        .into_response(),
        Err(e) => ctx.refused(form, e, editing).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeleteForm {
    version: Option<i64>,
}

pub async fn delete_partnership(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(slug): Path<String>,
    SignedForm { staff, form }: SignedForm<DeleteForm>,
) -> Response {
    let id = match state.store.partnership_record(&slug).await {
        Ok(Some(stored)) => stored.id,
        Ok(None) => return error_page(&AppError::not_found("partnership", &slug), &t, &here),
        Err(e) => return error_page(&e.into(), &t, &here),
    };
    let deleted = state
        .store
        .delete_partnership(&staff.principal, &slug, form.version)
        .await;
    let history = format!(
        "/{}/workbench/history/{}/{id}?deleted=1",
        t.lang(),
        Entity::Partnership.key()
    );
    lead_on(deleted, &t, &here, history)
}
