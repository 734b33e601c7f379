//! Accounts and API tokens in the workbench, for administrators only: the list of accounts,
//! creating one with an initial password, changing name, e-mail, role, scope and whether it may
//! sign in, setting a new password; listing, creating and revoking API tokens.
//!
//! Nobody can take away their own administrator rights or disable their own account, so there is
//! always an administrator. A new API token is shown once, in the answer to the form that created
//! it, which no cache may keep; only its digest is stored.

use std::collections::HashMap;

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::auth::{SignedForm, Staff};
use super::controls::Control;
use super::outcome::with_status;
use super::pages::{FieldErrors, StaffView};
use super::session::Empty;
use crate::app::AppState;
use crate::domain::access::Role;
use crate::domain::clock::Instant;
use crate::domain::credentials::NewPassword;
use crate::domain::records::{FieldError, MAX_LINE};
use crate::domain::values::Slug;
use crate::error::AppError;
use crate::i18n::{LANGUAGES, Tr};
use crate::store::{NewUser, Store, StoreError, User};
use crate::web::language::PageLang;
use crate::web::pages::Choice;
use crate::web::{error_page, respond};

/// The longest login name accepted (as on the command line).
const MAX_LOGIN: usize = 100;
/// The longest e-mail address (RFC 5321 path limit).
const MAX_EMAIL: usize = 254;

pub fn router() -> Router<AppState> {
    let mut router = Router::new();
    for lang in LANGUAGES {
        let at = |path: &str| format!("/{lang}/workbench{path}");
        router = router
            .route(&at("/users"), get(list_users))
            .route(&at("/users/new"), get(show_new_user).post(create_user))
            .route(&at("/users/{id}"), get(edit_user).post(save_user))
            .route(&at("/users/{id}/password"), post(reset_password))
            .route(&at("/tokens"), get(list_tokens).post(create_token))
            .route(&at("/tokens/{id}/revoke"), post(revoke_token));
    }
    router
}

fn admins_only(staff: &Staff, t: &Tr) -> Result<(), AppError> {
    if staff.principal.is_admin() {
        Ok(())
    } else {
        Err(AppError::Forbidden(t.t("workbench-admins-only")))
    }
}

/// A record id from the address; anything else is a page that does not exist.
fn parse_id(id: &str, what: &'static str) -> Result<i64, AppError> {
    id.parse().map_err(|_| AppError::not_found(what, id))
}

fn role_choices(t: &Tr, selected: &str) -> Vec<Choice> {
    Role::ALL
        .iter()
        .map(|r| Choice {
            value: r.key().to_owned(),
            label: t.t(&format!("role-{}", r.key())),
            selected: r.key() == selected,
        })
        .collect()
}

/// The identifiers of a scope as typed: one per line, or separated by commas or spaces.
fn scope_slugs(text: &str) -> Vec<String> {
    let mut slugs: Vec<String> = Vec::new();
    for slug in text
        .split([',', ';', ' ', '\n', '\r', '\t'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        if !slugs.iter().any(|s| s == slug) {
            slugs.push(slug.to_owned());
        }
    }
    slugs
}

/// The body ids of a typed scope, or the problems of the field `scope`. An editor needs at least
/// one body: without one they could change nothing.
async fn resolve_scope(
    store: &Store,
    t: &Tr,
    text: &str,
    role: Option<Role>,
    problems: &mut Vec<FieldError>,
) -> Result<Vec<i64>, StoreError> {
    let mut ids = Vec::new();
    for slug in scope_slugs(text) {
        if Slug::parse(&slug).is_err() {
            problems.push(FieldError::new("scope", "slug", "not an identifier"));
            continue;
        }
        match store.body_record(&slug).await? {
            Some(stored) => ids.push(stored.id),
            // The message names the identifier, so it is translated here (there is deliberately
            // no `field-error-scope-unknown` message to replace it).
            None => problems.push(FieldError::new(
                "scope",
                "scope-unknown",
                t.t1("account-scope-unknown", "slug", &slug),
            )),
        }
    }
    if role == Some(Role::Editor) && ids.is_empty() && !problems.iter().any(|p| p.field == "scope")
    {
        problems.push(FieldError::new(
            "scope",
            "scope-required",
            "an editor needs at least one body",
        ));
    }
    Ok(ids)
}

/// Identifiers of bodies by id, for showing scopes.
async fn slugs_by_id(store: &Store, ids: &[i64]) -> Result<HashMap<i64, String>, StoreError> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    Ok(store
        .body_refs_by_ids(&ids, "en")
        .await?
        .into_iter()
        .map(|(id, b)| (id, b.slug))
        .collect())
}

