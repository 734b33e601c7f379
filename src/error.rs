//! One error type for every request: it knows its HTTP status, a stable code and a message that helps
//! the caller. Internal causes are logged with a reference and never shown.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::records::FieldError;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("no {what} '{key}' exists")]
    NotFound { what: &'static str, key: String },
    #[error("no such page")]
    NoRoute,
    #[error("{0}")]
    BadRequest(String),
    /// No valid session or token: sign in first.
    #[error("sign in to do this")]
    Unauthorized,
    /// Signed in, but the role or scope does not allow it.
    #[error("{0}")]
    Forbidden(String),
    /// The record changed since it was read, or would clash with another.
    #[error("{0}")]
    Conflict(String),
    /// Input understood but not acceptable (validation).
    #[error("{0}")]
    Unprocessable(String),
    #[error("{0}")]
    TooManyRequests(String),
    #[error("the request body is too large")]
    PayloadTooLarge,
    /// Text holding U+0000, which PostgreSQL cannot store or compare.
    #[error(
        "the text holds a NUL character (U+0000), which can be neither stored nor searched for; remove it"
    )]
    NulInText,
    #[error(transparent)]
    Store(StoreError),
    #[error("rendering failed: {0}")]
    Render(#[from] askama::Error),
}

/// Storage outcomes a caller caused (a missing record, a stale version) keep their meaning; the
/// rest are internal.
impl From<StoreError> for AppError {
    fn from(error: StoreError) -> AppError {
        match error {
            StoreError::NotFound(what) => AppError::NotFound {
                what: "record",
                key: what,
            },
            e @ (StoreError::Conflict(_) | StoreError::StaleVersion { .. }) => {
                AppError::Conflict(e.to_string())
            }
            StoreError::Rejected(message) => AppError::Unprocessable(message),
            StoreError::Forbidden(message) => AppError::Forbidden(message),
            e if e.is_nul_in_text() => AppError::NulInText,
            other => AppError::Store(other),
        }
    }
}

impl AppError {
    pub fn not_found(what: &'static str, key: impl Into<String>) -> AppError {
        AppError::NotFound {
            what,
            key: key.into(),
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound { .. } | AppError::NoRoute => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) | AppError::NulInText => StatusCode::BAD_REQUEST,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Store(_) | AppError::Render(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A stable, machine-readable code for API clients.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound { .. } | AppError::NoRoute => "not_found",
            AppError::BadRequest(_) | AppError::NulInText => "bad_request",
            AppError::Unauthorized => "unauthorized",
            AppError::Forbidden(_) => "forbidden",
            AppError::Conflict(_) => "conflict",
            AppError::Unprocessable(_) => "unprocessable",
            AppError::TooManyRequests(_) => "too_many_requests",
            AppError::PayloadTooLarge => "payload_too_large",
            AppError::Store(_) | AppError::Render(_) => "internal",
        }
    }

    pub fn is_internal(&self) -> bool {
        self.status().is_server_error()
    }

    /// Logs an internal error under a fresh reference the user can quote; returns the reference.
    pub fn log(&self) -> Option<String> {
        if !self.is_internal() {
            return None;
        }
        let reference = error_reference();
        let mut cause = self.to_string();
        let mut source = std::error::Error::source(self);
        while let Some(inner) = source {
            cause.push_str(": ");
            cause.push_str(&inner.to_string());
            source = inner.source();
        }
        tracing::error!(reference = %reference, error = %cause, "request failed");
        Some(reference)
    }

    /// The message safe to show: internal causes are replaced by a generic sentence.
    pub fn public_message(&self, reference: Option<&str>) -> String {
        match reference {
            Some(r) => format!("an internal error occurred; it was logged under reference {r}"),
            None => self.to_string(),
        }
    }
}

fn error_reference() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    format!("{secs:x}-{}", COUNTER.fetch_add(1, Ordering::Relaxed))
}

/// The JSON body of every API error.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable code: `not_found`, `bad_request`, `unauthorized`, `forbidden`, `conflict`,
    /// `method_not_allowed`, `unprocessable`, `precondition_required`, `too_many_requests`,
    /// `payload_too_large` or `internal`.
    #[schema(example = "bad_request")]
    pub code: String,
    #[schema(example = "unknown level 'county'; allowed: district, municipal, village")]
    pub message: String,
    /// With `unprocessable` answers to a submitted record: every problem, each addressed to its
    /// field. Absent from other errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub fields: Option<Vec<FieldError>>,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let reference = self.log();
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code().to_owned(),
                message: self.public_message(reference.as_deref()),
                fields: None,
            },
        };
        (self.status(), Json(body)).into_response()
    }
}
