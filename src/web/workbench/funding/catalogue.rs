//! Editing the programme catalogue (administrators): programmes, and actions with their funding
//! form, co-financing rate and eligibility rules as data, each rule with its source and as-of date.
//! Every save goes through the audited, versioned record life cycle of the store.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{Tab, tabs};
use crate::app::AppState;
use crate::domain::funding::APPLICANT_KINDS;
use crate::domain::funding::catalogue::{
    ActionRecord, FUNDING_FORMS, LEVELS, ProgrammeRecord, RuleEntry,
};
use crate::domain::funding::rules::Rule;
use crate::domain::records::FieldError;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::store::WriteError;
use crate::web::language::PageLang;
use crate::web::pages::Choice;
use crate::web::workbench::auth::{SignedForm, Staff};
use crate::web::workbench::controls::Control;
use crate::web::workbench::outcome::{Refusal, lead_on, with_status};
use crate::web::workbench::pages::{FieldErrors, StaffView};
use crate::web::{error_page, respond};

/// The kinds of rule the form offers, as the rules' JSON names them.
pub const RULE_KINDS: [&str; 7] = [
    "min_countries",
    "min_partners",
    "min_participants",
    "max_participants",
    "min_invited_guests",
    "duration_days",
    "eligible_applicants",
];

/// Empty rule rows the action form offers beyond the action's rules.
const SPARE_RULE_ROWS: usize = 3;

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

fn choices(values: &[&str], chosen: &str, label: impl Fn(&str) -> String) -> Vec<Choice> {
    values
        .iter()
        .map(|v| Choice {
            value: (*v).to_owned(),
            label: label(v),
            selected: *v == chosen,
        })
        .collect()
}

