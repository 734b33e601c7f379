//! Activities in the workbench (`/{lang}/workbench/activities`): the list with filters by year,
//! partnership and kind; the form (partnerships, texts in the portal's languages, partner
//! organisations, the volunteer placement's details); an activity's page with its photos (upload
//! with alt text, removal) and the applications for funding that pay for it.

use std::collections::BTreeMap;

use askama::Template;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::auth::{SignedForm, Staff};
use super::controls::Control;
use super::outcome::{Refusal, lead_on, with_status};
use super::pages::{FieldErrors, StaffView};
use crate::activities::{PhotoUploadError, add_photo};
use crate::app::AppState;
use crate::domain::activities::{
    ActivityKind, ActivityRecord, ActivityText, OrganisationKind, OrganisationLine, Placement,
    Visibility,
};
use crate::domain::credentials::same_secret;
use crate::domain::records::FieldError;
use crate::error::AppError;
use crate::i18n::{LANGUAGES, Tr};
use crate::io::photos;
use crate::store::{
    ActivityFilter, ActivityLine, ActivityPartnership, FundingLink, PhotoInfo, Store, Stored,
    WriteError,
};
use crate::web::events::{kind_label, period};
use crate::web::language::PageLang;
use crate::web::pages::Choice;
use crate::web::{error_page, respond};

/// Lines of the list per page.
const PAGE_SIZE: i64 = 50;
/// Empty organisation rows the form offers below the filled ones.
const SPARE_ORGANISATIONS: usize = 2;

pub fn router() -> Router<AppState> {
    let mut router = Router::new();
    for lang in LANGUAGES {
        let at = |path: &str| format!("/{lang}/workbench/activities{path}");
        router = router
            .route(&at(""), get(list_activities))
            .route(&at("/new"), get(show_new_activity).post(create_activity))
            .route(&at("/{id}"), get(show_activity))
            .route(&at("/{id}/edit"), get(edit_activity).post(save_activity))
            .route(&at("/{id}/delete"), post(delete_activity))
            .route(
                &at("/{id}/photos"),
                post(upload_photo).layer(DefaultBodyLimit::max(photos::MAX_BYTES + 64 * 1024)),
            )
            .route(&at("/{id}/photos/{photo}/delete"), post(delete_photo));
    }
    router
}

// ---------------------------------------------------------------------------------------------
// The list

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    year: String,
    partnership: String,
    kind: String,
    page: String,
}

pub struct ListRow {
    pub line: ActivityLine,
    pub kind: String,
    pub period: String,
}

#[derive(Template)]
#[template(path = "workbench/activities/list.html")]
pub struct ActivitiesPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub filters: Vec<Control>,
    pub rows: Vec<ListRow>,
    pub total: i64,
    pub may_create: bool,
    pub previous: Option<String>,
    pub next: Option<String>,
}

fn choices(items: Vec<(String, String)>, selected: &str) -> Vec<Choice> {
    items
        .into_iter()
        .map(|(value, label)| Choice {
            selected: value == selected,
            value,
            label,
        })
        .collect()
}

async fn partnership_choices(store: &Store) -> Result<Vec<(String, String)>, AppError> {
    Ok(store
        .workbench_partnerships(None, 10_000)
        .await?
        .into_iter()
        .map(|p| (p.slug, format!("{} – {}", p.home, p.partner)))
        .collect())
}

fn kind_choices(t: &Tr) -> Vec<(String, String)> {
    ActivityKind::ALL
        .iter()
        .map(|k| (k.key().to_owned(), kind_label(t, *k)))
        .collect()
}

