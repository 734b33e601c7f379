//! Applications for funding: the list, the form (partners, planned participants per country, money,
//! dates), the eligibility check against the call's rules shown on the application's page, and the
//! status steps of the pipeline.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{Tab, brussels, tabs};
use crate::app::AppState;
use crate::domain::funding::documents::MAX_DOCUMENT_BYTES;
use crate::domain::funding::{
    APPLICANT_KINDS, ApplicationRecord, Eur, ParticipantLine, Status, applicant_kind_of,
};
use crate::domain::records::FieldError;
use crate::error::AppError;
use crate::funding::{Eligibility, check_eligibility, check_eligibility_with_activity};
use crate::i18n::Tr;
use crate::store::{ActivityFilter, ApplicationLine, BodyChoice, Stored, WriteError};
use crate::web::language::PageLang;
use crate::web::pages::Choice;
use crate::web::workbench::auth::{SignedForm, Staff};
use crate::web::workbench::controls::Control;
use crate::web::workbench::outcome::{Refusal, lead_on, with_status};
use crate::web::workbench::pages::{FieldErrors, StaffView, field_id};
use crate::web::{error_page, respond};

/// The most activities the form offers to choose from (newest first).
const MAX_ACTIVITY_CHOICES: i64 = 1000;

/// Rows of planned participants the form offers.
const PARTICIPANT_ROWS: usize = 8;

pub struct ApplicationRow {
    pub line: ApplicationLine,
    pub status: String,
    pub deadline: String,
    pub requested: String,
    pub granted: String,
}

#[derive(Template)]
#[template(path = "workbench/funding/applications.html")]
pub struct ApplicationsPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub tabs: Vec<Tab>,
    pub rows: Vec<ApplicationRow>,
    pub may_create: bool,
}

fn amount(t: &Tr, value: Option<Eur>) -> String {
    value.map(|v| v.display(t.lang())).unwrap_or_default()
}

pub fn status_label(t: &Tr, status: Status) -> String {
    t.t(&format!(
        "funding-status-{}",
        status.key().replace('_', "-")
    ))
}

pub async fn list_funding_applications(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
) -> Response {
    let page = async {
        let rows = state
            .store
            .funding_application_lines(None)
            .await?
            .into_iter()
            .map(|line| ApplicationRow {
                status: status_label(&t, line.status),
                deadline: brussels(&t, line.deadline),
                requested: amount(&t, line.requested),
                granted: amount(&t, line.granted),
                line,
            })
            .collect();
        Ok::<_, AppError>(ApplicationsPage {
            title: t.t("funding-applications-title"),
            tabs: tabs(&t, "/applications"),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
            rows,
            may_create: staff.principal.may_edit_anything(),
        })
    }
    .await;
    respond(&t, &here, page)
}

/// The form as posted. Participants come as three parallel lists, one entry per row.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ApplicationForm {
    pub version: Option<i64>,
    pub title: String,
    pub call: String,
    pub applicant: String,
    pub applicant_kind: String,
    pub partners: Vec<String>,
    pub p_country: Vec<String>,
    pub p_count: Vec<String>,
    pub p_invited: Vec<String>,
    pub starts_on: String,
    pub ends_on: String,
    pub requested: String,
    pub granted: String,
    pub co_financing: String,
    pub responsible: String,
    pub report_due: String,
    pub notes: String,
    /// The slug of the activity the application pays for ("" for none).
    pub activity: String,
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

impl ApplicationForm {
    fn from_record(version: i64, r: &ApplicationRecord) -> ApplicationForm {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        let money = |v: Option<Eur>| v.map(Eur::text).unwrap_or_default();
        ApplicationForm {
            version: Some(version),
            title: r.title.clone(),
            call: r.call.clone(),
            applicant: r.applicant.clone(),
            applicant_kind: r.applicant_kind.clone(),
            partners: r.partners.clone(),
            p_country: r.participants.iter().map(|p| p.country.clone()).collect(),
            p_count: r
                .participants
                .iter()
                .map(|p| p.participants.to_string())
                .collect(),
            p_invited: r
                .participants
                .iter()
                .map(|p| p.invited.to_string())
                .collect(),
            starts_on: text(&r.starts_on),
            ends_on: text(&r.ends_on),
            requested: money(r.requested),
            granted: money(r.granted),
            co_financing: money(r.co_financing),
            responsible: r.responsible.clone(),
            report_due: text(&r.report_due),
            notes: r.notes.clone(),
            activity: text(&r.activity),
        }
    }

