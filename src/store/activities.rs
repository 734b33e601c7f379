//! Activities of the partnerships: their kind in the common record life cycle (rights through the
//! hosting body and the partnerships' sides), the workbench list, the public calendar's reads
//! (public activities only), and their photos (added and removed with an audit entry each).

use std::collections::BTreeMap;

use sqlx::{AnyConnection, Row};

use super::audit::{self, Change};
use super::lifecycle::{self, RecordKind};
use super::records::{Stored, Tx, WriteError, WriteResult, forbidden};
use super::sql::{Param, SqlBuilder};
use super::{Store, StoreError, StoreResult};
use crate::domain::access::Principal;
use crate::domain::activities::{
    ActivityKind, ActivityRecord, ActivityText, OrganisationKind, OrganisationLine, Placement,
    Visibility,
};
use crate::domain::audit::{Action, Entity};
use crate::domain::clock::Instant;
use crate::domain::records::FieldError;

/// A line of the workbench's activity list or the public calendar, titled in one language.
#[derive(Debug, Clone)]
pub struct ActivityLine {
    pub id: i64,
    pub slug: String,
    pub kind: ActivityKind,
    pub starts_on: String,
    pub ends_on: String,
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub time_zone: Option<String>,
    pub place: String,
    pub visibility: Visibility,
    /// In the language asked for, else German, else any.
    pub title: String,
    pub updated_at: String,
}

/// What the workbench list is filtered by.
#[derive(Debug, Clone, Default)]
pub struct ActivityFilter {
    pub year: Option<i32>,
    pub partnership: Option<String>,
    pub kind: Option<ActivityKind>,
    /// Public activities only (every public read sets it).
    pub public_only: bool,
    /// Activities ending on or after this day ("upcoming").
    pub ends_from: Option<String>,
    /// Activities starting on or before this day ("past" with `ends_before`, months).
    pub starts_until: Option<String>,
    /// Activities that ended before this day.
    pub ends_before: Option<String>,
    /// Newest first (past events) instead of soonest first.
    pub newest_first: bool,
}

/// A partnership an activity belongs to, as the pages link it.
#[derive(Debug, Clone)]
pub struct ActivityPartnership {
    pub slug: String,
    pub published: bool,
    /// "Landkreis Harz – Territoire de Belfort".
    pub label: String,
}

/// A photo's description without its bytes.
#[derive(Debug, Clone)]
pub struct PhotoInfo {
    pub id: i64,
    pub activity_id: i64,
    pub mime: String,
    pub width: i64,
    pub height: i64,
    pub thumb_width: i64,
    pub thumb_height: i64,
    pub position: i64,
    pub created_at: String,
    /// Alt text by language; German always present.
    pub alt: BTreeMap<String, String>,
}

impl PhotoInfo {
    pub fn alt_in(&self, lang: &str) -> &str {
        self.alt
            .get(lang)
            .or_else(|| self.alt.get("de"))
            .or_else(|| self.alt.values().next())
            .map_or("", String::as_str)
    }
}

/// A photo to store: already checked and re-encoded (src/io/photos.rs).
#[derive(Debug, Clone)]
pub struct NewPhoto {
    pub bytes: Vec<u8>,
    pub thumbnail: Vec<u8>,
    pub mime: &'static str,
    pub width: u32,
    pub height: u32,
    pub thumb_width: u32,
    pub thumb_height: u32,
    /// Alt text by language; German required.
    pub alt: BTreeMap<String, String>,
}

/// The bytes of a photo or its thumbnail, with what the answer needs.
#[derive(Debug, Clone)]
pub struct PhotoBytes {
    pub bytes: Vec<u8>,
    pub mime: String,
    pub public: bool,
    pub created_at: String,
}

/// An application for funding that pays for an activity, for the workbench's activity page.
#[derive(Debug, Clone)]
pub struct FundingLink {
    pub id: i64,
    pub title: String,
    pub status: String,
    pub requested: Option<String>,
    pub granted: Option<String>,
}