pub async fn list_activities(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Query(query): Query<ListQuery>,
) -> Response {
    let page = async {
        let bad = || AppError::BadRequest(t.t("activity-filter-invalid"));
        let year = match query.year.trim() {
            "" => None,
            y => Some(
                y.parse::<i32>()
                    .ok()
                    .filter(|y| (1900..=2200).contains(y))
                    .ok_or_else(bad)?,
            ),
        };
        let kind = match query.kind.trim() {
            "" => None,
            k => Some(ActivityKind::parse(k).ok_or_else(bad)?),
        };
        let partnership = Some(query.partnership.trim().to_owned()).filter(|p| !p.is_empty());
        let page: i64 = match query.page.trim() {
            "" => 1,
            p => p
                .parse()
                .ok()
                .filter(|p| (1..=100_000).contains(p))
                .ok_or_else(bad)?,
        };
        let filter = ActivityFilter {
            year,
            partnership: partnership.clone(),
            kind,
            newest_first: true,
            ..ActivityFilter::default()
        };
        let total = state.store.count_activities(&filter).await?;
        let lines = state
            .store
            .activity_lines(&filter, t.lang(), PAGE_SIZE, (page - 1) * PAGE_SIZE)
            .await?;
        let errors = FieldErrors::new(&t, &[]);
        let years = state
            .store
            .activity_years()
            .await?
            .into_iter()
            .map(|y| (y.to_string(), y.to_string()))
            .collect();
        let filters = vec![
            Control::select(
                &errors,
                "year",
                "year",
                t.t("activity-filter-year"),
                choices(years, query.year.trim()),
            )
            .empty_option(t.t("activity-filter-all")),
            Control::select(
                &errors,
                "partnership",
                "partnership",
                t.t("activity-partnerships"),
                choices(
                    partnership_choices(&state.store).await?,
                    query.partnership.trim(),
                ),
            )
            .empty_option(t.t("activity-filter-all")),
            Control::select(
                &errors,
                "kind",
                "kind",
                t.t("activity-kind"),
                choices(kind_choices(&t), query.kind.trim()),
            )
            .empty_option(t.t("activity-filter-all")),
        ];
        let link = |page: i64| {
            let mut q = vec![format!("page={page}")];
            for (k, v) in [
                ("year", query.year.trim()),
                ("partnership", query.partnership.trim()),
                ("kind", query.kind.trim()),
            ] {
                if !v.is_empty() {
                    q.push(format!(
                        "{k}={}",
                        percent_encoding::utf8_percent_encode(
                            v,
                            percent_encoding::NON_ALPHANUMERIC
                        )
                    ));
                }
            }
            format!("/{}/workbench/activities?{}", t.lang(), q.join("&"))
        };
        let rows = lines
            .into_iter()
            .map(|line| ListRow {
                kind: kind_label(&t, line.kind),
                period: period(&t, &line.starts_on, &line.ends_on),
                line,
            })
            .collect();
        Ok::<_, AppError>(ActivitiesPage {
            title: t.t("activity-list-title"),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
            filters,
            rows,
            total,
            may_create: staff.principal.may_edit_anything(),
            previous: (page > 1).then(|| link(page - 1)),
            next: (page * PAGE_SIZE < total).then(|| link(page + 1)),
        })
    }
    .await;
    respond(&t, &here, page)
}

// ---------------------------------------------------------------------------------------------
// The form

/// The form as posted. Texts come as lists in the order of [`LANGUAGES`]; organisations as four
/// parallel lists, one entry per row.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ActivityForm {
    pub version: Option<i64>,
    pub slug: String,
    pub kind: String,
    pub starts_on: String,
    pub ends_on: String,
    pub starts_at: String,
    pub ends_at: String,
    pub time_zone: String,
    pub host: String,
    pub place: String,
    pub organiser: String,
    pub visibility: String,
    pub partnerships: Vec<String>,
    pub title: Vec<String>,
    pub description: Vec<String>,
    pub o_name: Vec<String>,
    pub o_kind: Vec<String>,
    pub o_country: Vec<String>,
    pub o_link: Vec<String>,
    pub programme: String,
    pub sending_organisation: String,
    pub hosting_organisation: String,
    pub quality_label: String,
    /// Texts in languages the form does not show, kept as they are.
    #[serde(skip)]
    pub other_texts: BTreeMap<String, ActivityText>,
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

impl ActivityForm {
    fn blank() -> ActivityForm {
        ActivityForm {
            kind: ActivityKind::YouthEncounter.key().to_owned(),
            visibility: Visibility::Public.key().to_owned(),
            title: vec![String::new(); LANGUAGES.len()],
            description: vec![String::new(); LANGUAGES.len()],
            ..ActivityForm::default()
        }
    }

