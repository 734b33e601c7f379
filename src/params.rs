//! Query parameters shared by the portal and the API, parsed into domain types with messages that say
//! what was wrong and what is allowed.

use axum::extract::{FromRequestParts, Path, Query};
use axum::http::request::Parts;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use utoipa::IntoParams;

use crate::domain::values::{CountryCode, Slug};
use crate::domain::vocab::{PartnershipKind, PartnershipLevel, PartnershipStatus, Topic};
use crate::error::AppError;
use crate::store::{Page, PartnershipFilter};

/// Like axum's `Query`, but a malformed query string becomes our 400 with a readable message.
pub struct QueryParams<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for QueryParams<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(QueryParams(value)),
            Err(rejection) => Err(AppError::BadRequest(
                rejection
                    .body_text()
                    .replace("Failed to deserialize query string: ", "invalid query: "),
            )),
        }
    }
}

/// The slug in a resource's path. A segment that is not valid UTF-8 names nothing, so it gets our
/// 404 rather than the framework's plain-text rejection.
pub struct SlugPath(pub String);

impl<S: Send + Sync> FromRequestParts<S> for SlugPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Path::<String>::from_request_parts(parts, state).await {
            Ok(Path(slug)) => Ok(SlugPath(slug)),
            Err(_) => Err(AppError::not_found(
                "resource",
                String::from_utf8_lossy(parts.uri.path().as_bytes()).into_owned(),
            )),
        }
    }
}

/// Filters of the partnership list. Empty values (as an HTML form sends for "all") mean "any".
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PartnershipQuery {
    /// ISO 3166-1 alpha-2 code of either partner's country, e.g. `FR`.
    pub country: Option<String>,
    /// A cooperation topic key, e.g. `tourism`.
    pub topic: Option<String>,
    /// `district`, `municipal` or `village`.
    pub level: Option<String>,
    /// `active`, `dormant` or `ended`.
    pub status: Option<String>,
    /// `partnership`, `friendship`, `contact` or `project`.
    pub kind: Option<String>,
    /// Slug of a body that is one of the partners.
    pub body: Option<String>,
    /// Slug of a body one of whose direct members is a partner (the towns of a district).
    pub within: Option<String>,
    /// Page number, from 1.
    pub page: Option<String>,
    /// Items per page (API only; 1 to 500, default 50).
    pub per_page: Option<String>,
    /// API only: start after the partnership with this slug, in list order (keyset paging: as fast
    /// on the last page as on the first). Give `next_after` of the previous answer; not with `page`.
    pub after: Option<String>,
}

fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn vocab<T>(
    name: &str,
    value: &Option<String>,
    parse: fn(&str) -> Option<T>,
    keys: fn() -> String,
) -> Result<Option<T>, AppError> {
    given(value)
        .map(|v| {
            parse(v).ok_or_else(|| {
                AppError::BadRequest(format!("unknown {name} '{v}'; allowed: {}", keys()))
            })
        })
        .transpose()
}

fn slug(name: &str, value: &Option<String>) -> Result<Option<String>, AppError> {
    given(value)
        .map(|v| {
            Slug::parse(v)
                .map(|s| s.to_string())
                .map_err(|e| AppError::BadRequest(format!("{name}: {e}")))
        })
        .transpose()
}

impl PartnershipQuery {
    pub fn filter(&self) -> Result<PartnershipFilter, AppError> {
        Ok(PartnershipFilter {
            country: optional_country(&self.country)?,
            topic: vocab("topic", &self.topic, Topic::parse, Topic::keys)?,
            level: vocab(
                "level",
                &self.level,
                PartnershipLevel::parse,
                PartnershipLevel::keys,
            )?,
            status: vocab(
                "status",
                &self.status,
                PartnershipStatus::parse,
                PartnershipStatus::keys,
            )?,
            kind: vocab(
                "kind",
                &self.kind,
                PartnershipKind::parse,
                PartnershipKind::keys,
            )?,
            body: slug("body", &self.body)?,
            within: slug("within", &self.within)?,
        })
    }

