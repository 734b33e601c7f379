//! The public contact form: `GET /{lang}/contact` shows it, `POST` checks and stores the inquiry and
//! answers the sender (Post/Redirect/Get to `/{lang}/contact/sent`); the office is mailed afterwards
//! by the contact jobs.
//!
//! No session, hence no CSRF token: an anonymous sender has nothing a forged post could abuse. A
//! post whose `Origin` names another site is refused all the same. Robots are kept out by a
//! honeypot field (answered like a success, nothing stored) and a rate limit per client address;
//! there is no third-party captcha.

use std::net::{IpAddr, SocketAddr};

use askama::Template;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, FromRequestParts, RawQuery, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};

use super::error_page;
use super::language::PageLang;
use super::pages::{Choice, ErrorPage};
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

/// The address of the peer that connected, when the server was started with connection info.
pub struct PeerAddr(pub Option<SocketAddr>);

impl<S: Send + Sync> FromRequestParts<S> for PeerAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(PeerAddr(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0),
        ))
    }
}

pub async fn show_contact(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    RawQuery(query): RawQuery,
) -> Response {
    let slug = query
        .as_deref()
        .and_then(|q| parse_form(q.as_bytes()))
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
    let Some(pairs) = parse_form(&body) else {
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
        .and_then(|q| parse_form(q.as_bytes()))
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

/// Whether a post comes from a page of this portal: no `Origin` (older browsers, other clients),
/// or one whose host is the host the request was sent to.
fn same_origin(headers: &HeaderMap, trust_proxy: bool) -> bool {
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let Some(origin_host) = origin
        .to_str()
        .ok()
        .and_then(|o| o.split_once("://"))
        .map(|(_, host)| host.trim_end_matches('/'))
    else {
        // "null" (sandboxed frames, privacy-sensitive redirects) and anything malformed.
        return false;
    };
    let forwarded = trust_proxy
        .then(|| headers.get("x-forwarded-host"))
        .flatten();
    let host = forwarded
        .or_else(|| headers.get(header::HOST))
        .and_then(|h| h.to_str().ok())
        .map(|h| h.split(',').next().unwrap_or_default().trim());
    host.is_some_and(|host| !host.is_empty() && host.eq_ignore_ascii_case(origin_host))
}

/// Who is rate-limited: the peer address, or behind a trusted proxy the last `X-Forwarded-For`
/// entry (the one the proxy added). IPv6 addresses count per /64, which one connection usually
/// owns whole.
fn client_key(headers: &HeaderMap, peer: Option<SocketAddr>, trust_proxy: bool) -> String {
    let forwarded = trust_proxy
        .then(|| {
            // Only the last entry was written by the proxy; earlier ones are the client's say.
            let entries: Vec<&str> = headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .collect();
            entries.last().and_then(|a| a.trim().parse::<IpAddr>().ok())
        })
        .flatten();
    match forwarded.or(peer.map(|p| p.ip())) {
        Some(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
        Some(IpAddr::V4(v4)) => v4.to_string(),
        None => "unknown".to_owned(),
    }
}

/// The first value of `name`.
fn first<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// Decodes an `application/x-www-form-urlencoded` body or query. `None` when a name or value is
/// not UTF-8 once decoded: such text is refused, not silently mended with replacement characters.
fn parse_form(body: &[u8]) -> Option<Vec<(String, String)>> {
    body.split(|b| *b == b'&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = match pair.iter().position(|b| *b == b'=') {
                Some(i) => (&pair[..i], &pair[i + 1..]),
                None => (pair, &[][..]),
            };
            Some((percent_decode(name)?, percent_decode(value)?))
        })
        .collect()
}

/// `+` is a space, `%XX` a byte; a `%` not followed by two hex digits stands for itself.
fn percent_decode(bytes: &[u8]) -> Option<String> {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (
                bytes.get(i + 1).copied().and_then(hex),
                bytes.get(i + 2).copied().and_then(hex),
            ) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::inquiry::ERROR_MESSAGES;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn form_bodies_decode_plus_percent_and_stray_percent_signs() {
        let pairs = parse_form(b"name=Anna+Nowak&subject=50%25+%3Cb%3E&x=%zz&empty=&flag").unwrap();
        assert_eq!(first(&pairs, "name"), Some("Anna Nowak"));
        assert_eq!(first(&pairs, "subject"), Some("50% <b>"));
        assert_eq!(first(&pairs, "x"), Some("%zz"));
        assert_eq!(first(&pairs, "empty"), Some(""));
        assert_eq!(first(&pairs, "flag"), Some(""));
        assert_eq!(
            first(&parse_form(b"a=%C8%99&a=second").unwrap(), "a"),
            Some("ș"),
            "the first value counts"
        );
        assert_eq!(first(&parse_form(b"a=%").unwrap(), "a"), Some("%"));
        assert_eq!(first(&parse_form(b"a=%4").unwrap(), "a"), Some("%4"));
    }

    #[test]
    fn invalid_utf8_is_refused_raw_or_percent_encoded() {
        assert!(parse_form(b"name=%FF%FE").is_none());
        assert!(parse_form(b"name=\xff").is_none());
        assert!(parse_form(b"%C3=x").is_none());
    }

    #[test]
    fn posts_from_other_sites_are_refused() {
        assert!(same_origin(&headers(&[("host", "portal.example")]), false));
        assert!(same_origin(
            &headers(&[
                ("host", "127.0.0.1:8080"),
                ("origin", "http://127.0.0.1:8080")
            ]),
            false
        ));
        assert!(!same_origin(
            &headers(&[
                ("host", "portal.example"),
                ("origin", "https://evil.example")
            ]),
            false
        ));
        assert!(!same_origin(
            &headers(&[("host", "portal.example"), ("origin", "null")]),
            false
        ));
        let proxied = headers(&[
            ("host", "127.0.0.1:8080"),
            ("x-forwarded-host", "portal.example"),
            ("origin", "https://portal.example"),
        ]);
        assert!(same_origin(&proxied, true));
        assert!(!same_origin(&proxied, false));
    }

    #[test]
    fn the_client_is_the_peer_unless_a_trusted_proxy_names_it() {
        let peer: SocketAddr = "192.0.2.1:5000".parse().unwrap();
        let forwarded = headers(&[("x-forwarded-for", "203.0.113.9, 198.51.100.7")]);
        assert_eq!(client_key(&forwarded, Some(peer), false), "192.0.2.1");
        assert_eq!(client_key(&forwarded, Some(peer), true), "198.51.100.7");
        assert_eq!(client_key(&HeaderMap::new(), Some(peer), true), "192.0.2.1");
        let v6: SocketAddr = "[2001:db8:1:2:3:4:5:6]:443".parse().unwrap();
        assert_eq!(
            client_key(&HeaderMap::new(), Some(v6), false),
            "2001:db8:1:2::/64"
        );
        assert_eq!(client_key(&HeaderMap::new(), None, false), "unknown");
    }

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
