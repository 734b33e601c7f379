//! The practice exchange: the topic vocabulary, practices as a kind of the common record life cycle
//! (rights through the practice's region body, version check, audit entry in the same transaction),
//! and the public reads — by topic, one practice, and the comparison of a topic across regions.

use std::collections::BTreeMap;

use sqlx::{AnyConnection, Row};

use super::lifecycle::{self, RecordKind};
use super::records::{Resolver, Stored, Tx, WriteResult, forbidden};
use super::sql::SqlBuilder;
use super::{Store, StoreError, StoreResult};
use crate::domain::access::Principal;
use crate::domain::audit::Entity;
use crate::domain::practices::{Practice, PracticeLink, PracticeRecord};
use crate::domain::records::FieldError;
use crate::domain::registry::Translations;

/// A line of the workbench's list of practices.
#[derive(Debug, Clone)]
pub struct PracticeLine {
    pub id: i64,
    pub slug: String,
    pub region_id: i64,
    pub region: String,
    pub topic: String,
    pub title: String,
    pub published: bool,
}

impl Store {
    /// The topic vocabulary, in its order.
    pub async fn practice_topics(&self) -> StoreResult<Vec<String>> {
        Ok(
            sqlx::query_scalar("SELECT key FROM practice_topics ORDER BY position, key")
                .fetch_all(&self.pool)
                .await?,
        )
    }