fn admins_only(t: &Tr, here: &str) -> Response {
    error_page(
        &AppError::Forbidden(t.t("funding-catalogue-admins-only")),
        t,
        here,
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SavedQuery {
    saved: Option<String>,
    programme: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeleteForm {
    version: Option<i64>,
}

// ---- Programmes --------------------------------------------------------------------------------

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ProgrammeForm {
    pub version: Option<i64>,
    pub key: String,
    pub name: String,
    pub level: String,
    pub url: String,
}

impl ProgrammeForm {
    fn from_record(version: i64, r: &ProgrammeRecord) -> ProgrammeForm {
        ProgrammeForm {
            version: Some(version),
            key: r.key.clone(),
            name: r.name.clone(),
            level: r.level.clone(),
            url: r.url.clone(),
        }
    }

    fn to_record(&self) -> Result<ProgrammeRecord, Vec<FieldError>> {
        let record = ProgrammeRecord {
            key: self.key.trim().to_owned(),
            name: self.name.trim().to_owned(),
            level: self.level.trim().to_owned(),
            url: self.url.trim().to_owned(),
        };
        record.check().map(|()| record)
    }
}

#[derive(Template)]
#[template(path = "workbench/funding/programme_form.html")]
pub struct ProgrammeFormPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub tabs: Vec<Tab>,
    pub controls: Vec<Control>,
    pub errors: FieldErrors,
    pub form: ProgrammeForm,
    pub editing: Option<i64>,
    pub saved: bool,
}

fn programme_page(
    t: &Tr,
    here: &str,
    staff: &Staff,
    form: ProgrammeForm,
    problems: &[FieldError],
    editing: Option<i64>,
    saved: bool,
) -> ProgrammeFormPage {
    let errors = FieldErrors::new(t, problems);
    let levels = choices(&LEVELS, &form.level, |l| t.t(&format!("funding-level-{l}")));
    let controls = vec![
        Control::text(&errors, "key", "key", t.t("funding-key"), &form.key)
            .hint(t.t("funding-key-hint"))
            .autocomplete("off")
            .required(),
        Control::text(
            &errors,
            "name",
            "name",
            t.t("funding-programme-name"),
            &form.name,
        )
        .required(),
        Control::select(
            &errors,
            "level",
            "level",
            t.t("funding-programme-level"),
            levels,
        )
        .empty_option(t.t("funding-choose"))
        .required(),
        Control::text(
            &errors,
            "url",
            "url",
            t.t("funding-programme-url"),
            &form.url,
        )
        .kind("url")
        .required(),
    ];
    let title = match editing {
        Some(_) => t.t1("funding-programme-edit-title", "name", &form.name),
        None => t.t("funding-programme-new-title"),
    };
    ProgrammeFormPage {
        title,
        t: t.clone(),
        here: here.to_owned(),
        section: "workbench",
        staff: StaffView::of(staff),
        tabs: tabs(t, "/catalogue"),
        controls,
        errors,
        form,
        editing,
        saved,
    }
}

fn programme_refused(
    t: &Tr,
    here: &str,
    staff: &Staff,
    form: ProgrammeForm,
    error: WriteError,
    editing: Option<i64>,
) -> Response {
    match Refusal::from(error) {
        Refusal::Form(status, problems) => with_status(
            respond(
                t,
                here,
                Ok::<_, AppError>(programme_page(
                    t, here, staff, form, &problems, editing, false,
                )),
            ),
            status,
        ),
        Refusal::Page(error) => error_page(&error, t, here),
    }
}

fn programme_saved(t: &Tr, id: i64) -> Response {
    Redirect::to(&format!(
        "/{}/workbench/funding/catalogue/programmes/{id}?saved=1",
        t.lang()
    ))
    .into_response()
}

pub async fn show_new_funding_programme(PageLang { t, here }: PageLang, staff: Staff) -> Response {
    if !staff.principal.is_admin() {
        return admins_only(&t, &here);
    }
    let page = programme_page(
        &t,
        &here,
        &staff,
        ProgrammeForm::default(),
        &[],
        None,
        false,
    );
    respond(&t, &here, Ok::<_, AppError>(page))
}

pub async fn create_funding_programme(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    SignedForm { staff, form }: SignedForm<ProgrammeForm>,
) -> Response {
    let result = match form.to_record() {
        Ok(record) => state
            .store
            .create_funding_programme(&staff.principal, &record)
            .await
            .map(|s| s.id),
        Err(problems) => Err(WriteError::Invalid(problems)),
    };
    match result {
        Ok(id) => programme_saved(&t, id),
        Err(e) => programme_refused(&t, &here, &staff, form, e, None),
    }
}

pub async fn edit_funding_programme(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(id): Path<i64>,
    Query(query): Query<SavedQuery>,
) -> Response {
    if !staff.principal.is_admin() {
        return admins_only(&t, &here);
    }
    let page = async {
        let stored = state
            .store
            .funding_programme_record(id)
            .await?
            .ok_or_else(|| AppError::not_found("programme", id.to_string()))?;
        let form = ProgrammeForm::from_record(stored.version, &stored.record);
        Ok::<_, AppError>(programme_page(
            &t,
            &here,
            &staff,
            form,
            &[],
            Some(id),
            query.saved.is_some(),
        ))
    }
    .await;
    respond(&t, &here, page)
}

pub async fn save_funding_programme(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<ProgrammeForm>,
) -> Response {
    let Some(version) = form.version else {
        return error_page(&AppError::BadRequest(t.t("form-malformed")), &t, &here);
    };
    let result = match form.to_record() {
        Ok(record) => state
            .store
            .update_funding_programme(&staff.principal, id, version, &record)
            .await
            .map(|_| ()),
        Err(problems) => Err(WriteError::Invalid(problems)),
    };
    match result {
        Ok(()) => programme_saved(&t, id),
        Err(e) => programme_refused(&t, &here, &staff, form, e, Some(id)),
    }
}

pub async fn delete_funding_programme(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<DeleteForm>,
) -> Response {
    let deleted = state
        .store
        .delete_funding_programme(&staff.principal, id, form.version)
        .await;
    lead_on(
        deleted,
        &t,
        &here,
        format!("/{}/workbench/funding/catalogue", t.lang()),
    )
}

// ---- Actions and their rules -------------------------------------------------------------------

/// The action form as posted. Rules come as parallel lists, one entry per row.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ActionForm {
    pub version: Option<i64>,
    pub programme: String,
    pub key: String,
    pub name: String,
    pub funding_form: String,
    pub funding_note: String,
    pub max_cofinancing_percent: String,
    pub url: String,
    pub r_kind: Vec<String>,
    pub r_min: Vec<String>,
    pub r_max: Vec<String>,
    pub r_kinds: Vec<String>,
    pub r_source: Vec<String>,
    pub r_as_of: Vec<String>,
}

/// A rule's kind as the form names it.
fn kind_of(rule: &Rule) -> &'static str {
    match rule {
        Rule::MinCountries { .. } => "min_countries",
        Rule::MinPartners { .. } => "min_partners",
        Rule::MinParticipants { .. } => "min_participants",
        Rule::MaxParticipants { .. } => "max_participants",
        Rule::MinInvitedGuests { .. } => "min_invited_guests",
        Rule::DurationDays { .. } => "duration_days",
        Rule::EligibleApplicants { .. } => "eligible_applicants",
    }
}