    fn from_record(version: i64, r: &ActivityRecord) -> ActivityForm {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        ActivityForm {
            version: Some(version),
            slug: r.slug.clone(),
            kind: r.kind.key().to_owned(),
            starts_on: r.starts_on.clone(),
            ends_on: r.ends_on.clone(),
            starts_at: text(&r.starts_at),
            ends_at: text(&r.ends_at),
            time_zone: text(&r.time_zone),
            host: text(&r.host),
            place: r.place.clone(),
            organiser: r.organiser.clone(),
            visibility: r.visibility.key().to_owned(),
            partnerships: r.partnerships.clone(),
            title: LANGUAGES
                .iter()
                .map(|l| r.texts.get(*l).map(|t| t.title.clone()).unwrap_or_default())
                .collect(),
            description: LANGUAGES
                .iter()
                .map(|l| {
                    r.texts
                        .get(*l)
                        .map(|t| t.description.clone())
                        .unwrap_or_default()
                })
                .collect(),
            o_name: r.organisations.iter().map(|o| o.name.clone()).collect(),
            o_kind: r
                .organisations
                .iter()
                .map(|o| o.kind.key().to_owned())
                .collect(),
            o_country: r.organisations.iter().map(|o| text(&o.country)).collect(),
            o_link: r.organisations.iter().map(|o| text(&o.link)).collect(),
            programme: text(&r.placement.programme),
            sending_organisation: text(&r.placement.sending_organisation),
            hosting_organisation: text(&r.placement.hosting_organisation),
            quality_label: text(&r.placement.quality_label),
            other_texts: r
                .texts
                .iter()
                .filter(|(l, _)| !LANGUAGES.contains(&l.as_str()))
                .map(|(l, t)| (l.clone(), t.clone()))
                .collect(),
        }
    }