fn scope_text(scope: &[i64], slugs: &HashMap<i64, String>, separator: &str) -> String {
    let mut names: Vec<&str> = scope
        .iter()
        .filter_map(|id| slugs.get(id).map(String::as_str))
        .collect();
    names.sort_unstable();
    names.join(separator)
}

fn line_problems(field: &str, value: &str, required: bool, problems: &mut Vec<FieldError>) {
    if required && value.trim().is_empty() {
        problems.push(FieldError::new(field, "required", "this field is required"));
    } else if value.chars().count() > MAX_LINE {
        problems.push(FieldError::new(field, "too-long", "too long"));
    } else if value.chars().any(char::is_control) {
        problems.push(FieldError::new(
            field,
            "control-characters",
            "control characters are not allowed",
        ));
    }
}

fn login_problems(login: &str, problems: &mut Vec<FieldError>) {
    if login.is_empty() {
        problems.push(FieldError::new(
            "login",
            "required",
            "this field is required",
        ));
    } else if login.chars().count() > MAX_LOGIN
        || login.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        problems.push(FieldError::new(
            "login",
            "login",
            "1 to 100 characters without spaces",
        ));
    }
}

fn email_problems(email: &str, problems: &mut Vec<FieldError>) {
    let plausible = email.len() <= MAX_EMAIL
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.contains('@')
        });
    if !email.is_empty() && !plausible {
        problems.push(FieldError::new("email", "email", "not an e-mail address"));
    }
}

fn password_problems(
    password: &str,
    repeat: &str,
    login: &str,
    problems: &mut Vec<FieldError>,
) -> Option<NewPassword> {
    let new = NewPassword::parse(password, login)
        .map_err(|problem| {
            problems.push(FieldError::new(
                "password",
                problem.message_id(),
                problem.to_string(),
            ))
        })
        .ok();
    if password != repeat {
        problems.push(FieldError::new(
            "password_repeat",
            "passwords-differ",
            "the two passwords differ",
        ));
    }
    new
}

// ----- accounts ---------------------------------------------------------------------------------

pub struct UserRow {
    pub id: i64,
    pub login: String,
    pub name: String,
    pub role: &'static str,
    pub scope: String,
    pub active: bool,
}

#[derive(Template)]
#[template(path = "workbench/users.html")]
pub struct UsersPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub rows: Vec<UserRow>,
}

/// The account form as the browser sends it; passwords are never sent back to the browser.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct UserForm {
    pub login: String,
    pub name: String,
    pub email: String,
    pub role: String,
    pub scope: String,
    pub active: Option<String>,
    pub password: String,
    pub password_repeat: String,
}

impl UserForm {
    fn of(user: &User, slugs: &HashMap<i64, String>) -> UserForm {
        UserForm {
            login: user.login.clone(),
            name: user.display_name.clone(),
            email: user.email.clone().unwrap_or_default(),
            role: user.role.key().to_owned(),
            scope: scope_text(&user.scope, slugs, "\n"),
            active: user.active.then(|| "on".to_owned()),
            ..UserForm::default()
        }
    }

    pub fn is_active(&self) -> bool {
        self.active.is_some()
    }

    fn without_passwords(mut self) -> UserForm {
        self.password.clear();
        self.password_repeat.clear();
        self
    }
}

/// What the page says after a change.
#[derive(Default, Deserialize)]
#[serde(default)]
pub struct UserQuery {
    saved: Option<String>,
    created: Option<String>,
    password: Option<String>,
}

#[derive(Template)]
#[template(path = "workbench/user_form.html")]
pub struct UserFormPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub form: UserForm,
    pub errors: FieldErrors,
    /// The account's id when editing; `None` for a new account.
    pub editing: Option<i64>,
    pub notice: Option<String>,
    /// The signed-in administrator's own account.
    pub is_self: bool,
}

