//! The practice exchange in the workbench: the list of practices an editor may see, and the form to
//! create, change and delete one (audited; editors only for practices of their own bodies).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::{SignedForm, Staff};
use super::outcome::{Refusal, lead_on, with_status};
use super::pages::{FieldErrors, StaffView};
use crate::app::AppState;
use crate::domain::practices::{PRACTICE_LANGUAGES, PracticeLink, PracticeRecord, slug_from};
use crate::domain::records::FieldError;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::store::{PracticeLine, WriteError};
use crate::web::language::PageLang;
use crate::web::{error_page, respond};

/// The form as posted; `title` and `description` hold one text per language of
/// [`PRACTICE_LANGUAGES`], in that order; `links` one link per line, "URL label".
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PracticeForm {
    pub version: Option<i64>,
    pub slug: String,
    pub region: String,
    pub topic: String,
    pub title: Vec<String>,
    pub description: Vec<String>,
    pub office: String,
    pub email: String,
    pub phone: String,
    pub links: String,
    pub as_of: String,
    pub published: Option<String>,
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// "https://example.org/x Label words" per line; a line without a label is kept with an empty
/// one, so the check names it.
fn parse_links(text: &str) -> Vec<PracticeLink> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| match line.split_once(char::is_whitespace) {
            Some((url, label)) => PracticeLink {
                url: url.to_owned(),
                label: label.trim().to_owned(),
            },
            None => PracticeLink {
                url: line.to_owned(),
                label: String::new(),
            },
        })
        .collect()
}

impl PracticeForm {
    fn from_record(version: Option<i64>, r: &PracticeRecord) -> PracticeForm {
        let per_lang = |texts: &std::collections::BTreeMap<String, String>| {
            PRACTICE_LANGUAGES
                .iter()
                .map(|l| texts.get(*l).cloned().unwrap_or_default())
                .collect()
        };
        PracticeForm {
            version,
            slug: r.slug.clone(),
            region: r.region.clone(),
            topic: r.topic.clone(),
            title: per_lang(&r.title),
            description: per_lang(&r.description),
            office: r.office.clone(),
            email: r.email.clone().unwrap_or_default(),
            phone: r.phone.clone().unwrap_or_default(),
            links: r
                .links
                .iter()
                .map(|l| format!("{} {}", l.url, l.label))
                .collect::<Vec<_>>()
                .join("\n"),
            as_of: r.as_of.clone().unwrap_or_default(),
            published: r.published.then(|| "on".to_owned()),
        }
    }

    fn to_record(&self) -> Result<PracticeRecord, Vec<FieldError>> {
        let mut title = std::collections::BTreeMap::new();
        let mut description = std::collections::BTreeMap::new();
        for (i, lang) in PRACTICE_LANGUAGES.iter().enumerate() {
            if let Some(t) = self.title.get(i).filter(|t| !t.trim().is_empty()) {
                title.insert((*lang).to_owned(), t.trim().to_owned());
            }
            if let Some(d) = self.description.get(i).filter(|d| !d.trim().is_empty()) {
                description.insert(
                    (*lang).to_owned(),
                    d.replace("\r\n", "\n").trim().to_owned(),
                );
            }
        }
        let slug = match optional(&self.slug) {
            Some(slug) => slug,
            None => title.get("de").map(|t| slug_from(t)).unwrap_or_default(),
        };
        let record = PracticeRecord {
            slug,
            region: self.region.trim().to_owned(),
            topic: self.topic.trim().to_owned(),
            title,
            description,
            office: self.office.trim().to_owned(),
            email: optional(&self.email),
            phone: optional(&self.phone),
            links: parse_links(&self.links),
            as_of: optional(&self.as_of),
            published: self.published.is_some(),
        };
        record.check()?;
        Ok(record)
    }

    fn title_in(&self, index: &usize) -> &str {
        self.title.get(*index).map(String::as_str).unwrap_or("")
    }

