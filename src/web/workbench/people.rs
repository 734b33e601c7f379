//! People of activities in the workbench (`/{lang}/workbench/people…`): the anonymous counts of
//! every activity for all staff; the names, the person pages, consent, export and erasure only for
//! the staff of the activity (its host's or a side of one of its partnerships') and administrators.
//! A person outside the reader's scope answers exactly like a person that does not exist (404), so
//! no name and not even existence leaks.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::auth::{SignedForm, Staff};
use super::outcome::{Refusal, lead_on, with_status};
use super::pages::{FieldErrors, StaffView, field_id};
use crate::app::AppState;
use crate::domain::audit::{AuditEntry, Entity};
use crate::domain::people::{
    Age, AgeGroup, ConsentRecord, Counts, GivenBy, Participation, PersonRecord, PersonRole,
};
use crate::domain::records::FieldError;
use crate::error::AppError;
use crate::i18n::{LANGUAGES, Tr};
use crate::store::WriteError;
use crate::store::people::{ActivityFacts, PersonLine, StoredPerson, scope};
use crate::web::language::PageLang;
use crate::web::{error_page, respond};

pub fn router() -> Router<AppState> {
    let mut router = Router::new();
    for lang in LANGUAGES {
        let at = |path: &str| format!("/{lang}/workbench/people{path}");
        router = router
            .route(&at(""), get(list_people_activities))
            .route(&at("/activities/{id}"), get(show_activity_people))
            .route(
                &at("/activities/{id}/new"),
                get(show_new_person).post(create_person),
            )
            .route(&at("/{id}"), get(show_person).post(save_person))
            .route(&at("/{id}/consents"), post(add_consent))
            .route(&at("/{id}/participations"), post(add_participation))
            .route(
                &at("/{id}/participations/{activity}/remove"),
                post(remove_participation),
            )
            .route(
                &at("/{id}/consents/{consent}/withdraw"),
                post(withdraw_consent),
            )
            .route(&at("/{id}/export"), get(export_person))
            .route(&at("/{id}/erase"), post(erase_person));
    }
    router
}

/// The person form as posted. `birth_year` wins over `age_group` when given.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PersonForm {
    pub version: Option<i64>,
    pub name: String,
    pub birth_year: String,
    pub age_group: String,
    pub email: String,
    pub phone: String,
    pub country: String,
    pub dietary: String,
    pub accessibility: String,
    /// The part in the activity the form is about.
    pub activity: Option<i64>,
    pub role: String,
    pub invited: Option<String>,
    /// A consent given with the form (new people only).
    pub consent_given_on: String,
    pub consent_text_version: String,
    pub consent_given_by: String,
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.replace("\r\n", "\n"))
}

impl PersonForm {
    fn from_stored(p: &StoredPerson, activity: Option<i64>) -> PersonForm {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        let part = activity
            .and_then(|a| p.participations.iter().find(|(f, _)| f.id == a))
            .map(|(_, part)| *part);
        let (birth_year, age_group) = match p.record.age {
            Age::BirthYear(y) => (y.to_string(), String::new()),
            Age::Group(g) => (String::new(), g.key().to_owned()),
        };
        PersonForm {
            version: Some(p.version),
            name: p.record.name.clone(),
            birth_year,
            age_group,
            email: text(&p.record.email),
            phone: text(&p.record.phone),
            country: p.record.country.clone(),
            dietary: text(&p.record.dietary),
            accessibility: text(&p.record.accessibility),
            activity: part.and(activity),
            role: part.map(|p| p.role.key().to_owned()).unwrap_or_default(),
            invited: part.filter(|p| p.invited).map(|_| "1".into()),
            ..PersonForm::default()
        }
    }

