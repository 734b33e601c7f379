//! Writing partnerships through the API: the whole record (create, read for editing, replace,
//! delete) and its milestones as a sub-resource. Milestones are changed on the partnership's record
//! and saved through the same store call as a whole record, so rights, versions and the audit
//! trail are the same path.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::auth::{ApiCaller, ApiWriter};
use super::write::{
    ApiError, ApiJson, IfMatch, RequiredVersion, SlugIndexPath, Versioned, versioned,
};
use crate::app::AppState;
use crate::domain::audit::Entity;
use crate::domain::records::{MilestoneRecord, PartnershipRecord};
use crate::error::ErrorBody;
use crate::params::SlugPath;

fn location(slug: &str) -> String {
    format!("/api/v1/partnerships/{slug}")
}

/// Creates a partnership with its topics, narratives and milestones. Editors may create those of
/// which one side is a body of their scope.
#[utoipa::path(post, path = "/api/v1/partnerships", tag = "partnerships",
    operation_id = "create_partnership",
    security(("bearer" = [])),
    request_body(content = PartnershipRecord, content_type = "application/json"),
    responses(
        (status = 201, description = "Created; `Location` names the partnership, `ETag` its version",
            body = Versioned<PartnershipRecord>, headers(("ETag" = String), ("Location" = String))),
        (status = 400, description = "The body is not JSON, not UTF-8, or not sent as application/json", body = ErrorBody),
        (status = 401, description = "No API token, or an unknown or revoked one", body = ErrorBody),
        (status = 403, description = "Neither side is a body the token may change", body = ErrorBody),
        (status = 413, description = "The request body is larger than 1 MiB", body = ErrorBody),
        (status = 422, description = "The record has problems, listed by field", body = ErrorBody)
    ))]
pub async fn create_partnership(
    State(state): State<AppState>,
    ApiWriter(who): ApiWriter,
    ApiJson(record): ApiJson<PartnershipRecord>,
) -> Result<Response, ApiError> {
    let stored = state.store.create_partnership(&who, &record).await?;
    let at = location(&stored.record.slug);
    Ok(versioned(StatusCode::CREATED, &stored, Some(at)))
}

/// A partnership's editable record with its version, drafts included: what `PUT` takes back.
#[utoipa::path(get, path = "/api/v1/partnerships/{slug}/record", tag = "partnerships",
    operation_id = "find_partnership_record",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The partnership's identifier", example = "wernigerode-carpi")),
    responses(
        (status = 200, description = "The record; `ETag` carries its version",
            body = Versioned<PartnershipRecord>, headers(("ETag" = String))),
        (status = 401, description = "No API token, or an unknown or revoked one", body = ErrorBody),
        (status = 404, description = "No partnership has this identifier", body = ErrorBody)
    ))]
pub async fn find_partnership_record(
    State(state): State<AppState>,
    ApiCaller(_who): ApiCaller,
    SlugPath(slug): SlugPath,
) -> Result<Response, ApiError> {
    let stored = state
        .store
        .partnership_record(&slug)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no partnership '{slug}' exists")))?;
    Ok(versioned(StatusCode::OK, &stored, None))
}

/// Replaces a partnership's record. `If-Match` must name the version the change started from; a
/// record changed since is not overwritten (409, naming who changed it and when).
#[utoipa::path(put, path = "/api/v1/partnerships/{slug}", tag = "partnerships",
    operation_id = "update_partnership",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The partnership's identifier", example = "wernigerode-carpi"),
        ("If-Match" = String, Header, description = "The version the change started from, as the ETag gave it: `\"3\"`")
    ),
    request_body(content = PartnershipRecord, content_type = "application/json"),
    responses(
        (status = 200, description = "Saved; `ETag` carries the new version",
            body = Versioned<PartnershipRecord>, headers(("ETag" = String))),
        (status = 400, description = "The body is not JSON, not UTF-8, or not sent as application/json; or If-Match is malformed", body = ErrorBody),
        (status = 401, description = "No API token, or an unknown or revoked one", body = ErrorBody),
        (status = 403, description = "The token may not change this partnership", body = ErrorBody),
        (status = 404, description = "No partnership has this identifier", body = ErrorBody),
        (status = 409, description = "The partnership was changed since the given version", body = ErrorBody),
        (status = 413, description = "The request body is larger than 1 MiB", body = ErrorBody),
        (status = 422, description = "The record has problems, listed by field", body = ErrorBody),
        (status = 428, description = "If-Match is missing", body = ErrorBody)
    ))]
pub async fn update_partnership(
    State(state): State<AppState>,
    ApiWriter(who): ApiWriter,
    SlugPath(slug): SlugPath,
    RequiredVersion(version): RequiredVersion,
    ApiJson(record): ApiJson<PartnershipRecord>,
) -> Result<Response, ApiError> {
    let stored = state
        .store
        .update_partnership(&who, &slug, version, &record)
        .await?;
    Ok(versioned(StatusCode::OK, &stored, None))
}

/// Deletes a partnership that no other continues. With `If-Match`, only that version is deleted.
/// The history keeps the record; an administrator can restore it.
#[utoipa::path(delete, path = "/api/v1/partnerships/{slug}", tag = "partnerships",
    operation_id = "delete_partnership",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The partnership's identifier", example = "wernigerode-carpi"),
        ("If-Match" = Option<String>, Header, description = "Delete only this version: `\"3\"`")
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "If-Match is malformed", body = ErrorBody),
        (status = 401, description = "No API token, or an unknown or revoked one", body = ErrorBody),
        (status = 403, description = "The token may not change this partnership", body = ErrorBody),
        (status = 404, description = "No partnership has this identifier", body = ErrorBody),
        (status = 409, description = "The partnership was changed since the given version", body = ErrorBody),
        (status = 422, description = "Other partnerships continue this one", body = ErrorBody)
    ))]