    fn description_in(&self, index: &usize) -> &str {
        self.description
            .get(*index)
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// The form shows the links in one field: problems of single links are shown there.
fn form_errors(t: &Tr, errors: &[FieldError]) -> FieldErrors {
    let errors: Vec<FieldError> = errors
        .iter()
        .cloned()
        .map(|mut e| {
            if e.field.starts_with("links") {
                e.field = "links".into();
            }
            e
        })
        .collect();
    FieldErrors::new(t, &errors)
}

#[derive(Template)]
#[template(path = "workbench/practices/list.html")]
pub struct PracticesListPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub lines: Vec<PracticeLine>,
    pub may_create: bool,
}

impl PracticesListPage {
    fn topic(&self, key: &str) -> String {
        let id = format!("practices-topic-{key}");
        if self.t.has(&id) {
            self.t.t(&id)
        } else {
            key.to_owned()
        }
    }
}

#[derive(Template)]
#[template(path = "workbench/practices/form.html")]
pub struct PracticeFormPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub form: PracticeForm,
    pub errors: FieldErrors,
    pub editing: Option<i64>,
    pub saved: bool,
    pub topics: Vec<(String, String)>,
}

impl PracticeFormPage {
    fn languages(&self) -> Vec<(usize, &'static str, String)> {
        PRACTICE_LANGUAGES
            .iter()
            .enumerate()
            .map(|(i, l)| (i, *l, self.t.language_name(l)))
            .collect()
    }

    /// The contact's fields: name, label key, value, input type, autocomplete token.
    fn contact_fields(
        &self,
    ) -> Vec<(&'static str, &'static str, &str, &'static str, &'static str)> {
        let f = &self.form;
        vec![
            (
                "office",
                "practices-field-office",
                f.office.as_str(),
                "text",
                "organization",
            ),
            (
                "email",
                "practices-field-email",
                f.email.as_str(),
                "email",
                "email",
            ),
            (
                "phone",
                "practices-field-phone",
                f.phone.as_str(),
                "tel",
                "tel",
            ),
        ]
    }

