//! Who is signed in: the session cookie, the `Staff` extractor every workbench page starts with,
//! and `SignedForm`, the only way a workbench form reaches a handler, which checks the CSRF token.

use axum::extract::{FromRef, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{Method, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use serde::de::DeserializeOwned;

use crate::app::AppState;
use crate::domain::access::{Channel, Principal};
use crate::domain::credentials::{
    NewPassword, same_secret, verify_against_nothing, verify_password,
};
use crate::error::AppError;
use crate::i18n::{DEFAULT_LANGUAGE, Tr};
use crate::store::Session;
use crate::web::error_page;
use crate::web::language::split_language;
use crate::web::request::{decode_form, first};

pub const SESSION_COOKIE: &str = "pp_session";

/// A signed-in member of staff. Extracting it from a request without a valid session sends the
/// browser to the sign-in page and back afterwards.
#[derive(Debug, Clone)]
pub struct Staff {
    pub principal: Principal,
    pub session: Session,
    /// The cookie token, to keep this session when the password changes.
    pub token: String,
}

impl Staff {
    pub fn csrf(&self) -> &str {
        &self.session.csrf_token
    }
}

/// Where an unauthenticated request is sent: the sign-in page of its language, returning to the
/// page it asked for.
fn to_sign_in(parts: &Parts) -> Response {
    let path = parts.uri.path();
    let (lang, _) = split_language(path);
    let lang = lang.unwrap_or(DEFAULT_LANGUAGE);
    if parts.method == Method::GET {
        let back = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/");
        let next = form_urlencoded_component(back);
        Redirect::to(&format!("/{lang}/workbench/sign-in?next={next}")).into_response()
    } else {
        error_page(&AppError::Unauthorized, &Tr::new(lang), "/workbench/")
    }
}

fn form_urlencoded_component(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

impl<S> FromRequestParts<S> for Staff
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = AppState::from_ref(state);
        let jar = CookieJar::from_headers(&parts.headers);
        let Some(token) = jar.get(SESSION_COOKIE).map(|c| c.value().to_owned()) else {
            return Err(to_sign_in(parts));
        };
        let (lang, _) = split_language(parts.uri.path());
        match state.store.find_session(&token).await {
            Ok(Some(session)) => Ok(Staff {
                principal: session.user.principal(Channel::Web),
                session,
                token,
            }),
            Ok(None) => Err(to_sign_in(parts)),
            Err(e) => Err(error_page(
                &e.into(),
                &Tr::new(lang.unwrap_or(DEFAULT_LANGUAGE)),
                "/workbench/",
            )),
        }
    }
}

/// A workbench form: the signed-in staff member and the decoded fields, after the form's CSRF
/// token was checked against the session. Repeated fields (`topic=a&topic=b`) decode into `Vec`s.
pub struct SignedForm<T> {
    pub staff: Staff,
    pub form: T,
}

/// Forms carry long narratives in five languages; anything much larger is not a form.
const FORM_LIMIT: usize = 512 * 1024;

impl<S, T> FromRequest<S> for SignedForm<T>
where
    AppState: FromRef<S>,
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = req.into_parts();
        let staff = Staff::from_request_parts(&mut parts, state).await?;
        let (lang, _) = split_language(parts.uri.path());
        let t = Tr::new(lang.unwrap_or(DEFAULT_LANGUAGE));
        let fail = |error: AppError| error_page(&error, &t, "/workbench/");
        let is_form = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(fail(AppError::BadRequest(t.t("form-not-a-form"))));
        }
        let bytes = axum::body::to_bytes(body, FORM_LIMIT)
            .await
            .map_err(|_| fail(AppError::PayloadTooLarge))?;
        // Text that is not UTF-8 is refused, not mended with replacement characters.
        let fields =
            decode_form(&bytes).ok_or_else(|| fail(AppError::BadRequest(t.t("form-malformed"))))?;
        let csrf = first(&fields, "csrf").unwrap_or_default();
        if csrf.is_empty() || !same_secret(csrf, staff.csrf()) {
            return Err(fail(AppError::Forbidden(t.t("form-csrf-failed"))));
        }
        let form = serde_html_form::from_bytes(&bytes).map_err(|e| {
            fail(AppError::BadRequest(t.t1(
                "form-malformed-detail",
                "detail",
                e.to_string(),
            )))
        })?;
        Ok(SignedForm { staff, form })
    }
}

/// The cookie that carries a new session. HttpOnly (no script reads it), SameSite=Lax (not sent
/// with cross-site form posts), Secure unless configured off, and a session cookie: the server
/// decides when it expires.
pub fn session_cookie(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, token))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .build()
}

pub fn removal_cookie() -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, "")).path("/").build()
}

/// Checks a password against a stored hash, or spends the same time when there is none (an
/// unknown login). Argon2 takes tens of milliseconds of CPU by design, so it runs on the blocking
/// pool and the server's workers keep answering other requests meanwhile.
pub async fn check_password(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || match stored {
        Some(hash) => verify_password(&password, &hash),
        None => {
            verify_against_nothing(&password);
            false
        }
    })
    .await
    .unwrap_or(false)
}

/// Hashes a new password on the blocking pool (see [`check_password`]).
pub async fn hash_password(password: NewPassword) -> String {
    tokio::task::spawn_blocking(move || password.hash())
        .await
        .expect("hashing a password does not panic")
}
