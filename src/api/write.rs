//! What every write operation of the API shares: the JSON body extractor (our error format for
//! every way a body can be wrong, a 1 MiB limit), the version a change starts from (`If-Match`),
//! answers carrying a record and its version (`ETag`), the error answer with field problems, and
//! restoring a version from the history.

use std::pin::Pin;

use axum::Json;
use axum::body::{Body, HttpBody};
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::auth::ApiWriter;
use crate::app::AppState;
use crate::domain::audit::{Action, Entity};
use crate::domain::records::FieldError;
use crate::error::{AppError, ErrorBody, ErrorDetail};
use crate::params::QueryParams;
use crate::store::{StoreError, Stored, VersionSide, WriteError};

/// The largest request body a write accepts: far above any real record (narratives are capped at
/// 20 000 characters), small enough that nobody can make the server hold much memory.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// How much of a too-large body is still read (and dropped) before answering 413, so that a client
/// that is still sending gets to read the answer instead of a reset connection.
const MAX_DRAINED_BYTES: usize = 8 * 1024 * 1024;

// ------------------------------------------------------------------------------------------------
// Errors
// ------------------------------------------------------------------------------------------------

/// An API error answer: [`AppError`]'s status, code and message, and what only the write API
/// needs: the problems of a record by field (422), `428 Precondition Required`, and the
/// `WWW-Authenticate` challenge of a 401.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
    fields: Option<Vec<FieldError>>,
    challenge: Option<&'static str>,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            fields: None,
            challenge: None,
        }
    }

    /// 401 with a challenge naming the bearer scheme (RFC 6750); `invalid` marks a token that was
    /// sent but is unknown or revoked.
    pub fn unauthenticated(message: impl Into<String>, invalid: bool) -> ApiError {
        let mut error = ApiError::new(StatusCode::UNAUTHORIZED, "unauthorized", message);
        error.challenge = Some(if invalid {
            "Bearer realm=\"partnerportal\", error=\"invalid_token\""
        } else {
            "Bearer realm=\"partnerportal\""
        });
        error
    }

    pub fn forbidden(message: impl Into<String>) -> ApiError {
        AppError::Forbidden(message.into()).into()
    }

    pub fn bad_request(message: impl Into<String>) -> ApiError {
        AppError::BadRequest(message.into()).into()
    }

    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", message)
    }

    /// 422 listing every problem of a submitted record.
    pub fn invalid(fields: Vec<FieldError>) -> ApiError {
        let listed: Vec<String> = fields
            .iter()
            .map(|f| format!("{}: {}", f.field, f.message))
            .collect();
        let message = match fields.len() {
            1 => format!("the record has a problem: {}", listed.join("; ")),
            n => format!("the record has {n} problems: {}", listed.join("; ")),
        };
        let mut error = ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "unprocessable", message);
        error.fields = Some(fields);
        error
    }

    fn precondition_required(message: impl Into<String>) -> ApiError {
        ApiError::new(
            StatusCode::PRECONDITION_REQUIRED,
            "precondition_required",
            message,
        )
    }

    fn too_large() -> ApiError {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
            format!("the request body is larger than the limit of {MAX_BODY_BYTES} bytes (1 MiB)"),
        )
    }

    /// Field paths of a record's problems made relative to the part the caller sent: a fact
    /// appended as `facts[3]` is checked inside its body's record, but the caller sent `value`.
    pub fn relative_to(mut self, prefix: &str) -> ApiError {
        if let Some(fields) = &mut self.fields {
            for f in fields.iter_mut() {
                if let Some(rest) = f.field.strip_prefix(prefix) {
                    f.field = rest.trim_start_matches('.').to_owned();
                }
            }
        }
        self
    }
}