    /// The record the form describes, or every problem with its field.
    fn to_record(&self) -> Result<ActivityRecord, Vec<FieldError>> {
        let mut problems = Vec::new();
        let kind = ActivityKind::parse(self.kind.trim());
        if kind.is_none() {
            problems.push(FieldError::new(
                "kind",
                "activity-kind",
                "choose one of the kinds offered",
            ));
        }
        let visibility = Visibility::parse(self.visibility.trim());
        if visibility.is_none() {
            problems.push(FieldError::new(
                "visibility",
                "activity-visibility",
                "choose public or internal",
            ));
        }
        let mut texts = self.other_texts.clone();
        for (i, lang) in LANGUAGES.iter().enumerate() {
            let title = self.title.get(i).map(|s| s.trim()).unwrap_or("");
            let description = self
                .description
                .get(i)
                .map(|s| s.replace("\r\n", "\n"))
                .unwrap_or_default();
            if !title.is_empty() || !description.trim().is_empty() {
                texts.insert(
                    (*lang).to_owned(),
                    ActivityText {
                        title: title.to_owned(),
                        description: description.trim().to_owned(),
                    },
                );
            }
        }
        let rows = self
            .o_name
            .len()
            .max(self.o_kind.len())
            .max(self.o_country.len())
            .max(self.o_link.len());
        fn cell(list: &[String], i: usize) -> &str {
            list.get(i).map(|s| s.trim()).unwrap_or("")
        }
        let mut organisations = Vec::new();
        for i in 0..rows {
            let (name, kind, country, link) = (
                cell(&self.o_name, i),
                cell(&self.o_kind, i),
                cell(&self.o_country, i),
                cell(&self.o_link, i),
            );
            if name.is_empty() && country.is_empty() && link.is_empty() {
                continue;
            }
            let Some(kind) = OrganisationKind::parse(kind) else {
                problems.push(FieldError::new(
                    format!("organisations[{}].kind", organisations.len()),
                    "activity-organisation-kind",
                    "choose the kind of organisation",
                ));
                continue;
            };
            organisations.push(OrganisationLine {
                name: name.to_owned(),
                kind,
                country: optional(country),
                link: optional(link),
            });
        }
        let (Some(kind), Some(visibility)) = (kind, visibility) else {
            return Err(problems);
        };
        let record = ActivityRecord {
            slug: self.slug.trim().to_owned(),
            kind,
            starts_on: self.starts_on.trim().to_owned(),
            ends_on: if self.ends_on.trim().is_empty() {
                self.starts_on.trim().to_owned()
            } else {
                self.ends_on.trim().to_owned()
            },
            starts_at: optional(&self.starts_at),
            ends_at: optional(&self.ends_at),
            time_zone: optional(&self.time_zone),
            host: optional(&self.host),
            place: self.place.trim().to_owned(),
            organiser: self.organiser.trim().to_owned(),
            visibility,
            partnerships: self
                .partnerships
                .iter()
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect(),
            texts,
            organisations,
            placement: Placement {
                programme: optional(&self.programme),
                sending_organisation: optional(&self.sending_organisation),
                hosting_organisation: optional(&self.hosting_organisation),
                quality_label: optional(&self.quality_label),
            },
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

pub struct TextRow {
    pub name: String,
    pub title: Control,
    pub description: Control,
}

pub struct OrganisationRow {
    pub index: usize,
    pub controls: Vec<Control>,
}

#[derive(Template)]
#[template(path = "workbench/activities/form.html")]
pub struct ActivityFormPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub errors: FieldErrors,
    pub version: Option<i64>,
    pub editing: Option<i64>,
    pub basics: Vec<Control>,
    pub partnerships: Vec<Choice>,
    pub partnerships_error: Option<String>,
    pub texts: Vec<TextRow>,
    pub organisations: Vec<OrganisationRow>,
    pub placement: Vec<Control>,
}

struct Context<'a> {
    t: &'a Tr,
    here: &'a str,
    staff: &'a Staff,
    store: &'a Store,
}

impl Context<'_> {
    async fn page(
        &self,
        form: &ActivityForm,
        problems: &[FieldError],
        editing: Option<i64>,
    ) -> Result<ActivityFormPage, AppError> {
        let t = self.t;
        let errors = FieldErrors::new(t, problems);
        let bodies = self
            .store
            .funding_body_choices()
            .await?
            .into_iter()
            .map(|b| (b.slug, format!("{} ({})", b.name, b.country)))
            .collect();
        let visibility = Visibility::ALL
            .iter()
            .map(|v| {
                (
                    v.key().to_owned(),
                    t.t(&format!("activity-visibility-{}", v.key())),
                )
            })
            .collect();
        let basics = vec![
            Control::text(&errors, "slug", "slug", t.t("activity-slug"), &form.slug)
                .hint(t.t("activity-slug-hint"))
                .required(),
            Control::select(
                &errors,
                "kind",
                "kind",
                t.t("activity-kind"),
                choices(kind_choices(t), &form.kind),
            ),
            Control::select(
                &errors,
                "visibility",
                "visibility",
                t.t("activity-visibility"),
                choices(visibility, &form.visibility),
            )
            .hint(t.t("activity-visibility-hint")),
            Control::text(
                &errors,
                "starts_on",
                "starts_on",
                t.t("activity-starts-on"),
                &form.starts_on,
            )
            .kind("date")
            .required(),
            Control::text(
                &errors,
                "ends_on",
                "ends_on",
                t.t("activity-ends-on"),
                &form.ends_on,
            )
            .kind("date")
            .hint(t.t("activity-ends-on-hint")),
            Control::text(
                &errors,
                "starts_at",
                "starts_at",
                t.t("activity-starts-at"),
                &form.starts_at,
            )
            .kind("time")
            .hint(t.t("activity-times-hint")),
            Control::text(
                &errors,
                "ends_at",
                "ends_at",
                t.t("activity-ends-at"),
                &form.ends_at,
            )
            .kind("time"),
            Control::text(
                &errors,
                "time_zone",
                "time_zone",
                t.t("activity-time-zone"),
                &form.time_zone,
            )
            .hint(t.t("activity-time-zone-hint")),
            Control::select(
                &errors,
                "host",
                "host",
                t.t("activity-host"),
                choices(bodies, &form.host),
            )
            .empty_option(t.t("activity-host-none")),
            Control::text(
                &errors,
                "place",
                "place",
                t.t("activity-place"),
                &form.place,
            ),
            Control::text(
                &errors,
                "organiser",
                "organiser",
                t.t("activity-organiser"),
                &form.organiser,
            ),
        ];
        let selected: Vec<&str> = form.partnerships.iter().map(|s| s.trim()).collect();
        let partnerships = partnership_choices(self.store)
            .await?
            .into_iter()
            .map(|(value, label)| Choice {
                selected: selected.contains(&value.as_str()),
                value,
                label,
            })
            .collect();
        let partnerships_error = {
            let mut messages: Vec<&str> = errors.get("partnerships").into_iter().collect();
            for i in 0..form.partnerships.len() {
                messages.extend(errors.get(&format!("partnerships[{i}]")));
            }
            (!messages.is_empty()).then(|| messages.join(" "))
        };
        let texts = LANGUAGES
            .iter()
            .enumerate()
            .map(|(i, lang)| {
                let name = t.language_name(lang);
                let title = Control::text(
                    &errors,
                    format!("texts.{lang}.title"),
                    "title",
                    t.t1("activity-text-title", "language", &name),
                    form.title.get(i).map(String::as_str).unwrap_or(""),
                )
                .lang(lang);
                let title = if *lang == "de" {
                    title.required()
                } else {
                    title
                };
                TextRow {
                    title,
                    description: Control::text(
                        &errors,
                        format!("texts.{lang}.description"),
                        "description",
                        t.t1("activity-text-description", "language", &name),
                        form.description.get(i).map(String::as_str).unwrap_or(""),
                    )
                    .kind("textarea")
                    .lang(lang),
                    name,
                }
            })
            .collect();
        let filled = form
            .o_name
            .len()
            .max(form.o_kind.len())
            .max(form.o_country.len())
            .max(form.o_link.len());
        let cell = |list: &Vec<String>, i: usize| list.get(i).cloned().unwrap_or_default();
        let organisation_kinds: Vec<(String, String)> = OrganisationKind::ALL
            .iter()
            .map(|k| {
                (
                    k.key().to_owned(),
                    t.vocab("activity-organisation-kind", k.key()),
                )
            })
            .collect();
        let organisations = (0..filled + SPARE_ORGANISATIONS)
            .map(|i| {
                let field = |name: &str| format!("organisations[{i}].{name}");
                OrganisationRow {
                    index: i + 1,
                    controls: vec![
                        Control::text(
                            &errors,
                            field("name"),
                            "o_name",
                            t.t("activity-organisation-name"),
                            &cell(&form.o_name, i),
                        ),
                        Control::select(
                            &errors,
                            field("kind"),
                            "o_kind",
                            t.t("activity-organisation-kind"),
                            choices(organisation_kinds.clone(), &cell(&form.o_kind, i)),
                        )
                        .empty_option(t.t("activity-choose")),
                        Control::text(
                            &errors,
                            field("country"),
                            "o_country",
                            t.t("activity-organisation-country"),
                            &cell(&form.o_country, i),
                        )
                        .hint(t.t("activity-organisation-country-hint")),
                        Control::text(
                            &errors,
                            field("link"),
                            "o_link",
                            t.t("activity-organisation-link"),
                            &cell(&form.o_link, i),
                        )
                        .kind("url"),
                    ],
                }
            })
            .collect();
        let placement = vec![
            Control::text(
                &errors,
                "placement.programme",
                "programme",
                t.t("activity-programme"),
                &form.programme,
            )
            .hint(t.t("activity-programme-hint")),
            Control::text(
                &errors,
                "placement.sending_organisation",
                "sending_organisation",
                t.t("activity-sending-organisation"),
                &form.sending_organisation,
            ),
            Control::text(
                &errors,
                "placement.hosting_organisation",
                "hosting_organisation",
                t.t("activity-hosting-organisation"),
                &form.hosting_organisation,
            ),
            Control::text(
                &errors,
                "placement.quality_label",
                "quality_label",
                t.t("activity-quality-label"),
                &form.quality_label,
            ),
        ];
        let title = match editing {
            Some(_) => t.t1("activity-edit-title", "name", &form.slug),
            None => t.t("activity-new-title"),
        };
        Ok(ActivityFormPage {
            title,
            t: t.clone(),
            here: self.here.to_owned(),
            section: "workbench",
            staff: StaffView::of(self.staff),
            version: form.version,
            editing,
            basics,
            partnerships,
            partnerships_error,
            texts,
            organisations,
            placement,
            errors,
        })
    }