    /// Practices of the bodies in `scope`, or all for `None`, public and internal.
    pub async fn practice_lines(&self, scope: Option<&[i64]>) -> StoreResult<Vec<PracticeLine>> {
        let rows = sqlx::query(
            "SELECT p.id, p.slug, p.body_id, b.name AS region, p.topic, p.published, \
             COALESCE((SELECT title FROM practice_texts t WHERE t.practice_id = p.id AND t.lang = 'de'), p.slug) AS title \
             FROM practices p JOIN bodies b ON b.id = p.body_id \
             JOIN practice_topics k ON k.key = p.topic ORDER BY k.position, b.sort_name, p.id",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut lines = Vec::with_capacity(rows.len());
        for row in rows {
            let line = PracticeLine {
                id: row.try_get("id")?,
                slug: row.try_get("slug")?,
                region_id: row.try_get("body_id")?,
                region: row.try_get("region")?,
                topic: row.try_get("topic")?,
                title: row.try_get("title")?,
                published: super::rows::flag(&row, "published")?,
            };
            if scope.is_none_or(|ids| ids.contains(&line.region_id)) {
                lines.push(line);
            }
        }
        Ok(lines)
    }

    pub async fn practice_record(&self, id: i64) -> StoreResult<Option<Stored<PracticeRecord>>> {
        let mut conn = self.pool.acquire().await?;
        load_practice(&mut conn, id).await
    }

    pub async fn create_practice(
        &self,
        who: &Principal,
        record: &PracticeRecord,
    ) -> WriteResult<Stored<PracticeRecord>> {
        lifecycle::create(self, who, record).await
    }

    pub async fn update_practice(
        &self,
        who: &Principal,
        id: i64,
        expected_version: i64,
        record: &PracticeRecord,
    ) -> WriteResult<Stored<PracticeRecord>> {
        lifecycle::update(self, who, id, expected_version, record).await
    }

    pub async fn delete_practice(
        &self,
        who: &Principal,
        id: i64,
        expected_version: Option<i64>,
    ) -> WriteResult<()> {
        lifecycle::delete::<PracticeRecord>(self, who, id, expected_version).await
    }

    /// Public practices (of public regions), by topic order then region name; `topic` narrows.
    pub async fn public_practices(
        &self,
        topic: Option<&str>,
        lang: &str,
    ) -> StoreResult<Vec<Practice>> {
        let mut q = SqlBuilder::new(
            self.backend,
            "SELECT p.id FROM practices p JOIN bodies b ON b.id = p.body_id \
             JOIN practice_topics k ON k.key = p.topic WHERE p.published = 1 AND b.published = 1",
        );
        if let Some(topic) = topic {
            q.push(" AND p.topic = ").push_bind(topic);
        }
        q.push(" ORDER BY k.position, b.sort_name, p.slug");
        let ids: Vec<i64> = q.build_query_scalar().fetch_all(&self.pool).await?;
        self.practices_by_ids(&ids, lang).await
    }

    /// One public practice by slug; internal ones and those of unpublished regions are not found.
    pub async fn public_practice(&self, slug: &str, lang: &str) -> StoreResult<Option<Practice>> {
        let id: Option<i64> = sqlx::query_scalar(
            "SELECT p.id FROM practices p JOIN bodies b ON b.id = p.body_id \
             WHERE p.slug = $1 AND p.published = 1 AND b.published = 1",
        )
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        let Some(id) = id else { return Ok(None) };
        Ok(self.practices_by_ids(&[id], lang).await?.pop())
    }

    /// The comparison's default regions: the portal's home body and the partner bodies of its
    /// public partnerships, home first, then partners by name. Ids of published bodies.
    pub async fn default_comparison_regions(&self) -> StoreResult<Vec<i64>> {
        let home: Option<i64> = sqlx::query_scalar(
            "SELECT b.id FROM portal_settings s JOIN bodies b ON b.slug = s.value \
             WHERE s.key = 'home_body' AND b.published = 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        let Some(home) = home else {
            return Ok(Vec::new());
        };
        let partners: Vec<i64> = sqlx::query_scalar(
            "SELECT b.id FROM partnerships p \
             JOIN bodies b ON b.id = CASE WHEN p.body_a_id = $1 THEN p.body_b_id ELSE p.body_a_id END \
             WHERE (p.body_a_id = $1 OR p.body_b_id = $1) AND p.published = 1 AND b.published = 1 \
             GROUP BY b.id, b.sort_name ORDER BY b.sort_name, b.id",
        )
        .bind(home)
        .fetch_all(&self.pool)
        .await?;
        let mut ids = vec![home];
        ids.extend(partners.into_iter().filter(|id| *id != home));
        Ok(ids)
    }

    /// Ids of published bodies by slug, in the order given; unknown or unpublished slugs are
    /// returned as the second list.
    pub async fn published_body_ids(
        &self,
        slugs: &[String],
    ) -> StoreResult<(Vec<i64>, Vec<String>)> {
        let mut ids = Vec::new();
        let mut unknown = Vec::new();
        for slug in slugs {
            let id: Option<i64> =
                sqlx::query_scalar("SELECT id FROM bodies WHERE slug = $1 AND published = 1")
                    .bind(slug)
                    .fetch_optional(&self.pool)
                    .await?;
            match id {
                Some(id) if !ids.contains(&id) => ids.push(id),
                Some(_) => {}
                None => unknown.push(slug.clone()),
            }
        }
        Ok((ids, unknown))
    }

    /// Public practices of `topic` in the regions `region_ids`.
    pub async fn practices_of_regions(
        &self,
        topic: &str,
        region_ids: &[i64],
        lang: &str,
    ) -> StoreResult<Vec<Practice>> {
        if region_ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut q = SqlBuilder::new(
            self.backend,
            "SELECT p.id FROM practices p JOIN bodies b ON b.id = p.body_id \
             WHERE p.published = 1 AND b.published = 1 AND p.topic = ",
        );
        q.push_bind(topic).push(" AND p.body_id IN (");
        q.push_bind_list(region_ids.iter().copied());
        q.push(") ORDER BY p.slug");
        let ids: Vec<i64> = q.build_query_scalar().fetch_all(&self.pool).await?;
        self.practices_by_ids(&ids, lang).await
    }

    async fn practices_by_ids(&self, ids: &[i64], lang: &str) -> StoreResult<Vec<Practice>> {
        let mut conn = self.pool.acquire().await?;
        let mut found = Vec::with_capacity(ids.len());
        let mut region_ids = Vec::new();
        for id in ids {
            if let Some(stored) = load_practice(&mut conn, *id).await? {
                region_ids.push(stored.sides[0]);
                found.push(stored);
            }
        }
        drop(conn);
        let mut unique = region_ids.clone();
        unique.sort_unstable();
        unique.dedup();
        let regions: BTreeMap<i64, _> = self
            .body_refs_by_ids(&unique, lang)
            .await?
            .into_iter()
            .collect();
        let mut practices = Vec::with_capacity(found.len());
        for stored in found {
            let region_id = stored.sides[0];
            let Some(region) = regions.get(&region_id).cloned() else {
                continue;
            };
            let r = stored.record;
            practices.push(Practice {
                slug: r.slug,
                region,
                region_id,
                topic: r.topic,
                title: r.title,
                description: r.description,
                office: r.office,
                email: r.email,
                phone: r.phone,
                links: r.links,
                as_of: r.as_of,
                published: r.published,
            });
        }
        Ok(practices)
    }
}

impl RecordKind for PracticeRecord {
    const ENTITY: Entity = Entity::Practice;
    const TABLE: &'static str = "practices";

    fn check(&self) -> Result<(), Vec<FieldError>> {
        PracticeRecord::check(self)
    }

    fn label(&self) -> &str {
        &self.slug
    }

    fn published(&self) -> Option<bool> {
        Some(self.published)
    }

    fn may_create(who: &Principal) -> bool {
        who.may_edit_anything()
    }

    /// A practice is its region's: whoever may change the region body may change it.
    fn may_change(who: &Principal, stored: &Stored<Self>) -> bool {
        who.may_edit_body(stored.sides[0])
    }