    fn to_record(&self) -> Result<PersonRecord, Vec<FieldError>> {
        let mut problems = Vec::new();
        let birth_year = self.birth_year.trim();
        let age = if birth_year.is_empty() {
            match AgeGroup::parse(self.age_group.trim()) {
                Some(g) => Age::Group(g),
                None if self.age_group.trim().is_empty() => Age::Group(AgeGroup::Unknown),
                None => {
                    problems.push(FieldError::new(
                        "age_group",
                        "choose",
                        "choose one of the age groups",
                    ));
                    Age::Group(AgeGroup::Unknown)
                }
            }
        } else {
            match birth_year.parse::<i32>() {
                Ok(y) => Age::BirthYear(y),
                Err(_) => {
                    problems.push(FieldError::new(
                        "birth_year",
                        "people-birth-year",
                        "a birth year such as 2009",
                    ));
                    Age::Group(AgeGroup::Unknown)
                }
            }
        };
        let record = PersonRecord {
            name: self.name.trim().to_owned(),
            age,
            email: optional(&self.email),
            phone: optional(&self.phone),
            country: self.country.trim().to_uppercase(),
            dietary: optional(&self.dietary),
            accessibility: optional(&self.accessibility),
        };
        let this_year = crate::domain::clock::Instant::now().date_time().year();
        if let Err(more) = record.check(this_year) {
            problems.extend(more);
        }
        if problems.is_empty() {
            Ok(record)
        } else {
            Err(problems)
        }
    }

    /// The form as shown again after a refusal: what was typed, with control characters (which
    /// were refused) shown as U+FFFD instead of being sent back to the browser.
    fn displayable(mut self) -> PersonForm {
        let clean = |s: &mut String, multiline: bool| {
            if s.chars().any(char::is_control) {
                *s = s
                    .chars()
                    .map(|c| {
                        if c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')) {
                            '\u{FFFD}'
                        } else {
                            c
                        }
                    })
                    .collect();
            }
        };
        for field in [
            &mut self.name,
            &mut self.birth_year,
            &mut self.age_group,
            &mut self.email,
            &mut self.phone,
            &mut self.country,
            &mut self.role,
            &mut self.consent_given_on,
            &mut self.consent_text_version,
            &mut self.consent_given_by,
        ] {
            clean(field, false);
        }
        clean(&mut self.dietary, true);
        clean(&mut self.accessibility, true);
        self
    }

    fn participation(&self) -> Result<Participation, FieldError> {
        let role = PersonRole::parse(self.role.trim())
            .ok_or_else(|| FieldError::new("role", "choose", "choose one of the roles"))?;
        Ok(Participation {
            role,
            invited: self.invited.is_some(),
        })
    }

    /// The consent typed into a new person's form; `None` when all its fields are empty.
    fn consent(&self) -> Result<Option<ConsentRecord>, Vec<FieldError>> {
        if self.consent_given_on.trim().is_empty() && self.consent_text_version.trim().is_empty() {
            return Ok(None);
        }
        consent_from(
            &self.consent_given_on,
            &self.consent_text_version,
            &self.consent_given_by,
            "consent_",
        )
        .map(Some)
    }
}

fn consent_from(
    given_on: &str,
    text_version: &str,
    given_by: &str,
    prefix: &str,
) -> Result<ConsentRecord, Vec<FieldError>> {
    let Some(given_by) = GivenBy::parse(given_by.trim()) else {
        return Err(vec![FieldError::new(
            format!("{prefix}given_by"),
            "choose",
            "choose who gave the consent",
        )]);
    };
    let record = ConsentRecord {
        given_on: given_on.trim().to_owned(),
        text_version: text_version.trim().to_owned(),
        given_by,
        withdrawn_on: None,
    };
    let today = crate::domain::clock::Instant::now().date_time().date();
    record.check(today).map_err(|problems| {
        problems
            .into_iter()
            .map(|p| FieldError {
                field: format!("{prefix}{}", p.field),
                ..p
            })
            .collect::<Vec<_>>()
    })?;
    Ok(record)
}

/// One line of the index: an activity and how many people it has.
pub struct ActivityCountLine {
    pub activity: ActivityFacts,
    pub people: u32,
    pub invited: u32,
}

#[derive(Template)]
#[template(path = "workbench/people/index.html")]
pub struct PeopleIndexPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub lines: Vec<ActivityCountLine>,
}

#[derive(Template)]
#[template(path = "workbench/people/activity.html")]
pub struct ActivityPeoplePage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub activity: ActivityFacts,
    pub counts: Counts,
    /// `None`: the reader sees counts only.
    pub people: Option<Vec<PersonLine>>,
    pub may_add: bool,
    pub erased: bool,
}