    async fn refused(
        &self,
        form: &ActivityForm,
        error: WriteError,
        editing: Option<i64>,
    ) -> Response {
        match Refusal::from(error) {
            Refusal::Form(status, problems) => {
                let page = self.page(form, &problems, editing).await;
                with_status(respond(self.t, self.here, page), status)
            }
            Refusal::Page(error) => error_page(&error, self.t, self.here),
        }
    }
}

fn shown_at(t: &Tr, id: i64, note: &str) -> Response {
    Redirect::to(&format!("/{}/workbench/activities/{id}?{note}=1", t.lang())).into_response()
}

pub async fn show_new_activity(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
) -> Response {
    if !staff.principal.may_edit_anything() {
        return error_page(&AppError::Forbidden(t.t("workbench-read-only")), &t, &here);
    }
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
        store: &state.store,
    };
    let page = ctx.page(&ActivityForm::blank(), &[], None).await;
    respond(&t, &here, page)
}

pub async fn create_activity(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    SignedForm { staff, form }: SignedForm<ActivityForm>,
) -> Response {
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
        store: &state.store,
    };
    let record = match form.to_record() {
        Ok(record) => record,
        Err(problems) => {
            return ctx
                .refused(&form, WriteError::Invalid(problems), None)
                .await;
        }
    };
    match state.store.create_activity(&staff.principal, &record).await {
        Ok(stored) => shown_at(&t, stored.id, "saved"),
        Err(e) => ctx.refused(&form, e, None).await,
    }
}