/// Internal causes are logged under a reference and replaced by a sentence naming it.
impl From<AppError> for ApiError {
    fn from(error: AppError) -> ApiError {
        let reference = error.log();
        ApiError::new(
            error.status(),
            error.code(),
            error.public_message(reference.as_deref()),
        )
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> ApiError {
        match error {
            // The store names what is missing ("body 'x'"), so say it as it is.
            StoreError::NotFound(what) => ApiError::not_found(format!("no {what} exists")),
            other => AppError::from(other).into(),
        }
    }
}

impl From<WriteError> for ApiError {
    fn from(error: WriteError) -> ApiError {
        match error {
            WriteError::Invalid(fields) => ApiError::invalid(fields),
            WriteError::Store(e) => e.into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code.to_owned(),
                message: self.message,
                fields: self.fields,
            },
        };
        let mut response = (self.status, Json(body)).into_response();
        if let Some(challenge) = self.challenge {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static(challenge),
            );
        }
        response
    }
}

/// The answer for a method an API address does not offer (`GET` of an address that only takes
/// `POST`): 405 in our format, not the framework's empty answer.
pub async fn method_not_allowed(method: Method, uri: Uri) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        format!("{} does not answer {method}", uri.path()),
    )
}

// ------------------------------------------------------------------------------------------------
// Request bodies
// ------------------------------------------------------------------------------------------------

/// Like axum's `Json`, but every way a body can be wrong gets our error format: a content type
/// other than JSON, a body over 1 MiB (413), bytes that are not UTF-8 or not JSON (400), and JSON
/// that is not the expected record (422, naming the field: unknown fields are refused).
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, _state: &S) -> Result<Self, ApiError> {
        check_json_content_type(request.headers())?;
        let bytes = read_limited(request.into_body()).await?;
        if let Err(e) = std::str::from_utf8(&bytes) {
            return Err(ApiError::bad_request(format!(
                "the request body is not valid UTF-8 (at byte {})",
                e.valid_up_to()
            )));
        }
        match Json::<T>::from_bytes(&bytes) {
            Ok(Json(value)) => Ok(ApiJson(value)),
            Err(JsonRejection::JsonDataError(e)) => {
                Err(ApiError::invalid(vec![data_problem(&e.body_text())]))
            }
            Err(JsonRejection::JsonSyntaxError(e)) => Err(ApiError::bad_request(format!(
                "the request body is not well-formed JSON: {}",
                detail(&e.body_text())
            ))),
            Err(other) => Err(ApiError::bad_request(other.body_text())),
        }
    }
}

fn check_json_content_type(headers: &HeaderMap) -> Result<(), ApiError> {
    let wrong = || {
        ApiError::bad_request(
            "send the record as JSON with the header 'Content-Type: application/json'",
        )
    };
    let value = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(wrong)?;
    let mut parts = value.split(';').map(str::trim);
    let essence = parts.next().unwrap_or_default().to_ascii_lowercase();
    let json = essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"));
    if !json {
        return Err(wrong());
    }
    for parameter in parts {
        if let Some((name, charset)) = parameter.split_once('=')
            && name.trim().eq_ignore_ascii_case("charset")
            && !charset
                .trim()
                .trim_matches('"')
                .eq_ignore_ascii_case("utf-8")
        {
            return Err(ApiError::bad_request(format!(
                "the request body must be UTF-8, not '{}'",
                charset.trim()
            )));
        }
    }
    Ok(())
}

/// Reads the body up to [`MAX_BODY_BYTES`]. A larger body is read on (and dropped) up to a bound, so
/// the client sees the 413 rather than a connection closed while it was sending.
async fn read_limited(mut body: Body) -> Result<Vec<u8>, ApiError> {
    // A declared length over the limit is refused at once: the client may never send those bytes.
    if body.size_hint().lower() > MAX_BODY_BYTES as u64 {
        return Err(ApiError::too_large());
    }
    let mut bytes = Vec::new();
    let mut seen = 0usize;
    loop {
        let frame = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await;
        let Some(frame) = frame else { break };
        let frame =
            frame.map_err(|_| ApiError::bad_request("the request body could not be read"))?;
        let Ok(data) = frame.into_data() else {
            continue;
        };
        seen = seen.saturating_add(data.len());
        if seen <= MAX_BODY_BYTES {
            bytes.extend_from_slice(&data);
        } else if seen > MAX_BODY_BYTES + MAX_DRAINED_BYTES {
            break;
        }
    }
    if seen > MAX_BODY_BYTES {
        return Err(ApiError::too_large());
    }
    Ok(bytes)
}

