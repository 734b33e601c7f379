use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

use crate::app::AppState;
use crate::error::{AppError, ErrorBody};

#[derive(Serialize, ToSchema)]
pub struct Health {
    #[schema(example = "ok")]
    status: &'static str,
    /// Schema version of the database.
    schema_version: i64,
}

/// Reports whether the service can reach its database.
#[utoipa::path(get, path = "/healthz", tag = "service", operation_id = "check_health",
    responses(
        (status = 200, body = Health),
        (status = 500, description = "The database cannot be reached", body = ErrorBody)
    ))]
pub async fn check_health(State(state): State<AppState>) -> Result<Json<Health>, AppError> {
    let schema_version = state.store.ping().await?;
    Ok(Json(Health {
        status: "ok",
        schema_version,
    }))
}
