//! Writing bodies through the API: the whole record (create, read for editing, replace, delete)
//! and its facts as a sub-resource. Facts are changed on the body's record and saved through the
//! same store call as a whole record, so rights, versions and the audit trail are the same path.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::auth::{ApiCaller, ApiWriter};
use super::write::{
    ApiError, ApiJson, IfMatch, RequiredVersion, SlugIndexPath, Versioned, versioned,
};
use crate::app::AppState;
use crate::domain::audit::Entity;
use crate::domain::records::{BodyRecord, FactRecord};
use crate::error::ErrorBody;
use crate::params::SlugPath;

fn location(slug: &str) -> String {
    format!("/api/v1/bodies/{slug}")
}

/// Creates a body with its names, facts and predecessors. Administrators only: a body anyone
/// could create, anyone could then claim.
#[utoipa::path(post, path = "/api/v1/bodies", tag = "bodies", operation_id = "create_body",
    security(("bearer" = [])),
    request_body(content = BodyRecord, content_type = "application/json"),
    responses(
        (status = 201, description = "Created; `Location` names the body, `ETag` its version",
            body = Versioned<BodyRecord>, headers(("ETag" = String), ("Location" = String))),
        (status = 400, description = "The body is not JSON, not UTF-8, or not sent as application/json", body = ErrorBody),
        (status = 401, description = "No API token, or an unknown or revoked one", body = ErrorBody),
        (status = 403, description = "The token is not an administrator's", body = ErrorBody),
        (status = 413, description = "The request body is larger than 1 MiB", body = ErrorBody),
        (status = 422, description = "The record has problems, listed by field", body = ErrorBody)
    ))]
pub async fn create_body(
    State(state): State<AppState>,
    ApiWriter(who): ApiWriter,
    ApiJson(record): ApiJson<BodyRecord>,
) -> Result<Response, ApiError> {
    if !who.may_create_bodies() {
        return Err(ApiError::forbidden("only administrators create bodies"));
    }
    let stored = state.store.create_body(&who, &record).await?;
    let at = location(&stored.record.slug);
    Ok(versioned(StatusCode::CREATED, &stored, Some(at)))
}

/// A body's editable record with its version, drafts included: what `PUT` takes back.
#[utoipa::path(get, path = "/api/v1/bodies/{slug}/record", tag = "bodies",
    operation_id = "find_body_record",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The body's identifier", example = "wernigerode")),
    responses(
        (status = 200, description = "The record; `ETag` carries its version",
            body = Versioned<BodyRecord>, headers(("ETag" = String))),
        (status = 401, description = "No API token, or an unknown or revoked one", body = ErrorBody),
        (status = 404, description = "No body has this identifier", body = ErrorBody)
    ))]
pub async fn find_body_record(
    State(state): State<AppState>,
    ApiCaller(_who): ApiCaller,
    SlugPath(slug): SlugPath,
) -> Result<Response, ApiError> {
    let stored = state
        .store
        .body_record(&slug)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no body '{slug}' exists")))?;
    Ok(versioned(StatusCode::OK, &stored, None))
}

/// Replaces a body's record. `If-Match` must name the version the change started from; a record
/// changed since is not overwritten (409, naming who changed it and when). A different `slug` in
/// the record renames the body.
#[utoipa::path(put, path = "/api/v1/bodies/{slug}", tag = "bodies", operation_id = "update_body",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The body's identifier", example = "wernigerode"),
        ("If-Match" = String, Header, description = "The version the change started from, as the ETag gave it: `\"3\"`")
    ),
    request_body(content = BodyRecord, content_type = "application/json"),
    responses(
        (status = 200, description = "Saved; `ETag` carries the new version",
            body = Versioned<BodyRecord>, headers(("ETag" = String))),
        (status = 400, description = "The body is not JSON, not UTF-8, or not sent as application/json; or If-Match is malformed", body = ErrorBody),
        (status = 401, description = "No API token, or an unknown or revoked one", body = ErrorBody),
        (status = 403, description = "The token may not change this body", body = ErrorBody),
        (status = 404, description = "No body has this identifier", body = ErrorBody),
        (status = 409, description = "The body was changed since the given version", body = ErrorBody),
        (status = 413, description = "The request body is larger than 1 MiB", body = ErrorBody),
        (status = 422, description = "The record has problems, listed by field", body = ErrorBody),
        (status = 428, description = "If-Match is missing", body = ErrorBody)
    ))]
pub async fn update_body(
    State(state): State<AppState>,
    ApiWriter(who): ApiWriter,
    SlugPath(slug): SlugPath,
    RequiredVersion(version): RequiredVersion,
    ApiJson(record): ApiJson<BodyRecord>,
) -> Result<Response, ApiError> {
    let stored = state
        .store
        .update_body(&who, &slug, version, &record)
        .await?;
    Ok(versioned(StatusCode::OK, &stored, None))
}

/// Deletes a body that nothing refers to any more (administrators only). With `If-Match`, only
/// that version is deleted. The history keeps the record; an administrator can restore it.
#[utoipa::path(delete, path = "/api/v1/bodies/{slug}", tag = "bodies", operation_id = "delete_body",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The body's identifier", example = "wernigerode"),
        ("If-Match" = Option<String>, Header, description = "Delete only this version: `\"3\"`")
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "If-Match is malformed", body = ErrorBody),
        (status = 401, description = "No API token, or an unknown or revoked one", body = ErrorBody),
        (status = 403, description = "The token is not an administrator's", body = ErrorBody),
        (status = 404, description = "No body has this identifier", body = ErrorBody),
        (status = 409, description = "The body was changed since the given version", body = ErrorBody),
        (status = 422, description = "Partnerships, member bodies or successors still refer to the body", body = ErrorBody)
    ))]