/// The part of an axum rejection text after its fixed preamble.
fn detail(text: &str) -> &str {
    text.split_once(": ").map_or(text, |(_, rest)| rest)
}

/// A JSON document of the wrong shape, as a field problem: axum reports `path: message`, where the
/// path is absent when the problem lies at the top (an unknown field there).
fn data_problem(text: &str) -> FieldError {
    let text = detail(text);
    let (path, message) = match text.split_once(": ") {
        Some((path, message)) if is_field_path(path) => (Some(path), message),
        _ => (None, text),
    };
    let unknown_field = message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split_once('`'))
        .map(|(name, _)| name);
    let missing_field = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split_once('`'))
        .map(|(name, _)| name);
    let join = |path: Option<&str>, name: &str| match path {
        Some(path) if !path.ends_with(name) => format!("{path}.{name}"),
        Some(path) => path.to_owned(),
        None => name.to_owned(),
    };
    match (unknown_field, missing_field) {
        (Some(name), _) => FieldError::new(join(path, name), "unknown-field", message),
        (None, Some(name)) => FieldError::new(join(path, name), "required", message),
        _ => FieldError::new(path.unwrap_or("."), "invalid-value", message),
    }
}

fn is_field_path(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || "_-.[]?".contains(c))
}

// ------------------------------------------------------------------------------------------------
// Versions
// ------------------------------------------------------------------------------------------------

/// The version named in `If-Match`, when there is one. Versions travel as entity tags, `"3"`
/// (a bare `3` is accepted too); `*` names no particular version.
pub struct IfMatch(pub Option<i64>);

impl<S: Send + Sync> FromRequestParts<S> for IfMatch {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let mut values = parts.headers.get_all(header::IF_MATCH).iter();
        let (Some(value), None) = (values.next(), values.next()) else {
            return if parts.headers.contains_key(header::IF_MATCH) {
                Err(ApiError::bad_request(
                    "send one If-Match header with the version you started from",
                ))
            } else {
                Ok(IfMatch(None))
            };
        };
        let text = value.to_str().unwrap_or_default().trim();
        if text == "*" {
            return Ok(IfMatch(None));
        }
        let version = text
            .strip_prefix('"')
            .and_then(|t| t.strip_suffix('"'))
            .unwrap_or(text);
        match version.parse::<i64>() {
            Ok(v) if v >= 1 && version.bytes().all(|b| b.is_ascii_digit()) => Ok(IfMatch(Some(v))),
            _ => Err(ApiError::bad_request(format!(
                "If-Match: '{}' is not a version; send the version of the record you started \
                 from, as the ETag gave it, e.g. If-Match: \"3\"",
                String::from_utf8_lossy(value.as_bytes())
            ))),
        }
    }
}

/// The version a change starts from, which must be given: without it a change could silently
/// overwrite someone else's.
pub struct RequiredVersion(pub i64);

impl<S: Send + Sync> FromRequestParts<S> for RequiredVersion {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match IfMatch::from_request_parts(parts, state).await?.0 {
            Some(version) => Ok(RequiredVersion(version)),
            None => Err(ApiError::precondition_required(
                "send the version of the record you started from: If-Match: \"<version>\", as \
                 the ETag of the record or its `version` gave it",
            )),
        }
    }
}

// ------------------------------------------------------------------------------------------------
// Answers
// ------------------------------------------------------------------------------------------------

/// A record as stored, with the version to send back in `If-Match` with the next change.
#[derive(Debug, Serialize, ToSchema)]
pub struct Versioned<T: ToSchema> {
    /// The record's version; the answer's `ETag` carries it too.
    #[schema(example = 3)]
    pub version: i64,
    pub record: T,
}