    /// The record, with the status and its dates kept from the stored application (they change
    /// through status steps only).
    fn to_record(
        &self,
        status: Status,
        status_dates: BTreeMap<String, String>,
    ) -> Result<ApplicationRecord, Vec<FieldError>> {
        let mut problems = Vec::new();
        let mut money = |field: &'static str, text: &str| match optional(text) {
            None => None,
            Some(text) => match Eur::parse(&text) {
                Ok(v) => Some(v),
                Err(e) => {
                    problems.push(FieldError::new(field, "funding-money", e.0));
                    None
                }
            },
        };
        let requested = money("requested", &self.requested);
        let granted = money("granted", &self.granted);
        let co_financing = money("co_financing", &self.co_financing);
        let mut participants = Vec::new();
        let rows = self
            .p_country
            .len()
            .max(self.p_count.len())
            .max(self.p_invited.len());
        for i in 0..rows {
            let cell =
                |list: &Vec<String>| list.get(i).map(|s| s.trim().to_owned()).unwrap_or_default();
            let (country, count, invited) = (
                cell(&self.p_country),
                cell(&self.p_count),
                cell(&self.p_invited),
            );
            if country.is_empty() && count.is_empty() && invited.is_empty() {
                continue;
            }
            let index = participants.len();
            let mut number = |field: &str, text: &str| {
                if text.is_empty() {
                    return 0;
                }
                text.parse::<u32>().unwrap_or_else(|_| {
                    problems.push(FieldError::new(
                        format!("participants[{index}].{field}"),
                        "funding-count",
                        format!("'{text}' is not a whole number"),
                    ));
                    0
                })
            };
            let participants_n = number("participants", &count);
            let invited_n = number("invited", &invited);
            participants.push(ParticipantLine {
                country: country.to_uppercase(),
                participants: participants_n,
                invited: invited_n,
            });
        }
        let record = ApplicationRecord {
            title: self.title.trim().to_owned(),
            call: self.call.trim().to_owned(),
            applicant: self.applicant.trim().to_owned(),
            applicant_kind: self.applicant_kind.trim().to_owned(),
            partners: self
                .partners
                .iter()
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect(),
            participants,
            starts_on: optional(&self.starts_on),
            ends_on: optional(&self.ends_on),
            requested,
            granted,
            co_financing,
            status,
            status_dates,
            responsible: self.responsible.trim().to_owned(),
            report_due: optional(&self.report_due),
            notes: self.notes.replace("\r\n", "\n"),
            activity: optional(&self.activity),
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

/// One rule's outcome as the page shows it.
pub struct VerdictView {
    pub met: Option<bool>,
    pub message: String,
    pub source: String,
    pub as_of: String,
}

/// A document as the application page lists it.
pub struct DocumentView {
    pub id: i64,
    pub name: String,
    pub size: String,
    pub uploaded: String,
}

pub struct EligibilityView {
    pub action: String,
    pub all_met: bool,
    pub verdicts: Vec<VerdictView>,
}

fn eligibility_view(t: &Tr, e: Eligibility) -> EligibilityView {
    EligibilityView {
        verdicts: e
            .verdicts
            .iter()
            .map(|(v, source, as_of)| {
                let mut args = v.args();
                args.push(("action", e.action.clone()));
                VerdictView {
                    met: v.met,
                    message: t.args(&v.message_key(), &args),
                    source: source.clone(),
                    as_of: as_of.clone(),
                }
            })
            .collect(),
        action: e.action,
        all_met: e.all_met,
    }
}

/// One row of planned participants in the form.
pub struct ParticipantRow {
    pub index: usize,
    pub country: Control,
    pub count: Control,
    pub invited: Control,
}

#[derive(Template)]
#[template(path = "workbench/funding/application_form.html")]
pub struct ApplicationFormPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub tabs: Vec<Tab>,
    pub errors: FieldErrors,
    pub form: ApplicationForm,
    pub editing: Option<i64>,
    pub saved: bool,
    pub may_save: bool,
    pub basics: Vec<Control>,
    pub partners: Vec<Choice>,
    pub partners_error: Option<String>,
    pub participants: Vec<ParticipantRow>,
    pub plans: Vec<Control>,
    pub money: Vec<Control>,
    pub office: Vec<Control>,
    pub status: Option<String>,
    pub status_dates: Vec<(String, String)>,
    pub next_statuses: Vec<Choice>,
    pub eligibility: Option<EligibilityView>,
    /// The funded activity's workbench page and title.
    pub activity_link: Option<(String, String)>,
    /// The check with the activity's actual participants and dates.
    pub actual_eligibility: Option<EligibilityView>,
    pub documents: Vec<DocumentView>,
    /// "added" or "deleted" after a document was.
    pub document_notice: Option<String>,
    pub max_document: String,
}

struct Context<'a> {
    t: &'a Tr,
    here: &'a str,
    staff: &'a Staff,
    state: &'a AppState,
}