impl UserFormPage {
    fn new(
        t: &Tr,
        here: &str,
        staff: &Staff,
        form: UserForm,
        errors: &[FieldError],
        editing: Option<i64>,
    ) -> UserFormPage {
        UserFormPage {
            title: match editing {
                Some(_) => t.t1("account-edit-title", "name", &form.login),
                None => t.t("account-new-title"),
            },
            t: t.clone(),
            here: here.to_owned(),
            section: "workbench",
            staff: StaffView::of(staff),
            form: form.without_passwords(),
            errors: FieldErrors::new(t, errors),
            is_self: editing.is_some() && editing == staff.principal.user_id(),
            editing,
            notice: None,
        }
    }

    /// Login (new accounts only), name, e-mail, role and scope.
    pub fn account_controls(&self) -> Vec<Control> {
        let (t, e, f) = (&self.t, &self.errors, &self.form);
        let mut controls = Vec::new();
        if self.editing.is_none() {
            controls.push(
                Control::text(e, "login", "login", t.t("account-login"), &f.login)
                    .required()
                    .autocomplete("off")
                    .hint(t.t("account-login-hint")),
            );
        }
        controls.extend([
            Control::text(e, "name", "name", t.t("account-name"), &f.name)
                .required()
                .autocomplete("off"),
            Control::text(e, "email", "email", t.t("account-email"), &f.email)
                .kind("email")
                .autocomplete("off"),
            Control::select(
                e,
                "role",
                "role",
                t.t("account-role"),
                role_choices(t, &f.role),
            )
            .hint(t.t("account-role-hint")),
            Control::text(e, "scope", "scope", t.t("account-scope"), &f.scope)
                .kind("textarea")
                .hint(t.t("account-scope-hint")),
        ]);
        controls
    }

    /// The password and its repetition: the initial one, or a new one set by an administrator.
    pub fn password_controls(&self) -> Vec<Control> {
        let (t, e) = (&self.t, &self.errors);
        vec![
            Control::text(e, "password", "password", t.t("account-password"), "")
                .kind("password")
                .autocomplete("new-password")
                .required()
                .hint(t.t("account-password-hint")),
            Control::text(
                e,
                "password_repeat",
                "password_repeat",
                t.t("password-repeat"),
                "",
            )
            .kind("password")
            .autocomplete("new-password")
            .required(),
        ]
    }
}

pub async fn list_users(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
) -> Response {
    let page = async {
        admins_only(&staff, &t)?;
        let users = state.store.list_users().await?;
        let ids: Vec<i64> = users.iter().flat_map(|u| u.scope.iter().copied()).collect();
        let slugs = slugs_by_id(&state.store, &ids).await?;
        Ok(UsersPage {
            title: t.t("accounts-title"),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
            rows: users
                .into_iter()
                .map(|u| UserRow {
                    scope: scope_text(&u.scope, &slugs, ", "),
                    id: u.id,
                    login: u.login,
                    name: u.display_name,
                    role: u.role.key(),
                    active: u.active,
                })
                .collect(),
        })
    }
    .await;
    respond(&t, &here, page)
}

pub async fn show_new_user(PageLang { t, here }: PageLang, staff: Staff) -> Response {
    let page = admins_only(&staff, &t).map(|()| {
        let form = UserForm {
            role: Role::Editor.key().to_owned(),
            active: Some("on".into()),
            ..UserForm::default()
        };
        UserFormPage::new(&t, &here, &staff, form, &[], None)
    });
    respond(&t, &here, page)
}

