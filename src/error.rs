//! One error type for every request: it knows its HTTP status, a stable code and a message that helps
//! the caller. Internal causes are logged with a reference and never shown.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("no {what} '{key}' exists")]
    NotFound { what: &'static str, key: String },
    #[error("no such page")]
    NoRoute,
    #[error("{0}")]
    BadRequest(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("rendering failed: {0}")]
    Render(#[from] askama::Error),
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
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Store(_) | AppError::Render(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A stable, machine-readable code for API clients.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound { .. } | AppError::NoRoute => "not_found",
            AppError::BadRequest(_) => "bad_request",
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
    /// Stable code: `not_found`, `bad_request` or `internal`.
    #[schema(example = "bad_request")]
    pub code: String,
    #[schema(example = "unknown level 'county'; allowed: district, municipal, village")]
    pub message: String,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let reference = self.log();
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code().to_owned(),
                message: self.public_message(reference.as_deref()),
            },
        };
        (self.status(), Json(body)).into_response()
    }
}
