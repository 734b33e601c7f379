//! Contact points: the workbench's list, and their kind in the common record life cycle (rights
//! through the body a contact point belongs to).

use sqlx::{AnyConnection, Row};

use super::lifecycle::{self, RecordKind};
use super::records::{Resolver, Stored, Tx, WriteResult, forbidden, texts};
use super::{Store, StoreError, StoreResult};
use crate::domain::access::Principal;
use crate::domain::audit::Entity;
use crate::domain::records::{ContactPointRecord, FieldError};

/// A line of the workbench's list of contact points.
#[derive(Debug, Clone)]
pub struct ContactPointLine {
    pub id: i64,
    pub body_id: i64,
    pub body: String,
    pub organisation: String,
}

impl Store {
    /// Contact points of the bodies in `scope`, or all for `None`.
    pub async fn contact_point_lines(
        &self,
        scope: Option<&[i64]>,
    ) -> StoreResult<Vec<ContactPointLine>> {
        let rows = sqlx::query(
            "SELECT c.id, c.body_id, b.name AS body, c.organisation FROM contact_points c \
             JOIN bodies b ON b.id = c.body_id ORDER BY b.sort_name, c.id",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut lines = Vec::with_capacity(rows.len());
        for row in rows {
            let line = ContactPointLine {
                id: row.try_get("id")?,
                body_id: row.try_get("body_id")?,
                body: row.try_get("body")?,
                organisation: row.try_get("organisation")?,
            };
            if scope.is_none_or(|ids| ids.contains(&line.body_id)) {
                lines.push(line);
            }
        }
        Ok(lines)
    }

    pub async fn contact_point_record(
        &self,
        id: i64,
    ) -> StoreResult<Option<Stored<ContactPointRecord>>> {
        let mut conn = self.pool.acquire().await?;
        load_contact_point(&mut conn, id).await
    }

    pub async fn create_contact_point(
        &self,
        who: &Principal,
        record: &ContactPointRecord,
    ) -> WriteResult<Stored<ContactPointRecord>> {
        lifecycle::create(self, who, record).await
    }

    pub async fn update_contact_point(
        &self,
        who: &Principal,
        id: i64,
        expected_version: i64,
        record: &ContactPointRecord,
    ) -> WriteResult<Stored<ContactPointRecord>> {
        lifecycle::update(self, who, id, expected_version, record).await
    }

    pub async fn delete_contact_point(
        &self,
        who: &Principal,
        id: i64,
        expected_version: Option<i64>,
    ) -> WriteResult<()> {
        lifecycle::delete::<ContactPointRecord>(self, who, id, expected_version).await
    }
}

impl RecordKind for ContactPointRecord {
    const ENTITY: Entity = Entity::ContactPoint;
    const TABLE: &'static str = "contact_points";

    fn check(&self) -> Result<(), Vec<FieldError>> {
        ContactPointRecord::check(self)
    }

    fn label(&self) -> &str {
        &self.organisation
    }

    fn may_create(who: &Principal) -> bool {
        who.may_edit_anything()
    }

    /// A contact point is its body's: whoever may change the body may change it.
    fn may_change(who: &Principal, stored: &Stored<Self>) -> bool {
        who.may_edit_body(stored.sides[0])
    }

    async fn load(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<Stored<Self>>> {
        load_contact_point(conn, id).await
    }

    async fn write(
        tx: &mut Tx,
        who: &Principal,
        id: i64,
        version: i64,
        record: &Self,
    ) -> WriteResult<Stored<Self>> {
        write_contact_point(tx, who, id, version, record).await
    }
}

async fn write_contact_point(
    tx: &mut Tx,
    who: &Principal,
    id: i64,
    version: i64,
    record: &ContactPointRecord,
) -> WriteResult<Stored<ContactPointRecord>> {
    let mut r = Resolver {
        conn: tx,
        problems: Vec::new(),
    };
    let body = r.body("body", &record.body).await?;
    let source = r.source("source", &record.source).await?;
    r.finish()?;
    let (body_id, _) = body.expect("checked");
    if !who.may_edit_body(body_id) {
        return Err(forbidden("you may not change contact points of this body"));
    }
    let blank = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    sqlx::query(
        "INSERT INTO contact_points (id, body_id, organisation, units, street, postal_code, locality, \
         country, phone, fax, email, source_id, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
         ON CONFLICT (id) DO UPDATE SET body_id = excluded.body_id, organisation = excluded.organisation, \
         units = excluded.units, street = excluded.street, postal_code = excluded.postal_code, \
         locality = excluded.locality, country = excluded.country, phone = excluded.phone, \
         fax = excluded.fax, email = excluded.email, source_id = excluded.source_id, version = excluded.version",
    )
    .bind(id)
    .bind(body_id)
    .bind(record.organisation.trim())
    .bind(
        record
            .units
            .iter()
            .map(|u| u.trim())
            .filter(|u| !u.is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
    )
    .bind(blank(&record.street))
    .bind(blank(&record.postal_code))
    .bind(blank(&record.locality))
    .bind(blank(&record.country).map(|c| c.to_uppercase()))
    .bind(blank(&record.phone))
    .bind(blank(&record.fax))
    .bind(blank(&record.email))
    .bind(source)
    .bind(version)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM contact_point_texts WHERE contact_point_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for (lang, note) in record.note.iter().filter(|(_, n)| !n.trim().is_empty()) {
        sqlx::query(
            "INSERT INTO contact_point_texts (contact_point_id, lang, note) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(lang)
        .bind(note)
        .execute(&mut **tx)
        .await?;
    }
    load_contact_point(tx, id).await?.ok_or_else(|| {
        StoreError::Corrupt("a contact point just written cannot be read".into()).into()
    })
}

async fn load_contact_point(
    conn: &mut AnyConnection,
    id: i64,
) -> StoreResult<Option<Stored<ContactPointRecord>>> {
    let Some(row) = sqlx::query(
        "SELECT c.body_id, b.slug AS body, c.organisation, c.units, c.street, c.postal_code, \
         c.locality, c.country, c.phone, c.fax, c.email, s.key AS source, c.version \
         FROM contact_points c JOIN bodies b ON b.id = c.body_id \
         LEFT JOIN sources s ON s.id = c.source_id WHERE c.id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let units: String = row.try_get("units")?;
    let record = ContactPointRecord {
        body: row.try_get("body")?,
        organisation: row.try_get("organisation")?,
        units: units
            .lines()
            .filter(|u| !u.trim().is_empty())
            .map(str::to_owned)
            .collect(),
        street: row.try_get("street")?,
        postal_code: row.try_get("postal_code")?,
        locality: row.try_get("locality")?,
        country: row.try_get("country")?,
        phone: row.try_get("phone")?,
        fax: row.try_get("fax")?,
        email: row.try_get("email")?,
        source: row.try_get("source")?,
        note: texts(
            conn,
            "SELECT lang, note FROM contact_point_texts WHERE contact_point_id = $1",
            id,
        )
        .await?,
    };
    Ok(Some(Stored {
        id,
        version: row.try_get("version")?,
        record,
        sides: vec![row.try_get("body_id")?],
    }))
}
