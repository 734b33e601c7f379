//! Writing the registry: create, update, delete and restore bodies and partnerships as whole
//! records. Every write checks the actor's rights, the version the change started from, and the
//! references it makes; writes the audit entry in the same transaction; and keeps the derived data
//! (list order, per-country index, search index) in step.

use std::collections::BTreeMap;

use sqlx::{AnyConnection, Row};

use super::lifecycle::{self, RecordKind};
use super::sql::SqlBuilder;
use super::{Store, StoreError, StoreResult};
use crate::domain::access::Principal;
use crate::domain::audit::{AuditEntry, Entity};
use crate::domain::names::sort_key;
use crate::domain::records::{
    BodyRecord, ContactPointRecord, FactRecord, FieldError, MilestoneRecord, NameRecord,
    PartnershipRecord, SuccessionRecord,
};
use crate::domain::search::Folded;
use crate::domain::values::{CountryCode, PartialDate};
use crate::domain::vocab::{
    BodyKind, DateQualifier, FactKey, MilestoneType, NameKind, PartnershipKind, PartnershipLevel,
    PartnershipStatus, SuccessionKind, Topic,
};

/// A record as stored, with what a writer needs to change it safely.
#[derive(Debug, Clone)]
pub struct Stored<T> {
    pub id: i64,
    /// Send back with a change: a save based on an older version is refused.
    pub version: i64,
    pub record: T,
    /// For partnerships: the ids of both sides; for bodies: the body's own id.
    pub sides: Vec<i64>,
}

/// Why a write was not done.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The record is not acceptable; every problem is named with its field.
    #[error("the record has {} problem(s)", .0.len())]
    Invalid(Vec<FieldError>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for WriteError {
    fn from(e: sqlx::Error) -> Self {
        WriteError::Store(e.into())
    }
}

pub type WriteResult<T> = Result<T, WriteError>;

pub(super) use super::Tx;

pub(super) fn forbidden(message: &str) -> WriteError {
    WriteError::Store(StoreError::Forbidden(message.to_owned()))
}

fn invalid(field: &str, code: &'static str, message: String) -> WriteError {
    WriteError::Invalid(vec![FieldError::new(field, code, message)])
}

impl Store {
    /// The editable record of a partnership, drafts included.
    pub async fn partnership_record(
        &self,
        slug: &str,
    ) -> StoreResult<Option<Stored<PartnershipRecord>>> {
        let mut conn = self.pool.acquire().await?;
        match id_by_slug(&mut conn, "partnerships", slug).await? {
            Some(id) => load_partnership(&mut conn, id).await,
            None => Ok(None),
        }
    }

    pub async fn create_partnership(
        &self,
        who: &Principal,
        record: &PartnershipRecord,
    ) -> WriteResult<Stored<PartnershipRecord>> {
        lifecycle::create(self, who, record).await
    }

    /// Replaces a partnership's record. `expected_version` is the version the editor started from.
    pub async fn update_partnership(
        &self,
        who: &Principal,
        slug: &str,
        expected_version: i64,
        record: &PartnershipRecord,
    ) -> WriteResult<Stored<PartnershipRecord>> {
        let id = self
            .existing_id("partnerships", "partnership", slug)
            .await?;
        lifecycle::update(self, who, id, expected_version, record).await
    }

    pub async fn delete_partnership(
        &self,
        who: &Principal,
        slug: &str,
        expected_version: Option<i64>,
    ) -> WriteResult<()> {
        let id = self
            .existing_id("partnerships", "partnership", slug)
            .await?;
        lifecycle::delete::<PartnershipRecord>(self, who, id, expected_version).await
    }

    pub async fn body_record(&self, slug: &str) -> StoreResult<Option<Stored<BodyRecord>>> {
        let mut conn = self.pool.acquire().await?;
        match id_by_slug(&mut conn, "bodies", slug).await? {
            Some(id) => load_body(&mut conn, id).await,
            None => Ok(None),
        }
    }

    pub async fn create_body(
        &self,
        who: &Principal,
        record: &BodyRecord,
    ) -> WriteResult<Stored<BodyRecord>> {
        lifecycle::create(self, who, record).await
    }

    pub async fn update_body(
        &self,
        who: &Principal,
        slug: &str,
        expected_version: i64,
        record: &BodyRecord,
    ) -> WriteResult<Stored<BodyRecord>> {
        let id = self.existing_id("bodies", "body", slug).await?;
        lifecycle::update(self, who, id, expected_version, record).await
    }

    pub async fn delete_body(
        &self,
        who: &Principal,
        slug: &str,
        expected_version: Option<i64>,
    ) -> WriteResult<()> {
        let id = self.existing_id("bodies", "body", slug).await?;
        lifecycle::delete::<BodyRecord>(self, who, id, expected_version).await
    }

    async fn existing_id(&self, table: &str, noun: &str, slug: &str) -> WriteResult<i64> {
        let mut conn = self.pool.acquire().await?;
        id_by_slug(&mut conn, table, slug)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("{noun} '{slug}'")).into())
    }

    /// Brings back a version an audit entry recorded: the state before or after that change
    /// (undoing it, or returning to it). An existing record is overwritten (the overwritten version
    /// stays in the history); a deleted one is re-created under its old id.
    pub async fn restore_version(
        &self,
        who: &Principal,
        audit_id: i64,
        side: VersionSide,
    ) -> WriteResult<Entity> {
        let entry = self
            .audit_entry(audit_id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("history entry {audit_id}")))?;
        let document = restorable_document(&entry, side)?;
        fn read<K: serde::de::DeserializeOwned>(
            document: &serde_json::Value,
            audit_id: i64,
        ) -> StoreResult<K> {
            serde_json::from_value(document.clone())
                .map_err(|e| StoreError::Corrupt(format!("history entry {audit_id}: {e}")))
        }
        let mut tx = self.begin_write().await?;
        let id = entry.entity_id;
        match entry.entity {
            Entity::Partnership => {
                let record: PartnershipRecord = read(document, audit_id)?;
                lifecycle::restore(&mut tx, who, id, &record).await?;
            }
            Entity::Body => {
                let record: BodyRecord = read(document, audit_id)?;
                lifecycle::restore(&mut tx, who, id, &record).await?;
            }
            Entity::ContactPoint => {
                let record: ContactPointRecord = read(document, audit_id)?;
                lifecycle::restore(&mut tx, who, id, &record).await?;
            }
            Entity::Practice => {
                let record: crate::domain::practices::PracticeRecord = read(document, audit_id)?;
                lifecycle::restore(&mut tx, who, id, &record).await?;
            }
            Entity::FundingCall
            | Entity::FundingApplication
            | Entity::FundingProgramme
            | Entity::FundingAction => {
                super::funding::restore_in(&mut tx, who, entry.entity, id, document, audit_id)
                    .await?;
            }
            _ => {
                return Err(StoreError::Rejected(
                    "only bodies, partnerships, contact points and funding records can be restored"
                        .into(),
                )
                .into());
            }
        }
        tx.commit().await?;
        Ok(entry.entity)
    }
}

