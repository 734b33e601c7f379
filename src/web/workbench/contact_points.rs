//! Contact points in the workbench: the offices the public writes to, per body.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::{SignedForm, Staff};
use super::outcome::{Refusal, lead_on, with_status};
use super::pages::{FieldErrors, StaffView, field_id};
use crate::app::AppState;
use crate::domain::records::{ContactPointRecord, FieldError};
use crate::error::AppError;
use crate::i18n::{LANGUAGES, Tr};
use crate::store::{ContactPointLine, WriteError};
use crate::web::language::PageLang;
use crate::web::{error_page, respond};

/// The form as posted; `note` holds one text per language of [`LANGUAGES`], in that order.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ContactPointForm {
    pub version: Option<i64>,
    pub body: String,
    pub organisation: String,
    /// One unit per line, largest first.
    pub units: String,
    pub street: String,
    pub postal_code: String,
    pub locality: String,
    pub country: String,
    pub phone: String,
    pub fax: String,
    pub email: String,
    pub source: String,
    pub note: Vec<String>,
    #[serde(skip)]
    pub original_notes: BTreeMap<String, String>,
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

impl ContactPointForm {
    fn from_record(version: Option<i64>, r: &ContactPointRecord) -> ContactPointForm {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        ContactPointForm {
            version,
            body: r.body.clone(),
            organisation: r.organisation.clone(),
            units: r.units.join("\n"),
            street: text(&r.street),
            postal_code: text(&r.postal_code),
            locality: text(&r.locality),
            country: text(&r.country),
            phone: text(&r.phone),
            fax: text(&r.fax),
            email: text(&r.email),
            source: text(&r.source),
            note: LANGUAGES
                .iter()
                .map(|l| r.note.get(*l).cloned().unwrap_or_default())
                .collect(),
            original_notes: r.note.clone(),
        }
    }

    fn to_record(&self) -> Result<ContactPointRecord, Vec<FieldError>> {
        let mut note: BTreeMap<String, String> = self
            .original_notes
            .iter()
            .filter(|(l, _)| !LANGUAGES.contains(&l.as_str()))
            .map(|(l, t)| (l.clone(), t.clone()))
            .collect();
        for (lang, text) in LANGUAGES.iter().zip(&self.note) {
            if !text.trim().is_empty() {
                note.insert((*lang).to_owned(), text.replace("\r\n", "\n"));
            }
        }
        let record = ContactPointRecord {
            body: self.body.trim().to_owned(),
            organisation: self.organisation.trim().to_owned(),
            units: self
                .units
                .lines()
                .map(str::trim)
                .filter(|u| !u.is_empty())
                .map(str::to_owned)
                .collect(),
            street: optional(&self.street),
            postal_code: optional(&self.postal_code),
            locality: optional(&self.locality),
            country: optional(&self.country),
            phone: optional(&self.phone),
            fax: optional(&self.fax),
            email: optional(&self.email),
            source: optional(&self.source),
            note,
        };
        record.check()?;
        Ok(record)
    }

    fn note_in(&self, index: &usize) -> &str {
        self.note.get(*index).map(String::as_str).unwrap_or("")
    }
}

#[derive(Template)]
#[template(path = "workbench/contact_points.html")]
pub struct ContactPointsPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub lines: Vec<ContactPointLine>,
    pub may_create: bool,
}

#[derive(Template)]
#[template(path = "workbench/contact_point_form.html")]
pub struct ContactPointFormPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub form: ContactPointForm,
    pub errors: FieldErrors,
    pub editing: Option<i64>,
    pub saved: bool,
}

impl ContactPointFormPage {
    fn id(&self, field: &str) -> String {
        field_id(field)
    }

    /// Single-line fields: name, label key, value, autocomplete token.
    fn lines(&self) -> Vec<(&'static str, &'static str, &str, &'static str)> {
        let f = &self.form;
        vec![
            ("body", "contact-point-body", f.body.as_str(), "off"),
            (
                "organisation",
                "contact-point-organisation",
                f.organisation.as_str(),
                "organization",
            ),
            (
                "street",
                "contact-point-street",
                f.street.as_str(),
                "street-address",
            ),
            (
                "postal_code",
                "contact-point-postal-code",
                f.postal_code.as_str(),
                "postal-code",
            ),
            (
                "locality",
                "contact-point-locality",
                f.locality.as_str(),
                "address-level2",
            ),
            (
                "country",
                "contact-point-country",
                f.country.as_str(),
                "country",
            ),
            ("phone", "contact-point-phone", f.phone.as_str(), "tel"),
            ("fax", "contact-point-fax", f.fax.as_str(), "off"),
            ("email", "contact-point-email", f.email.as_str(), "email"),
            ("source", "form-source", f.source.as_str(), "off"),
        ]
    }