    fn is_published(&self) -> bool {
        self.form.published.is_some()
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SavedQuery {
    saved: Option<String>,
    region: String,
}

fn scope(staff: &Staff) -> Option<&[i64]> {
    (!staff.principal.is_admin()).then_some(staff.principal.scope.as_slice())
}

pub async fn list_workbench_practices(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
) -> Response {
    let page = async {
        Ok::<_, AppError>(PracticesListPage {
            title: t.t("practices-workbench-title"),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
            lines: state.store.practice_lines(scope(&staff)).await?,
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
    topics: Vec<String>,
}

impl Context<'_> {
    async fn new<'a>(
        state: &AppState,
        t: &'a Tr,
        here: &'a str,
        staff: &'a Staff,
    ) -> Result<Context<'a>, AppError> {
        Ok(Context {
            t,
            here,
            staff,
            topics: state.store.practice_topics().await?,
        })
    }

    fn page(
        &self,
        form: PracticeForm,
        errors: &[FieldError],
        editing: Option<i64>,
        saved: bool,
    ) -> PracticeFormPage {
        let title = match editing {
            Some(_) => self.t.t1("practices-edit-title", "name", &form.slug),
            None => self.t.t("practices-new-title"),
        };
        let topics = self
            .topics
            .iter()
            .map(|k| {
                let id = format!("practices-topic-{k}");
                let label = if self.t.has(&id) {
                    self.t.t(&id)
                } else {
                    k.clone()
                };
                (k.clone(), label)
            })
            .collect();
        PracticeFormPage {
            title,
            t: self.t.clone(),
            here: self.here.to_owned(),
            section: "workbench",
            staff: StaffView::of(self.staff),
            errors: form_errors(self.t, errors),
            form,
            editing,
            saved,
            topics,
        }
    }

    fn refused(&self, form: PracticeForm, error: WriteError, editing: Option<i64>) -> Response {
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
    Redirect::to(&format!("/{}/workbench/practices/{id}?saved=1", t.lang())).into_response()
}

pub async fn show_new_practice(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Query(query): Query<SavedQuery>,
) -> Response {
    if !staff.principal.may_edit_anything() {
        return error_page(&AppError::Forbidden(t.t("workbench-read-only")), &t, &here);
    }
    let ctx = match Context::new(&state, &t, &here, &staff).await {
        Ok(ctx) => ctx,
        Err(e) => return error_page(&e, &t, &here),
    };
    let form = PracticeForm {
        region: query.region.trim().to_owned(),
        title: vec![String::new(); PRACTICE_LANGUAGES.len()],
        description: vec![String::new(); PRACTICE_LANGUAGES.len()],
        published: Some("on".into()),
        ..PracticeForm::default()
    };
    respond(&t, &here, Ok(ctx.page(form, &[], None, false)))
}

pub async fn create_practice(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    SignedForm { staff, form }: SignedForm<PracticeForm>,
) -> Response {
    let ctx = match Context::new(&state, &t, &here, &staff).await {
        Ok(ctx) => ctx,
        Err(e) => return error_page(&e, &t, &here),
    };
    let record = match form.to_record() {
        Ok(record) => record,
        Err(problems) => return ctx.refused(form, WriteError::Invalid(problems), None),
    };
    match state.store.create_practice(&staff.principal, &record).await {
        Ok(stored) => saved_at(&t, stored.id),
        Err(e) => ctx.refused(form, e, None),
    }
}

pub async fn edit_practice(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(id): Path<i64>,
    Query(query): Query<SavedQuery>,
) -> Response {
    let page = async {
        let ctx = Context::new(&state, &t, &here, &staff).await?;
        let stored = state
            .store
            .practice_record(id)
            .await?
            .ok_or_else(|| AppError::not_found("practice", id.to_string()))?;
        if !staff.principal.may_read_internal() {
            return Err(AppError::Forbidden(t.t("workbench-not-permitted")));
        }
        let form = PracticeForm::from_record(Some(stored.version), &stored.record);
        Ok::<_, AppError>(ctx.page(form, &[], Some(id), query.saved.is_some()))
    }
    .await;
    respond(&t, &here, page)
}

pub async fn save_practice(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<PracticeForm>,
) -> Response {
    let ctx = match Context::new(&state, &t, &here, &staff).await {
        Ok(ctx) => ctx,
        Err(e) => return error_page(&e, &t, &here),
    };
    match state.store.practice_record(id).await {
        Ok(Some(_)) => {}
        Ok(None) => {
            return error_page(&AppError::not_found("practice", id.to_string()), &t, &here);
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
        .update_practice(&staff.principal, id, version, &record)
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

pub async fn delete_practice(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<DeleteForm>,
) -> Response {
    let deleted = state
        .store
        .delete_practice(&staff.principal, id, form.version)
        .await;
    let history = format!("/{}/workbench/history/practice/{id}?deleted=1", t.lang());
    lead_on(deleted, &t, &here, history)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_read_one_per_line_with_their_label() {
        let links = parse_links("https://example.org/a  Welcome centre\n\n  http://x.example/b\n");
        assert_eq!(
            links,
            vec![
                PracticeLink {
                    url: "https://example.org/a".into(),
                    label: "Welcome centre".into()
                },
                PracticeLink {
                    url: "http://x.example/b".into(),
                    label: String::new()
                },
            ]
        );
    }

    #[test]
    fn a_blank_slug_is_made_from_the_german_title() {
        let form = PracticeForm {
            region: "landkreis-harz".into(),
            topic: "welcome-centre".into(),
            title: vec!["Willkommenszentrum Harz".into()],
            office: "Amt".into(),
            ..PracticeForm::default()
        };
        assert_eq!(form.to_record().unwrap().slug, "willkommenszentrum-harz");
    }
}
