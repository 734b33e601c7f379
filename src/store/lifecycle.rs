//! The life of a record, the same for every kind the workbench and the write API change (bodies,
//! partnerships, contact points): create, update from a known version, delete, and restore a
//! recorded version. Each step runs in one transaction that checks the actor's rights, writes the
//! record through its kind, and records the audit entry with the whole record before and after.

use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::AnyConnection;

use super::audit::{self, Change};
use super::records::{Stored, Tx, WriteError, WriteResult};
use super::{Store, StoreError, StoreResult};
use crate::domain::access::Principal;
use crate::domain::audit::{Action, Entity};
use crate::domain::clock::Instant;
use crate::domain::records::FieldError;

/// What a kind of record brings to the common life cycle.
pub(super) trait RecordKind: Serialize + DeserializeOwned + Sized {
    const ENTITY: Entity;
    /// The table the kind's ids are drawn from.
    const TABLE: &'static str;

    /// Checks that need no database.
    fn check(&self) -> Result<(), Vec<FieldError>>;

    /// How the record is named in messages and in the audit trail.
    fn label(&self) -> &str;

    /// Whether the record is public; `None` for kinds without drafts.
    fn published(&self) -> Option<bool> {
        None
    }

    fn may_create(who: &Principal) -> bool;

    /// Whether `who` may change or restore the stored record.
    fn may_change(who: &Principal, stored: &Stored<Self>) -> bool;

    fn may_delete(who: &Principal, stored: &Stored<Self>) -> bool {
        Self::may_change(who, stored)
    }