    fn languages(&self) -> Vec<(usize, &'static str, String)> {
        LANGUAGES
            .iter()
            .enumerate()
            .map(|(i, l)| (i, *l, self.t.language_name(l)))
            .collect()
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SavedQuery {
    saved: Option<String>,
    body: String,
}

fn scope(staff: &Staff) -> Option<&[i64]> {
    (!staff.principal.is_admin()).then_some(staff.principal.scope.as_slice())
}

pub async fn list_contact_points(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
) -> Response {
    let page = async {
        Ok::<_, AppError>(ContactPointsPage {
            title: t.t("contact-points-title"),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
            lines: state.store.contact_point_lines(scope(&staff)).await?,
            may_create: staff.principal.may_edit_anything(),
        })
    }
    .await;
    respond(&t, &here, page)
}

struct Context<'a> {
    t: &'a Tr,
    here: &'a str,
    staff: &'a Staff,
}

impl Context<'_> {
    fn page(
        &self,
        form: ContactPointForm,
        errors: &[FieldError],
        editing: Option<i64>,
        saved: bool,
    ) -> ContactPointFormPage {
        let title = match editing {
            Some(_) => self
                .t
                .t1("contact-point-edit-title", "name", &form.organisation),
            None => self.t.t("contact-point-new-title"),
        };
        ContactPointFormPage {
            title,
            t: self.t.clone(),
            here: self.here.to_owned(),
            section: "workbench",
            staff: StaffView::of(self.staff),
            errors: FieldErrors::new(self.t, errors),
            form,
            editing,
            saved,
        }
    }

    fn refused(&self, form: ContactPointForm, error: WriteError, editing: Option<i64>) -> Response {
        match Refusal::from(error) {
            Refusal::Form(status, problems) => with_status(
                respond(
                    self.t,
                    self.here,
                    Ok(self.page(form, &problems, editing, false)),
                ),
                status,
            ),
            Refusal::Page(error) => error_page(&error, self.t, self.here),
        }
    }
}

fn saved_at(t: &Tr, id: i64) -> Response {
    Redirect::to(&format!(
        "/{}/workbench/contact-points/{id}?saved=1",
        t.lang()
    ))
    .into_response()
}

pub async fn show_new_contact_point(
    PageLang { t, here }: PageLang,
    staff: Staff,
    Query(query): Query<SavedQuery>,
) -> Response {
    if !staff.principal.may_edit_anything() {
        return error_page(&AppError::Forbidden(t.t("workbench-read-only")), &t, &here);
    }
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
    };
    let form = ContactPointForm {
        body: query.body.trim().to_owned(),
        note: vec![String::new(); LANGUAGES.len()],
        ..ContactPointForm::default()
    };
    respond(&t, &here, Ok(ctx.page(form, &[], None, false)))
}

pub async fn create_contact_point(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    SignedForm { staff, form }: SignedForm<ContactPointForm>,
) -> Response {
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
    };
    let record = match form.to_record() {
        Ok(record) => record,
        Err(problems) => return ctx.refused(form, WriteError::Invalid(problems), None),
    };
    match state
        .store
        .create_contact_point(&staff.principal, &record)
        .await
    {
        Ok(stored) => saved_at(&t, stored.id),
        Err(e) => ctx.refused(form, e, None),
    }
}

pub async fn edit_contact_point(
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
    };
    let page = async {
        let stored = state
            .store
            .contact_point_record(id)
            .await?
            .ok_or_else(|| AppError::not_found("contact point", id.to_string()))?;
        let form = ContactPointForm::from_record(Some(stored.version), &stored.record);
        Ok::<_, AppError>(ctx.page(form, &[], Some(id), query.saved.is_some()))
    }
    .await;
    respond(&t, &here, page)
}

pub async fn save_contact_point(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, mut form }: SignedForm<ContactPointForm>,
) -> Response {
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
    };
    match state.store.contact_point_record(id).await {
        Ok(Some(stored)) => form.original_notes = stored.record.note,
        Ok(None) => {
            return error_page(
                &AppError::not_found("contact point", id.to_string()),
                &t,
                &here,
            );
        }
        Err(e) => return error_page(&e.into(), &t, &here),
    }
    let record = match form.to_record() {
        Ok(record) => record,
        Err(problems) => return ctx.refused(form, WriteError::Invalid(problems), Some(id)),
    };
    let Some(version) = form.version else {
        return error_page(&AppError::BadRequest(t.t("form-malformed")), &t, &here);
    };
    match state
        .store
        .update_contact_point(&staff.principal, id, version, &record)
        .await
    {
        Ok(_) => saved_at(&t, id),
        Err(e) => ctx.refused(form, e, Some(id)),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeleteForm {
    version: Option<i64>,
}

pub async fn delete_contact_point(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<DeleteForm>,
) -> Response {
    let deleted = state
        .store
        .delete_contact_point(&staff.principal, id, form.version)
        .await;
    let history = format!(
        "/{}/workbench/history/contact_point/{id}?deleted=1",
        t.lang()
    );
    lead_on(deleted, &t, &here, history)
}