/// The answer of a read or write of a record: the record and its version in the body, the version
/// as `ETag`, and for a creation the new resource's address.
pub fn versioned<T: Serialize + ToSchema + Clone>(
    status: StatusCode,
    stored: &Stored<T>,
    location: Option<String>,
) -> Response {
    let mut response = (
        status,
        Json(Versioned {
            version: stored.version,
            record: stored.record.clone(),
        }),
    )
        .into_response();
    let headers = response.headers_mut();
    if let Ok(tag) = HeaderValue::from_str(&format!("\"{}\"", stored.version)) {
        headers.insert(header::ETAG, tag);
    }
    if let Some(location) = location.and_then(|l| HeaderValue::from_str(&l).ok()) {
        headers.insert(header::LOCATION, location);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A slug and a position in one of the record's lists, from the path. A segment that is not UTF-8
/// or not a number names nothing: 404 in our format.
pub struct SlugIndexPath(pub String, pub usize);

impl<S: Send + Sync> FromRequestParts<S> for SlugIndexPath {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let not_found = |parts: &Parts| {
            ApiError::not_found(format!(
                "no resource '{}' exists",
                String::from_utf8_lossy(parts.uri.path().as_bytes())
            ))
        };
        let Ok(Path((slug, index))) =
            Path::<(String, String)>::from_request_parts(parts, state).await
        else {
            return Err(not_found(parts));
        };
        match index.parse::<usize>() {
            Ok(index_value) if index.bytes().all(|b| b.is_ascii_digit()) => {
                Ok(SlugIndexPath(slug, index_value))
            }
            _ => Err(not_found(parts)),
        }
    }
}

/// An audit entry's id from the path; anything else names nothing.
pub struct AuditIdPath(pub i64);

impl<S: Send + Sync> FromRequestParts<S> for AuditIdPath {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match Path::<String>::from_request_parts(parts, state).await {
            Ok(Path(text)) if text.bytes().all(|b| b.is_ascii_digit()) => text
                .parse::<i64>()
                .map(AuditIdPath)
                .map_err(|_| ApiError::not_found(format!("no version {text} exists"))),
            Ok(Path(text)) => Err(ApiError::not_found(format!(
                "no version '{text}' exists; versions are numbered"
            ))),
            Err(_) => Err(ApiError::not_found("no such version exists")),
        }
    }
}

// ------------------------------------------------------------------------------------------------
// Restore
// ------------------------------------------------------------------------------------------------

/// What a restore brought back.
#[derive(Debug, Serialize, ToSchema)]
pub struct RestoredVersion {
    /// `body` or `partnership`.
    #[schema(example = "partnership")]
    pub entity: String,
    /// Where the record lives now (the restored version's slug).
    #[schema(example = "harz-belfort")]
    pub slug: String,
    /// The record's version after the restore.
    #[schema(example = 4)]
    pub version: i64,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RestoreQuery {
    /// `before`: the record as it was before the entry's change (undoing it); `after`: as the
    /// change left it. Default: `before` for a deletion, `after` otherwise.
    side: Option<String>,
}

/// Brings back a version of a body or partnership that a history entry recorded. An existing
/// record is overwritten (the overwritten version stays in the history); a deleted one is
/// re-created, which only administrators may do.
#[utoipa::path(post, path = "/api/v1/versions/{audit_id}/restore", tag = "versions",
    operation_id = "restore_version",
    security(("bearer" = [])),
    params(
        ("audit_id" = i64, Path, description = "The id of the history entry (as the workbench's history shows it)"),
        RestoreQuery
    ),
    responses(
        (status = 200, description = "Restored; `Location` names the record, `ETag` its new version",
            body = RestoredVersion,
            headers(("ETag" = String), ("Location" = String))),
        (status = 400, description = "`side` is neither `before` nor `after`", body = ErrorBody),
        (status = 401, description = "No API token, or an unknown or revoked one", body = ErrorBody),
        (status = 403, description = "The token may not change this record, or restore a deleted one", body = ErrorBody),
        (status = 404, description = "No history entry has this id", body = ErrorBody),
        (status = 422, description = "The entry holds no such version, or the version no longer fits (a partner was deleted)", body = ErrorBody)
    ))]