impl ActionForm {
    fn from_record(version: i64, r: &ActionRecord) -> ActionForm {
        let mut form = ActionForm {
            version: Some(version),
            programme: r.programme.clone(),
            key: r.key.clone(),
            name: r.name.clone(),
            funding_form: r.funding_form.clone(),
            funding_note: r.funding_note.clone(),
            max_cofinancing_percent: r
                .max_cofinancing_percent
                .map(|p| p.to_string())
                .unwrap_or_default(),
            url: r.url.clone(),
            ..ActionForm::default()
        };
        for entry in &r.rules {
            let (min, max, kinds) = match &entry.rule {
                Rule::MinCountries { min }
                | Rule::MinPartners { min }
                | Rule::MinParticipants { min }
                | Rule::MinInvitedGuests { min } => (min.to_string(), String::new(), String::new()),
                Rule::MaxParticipants { max } => (String::new(), max.to_string(), String::new()),
                Rule::DurationDays { min, max } => {
                    (min.to_string(), max.to_string(), String::new())
                }
                Rule::EligibleApplicants { kinds } => {
                    (String::new(), String::new(), kinds.join(", "))
                }
            };
            form.r_kind.push(kind_of(&entry.rule).to_owned());
            form.r_min.push(min);
            form.r_max.push(max);
            form.r_kinds.push(kinds);
            form.r_source.push(entry.source.clone());
            form.r_as_of.push(entry.as_of.clone());
        }
        form
    }

    fn rows(&self) -> usize {
        [
            self.r_kind.len(),
            self.r_min.len(),
            self.r_max.len(),
            self.r_kinds.len(),
            self.r_source.len(),
            self.r_as_of.len(),
        ]
        .into_iter()
        .max()
        .unwrap_or(0)
    }