    pub fn page(&self, default_size: u32) -> Result<Page, AppError> {
        page(&self.page, &self.per_page, default_size)
    }

    /// The keyset position, if any; it cannot be combined with a page number.
    pub fn after(&self) -> Result<Option<String>, AppError> {
        let after = slug("after", &self.after)?;
        if after.is_some() && given(&self.page).is_some() {
            return Err(AppError::BadRequest(
                "give either 'page' or 'after', not both".to_owned(),
            ));
        }
        Ok(after)
    }
}

/// Paging of the other lists.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// Page number, from 1.
    pub page: Option<String>,
    /// Items per page, 1 to 500 (default 50).
    pub per_page: Option<String>,
}

pub fn page(
    number: &Option<String>,
    size: &Option<String>,
    default_size: u32,
) -> Result<Page, AppError> {
    let number = match given(number) {
        None => 1,
        Some(v) => v
            .parse::<u32>()
            .ok()
            .filter(|n| *n >= 1 && *n <= 1_000_000)
            .ok_or_else(|| {
                AppError::BadRequest(format!("page '{v}' is not a page number (1, 2, 3, …)"))
            })?,
    };
    let size = match given(size) {
        None => default_size,
        Some(v) => v
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=Page::MAX_SIZE).contains(n))
            .ok_or_else(|| {
                AppError::BadRequest(format!(
                    "per_page '{v}' must be a number from 1 to {}",
                    Page::MAX_SIZE
                ))
            })?,
    };
    Ok(Page { number, size })
}

/// Parses an optional vocabulary parameter of another list (`key` of facts, `type` of milestones).
pub fn optional_vocab<T>(
    name: &str,
    value: &Option<String>,
    parse: fn(&str) -> Option<T>,
    keys: fn() -> String,
) -> Result<Option<T>, AppError> {
    vocab(name, value, parse, keys)
}

/// Parses an optional country parameter (either case; empty means any).
pub fn optional_country(value: &Option<String>) -> Result<Option<CountryCode>, AppError> {
    given(value)
        .map(|c| CountryCode::parse(c).map_err(|e| AppError::BadRequest(format!("country: {e}"))))
        .transpose()
}

/// Parses an optional slug parameter.
pub fn optional_slug(name: &str, value: &Option<String>) -> Result<Option<String>, AppError> {
    slug(name, value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(pairs: &[(&str, &str)]) -> PartnershipQuery {
        let text = pairs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&");
        serde_urlencoded_like(&text)
    }

    fn serde_urlencoded_like(text: &str) -> PartnershipQuery {
        let uri: axum::http::Uri = format!("/?{text}").parse().unwrap();
        Query::<PartnershipQuery>::try_from_uri(&uri).unwrap().0
    }

    #[test]
    fn empty_form_values_mean_any() {
        let f = query(&[("country", ""), ("topic", ""), ("level", "%20")])
            .filter()
            .unwrap();
        assert_eq!(f, PartnershipFilter::default());
    }

    #[test]
    fn unknown_vocabulary_values_name_the_allowed_ones() {
        let err = query(&[("level", "county")]).filter().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown level 'county'; allowed: district, municipal, village"
        );
    }

    #[test]
    fn country_codes_in_any_case_are_accepted() {
        let f = query(&[("country", "fr")]).filter().unwrap();
        assert_eq!(f.country.unwrap().as_str(), "FR");
        assert!(query(&[("country", "France")]).filter().is_err());
    }

    #[test]
    fn page_numbers_must_be_positive_and_sizes_bounded() {
        assert!(page(&Some("0".into()), &None, 50).is_err());
        assert!(page(&Some("-1".into()), &None, 50).is_err());
        assert!(page(&Some("x".into()), &None, 50).is_err());
        assert!(page(&None, &Some("501".into()), 50).is_err());
        assert_eq!(
            page(&Some("2".into()), &Some("10".into()), 50).unwrap(),
            Page {
                number: 2,
                size: 10
            }
        );
    }
}