pub(super) async fn id_by_slug(
    conn: &mut AnyConnection,
    table: &str,
    slug: &str,
) -> StoreResult<Option<i64>> {
    Ok(
        sqlx::query_scalar(&format!("SELECT id FROM {table} WHERE slug = $1"))
            .bind(slug)
            .fetch_optional(conn)
            .await?,
    )
}

/// Which of the two versions an audit entry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VersionSide {
    /// The record as it was before the change: restoring it undoes the change.
    Before,
    /// The record as the change left it.
    After,
}

fn restorable_document(entry: &AuditEntry, side: VersionSide) -> WriteResult<&serde_json::Value> {
    let document = match side {
        VersionSide::Before => entry.before.as_ref(),
        VersionSide::After => entry.after.as_ref(),
    };
    document.ok_or_else(|| {
        StoreError::Rejected(format!(
            "history entry {} holds no version of the record",
            entry.id
        ))
        .into()
    })
}

impl RecordKind for PartnershipRecord {
    const ENTITY: Entity = Entity::Partnership;
    const TABLE: &'static str = "partnerships";

    fn check(&self) -> Result<(), Vec<FieldError>> {
        PartnershipRecord::check(self)
    }

    fn label(&self) -> &str {
        &self.slug
    }

    fn published(&self) -> Option<bool> {
        Some(self.published)
    }

    /// Anyone who may change a body may start a partnership of it; `write` checks the sides.
    fn may_create(who: &Principal) -> bool {
        who.may_edit_anything()
    }

    fn may_change(who: &Principal, stored: &Stored<Self>) -> bool {
        who.may_edit_partnership(stored.sides[0], stored.sides[1])
    }

    async fn load(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<Stored<Self>>> {
        load_partnership(conn, id).await
    }

    async fn write(
        tx: &mut Tx,
        who: &Principal,
        id: i64,
        version: i64,
        record: &Self,
    ) -> WriteResult<Stored<Self>> {
        write_partnership(tx, who, id, version, record).await
    }

    async fn before_delete(tx: &mut Tx, stored: &Stored<Self>) -> WriteResult<()> {
        let children: Vec<String> =
            sqlx::query_scalar("SELECT slug FROM partnerships WHERE parent_id = $1 ORDER BY slug")
                .bind(stored.id)
                .fetch_all(&mut **tx)
                .await?;
        if !children.is_empty() {
            return Err(StoreError::Rejected(format!(
                "partnerships continue this one ({}); change or delete them first",
                children.join(", ")
            ))
            .into());
        }
        // An inquiry about the partnership stays in the inbox; it just no longer points to it.
        sqlx::query("UPDATE inquiries SET partnership_id = NULL WHERE partnership_id = $1")
            .bind(stored.id)
            .execute(&mut **tx)
            .await?;
        Ok(())
    }
}

impl RecordKind for BodyRecord {
    const ENTITY: Entity = Entity::Body;
    const TABLE: &'static str = "bodies";

    fn check(&self) -> Result<(), Vec<FieldError>> {
        BodyRecord::check(self)
    }

    fn label(&self) -> &str {
        &self.slug
    }

