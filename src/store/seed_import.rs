//! Loading a seed file into the registry.
//!
//! The import only adds what is missing, matched by natural key (source key, body slug, the pair of
//! bodies of a partnership, …), and never changes a record that already exists: importing twice
//! changes nothing, and a record staff have edited since is never overwritten by the seed. Everything
//! happens in one transaction, so a failed import leaves the database as it was.

use std::collections::HashMap;

use serde::Serialize;
use sqlx::{Sqlite, Transaction};

use super::{Store, StoreError, StoreResult};
use crate::domain::names::sort_key;
use crate::domain::values::Slug;
use crate::io::seed_format::{SeedFile, Translated};

/// What an import added; all zero when the seed was already loaded.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub sources: u64,
    pub bodies: u64,
    pub facts: u64,
    pub successions: u64,
    pub partnerships: u64,
    pub milestones: u64,
    pub contact_points: u64,
}

impl ImportReport {
    pub fn is_empty(&self) -> bool {
        *self == ImportReport::default()
    }
}

type Tx<'a> = Transaction<'a, Sqlite>;

impl Store {
    pub async fn import_seed(&self, seed: &SeedFile) -> StoreResult<ImportReport> {
        let mut tx = self.pool.begin().await?;
        let mut report = ImportReport::default();

        let mut sources = HashMap::new();
        for s in &seed.sources {
            let inserted = sqlx::query(
                "INSERT INTO sources (key, title, publisher, url, note) VALUES (?, ?, ?, ?, ?)
                 ON CONFLICT (key) DO NOTHING",
            )
            .bind(s.key.as_str())
            .bind(&s.title)
            .bind(&s.publisher)
            .bind(&s.url)
            .bind(&s.note)
            .execute(&mut *tx)
            .await?;
            report.sources += inserted.rows_affected();
            let id: i64 = sqlx::query_scalar("SELECT id FROM sources WHERE key = ?")
                .bind(s.key.as_str())
                .fetch_one(&mut *tx)
                .await?;
            sources.insert(s.key.as_str(), id);
        }
        let source_id =
            |key: &Option<Slug>| key.as_ref().and_then(|k| sources.get(k.as_str()).copied());

        // Bodies first without parents, since a parent may come later in the file.
        let mut new_bodies = Vec::new();
        for b in &seed.bodies {
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO bodies (slug, name, sort_name, kind, country, website, latitude, longitude,
                                     nuts_code, lau_code, wikidata_id, valid_from, valid_to, source_id)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                 ON CONFLICT (slug) DO NOTHING RETURNING id",
            )
            .bind(b.slug.as_str())
            .bind(&b.name)
            .bind(sort_key(&b.name))
            .bind(b.kind.as_str())
            .bind(b.country.as_str())
            .bind(&b.website)
            .bind(b.latitude)
            .bind(b.longitude)
            .bind(&b.nuts_code)
            .bind(&b.lau_code)
            .bind(&b.wikidata_id)
            .bind(b.valid_from.map(|d| d.to_string()))
            .bind(b.valid_to.map(|d| d.to_string()))
            .bind(source_id(&b.source))
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(id) = id {
                new_bodies.push((id, b));
            }
        }
        let bodies = body_ids(&mut tx).await?;
        let body = |slug: &Slug| {
            bodies.get(slug.as_str()).copied().ok_or_else(|| {
                StoreError::Corrupt(format!(
                    "the seed names body '{slug}', which does not exist"
                ))
            })
        };
        report.bodies = new_bodies.len() as u64;
        for (id, b) in &new_bodies {
            if let Some(parent) = &b.parent {
                sqlx::query("UPDATE bodies SET parent_id = ? WHERE id = ?")
                    .bind(body(parent)?)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            for n in &b.names {
                sqlx::query(
                    "INSERT INTO body_names (body_id, name, lang, kind) VALUES (?, ?, ?, ?)
                     ON CONFLICT DO NOTHING",
                )
                .bind(id)
                .bind(&n.name)
                .bind(&n.lang)
                .bind(n.kind.as_str())
                .execute(&mut *tx)
                .await?;
            }
            insert_texts(
                &mut tx,
                "body_texts",
                "body_id",
                "description",
                *id,
                &b.description,
            )
            .await?;
            for (position, f) in b.facts.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO facts (body_id, key, value_num, value_text, lang, unit, approximate,
                                        as_of, source_id, note, position)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                )
                .bind(id)
                .bind(f.key.as_str())
                .bind(f.value)
                .bind(&f.text)
                .bind(&f.lang)
                .bind(&f.unit)
                .bind(f.approximate)
                .bind(f.as_of.map(|d| d.to_string()))
                .bind(source_id(&f.source))
                .bind(&f.note)
                .bind(position as i64)
                .execute(&mut *tx)
                .await?;
                report.facts += 1;
            }
        }

        for s in &seed.successions {
            let inserted = sqlx::query(
                "INSERT INTO successions (predecessor_id, successor_id, kind, date, source_id, note)
                 VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            )
            .bind(body(&s.predecessor)?)
            .bind(body(&s.successor)?)
            .bind(s.kind.as_str())
            .bind(s.date.map(|d| d.to_string()))
            .bind(source_id(&s.source))
            .bind(&s.note)
            .execute(&mut *tx)
            .await?;
            report.successions += inserted.rows_affected();
        }

        let mut new_partnerships = Vec::new();
        for p in &seed.partnerships {
            let (first, second) = (body(&p.bodies[0])?, body(&p.bodies[1])?);
            let (a, b, home_side) = if first < second {
                (first, second, "a")
            } else {
                (second, first, "b")
            };
            // The pair and the slug are both unique: a partnership already recorded under another slug
            // is left alone rather than joined a second time.
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO partnerships (slug, body_a_id, body_b_id, home_side, level, kind, status,
                                           source_id, note)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
            )
            .bind(SeedFile::partnership_slug(p))
            .bind(a)
            .bind(b)
            .bind(home_side)
            .bind(p.level.as_str())
            .bind(p.kind.as_str())
            .bind(p.status.as_str())
            .bind(source_id(&p.source))
            .bind(&p.note)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(id) = id else { continue };
            new_partnerships.push((id, p));
            for topic in &p.topics {
                sqlx::query("INSERT INTO partnership_topics (partnership_id, topic) VALUES (?, ?)")
                    .bind(id)
                    .bind(topic.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
            insert_texts(
                &mut tx,
                "partnership_texts",
                "partnership_id",
                "narrative",
                id,
                &p.narrative,
            )
            .await?;
            for (position, m) in p.milestones.iter().enumerate() {
                let milestone: i64 = sqlx::query_scalar(
                    "INSERT INTO milestones (partnership_id, date, qualifier, type, source_id, position)
                     VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                )
                .bind(id)
                .bind(m.date.map(|d| d.to_string()))
                .bind(m.qualifier.map(|q| q.as_str()))
                .bind(m.milestone_type.as_str())
                .bind(source_id(&m.source))
                .bind(position as i64)
                .fetch_one(&mut *tx)
                .await?;
                for (position, acting) in m.bodies.iter().enumerate() {
                    sqlx::query(
                        "INSERT INTO milestone_bodies (milestone_id, body_id, position) VALUES (?, ?, ?)
                         ON CONFLICT DO NOTHING",
                    )
                    .bind(milestone)
                    .bind(body(acting)?)
                    .bind(position as i64)
                    .execute(&mut *tx)
                    .await?;
                }
                insert_texts(
                    &mut tx,
                    "milestone_texts",
                    "milestone_id",
                    "note",
                    milestone,
                    &m.note,
                )
                .await?;
                report.milestones += 1;
            }
        }
        report.partnerships = new_partnerships.len() as u64;
        for (id, p) in &new_partnerships {
            if let Some(parent) = &p.parent {
                sqlx::query(
                    "UPDATE partnerships SET parent_id = (SELECT id FROM partnerships WHERE slug = ?)
                     WHERE id = ?",
                )
                .bind(parent.as_str())
                .bind(id)
                .execute(&mut *tx)
                .await?;
            }
        }

        for c in &seed.contact_points {
            let exists: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM contact_points WHERE body_id = ? AND organisation = ?",
            )
            .bind(body(&c.body)?)
            .bind(&c.organisation)
            .fetch_optional(&mut *tx)
            .await?;
            if exists.is_some() {
                continue;
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO contact_points (body_id, organisation, units, street, postal_code, locality,
                                             country, phone, fax, email, source_id)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            )
            .bind(body(&c.body)?)
            .bind(&c.organisation)
            .bind(c.units.join("\n"))
            .bind(&c.street)
            .bind(&c.postal_code)
            .bind(&c.locality)
            .bind(c.country.map(|c| c.to_string()))
            .bind(&c.phone)
            .bind(&c.fax)
            .bind(&c.email)
            .bind(source_id(&c.source))
            .fetch_one(&mut *tx)
            .await?;
            insert_texts(
                &mut tx,
                "contact_point_texts",
                "contact_point_id",
                "note",
                id,
                &c.note,
            )
            .await?;
            report.contact_points += 1;
        }

        sqlx::query("INSERT INTO portal_settings (key, value) VALUES ('home_body', ?) ON CONFLICT DO NOTHING")
            .bind(seed.portal.home_body.as_str())
            .execute(&mut *tx)
            .await?;
        for (key, texts) in [
            ("headline", &seed.portal.headline),
            ("intro", &seed.portal.intro),
        ] {
            for (lang, text) in texts {
                sqlx::query("INSERT INTO portal_texts (key, lang, text) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .bind(key)
                    .bind(lang)
                    .bind(text)
                    .execute(&mut *tx)
                    .await?;
            }
        }

        if !report.is_empty() {
            Self::rebuild_search_index(&mut tx).await?;
        }
        tx.commit().await?;
        Ok(report)
    }

    /// True when the registry holds no bodies yet (a new database).
    pub async fn is_empty(&self) -> StoreResult<bool> {
        let any: Option<i64> = sqlx::query_scalar("SELECT id FROM bodies LIMIT 1")
            .fetch_optional(&self.pool)
            .await?;
        Ok(any.is_none())
    }
}

async fn body_ids(tx: &mut Tx<'_>) -> StoreResult<HashMap<String, i64>> {
    let rows: Vec<(String, i64)> = sqlx::query_as("SELECT slug, id FROM bodies")
        .fetch_all(&mut **tx)
        .await?;
    Ok(rows.into_iter().collect())
}

/// Inserts the translations of one text column; the table and column names are compile-time literals.
async fn insert_texts(
    tx: &mut Tx<'_>,
    table: &'static str,
    owner_column: &'static str,
    text_column: &'static str,
    owner: i64,
    texts: &Translated,
) -> StoreResult<()> {
    let sql = format!(
        "INSERT INTO {table} ({owner_column}, lang, {text_column}) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
    );
    for (lang, text) in texts {
        sqlx::query(&sql)
            .bind(owner)
            .bind(lang)
            .bind(text)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}