impl ActivityPeoplePage {
    /// "12 people, of which 5 invited guests from abroad".
    fn totals(&self) -> String {
        format!(
            "{}, {}",
            self.t.count("people-total", i64::from(self.counts.total())),
            self.t
                .count("people-total-invited", i64::from(self.counts.invited()))
        )
    }

    fn role(&self, role: &PersonRole) -> String {
        self.t.t(&format!("people-role-{}", role.key()))
    }

    fn age(&self, group: &AgeGroup) -> String {
        self.t.t(&format!("people-age-{}", group.key()))
    }
}

#[derive(Template)]
#[template(path = "workbench/people/person.html")]
pub struct PersonPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub form: PersonForm,
    pub errors: FieldErrors,
    /// The activity a new person is added to, or whose part the form edits.
    pub activity: Option<ActivityFacts>,
    /// Set when editing.
    pub person: Option<PersonView>,
    pub saved: bool,
    pub may_change: bool,
}

/// The stored person's other sections, as far as the reader's scope reaches.
pub struct PersonView {
    pub id: i64,
    pub version: i64,
    pub participations: Vec<(ActivityFacts, Participation)>,
    /// Participations in activities outside the reader's scope: only their number.
    pub hidden_participations: usize,
    pub consents: Vec<(i64, ConsentRecord)>,
    /// Ids of the shown activities whose people the reader may change.
    pub changeable: Vec<i64>,
    pub history: Vec<AuditEntry>,
    pub may_act_for_whole_person: bool,
    /// Activities the reader may add the person to.
    pub joinable: Vec<ActivityFacts>,
}

impl PersonView {
    /// Whether the reader may take the person off `activity` (not their only one).
    fn may_remove(&self, activity: &ActivityFacts, staff: &StaffView) -> bool {
        staff.role != "reader"
            && self.participations.len() + self.hidden_participations > 1
            && self.changeable.contains(&activity.id)
    }
}

impl PersonPage {
    fn id(&self, field: &str) -> String {
        field_id(field)
    }

    fn roles(&self) -> Vec<(&'static str, String)> {
        PersonRole::ALL
            .iter()
            .map(|r| (r.key(), self.t.t(&format!("people-role-{}", r.key()))))
            .collect()
    }

    fn role(&self, role: &PersonRole) -> String {
        self.t.t(&format!("people-role-{}", role.key()))
    }

    fn age_groups(&self) -> Vec<(&'static str, String)> {
        AgeGroup::ALL
            .iter()
            .map(|g| (g.key(), self.t.t(&format!("people-age-{}", g.key()))))
            .collect()
    }

    fn givers(&self) -> Vec<(&'static str, String)> {
        GivenBy::ALL
            .iter()
            .map(|g| (g.key(), self.t.t(&format!("people-given-by-{}", g.key()))))
            .collect()
    }

    fn given_by(&self, g: &GivenBy) -> String {
        self.t.t(&format!("people-given-by-{}", g.key()))
    }

    fn when(&self, entry: &AuditEntry) -> String {
        entry.at.display_local()
    }

    fn action(&self, entry: &AuditEntry) -> String {
        self.t.t(&format!("people-action-{}", entry.action.key()))
    }