async fn stored_activity(store: &Store, id: i64) -> Result<Stored<ActivityRecord>, AppError> {
    store
        .activity_by_id(id)
        .await?
        .ok_or_else(|| AppError::not_found("activity", id.to_string()))
}

pub async fn edit_activity(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(id): Path<i64>,
) -> Response {
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
        store: &state.store,
    };
    let page = async {
        let stored = stored_activity(&state.store, id).await?;
        if !Store::may_change_activity(&staff.principal, &stored) {
            return Err(AppError::Forbidden(t.t("activity-not-yours")));
        }
        let form = ActivityForm::from_record(stored.version, &stored.record);
        ctx.page(&form, &[], Some(id)).await
    }
    .await;
    respond(&t, &here, page)
}

pub async fn save_activity(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, mut form }: SignedForm<ActivityForm>,
) -> Response {
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
        store: &state.store,
    };
    match stored_activity(&state.store, id).await {
        Ok(stored) => {
            form.other_texts = ActivityForm::from_record(stored.version, &stored.record).other_texts
        }
        Err(e) => return error_page(&e, &t, &here),
    }
    let Some(version) = form.version else {
        return error_page(&AppError::BadRequest(t.t("form-malformed")), &t, &here);
    };
    let record = match form.to_record() {
        Ok(record) => record,
        Err(problems) => {
            return ctx
                .refused(&form, WriteError::Invalid(problems), Some(id))
                .await;
        }
    };
    match state
        .store
        .update_activity(&staff.principal, id, version, &record)
        .await
    {
        Ok(_) => shown_at(&t, id, "saved"),
        Err(e) => ctx.refused(&form, e, Some(id)).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeleteForm {
    version: Option<i64>,
}

pub async fn delete_activity(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<DeleteForm>,
) -> Response {
    let deleted = state
        .store
        .delete_activity(&staff.principal, id, form.version)
        .await;
    let history = format!("/{}/workbench/history/activity/{id}?deleted=1", t.lang());
    lead_on(deleted, &t, &here, history)
}

// ---------------------------------------------------------------------------------------------
// An activity's page, its photos

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ShowQuery {
    saved: Option<String>,
    photo: Option<String>,
    removed: Option<String>,
}

pub struct PhotoView {
    pub info: PhotoInfo,
    pub alt: String,
}

pub struct FundingView {
    pub link: FundingLink,
    pub status: String,
}

#[derive(Template)]
#[template(path = "workbench/activities/show.html")]
pub struct ActivityPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub id: i64,
    pub version: i64,
    pub record: ActivityRecord,
    pub kind: String,
    pub period: String,
    pub times: Option<String>,
    pub host: Option<String>,
    pub partnerships: Vec<ActivityPartnership>,
    pub texts: Vec<(String, ActivityText)>,
    pub organisations: Vec<(OrganisationLine, String)>,
    pub photos: Vec<PhotoView>,
    pub funding: Vec<FundingView>,
    pub may_change: bool,
    pub notice: Option<String>,
    pub upload_error: Option<String>,
    pub alt_inputs: Vec<(&'static str, String, String)>,
    pub max_photos: bool,
}

impl ActivityPage {
    fn is_public(&self) -> bool {
        self.record.visibility == Visibility::Public
    }
}

async fn activity_page(
    state: &AppState,
    t: &Tr,
    here: &str,
    staff: &Staff,
    id: i64,
    notice: Option<String>,
    upload_error: Option<(String, BTreeMap<String, String>)>,
) -> Result<ActivityPage, AppError> {
    let stored = stored_activity(&state.store, id).await?;
    let r = &stored.record;
    let host = match &r.host {
        Some(slug) => state
            .store
            .activity_host_name(slug)
            .await?
            .map(|(name, _)| name),
        None => None,
    };
    let photos = state
        .store
        .activity_photos(id)
        .await?
        .into_iter()
        .map(|info| PhotoView {
            alt: info.alt_in(t.lang()).to_owned(),
            info,
        })
        .collect::<Vec<_>>();
    let funding = state
        .store
        .activity_funding(id)
        .await?
        .into_iter()
        .map(|link| FundingView {
            status: t.t(&format!("funding-status-{}", link.status.replace('_', "-"))),
            link,
        })
        .collect();
    let (upload_error, typed_alt) = match upload_error {
        Some((message, alt)) => (Some(message), alt),
        None => (None, BTreeMap::new()),
    };
    let times = match (&r.starts_at, &r.ends_at, &r.time_zone) {
        (Some(s), Some(e), Some(z)) => Some(format!("{s}–{e} ({z})")),
        _ => None,
    };
    Ok(ActivityPage {
        title: r.title(t.lang()).to_owned(),
        t: t.clone(),
        here: here.to_owned(),
        section: "workbench",
        staff: StaffView::of(staff),
        id,
        version: stored.version,
        kind: kind_label(t, r.kind),
        period: period(t, &r.starts_on, &r.ends_on),
        times,
        host,
        partnerships: state.store.activity_partnerships(id).await?,
        texts: r
            .texts
            .iter()
            .map(|(l, x)| (l.clone(), x.clone()))
            .collect(),
        organisations: r
            .organisations
            .iter()
            .map(|o| {
                (
                    o.clone(),
                    t.vocab("activity-organisation-kind", o.kind.key()),
                )
            })
            .collect(),
        max_photos: photos.len() as i64 >= crate::store::MAX_PHOTOS,
        photos,
        funding,
        may_change: Store::may_change_activity(&staff.principal, &stored),
        notice,
        upload_error,
        alt_inputs: LANGUAGES
            .iter()
            .map(|l| {
                (
                    *l,
                    t.language_name(l),
                    typed_alt.get(*l).cloned().unwrap_or_default(),
                )
            })
            .collect(),
        record: stored.record,
    })
}

pub async fn show_activity(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(id): Path<i64>,
    Query(query): Query<ShowQuery>,
) -> Response {
    let notice = if query.saved.is_some() {
        Some(t.t("form-saved"))
    } else if query.photo.is_some() {
        Some(t.t("activity-photo-added"))
    } else if query.removed.is_some() {
        Some(t.t("activity-photo-removed"))
    } else {
        None
    };
    let page = activity_page(&state, &t, &here, &staff, id, notice, None).await;
    respond(&t, &here, page)
}

/// The photo form: the CSRF token, the file and an alt text per language (`alt_de`, …).
struct PhotoUpload {
    bytes: Vec<u8>,
    alt: BTreeMap<String, String>,
}

/// Reads the signed photo form; the CSRF token is checked before the file is looked at.
async fn read_photo_form(
    multipart: &mut Multipart,
    staff: &Staff,
    t: &Tr,
) -> Result<PhotoUpload, AppError> {
    let failed = |status: StatusCode| {
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            AppError::PayloadTooLarge
        } else {
            AppError::BadRequest(t.t("form-malformed"))
        }
    };
    let (mut csrf, mut bytes, mut alt) = (None, Vec::new(), BTreeMap::new());
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| failed(e.status()))?
    {
        let name = field.name().unwrap_or("").to_owned();
        match name.as_str() {
            "csrf" => csrf = field.text().await.ok(),
            "file" => {
                bytes = field
                    .bytes()
                    .await
                    .map_err(|e| failed(e.status()))?
                    .to_vec()
            }
            _ => {
                if let Some(lang) = name.strip_prefix("alt_")
                    && LANGUAGES.contains(&lang)
                {
                    let text = field.text().await.map_err(|e| failed(e.status()))?;
                    let text: String = text.chars().filter(|c| !c.is_control()).collect();
                    if text.chars().count() > 500 {
                        return Err(AppError::Unprocessable(t.t("activity-photo-alt-too-long")));
                    }
                    if !text.trim().is_empty() {
                        alt.insert(lang.to_owned(), text.trim().to_owned());
                    }
                }
            }
        }
    }
    if !csrf.is_some_and(|c| !c.is_empty() && same_secret(&c, staff.csrf())) {
        return Err(AppError::Forbidden(t.t("form-csrf-failed")));
    }
    Ok(PhotoUpload { bytes, alt })
}

