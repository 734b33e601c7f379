//! Creating, editing and deleting bodies in the workbench. Editors change the bodies of their
//! scope; administrators change any body and alone create and delete them. The store checks the
//! same rights on every write; the handlers check them first so nobody fills in a form in vain.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::auth::{SignedForm, Staff};
use super::body_form::{BodyForm, FactRow, NameRow, PredecessorRow, RowMap, YES, in_form_order};
use super::controls::Control;
use super::outcome::{Refusal, lead_on, with_status};
use super::pages::{FieldErrors, StaffView};
use crate::app::AppState;
use crate::domain::audit::Entity;
use crate::domain::records::FieldError;
use crate::domain::values::Slug;
use crate::domain::vocab::{BodyKind, FactKey, NameKind, SuccessionKind};
use crate::error::AppError;
use crate::i18n::{LANGUAGES, Tr};
use crate::store::WriteError;
use crate::web::language::PageLang;
use crate::web::pages::Choice;
use crate::web::{error_page, respond};

pub fn router() -> Router<AppState> {
    let mut router = Router::new();
    for lang in LANGUAGES {
        let at = |path: &str| format!("/{lang}/workbench/bodies{path}");
        router = router
            .route(&at(""), get(open_body))
            .route(&at("/new"), get(show_new_body).post(create_body))
            .route(&at("/{slug}"), get(edit_body).post(save_body))
            .route(&at("/{slug}/delete"), post(delete_body));
    }
    router
}

#[derive(Template)]
#[template(path = "workbench/body_form.html")]
pub struct BodyFormPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub form: BodyForm,
    pub errors: FieldErrors,
    /// The stored slug, when editing; `None` for a new body.
    pub editing: Option<String>,
    pub entity_id: Option<i64>,
    pub saved: bool,
    /// Administrators may delete a body (when nothing refers to it).
    pub may_delete: bool,
}

