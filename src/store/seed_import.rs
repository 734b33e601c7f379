//! Loading a seed file into the registry.
//!
//! The import only adds what is missing, matched by natural key (source key, body slug, the pair of
//! bodies of a partnership, …), and never changes a record that already exists: importing twice
//! changes nothing, and a record staff have edited since is never overwritten by the seed. Everything
//! happens in one transaction, so a failed import leaves the database as it was.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::sql::{SqlBuilder, ValuesRow};
use super::{Backend, Store, StoreError, StoreResult, Tx};
use crate::domain::names::sort_key;
use crate::domain::values::Slug;
use crate::io::seed_format::{self, SeedFile};

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

use crate::domain::access::Principal;
use crate::domain::audit::{Action, Entity};

impl Store {
    /// Imports a seed as the command line does.
    pub async fn import_seed(&self, seed: &SeedFile) -> StoreResult<ImportReport> {
        self.import_seed_as(&Principal::command_line(), seed).await
    }

    /// Imports a seed; what was added is recorded in the audit trail as `who`'s doing.
    pub async fn import_seed_as(
        &self,
        who: &Principal,
        seed: &SeedFile,
    ) -> StoreResult<ImportReport> {
        // IMMEDIATE takes the write lock at once: the ids given below cannot be taken meanwhile.
        let mut tx = self.begin_write().await?;
        let started = std::time::Instant::now();
        let phase = |name: &str| {
            tracing::debug!(
                elapsed_ms = started.elapsed().as_millis() as u64,
                "import: {name}"
            )
        };
        let mut report = ImportReport::default();

        let mut sources = HashMap::new();
        for s in &seed.sources {
            let inserted = sqlx::query(
                "INSERT INTO sources (key, title, publisher, url, note) VALUES ($1, $2, $3, $4, $5)
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
            let id: i64 = sqlx::query_scalar("SELECT id FROM sources WHERE key = $1")
                .bind(s.key.as_str())
                .fetch_one(&mut *tx)
                .await?;
            sources.insert(s.key.as_str(), id);
        }
        let source_id =
            |key: &Option<Slug>| key.as_ref().and_then(|k| sources.get(k.as_str()).copied());

        let mut bodies = body_ids(&mut tx).await?;
        // Ids are given here rather than by the database, so rows can name rows of the same import
        // (a parent later in the file) in one multi-row statement each; the foreign keys are checked
        // at commit.
        defer_foreign_keys(&mut tx, self.backend).await?;
        let mut next_body = next_id(&mut tx, "bodies").await?;
        let mut new_bodies: Vec<(i64, &seed_format::Body)> = Vec::new();
        for b in &seed.bodies {
            if !bodies.contains_key(b.slug.as_str()) {
                next_body += 1;
                bodies.insert(b.slug.to_string(), next_body);
                new_bodies.push((next_body, b));
            }
        }
        let body = |slug: &Slug| {
            bodies.get(slug.as_str()).copied().ok_or_else(|| {
                StoreError::Corrupt(format!(
                    "the seed names body '{slug}', which does not exist"
                ))
            })
        };
        let rows = new_bodies
            .iter()
            .map(|(id, b)| Ok((*id, *b, b.parent.as_ref().map(body).transpose()?)))
            .collect::<StoreResult<Vec<_>>>()?;
        insert_rows(
            &mut tx,
            "INSERT INTO bodies (id, slug, name, sort_name, kind, country, parent_id, website, latitude,
                                 longitude, nuts_code, lau_code, wikidata_id, geonames_id, iso_3166_2,
                                 valid_from, valid_to, source_id) ",
            18,
            &rows,
            |mut q, (id, b, parent)| {
                q.push_bind(*id)
                    .push_bind(b.slug.to_string())
                    .push_bind(b.name.clone())
                    .push_bind(sort_key(&b.name))
                    .push_bind(b.kind.as_str())
                    .push_bind(b.country.to_string())
                    .push_bind(*parent)
                    .push_bind(b.website.clone())
                    .push_bind(super::rows::Real(b.latitude))
                    .push_bind(super::rows::Real(b.longitude))
                    .push_bind(b.nuts_code.clone())
                    .push_bind(b.lau_code.clone())
                    .push_bind(b.wikidata_id.clone())
                    .push_bind(b.geonames_id.map(i64::from))
                    .push_bind(b.iso_3166_2.clone())
                    .push_bind(b.valid_from.map(|d| d.to_string()))
                    .push_bind(b.valid_to.map(|d| d.to_string()))
                    .push_bind(source_id(&b.source));
            },
        )
        .await?;
        report.bodies = new_bodies.len() as u64;

        let names: Vec<_> = new_bodies
            .iter()
            .flat_map(|(id, b)| b.names.iter().map(move |n| (*id, n)))
            .collect();
        insert_rows(
            &mut tx,
            "INSERT INTO body_names (body_id, name, lang, kind) ",
            4,
            &names,
            |mut q, (id, n)| {
                q.push_bind(*id)
                    .push_bind(n.name.clone())
                    .push_bind(n.lang.clone())
                    .push_bind(n.kind.as_str());
            },
        )
        .await?;
        let descriptions: Vec<_> = new_bodies
            .iter()
            .flat_map(|(id, b)| {
                b.description
                    .iter()
                    .map(move |(lang, text)| (*id, lang, text))
            })
            .collect();
        insert_texts(
            &mut tx,
            "body_texts",
            "body_id",
            "description",
            &descriptions,
        )
        .await?;
        let facts: Vec<_> = new_bodies
            .iter()
            .flat_map(|(id, b)| {
                b.facts
                    .iter()
                    .enumerate()
                    .map(move |(pos, f)| (*id, pos, f))
            })
            .collect();
        insert_rows(
            &mut tx,
            "INSERT INTO facts (body_id, key, value_num, value_text, lang, unit, approximate, as_of,
                                source_id, note, position) ",
            11,
            &facts,
            |mut q, (id, position, f)| {
                q.push_bind(*id)
                    .push_bind(f.key.as_str())
                    .push_bind(super::rows::Real(f.value))
                    .push_bind(f.text.clone())
                    .push_bind(f.lang.clone())
                    .push_bind(f.unit.clone())
                    .push_bind(i64::from(f.approximate))
                    .push_bind(f.as_of.map(|d| d.to_string()))
                    .push_bind(source_id(&f.source))
                    .push_bind(f.note.clone())
                    .push_bind(*position as i64);
            },
        )
        .await?;
        report.facts = facts.len() as u64;
        phase("bodies, names, facts");

