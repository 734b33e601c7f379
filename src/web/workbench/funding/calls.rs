//! Calls for proposals: the list every staff member reads, the form administrators keep them with.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{Tab, brussels, tabs};
use crate::app::AppState;
use crate::domain::funding::{CallRecord, Eur};
use crate::domain::records::FieldError;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::store::{CallLine, WriteError};
use crate::web::language::PageLang;
use crate::web::pages::Choice;
use crate::web::workbench::auth::{SignedForm, Staff};
use crate::web::workbench::controls::Control;
use crate::web::workbench::outcome::{Refusal, lead_on, with_status};
use crate::web::workbench::pages::{FieldErrors, StaffView};
use crate::web::{error_page, respond};

/// A call as the list shows it.
pub struct CallRow {
    pub line: CallLine,
    pub deadline: String,
    pub budget: String,
}

#[derive(Template)]
#[template(path = "workbench/funding/calls.html")]
pub struct CallsPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub tabs: Vec<Tab>,
    pub rows: Vec<CallRow>,
    pub may_create: bool,
}

pub async fn list_funding_calls(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
) -> Response {
    let page = async {
        let rows = state
            .store
            .funding_call_lines()
            .await?
            .into_iter()
            .map(|line| CallRow {
                deadline: brussels(&t, line.deadline),
                budget: line.budget.map(|b| b.display(t.lang())).unwrap_or_default(),
                line,
            })
            .collect();
        Ok::<_, AppError>(CallsPage {
            title: t.t("funding-calls-title"),
            tabs: tabs(&t, "/calls"),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
            rows,
            may_create: staff.principal.is_admin(),
        })
    }
    .await;
    respond(&t, &here, page)
}

/// The form as posted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CallForm {
    pub version: Option<i64>,
    pub identifier: String,
    pub action: String,
    pub title: String,
    pub opens_on: String,
    pub deadline: String,
    pub budget: String,
    pub url: String,
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

impl CallForm {
    fn from_record(version: i64, r: &CallRecord) -> CallForm {
        CallForm {
            version: Some(version),
            identifier: r.identifier.clone(),
            action: r.action.clone(),
            title: r.title.clone(),
            opens_on: r.opens_on.clone().unwrap_or_default(),
            // The input is a datetime-local control: "2027-03-05T17:00".
            deadline: r.deadline.replacen(' ', "T", 1),
            budget: r.budget.map(Eur::text).unwrap_or_default(),
            url: r.url.clone().unwrap_or_default(),
        }
    }

    fn to_record(&self) -> Result<CallRecord, Vec<FieldError>> {
        let mut problems = Vec::new();
        let budget = match optional(&self.budget) {
            None => None,
            Some(text) => match Eur::parse(&text) {
                Ok(b) => Some(b),
                Err(e) => {
                    problems.push(FieldError::new("budget", "funding-money", e.0));
                    None
                }
            },
        };
        let record = CallRecord {
            identifier: self.identifier.trim().to_owned(),
            action: self.action.trim().to_owned(),
            title: self.title.trim().to_owned(),
            opens_on: optional(&self.opens_on),
            deadline: self.deadline.trim().replacen('T', " ", 1),
            budget,
            url: optional(&self.url),
        };
        if let Err(more) = record.check() {
            problems.extend(more);
        }
        if problems.is_empty() {
            Ok(record)
        } else {
            Err(problems)
        }
    }
}

#[derive(Template)]
#[template(path = "workbench/funding/call_form.html")]
pub struct CallFormPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub tabs: Vec<Tab>,
    pub controls: Vec<Control>,
    pub errors: FieldErrors,
    pub form: CallForm,
    pub editing: Option<i64>,
    pub saved: bool,
    pub may_save: bool,
}

struct Context<'a> {
    t: &'a Tr,
    here: &'a str,
    staff: &'a Staff,
    state: &'a AppState,
}