    fn to_record(&self) -> Result<ActionRecord, Vec<FieldError>> {
        let mut problems = Vec::new();
        let max_cofinancing_percent = match optional(&self.max_cofinancing_percent) {
            None => None,
            Some(text) => match text.trim_end_matches('%').trim().parse::<u32>() {
                Ok(p) => Some(p),
                Err(_) => {
                    problems.push(FieldError::new(
                        "max_cofinancing_percent",
                        "funding-percent",
                        format!("'{text}' is not a whole percentage"),
                    ));
                    None
                }
            },
        };
        let mut rules = Vec::new();
        for row in 0..self.rows() {
            let cell = |list: &Vec<String>| {
                list.get(row)
                    .map(|s| s.trim().to_owned())
                    .unwrap_or_default()
            };
            let (kind, min, max, kinds, source, as_of) = (
                cell(&self.r_kind),
                cell(&self.r_min),
                cell(&self.r_max),
                cell(&self.r_kinds),
                cell(&self.r_source),
                cell(&self.r_as_of),
            );
            if [&kind, &min, &max, &kinds, &source, &as_of]
                .iter()
                .all(|c| c.is_empty())
            {
                continue;
            }
            let i = rules.len();
            let mut number = |field: &str, text: &str| -> Option<u32> {
                match text.parse::<u32>() {
                    Ok(n) => Some(n),
                    Err(_) => {
                        problems.push(FieldError::new(
                            format!("rules[{i}].{field}"),
                            "funding-count",
                            format!("'{text}' is not a whole number"),
                        ));
                        None
                    }
                }
            };
            let rule = match kind.as_str() {
                "min_countries" => number("min", &min).map(|min| Rule::MinCountries { min }),
                "min_partners" => number("min", &min).map(|min| Rule::MinPartners { min }),
                "min_participants" => number("min", &min).map(|min| Rule::MinParticipants { min }),
                "min_invited_guests" => {
                    number("min", &min).map(|min| Rule::MinInvitedGuests { min })
                }
                "max_participants" => number("max", &max).map(|max| Rule::MaxParticipants { max }),
                "duration_days" => match (number("min", &min), number("max", &max)) {
                    (Some(min), Some(max)) => Some(Rule::DurationDays { min, max }),
                    _ => None,
                },
                "eligible_applicants" => Some(Rule::EligibleApplicants {
                    kinds: kinds
                        .split([',', ';', ' '])
                        .map(str::trim)
                        .filter(|k| !k.is_empty())
                        .map(str::to_owned)
                        .collect(),
                }),
                _ => {
                    problems.push(FieldError::new(
                        format!("rules[{i}]"),
                        "funding-rule-kind",
                        "choose the kind of rule",
                    ));
                    None
                }
            };
            // A row that could not be read still takes its place, so later rows keep their
            // numbers; its problems are reported above.
            rules.push(RuleEntry {
                rule: rule.unwrap_or(Rule::MinCountries { min: 0 }),
                source,
                as_of,
            });
        }
        let record = ActionRecord {
            programme: self.programme.trim().to_owned(),
            key: self.key.trim().to_owned(),
            name: self.name.trim().to_owned(),
            funding_form: self.funding_form.trim().to_owned(),
            funding_note: self.funding_note.replace("\r\n", "\n").trim().to_owned(),
            max_cofinancing_percent,
            url: self.url.trim().to_owned(),
            rules,
        };
        if let Err(more) = record.check() {
            // A row whose kind or numbers were unreadable was reported once already.
            let reported: Vec<String> = problems
                .iter()
                .filter_map(|p| p.field.split('.').next().map(str::to_owned))
                .collect();
            problems.extend(more.into_iter().filter(|p| {
                !(p.code == "funding-rule-twice" || p.code == "funding-rule")
                    || !reported.contains(&p.field)
            }));
        }
        if problems.is_empty() {
            Ok(record)
        } else {
            Err(problems)
        }
    }
}

/// One row of rules in the form.
pub struct RuleRow {
    pub index: usize,
    pub kind: Control,
    pub min: Control,
    pub max: Control,
    pub kinds: Control,
    pub source: Control,
    pub as_of: Control,
}

#[derive(Template)]
#[template(path = "workbench/funding/action_form.html")]
pub struct ActionFormPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub tabs: Vec<Tab>,
    pub controls: Vec<Control>,
    pub rules: Vec<RuleRow>,
    pub errors: FieldErrors,
    pub form: ActionForm,
    pub editing: Option<i64>,
    pub saved: bool,
    pub kinds_hint: String,
}

/// What every action page needs of its request.
struct Ctx<'a> {
    state: &'a AppState,
    t: &'a Tr,
    here: &'a str,
    staff: &'a Staff,
}

