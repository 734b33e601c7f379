//! How the workbench answers a write: a refused form is shown again with its problems at their
//! fields (422), or with the notice that someone else saved first (409); anything a person cannot
//! fix in the form becomes the error page; a write without a form (delete, restore) leads on.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::domain::records::FieldError;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::store::{WriteError, WriteResult};
use crate::web::error_page;

/// What to show after a refused save.
pub enum Refusal {
    /// The form again, with these problems and this status.
    Form(StatusCode, Vec<FieldError>),
    /// The error page.
    Page(AppError),
}

impl From<WriteError> for Refusal {
    fn from(error: WriteError) -> Refusal {
        match error {
            WriteError::Invalid(problems) => {
                Refusal::Form(StatusCode::UNPROCESSABLE_ENTITY, problems)
            }
            WriteError::Store(e) => match AppError::from(e) {
                // The form shows the message in place of its fields' problems, with a way to
                // reload the current version; what was typed stays.
                AppError::Conflict(message) => Refusal::Form(
                    StatusCode::CONFLICT,
                    vec![FieldError::new("version", "stale", message)],
                ),
                other => Refusal::Page(other),
            },
        }
    }
}

/// Gives a re-rendered form the status of its refusal (an error page keeps its own).
pub fn with_status(mut response: Response, status: StatusCode) -> Response {
    if response.status().is_success() {
        *response.status_mut() = status;
    }
    response
}

/// After a write without a form: on to `next`, or the error page.
pub fn lead_on(result: WriteResult<()>, t: &Tr, here: &str, next: String) -> Response {
    match result {
        Ok(()) => Redirect::to(&next).into_response(),
        Err(WriteError::Store(e)) => error_page(&e.into(), t, here),
        Err(WriteError::Invalid(problems)) => {
            let message = problems
                .into_iter()
                .map(|p| format!("{}: {}", p.field, p.message))
                .collect::<Vec<_>>()
                .join("; ");
            error_page(&AppError::Unprocessable(message), t, here)
        }
    }
}