pub async fn delete_partnership(
    State(state): State<AppState>,
    ApiWriter(who): ApiWriter,
    SlugPath(slug): SlugPath,
    IfMatch(version): IfMatch,
) -> Result<Response, ApiError> {
    state.store.delete_partnership(&who, &slug, version).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Appends a milestone to a partnership's story. `If-Match` names the partnership's version; the
/// answer is the partnership's new record, and `Location` the new milestone.
#[utoipa::path(post, path = "/api/v1/partnerships/{slug}/milestones", tag = "partnerships",
    operation_id = "create_milestone",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The partnership's identifier", example = "wernigerode-carpi"),
        ("If-Match" = String, Header, description = "The partnership's version the change started from: `\"3\"`")
    ),
    request_body(content = MilestoneRecord, content_type = "application/json"),
    responses(
        (status = 201, description = "Added; `Location` names the milestone, `ETag` the partnership's new version",
            body = Versioned<PartnershipRecord>, headers(("ETag" = String), ("Location" = String))),
        (status = 400, description = "The body is not JSON, not UTF-8, or not sent as application/json; or If-Match is malformed", body = ErrorBody),
        (status = 401, description = "No API token, or an unknown or revoked one", body = ErrorBody),
        (status = 403, description = "The token may not change this partnership", body = ErrorBody),
        (status = 404, description = "No partnership has this identifier", body = ErrorBody),
        (status = 409, description = "The partnership was changed since the given version", body = ErrorBody),
        (status = 413, description = "The request body is larger than 1 MiB", body = ErrorBody),
        (status = 422, description = "The milestone has problems, listed by field", body = ErrorBody),
        (status = 428, description = "If-Match is missing", body = ErrorBody)
    ))]
pub async fn create_milestone(
    State(state): State<AppState>,
    ApiWriter(who): ApiWriter,
    SlugPath(slug): SlugPath,
    RequiredVersion(version): RequiredVersion,
    ApiJson(milestone): ApiJson<MilestoneRecord>,
) -> Result<Response, ApiError> {
    let mut stored = state
        .store
        .partnership_record(&slug)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no partnership '{slug}' exists")))?;
    if !who.may_edit_partnership(stored.sides[0], stored.sides[1]) {
        return Err(ApiError::forbidden("you may not change this partnership"));
    }
    state
        .store
        .ensure_version(
            Entity::Partnership,
            stored.id,
            &slug,
            stored.version,
            version,
        )
        .await?;
    stored.record.milestones.push(milestone);
    let index = stored.record.milestones.len() - 1;
    let saved = state
        .store
        .update_partnership(&who, &slug, stored.version, &stored.record)
        .await
        .map_err(|e| ApiError::from(e).relative_to(&format!("milestones[{index}]")))?;
    let at = format!("{}/milestones/{index}", location(&saved.record.slug));
    Ok(versioned(StatusCode::CREATED, &saved, Some(at)))
}

/// Removes a milestone by its position in the record's `milestones` (from 0). `If-Match` names the
/// partnership's version, so the position means what the caller saw.
#[utoipa::path(delete, path = "/api/v1/partnerships/{slug}/milestones/{index}", tag = "partnerships",
    operation_id = "delete_milestone",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The partnership's identifier", example = "wernigerode-carpi"),
        ("index" = usize, Path, description = "The milestone's position in the record's `milestones`, from 0", example = 0),
        ("If-Match" = String, Header, description = "The partnership's version the change started from: `\"3\"`")
    ),
    responses(
        (status = 200, description = "Removed; the partnership's new record, `ETag` its version",
            body = Versioned<PartnershipRecord>, headers(("ETag" = String))),
        (status = 400, description = "If-Match is malformed", body = ErrorBody),
        (status = 401, description = "No API token, or an unknown or revoked one", body = ErrorBody),
        (status = 403, description = "The token may not change this partnership", body = ErrorBody),
        (status = 404, description = "No partnership has this identifier, or it has no milestone at this position", body = ErrorBody),
        (status = 409, description = "The partnership was changed since the given version", body = ErrorBody),
        (status = 428, description = "If-Match is missing", body = ErrorBody)
    ))]
pub async fn delete_milestone(
    State(state): State<AppState>,
    ApiWriter(who): ApiWriter,
    SlugIndexPath(slug, index): SlugIndexPath,
    RequiredVersion(version): RequiredVersion,
) -> Result<Response, ApiError> {
    let mut stored = state
        .store
        .partnership_record(&slug)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no partnership '{slug}' exists")))?;
    if !who.may_edit_partnership(stored.sides[0], stored.sides[1]) {
        return Err(ApiError::forbidden("you may not change this partnership"));
    }
    state
        .store
        .ensure_version(
            Entity::Partnership,
            stored.id,
            &slug,
            stored.version,
            version,
        )
        .await?;
    if index >= stored.record.milestones.len() {
        return Err(ApiError::not_found(format!(
            "'{slug}' has no milestone {index}; it has {} (numbered from 0)",
            stored.record.milestones.len()
        )));
    }
    stored.record.milestones.remove(index);
    let saved = state
        .store
        .update_partnership(&who, &slug, stored.version, &stored.record)
        .await?;
    Ok(versioned(StatusCode::OK, &saved, None))
}
