//! The audit trail: every write path records who changed what, with the record before and after.

use sqlx::{AnyConnection, Row};

use super::{Store, StoreError, StoreResult};
use crate::domain::access::Principal;
use crate::domain::audit::{Action, AuditEntry, Entity};
use crate::domain::clock::Instant;

/// A change about to be recorded, inside the transaction that makes it.
pub struct Change<'a> {
    pub entity: Entity,
    pub entity_id: i64,
    pub action: Action,
    pub before: Option<&'a serde_json::Value>,
    pub after: Option<&'a serde_json::Value>,
    pub summary: String,
}

/// Writes one audit entry on the connection of the change's own transaction, so a change and its
/// record commit together or not at all.
pub(crate) async fn record(
    conn: &mut AnyConnection,
    who: &Principal,
    change: Change<'_>,
) -> StoreResult<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO audit_log (at, actor, actor_label, channel, entity, entity_id, action, \
         before_json, after_json, summary) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(Instant::now().text())
    .bind(who.id.key())
    .bind(&who.label)
    .bind(who.channel.key())
    .bind(change.entity.key())
    .bind(change.entity_id)
    .bind(change.action.key())
    .bind(change.before.map(|v| v.to_string()))
    .bind(change.after.map(|v| v.to_string()))
    .bind(change.summary)
    .fetch_one(conn)
    .await?;
    Ok(id)
}

const COLUMNS: &str = "id, at, actor, actor_label, channel, entity, entity_id, action, before_json, \
                       after_json, summary";

/// The id of the newest audit entry. Every write leaves one in its own transaction, so this changes
/// whenever a record or a decision on it does: imports compare it between dry run and carry-out,
/// and the review queue keeps its report while it stands.
pub(super) async fn last_entry_id(conn: &mut AnyConnection) -> StoreResult<i64> {
    Ok(
        sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM audit_log")
            .fetch_one(conn)
            .await?,
    )
}

impl Store {
    /// The id of the newest audit entry (see [`last_entry_id`]).
    pub async fn change_stamp(&self) -> StoreResult<i64> {
        let mut conn = self.pool.acquire().await?;
        last_entry_id(&mut conn).await
    }

    /// A record's history, newest first.
    pub async fn history(&self, entity: Entity, entity_id: i64) -> StoreResult<Vec<AuditEntry>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id DESC"
        ))
        .bind(entity.key())
        .bind(entity_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(entry_from_row).collect()
    }

    pub async fn audit_entry(&self, id: i64) -> StoreResult<Option<AuditEntry>> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM audit_log WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(entry_from_row).transpose()
    }

    /// The latest changes across the registry, newest first, optionally older than `before_id`.
    pub async fn recent_changes(
        &self,
        limit: i64,
        before_id: Option<i64>,
    ) -> StoreResult<Vec<AuditEntry>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM audit_log WHERE id < $1 ORDER BY id DESC LIMIT $2"
        ))
        .bind(before_id.unwrap_or(i64::MAX))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(entry_from_row).collect()
    }

    /// The last deletion of every record of `entity` that does not exist now: what an
    /// administrator can bring back.
    pub async fn deleted_records(&self, entity: Entity) -> StoreResult<Vec<AuditEntry>> {
        let table = match entity {
            Entity::Body => "bodies",
            Entity::Partnership => "partnerships",
            Entity::ContactPoint => "contact_points",
            Entity::User => "users",
            Entity::ApiToken => "api_tokens",
            Entity::Inquiry => "inquiries",
            Entity::FundingCall => "funding_calls",
            Entity::FundingApplication => "funding_applications",
            Entity::Practice => "practices",
            Entity::Activity => "activities",
            Entity::ActivityPhoto => "activity_photos",
            Entity::FundingProgramme => "funding_programmes",
            Entity::FundingAction => "funding_actions",
            Entity::FundingDocument => "funding_documents",
            // An erased person is gone for good: nothing of them is kept to bring back.
            Entity::Registry | Entity::Finding | Entity::Person => return Ok(Vec::new()),
        };
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM audit_log a WHERE entity = $1 AND action = 'delete' \
             AND id = (SELECT MAX(id) FROM audit_log b WHERE b.entity = a.entity AND b.entity_id = a.entity_id) \
             AND NOT EXISTS (SELECT 1 FROM {table} t WHERE t.id = a.entity_id) ORDER BY id DESC"
        ))
        .bind(entity.key())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(entry_from_row).collect()
    }
}

fn entry_from_row(row: &sqlx::any::AnyRow) -> StoreResult<AuditEntry> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("audit entry: {what}"));
    let json = |column: &str| -> StoreResult<Option<serde_json::Value>> {
        let text: Option<String> = row.try_get(column)?;
        text.map(|t| serde_json::from_str(&t).map_err(|_| corrupt("malformed JSON")))
            .transpose()
    };
    let at: String = row.try_get("at")?;
    let entity: String = row.try_get("entity")?;
    let action: String = row.try_get("action")?;
    Ok(AuditEntry {
        id: row.try_get("id")?,
        at: Instant::parse(&at).ok_or_else(|| corrupt("malformed instant"))?,
        actor: row.try_get("actor")?,
        actor_label: row.try_get("actor_label")?,
        channel: row.try_get("channel")?,
        entity: Entity::parse(&entity).ok_or_else(|| corrupt("unknown entity"))?,
        entity_id: row.try_get("entity_id")?,
        action: Action::parse(&action).ok_or_else(|| corrupt("unknown action"))?,
        before: json("before_json")?,
        after: json("after_json")?,
        summary: row.try_get("summary")?,
    })
}