/// The columns of an [`ActivityLine`]; the title is in the language bound as parameter `lang`.
fn line_columns(lang: Param) -> String {
    format!(
        "a.id, a.slug, a.kind, a.starts_on, a.ends_on, a.starts_at, a.ends_at, \
         a.time_zone, a.place, a.visibility, a.updated_at, \
         COALESCE((SELECT title FROM activity_texts t WHERE t.activity_id = a.id AND t.lang = {lang}), \
                  (SELECT title FROM activity_texts t WHERE t.activity_id = a.id AND t.lang = 'de'), \
                  (SELECT title FROM activity_texts t WHERE t.activity_id = a.id ORDER BY lang LIMIT 1), '') AS title"
    )
}

fn line_from_row(row: &sqlx::any::AnyRow) -> StoreResult<ActivityLine> {
    let kind: String = row.try_get("kind")?;
    let visibility: String = row.try_get("visibility")?;
    Ok(ActivityLine {
        id: row.try_get("id")?,
        slug: row.try_get("slug")?,
        kind: ActivityKind::parse(&kind)
            .ok_or_else(|| StoreError::Corrupt(format!("activity kind '{kind}'")))?,
        starts_on: row.try_get("starts_on")?,
        ends_on: row.try_get("ends_on")?,
        starts_at: row.try_get("starts_at")?,
        ends_at: row.try_get("ends_at")?,
        time_zone: row.try_get("time_zone")?,
        place: row.try_get("place")?,
        visibility: Visibility::parse(&visibility)
            .ok_or_else(|| StoreError::Corrupt(format!("activity visibility '{visibility}'")))?,
        title: row.try_get("title")?,
        updated_at: row.try_get("updated_at")?,
    })
}

impl Store {
    /// Activities matching `filter`, titled in `lang`; `limit` lines after `offset`.
    pub async fn activity_lines(
        &self,
        filter: &ActivityFilter,
        lang: &str,
        limit: i64,
        offset: i64,
    ) -> StoreResult<Vec<ActivityLine>> {
        let mut q = SqlBuilder::new(self.backend, "SELECT ");
        let lang = q.bind(lang.to_owned());
        q.push(line_columns(lang)).push(" FROM activities a");
        push_filter(&mut q, filter);
        let order = if filter.newest_first {
            "a.starts_on DESC, a.ends_on DESC, a.id DESC"
        } else {
            "a.starts_on, a.ends_on, a.id"
        };
        q.push(format_args!(" ORDER BY {order} LIMIT "))
            .push_bind(limit)
            .push(" OFFSET ")
            .push_bind(offset);
        let rows = q.build().fetch_all(&self.pool).await?;
        rows.iter().map(line_from_row).collect()
    }

    pub async fn count_activities(&self, filter: &ActivityFilter) -> StoreResult<i64> {
        let mut q = SqlBuilder::new(self.backend, "SELECT COUNT(*) FROM activities a");
        push_filter(&mut q, filter);
        Ok(q.build_query_scalar().fetch_one(&self.pool).await?)
    }

