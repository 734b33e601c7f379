//! Who calls the API: scripts with an API token (`Authorization: Bearer ppt_…`). Administrators
//! create and revoke tokens (workbench, `partnerportal token`); the store keeps only their digest and
//! gives each the role and scope of a staff account. Every operation that reads internal records
//! or changes anything takes one of the extractors here, so no such route can forget the check.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use utoipa::Modify;
use utoipa::openapi::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};

use super::write::ApiError;
use crate::app::AppState;
use crate::domain::access::Principal;

/// The caller of an operation that needs a token: any live token, whatever its role.
pub struct ApiCaller(pub Principal);

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = bearer_token(&parts.headers)?;
        match state.store.api_token_principal(token).await? {
            Some(principal) => Ok(ApiCaller(principal)),
            None => Err(ApiError::unauthenticated(
                "the API token is unknown or has been revoked",
                true,
            )),
        }
    }
}

/// The caller of an operation that changes something. Reader tokens are refused here, before their
/// request is looked at, so a reader learns nothing from a write but that it may not write. Role
/// and scope of the record itself are checked by the store.
pub struct ApiWriter(pub Principal);

impl FromRequestParts<AppState> for ApiWriter {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let ApiCaller(principal) = ApiCaller::from_request_parts(parts, state).await?;
        if !principal.may_edit_anything() {
            return Err(ApiError::forbidden(format!(
                "the API token has the role '{}' and may read, but not change, the registry",
                principal.role.key()
            )));
        }
        Ok(ApiWriter(principal))
    }
}

/// The token of an `Authorization: Bearer <token>` header. A missing header, another scheme or an
/// empty token are all 401: the caller has not said who it is.
fn bearer_token(headers: &HeaderMap) -> Result<&str, ApiError> {
    let missing = || {
        ApiError::unauthenticated(
            "this operation needs an API token: send the header 'Authorization: Bearer <token>'",
            false,
        )
    };
    let mut values = headers.get_all(header::AUTHORIZATION).iter();
    let (Some(value), None) = (values.next(), values.next()) else {
        return Err(missing());
    };
    let value = value.to_str().map_err(|_| missing())?.trim();
    let (scheme, token) = value.split_once(' ').ok_or_else(missing)?;
    let token = token.trim();
    if !scheme.eq_ignore_ascii_case("bearer") || token.is_empty() {
        return Err(missing());
    }
    Ok(token)
}

/// Declares the `bearer` security scheme that write operations name in the OpenAPI document.
pub struct BearerSecurity;

impl Modify for BearerSecurity {
    fn modify(&self, openapi: &mut OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "An API token (`ppt_…`), created by an administrator in the workbench or \
                         with `partnerportal token add`; it acts with the role (admin, editor, \
                         reader) and scope of bodies it was given.",
                    ))
                    .build(),
            ),
        );
    }
}