/// What the page needs of a stored application beyond its form.
struct StoredParts {
    id: i64,
    record: ApplicationRecord,
    may_change: bool,
}

impl Context<'_> {
    async fn page(
        &self,
        form: ApplicationForm,
        problems: &[FieldError],
        stored: Option<StoredParts>,
        saved: bool,
    ) -> Result<ApplicationFormPage, AppError> {
        let t = self.t;
        let errors = FieldErrors::new(t, problems);
        let store = &self.state.store;
        let bodies: Vec<BodyChoice> = store.funding_body_choices().await?;
        let calls = store.funding_call_lines().await?;
        let label = |b: &BodyChoice| format!("{} ({})", b.name, b.country);
        let call_choices = calls
            .iter()
            .map(|c| Choice {
                value: c.identifier.clone(),
                label: format!(
                    "{} – {} ({})",
                    c.identifier,
                    c.title,
                    brussels(t, c.deadline)
                ),
                selected: c.identifier == form.call,
            })
            .collect();
        let applicant_choices = bodies
            .iter()
            .filter(|b| self.staff.principal.may_edit_body(b.id) || b.slug == form.applicant)
            .map(|b| Choice {
                value: b.slug.clone(),
                label: label(b),
                selected: b.slug == form.applicant,
            })
            .collect();
        let activities = store
            .activity_lines(
                &ActivityFilter {
                    newest_first: true,
                    ..ActivityFilter::default()
                },
                t.lang(),
                MAX_ACTIVITY_CHOICES,
                0,
            )
            .await?;
        let activity_choices = activities
            .iter()
            .map(|a| Choice {
                value: a.slug.clone(),
                label: format!("{} ({} – {})", a.title, a.starts_on, a.ends_on),
                selected: a.slug == form.activity,
            })
            .collect();
        let kind_choices = APPLICANT_KINDS
            .iter()
            .map(|k| Choice {
                value: (*k).to_owned(),
                label: t.t(&format!("funding-applicant-kind-{}", k.replace('_', "-"))),
                selected: *k == form.applicant_kind,
            })
            .collect();
        let basics = vec![
            Control::text(
                &errors,
                "title",
                "title",
                t.t("funding-application-name"),
                &form.title,
            )
            .required(),
            Control::select(
                &errors,
                "call",
                "call",
                t.t("funding-application-call"),
                call_choices,
            )
            .empty_option(t.t("funding-choose"))
            .required(),
            Control::select(
                &errors,
                "applicant",
                "applicant",
                t.t("funding-application-applicant"),
                applicant_choices,
            )
            .empty_option(t.t("funding-choose"))
            .required(),
            Control::select(
                &errors,
                "applicant_kind",
                "applicant_kind",
                t.t("funding-application-applicant-kind"),
                kind_choices,
            )
            .hint(t.t("funding-application-applicant-kind-hint")),
            Control::select(
                &errors,
                "activity",
                "activity",
                t.t("funding-application-activity"),
                activity_choices,
            )
            .empty_option(t.t("funding-application-activity-none"))
            .hint(t.t("funding-application-activity-hint")),
        ];
        let partners = bodies
            .iter()
            .filter(|b| b.slug != form.applicant)
            .map(|b| Choice {
                value: b.slug.clone(),
                label: label(b),
                selected: form.partners.contains(&b.slug),
            })
            .collect();
        let partners_error = {
            let mut messages: Vec<&str> = Vec::new();
            if let Some(m) = errors.get("partners") {
                messages.push(m);
            }
            for i in 0..form.partners.len() {
                if let Some(m) = errors.get(&format!("partners[{i}]")) {
                    messages.push(m);
                }
            }
            (!messages.is_empty()).then(|| messages.join(" "))
        };
        let rows = PARTICIPANT_ROWS.max(form.p_country.len() + 2);
        let cell = |list: &Vec<String>, i: usize| list.get(i).cloned().unwrap_or_default();
        let participants = (0..rows)
            .map(|i| ParticipantRow {
                index: i + 1,
                country: Control::text(
                    &errors,
                    format!("participants[{i}].country"),
                    "p_country",
                    t.t("funding-participants-country"),
                    &cell(&form.p_country, i),
                )
                .autocomplete("off"),
                count: Control::text(
                    &errors,
                    format!("participants[{i}].participants"),
                    "p_count",
                    t.t("funding-participants-count"),
                    &cell(&form.p_count, i),
                )
                .mode("numeric"),
                invited: Control::text(
                    &errors,
                    format!("participants[{i}].invited"),
                    "p_invited",
                    t.t("funding-participants-invited"),
                    &cell(&form.p_invited, i),
                )
                .mode("numeric"),
            })
            .collect();
        let plans = vec![
            Control::text(
                &errors,
                "starts_on",
                "starts_on",
                t.t("funding-application-starts"),
                &form.starts_on,
            )
            .kind("date"),
            Control::text(
                &errors,
                "ends_on",
                "ends_on",
                t.t("funding-application-ends"),
                &form.ends_on,
            )
            .kind("date"),
        ];
        let money_hint = t.t("funding-money-hint");
        let money = vec![
            Control::text(
                &errors,
                "requested",
                "requested",
                t.t("funding-application-requested"),
                &form.requested,
            )
            .mode("decimal")
            .hint(money_hint.clone()),
            Control::text(
                &errors,
                "granted",
                "granted",
                t.t("funding-application-granted"),
                &form.granted,
            )
            .mode("decimal")
            .hint(t.t("funding-application-granted-hint")),
            Control::text(
                &errors,
                "co_financing",
                "co_financing",
                t.t("funding-application-co-financing"),
                &form.co_financing,
            )
            .mode("decimal")
            .hint(money_hint),
        ];
        let office = vec![
            Control::text(
                &errors,
                "responsible",
                "responsible",
                t.t("funding-application-responsible"),
                &form.responsible,
            )
            .autocomplete("name"),
            Control::text(
                &errors,
                "report_due",
                "report_due",
                t.t("funding-application-report-due"),
                &form.report_due,
            )
            .kind("date"),
            Control::text(
                &errors,
                "notes",
                "notes",
                t.t("funding-application-notes"),
                &form.notes,
            )
            .kind("textarea"),
        ];
        let (activity_link, actual_eligibility) = match &stored {
            Some(s) => match activities
                .iter()
                .find(|a| Some(&a.slug) == s.record.activity.as_ref())
            {
                Some(a) => (
                    Some((
                        format!("/{}/workbench/activities/{}", t.lang(), a.id),
                        a.title.clone(),
                    )),
                    check_eligibility_with_activity(store, &s.record)
                        .await?
                        .map(|e| eligibility_view(t, e)),
                ),
                None => (None, None),
            },
            None => (None, None),
        };
        let documents = match &stored {
            Some(s) => store
                .funding_documents(s.id)
                .await?
                .into_iter()
                .map(|d| DocumentView {
                    id: d.id,
                    size: t.args(
                        "funding-document-size",
                        &[("value", (d.size.saturating_add(1023) / 1024).to_string())],
                    ),
                    uploaded: t.args(
                        "funding-document-uploaded",
                        &[
                            ("time", d.uploaded_at.display_local()),
                            ("name", d.uploaded_by),
                        ],
                    ),
                    name: d.file_name,
                })
                .collect(),
            None => Vec::new(),
        };
        let (status, status_dates, next_statuses, eligibility, editing, may_save) = match &stored {
            Some(s) => {
                let eligibility = check_eligibility(store, &s.record)
                    .await?
                    .map(|e| eligibility_view(t, e));
                let dates = Status::ALL
                    .iter()
                    .filter_map(|st| {
                        s.record
                            .status_dates
                            .get(st.key())
                            .map(|d| (status_label(t, *st), d.clone()))
                    })
                    .collect();
                let next = s
                    .record
                    .status
                    .next()
                    .iter()
                    .map(|st| Choice {
                        value: st.key().to_owned(),
                        label: status_label(t, *st),
                        selected: false,
                    })
                    .collect();
                (
                    Some(status_label(t, s.record.status)),
                    dates,
                    next,
                    eligibility,
                    Some(s.id),
                    s.may_change,
                )
            }
            None => (
                None,
                Vec::new(),
                Vec::new(),
                None,
                None,
                self.staff.principal.may_edit_anything(),
            ),
        };
        let title = match editing {
            Some(_) => t.t1("funding-application-edit-title", "name", &form.title),
            None => t.t("funding-application-new-title"),
        };
        Ok(ApplicationFormPage {
            title,
            t: t.clone(),
            here: self.here.to_owned(),
            section: "workbench",
            staff: StaffView::of(self.staff),
            tabs: tabs(t, "/applications"),
            errors,
            form,
            editing,
            saved,
            may_save,
            basics,
            partners,
            partners_error,
            participants,
            plans,
            money,
            office,
            status,
            status_dates,
            next_statuses,
            eligibility,
            activity_link,
            actual_eligibility,
            documents,
            document_notice: None,
            max_document: (MAX_DOCUMENT_BYTES / (1024 * 1024)).to_string(),
        })
    }

    async fn stored(&self, id: i64) -> Result<(Stored<ApplicationRecord>, StoredParts), AppError> {
        let stored = self
            .state
            .store
            .funding_application_record(id)
            .await?
            .ok_or_else(|| AppError::not_found("application", id.to_string()))?;
        let parts = StoredParts {
            id,
            record: stored.record.clone(),
            may_change: self.staff.principal.may_edit_body(stored.sides[0]),
        };
        Ok((stored, parts))
    }

    async fn refused(
        &self,
        form: ApplicationForm,
        error: WriteError,
        editing: Option<i64>,
    ) -> Response {
        match Refusal::from(error) {
            Refusal::Form(status, problems) => {
                let page = async {
                    let stored = match editing {
                        Some(id) => Some(self.stored(id).await?.1),
                        None => None,
                    };
                    self.page(form, &problems, stored, false).await
                }
                .await;
                with_status(respond(self.t, self.here, page), status)
            }
            Refusal::Page(error) => error_page(&error, self.t, self.here),
        }
    }
}