    /// The years that have activities, newest first (for the workbench filter).
    pub async fn activity_years(&self) -> StoreResult<Vec<i32>> {
        let years: Vec<String> = sqlx::query_scalar(
            "SELECT DISTINCT substr(starts_on, 1, 4) AS y FROM activities ORDER BY y DESC",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(years.iter().filter_map(|y| y.parse().ok()).collect())
    }

    /// The editable record of an activity by its slug, internal ones included.
    pub async fn activity_record(&self, slug: &str) -> StoreResult<Option<Stored<ActivityRecord>>> {
        let mut conn = self.pool.acquire().await?;
        let id: Option<i64> = sqlx::query_scalar("SELECT id FROM activities WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&mut *conn)
            .await?;
        match id {
            Some(id) => load_activity(&mut conn, id).await,
            None => Ok(None),
        }
    }

    /// A public activity by its slug; internal ones are `None` as if they did not exist.
    pub async fn public_activity(&self, slug: &str) -> StoreResult<Option<Stored<ActivityRecord>>> {
        Ok(self
            .activity_record(slug)
            .await?
            .filter(|s| s.record.visibility == Visibility::Public))
    }

    pub async fn activity_by_id(&self, id: i64) -> StoreResult<Option<Stored<ActivityRecord>>> {
        let mut conn = self.pool.acquire().await?;
        load_activity(&mut conn, id).await
    }

    /// The partnerships of an activity with their display names, in the record's order.
    pub async fn activity_partnerships(&self, id: i64) -> StoreResult<Vec<ActivityPartnership>> {
        let rows = sqlx::query(
            "SELECT p.slug, CAST(p.published AS BIGINT) AS published, a.name AS a_name, b.name AS b_name, p.home_side \
             FROM activity_partnerships ap JOIN partnerships p ON p.id = ap.partnership_id \
             JOIN bodies a ON a.id = p.body_a_id JOIN bodies b ON b.id = p.body_b_id \
             WHERE ap.activity_id = $1 ORDER BY ap.position",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let (a, b): (String, String) = (row.try_get("a_name")?, row.try_get("b_name")?);
            let home: String = row.try_get("home_side")?;
            let label = if home == "b" {
                format!("{b} – {a}")
            } else {
                format!("{a} – {b}")
            };
            out.push(ActivityPartnership {
                slug: row.try_get("slug")?,
                published: super::rows::flag(&row, "published")?,
                label,
            });
        }
        Ok(out)
    }

    /// The display name of a body by slug, for the host line of the pages.
    pub async fn activity_host_name(&self, slug: &str) -> StoreResult<Option<(String, bool)>> {
        let found: Option<(String, i64)> =
            sqlx::query_as("SELECT name, CAST(published AS BIGINT) FROM bodies WHERE slug = $1")
                .bind(slug)
                .fetch_optional(&self.pool)
                .await?;
        Ok(found.map(|(name, published)| (name, published != 0)))
    }

    pub async fn create_activity(
        &self,
        who: &Principal,
        record: &ActivityRecord,
    ) -> WriteResult<Stored<ActivityRecord>> {
        lifecycle::create(self, who, &record.normalized()).await
    }

    pub async fn update_activity(
        &self,
        who: &Principal,
        id: i64,
        expected_version: i64,
        record: &ActivityRecord,
    ) -> WriteResult<Stored<ActivityRecord>> {
        lifecycle::update(self, who, id, expected_version, &record.normalized()).await
    }

    pub async fn delete_activity(
        &self,
        who: &Principal,
        id: i64,
        expected_version: Option<i64>,
    ) -> WriteResult<()> {
        lifecycle::delete::<ActivityRecord>(self, who, id, expected_version).await
    }

    /// Whether `who` may change the stored activity (the workbench shows its forms only then).
    pub fn may_change_activity(who: &Principal, stored: &Stored<ActivityRecord>) -> bool {
        ActivityRecord::may_change(who, stored)
    }

    /// The applications for funding that pay for the activity.
    pub async fn activity_funding(&self, id: i64) -> StoreResult<Vec<FundingLink>> {
        let rows = sqlx::query(
            "SELECT id, title, status, requested, granted FROM funding_applications \
             WHERE activity_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(FundingLink {
                    id: row.try_get("id")?,
                    title: row.try_get("title")?,
                    status: row.try_get("status")?,
                    requested: row.try_get("requested")?,
                    granted: row.try_get("granted")?,
                })
            })
            .collect()
    }

    /// Public activities of a published partnership (by slug), soonest first; `None` when the
    /// partnership does not exist publicly.
    pub async fn partnership_public_activities(
        &self,
        partnership: &str,
        lang: &str,
    ) -> StoreResult<Option<Vec<ActivityLine>>> {
        let exists: Option<i64> =
            sqlx::query_scalar("SELECT id FROM partnerships WHERE slug = $1 AND published = 1")
                .bind(partnership)
                .fetch_optional(&self.pool)
                .await?;
        if exists.is_none() {
            return Ok(None);
        }
        let filter = ActivityFilter {
            partnership: Some(partnership.to_owned()),
            public_only: true,
            ..ActivityFilter::default()
        };
        Ok(Some(self.activity_lines(&filter, lang, 10_000, 0).await?))
    }

    /// The photos of an activity in their order, without bytes.
    pub async fn activity_photos(&self, activity_id: i64) -> StoreResult<Vec<PhotoInfo>> {
        let rows = sqlx::query(
            "SELECT id, activity_id, mime, width, height, thumb_width, thumb_height, position, \
             created_at FROM activity_photos WHERE activity_id = $1 ORDER BY position, id",
        )
        .bind(activity_id)
        .fetch_all(&self.pool)
        .await?;
        let mut photos = Vec::with_capacity(rows.len());
        for row in rows {
            let id: i64 = row.try_get("id")?;
            let alt: Vec<(String, String)> =
                sqlx::query_as("SELECT lang, alt FROM activity_photo_texts WHERE photo_id = $1")
                    .bind(id)
                    .fetch_all(&self.pool)
                    .await?;
            photos.push(PhotoInfo {
                id,
                activity_id: row.try_get("activity_id")?,
                mime: row.try_get("mime")?,
                width: row.try_get("width")?,
                height: row.try_get("height")?,
                thumb_width: row.try_get("thumb_width")?,
                thumb_height: row.try_get("thumb_height")?,
                position: row.try_get("position")?,
                created_at: row.try_get("created_at")?,
                alt: alt.into_iter().collect(),
            });
        }
        Ok(photos)
    }

    /// A photo's bytes (or its thumbnail's) with whether its activity is public.
    pub async fn activity_photo_bytes(
        &self,
        photo_id: i64,
        thumbnail: bool,
    ) -> StoreResult<Option<PhotoBytes>> {
        let column = if thumbnail { "p.thumbnail" } else { "p.bytes" };
        let row = sqlx::query(&format!(
            "SELECT {column} AS data, p.mime, p.created_at, a.visibility FROM activity_photos p \
             JOIN activities a ON a.id = p.activity_id WHERE p.id = $1"
        ))
        .bind(photo_id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let visibility: String = row.try_get("visibility")?;
        Ok(Some(PhotoBytes {
            bytes: row.try_get("data")?,
            mime: row.try_get("mime")?,
            public: visibility == "public",
            created_at: row.try_get("created_at")?,
        }))
    }

    /// Adds a checked photo to an activity, with an audit entry (without the bytes), if `who` may
    /// change the activity.
    pub async fn add_activity_photo(
        &self,
        who: &Principal,
        activity_id: i64,
        photo: &NewPhoto,
    ) -> WriteResult<i64> {
        if photo.alt.get("de").is_none_or(|a| a.trim().is_empty()) {
            return Err(WriteError::Invalid(vec![FieldError::new(
                "alt.de",
                "activity-photo-alt",
                "describe the photo in German for people who cannot see it",
            )]));
        }
        let mut tx = self.begin_write().await?;
        let stored = load_activity(&mut tx, activity_id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("activity {activity_id}")))?;
        if !ActivityRecord::may_change(who, &stored) {
            return Err(forbidden("you may not add photos to this activity"));
        }
        let count: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM activity_photos WHERE activity_id = $1")
                .bind(activity_id)
                .fetch_one(&mut *tx)
                .await?;
        if count >= MAX_PHOTOS {
            return Err(StoreError::Rejected(format!(
                "an activity has at most {MAX_PHOTOS} photos"
            ))
            .into());
        }
        let id: i64 = {
            let live: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM activity_photos")
                .fetch_one(&mut *tx)
                .await?;
            let recorded: i64 = sqlx::query_scalar(
                "SELECT COALESCE(MAX(entity_id), 0) FROM audit_log WHERE entity = $1",
            )
            .bind(Entity::ActivityPhoto.key())
            .fetch_one(&mut *tx)
            .await?;
            live.max(recorded) + 1
        };
        sqlx::query(
            "INSERT INTO activity_photos (id, activity_id, bytes, thumbnail, mime, width, height, \
             thumb_width, thumb_height, position, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(id)
        .bind(activity_id)
        .bind(&photo.bytes)
        .bind(&photo.thumbnail)
        .bind(photo.mime)
        .bind(i64::from(photo.width))
        .bind(i64::from(photo.height))
        .bind(i64::from(photo.thumb_width))
        .bind(i64::from(photo.thumb_height))
        .bind(count)
        .bind(Instant::now().text())
        .execute(&mut *tx)
        .await?;
        for (lang, alt) in photo.alt.iter().filter(|(_, a)| !a.trim().is_empty()) {
            sqlx::query(
                "INSERT INTO activity_photo_texts (photo_id, lang, alt) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(lang)
            .bind(alt.trim())
            .execute(&mut *tx)
            .await?;
        }
        let after = serde_json::json!({
            "activity": stored.record.slug,
            "mime": photo.mime,
            "width": photo.width,
            "height": photo.height,
            "bytes": photo.bytes.len(),
            "alt": photo.alt,
        });
        audit::record(
            &mut tx,
            who,
            Change {
                entity: Entity::ActivityPhoto,
                entity_id: id,
                action: Action::Create,
                before: None,
                after: Some(&after),
                summary: format!("photo added to activity '{}'", stored.record.slug),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Removes a photo of an activity, with an audit entry.
    pub async fn delete_activity_photo(
        &self,
        who: &Principal,
        activity_id: i64,
        photo_id: i64,
    ) -> WriteResult<()> {
        let mut tx = self.begin_write().await?;
        let stored = load_activity(&mut tx, activity_id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("activity {activity_id}")))?;
        if !ActivityRecord::may_change(who, &stored) {
            return Err(forbidden("you may not remove photos of this activity"));
        }
        let row = sqlx::query(
            "SELECT mime, width, height, length(bytes) AS size FROM activity_photos \
             WHERE id = $1 AND activity_id = $2",
        )
        .bind(photo_id)
        .bind(activity_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("photo {photo_id}")))?;
        let before = serde_json::json!({
            "activity": stored.record.slug,
            "mime": row.try_get::<String, _>("mime")?,
            "width": row.try_get::<i64, _>("width")?,
            "height": row.try_get::<i64, _>("height")?,
            "bytes": row.try_get::<i64, _>("size")?,
        });
        sqlx::query("DELETE FROM activity_photos WHERE id = $1")
            .bind(photo_id)
            .execute(&mut *tx)
            .await?;
        audit::record(
            &mut tx,
            who,
            Change {
                entity: Entity::ActivityPhoto,
                entity_id: photo_id,
                action: Action::Delete,
                before: Some(&before),
                after: None,
                summary: format!("photo removed from activity '{}'", stored.record.slug),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Photos per activity: enough for an event page, and a bound on what one activity stores.
pub const MAX_PHOTOS: i64 = 30;

/// Appends the WHERE clause of a filter, binding its values.
fn push_filter(q: &mut SqlBuilder<'_>, f: &ActivityFilter) {
    let mut sep = " WHERE ";
    let mut clause = |q: &mut SqlBuilder<'_>, text: &str| {
        q.push(sep).push(text);
        sep = " AND ";
    };
    if f.public_only {
        clause(q, "a.visibility = 'public'");
    }
    if let Some(year) = f.year {
        // An activity belongs to every year it touches.
        clause(q, "a.starts_on <= ");
        q.push_bind(format!("{year:04}-12-31"))
            .push(" AND a.ends_on >= ")
            .push_bind(format!("{year:04}-01-01"));
    }
    if let Some(p) = &f.partnership {
        clause(
            q,
            "a.id IN (SELECT ap.activity_id FROM activity_partnerships ap \
             JOIN partnerships p ON p.id = ap.partnership_id WHERE p.slug = ",
        );
        q.push_bind(p.clone()).push(")");
    }
    if let Some(kind) = f.kind {
        clause(q, "a.kind = ");
        q.push_bind(kind.key());
    }
    if let Some(d) = &f.ends_from {
        clause(q, "a.ends_on >= ");
        q.push_bind(d.clone());
    }
    if let Some(d) = &f.starts_until {
        clause(q, "a.starts_on <= ");
        q.push_bind(d.clone());
    }
    if let Some(d) = &f.ends_before {
        clause(q, "a.ends_on < ");
        q.push_bind(d.clone());
    }
}

impl RecordKind for ActivityRecord {
    const ENTITY: Entity = Entity::Activity;
    const TABLE: &'static str = "activities";

    fn check(&self) -> Result<(), Vec<FieldError>> {
        ActivityRecord::check(self)
    }

    fn label(&self) -> &str {
        &self.slug
    }

    fn may_create(who: &Principal) -> bool {
        who.may_edit_anything()
    }

    /// An activity is its host's and its partnerships' sides': an editor of any of them may
    /// change it.
    fn may_change(who: &Principal, stored: &Stored<Self>) -> bool {
        who.is_admin() || stored.sides.iter().any(|&b| who.may_edit_body(b))
    }

    async fn load(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<Stored<Self>>> {
        load_activity(conn, id).await
    }

    async fn write(
        tx: &mut Tx,
        who: &Principal,
        id: i64,
        version: i64,
        record: &Self,
    ) -> WriteResult<Stored<Self>> {
        write_activity(tx, who, id, version, record).await
    }

    /// An activity that an application for funding pays for stays until the application lets go.
    async fn before_delete(tx: &mut Tx, stored: &Stored<Self>) -> WriteResult<()> {
        let funded: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM funding_applications WHERE activity_id = $1")
                .bind(stored.id)
                .fetch_one(&mut **tx)
                .await?;
        if funded > 0 {
            return Err(StoreError::Rejected(format!(
                "{funded} application(s) for funding refer to this activity; unlink them first"
            ))
            .into());
        }
        Ok(())
    }
}

async fn write_activity(
    tx: &mut Tx,
    who: &Principal,
    id: i64,
    version: i64,
    record: &ActivityRecord,
) -> WriteResult<Stored<ActivityRecord>> {
    let mut problems = Vec::new();
    let taken: Option<i64> =
        sqlx::query_scalar("SELECT id FROM activities WHERE slug = $1 AND id <> $2")
            .bind(&record.slug)
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?;
    if taken.is_some() {
        problems.push(FieldError::new(
            "slug",
            "activity-slug-taken",
            format!("another activity is called '{}'", record.slug),
        ));
    }
    let mut sides = Vec::new();
    let host_id = match &record.host {
        None => None,
        Some(host) => {
            let found: Option<i64> = sqlx::query_scalar("SELECT id FROM bodies WHERE slug = $1")
                .bind(host)
                .fetch_optional(&mut **tx)
                .await?;
            if found.is_none() {
                problems.push(FieldError::new(
                    "host",
                    "unknown-body",
                    format!("no body '{host}' exists"),
                ));
            }
            found
        }
    };
    sides.extend(host_id);
    let mut partnership_ids = Vec::new();
    for (i, slug) in record.partnerships.iter().enumerate() {
        let found: Option<(i64, i64, i64)> =
            sqlx::query_as("SELECT id, body_a_id, body_b_id FROM partnerships WHERE slug = $1")
                .bind(slug)
                .fetch_optional(&mut **tx)
                .await?;
        match found {
            Some((pid, a, b)) => {
                partnership_ids.push(pid);
                sides.extend([a, b]);
            }
            None => problems.push(FieldError::new(
                format!("partnerships[{i}]"),
                "unknown-partnership",
                format!("no partnership '{slug}' exists"),
            )),
        }
    }
    if !problems.is_empty() {
        return Err(WriteError::Invalid(problems));
    }
    if !who.is_admin() && !sides.iter().any(|&b| who.may_edit_body(b)) {
        return Err(forbidden(
            "you may only keep activities hosted by a body of your scope or belonging to one of its partnerships",
        ));
    }
    let now = Instant::now().text();
    let p = &record.placement;
    sqlx::query(
        "INSERT INTO activities (id, slug, kind, starts_on, ends_on, starts_at, ends_at, time_zone, \
         host_body_id, place, organiser, visibility, programme, sending_organisation, \
         hosting_organisation, quality_label, version, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) \
         ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, kind = excluded.kind, \
         starts_on = excluded.starts_on, ends_on = excluded.ends_on, starts_at = excluded.starts_at, \
         ends_at = excluded.ends_at, time_zone = excluded.time_zone, \
         host_body_id = excluded.host_body_id, place = excluded.place, organiser = excluded.organiser, \
         visibility = excluded.visibility, programme = excluded.programme, \
         sending_organisation = excluded.sending_organisation, \
         hosting_organisation = excluded.hosting_organisation, quality_label = excluded.quality_label, \
         version = excluded.version, updated_at = excluded.updated_at",
    )
    .bind(id)
    .bind(&record.slug)
    .bind(record.kind.key())
    .bind(&record.starts_on)
    .bind(&record.ends_on)
    .bind(&record.starts_at)
    .bind(&record.ends_at)
    .bind(&record.time_zone)
    .bind(host_id)
    .bind(&record.place)
    .bind(&record.organiser)
    .bind(record.visibility.key())
    .bind(&p.programme)
    .bind(&p.sending_organisation)
    .bind(&p.hosting_organisation)
    .bind(&p.quality_label)
    .bind(version)
    .bind(&now)
    .bind(&now)
    .execute(&mut **tx)
    .await?;
    for table in [
        "activity_partnerships",
        "activity_texts",
        "activity_organisations",
    ] {
        sqlx::query(&format!("DELETE FROM {table} WHERE activity_id = $1"))
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    for (position, pid) in partnership_ids.iter().enumerate() {
        sqlx::query(
            "INSERT INTO activity_partnerships (activity_id, partnership_id, position) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(pid)
        .bind(position as i64)
        .execute(&mut **tx)
        .await?;
    }
    for (lang, text) in &record.texts {
        sqlx::query(
            "INSERT INTO activity_texts (activity_id, lang, title, description) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(lang)
        .bind(&text.title)
        .bind(&text.description)
        .execute(&mut **tx)
        .await?;
    }
    for (position, o) in record.organisations.iter().enumerate() {
        sqlx::query(
            "INSERT INTO activity_organisations (activity_id, position, name, kind, country, link) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(&o.name)
        .bind(o.kind.key())
        .bind(&o.country)
        .bind(&o.link)
        .execute(&mut **tx)
        .await?;
    }
    load_activity(tx, id)
        .await?
        .ok_or_else(|| StoreError::Corrupt("an activity just written cannot be read".into()).into())
}

async fn load_activity(
    conn: &mut AnyConnection,
    id: i64,
) -> StoreResult<Option<Stored<ActivityRecord>>> {
    let Some(row) = sqlx::query(
        "SELECT a.slug, a.kind, a.starts_on, a.ends_on, a.starts_at, a.ends_at, a.time_zone, \
         a.host_body_id, b.slug AS host, a.place, a.organiser, a.visibility, a.programme, \
         a.sending_organisation, a.hosting_organisation, a.quality_label, a.version \
         FROM activities a LEFT JOIN bodies b ON b.id = a.host_body_id WHERE a.id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let kind: String = row.try_get("kind")?;
    let visibility: String = row.try_get("visibility")?;
    let mut sides: Vec<i64> = Vec::new();
    sides.extend(row.try_get::<Option<i64>, _>("host_body_id")?);
    let partnerships = sqlx::query(
        "SELECT p.slug, p.body_a_id, p.body_b_id FROM activity_partnerships ap \
         JOIN partnerships p ON p.id = ap.partnership_id WHERE ap.activity_id = $1 ORDER BY ap.position",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let mut slugs = Vec::with_capacity(partnerships.len());
    for p in partnerships {
        slugs.push(p.try_get("slug")?);
        sides.push(p.try_get("body_a_id")?);
        sides.push(p.try_get("body_b_id")?);
    }
    let texts: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT lang, title, description FROM activity_texts WHERE activity_id = $1 ORDER BY lang",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let organisations = sqlx::query(
        "SELECT name, kind, country, link FROM activity_organisations WHERE activity_id = $1 \
         ORDER BY position",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|o| {
        let kind: String = o.try_get("kind")?;
        Ok(OrganisationLine {
            name: o.try_get("name")?,
            kind: OrganisationKind::parse(&kind)
                .ok_or_else(|| StoreError::Corrupt(format!("organisation kind '{kind}'")))?,
            country: o.try_get("country")?,
            link: o.try_get("link")?,
        })
    })
    .collect::<StoreResult<Vec<_>>>()?;
    let record = ActivityRecord {
        slug: row.try_get("slug")?,
        kind: ActivityKind::parse(&kind)
            .ok_or_else(|| StoreError::Corrupt(format!("activity kind '{kind}'")))?,
        starts_on: row.try_get("starts_on")?,
        ends_on: row.try_get("ends_on")?,
        starts_at: row.try_get("starts_at")?,
        ends_at: row.try_get("ends_at")?,
        time_zone: row.try_get("time_zone")?,
        host: row.try_get("host")?,
        place: row.try_get("place")?,
        organiser: row.try_get("organiser")?,
        visibility: Visibility::parse(&visibility)
            .ok_or_else(|| StoreError::Corrupt(format!("activity visibility '{visibility}'")))?,
        partnerships: slugs,
        texts: texts
            .into_iter()
            .map(|(lang, title, description)| (lang, ActivityText { title, description }))
            .collect(),
        organisations,
        placement: Placement {
            programme: row.try_get("programme")?,
            sending_organisation: row.try_get("sending_organisation")?,
            hosting_organisation: row.try_get("hosting_organisation")?,
            quality_label: row.try_get("quality_label")?,
        },
    };
    Ok(Some(Stored {
        id,
        version: row.try_get("version")?,
        record,
        sides,
    }))
}