    fn published(&self) -> Option<bool> {
        Some(self.published)
    }

    /// New bodies could be claimed by anyone: creating and deleting them is administrators' work.
    fn may_create(who: &Principal) -> bool {
        who.may_create_bodies()
    }

    fn may_change(who: &Principal, stored: &Stored<Self>) -> bool {
        who.may_edit_body(stored.id)
    }

    fn may_delete(who: &Principal, _stored: &Stored<Self>) -> bool {
        who.may_create_bodies()
    }

    async fn load(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<Stored<Self>>> {
        load_body(conn, id).await
    }

    async fn write(
        tx: &mut Tx,
        _who: &Principal,
        id: i64,
        version: i64,
        record: &Self,
    ) -> WriteResult<Stored<Self>> {
        write_body(tx, id, version, record).await
    }

    async fn before_delete(tx: &mut Tx, stored: &Stored<Self>) -> WriteResult<()> {
        let uses: Vec<String> = sqlx::query_scalar(
            "SELECT 'partnership ' || slug FROM partnerships WHERE body_a_id = $1 OR body_b_id = $1
             UNION ALL SELECT 'body ' || slug FROM bodies WHERE parent_id = $1
             UNION ALL SELECT 'successor ' || b.slug FROM successions s JOIN bodies b ON b.id = s.successor_id
                 WHERE s.predecessor_id = $1
             UNION ALL SELECT 'milestone of ' || p.slug FROM milestone_bodies mb
                 JOIN milestones m ON m.id = mb.milestone_id JOIN partnerships p ON p.id = m.partnership_id
                 WHERE mb.body_id = $1
             UNION ALL SELECT 'contact point ' || organisation FROM contact_points WHERE body_id = $1
             LIMIT 6",
        )
        .bind(stored.id)
        .fetch_all(&mut **tx)
        .await?;
        if !uses.is_empty() {
            return Err(StoreError::Rejected(format!(
                "'{}' is still referred to by {}; change those first",
                stored.record.slug,
                uses.join(", ")
            ))
            .into());
        }
        super::search::unindex_body(tx, stored.id).await?;
        Ok(())
    }
}

/// Resolves references by slug or key; a missing one is a field error, not a database error.
pub(super) struct Resolver<'a> {
    pub(super) conn: &'a mut AnyConnection,
    pub(super) problems: Vec<FieldError>,
}

impl Resolver<'_> {
    pub(super) async fn body(
        &mut self,
        field: &str,
        slug: &str,
    ) -> StoreResult<Option<(i64, bool)>> {
        let found: Option<(i64, i64)> =
            sqlx::query_as("SELECT id, CAST(published AS BIGINT) FROM bodies WHERE slug = $1")
                .bind(slug)
                .fetch_optional(&mut *self.conn)
                .await?;
        let found = found.map(|(id, published)| (id, published != 0));
        if found.is_none() {
            self.problems.push(FieldError::new(
                field,
                "unknown-body",
                format!("no body '{slug}' exists"),
            ));
        }
        Ok(found)
    }

    pub(super) async fn source(
        &mut self,
        field: &str,
        key: &Option<String>,
    ) -> StoreResult<Option<i64>> {
        let Some(key) = key else { return Ok(None) };
        let found: Option<i64> = sqlx::query_scalar("SELECT id FROM sources WHERE key = $1")
            .bind(key)
            .fetch_optional(&mut *self.conn)
            .await?;
        if found.is_none() {
            self.problems.push(FieldError::new(
                field,
                "unknown-source",
                format!("no source '{key}' exists"),
            ));
        }
        Ok(found)
    }

    pub(super) fn finish(self) -> WriteResult<()> {
        if self.problems.is_empty() {
            Ok(())
        } else {
            Err(WriteError::Invalid(self.problems))
        }
    }
}