impl ApplicationFormPage {
    pub fn partners_id(&self) -> String {
        field_id("partners")
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewQuery {
    saved: Option<String>,
    document_added: Option<String>,
    document_deleted: Option<String>,
    call: String,
}

fn saved_at(t: &Tr, id: i64) -> Response {
    Redirect::to(&format!(
        "/{}/workbench/funding/applications/{id}?saved=1",
        t.lang()
    ))
    .into_response()
}

pub async fn show_new_funding_application(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Query(query): Query<NewQuery>,
) -> Response {
    if !staff.principal.may_edit_anything() {
        return error_page(&AppError::Forbidden(t.t("workbench-read-only")), &t, &here);
    }
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
        state: &state,
    };
    let form = ApplicationForm {
        call: query.call.trim().to_owned(),
        applicant_kind: "municipality".into(),
        ..ApplicationForm::default()
    };
    let page = ctx.page(form, &[], None, false).await;
    respond(&t, &here, page)
}

/// The applicant kind follows the body's kind when the form leaves it at its default.
async fn suggest_kind(state: &AppState, form: &mut ApplicationForm) {
    if form.applicant_kind.trim().is_empty()
        && let Ok(bodies) = state.store.funding_body_choices().await
        && let Some(b) = bodies.iter().find(|b| b.slug == form.applicant.trim())
    {
        form.applicant_kind = applicant_kind_of(&b.kind).to_owned();
    }
}

pub async fn create_funding_application(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    SignedForm { staff, mut form }: SignedForm<ApplicationForm>,
) -> Response {
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
        state: &state,
    };
    suggest_kind(&state, &mut form).await;
    let record = match form.to_record(Status::Idea, BTreeMap::new()) {
        Ok(record) => record,
        Err(problems) => return ctx.refused(form, WriteError::Invalid(problems), None).await,
    };
    match state
        .store
        .create_funding_application(&staff.principal, &record)
        .await
    {
        Ok(stored) => saved_at(&t, stored.id),
        Err(e) => ctx.refused(form, e, None).await,
    }
}

