//! The public contact form: `GET /{lang}/contact` shows it, `POST` checks and stores the inquiry and
//! answers the sender (Post/Redirect/Get to `/{lang}/contact/sent`); the office is mailed afterwards
//! by the contact jobs.
//!
//! No session, hence no CSRF token: an anonymous sender has nothing a forged post could abuse. A
//! post whose `Origin` names another site is refused all the same. Robots are kept out by a
//! honeypot field (answered like a success, nothing stored) and a rate limit per client address;
//! there is no third-party captcha.

use askama::Template;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};

use super::error_page;
use super::language::PageLang;
use super::pages::{Choice, ErrorPage};
use super::request::{PeerAddr, client_key, decode_form, first, same_origin};
use crate::app::AppState;
use crate::domain::clock::Instant;
use crate::domain::inquiry::{Field, FieldError, InquiryFields, MESSAGE_MAX, NewInquiry};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::store::throttle::bucket;
use crate::store::{Page, PartnershipFilter};

/// The largest form body taken: a message of 10 000 characters that are all percent-encoded
/// three-byte characters, and the other fields, fit; a megabyte does not.
pub const BODY_LIMIT: usize = 128 * 1024;

/// Above this many partnerships the form offers no list to choose from (only the one a
/// partnership page linked with).
const MAX_CHOICES: u32 = 300;

/// The honeypot's form name: a field robots like to fill and people never see.
const HONEYPOT: &str = "website";

#[derive(Template)]
#[template(path = "contact.html")]
pub struct ContactPage {
    pub t: Tr,
    /// This page's address without language prefix, for the language switcher.
    pub here: String,
    pub title: String,
    pub section: &'static str,
    /// What the sender typed, shown again after an error.
    pub values: InquiryFields,
    pub errors: Vec<ShownError>,
    /// Every partnership, for the select box; empty when there are too many to list.
    pub partnerships: Vec<Choice>,
    /// The partnership the sender came from, when there is no select box: slug and title.
    pub chosen: Option<(String, String)>,
    pub retention_days: u32,
    /// The longest message, for `maxlength`, and as the language writes numbers.
    pub message_limit: usize,
    pub message_max: String,
}

/// A validation message for one field, translated.
pub struct ShownError {
    /// The field's form name; its input has the id `contact-{field}`.
    pub field: &'static str,
    pub text: String,
}

impl ContactPage {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.text.as_str())
    }
}

#[derive(Template)]
#[template(path = "contact_sent.html")]
pub struct ContactSentPage {
    pub t: Tr,
    /// This page's address without language prefix, for the language switcher.
    pub here: String,
    pub title: String,
    pub section: &'static str,
    /// The number the office files the inquiry under.
    pub reference: Option<i64>,
}

pub async fn show_contact(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    RawQuery(query): RawQuery,
) -> Response {
    let slug = query
        .as_deref()
        .and_then(|q| decode_form(q.as_bytes()))
        .and_then(|pairs| first(&pairs, "partnership").map(str::to_owned))
        .unwrap_or_default();
    let values = InquiryFields {
        partnership: slug,
        ..InquiryFields::default()
    };
    match form_page(&state, &t, &here, values, Vec::new()).await {
        Ok(html) => Html(html).into_response(),
        Err(e) => error_page(&e, &t, &here),
    }
}