/// Writes the partnership row with id `id` (inserting or replacing it) and everything that hangs
/// off it; checks references and rights against the record's sides.
async fn write_partnership(
    tx: &mut Tx,
    who: &Principal,
    id: i64,
    version: i64,
    record: &PartnershipRecord,
) -> WriteResult<Stored<PartnershipRecord>> {
    let mut r = Resolver {
        conn: tx,
        problems: Vec::new(),
    };
    let home = r.body("home", &record.home).await?;
    let partner = r.body("partner", &record.partner).await?;
    let source = r.source("source", &record.source).await?;
    let mut milestone_bodies = Vec::new();
    for (i, m) in record.milestones.iter().enumerate() {
        let mut ids = Vec::new();
        for (j, slug) in m.bodies.iter().enumerate() {
            if let Some((body, _)) = r
                .body(&format!("milestones[{i}].bodies[{j}]"), slug)
                .await?
            {
                ids.push(body);
            }
        }
        let source = r
            .source(&format!("milestones[{i}].source"), &m.source)
            .await?;
        milestone_bodies.push((ids, source));
    }
    let parent = match &record.parent {
        Some(slug) => {
            let found: Option<i64> =
                sqlx::query_scalar("SELECT id FROM partnerships WHERE slug = $1")
                    .bind(slug)
                    .fetch_optional(&mut *r.conn)
                    .await?;
            if found.is_none() {
                r.problems.push(FieldError::new(
                    "parent",
                    "unknown-partnership",
                    format!("no partnership '{slug}' exists"),
                ));
            }
            found
        }
        None => None,
    };
    let slug_taken: Option<i64> =
        sqlx::query_scalar("SELECT id FROM partnerships WHERE slug = $1 AND id <> $2")
            .bind(&record.slug)
            .bind(id)
            .fetch_optional(&mut *r.conn)
            .await?;
    if slug_taken.is_some() {
        r.problems.push(FieldError::new(
            "slug",
            "slug-taken",
            format!("another partnership already uses '{}'", record.slug),
        ));
    }
    if let (Some((home_id, home_published)), Some((partner_id, partner_published))) =
        (home, partner)
    {
        let (a, b) = (home_id.min(partner_id), home_id.max(partner_id));
        let pair_taken: Option<String> = sqlx::query_scalar(
            "SELECT slug FROM partnerships WHERE body_a_id = $1 AND body_b_id = $2 AND id <> $3",
        )
        .bind(a)
        .bind(b)
        .bind(id)
        .fetch_optional(&mut *r.conn)
        .await?;
        if let Some(other) = pair_taken {
            r.problems.push(FieldError::new(
                "partner",
                "pair-taken",
                format!("these two bodies are already partners ('{other}')"),
            ));
        }
        if record.published && !(home_published && partner_published) {
            r.problems.push(FieldError::new(
                "published",
                "draft-body",
                "publish both bodies before the partnership between them",
            ));
        }
    }
    r.finish()?;
    let ((home_id, _), (partner_id, _)) = (home.expect("checked"), partner.expect("checked"));
    if !who.may_edit_partnership(home_id, partner_id) {
        return Err(forbidden(
            "one side of the partnership must be a body you may change",
        ));
    }
    let (a, b, home_side) = if home_id < partner_id {
        (home_id, partner_id, "a")
    } else {
        (partner_id, home_id, "b")
    };
    sqlx::query(
        "INSERT INTO partnerships (id, slug, body_a_id, body_b_id, home_side, level, kind, status, \
         parent_id, source_id, note, version, published) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
         ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, body_a_id = excluded.body_a_id, \
         body_b_id = excluded.body_b_id, home_side = excluded.home_side, level = excluded.level, \
         kind = excluded.kind, status = excluded.status, parent_id = excluded.parent_id, \
         source_id = excluded.source_id, note = excluded.note, version = excluded.version, \
         published = excluded.published",
    )
    .bind(id)
    .bind(&record.slug)
    .bind(a)
    .bind(b)
    .bind(home_side)
    .bind(record.level.as_str())
    .bind(record.kind.as_str())
    .bind(record.status.as_str())
    .bind(parent)
    .bind(source)
    .bind(record.note.as_deref().filter(|n| !n.trim().is_empty()))
    .bind(version)
    .bind(i64::from(record.published))
    .execute(&mut **tx)
    .await?;
    for table in ["partnership_topics", "partnership_texts", "milestones"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE partnership_id = $1"))
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    for topic in &record.topics {
        sqlx::query("INSERT INTO partnership_topics (partnership_id, topic) VALUES ($1, $2)")
            .bind(id)
            .bind(topic.as_str())
            .execute(&mut **tx)
            .await?;
    }
    for (lang, text) in record
        .narrative
        .iter()
        .filter(|(_, t)| !t.trim().is_empty())
    {
        sqlx::query(
            "INSERT INTO partnership_texts (partnership_id, lang, narrative) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(lang)
        .bind(text)
        .execute(&mut **tx)
        .await?;
    }
    for (position, (m, (bodies, source))) in
        record.milestones.iter().zip(milestone_bodies).enumerate()
    {
        let milestone: i64 = sqlx::query_scalar(
            "INSERT INTO milestones (partnership_id, date, qualifier, type, source_id, position) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(id)
        .bind(m.date.map(|d| d.to_string()))
        .bind(m.qualifier.map(|q| q.as_str()))
        .bind(m.milestone_type.as_str())
        .bind(source)
        .bind(position as i64)
        .fetch_one(&mut **tx)
        .await?;
        for (i, body) in bodies.iter().enumerate() {
            sqlx::query(
                "INSERT INTO milestone_bodies (milestone_id, body_id, position) VALUES ($1, $2, $3) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(milestone)
            .bind(body)
            .bind(i as i64)
            .execute(&mut **tx)
            .await?;
        }
        for (lang, note) in m.note.iter().filter(|(_, t)| !t.trim().is_empty()) {
            sqlx::query(
                "INSERT INTO milestone_texts (milestone_id, lang, note) VALUES ($1, $2, $3)",
            )
            .bind(milestone)
            .bind(lang)
            .bind(note)
            .execute(&mut **tx)
            .await?;
        }
    }
    refresh_partnership_order(tx, "p.id = $1", id).await?;
    load_partnership(tx, id).await?.ok_or_else(|| {
        StoreError::Corrupt("a partnership just written cannot be read".into()).into()
    })
}

/// Separates the parts of a list key; bound as a parameter, since PostgreSQL has no `char(31)`.
const LIST_KEY_SEPARATOR: &str = "\u{1f}";

/// Recomputes the list order and per-country entries (migrations 0003, 0004) of the partnerships
/// `condition` selects with its one parameter `$1` (`p.id = $1`, those of one body, or the new ones
/// of an import). Every write of a partnership, of a name it is listed by, and every import calls it.
pub(super) async fn refresh_partnership_order(
    conn: &mut AnyConnection,
    condition: &str,
    arg: i64,
) -> StoreResult<()> {
    sqlx::query(&format!(
        "UPDATE partnerships AS p SET list_key =
            (CASE level WHEN 'district' THEN '0' WHEN 'municipal' THEN '1' ELSE '2' END)
            || $2 || (SELECT sort_name FROM bodies
                            WHERE id = CASE home_side WHEN 'a' THEN body_a_id ELSE body_b_id END)
            || $2 || (SELECT country FROM bodies
                            WHERE id = CASE home_side WHEN 'a' THEN body_b_id ELSE body_a_id END)
            || $2 || (SELECT sort_name FROM bodies
                            WHERE id = CASE home_side WHEN 'a' THEN body_b_id ELSE body_a_id END)
         WHERE {condition}"
    ))
    .bind(arg)
    .bind(LIST_KEY_SEPARATOR)
    .execute(&mut *conn)
    .await?;
    sqlx::query(&format!(
        "DELETE FROM partnership_countries WHERE partnership_id IN (SELECT p.id FROM partnerships p WHERE {condition})"
    ))
    .bind(arg)
    .execute(&mut *conn)
    .await?;
    sqlx::query(&format!(
        "INSERT INTO partnership_countries (country, list_key, partnership_id)
         SELECT b.country, p.list_key, p.id FROM partnerships p JOIN bodies b ON b.id = p.body_a_id
         WHERE {condition}
         UNION
         SELECT b.country, p.list_key, p.id FROM partnerships p JOIN bodies b ON b.id = p.body_b_id
         WHERE {condition}
         ON CONFLICT DO NOTHING"
    ))
    .bind(arg)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(super) async fn load_partnership(
    conn: &mut AnyConnection,
    id: i64,
) -> StoreResult<Option<Stored<PartnershipRecord>>> {
    let Some(row) = sqlx::query(
        "SELECT p.slug, p.body_a_id, p.body_b_id, p.home_side, ba.slug AS a_slug, bb.slug AS b_slug, \
         p.level, p.kind, p.status, p.note, p.version, CAST(p.published AS BIGINT) AS published, pp.slug AS parent, s.key AS source \
         FROM partnerships p JOIN bodies ba ON ba.id = p.body_a_id JOIN bodies bb ON bb.id = p.body_b_id \
         LEFT JOIN partnerships pp ON pp.id = p.parent_id LEFT JOIN sources s ON s.id = p.source_id \
         WHERE p.id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let corrupt = |what: String| StoreError::Corrupt(format!("partnership {id}: {what}"));
    let (a_slug, b_slug): (String, String) = (row.try_get("a_slug")?, row.try_get("b_slug")?);
    let home_side: String = row.try_get("home_side")?;
    let (home, partner) = if home_side == "a" {
        (a_slug, b_slug)
    } else {
        (b_slug, a_slug)
    };
    let level: String = row.try_get("level")?;
    let kind: String = row.try_get("kind")?;
    let status: String = row.try_get("status")?;
    let topics: Vec<String> = sqlx::query_scalar(
        "SELECT t.topic FROM partnership_topics t JOIN topics k ON k.key = t.topic \
         WHERE t.partnership_id = $1 ORDER BY k.position",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let narrative = texts(
        conn,
        "SELECT lang, narrative FROM partnership_texts WHERE partnership_id = $1",
        id,
    )
    .await?;
    let milestone_rows = sqlx::query(
        "SELECT m.id, m.date, m.qualifier, m.type, s.key AS source FROM milestones m \
         LEFT JOIN sources s ON s.id = m.source_id WHERE m.partnership_id = $1 ORDER BY m.position, m.id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let mut milestones = Vec::with_capacity(milestone_rows.len());
    for m in milestone_rows {
        let mid: i64 = m.try_get("id")?;
        let date: Option<String> = m.try_get("date")?;
        let qualifier: Option<String> = m.try_get("qualifier")?;
        let milestone_type: String = m.try_get("type")?;
        milestones.push(MilestoneRecord {
            milestone_type: MilestoneType::parse(&milestone_type)
                .ok_or_else(|| corrupt(format!("milestone type '{milestone_type}'")))?,
            date: date
                .map(|d| PartialDate::parse(&d).map_err(|e| corrupt(e.0)))
                .transpose()?,
            qualifier: qualifier
                .map(|q| {
                    DateQualifier::parse(&q).ok_or_else(|| corrupt(format!("qualifier '{q}'")))
                })
                .transpose()?,
            bodies: sqlx::query_scalar(
                "SELECT b.slug FROM milestone_bodies mb JOIN bodies b ON b.id = mb.body_id \
                 WHERE mb.milestone_id = $1 ORDER BY mb.position",
            )
            .bind(mid)
            .fetch_all(&mut *conn)
            .await?,
            note: texts(
                conn,
                "SELECT lang, note FROM milestone_texts WHERE milestone_id = $1",
                mid,
            )
            .await?,
            source: m.try_get("source")?,
        });
    }
    let record = PartnershipRecord {
        slug: row.try_get("slug")?,
        home,
        partner,
        level: PartnershipLevel::parse(&level)
            .ok_or_else(|| corrupt(format!("level '{level}'")))?,
        kind: PartnershipKind::parse(&kind).ok_or_else(|| corrupt(format!("kind '{kind}'")))?,
        status: PartnershipStatus::parse(&status)
            .ok_or_else(|| corrupt(format!("status '{status}'")))?,
        topics: topics
            .iter()
            .map(|t| Topic::parse(t).ok_or_else(|| corrupt(format!("topic '{t}'"))))
            .collect::<StoreResult<_>>()?,
        narrative,
        note: row.try_get("note")?,
        parent: row.try_get("parent")?,
        source: row.try_get("source")?,
        published: super::rows::flag(&row, "published")?,
        milestones,
    };
    Ok(Some(Stored {
        id,
        version: row.try_get("version")?,
        record,
        sides: vec![row.try_get("body_a_id")?, row.try_get("body_b_id")?],
    }))
}

pub(super) async fn texts(
    conn: &mut AnyConnection,
    sql: &str,
    owner: i64,
) -> StoreResult<BTreeMap<String, String>> {
    let rows: Vec<(String, String)> = sqlx::query_as(sql)
        .bind(owner)
        .fetch_all(&mut *conn)
        .await?;
    Ok(rows.into_iter().collect())
}

async fn write_body(
    tx: &mut Tx,
    id: i64,
    version: i64,
    record: &BodyRecord,
) -> WriteResult<Stored<BodyRecord>> {
    let mut r = Resolver {
        conn: tx,
        problems: Vec::new(),
    };
    let parent = match &record.parent {
        Some(slug) => r.body("parent", slug).await?.map(|(id, _)| id),
        None => None,
    };
    let source = r.source("source", &record.source).await?;
    let mut fact_sources = Vec::new();
    for (i, f) in record.facts.iter().enumerate() {
        fact_sources.push(r.source(&format!("facts[{i}].source"), &f.source).await?);
    }
    let mut predecessors = Vec::new();
    for (i, s) in record.predecessors.iter().enumerate() {
        let body = r.body(&format!("predecessors[{i}].body"), &s.body).await?;
        let source = r
            .source(&format!("predecessors[{i}].source"), &s.source)
            .await?;
        predecessors.push((body.map(|(id, _)| id), source));
    }
    let slug_taken: Option<i64> =
        sqlx::query_scalar("SELECT id FROM bodies WHERE slug = $1 AND id <> $2")
            .bind(&record.slug)
            .bind(id)
            .fetch_optional(&mut *r.conn)
            .await?;
    if slug_taken.is_some() {
        r.problems.push(FieldError::new(
            "slug",
            "slug-taken",
            format!("another body already uses '{}'", record.slug),
        ));
    }
    if !record.published {
        let public: Vec<String> = sqlx::query_scalar(
            "SELECT slug FROM partnerships WHERE (body_a_id = $1 OR body_b_id = $1) AND published = 1 LIMIT 5",
        )
        .bind(id)
        .fetch_all(&mut *r.conn)
        .await?;
        if !public.is_empty() {
            r.problems.push(FieldError::new(
                "published",
                "published-partnerships",
                format!(
                    "published partnerships show this body ({}); make them drafts first",
                    public.join(", ")
                ),
            ));
        }
    }
    r.finish()?;
    if parent == Some(id) {
        return Err(invalid(
            "parent",
            "own-parent",
            "a body cannot lie in itself".into(),
        ));
    }
    sqlx::query(
        "INSERT INTO bodies (id, slug, name, sort_name, kind, country, parent_id, website, latitude, \
         longitude, nuts_code, lau_code, wikidata_id, geonames_id, iso_3166_2, valid_from, valid_to, source_id, \
         version, published) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) \
         ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, name = excluded.name, \
         sort_name = excluded.sort_name, kind = excluded.kind, country = excluded.country, \
         parent_id = excluded.parent_id, website = excluded.website, latitude = excluded.latitude, \
         longitude = excluded.longitude, nuts_code = excluded.nuts_code, lau_code = excluded.lau_code, \
         wikidata_id = excluded.wikidata_id, geonames_id = excluded.geonames_id, \
         iso_3166_2 = excluded.iso_3166_2, valid_from = excluded.valid_from, valid_to = excluded.valid_to, \
         source_id = excluded.source_id, version = excluded.version, published = excluded.published",
    )
    .bind(id)
    .bind(&record.slug)
    .bind(record.name.trim())
    .bind(sort_key(record.name.trim()))
    .bind(record.kind.as_str())
    .bind(record.country.as_str())
    .bind(parent)
    .bind(record.website.as_deref())
    .bind(super::rows::Real(record.latitude))
    .bind(super::rows::Real(record.longitude))
    .bind(record.nuts_code.as_deref())
    .bind(record.lau_code.as_deref())
    .bind(record.wikidata_id.as_deref())
    .bind(record.geonames_id.map(i64::from))
    .bind(record.iso_3166_2.as_deref())
    .bind(record.valid_from.map(|d| d.to_string()))
    .bind(record.valid_to.map(|d| d.to_string()))
    .bind(source)
    .bind(version)
    .bind(i64::from(record.published))
    .execute(&mut **tx)
    .await?;
    for table in ["body_names", "body_texts", "facts"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE body_id = $1"))
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("DELETE FROM successions WHERE successor_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for name in &record.names {
        sqlx::query(
            "INSERT INTO body_names (body_id, name, lang, kind) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(id)
        .bind(name.name.trim())
        .bind(name.lang.as_deref())
        .bind(name.kind.as_str())
        .execute(&mut **tx)
        .await?;
    }
    for (lang, text) in record
        .description
        .iter()
        .filter(|(_, t)| !t.trim().is_empty())
    {
        sqlx::query("INSERT INTO body_texts (body_id, lang, description) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(lang)
            .bind(text)
            .execute(&mut **tx)
            .await?;
    }
    for (position, (fact, source)) in record.facts.iter().zip(fact_sources).enumerate() {
        sqlx::query(
            "INSERT INTO facts (body_id, key, value_num, value_text, lang, unit, approximate, as_of, \
             source_id, note, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(id)
        .bind(fact.key.as_str())
        .bind(super::rows::Real(fact.value))
        .bind(fact.text.as_deref())
        .bind(fact.lang.as_deref())
        .bind(fact.unit.as_deref())
        .bind(i64::from(fact.approximate))
        .bind(fact.as_of.map(|d| d.to_string()))
        .bind(source)
        .bind(fact.note.as_deref())
        .bind(position as i64)
        .execute(&mut **tx)
        .await?;
    }
    for (s, (predecessor, source)) in record.predecessors.iter().zip(predecessors) {
        sqlx::query(
            "INSERT INTO successions (predecessor_id, successor_id, kind, date, source_id, note) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        )
        .bind(predecessor)
        .bind(id)
        .bind(s.kind.as_str())
        .bind(s.date.map(|d| d.to_string()))
        .bind(source)
        .bind(s.note.as_deref())
        .execute(&mut **tx)
        .await?;
    }
    // Names and country feed the list order of the body's partnerships and the search index.
    refresh_partnership_order(tx, "(p.body_a_id = $1 OR p.body_b_id = $1)", id).await?;
    reindex_body(tx, id).await?;
    load_body(tx, id)
        .await?
        .ok_or_else(|| StoreError::Corrupt("a body just written cannot be read".into()).into())
}

/// Replaces the body's names in the search index (none while it is a draft).
async fn reindex_body(tx: &mut Tx, id: i64) -> StoreResult<()> {
    super::search::unindex_body(tx, id).await?;
    let names: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT name, NULL FROM bodies WHERE id = $1 AND published = 1
         UNION ALL SELECT n.name, n.lang FROM body_names n JOIN bodies b ON b.id = n.body_id
             WHERE n.body_id = $1 AND b.published = 1",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    for ((name, lang), row) in names.into_iter().zip(super::search::name_rows(id)) {
        sqlx::query(
            "INSERT INTO search_names (rowid, body_id, name, lang, folded) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(row)
        .bind(id)
        .bind(&name)
        .bind(lang)
        .bind(Folded::new(&name).text)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

pub(super) async fn load_body(
    conn: &mut AnyConnection,
    id: i64,
) -> StoreResult<Option<Stored<BodyRecord>>> {
    let Some(row) = sqlx::query(
        "SELECT b.slug, b.name, b.kind, b.country, pb.slug AS parent, b.website, b.latitude, \
         b.longitude, b.nuts_code, b.lau_code, b.wikidata_id, b.geonames_id, b.iso_3166_2, \
         b.valid_from, b.valid_to, s.key AS source, b.version, CAST(b.published AS BIGINT) AS published FROM bodies b \
         LEFT JOIN bodies pb ON pb.id = b.parent_id LEFT JOIN sources s ON s.id = b.source_id \
         WHERE b.id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let corrupt = |what: String| StoreError::Corrupt(format!("body {id}: {what}"));
    let date = |text: Option<String>| -> StoreResult<Option<PartialDate>> {
        text.map(|d| PartialDate::parse(&d).map_err(|e| corrupt(e.0)))
            .transpose()
    };
    let kind: String = row.try_get("kind")?;
    let country: String = row.try_get("country")?;
    let names =
        sqlx::query("SELECT name, lang, kind FROM body_names WHERE body_id = $1 ORDER BY rowid")
            .bind(id)
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .map(|n| {
                let kind: String = n.try_get("kind")?;
                Ok(NameRecord {
                    name: n.try_get("name")?,
                    lang: n.try_get("lang")?,
                    kind: NameKind::parse(&kind)
                        .ok_or_else(|| corrupt(format!("name kind '{kind}'")))?,
                })
            })
            .collect::<StoreResult<Vec<_>>>()?;
    let facts = sqlx::query(
        "SELECT f.key, f.value_num, f.value_text, f.lang, f.unit, CAST(f.approximate AS BIGINT) AS approximate, f.as_of, \
         s.key AS source, f.note FROM facts f LEFT JOIN sources s ON s.id = f.source_id \
         WHERE f.body_id = $1 ORDER BY f.position, f.id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|f| {
        let key: String = f.try_get("key")?;
        Ok(FactRecord {
            key: FactKey::parse(&key).ok_or_else(|| corrupt(format!("fact key '{key}'")))?,
            value: f.try_get("value_num")?,
            text: f.try_get("value_text")?,
            lang: f.try_get("lang")?,
            unit: f.try_get("unit")?,
            approximate: super::rows::flag(f, "approximate")?,
            as_of: date(f.try_get("as_of")?)?,
            source: f.try_get("source")?,
            note: f.try_get("note")?,
        })
    })
    .collect::<StoreResult<Vec<_>>>()?;
    let predecessors = sqlx::query(
        "SELECT b.slug, s.kind, s.date, s.note, src.key AS source FROM successions s \
         JOIN bodies b ON b.id = s.predecessor_id LEFT JOIN sources src ON src.id = s.source_id \
         WHERE s.successor_id = $1 ORDER BY s.date, b.slug",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|s| {
        let kind: String = s.try_get("kind")?;
        Ok(SuccessionRecord {
            body: s.try_get("slug")?,
            kind: SuccessionKind::parse(&kind)
                .ok_or_else(|| corrupt(format!("succession kind '{kind}'")))?,
            date: date(s.try_get("date")?)?,
            note: s.try_get("note")?,
            source: s.try_get("source")?,
        })
    })
    .collect::<StoreResult<Vec<_>>>()?;
    let description = texts(
        conn,
        "SELECT lang, description FROM body_texts WHERE body_id = $1",
        id,
    )
    .await?;
    let record = BodyRecord {
        slug: row.try_get("slug")?,
        name: row.try_get("name")?,
        kind: BodyKind::parse(&kind).ok_or_else(|| corrupt(format!("kind '{kind}'")))?,
        country: CountryCode::parse(&country).map_err(|e| corrupt(e.0))?,
        parent: row.try_get("parent")?,
        website: row.try_get("website")?,
        latitude: row.try_get("latitude")?,
        longitude: row.try_get("longitude")?,
        nuts_code: row.try_get("nuts_code")?,
        lau_code: row.try_get("lau_code")?,
        wikidata_id: row.try_get("wikidata_id")?,
        geonames_id: super::rows::optional_u32(&row, "geonames_id")?,
        iso_3166_2: row.try_get("iso_3166_2")?,
        valid_from: date(row.try_get("valid_from")?)?,
        valid_to: date(row.try_get("valid_to")?)?,
        source: row.try_get("source")?,
        published: super::rows::flag(&row, "published")?,
        names,
        description,
        facts,
        predecessors,
    };
    Ok(Some(Stored {
        id,
        version: row.try_get("version")?,
        record,
        sides: vec![id],
    }))
}

/// A line of the workbench's partnership list.
#[derive(Debug, Clone)]
pub struct WorkbenchPartnership {
    pub id: i64,
    pub slug: String,
    pub home: String,
    pub partner: String,
    pub status: String,
    pub published: bool,
}

impl Store {
    /// The partnerships a workbench user looks after, drafts included: those of the bodies in
    /// `scope`, or all (up to `limit`) for `None`. In list order.
    pub async fn workbench_partnerships(
        &self,
        scope: Option<&[i64]>,
        limit: i64,
    ) -> StoreResult<Vec<WorkbenchPartnership>> {
        let mut q = SqlBuilder::new(
            self.backend,
            "SELECT p.id, p.slug, h.name AS home, o.name AS partner, p.status, \
             CAST(p.published AS BIGINT) AS published FROM partnerships p \
             JOIN bodies h ON h.id = CASE p.home_side WHEN 'a' THEN p.body_a_id ELSE p.body_b_id END \
             JOIN bodies o ON o.id = CASE p.home_side WHEN 'a' THEN p.body_b_id ELSE p.body_a_id END",
        );
        if let Some(ids) = scope {
            q.push(" WHERE p.body_a_id IN (");
            q.push_bind_list(ids.iter().copied());
            q.push(") OR p.body_b_id IN (");
            q.push_bind_list(ids.iter().copied());
            q.push(")");
        }
        q.push(" ORDER BY p.list_key, p.id LIMIT ").push_bind(limit);
        let rows = q.build().fetch_all(&self.pool).await?;
        rows.iter()
            .map(|r| {
                Ok(WorkbenchPartnership {
                    id: r.try_get("id")?,
                    slug: r.try_get("slug")?,
                    home: r.try_get("home")?,
                    partner: r.try_get("partner")?,
                    status: r.try_get("status")?,
                    published: super::rows::flag(r, "published")?,
                })
            })
            .collect()
    }
}