async fn action_page(
    ctx: &Ctx<'_>,
    form: ActionForm,
    problems: &[FieldError],
    editing: Option<i64>,
    saved: bool,
) -> Result<ActionFormPage, AppError> {
    let Ctx {
        state,
        t,
        here,
        staff,
    } = *ctx;
    let errors = FieldErrors::new(t, problems);
    let catalogue = state.store.funding_catalogue().await?;
    let programmes = catalogue
        .programmes
        .iter()
        .map(|p| Choice {
            value: p.key.clone(),
            label: p.name.clone(),
            selected: p.key == form.programme,
        })
        .collect();
    let forms = choices(&FUNDING_FORMS, &form.funding_form, |f| {
        t.t(&format!("funding-form-{}", f.replace('_', "-")))
    });
    let controls = vec![
        Control::select(
            &errors,
            "programme",
            "programme",
            t.t("funding-action-programme"),
            programmes,
        )
        .empty_option(t.t("funding-choose"))
        .required(),
        Control::text(&errors, "key", "key", t.t("funding-key"), &form.key)
            .hint(t.t("funding-key-hint"))
            .autocomplete("off")
            .required(),
        Control::text(
            &errors,
            "name",
            "name",
            t.t("funding-action-name"),
            &form.name,
        )
        .required(),
        Control::select(
            &errors,
            "funding_form",
            "funding_form",
            t.t("funding-action-form"),
            forms,
        )
        .empty_option(t.t("funding-choose"))
        .required(),
        Control::text(
            &errors,
            "funding_note",
            "funding_note",
            t.t("funding-action-note"),
            &form.funding_note,
        )
        .kind("textarea")
        .hint(t.t("funding-action-note-hint")),
        Control::text(
            &errors,
            "max_cofinancing_percent",
            "max_cofinancing_percent",
            t.t("funding-action-cofinancing"),
            &form.max_cofinancing_percent,
        )
        .mode("numeric")
        .hint(t.t("funding-action-cofinancing-hint")),
        Control::text(&errors, "url", "url", t.t("funding-action-url"), &form.url)
            .kind("url")
            .hint(t.t("funding-action-url-hint"))
            .required(),
    ];
    let cell = |list: &Vec<String>, i: usize| list.get(i).cloned().unwrap_or_default();
    let rules = (0..form.rows() + SPARE_RULE_ROWS)
        .map(|i| {
            let kind = cell(&form.r_kind, i);
            let kinds = choices(&RULE_KINDS, &kind, |k| {
                t.t(&format!("funding-rule-kind-{}", k.replace('_', "-")))
            });
            RuleRow {
                index: i + 1,
                kind: Control::select(
                    &errors,
                    format!("rules[{i}]"),
                    "r_kind",
                    t.t("funding-rule-kind"),
                    kinds,
                )
                .empty_option(t.t("funding-rule-kind-none")),
                min: Control::text(
                    &errors,
                    format!("rules[{i}].min"),
                    "r_min",
                    t.t("funding-rule-min"),
                    &cell(&form.r_min, i),
                )
                .mode("numeric"),
                max: Control::text(
                    &errors,
                    format!("rules[{i}].max"),
                    "r_max",
                    t.t("funding-rule-max"),
                    &cell(&form.r_max, i),
                )
                .mode("numeric"),
                kinds: Control::text(
                    &errors,
                    format!("rules[{i}].kinds"),
                    "r_kinds",
                    t.t("funding-rule-applicants"),
                    &cell(&form.r_kinds, i),
                )
                .shared_hint("rule-kinds-hint")
                .autocomplete("off"),
                source: Control::text(
                    &errors,
                    format!("rules[{i}].source"),
                    "r_source",
                    t.t("funding-rule-source-field"),
                    &cell(&form.r_source, i),
                )
                .kind("url"),
                as_of: Control::text(
                    &errors,
                    format!("rules[{i}].as_of"),
                    "r_as_of",
                    t.t("funding-rule-as-of-field"),
                    &cell(&form.r_as_of, i),
                )
                .kind("date"),
            }
        })
        .collect();
    let title = match editing {
        Some(_) => t.t1("funding-action-edit-title", "name", &form.name),
        None => t.t("funding-action-new-title"),
    };
    Ok(ActionFormPage {
        title,
        t: t.clone(),
        here: here.to_owned(),
        section: "workbench",
        staff: StaffView::of(staff),
        tabs: tabs(t, "/catalogue"),
        controls,
        rules,
        errors,
        form,
        editing,
        saved,
        kinds_hint: t.t1(
            "funding-rule-applicants-hint",
            "allowed",
            APPLICANT_KINDS.join(", "),
        ),
    })
}