    async fn load(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<Stored<Self>>> {
        load_practice(conn, id).await
    }

    async fn write(
        tx: &mut Tx,
        who: &Principal,
        id: i64,
        version: i64,
        record: &Self,
    ) -> WriteResult<Stored<Self>> {
        write_practice(tx, who, id, version, record).await
    }
}

fn blank(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

async fn write_practice(
    tx: &mut Tx,
    who: &Principal,
    id: i64,
    version: i64,
    record: &PracticeRecord,
) -> WriteResult<Stored<PracticeRecord>> {
    let mut r = Resolver {
        conn: tx,
        problems: Vec::new(),
    };
    let body = r.body("region", &record.region).await?;
    let topic: Option<String> =
        sqlx::query_scalar("SELECT key FROM practice_topics WHERE key = $1")
            .bind(&record.topic)
            .fetch_optional(&mut *r.conn)
            .await?;
    if topic.is_none() {
        r.problems.push(FieldError::new(
            "topic",
            "practices-topic",
            format!("no topic '{}' exists", record.topic),
        ));
    }
    let taken: Option<i64> =
        sqlx::query_scalar("SELECT id FROM practices WHERE slug = $1 AND id <> $2")
            .bind(&record.slug)
            .bind(id)
            .fetch_optional(&mut *r.conn)
            .await?;
    if taken.is_some() {
        r.problems.push(FieldError::new(
            "slug",
            "practices-slug-taken",
            format!("a practice '{}' exists already", record.slug),
        ));
    }
    r.finish()?;
    let (body_id, _) = body.expect("checked");
    if !who.may_edit_body(body_id) {
        return Err(forbidden("you may not change practices of this region"));
    }
    sqlx::query(
        "INSERT INTO practices (id, slug, body_id, topic, office, email, phone, as_of, published, version) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
         ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, body_id = excluded.body_id, \
         topic = excluded.topic, office = excluded.office, email = excluded.email, \
         phone = excluded.phone, as_of = excluded.as_of, published = excluded.published, \
         version = excluded.version",
    )
    .bind(id)
    .bind(&record.slug)
    .bind(body_id)
    .bind(&record.topic)
    .bind(record.office.trim())
    .bind(blank(&record.email))
    .bind(blank(&record.phone))
    .bind(blank(&record.as_of))
    .bind(i64::from(record.published))
    .bind(version)
    .execute(&mut **tx)
    .await?;
    for table in ["practice_texts", "practice_links"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE practice_id = $1"))
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    for (lang, title) in &record.title {
        let description = record
            .description
            .get(lang)
            .map(|d| d.replace("\r\n", "\n"))
            .unwrap_or_default();
        sqlx::query(
            "INSERT INTO practice_texts (practice_id, lang, title, description) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(lang)
        .bind(title.trim())
        .bind(description)
        .execute(&mut **tx)
        .await?;
    }
    for (position, link) in record.links.iter().enumerate() {
        sqlx::query(
            "INSERT INTO practice_links (practice_id, position, url, label) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(link.url.trim())
        .bind(link.label.trim())
        .execute(&mut **tx)
        .await?;
    }
    load_practice(tx, id)
        .await?
        .ok_or_else(|| StoreError::Corrupt("a practice just written cannot be read".into()).into())
}

async fn load_practice(
    conn: &mut AnyConnection,
    id: i64,
) -> StoreResult<Option<Stored<PracticeRecord>>> {
    let Some(row) = sqlx::query(
        "SELECT p.slug, p.body_id, b.slug AS region, p.topic, p.office, p.email, p.phone, p.as_of, \
         p.published, p.version FROM practices p JOIN bodies b ON b.id = p.body_id WHERE p.id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT lang, title, description FROM practice_texts WHERE practice_id = $1 ORDER BY lang",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let mut title = Translations::new();
    let mut description = Translations::new();
    for (lang, t, d) in rows {
        if !d.trim().is_empty() {
            description.insert(lang.clone(), d);
        }
        title.insert(lang, t);
    }
    let links: Vec<(String, String)> = sqlx::query_as(
        "SELECT url, label FROM practice_links WHERE practice_id = $1 ORDER BY position",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let record = PracticeRecord {
        slug: row.try_get("slug")?,
        region: row.try_get("region")?,
        topic: row.try_get("topic")?,
        title,
        description,
        office: row.try_get("office")?,
        email: row.try_get("email")?,
        phone: row.try_get("phone")?,
        links: links
            .into_iter()
            .map(|(url, label)| PracticeLink { url, label })
            .collect(),
        as_of: row.try_get("as_of")?,
        published: super::rows::flag(&row, "published")?,
    };
    Ok(Some(Stored {
        id,
        version: row.try_get("version")?,
        record,
        sides: vec![row.try_get("body_id")?],
    }))
}