pub async fn send_contact(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    PeerAddr(peer): PeerAddr,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let settings = state.contact.settings();
    if !same_origin(&headers, settings.trust_proxy) {
        tracing::info!("contact form posted from another site; refused");
        return error_page(
            &AppError::Forbidden(t.t("contact-error-cross-site")),
            &t,
            &here,
        );
    }
    let body = match body {
        Ok(body) => body,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return message_page(
                &t,
                &here,
                StatusCode::PAYLOAD_TOO_LARGE,
                t.t("error-bad-request-title"),
                t.t1(
                    "contact-error-too-large",
                    "count",
                    t.number(MESSAGE_MAX as f64),
                ),
            );
        }
        Err(rejection) => {
            return error_page(&AppError::BadRequest(rejection.body_text()), &t, &here);
        }
    };
    let Some(pairs) = decode_form(&body) else {
        return error_page(
            &AppError::BadRequest(t.t("contact-error-encoding")),
            &t,
            &here,
        );
    };
    let fields = InquiryFields {
        name: first(&pairs, "name").unwrap_or_default().to_owned(),
        email: first(&pairs, "email").unwrap_or_default().to_owned(),
        subject: first(&pairs, "subject").unwrap_or_default().to_owned(),
        message: first(&pairs, "message").unwrap_or_default().to_owned(),
        partnership: first(&pairs, "partnership").unwrap_or_default().to_owned(),
        consent: first(&pairs, "consent").is_some_and(|v| !v.is_empty()),
    };
    let client = bucket("contact", &client_key(&headers, peer, settings.trust_proxy));
    let window = time::Duration::try_from(settings.rate_window).unwrap_or(time::Duration::MINUTE);
    let sent_page = format!("/{}/contact/sent", t.lang());

    // A robot filled the invisible field: it is told "thank you", and counted, but nothing is kept.
    if first(&pairs, HONEYPOT).is_some_and(|v| !v.trim().is_empty()) {
        tracing::info!("contact form honeypot filled; nothing stored");
        if let Err(e) = state
            .store
            .throttle_hit(&client, window, settings.rate_limit)
            .await
        {
            return error_page(&e.into(), &t, &here);
        }
        return Redirect::to(&sent_page).into_response();
    }

    let (inquiry, mut errors) = match NewInquiry::parse(&fields) {
        Ok(inquiry) => (Some(inquiry), Vec::new()),
        Err(errors) => (None, errors),
    };
    if let Some(inquiry) = inquiry {
        // A well-formed slug must also name a partnership.
        if let Some(slug) = inquiry.partnership() {
            match state.store.find_partnership(slug.as_str(), t.lang()).await {
                Ok(Some(_)) => {}
                Ok(None) => errors.push(FieldError {
                    field: Field::Partnership,
                    message: "contact-error-partnership-unknown",
                    limit: None,
                }),
                Err(e) => return error_page(&e.into(), &t, &here),
            }
        }
        if errors.is_empty() {
            return store_inquiry(&state, &t, &here, &client, window, &inquiry, &sent_page).await;
        }
    }
    let shown = errors
        .iter()
        .map(|e| ShownError {
            field: e.field.key(),
            text: match e.limit {
                Some(limit) => t.t1(e.message, "count", t.number(limit as f64)),
                None => t.t(e.message),
            },
        })
        .collect();
    match form_page(&state, &t, &here, fields, shown).await {
        Ok(html) => (StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response(),
        Err(e) => error_page(&e, &t, &here),
    }
}

/// Counts the post against the sender's limit, stores the inquiry (committed before the answer),
/// wakes the e-mail job and sends the sender on to the thank-you page.
async fn store_inquiry(
    state: &AppState,
    t: &Tr,
    here: &str,
    client: &str,
    window: time::Duration,
    inquiry: &NewInquiry,
    sent_page: &str,
) -> Response {
    let settings = state.contact.settings();
    match state
        .store
        .throttle_hit(client, window, settings.rate_limit)
        .await
    {
        Ok(false) => {}
        Ok(true) => return too_many(state, t, here, client, window).await,
        Err(e) => return error_page(&e.into(), t, here),
    }
    match state
        .store
        .insert_inquiry(inquiry, t.lang(), Instant::now())
        .await
    {
        Ok(id) => {
            tracing::info!(inquiry = id, "contact inquiry stored");
            state.contact.inquiry_stored();
            Redirect::to(&format!("{sent_page}?ref={id}")).into_response()
        }
        Err(e) => error_page(&e.into(), t, here),
    }
}