pub async fn restore_version(
    State(state): State<AppState>,
    ApiWriter(who): ApiWriter,
    AuditIdPath(audit_id): AuditIdPath,
    QueryParams(query): QueryParams<RestoreQuery>,
) -> Result<Response, ApiError> {
    let entry = state
        .store
        .audit_entry(audit_id)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no version {audit_id} exists")))?;
    if !matches!(entry.entity, Entity::Body | Entity::Partnership) {
        return Err(AppError::Unprocessable(format!(
            "history entry {audit_id} is about a record of kind '{}'; the API restores bodies \
             and partnerships only",
            entry.entity.key()
        ))
        .into());
    }
    let side = match query.side.as_deref().map(str::trim) {
        None | Some("") if matches!(entry.action, Action::Delete | Action::Expire) => {
            VersionSide::Before
        }
        None | Some("") | Some("after") => VersionSide::After,
        Some("before") => VersionSide::Before,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "unknown side '{other}'; allowed: before, after"
            )));
        }
    };
    let entity = state.store.restore_version(&who, audit_id, side).await?;
    // The restore itself is the record's newest history entry; it holds the restored document.
    let history = state.store.history(entity, entry.entity_id).await?;
    let slug = history
        .first()
        .and_then(|e| e.after.as_ref())
        .and_then(|after| after["slug"].as_str())
        .map(str::to_owned)
        .ok_or_else(|| {
            AppError::Store(StoreError::Corrupt(format!(
                "the restore of history entry {audit_id} left no version"
            )))
        })?;
    let (version, location) = match entity {
        Entity::Body => (
            state.store.body_record(&slug).await?.map(|s| s.version),
            format!("/api/v1/bodies/{slug}"),
        ),
        // Only bodies and partnerships get here (checked above).
        _ => (
            state
                .store
                .partnership_record(&slug)
                .await?
                .map(|s| s.version),
            format!("/api/v1/partnerships/{slug}"),
        ),
    };
    let version =
        version.ok_or_else(|| ApiError::not_found(format!("no record '{slug}' exists")))?;
    let mut response = Json(RestoredVersion {
        entity: entity.key().to_owned(),
        slug,
        version,
    })
    .into_response();
    let headers = response.headers_mut();
    if let Ok(tag) = HeaderValue::from_str(&format!("\"{version}\"")) {
        headers.insert(header::ETAG, tag);
    }
    if let Ok(location) = HeaderValue::from_str(&location) {
        headers.insert(header::LOCATION, location);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrong_field_deep_in_a_record_is_named_by_its_path() {
        let problem = data_problem(
            "Failed to deserialize the JSON body into the target type: milestones[0].type: \
             unknown variant `party`, expected one of `contract` at line 1 column 40",
        );
        assert_eq!(problem.field, "milestones[0].type");
        assert_eq!(problem.code, "invalid-value");
        assert!(problem.message.starts_with("unknown variant `party`"));
    }

    #[test]
    fn an_unknown_field_is_named_with_its_parent() {
        let top = data_problem(
            "Failed to deserialize the JSON body into the target type: unknown field `colour`, \
             expected one of `slug`, `name` at line 1 column 10",
        );
        assert_eq!((top.field.as_str(), top.code), ("colour", "unknown-field"));
        let nested = data_problem(
            "Failed to deserialize the JSON body into the target type: facts[0]: unknown field \
             `size`, expected one of `key` at line 1 column 10",
        );
        assert_eq!(nested.field, "facts[0].size");
    }

    #[test]
    fn a_type_error_at_the_top_is_not_mistaken_for_a_path() {
        let problem = data_problem(
            "Failed to deserialize the JSON body into the target type: invalid type: integer \
             `5`, expected struct BodyRecord at line 1 column 1",
        );
        assert_eq!(problem.field, ".");
        assert!(problem.message.starts_with("invalid type: integer"));
    }

    #[test]
    fn field_problems_are_made_relative_to_the_part_sent() {
        let error = ApiError::invalid(vec![
            FieldError::new("facts[3].value", "value-or-text", "give either"),
            FieldError::new("name", "required", "this field is required"),
        ])
        .relative_to("facts[3]");
        let fields: Vec<_> = error.fields.unwrap().into_iter().map(|f| f.field).collect();
        assert_eq!(fields, ["value", "name"]);
    }
}