impl Context<'_> {
    async fn page(
        &self,
        form: CallForm,
        problems: &[FieldError],
        editing: Option<i64>,
        saved: bool,
    ) -> Result<CallFormPage, AppError> {
        let t = self.t;
        let errors = FieldErrors::new(t, problems);
        let catalogue = self.state.store.funding_catalogue().await?;
        let chosen = form.action.as_str();
        let actions = catalogue
            .programmes
            .iter()
            .flat_map(|p| {
                p.actions.iter().map(move |a| Choice {
                    value: a.key.clone(),
                    label: format!("{} – {}", p.name, a.name),
                    selected: a.key == chosen,
                })
            })
            .collect();
        let controls = vec![
            Control::text(
                &errors,
                "identifier",
                "identifier",
                t.t("funding-call-identifier"),
                &form.identifier,
            )
            .hint(t.t("funding-call-identifier-hint"))
            .required(),
            Control::select(
                &errors,
                "action",
                "action",
                t.t("funding-call-action"),
                actions,
            )
            .empty_option(t.t("funding-choose"))
            .required(),
            Control::text(
                &errors,
                "title",
                "title",
                t.t("funding-call-name"),
                &form.title,
            )
            .required(),
            Control::text(
                &errors,
                "opens_on",
                "opens_on",
                t.t("funding-call-opens"),
                &form.opens_on,
            )
            .kind("date"),
            Control::text(
                &errors,
                "deadline",
                "deadline",
                t.t("funding-call-deadline"),
                &form.deadline,
            )
            .kind("datetime-local")
            .hint(t.t("funding-call-deadline-hint"))
            .required(),
            Control::text(
                &errors,
                "budget",
                "budget",
                t.t("funding-call-budget"),
                &form.budget,
            )
            .mode("decimal")
            .hint(t.t("funding-money-hint")),
            Control::text(&errors, "url", "url", t.t("funding-call-url"), &form.url).kind("url"),
        ];
        let title = match editing {
            Some(_) => t.t1("funding-call-edit-title", "id", &form.identifier),
            None => t.t("funding-call-new-title"),
        };
        Ok(CallFormPage {
            title,
            t: t.clone(),
            here: self.here.to_owned(),
            section: "workbench",
            staff: StaffView::of(self.staff),
            tabs: tabs(t, "/calls"),
            controls,
            errors,
            form,
            editing,
            saved,
            may_save: self.staff.principal.is_admin(),
        })
    }

    async fn refused(&self, form: CallForm, error: WriteError, editing: Option<i64>) -> Response {
        match Refusal::from(error) {
            Refusal::Form(status, problems) => with_status(
                respond(
                    self.t,
                    self.here,
                    self.page(form, &problems, editing, false).await,
                ),
                status,
            ),
            Refusal::Page(error) => error_page(&error, self.t, self.here),
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SavedQuery {
    saved: Option<String>,
}

fn saved_at(t: &Tr, id: i64) -> Response {
    Redirect::to(&format!(
        "/{}/workbench/funding/calls/{id}?saved=1",
        t.lang()
    ))
    .into_response()
}

pub async fn show_new_funding_call(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
) -> Response {
    if !staff.principal.is_admin() {
        return error_page(
            &AppError::Forbidden(t.t("funding-calls-admins-only")),
            &t,
            &here,
        );
    }
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
        state: &state,
    };
    let page = ctx.page(CallForm::default(), &[], None, false).await;
    respond(&t, &here, page)
}

pub async fn create_funding_call(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    SignedForm { staff, form }: SignedForm<CallForm>,
) -> Response {
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
        state: &state,
    };
    let record = match form.to_record() {
        Ok(record) => record,
        Err(problems) => return ctx.refused(form, WriteError::Invalid(problems), None).await,
    };
    match state
        .store
        .create_funding_call(&staff.principal, &record)
        .await
    {
        Ok(stored) => saved_at(&t, stored.id),
        Err(e) => ctx.refused(form, e, None).await,
    }
}

pub async fn edit_funding_call(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(id): Path<i64>,
    Query(query): Query<SavedQuery>,
) -> Response {
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
        state: &state,
    };
    let page = async {
        let stored = state
            .store
            .funding_call_record(id)
            .await?
            .ok_or_else(|| AppError::not_found("call", id.to_string()))?;
        let form = CallForm::from_record(stored.version, &stored.record);
        ctx.page(form, &[], Some(id), query.saved.is_some()).await
    }
    .await;
    respond(&t, &here, page)
}

pub async fn save_funding_call(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<CallForm>,
) -> Response {
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
        state: &state,
    };
    let record = match form.to_record() {
        Ok(record) => record,
        Err(problems) => {
            return ctx
                .refused(form, WriteError::Invalid(problems), Some(id))
                .await;
        }
    };
    let Some(version) = form.version else {
        return error_page(&AppError::BadRequest(t.t("form-malformed")), &t, &here);
    };
    match state
        .store
        .update_funding_call(&staff.principal, id, version, &record)
        .await
    {
        Ok(_) => saved_at(&t, id),
        Err(e) => ctx.refused(form, e, Some(id)).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeleteForm {
    version: Option<i64>,
}

pub async fn delete_funding_call(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<DeleteForm>,
) -> Response {
    let deleted = state
        .store
        .delete_funding_call(&staff.principal, id, form.version)
        .await;
    lead_on(
        deleted,
        &t,
        &here,
        format!("/{}/workbench/funding/calls", t.lang()),
    )
}