pub async fn delete_body(
    State(state): State<AppState>,
    ApiWriter(who): ApiWriter,
    SlugPath(slug): SlugPath,
    IfMatch(version): IfMatch,
) -> Result<Response, ApiError> {
    if !who.may_create_bodies() {
        return Err(ApiError::forbidden("only administrators delete bodies"));
    }
    state.store.delete_body(&who, &slug, version).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Appends a fact to a body. `If-Match` names the body's version; the answer is the body's new
/// record, and `Location` the new fact.
#[utoipa::path(post, path = "/api/v1/bodies/{slug}/facts", tag = "bodies",
    operation_id = "create_fact",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The body's identifier", example = "wernigerode"),
        ("If-Match" = String, Header, description = "The body's version the change started from: `\"3\"`")
    ),
    request_body(content = FactRecord, content_type = "application/json"),
    responses(
        (status = 201, description = "Added; `Location` names the fact, `ETag` the body's new version",
            body = Versioned<BodyRecord>, headers(("ETag" = String), ("Location" = String))),
        (status = 400, description = "The body is not JSON, not UTF-8, or not sent as application/json; or If-Match is malformed", body = ErrorBody),
        (status = 401, description = "No API token, or an unknown or revoked one", body = ErrorBody),
        (status = 403, description = "The token may not change this body", body = ErrorBody),
        (status = 404, description = "No body has this identifier", body = ErrorBody),
        (status = 409, description = "The body was changed since the given version", body = ErrorBody),
        (status = 413, description = "The request body is larger than 1 MiB", body = ErrorBody),
        (status = 422, description = "The fact has problems, listed by field", body = ErrorBody),
        (status = 428, description = "If-Match is missing", body = ErrorBody)
    ))]
pub async fn create_fact(
    State(state): State<AppState>,
    ApiWriter(who): ApiWriter,
    SlugPath(slug): SlugPath,
    RequiredVersion(version): RequiredVersion,
    ApiJson(fact): ApiJson<FactRecord>,
) -> Result<Response, ApiError> {
    let mut stored = state
        .store
        .body_record(&slug)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no body '{slug}' exists")))?;
    if !who.may_edit_body(stored.id) {
        return Err(ApiError::forbidden("you may not change this body"));
    }
    state
        .store
        .ensure_version(Entity::Body, stored.id, &slug, stored.version, version)
        .await?;
    stored.record.facts.push(fact);
    let index = stored.record.facts.len() - 1;
    let saved = state
        .store
        .update_body(&who, &slug, stored.version, &stored.record)
        .await
        .map_err(|e| ApiError::from(e).relative_to(&format!("facts[{index}]")))?;
    let at = format!("{}/facts/{index}", location(&saved.record.slug));
    Ok(versioned(StatusCode::CREATED, &saved, Some(at)))
}

/// Removes a body's fact by its position in the record's `facts` (from 0). `If-Match` names the
/// body's version, so the position means what the caller saw.
#[utoipa::path(delete, path = "/api/v1/bodies/{slug}/facts/{index}", tag = "bodies",
    operation_id = "delete_fact",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The body's identifier", example = "wernigerode"),
        ("index" = usize, Path, description = "The fact's position in the record's `facts`, from 0", example = 0),
        ("If-Match" = String, Header, description = "The body's version the change started from: `\"3\"`")
    ),
    responses(
        (status = 200, description = "Removed; the body's new record, `ETag` its version",
            body = Versioned<BodyRecord>, headers(("ETag" = String))),
        (status = 400, description = "If-Match is malformed", body = ErrorBody),
        (status = 401, description = "No API token, or an unknown or revoked one", body = ErrorBody),
        (status = 403, description = "The token may not change this body", body = ErrorBody),
        (status = 404, description = "No body has this identifier, or it has no fact at this position", body = ErrorBody),
        (status = 409, description = "The body was changed since the given version", body = ErrorBody),
        (status = 428, description = "If-Match is missing", body = ErrorBody)
    ))]
pub async fn delete_fact(
    State(state): State<AppState>,
    ApiWriter(who): ApiWriter,
    SlugIndexPath(slug, index): SlugIndexPath,
    RequiredVersion(version): RequiredVersion,
) -> Result<Response, ApiError> {
    let mut stored = state
        .store
        .body_record(&slug)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no body '{slug}' exists")))?;
    if !who.may_edit_body(stored.id) {
        return Err(ApiError::forbidden("you may not change this body"));
    }
    state
        .store
        .ensure_version(Entity::Body, stored.id, &slug, stored.version, version)
        .await?;
    if index >= stored.record.facts.len() {
        return Err(ApiError::not_found(format!(
            "'{slug}' has no fact {index}; it has {} (numbered from 0)",
            stored.record.facts.len()
        )));
    }
    stored.record.facts.remove(index);
    let saved = state
        .store
        .update_body(&who, &slug, stored.version, &stored.record)
        .await?;
    Ok(versioned(StatusCode::OK, &saved, None))
}