pub async fn edit_funding_application(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(id): Path<i64>,
    Query(query): Query<NewQuery>,
) -> Response {
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
        state: &state,
    };
    let page = async {
        let (stored, parts) = ctx.stored(id).await?;
        let form = ApplicationForm::from_record(stored.version, &stored.record);
        let mut page = ctx
            .page(form, &[], Some(parts), query.saved.is_some())
            .await?;
        page.document_notice = if query.document_added.is_some() {
            Some(t.t("funding-document-added"))
        } else if query.document_deleted.is_some() {
            Some(t.t("funding-document-deleted"))
        } else {
            None
        };
        Ok::<_, AppError>(page)
    }
    .await;
    respond(&t, &here, page)
}

pub async fn save_funding_application(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, mut form }: SignedForm<ApplicationForm>,
) -> Response {
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
        state: &state,
    };
    suggest_kind(&state, &mut form).await;
    let stored = match state.store.funding_application_record(id).await {
        Ok(Some(stored)) => stored,
        Ok(None) => {
            return error_page(
                &AppError::not_found("application", id.to_string()),
                &t,
                &here,
            );
        }
        Err(e) => return error_page(&e.into(), &t, &here),
    };
    let record = match form.to_record(stored.record.status, stored.record.status_dates.clone()) {
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
        .update_funding_application(&staff.principal, id, version, &record)
        .await
    {
        Ok(_) => saved_at(&t, id),
        Err(e) => ctx.refused(form, e, Some(id)).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StatusForm {
    version: Option<i64>,
    status: String,
}

pub async fn change_funding_status(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<StatusForm>,
) -> Response {
    let (Some(version), Some(next)) = (form.version, Status::parse(form.status.trim())) else {
        return error_page(&AppError::BadRequest(t.t("form-malformed")), &t, &here);
    };
    let stored = match state.store.funding_application_record(id).await {
        Ok(Some(stored)) => stored,
        Ok(None) => {
            return error_page(
                &AppError::not_found("application", id.to_string()),
                &t,
                &here,
            );
        }
        Err(e) => return error_page(&e.into(), &t, &here),
    };
    let mut record = stored.record;
    record.status = next;
    let result = state
        .store
        .update_funding_application(&staff.principal, id, version, &record)
        .await
        .map(|_| ());
    lead_on(
        result,
        &t,
        &here,
        format!("/{}/workbench/funding/applications/{id}?saved=1", t.lang()),
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeleteForm {
    version: Option<i64>,
}

pub async fn delete_funding_application(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<DeleteForm>,
) -> Response {
    let deleted = state
        .store
        .delete_funding_application(&staff.principal, id, form.version)
        .await;
    lead_on(
        deleted,
        &t,
        &here,
        format!("/{}/workbench/funding/applications", t.lang()),
    )
}