pub async fn create_user(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    SignedForm { staff, form }: SignedForm<UserForm>,
) -> Response {
    if let Err(e) = admins_only(&staff, &t) {
        return error_page(&e, &t, &here);
    }
    let refused = |form: UserForm, problems: Vec<FieldError>| {
        let page = UserFormPage::new(&t, &here, &staff, form, &problems, None);
        with_status(
            respond(&t, &here, Ok(page)),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
    };
    let mut problems = Vec::new();
    let login = form.login.trim().to_lowercase();
    login_problems(&login, &mut problems);
    line_problems("name", &form.name, true, &mut problems);
    let email = form.email.trim();
    email_problems(email, &mut problems);
    let role = Role::parse(&form.role);
    if role.is_none() {
        problems.push(FieldError::new("role", "choose", "choose a role"));
    }
    let scope = match resolve_scope(&state.store, &t, &form.scope, role, &mut problems).await {
        Ok(scope) => scope,
        Err(e) => return error_page(&e.into(), &t, &here),
    };
    let password = password_problems(&form.password, &form.password_repeat, &login, &mut problems);
    if problems.iter().all(|p| p.field != "login") {
        match state.store.credentials(&login).await {
            Ok(Some(_)) => problems.push(FieldError::new(
                "login",
                "login-taken",
                "this login is already taken",
            )),
            Ok(None) => {}
            Err(e) => return error_page(&e.into(), &t, &here),
        }
    }
    let (Some(role), Some(password), true) = (role, password, problems.is_empty()) else {
        return refused(form, problems);
    };
    let new = NewUser {
        login,
        display_name: form.name.trim().to_owned(),
        email: (!email.is_empty()).then(|| email.to_owned()),
        role,
        scope,
        password_hash: super::auth::hash_password(password).await,
    };
    match state.store.create_user(&staff.principal, &new).await {
        Ok(user) => Redirect::to(&format!(
            "/{}/workbench/users/{}?created=1",
            t.lang(),
            user.id
        ))
        .into_response(),
        Err(StoreError::Conflict(_)) => refused(
            form,
            vec![FieldError::new(
                "login",
                "login-taken",
                "this login is already taken",
            )],
        ),
        Err(e) => error_page(&e.into(), &t, &here),
    }
}

/// The account of the address, for an administrator.
async fn account(state: &AppState, staff: &Staff, t: &Tr, id: &str) -> Result<User, AppError> {
    admins_only(staff, t)?;
    let id = parse_id(id, "account")?;
    state
        .store
        .find_user(id)
        .await?
        .ok_or_else(|| AppError::not_found("account", id.to_string()))
}

pub async fn edit_user(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Path(id): Path<String>,
    Query(query): Query<UserQuery>,
) -> Response {
    let page = async {
        let user = account(&state, &staff, &t, &id).await?;
        let slugs = slugs_by_id(&state.store, &user.scope).await?;
        let mut page = UserFormPage::new(
            &t,
            &here,
            &staff,
            UserForm::of(&user, &slugs),
            &[],
            Some(user.id),
        );
        page.notice = if query.created.is_some() {
            Some(t.t("account-created"))
        } else if query.password.is_some() {
            Some(t.t("account-password-set"))
        } else {
            query.saved.map(|_| t.t("account-saved"))
        };
        Ok::<_, AppError>(page)
    }
    .await;
    respond(&t, &here, page)
}

pub async fn save_user(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<String>,
    SignedForm { staff, mut form }: SignedForm<UserForm>,
) -> Response {
    let user = match account(&state, &staff, &t, &id).await {
        Ok(user) => user,
        Err(e) => return error_page(&e, &t, &here),
    };
    // The login is not part of this form; the page shows the stored one.
    form.login = user.login.clone();
    let mut problems = Vec::new();
    line_problems("name", &form.name, true, &mut problems);
    let email = form.email.trim().to_owned();
    email_problems(&email, &mut problems);
    let role = Role::parse(&form.role);
    if role.is_none() {
        problems.push(FieldError::new("role", "choose", "choose a role"));
    }
    let scope = match resolve_scope(&state.store, &t, &form.scope, role, &mut problems).await {
        Ok(scope) => scope,
        Err(e) => return error_page(&e.into(), &t, &here),
    };
    if staff.principal.user_id() == Some(user.id) {
        if role.is_some_and(|r| r != Role::Admin) {
            problems.push(FieldError::new(
                "role",
                "self-demotion",
                "you cannot take away your own administrator rights",
            ));
        }
        if !form.is_active() {
            problems.push(FieldError::new(
                "active",
                "self-deactivation",
                "you cannot disable your own account",
            ));
        }
    }
    let (Some(role), true) = (role, problems.is_empty()) else {
        let page = UserFormPage::new(&t, &here, &staff, form, &problems, Some(user.id));
        return with_status(
            respond(&t, &here, Ok(page)),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let changed = User {
        display_name: form.name.trim().to_owned(),
        email: (!email.is_empty()).then_some(email),
        role,
        active: form.is_active(),
        scope,
        ..user
    };
    match state.store.update_user(&staff.principal, &changed).await {
        Ok(saved) => Redirect::to(&format!(
            "/{}/workbench/users/{}?saved=1",
            t.lang(),
            saved.id
        ))
        .into_response(),
        Err(e) => error_page(&e.into(), &t, &here),
    }
}

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct PasswordResetForm {
    password: String,
    password_repeat: String,
}

/// Sets a new password for someone who forgot theirs; their sessions end (the administrator's
/// own session survives when they set their own).
pub async fn reset_password(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<String>,
    SignedForm { staff, form }: SignedForm<PasswordResetForm>,
) -> Response {
    let user = match account(&state, &staff, &t, &id).await {
        Ok(user) => user,
        Err(e) => return error_page(&e, &t, &here),
    };
    let mut problems = Vec::new();
    let password = password_problems(
        &form.password,
        &form.password_repeat,
        &user.login,
        &mut problems,
    );
    let (Some(password), true) = (password, problems.is_empty()) else {
        let slugs = match slugs_by_id(&state.store, &user.scope).await {
            Ok(slugs) => slugs,
            Err(e) => return error_page(&e.into(), &t, &here),
        };
        let form = UserForm::of(&user, &slugs);
        let page = UserFormPage::new(&t, &here, &staff, form, &problems, Some(user.id));
        return with_status(
            respond(&t, &here, Ok(page)),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let keep = (staff.principal.user_id() == Some(user.id)).then_some(staff.token.as_str());
    match state
        .store
        .set_password(
            &staff.principal,
            user.id,
            &super::auth::hash_password(password).await,
            keep,
        )
        .await
    {
        Ok(()) => Redirect::to(&format!(
            "/{}/workbench/users/{}?password=1",
            t.lang(),
            user.id
        ))
        .into_response(),
        Err(e) => error_page(&e.into(), &t, &here),
    }
}

// ----- API tokens -------------------------------------------------------------------------------

pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub prefix: String,
    pub role: &'static str,
    pub scope: String,
    /// Machine-readable time and as shown.
    pub created: (String, String),
    pub last_used: Option<(String, String)>,
    pub revoked: Option<(String, String)>,
}

fn shown_time(text: String) -> (String, String) {
    let shown = Instant::parse(&text)
        .map(Instant::display_local)
        .unwrap_or_else(|| text.clone());
    (text, shown)
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct TokenForm {
    pub name: String,
    pub role: String,
    pub scope: String,
}

/// A token just created: shown on this one page, never again.
pub struct CreatedToken {
    pub name: String,
    pub token: String,
}

#[derive(Template)]
#[template(path = "workbench/tokens.html")]
pub struct TokensPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub rows: Vec<TokenRow>,
    pub form: TokenForm,
    pub errors: FieldErrors,
    pub created: Option<CreatedToken>,
    pub revoked: bool,
}

impl TokensPage {
    pub fn token_controls(&self) -> Vec<Control> {
        let (t, e, f) = (&self.t, &self.errors, &self.form);
        vec![
            Control::text(e, "name", "name", t.t("tokens-name"), &f.name)
                .required()
                .autocomplete("off")
                .hint(t.t("tokens-name-hint")),
            Control::select(
                e,
                "role",
                "role",
                t.t("account-role"),
                role_choices(t, &f.role),
            ),
            Control::text(e, "scope", "scope", t.t("account-scope"), &f.scope)
                .kind("textarea")
                .hint(t.t("account-scope-hint")),
        ]
    }
}

async fn tokens_page(
    state: &AppState,
    t: &Tr,
    here: &str,
    staff: &Staff,
    form: TokenForm,
    errors: &[FieldError],
) -> Result<TokensPage, AppError> {
    let tokens = state.store.list_api_tokens().await?;
    let ids: Vec<i64> = tokens
        .iter()
        .flat_map(|k| k.scope.iter().copied())
        .collect();
    let slugs = slugs_by_id(&state.store, &ids).await?;
    Ok(TokensPage {
        title: t.t("tokens-title"),
        t: t.clone(),
        here: here.to_owned(),
        section: "workbench",
        staff: StaffView::of(staff),
        rows: tokens
            .into_iter()
            .map(|k| TokenRow {
                scope: scope_text(&k.scope, &slugs, ", "),
                id: k.id,
                name: k.name,
                prefix: k.prefix,
                role: k.role.key(),
                created: shown_time(k.created_at),
                last_used: k.last_used_at.map(shown_time),
                revoked: k.revoked_at.map(shown_time),
            })
            .collect(),
        form,
        errors: FieldErrors::new(t, errors),
        created: None,
        revoked: false,
    })
}

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct TokensQuery {
    revoked: Option<String>,
}

fn new_token_form() -> TokenForm {
    TokenForm {
        role: Role::Reader.key().to_owned(),
        ..TokenForm::default()
    }
}

pub async fn list_tokens(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Query(query): Query<TokensQuery>,
) -> Response {
    let page = async {
        admins_only(&staff, &t)?;
        let mut page = tokens_page(&state, &t, &here, &staff, new_token_form(), &[]).await?;
        page.revoked = query.revoked.is_some();
        Ok(page)
    }
    .await;
    respond(&t, &here, page)
}

pub async fn create_token(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    SignedForm { staff, form }: SignedForm<TokenForm>,
) -> Response {
    if let Err(e) = admins_only(&staff, &t) {
        return error_page(&e, &t, &here);
    }
    let mut problems = Vec::new();
    line_problems("name", &form.name, true, &mut problems);
    let role = Role::parse(&form.role);
    if role.is_none() {
        problems.push(FieldError::new("role", "choose", "choose a role"));
    }
    let scope = match resolve_scope(&state.store, &t, &form.scope, role, &mut problems).await {
        Ok(scope) => scope,
        Err(e) => return error_page(&e.into(), &t, &here),
    };
    let (Some(role), true) = (role, problems.is_empty()) else {
        let page = tokens_page(&state, &t, &here, &staff, form, &problems).await;
        return with_status(respond(&t, &here, page), StatusCode::UNPROCESSABLE_ENTITY);
    };
    let (listed, token) = match state
        .store
        .create_api_token(&staff.principal, &form.name, role, &scope)
        .await
    {
        Ok(created) => created,
        Err(e) => return error_page(&e.into(), &t, &here),
    };
    let page = tokens_page(&state, &t, &here, &staff, new_token_form(), &[])
        .await
        .map(|mut page| {
            page.created = Some(CreatedToken {
                name: listed.name,
                token,
            });
            page
        });
    let mut response = respond(&t, &here, page);
    // The token is in this answer and nowhere else: no cache may keep it.
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

pub async fn revoke_token(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(id): Path<String>,
    SignedForm { staff, .. }: SignedForm<Empty>,
) -> Response {
    let done = async {
        admins_only(&staff, &t)?;
        let id = parse_id(&id, "API token")?;
        state.store.revoke_api_token(&staff.principal, id).await?;
        Ok::<_, AppError>(())
    }
    .await;
    match done {
        Ok(()) => {
            Redirect::to(&format!("/{}/workbench/tokens?revoked=1", t.lang())).into_response()
        }
        Err(e) => error_page(&e, &t, &here),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scope_may_be_typed_one_per_line_or_separated_by_commas() {
        assert_eq!(
            scope_slugs("wernigerode, halberstadt\r\nquedlinburg;; wernigerode\n"),
            ["wernigerode", "halberstadt", "quedlinburg"]
        );
        assert!(scope_slugs(" \n ,").is_empty());
    }

    #[test]
    fn implausible_logins_and_addresses_are_named() {
        let mut problems = Vec::new();
        login_problems("anna schulz", &mut problems);
        email_problems("anna@", &mut problems);
        email_problems("anna@harz", &mut problems);
        let codes: Vec<_> = problems.iter().map(|p| p.code).collect();
        assert_eq!(codes, ["login", "email", "email"]);
        let mut fine = Vec::new();
        login_problems("anna.schulz", &mut fine);
        email_problems("anna.schulz@kreis-hz.de", &mut fine);
        email_problems("", &mut fine);
        assert!(fine.is_empty());
    }
}