        let successions = seed
            .successions
            .iter()
            .map(|s| Ok((body(&s.predecessor)?, body(&s.successor)?, s)))
            .collect::<StoreResult<Vec<_>>>()?;
        report.successions = insert_rows(
            &mut tx,
            "INSERT INTO successions (predecessor_id, successor_id, kind, date, source_id, note) ",
            6,
            &successions,
            |mut q, (pre, suc, s)| {
                q.push_bind(*pre)
                    .push_bind(*suc)
                    .push_bind(s.kind.as_str())
                    .push_bind(s.date.map(|d| d.to_string()))
                    .push_bind(source_id(&s.source))
                    .push_bind(s.note.clone());
            },
        )
        .await?;

        // A partnership already recorded (by slug, or between the same two bodies under another
        // slug) is left alone rather than joined a second time.
        let existing: Vec<(String, i64, i64, i64)> =
            sqlx::query_as("SELECT slug, id, body_a_id, body_b_id FROM partnerships")
                .fetch_all(&mut *tx)
                .await?;
        let mut partnership_ids: HashMap<String, i64> = existing
            .iter()
            .map(|(slug, id, ..)| (slug.clone(), *id))
            .collect();
        let mut pairs: HashSet<(i64, i64)> = existing.iter().map(|(_, _, a, b)| (*a, *b)).collect();
        let mut next_partnership = next_id(&mut tx, "partnerships").await?;
        let mut new_partnerships = Vec::new();
        for p in &seed.partnerships {
            let slug = SeedFile::partnership_slug(p);
            let (first, second) = (body(&p.bodies[0])?, body(&p.bodies[1])?);
            let (a, b, home_side) = if first < second {
                (first, second, "a")
            } else {
                (second, first, "b")
            };
            if partnership_ids.contains_key(&slug) || !pairs.insert((a, b)) {
                continue;
            }
            next_partnership += 1;
            partnership_ids.insert(slug.clone(), next_partnership);
            new_partnerships.push((next_partnership, slug, a, b, home_side, p));
        }
        let rows = new_partnerships
            .iter()
            .map(|(id, slug, a, b, home_side, p)| {
                let parent = p
                    .parent
                    .as_ref()
                    .and_then(|s| partnership_ids.get(s.as_str()).copied());
                (*id, slug, *a, *b, *home_side, parent, *p)
            })
            .collect::<Vec<_>>();
        insert_rows(
            &mut tx,
            "INSERT INTO partnerships (id, slug, body_a_id, body_b_id, home_side, level, kind, status,
                                       parent_id, source_id, note) ",
            11,
            &rows,
            |mut q, (id, slug, a, b, home_side, parent, p)| {
                q.push_bind(*id)
                    .push_bind((*slug).clone())
                    .push_bind(*a)
                    .push_bind(*b)
                    .push_bind(*home_side)
                    .push_bind(p.level.as_str())
                    .push_bind(p.kind.as_str())
                    .push_bind(p.status.as_str())
                    .push_bind(*parent)
                    .push_bind(source_id(&p.source))
                    .push_bind(p.note.clone());
            },
        )
        .await?;
        report.partnerships = new_partnerships.len() as u64;
        if let Some((first, ..)) = new_partnerships.first() {
            super::records::refresh_partnership_order(&mut tx, "p.id >= $1", *first).await?;
        }

        let topics: Vec<_> = new_partnerships
            .iter()
            .flat_map(|(id, .., p)| p.topics.iter().map(move |t| (*id, t.as_str())))
            .collect();
        insert_rows(
            &mut tx,
            "INSERT INTO partnership_topics (partnership_id, topic) ",
            2,
            &topics,
            |mut q, (id, topic)| {
                q.push_bind(*id).push_bind(*topic);
            },
        )
        .await?;
        let narratives: Vec<_> = new_partnerships
            .iter()
            .flat_map(|(id, .., p)| {
                p.narrative
                    .iter()
                    .map(move |(lang, text)| (*id, lang, text))
            })
            .collect();
        insert_texts(
            &mut tx,
            "partnership_texts",
            "partnership_id",
            "narrative",
            &narratives,
        )
        .await?;

        let mut next_milestone = next_id(&mut tx, "milestones").await?;
        let milestones: Vec<_> = new_partnerships
            .iter()
            .flat_map(|(id, .., p)| {
                p.milestones
                    .iter()
                    .enumerate()
                    .map(move |(pos, m)| (*id, pos, m))
            })
            .map(|(partnership, position, m)| {
                next_milestone += 1;
                (next_milestone, partnership, position, m)
            })
            .collect();
        insert_rows(
            &mut tx,
            "INSERT INTO milestones (id, partnership_id, date, qualifier, type, source_id, position) ",
            7,
            &milestones,
            |mut q, (id, partnership, position, m)| {
                q.push_bind(*id)
                    .push_bind(*partnership)
                    .push_bind(m.date.map(|d| d.to_string()))
                    .push_bind(m.qualifier.map(|q| q.as_str()))
                    .push_bind(m.milestone_type.as_str())
                    .push_bind(source_id(&m.source))
                    .push_bind(*position as i64);
            },
        )
        .await?;
        report.milestones = milestones.len() as u64;
        let mut acting = Vec::new();
        for (id, _, _, m) in &milestones {
            let mut seen = HashSet::new();
            for (position, slug) in m.bodies.iter().enumerate() {
                let body_id = body(slug)?;
                if seen.insert(body_id) {
                    acting.push((*id, body_id, position as i64));
                }
            }
        }
        insert_rows(
            &mut tx,
            "INSERT INTO milestone_bodies (milestone_id, body_id, position) ",
            3,
            &acting,
            |mut q, (milestone, body_id, position)| {
                q.push_bind(*milestone)
                    .push_bind(*body_id)
                    .push_bind(*position);
            },
        )
        .await?;
        let notes: Vec<_> = milestones
            .iter()
            .flat_map(|(id, _, _, m)| m.note.iter().map(move |(lang, text)| (*id, lang, text)))
            .collect();
        insert_texts(&mut tx, "milestone_texts", "milestone_id", "note", &notes).await?;
        phase("partnerships, topics, milestones");

        for c in &seed.contact_points {
            let exists: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM contact_points WHERE body_id = $1 AND organisation = $2",
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
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
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
            let notes: Vec<_> = c.note.iter().map(|(lang, text)| (id, lang, text)).collect();
            insert_texts(
                &mut tx,
                "contact_point_texts",
                "contact_point_id",
                "note",
                &notes,
            )
            .await?;
            report.contact_points += 1;
        }

        sqlx::query("INSERT INTO portal_settings (key, value) VALUES ('home_body', $1) ON CONFLICT DO NOTHING")
            .bind(seed.portal.home_body.as_str())
            .execute(&mut *tx)
            .await?;
        for (key, texts) in [
            ("headline", &seed.portal.headline),
            ("intro", &seed.portal.intro),
        ] {
            for (lang, text) in texts {
                sqlx::query("INSERT INTO portal_texts (key, lang, text) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                    .bind(key)
                    .bind(lang)
                    .bind(text)
                    .execute(&mut *tx)
                    .await?;
            }
        }

        if !report.is_empty() {
            Self::rebuild_search_index(&mut tx).await?;
            phase("search index");
            // One entry for the whole import: per-record entries would double a large registry.
            let after = serde_json::to_value(&report).expect("a report serializes");
            super::audit::record(
                &mut tx,
                who,
                super::audit::Change {
                    entity: Entity::Registry,
                    entity_id: 0,
                    action: Action::Create,
                    before: None,
                    after: Some(&after),
                    summary: format!(
                        "seed import: {} bodies, {} partnerships, {} milestones, {} facts",
                        report.bodies, report.partnerships, report.milestones, report.facts
                    ),
                },
            )
            .await?;
        }
        tx.commit().await?;
        phase("commit");
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

async fn body_ids(tx: &mut Tx) -> StoreResult<HashMap<String, i64>> {
    let rows: Vec<(String, i64)> = sqlx::query_as("SELECT slug, id FROM bodies")
        .fetch_all(&mut **tx)
        .await?;
    Ok(rows.into_iter().collect())
}

/// Checks the foreign keys of the transaction at its commit instead of at each statement.
async fn defer_foreign_keys(tx: &mut Tx, backend: Backend) -> StoreResult<()> {
    let statement = match backend {
        Backend::Sqlite => "PRAGMA defer_foreign_keys = ON",
        // The PostgreSQL schema declares its foreign keys DEFERRABLE for this.
        Backend::Postgres => "SET CONSTRAINTS ALL DEFERRED",
    };
    sqlx::query(statement).execute(&mut **tx).await?;
    Ok(())
}

/// The largest id in `table` (0 when empty); the table name is a compile-time literal.
async fn next_id(tx: &mut Tx, table: &'static str) -> StoreResult<i64> {
    Ok(
        sqlx::query_scalar(&format!("SELECT COALESCE(MAX(id), 0) FROM {table}"))
            .fetch_one(&mut **tx)
            .await?,
    )
}

/// Inserts rows with as few statements as SQLite's limit of bound parameters allows; rows that
/// conflict with existing ones are skipped. Returns how many were inserted.
async fn insert_rows<T>(
    tx: &mut Tx,
    insert: &str,
    columns: usize,
    rows: &[T],
    mut bind: impl FnMut(ValuesRow<'_, '_>, &T),
) -> StoreResult<u64> {
    // SQLite allows 32 766 parameters per statement.
    let per_statement = (30_000 / columns).max(1);
    let mut inserted = 0;
    for chunk in rows.chunks(per_statement) {
        let mut q = SqlBuilder::for_connection(insert, tx);
        q.push_values(chunk, &mut bind);
        q.push(" ON CONFLICT DO NOTHING");
        inserted += q.build().execute(&mut **tx).await?.rows_affected();
    }
    Ok(inserted)
}

/// Inserts the translations of one text column; the table and column names are compile-time literals.
async fn insert_texts(
    tx: &mut Tx,
    table: &'static str,
    owner_column: &'static str,
    text_column: &'static str,
    texts: &[(i64, &String, &String)],
) -> StoreResult<()> {
    let insert = format!("INSERT INTO {table} ({owner_column}, lang, {text_column}) ");
    insert_rows(tx, &insert, 3, texts, |mut q, (owner, lang, text)| {
        q.push_bind(*owner)
            .push_bind((*lang).clone())
            .push_bind((*text).clone());
    })
    .await?;
    Ok(())
}