/// 429 with the time from which the sender may try again, also as `Retry-After`.
async fn too_many(
    state: &AppState,
    t: &Tr,
    here: &str,
    client: &str,
    window: time::Duration,
) -> Response {
    let limit = state.contact.settings().rate_limit;
    let free_at = match state.store.throttle_free_at(client, window, limit).await {
        Ok(at) => at.unwrap_or_else(Instant::now),
        Err(e) => return error_page(&e.into(), t, here),
    };
    let mut response = message_page(
        t,
        here,
        StatusCode::TOO_MANY_REQUESTS,
        t.t("error-too-many-title"),
        t.t1("contact-too-many", "date", free_at.display_local()),
    );
    let seconds = (free_at.unix() - Instant::now().unix()).max(1);
    if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

pub async fn show_contact_sent(
    PageLang { t, here }: PageLang,
    RawQuery(query): RawQuery,
) -> Response {
    let reference = query
        .as_deref()
        .and_then(|q| decode_form(q.as_bytes()))
        .and_then(|pairs| first(&pairs, "ref").and_then(|r| r.parse::<i64>().ok()))
        .filter(|r| *r > 0);
    let page = ContactSentPage {
        title: t.t("contact-sent-title"),
        t: t.clone(),
        here: here.clone(),
        section: "",
        reference,
    };
    match page.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => error_page(&e.into(), &t, &here),
    }
}

/// The form with `values` filled in and `errors` shown.
async fn form_page(
    state: &AppState,
    t: &Tr,
    here: &str,
    values: InquiryFields,
    errors: Vec<ShownError>,
) -> Result<String, AppError> {
    let listing = state
        .store
        .list_partnerships(
            &PartnershipFilter::default(),
            Page {
                number: 1,
                size: MAX_CHOICES + 1,
            },
            t.lang(),
        )
        .await?;
    let slug = values.partnership.trim().to_owned();
    let (partnerships, chosen) = if listing.total <= i64::from(MAX_CHOICES) {
        let choices = listing
            .items
            .into_iter()
            .map(|p| Choice {
                label: partnership_title(t, &p.home.display_name, &p.partner.display_name),
                selected: p.slug == slug,
                value: p.slug,
            })
            .collect();
        (choices, None)
    } else if slug.is_empty() {
        (Vec::new(), None)
    } else {
        let chosen = state
            .store
            .find_partnership(&slug, t.lang())
            .await?
            .map(|p| {
                let title = partnership_title(
                    t,
                    &p.summary.home.display_name,
                    &p.summary.partner.display_name,
                );
                (p.summary.slug, title)
            });
        (Vec::new(), chosen)
    };
    let title = if errors.is_empty() {
        t.t("contact-form-title")
    } else {
        t.t("contact-form-title-errors")
    };
    let page = ContactPage {
        title,
        t: t.clone(),
        here: here.to_owned(),
        section: "",
        values,
        errors,
        partnerships,
        chosen,
        retention_days: state.contact.settings().retention_days,
        message_limit: MESSAGE_MAX,
        message_max: t.number(MESSAGE_MAX as f64),
    };
    Ok(page.render()?)
}

fn partnership_title(t: &Tr, home: &str, partner: &str) -> String {
    t.args(
        "partnership-title",
        &[("home", home.to_owned()), ("partner", partner.to_owned())],
    )
}

/// A page in the error page's look with any status and text.
fn message_page(
    t: &Tr,
    here: &str,
    status: StatusCode,
    title: String,
    message: String,
) -> Response {
    let page = ErrorPage {
        t: t.clone(),
        here: here.to_owned(),
        title,
        section: "",
        message,
        reference: None,
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => error_page(&e.into(), t, here),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::inquiry::ERROR_MESSAGES;

    #[test]
    fn every_validation_message_is_translated() {
        for lang in crate::i18n::LANGUAGES {
            let t = Tr::new(lang);
            for id in ERROR_MESSAGES {
                assert!(t.has(id), "{lang}: {id}");
            }
        }
    }
}
