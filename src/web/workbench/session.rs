//! Signing in and out, the dashboard, and changing one's password.

use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;

use super::auth::{
    SignedForm, Staff, check_password, hash_password, removal_cookie, session_cookie,
};
use super::pages::{DashboardPage, FieldErrors, PasswordPage, SignInPage, StaffView};
use crate::app::AppState;
use crate::domain::credentials::NewPassword;
use crate::domain::records::FieldError;
use crate::error::AppError;
use crate::store::throttle::bucket;
use crate::web::language::PageLang;
use crate::web::request::{PeerAddr, client_key, same_origin};
use crate::web::respond;

/// Failed sign-ins tolerated per account and per address within [`SIGN_IN_WINDOW`].
const SIGN_IN_LIMIT_ACCOUNT: i64 = 5;
const SIGN_IN_LIMIT_ADDRESS: i64 = 20;
const SIGN_IN_WINDOW: time::Duration = time::Duration::minutes(15);

pub async fn redirect_to_dashboard(PageLang { t, .. }: PageLang) -> Redirect {
    Redirect::permanent(&format!("/{}/workbench/", t.lang()))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignInQuery {
    next: String,
}

/// Only paths of this site are followed after sign-in, never another host (`//evil.example`).
fn safe_next(next: &str, lang: &str) -> String {
    let local = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\');
    if local && !next.contains("/workbench/sign-in") {
        next.to_owned()
    } else {
        format!("/{lang}/workbench/")
    }
}

pub async fn show_sign_in(
    PageLang { t, here }: PageLang,
    Query(query): Query<SignInQuery>,
) -> Response {
    let page = SignInPage {
        title: t.t("sign-in-title"),
        next: safe_next(&query.next, t.lang()),
        t,
        here,
        section: "workbench",
        login: String::new(),
        error: None,
    };
    respond(&page.t.clone(), &page.here.clone(), Ok(page))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignInForm {
    login: String,
    password: String,
    next: String,
}

pub async fn sign_in(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    PeerAddr(peer): PeerAddr,
    headers: axum::http::HeaderMap,
    jar: CookieJar,
    axum::Form(form): axum::Form<SignInForm>,
) -> Response {
    let store = &state.store;
    let login = form.login.trim().to_lowercase();
    let trust_proxy = state.contact.settings().trust_proxy;
    // A sign-in posted from another site would sign the browser in to an account of the
    // attacker's choosing (login CSRF).
    if !same_origin(&headers, trust_proxy) {
        let error = AppError::Forbidden(t.t("form-csrf-failed"));
        return crate::web::error_page(&error, &t, &here);
    }
    let address = client_key(&headers, peer, trust_proxy);
    let by_account = bucket("sign-in-account", &login);
    let by_address = bucket("sign-in-address", &address);
    let refused = |error: String, status| {
        let page = SignInPage {
            title: t.t("sign-in-title"),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            login: form.login.chars().take(200).collect(),
            next: safe_next(&form.next, t.lang()),
            error: Some(error),
        };
        let mut response = respond(&t, &here, Ok(page));
        *response.status_mut() = status;
        response
    };
    let blocked = async {
        for (key, limit) in [
            (&by_account, SIGN_IN_LIMIT_ACCOUNT),
            (&by_address, SIGN_IN_LIMIT_ADDRESS),
        ] {
            if let Some(free) = store.throttle_free_at(key, SIGN_IN_WINDOW, limit).await? {
                return Ok::<_, crate::store::StoreError>(Some(free));
            }
        }
        Ok(None)
    };
    match blocked.await {
        Ok(Some(free)) => {
            return refused(
                t.t1("sign-in-throttled", "time", free.display_local()),
                axum::http::StatusCode::TOO_MANY_REQUESTS,
            );
        }
        Ok(None) => {}
        Err(e) => return crate::web::error_page(&e.into(), &t, &here),
    }
    let found = match store.credentials(&login).await {
        Ok(found) => found,
        Err(e) => return crate::web::error_page(&e.into(), &t, &here),
    };
    let (user, hash) = found.unzip();
    let valid = check_password(form.password.clone(), hash).await;
    let user = match user {
        Some(user) if valid && user.active => user,
        _ => {
            for key in [&by_account, &by_address] {
                if let Err(e) = store.throttle_hit(key, SIGN_IN_WINDOW, i64::MAX).await {
                    return crate::web::error_page(&e.into(), &t, &here);
                }
            }
            return refused(t.t("sign-in-failed"), axum::http::StatusCode::UNAUTHORIZED);
        }
    };
    match store.create_session(&user).await {
        Ok((token, _csrf)) => {
            let jar = jar.add(session_cookie(token, state.auth.secure_cookies));
            (jar, Redirect::to(&safe_next(&form.next, t.lang()))).into_response()
        }
        Err(e) => crate::web::error_page(&e.into(), &t, &here),
    }
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn sign_out(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    jar: CookieJar,
    SignedForm { staff, .. }: SignedForm<Empty>,
) -> Response {
    if let Err(e) = state.store.end_session(&staff.token).await {
        return crate::web::error_page(&e.into(), &t, &here);
    }
    (
        jar.remove(removal_cookie()),
        Redirect::to(&format!("/{}/workbench/sign-in", t.lang())),
    )
        .into_response()
}

pub async fn show_dashboard(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
) -> Response {
    let page = async {
        let p = &staff.principal;
        let scope = (!p.is_admin()).then_some(p.scope.as_slice());
        let partnerships = state.store.workbench_partnerships(scope, 500).await?;
        let mut bodies = state.store.body_refs_by_ids(&p.scope, t.lang()).await?;
        bodies.sort_by(|a, b| a.1.display_name.cmp(&b.1.display_name));
        let changes = state.store.recent_changes(10, None).await?;
        Ok::<_, AppError>(DashboardPage {
            title: t.t("workbench-title"),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
            partnerships,
            scope: bodies.into_iter().map(|(_, b)| b).collect(),
            changes,
            may_edit: p.may_edit_anything(),
        })
    }
    .await;
    respond(&t, &here, page)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SavedQuery {
    saved: Option<String>,
}

pub async fn show_password(
    PageLang { t, here }: PageLang,
    staff: Staff,
    Query(query): Query<SavedQuery>,
) -> Response {
    let page = PasswordPage {
        title: t.t("password-title"),
        t: t.clone(),
        here: here.clone(),
        section: "workbench",
        staff: StaffView::of(&staff),
        errors: FieldErrors::default(),
        saved: query.saved.is_some(),
    };
    respond(&t, &here, Ok(page))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    current: String,
    new: String,
    repeat: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    SignedForm { staff, form }: SignedForm<PasswordForm>,
) -> Response {
    let user = &staff.session.user;
    let mut problems = Vec::new();
    let stored = match state.store.credentials(&user.login).await {
        Ok(Some((_, hash))) => hash,
        Ok(None) => return crate::web::error_page(&AppError::Unauthorized, &t, &here),
        Err(e) => return crate::web::error_page(&e.into(), &t, &here),
    };
    if !check_password(form.current.clone(), Some(stored)).await {
        problems.push(FieldError::new(
            "current",
            "wrong-password",
            "the current password is wrong",
        ));
    }
    let new = match NewPassword::parse(&form.new, &user.login) {
        Ok(new) => Some(new),
        Err(problem) => {
            problems.push(FieldError::new(
                "new",
                problem.message_id(),
                problem.to_string(),
            ));
            None
        }
    };
    if form.new != form.repeat {
        problems.push(FieldError::new(
            "repeat",
            "passwords-differ",
            "the two new passwords differ",
        ));
    }
    match new {
        Some(new) if problems.is_empty() => {
            let result = state
                .store
                .set_password(
                    &staff.principal,
                    user.id,
                    &hash_password(new).await,
                    Some(&staff.token),
                )
                .await;
            match result {
                Ok(()) => Redirect::to(&format!("/{}/workbench/password?saved=1", t.lang()))
                    .into_response(),
                Err(e) => crate::web::error_page(&e.into(), &t, &here),
            }
        }
        _ => {
            let page = PasswordPage {
                title: t.t("password-title"),
                t: t.clone(),
                here: here.clone(),
                section: "workbench",
                staff: StaffView::of(&staff),
                errors: FieldErrors::new(&t, &problems),
                saved: false,
            };
            let mut response = respond(&t, &here, Ok(page));
            *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            response
        }
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert_eq!(
            safe_next("/de/workbench/partnerships/a-b", "de"),
            "/de/workbench/partnerships/a-b"
        );
        for hostile in [
            "https://evil.example/",
            "//evil.example/x",
            "/\\evil.example",
            "",
            "javascript:alert(1)",
        ] {
            assert_eq!(safe_next(hostile, "fr"), "/fr/workbench/", "{hostile}");
        }
    }
}
