//! The language of a page: chosen by the URL prefix (`/de/…`, `/fr/…`), offered from
//! `Accept-Language` on bare URLs, switchable on every page.

use axum::extract::{FromRequestParts, OriginalUri};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::i18n::{DEFAULT_LANGUAGE, LANGUAGES, Tr};

/// The reader's language and where they are, for every page handler.
pub struct PageLang {
    pub t: Tr,
    /// The address of this page without its language prefix, with its query: `/partnerships?country=FR`.
    pub here: String,
}

impl<S: Send + Sync> FromRequestParts<S> for PageLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let uri = parts
            .extensions
            .get::<OriginalUri>()
            .map(|o| o.0.clone())
            .unwrap_or_else(|| parts.uri.clone());
        let (lang, rest) = split_language(uri.path());
        let mut here = if rest.is_empty() {
            "/".to_owned()
        } else {
            rest.to_owned()
        };
        if let Some(query) = uri.query() {
            here.push('?');
            here.push_str(query);
        }
        Ok(PageLang {
            t: Tr::new(lang.unwrap_or(DEFAULT_LANGUAGE)),
            here,
        })
    }
}

/// Splits `/fr/partnerships` into `(Some("fr"), "/partnerships")`.
pub fn split_language(path: &str) -> (Option<&'static str>, &str) {
    let trimmed = path.strip_prefix('/').unwrap_or(path);
    let (first, rest) = match trimmed.find('/') {
        Some(i) => (&trimmed[..i], &trimmed[i..]),
        None => (trimmed, ""),
    };
    match LANGUAGES.iter().find(|l| **l == first) {
        Some(lang) => (Some(lang), rest),
        None => (None, path),
    }
}

/// The first supported language of an `Accept-Language` header, by quality; German when none fits.
pub fn preferred_language(header: Option<&str>) -> &'static str {
    let Some(header) = header else {
        return DEFAULT_LANGUAGE;
    };
    let mut best: Option<(f32, usize, &'static str)> = None;
    for (position, item) in header.split(',').enumerate() {
        let mut parts = item.trim().split(';');
        let tag = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
        let quality = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if quality.is_nan() || quality <= 0.0 {
            continue;
        }
        let primary = tag.split('-').next().unwrap_or_default();
        let Some(lang) = LANGUAGES.iter().copied().find(|l| *l == primary) else {
            continue;
        };
        // Higher quality wins; at equal quality the earlier entry does.
        if best.is_none_or(|(q, p, _)| quality > q || (quality == q && position < p)) {
            best = Some((quality, position, lang));
        }
    }
    best.map_or(DEFAULT_LANGUAGE, |(_, _, lang)| lang)
}

/// Sends `/fr` to `/fr/`, the overview in the language the address names.
pub async fn redirect_to_overview(PageLang { t, .. }: PageLang) -> Response {
    found(&format!("/{}/", t.lang()))
}

fn found(target: &str) -> Response {
    let mut response = StatusCode::FOUND.into_response();
    if let Ok(location) = HeaderValue::from_str(target) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}

/// Sends a bare address (`/`, `/partnerships?…`) to the same page in the reader's language.
pub async fn redirect_to_language(headers: HeaderMap, uri: OriginalUri) -> Response {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = preferred_language(accept);
    let path = uri.0.path();
    let mut target = format!("/{lang}{}", if path == "/" { "/" } else { path });
    if let Some(query) = uri.0.query() {
        target.push('?');
        target.push_str(query);
    }
    let mut response = found(&target);
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_supported_language() {
        assert_eq!(preferred_language(None), "de");
        assert_eq!(preferred_language(Some("fr-FR,fr;q=0.9,en;q=0.8")), "fr");
        assert_eq!(preferred_language(Some("en-GB;q=0.5, pl;q=0.9")), "pl");
        assert_eq!(preferred_language(Some("ja, zh;q=0.9")), "de");
        assert_eq!(preferred_language(Some("ro;q=0, en")), "en");
        assert_eq!(preferred_language(Some("*")), "de");
        assert_eq!(preferred_language(Some(";;;,,q=abc")), "de");
    }

    #[test]
    fn the_language_prefix_is_split_off_the_path() {
        assert_eq!(
            split_language("/fr/partnerships"),
            (Some("fr"), "/partnerships")
        );
        assert_eq!(split_language("/fr"), (Some("fr"), ""));
        assert_eq!(split_language("/partnerships"), (None, "/partnerships"));
        assert_eq!(split_language("/xx/a"), (None, "/xx/a"));
    }
}