impl BodyFormPage {
    fn options(&self, family: &str, keys: &[&'static str], selected: &str) -> Vec<Choice> {
        keys.iter()
            .map(|k| Choice {
                value: (*k).to_owned(),
                label: self.t.vocab(family, k),
                selected: *k == selected,
            })
            .collect()
    }

    /// A single-line field whose name is its problem key.
    fn text(&self, field: &'static str, label: &str, value: &str) -> Control {
        Control::text(&self.errors, field, field, self.t.t(label), value)
    }

    /// Name, identifier, kind, country, parent and website.
    pub fn basics(&self) -> Vec<Control> {
        let (t, f) = (&self.t, &self.form);
        let kinds: Vec<_> = BodyKind::ALL.iter().map(|v| v.as_str()).collect();
        vec![
            self.text("name", "body-form-name", &f.name).required(),
            self.text("slug", "body-form-slug", &f.slug)
                .required()
                .hint(t.t("body-form-slug-hint")),
            Control::select(
                &self.errors,
                "kind",
                "kind",
                t.t("body-kind-label"),
                self.options("body-kind", &kinds, &f.kind),
            ),
            self.text("country", "body-form-country", &f.country)
                .required()
                .hint(t.t("body-form-country-hint")),
            self.text("parent", "body-form-parent", &f.parent)
                .shared_hint("f-slug-hint"),
            self.text("website", "body-form-website", &f.website)
                .kind("url")
                .hint(t.t("body-form-website-hint")),
        ]
    }

    pub fn coordinates(&self) -> Vec<Control> {
        let f = &self.form;
        vec![
            self.text("latitude", "body-form-latitude", &f.latitude)
                .mode("decimal")
                .shared_hint("f-coordinates-hint"),
            self.text("longitude", "body-form-longitude", &f.longitude)
                .mode("decimal")
                .shared_hint("f-coordinates-hint"),
        ]
    }

    pub fn identifiers(&self) -> Vec<Control> {
        let (t, f) = (&self.t, &self.form);
        vec![
            self.text("nuts_code", "body-form-nuts", &f.nuts_code),
            self.text("lau_code", "body-form-lau", &f.lau_code),
            self.text("wikidata_id", "body-form-wikidata", &f.wikidata_id)
                .hint(t.t("body-form-wikidata-hint")),
            self.text("geonames_id", "body-form-geonames", &f.geonames_id)
                .mode("numeric")
                .hint(t.t("body-form-geonames-hint")),
            self.text("iso_3166_2", "body-form-iso-3166-2", &f.iso_3166_2)
                .hint(t.t("body-form-iso-3166-2-hint")),
            self.text("source", "form-source", &f.source),
        ]
    }

    pub fn validity(&self) -> Vec<Control> {
        let f = &self.form;
        vec![
            self.text("valid_from", "body-form-valid-from", &f.valid_from)
                .mode("numeric")
                .shared_hint("f-date-hint"),
            self.text("valid_to", "body-form-valid-to", &f.valid_to)
                .mode("numeric")
                .shared_hint("f-date-hint"),
        ]
    }

    pub fn descriptions(&self) -> Vec<Control> {
        LANGUAGES
            .iter()
            .enumerate()
            .map(|(i, lang)| {
                Control::text(
                    &self.errors,
                    format!("description.{lang}"),
                    "description",
                    self.t.language_name(lang),
                    self.form.description_in(i),
                )
                .kind("textarea")
                .lang(lang)
            })
            .collect()
    }

    pub fn name_controls(&self, row: &NameRow) -> Vec<Control> {
        let (t, e, i) = (&self.t, &self.errors, row.index);
        let kinds: Vec<_> = NameKind::ALL.iter().map(|v| v.as_str()).collect();
        vec![
            Control::text(
                e,
                format!("names[{i}].name"),
                "n_name",
                t.t("body-form-name-text"),
                &row.name,
            ),
            Control::text(
                e,
                format!("names[{i}].lang"),
                "n_lang",
                t.t("body-form-language"),
                &row.lang,
            )
            .shared_hint("f-language-hint"),
            Control::select(
                e,
                format!("names[{i}].kind"),
                "n_kind",
                t.t("body-form-name-kind"),
                self.options("name-kind", &kinds, &row.kind),
            )
            .empty_option(t.t("form-choose-none")),
        ]
    }

    pub fn fact_controls(&self, row: &FactRow) -> Vec<Control> {
        let (t, e, i) = (&self.t, &self.errors, row.index);
        let keys: Vec<_> = FactKey::ALL.iter().map(|v| v.as_str()).collect();
        let field = |name: &str| format!("facts[{i}].{name}");
        let approximate = [
            ("no", "form-no", !row.approximate),
            (YES, "form-yes", row.approximate),
        ]
        .into_iter()
        .map(|(value, label, selected)| Choice {
            value: value.into(),
            label: t.t(label),
            selected,
        })
        .collect();
        vec![
            Control::select(
                e,
                field("key"),
                "f_key",
                t.t("body-form-fact-key"),
                self.options("fact", &keys, &row.key),
            )
            .empty_option(t.t("form-choose-none")),
            Control::text(
                e,
                field("value"),
                "f_value",
                t.t("body-form-fact-value"),
                &row.value,
            )
            .mode("decimal"),
            Control::text(
                e,
                field("unit"),
                "f_unit",
                t.t("body-form-fact-unit"),
                &row.unit,
            ),
            Control::select(
                e,
                field("approximate"),
                "f_approximate",
                t.t("body-form-fact-approximate"),
                approximate,
            ),
            Control::text(
                e,
                field("text"),
                "f_text",
                t.t("body-form-fact-text"),
                &row.text,
            ),
            Control::text(
                e,
                field("lang"),
                "f_lang",
                t.t("body-form-language"),
                &row.lang,
            )
            .shared_hint("f-language-hint"),
            Control::text(
                e,
                field("as_of"),
                "f_as_of",
                t.t("body-form-fact-as-of"),
                &row.as_of,
            )
            .mode("numeric")
            .shared_hint("f-date-hint"),
            Control::text(
                e,
                field("source"),
                "f_source",
                t.t("form-source"),
                &row.source,
            ),
            Control::text(
                e,
                field("note"),
                "f_note",
                t.t("body-form-fact-note"),
                &row.note,
            ),
        ]
    }

    pub fn predecessor_controls(&self, row: &PredecessorRow) -> Vec<Control> {
        let (t, e, i) = (&self.t, &self.errors, row.index);
        let kinds: Vec<_> = SuccessionKind::ALL.iter().map(|v| v.as_str()).collect();
        let field = |name: &str| format!("predecessors[{i}].{name}");
        vec![
            Control::text(
                e,
                field("body"),
                "p_body",
                t.t("body-form-predecessor-body"),
                &row.body,
            )
            .shared_hint("f-slug-hint"),
            Control::select(
                e,
                field("kind"),
                "p_kind",
                t.t("body-form-predecessor-kind"),
                self.options("succession", &kinds, &row.kind),
            )
            .empty_option(t.t("form-choose-none")),
            Control::text(
                e,
                field("date"),
                "p_date",
                t.t("body-form-predecessor-date"),
                &row.date,
            )
            .mode("numeric")
            .shared_hint("f-date-hint"),
            Control::text(
                e,
                field("source"),
                "p_source",
                t.t("form-source"),
                &row.source,
            ),
            Control::text(
                e,
                field("note"),
                "p_note",
                t.t("body-form-fact-note"),
                &row.note,
            ),
        ]
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EditQuery {
    saved: Option<String>,
}

struct FormContext<'a> {
    t: &'a Tr,
    here: &'a str,
    staff: &'a Staff,
}

impl FormContext<'_> {
    fn page(
        &self,
        form: BodyForm,
        errors: &[FieldError],
        editing: Option<(String, i64)>,
        saved: bool,
    ) -> BodyFormPage {
        let t = self.t;
        let title = match &editing {
            Some((slug, _)) => t.t1("edit-body-title", "slug", slug),
            None => t.t("new-body-title"),
        };
        BodyFormPage {
            title,
            t: t.clone(),
            here: self.here.to_owned(),
            section: "workbench",
            staff: StaffView::of(self.staff),
            errors: FieldErrors::new(t, errors),
            editing: editing.as_ref().map(|(slug, _)| slug.clone()),
            entity_id: editing.map(|(_, id)| id),
            saved,
            may_delete: self.staff.principal.may_create_bodies(),
            form,
        }
    }

    /// The form again with its problems, keeping everything typed: 422 for problems of the
    /// record, 409 when someone else saved first.
    fn refused(
        &self,
        form: BodyForm,
        error: WriteError,
        rows: &RowMap,
        editing: Option<(String, i64)>,
    ) -> Response {
        let (status, mut problems) = match Refusal::from(error) {
            Refusal::Form(status, problems) => (status, rows.all_to_form(problems)),
            Refusal::Page(error) => return error_page(&error, self.t, self.here),
        };
        in_form_order(&mut problems);
        let page = self.page(form, &problems, editing, false);
        with_status(respond(self.t, self.here, Ok(page)), status)
    }
}

fn edit_address(t: &Tr, slug: &str) -> String {
    format!("/{}/workbench/bodies/{slug}", t.lang())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OpenQuery {
    slug: String,
}

/// The dashboard's "edit a body" box: from an identifier to that body's form.
pub async fn open_body(
    PageLang { t, here }: PageLang,
    _staff: Staff,
    Query(query): Query<OpenQuery>,
) -> Response {
    match Slug::parse(query.slug.trim()) {
        Ok(_) => Redirect::to(&edit_address(&t, query.slug.trim())).into_response(),
        Err(_) => error_page(&AppError::BadRequest(t.t("field-error-slug")), &t, &here),
    }
}

pub async fn show_new_body(PageLang { t, here }: PageLang, staff: Staff) -> Response {
    if !staff.principal.may_create_bodies() {
        return error_page(
            &AppError::Forbidden(t.t("workbench-admins-only")),
            &t,
            &here,
        );
    }
    let ctx = FormContext {
        t: &t,
        here: &here,
        staff: &staff,
    };
    respond(
        &t,
        &here,
        Ok(ctx.page(BodyForm::new_body(), &[], None, false)),
    )
}

pub async fn create_body(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    SignedForm { staff, form }: SignedForm<BodyForm>,
) -> Response {
    if !staff.principal.may_create_bodies() {
        return error_page(
            &AppError::Forbidden(t.t("workbench-admins-only")),
            &t,
            &here,
        );
    }
    let ctx = FormContext {
        t: &t,
        here: &here,
        staff: &staff,
    };
    let (record, rows) = match form.to_record() {
        Ok(found) => found,
        Err(problems) => {
            let error = WriteError::Invalid(problems);
            return ctx.refused(form, error, &RowMap::default(), None);
        }
    };
    match state.store.create_body(&staff.principal, &record).await {
        Ok(stored) => Redirect::to(&format!(
            "{}?saved=1",
            edit_address(&t, &stored.record.slug)
        ))
        .into_response(),
        Err(e) => ctx.refused(form, e, &rows, None),
    }
}

/// Editors see the forms of their own bodies only.
fn not_permitted(t: &Tr) -> AppError {
    AppError::Forbidden(t.t("body-not-in-scope"))
}

pub async fn edit_body(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(slug): Path<String>,
    Query(query): Query<EditQuery>,
) -> Response {
    let ctx = FormContext {
        t: &t,
        here: &here,
        staff: &staff,
    };
    let page = async {
        let stored = state
            .store
            .body_record(&slug)
            .await?
            .ok_or_else(|| AppError::not_found("body", &slug))?;
        if !staff.principal.may_edit_body(stored.id) {
            return Err(not_permitted(&t));
        }
        let form = BodyForm::from_record(Some(stored.version), &stored.record);
        Ok(ctx.page(
            form,
            &[],
            Some((slug.clone(), stored.id)),
            query.saved.is_some(),
        ))
    }
    .await;
    respond(&t, &here, page)
}

pub async fn save_body(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(slug): Path<String>,
    SignedForm { staff, mut form }: SignedForm<BodyForm>,
) -> Response {
    let ctx = FormContext {
        t: &t,
        here: &here,
        staff: &staff,
    };
    let stored = match state.store.body_record(&slug).await {
        Ok(Some(stored)) => stored,
        Ok(None) => return error_page(&AppError::not_found("body", &slug), &t, &here),
        Err(e) => return error_page(&e.into(), &t, &here),
    };
    if !staff.principal.may_edit_body(stored.id) {
        return error_page(&not_permitted(&t), &t, &here);
    }
    let editing = Some((slug.clone(), stored.id));
    // Descriptions in languages the form does not show are kept from the version opened.
    form.original = Some(stored.record);
    let (record, rows) = match form.to_record() {
        Ok(found) => found,
        Err(problems) => {
            let error = WriteError::Invalid(problems);
            return ctx.refused(form, error, &RowMap::default(), editing);
        }
    };
    let Some(version) = form.version else {
        let error = WriteError::Invalid(vec![FieldError::new(
            "version",
            "stale",
            "the form lacks the version it was opened at",
        )]);
        return ctx.refused(form, error, &rows, editing);
    };
    match state
        .store
        .update_body(&staff.principal, &slug, version, &record)
        .await
    {
        Ok(saved) => Redirect::to(&format!("{}?saved=1", edit_address(&t, &saved.record.slug)))
            .into_response(),
        Err(e) => ctx.refused(form, e, &rows, editing),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeleteForm {
    version: Option<i64>,
}

pub async fn delete_body(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(slug): Path<String>,
    SignedForm { staff, form }: SignedForm<DeleteForm>,
) -> Response {
    if !staff.principal.may_create_bodies() {
        return error_page(
            &AppError::Forbidden(t.t("workbench-admins-only")),
            &t,
            &here,
        );
    }
    let id = match state.store.body_record(&slug).await {
        Ok(Some(stored)) => stored.id,
        Ok(None) => return error_page(&AppError::not_found("body", &slug), &t, &here),
        Err(e) => return error_page(&e.into(), &t, &here),
    };
    let deleted = state
        .store
        .delete_body(&staff.principal, &slug, form.version)
        .await;
    let history = format!(
        "/{}/workbench/history/{}/{id}?deleted=1",
        t.lang(),
        Entity::Body.key()
    );
    lead_on(deleted, &t, &here, history)
}