pub async fn upload_photo(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> Response {
    let upload = match read_photo_form(&mut multipart, &staff, &t).await {
        Ok(upload) => upload,
        Err(e) => return error_page(&e, &t, &here),
    };
    let refused = |message: String, status: StatusCode, alt: BTreeMap<String, String>| {
        let state = state.clone();
        let (t, here, staff) = (t.clone(), here.clone(), &staff);
        async move {
            let page =
                activity_page(&state, &t, &here, staff, id, None, Some((message, alt))).await;
            with_status(respond(&t, &here, page), status)
        }
    };
    match add_photo(
        &state.store,
        &staff.principal,
        id,
        upload.bytes,
        upload.alt.clone(),
    )
    .await
    {
        Ok(_) => shown_at(&t, id, "photo"),
        Err(PhotoUploadError::Photo(e)) => {
            let status = if matches!(e, photos::PhotoError::TooLarge { .. }) {
                StatusCode::PAYLOAD_TOO_LARGE
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let message = t.t(&format!("activity-photo-error-{}", e.code()));
            refused(message, status, upload.alt).await
        }
        Err(PhotoUploadError::Write(WriteError::Invalid(problems))) => {
            let message = FieldErrors::new(&t, &problems)
                .list
                .into_iter()
                .map(|(_, m)| m)
                .collect::<Vec<_>>()
                .join(" ");
            refused(message, StatusCode::UNPROCESSABLE_ENTITY, upload.alt).await
        }
        Err(PhotoUploadError::Write(WriteError::Store(e))) => error_page(&e.into(), &t, &here),
    }
}

pub async fn delete_photo(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path((id, photo)): Path<(i64, i64)>,
    SignedForm { staff, form: _ }: SignedForm<DeleteForm>,
) -> Response {
    let removed = state
        .store
        .delete_activity_photo(&staff.principal, id, photo)
        .await;
    let next = format!("/{}/workbench/activities/{id}?removed=1", t.lang());
    lead_on(removed, &t, &here, next)
}