async fn action_refused(
    state: &AppState,
    t: &Tr,
    here: &str,
    staff: &Staff,
    form: ActionForm,
    error: WriteError,
    editing: Option<i64>,
) -> Response {
    match Refusal::from(error) {
        Refusal::Form(status, problems) => with_status(
            respond(
                t,
                here,
                action_page(
                    &Ctx {
                        state,
                        t,
                        here,
                        staff,
                    },
                    form,
                    &problems,
                    editing,
                    false,
                )
                .await,
            ),
            status,
        ),
        Refusal::Page(error) => error_page(&error, t, here),
    }
}

fn action_saved(t: &Tr, id: i64) -> Response {
    Redirect::to(&format!(
        "/{}/workbench/funding/catalogue/actions/{id}?saved=1",
        t.lang()
    ))
    .into_response()
}

pub async fn show_new_funding_action(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Query(query): Query<SavedQuery>,
) -> Response {
    if !staff.principal.is_admin() {
        return admins_only(&t, &here);
    }
    let form = ActionForm {
        programme: query.programme.trim().to_owned(),
        ..ActionForm::default()
    };
    let ctx = Ctx {
        state: &state,
        t: &t,
        here: &here,
        staff: &staff,
    };
    let page = action_page(&ctx, form, &[], None, false).await;
    respond(&t, &here, page)
}

pub async fn create_funding_action(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    SignedForm { staff, form }: SignedForm<ActionForm>,
) -> Response {
    let result = match form.to_record() {
        Ok(record) => state
            .store
            .create_funding_action(&staff.principal, &record)
            .await
            .map(|s| s.id),
        Err(problems) => Err(WriteError::Invalid(problems)),
    };
    match result {
        Ok(id) => action_saved(&t, id),
        Err(e) => action_refused(&state, &t, &here, &staff, form, e, None).await,
    }
}

pub async fn edit_funding_action(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(id): Path<i64>,
    Query(query): Query<SavedQuery>,
) -> Response {
    if !staff.principal.is_admin() {
        return admins_only(&t, &here);
    }
    let page = async {
        let stored = state
            .store
            .funding_action_record(id)
            .await?
            .ok_or_else(|| AppError::not_found("action", id.to_string()))?;
        let form = ActionForm::from_record(stored.version, &stored.record);
        action_page(
            &Ctx {
                state: &state,
                t: &t,
                here: &here,
                staff: &staff,
            },
            form,
            &[],
            Some(id),
            query.saved.is_some(),
        )
        .await
    }
    .await;
    respond(&t, &here, page)
}

pub async fn save_funding_action(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<ActionForm>,
) -> Response {
    let Some(version) = form.version else {
        return error_page(&AppError::BadRequest(t.t("form-malformed")), &t, &here);
    };
    let result = match form.to_record() {
        Ok(record) => state
            .store
            .update_funding_action(&staff.principal, id, version, &record)
            .await
            .map(|_| ()),
        Err(problems) => Err(WriteError::Invalid(problems)),
    };
    match result {
        Ok(()) => action_saved(&t, id),
        Err(e) => action_refused(&state, &t, &here, &staff, form, e, Some(id)).await,
    }
}

pub async fn delete_funding_action(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<DeleteForm>,
) -> Response {
    let deleted = state
        .store
        .delete_funding_action(&staff.principal, id, form.version)
        .await;
    lead_on(
        deleted,
        &t,
        &here,
        format!("/{}/workbench/funding/catalogue", t.lang()),
    )
}