    async fn load(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<Stored<Self>>>;

    /// Inserts or replaces the record under `id` with `version`, everything that hangs off it and
    /// the derived data; checks references, and `who`'s rights over the record as written.
    async fn write(
        tx: &mut Tx,
        who: &Principal,
        id: i64,
        version: i64,
        record: &Self,
    ) -> WriteResult<Stored<Self>>;

    /// Refuses the deletion while something still refers to the record; clears what may go.
    async fn before_delete(_tx: &mut Tx, _stored: &Stored<Self>) -> WriteResult<()> {
        Ok(())
    }
}

/// "partnership", "contact point": the kind in words, for messages.
fn noun<K: RecordKind>() -> String {
    K::ENTITY.key().replace('_', " ")
}

fn forbidden<K: RecordKind>(verb: &str) -> WriteError {
    super::records::forbidden(&format!("you may not {verb} this {}", noun::<K>()))
}

fn document<T: Serialize>(record: &T) -> serde_json::Value {
    serde_json::to_value(record).expect("records serialize")
}

pub(super) async fn create<K: RecordKind>(
    store: &Store,
    who: &Principal,
    record: &K,
) -> WriteResult<Stored<K>> {
    let mut tx = store.begin_write().await?;
    let stored = create_in(&mut tx, who, record).await?;
    tx.commit().await?;
    Ok(stored)
}

/// `create` inside the caller's transaction, for imports that write many records all or nothing.
pub(super) async fn create_in<K: RecordKind>(
    tx: &mut Tx,
    who: &Principal,
    record: &K,
) -> WriteResult<Stored<K>> {
    record.check().map_err(WriteError::Invalid)?;
    if !K::may_create(who) {
        return Err(forbidden::<K>("create"));
    }
    let id = next_id::<K>(tx).await?;
    let stored = K::write(tx, who, id, 1, record).await?;
    record_change(tx, who, id, Action::Create, None, &stored.record).await?;
    Ok(stored)
}

/// Replaces a record. `expected_version` is the version the writer started from: when another
/// change came first, nothing is written and the error says who made it and when.
pub(super) async fn update<K: RecordKind>(
    store: &Store,
    who: &Principal,
    id: i64,
    expected_version: i64,
    record: &K,
) -> WriteResult<Stored<K>> {
    let mut tx = store.begin_write().await?;
    let stored = update_in(&mut tx, who, id, expected_version, record).await?;
    tx.commit().await?;
    Ok(stored)
}

/// `update` inside the caller's transaction, for imports that write many records all or nothing.
pub(super) async fn update_in<K: RecordKind>(
    tx: &mut Tx,
    who: &Principal,
    id: i64,
    expected_version: i64,
    record: &K,
) -> WriteResult<Stored<K>> {
    record.check().map_err(WriteError::Invalid)?;
    let before = existing::<K>(tx, id).await?;
    check_version(tx, &before, expected_version).await?;
    if !K::may_change(who, &before) {
        return Err(forbidden::<K>("change"));
    }
    let stored = K::write(tx, who, id, before.version + 1, record).await?;
    let action = match (before.record.published(), record.published()) {
        (Some(false), Some(true)) => Action::Publish,
        (Some(true), Some(false)) => Action::Unpublish,
        _ => Action::Update,
    };
    record_change(tx, who, id, action, Some(&before.record), &stored.record).await?;
    Ok(stored)
}

pub(super) async fn delete<K: RecordKind>(
    store: &Store,
    who: &Principal,
    id: i64,
    expected_version: Option<i64>,
) -> WriteResult<()> {
    let mut tx = store.begin_write().await?;
    let before = existing::<K>(&mut tx, id).await?;
    if let Some(expected) = expected_version {
        check_version(&mut tx, &before, expected).await?;
    }
    if !K::may_delete(who, &before) {
        return Err(forbidden::<K>("delete"));
    }
    K::before_delete(&mut tx, &before).await?;
    sqlx::query(&format!("DELETE FROM {} WHERE id = $1", K::TABLE))
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let b = document(&before.record);
    audit::record(
        &mut tx,
        who,
        Change {
            entity: K::ENTITY,
            entity_id: id,
            action: Action::Delete,
            before: Some(&b),
            after: None,
            summary: format!("{} '{}' deleted", noun::<K>(), before.record.label()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Writes back a recorded version: over the current record (whose version stays in the history),
/// or, for a deleted record, under its old id — which only administrators may.
pub(super) async fn restore<K: RecordKind>(
    tx: &mut Tx,
    who: &Principal,
    id: i64,
    record: &K,
) -> WriteResult<()> {
    let current = K::load(tx, id).await?;
    match &current {
        Some(current) if !K::may_change(who, current) => return Err(forbidden::<K>("restore")),
        None if !who.may_restore_deleted() => {
            return Err(super::records::forbidden(
                "only administrators restore deleted records",
            ));
        }
        _ => {}
    }
    let version = current.as_ref().map_or(1, |c| c.version + 1);
    let stored = K::write(tx, who, id, version, record).await?;
    let before = current.map(|c| c.record);
    record_change(
        tx,
        who,
        id,
        Action::Restore,
        before.as_ref(),
        &stored.record,
    )
    .await
}

async fn record_change<K: RecordKind>(
    tx: &mut Tx,
    who: &Principal,
    id: i64,
    action: Action,
    before: Option<&K>,
    after: &K,
) -> WriteResult<()> {
    let (b, a) = (before.map(document), document(after));
    let summary = match (&b, action) {
        (Some(b), Action::Update | Action::Publish | Action::Unpublish) => describe_changes(b, &a),
        (_, Action::Restore) => "earlier version restored".to_owned(),
        _ => format!("{} '{}'", noun::<K>(), after.label()),
    };
    audit::record(
        tx,
        who,
        Change {
            entity: K::ENTITY,
            entity_id: id,
            action,
            before: b.as_ref(),
            after: Some(&a),
            summary,
        },
    )
    .await?;
    Ok(())
}

/// "changed: narrative, milestones": the top-level fields that differ, for history lists.
fn describe_changes(before: &serde_json::Value, after: &serde_json::Value) -> String {
    let (Some(b), Some(a)) = (before.as_object(), after.as_object()) else {
        return String::new();
    };
    let changed: Vec<&str> = a
        .iter()
        .filter(|(k, v)| b.get(*k) != Some(*v))
        .map(|(k, _)| k.as_str())
        .collect();
    if changed.is_empty() {
        "saved without changes".into()
    } else {
        format!("changed: {}", changed.join(", "))
    }
}

async fn existing<K: RecordKind>(tx: &mut Tx, id: i64) -> WriteResult<Stored<K>> {
    K::load(tx, id)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("{} {id}", noun::<K>())).into())
}

/// The next free id. Ids of deleted records stay reserved, so a restore can bring one back under
/// its old id and address.
async fn next_id<K: RecordKind>(tx: &mut Tx) -> StoreResult<i64> {
    let max_live: i64 =
        sqlx::query_scalar(&format!("SELECT COALESCE(MAX(id), 0) FROM {}", K::TABLE))
            .fetch_one(&mut **tx)
            .await?;
    let max_recorded: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(entity_id), 0) FROM audit_log WHERE entity = $1")
            .bind(K::ENTITY.key())
            .fetch_one(&mut **tx)
            .await?;
    Ok(max_live.max(max_recorded) + 1)
}

async fn check_version<K: RecordKind>(
    tx: &mut Tx,
    current: &Stored<K>,
    expected: i64,
) -> WriteResult<()> {
    let (id, label) = (current.id, current.record.label());
    Ok(stale_unless(tx, K::ENTITY, id, label, current.version, expected).await?)
}

/// Refuses a change based on version `expected` of a record now at `current`, naming who changed
/// the record last and when.
async fn stale_unless(
    conn: &mut AnyConnection,
    entity: Entity,
    id: i64,
    label: &str,
    current: i64,
    expected: i64,
) -> StoreResult<()> {
    if current == expected {
        return Ok(());
    }
    let last: Option<(String, String)> = sqlx::query_as(
        "SELECT actor_label, at FROM audit_log WHERE entity = $1 AND entity_id = $2 \
         ORDER BY id DESC LIMIT 1",
    )
    .bind(entity.key())
    .bind(id)
    .fetch_optional(conn)
    .await?;
    let (by, at) = last.unwrap_or_else(|| ("someone".into(), "an unknown time".into()));
    let at = Instant::parse(&at).map(|i| i.display_local()).unwrap_or(at);
    Err(StoreError::StaleVersion {
        what: format!("'{label}'"),
        by,
        at,
    })
}

impl super::Store {
    /// The version check of every write, for callers that must refuse a stale request before
    /// they can build the record to write (the API's list items are addressed by position in the
    /// version the caller saw).
    pub async fn ensure_version(
        &self,
        entity: Entity,
        id: i64,
        label: &str,
        current: i64,
        expected: i64,
    ) -> StoreResult<()> {
        let mut conn = self.pool.acquire().await?;
        stale_unless(&mut conn, entity, id, label, current, expected).await
    }
}