    /// Single-line fields: name, label key, value, autocomplete (off: staff type others' data).
    fn lines(&self) -> Vec<(&'static str, &'static str, &str)> {
        let f = &self.form;
        vec![
            ("name", "people-name", f.name.as_str()),
            ("birth_year", "people-birth-year", f.birth_year.as_str()),
            ("email", "people-email", f.email.as_str()),
            ("phone", "people-phone", f.phone.as_str()),
            ("country", "people-country", f.country.as_str()),
        ]
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PageQuery {
    saved: Option<String>,
    erased: Option<String>,
    activity: Option<i64>,
}

fn not_found(id: i64) -> AppError {
    AppError::not_found("person", id.to_string())
}

async fn visible_activity(state: &AppState, id: i64) -> Result<ActivityFacts, AppError> {
    state
        .store
        .people_activity(id)
        .await?
        .ok_or_else(|| AppError::not_found("activity", id.to_string()))
}

/// The person if the reader's scope covers one of their activities; otherwise as if absent.
async fn visible_person(
    state: &AppState,
    staff: &Staff,
    id: i64,
) -> Result<StoredPerson, AppError> {
    let person = state.store.person(id).await?.ok_or_else(|| not_found(id))?;
    let visible = if person.participations.is_empty() {
        staff.principal.is_admin()
    } else {
        person
            .participations
            .iter()
            .any(|(a, _)| scope::may_see(&staff.principal, &a.bodies))
    };
    if visible {
        Ok(person)
    } else {
        Err(not_found(id))
    }
}

pub async fn list_people_activities(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
) -> Response {
    let page = async {
        let mut lines = Vec::new();
        for activity in state.store.people_activities().await? {
            let counts = state.store.activity_people_counts(&activity).await?;
            lines.push(ActivityCountLine {
                people: counts.total(),
                invited: counts.invited(),
                activity,
            });
        }
        Ok::<_, AppError>(PeopleIndexPage {
            title: t.t("people-title"),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
            lines,
        })
    }
    .await;
    respond(&t, &here, page)
}

pub async fn show_activity_people(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(id): Path<i64>,
    Query(query): Query<PageQuery>,
) -> Response {
    let page = async {
        let activity = visible_activity(&state, id).await?;
        let counts = state.store.activity_people_counts(&activity).await?;
        let people = if scope::may_see(&staff.principal, &activity.bodies) {
            Some(state.store.people_of_activity(&activity).await?)
        } else {
            None
        };
        Ok::<_, AppError>(ActivityPeoplePage {
            title: t.t1("people-activity-title", "name", &activity.title),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
            may_add: scope::may_change(&staff.principal, &activity.bodies),
            activity,
            counts,
            people,
            erased: query.erased.is_some(),
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
        form: PersonForm,
        errors: &[FieldError],
        activity: Option<ActivityFacts>,
        person: Option<PersonView>,
        saved: bool,
    ) -> PersonPage {
        let title = match &person {
            Some(_) => self.t.t1("people-edit-title", "name", &form.name),
            None => self.t.t1(
                "people-new-title",
                "name",
                activity.as_ref().map(|a| a.title.as_str()).unwrap_or(""),
            ),
        };
        let may_change = match (&person, &activity) {
            (Some(p), _) => p
                .participations
                .iter()
                .any(|(a, _)| scope::may_change(&self.staff.principal, &a.bodies)),
            (None, Some(a)) => scope::may_change(&self.staff.principal, &a.bodies),
            (None, None) => false,
        };
        PersonPage {
            title,
            t: self.t.clone(),
            here: self.here.to_owned(),
            section: "workbench",
            staff: StaffView::of(self.staff),
            errors: FieldErrors::new(self.t, errors),
            form,
            activity,
            person,
            saved,
            may_change,
        }
    }

    fn refused(
        &self,
        form: PersonForm,
        error: WriteError,
        activity: Option<ActivityFacts>,
        person: Option<PersonView>,
    ) -> Response {
        let form = form.displayable();
        match Refusal::from(error) {
            Refusal::Form(status, problems) => with_status(
                respond(
                    self.t,
                    self.here,
                    Ok(self.page(form, &problems, activity, person, false)),
                ),
                status,
            ),
            Refusal::Page(error) => error_page(&error, self.t, self.here),
        }
    }
}

async fn person_view(
    state: &AppState,
    staff: &Staff,
    person: &StoredPerson,
) -> Result<PersonView, AppError> {
    let (visible, hidden): (Vec<_>, Vec<_>) = person
        .participations
        .iter()
        .cloned()
        .partition(|(a, _)| scope::may_see(&staff.principal, &a.bodies));
    let taken: Vec<i64> = person.participations.iter().map(|(a, _)| a.id).collect();
    let joinable = state
        .store
        .people_activities()
        .await?
        .into_iter()
        .filter(|a| !taken.contains(&a.id) && scope::may_change(&staff.principal, &a.bodies))
        .collect();
    let changeable = visible
        .iter()
        .filter(|(a, _)| scope::may_change(&staff.principal, &a.bodies))
        .map(|(a, _)| a.id)
        .collect();
    Ok(PersonView {
        joinable,
        changeable,
        id: person.id,
        version: person.version,
        participations: visible,
        hidden_participations: hidden.len(),
        consents: person.consents.clone(),
        history: state.store.history(Entity::Person, person.id).await?,
        may_act_for_whole_person: scope::may_act_for_whole_person(
            &staff.principal,
            &person.activity_bodies(),
        ),
    })
}

pub async fn show_new_person(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(id): Path<i64>,
) -> Response {
    let activity = match visible_activity(&state, id).await {
        Ok(a) => a,
        Err(e) => return error_page(&e, &t, &here),
    };
    if !scope::may_change(&staff.principal, &activity.bodies) {
        return error_page(&AppError::Forbidden(t.t("people-out-of-scope")), &t, &here);
    }
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
    };
    let form = PersonForm {
        activity: Some(id),
        role: PersonRole::Participant.key().into(),
        consent_given_by: GivenBy::Person.key().into(),
        ..PersonForm::default()
    };
    respond(
        &t,
        &here,
        Ok(ctx.page(form, &[], Some(activity), None, false)),
    )
}

pub async fn create_person(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<PersonForm>,
) -> Response {
    let activity = match visible_activity(&state, id).await {
        Ok(a) => a,
        Err(e) => return error_page(&e, &t, &here),
    };
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
    };
    let mut problems = Vec::new();
    let record = form.to_record().map_err(|p| problems.extend(p)).ok();
    let part = form.participation().map_err(|p| problems.push(p)).ok();
    let consent = form.consent().map_err(|p| problems.extend(p)).ok();
    let (Some(record), Some(part), Some(consent)) = (record, part, consent) else {
        return ctx.refused(form, WriteError::Invalid(problems), Some(activity), None);
    };
    match state
        .store
        .add_person(&staff.principal, id, &record, part, consent.as_ref())
        .await
    {
        Ok(person) => Redirect::to(&format!(
            "/{}/workbench/people/{person}?saved=1&activity={id}",
            t.lang()
        ))
        .into_response(),
        Err(e) => ctx.refused(form, e, Some(activity), None),
    }
}

pub async fn show_person(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(id): Path<i64>,
    Query(query): Query<PageQuery>,
) -> Response {
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
    };
    let page = async {
        let person = visible_person(&state, &staff, id).await?;
        let view = person_view(&state, &staff, &person).await?;
        // The part the form edits: the activity named, or the first one the reader may see.
        let activity = query
            .activity
            .and_then(|a| view.participations.iter().find(|(f, _)| f.id == a))
            .or(view.participations.first())
            .map(|(a, _)| a.clone());
        let form = PersonForm::from_stored(&person, activity.as_ref().map(|a| a.id));
        Ok::<_, AppError>(ctx.page(form, &[], activity, Some(view), query.saved.is_some()))
    }
    .await;
    respond(&t, &here, page)
}

pub async fn save_person(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<PersonForm>,
) -> Response {
    let ctx = Context {
        t: &t,
        here: &here,
        staff: &staff,
    };
    let (person, view) = match async {
        let person = visible_person(&state, &staff, id).await?;
        let view = person_view(&state, &staff, &person).await?;
        Ok::<_, AppError>((person, view))
    }
    .await
    {
        Ok(found) => found,
        Err(e) => return error_page(&e, &t, &here),
    };
    let activity = form
        .activity
        .and_then(|a| view.participations.iter().find(|(f, _)| f.id == a))
        .map(|(a, _)| a.clone());
    let mut problems = Vec::new();
    let record = form.to_record().map_err(|p| problems.extend(p)).ok();
    let part = match &activity {
        Some(a) => form
            .participation()
            .map(|p| Some((a.id, p)))
            .map_err(|p| problems.push(p))
            .ok(),
        None => Some(None),
    };
    let (Some(record), Some(part)) = (record, part) else {
        return ctx.refused(form, WriteError::Invalid(problems), activity, Some(view));
    };
    let Some(version) = form.version else {
        return error_page(&AppError::BadRequest(t.t("form-malformed")), &t, &here);
    };
    match state
        .store
        .update_person(&staff.principal, person.id, version, &record, part)
        .await
    {
        Ok(()) => {
            let back = activity
                .map(|a| format!("&activity={}", a.id))
                .unwrap_or_default();
            Redirect::to(&format!(
                "/{}/workbench/people/{id}?saved=1{back}",
                t.lang()
            ))
            .into_response()
        }
        Err(e) => ctx.refused(form, e, activity, Some(view)),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConsentForm {
    given_on: String,
    text_version: String,
    given_by: String,
}

pub async fn add_consent(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<ConsentForm>,
) -> Response {
    if let Err(e) = visible_person(&state, &staff, id).await {
        return error_page(&e, &t, &here);
    }
    let result = match consent_from(&form.given_on, &form.text_version, &form.given_by, "") {
        Ok(consent) => state
            .store
            .add_consent(&staff.principal, id, &consent)
            .await
            .map(|_| ()),
        Err(problems) => Err(WriteError::Invalid(problems)),
    };
    lead_on(
        result,
        &t,
        &here,
        format!("/{}/workbench/people/{id}?saved=1", t.lang()),
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WithdrawForm {
    withdrawn_on: String,
}

pub async fn withdraw_consent(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path((id, consent)): Path<(i64, i64)>,
    SignedForm { staff, form }: SignedForm<WithdrawForm>,
) -> Response {
    if let Err(e) = visible_person(&state, &staff, id).await {
        return error_page(&e, &t, &here);
    }
    let result = state
        .store
        .withdraw_consent(&staff.principal, id, consent, &form.withdrawn_on)
        .await;
    lead_on(
        result,
        &t,
        &here,
        format!("/{}/workbench/people/{id}?saved=1", t.lang()),
    )
}

/// "All data held about this person" as a JSON download, for the staff of all their activities.
pub async fn export_person(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(id): Path<i64>,
) -> Response {
    let document = async {
        let person = visible_person(&state, &staff, id).await?;
        if !scope::may_act_for_whole_person(&staff.principal, &person.activity_bodies()) {
            return Err(AppError::Forbidden(t.t("people-whole-person-only")));
        }
        state
            .store
            .export_person(id)
            .await?
            .ok_or_else(|| not_found(id))
    }
    .await;
    match document {
        Ok(document) => (
            [
                (
                    header::CONTENT_TYPE,
                    "application/json; charset=utf-8".to_owned(),
                ),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"person-{id}.json\""),
                ),
            ],
            serde_json::to_string_pretty(&document).expect("JSON values serialize"),
        )
            .into_response(),
        Err(e) => error_page(&e, &t, &here),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EraseForm {
    version: Option<i64>,
    /// Where to go afterwards: the activity's list.
    activity: Option<i64>,
}

pub async fn erase_person(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<EraseForm>,
) -> Response {
    if let Err(e) = visible_person(&state, &staff, id).await {
        return error_page(&e, &t, &here);
    }
    let result = state
        .store
        .erase_person(&staff.principal, id, form.version)
        .await;
    let next = match form.activity {
        Some(a) => format!("/{}/workbench/people/activities/{a}?erased=1", t.lang()),
        None => format!("/{}/workbench/people", t.lang()),
    };
    lead_on(result, &t, &here, next)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ParticipationForm {
    activity: Option<i64>,
    role: String,
    invited: Option<String>,
}

/// Adds the person to another activity of the reader's.
pub async fn add_participation(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<i64>,
    SignedForm { staff, form }: SignedForm<ParticipationForm>,
) -> Response {
    if let Err(e) = visible_person(&state, &staff, id).await {
        return error_page(&e, &t, &here);
    }
    let (Some(activity), Some(role)) = (form.activity, PersonRole::parse(form.role.trim())) else {
        return error_page(&AppError::BadRequest(t.t("form-malformed")), &t, &here);
    };
    let part = Participation {
        role,
        invited: form.invited.is_some(),
    };
    let result = state
        .store
        .add_participation(&staff.principal, id, activity, part)
        .await;
    lead_on(
        result,
        &t,
        &here,
        format!(
            "/{}/workbench/people/{id}?saved=1&activity={activity}",
            t.lang()
        ),
    )
}

/// Takes the person off one of their activities (not their only one).
pub async fn remove_participation(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path((id, activity)): Path<(i64, i64)>,
    SignedForm { staff, .. }: SignedForm<WithdrawForm>,
) -> Response {
    if let Err(e) = visible_person(&state, &staff, id).await {
        return error_page(&e, &t, &here);
    }
    let result = state
        .store
        .remove_participation(&staff.principal, id, activity)
        .await;
    lead_on(
        result,
        &t,
        &here,
        format!("/{}/workbench/people/{id}?saved=1", t.lang()),
    )
}
