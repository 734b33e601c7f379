//! The search index: every body's names, folded, in an FTS5 trigram table; and the query that finds
//! candidates for a search, which the domain then ranks.

use sqlx::{QueryBuilder, Row, Sqlite, Transaction};

use super::{Store, StoreResult};
use crate::domain::search::{Folded, trigrams};

/// A name that may match a query.
#[derive(Debug, Clone)]
pub struct NameCandidate {
    pub body_id: i64,
    pub name: String,
    pub lang: Option<String>,
    pub folded: String,
}

/// How many candidates the index hands to ranking; enough for every plausible typo of a name.
const CANDIDATES: i64 = 400;

impl Store {
    /// Rebuilds the index from the registry; runs inside the transaction of the change that needs it.
    pub(super) async fn rebuild_search_index(tx: &mut Transaction<'_, Sqlite>) -> StoreResult<()> {
        sqlx::query("DELETE FROM search_names")
            .execute(&mut **tx)
            .await?;
        let names: Vec<(i64, String, Option<String>)> = sqlx::query_as(
            "SELECT id, name, NULL FROM bodies
             UNION ALL SELECT body_id, name, lang FROM body_names",
        )
        .fetch_all(&mut **tx)
        .await?;
        for chunk in names.chunks(500) {
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT INTO search_names (body_id, name, lang, folded) ",
            );
            q.push_values(chunk, |mut row, (id, name, lang)| {
                row.push_bind(*id)
                    .push_bind(name.clone())
                    .push_bind(lang.clone())
                    .push_bind(Folded::new(name).text);
            });
            q.build().execute(&mut **tx).await?;
        }
        Ok(())
    }

    /// Rebuilds the index when it is empty but the registry is not (a database from before search).
    pub async fn ensure_search_index(&self) -> StoreResult<()> {
        let indexed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM search_names")
            .fetch_one(&self.pool)
            .await?;
        if indexed == 0 && !self.is_empty().await? {
            let mut tx = self.pool.begin().await?;
            Self::rebuild_search_index(&mut tx).await?;
            tx.commit().await?;
        }
        Ok(())
    }

    /// Names sharing trigrams with the folded query (most shared first), or for queries too short for
    /// trigrams, names containing it.
    pub async fn name_candidates(&self, folded_query: &str) -> StoreResult<Vec<NameCandidate>> {
        let grams = trigrams(folded_query);
        let rows = if grams.is_empty() {
            sqlx::query(
                "SELECT body_id, name, lang, folded FROM search_names
                 WHERE instr(folded, ?) > 0 LIMIT ?",
            )
            .bind(folded_query)
            .bind(CANDIDATES)
            .fetch_all(&self.pool)
            .await?
        } else {
            // Each trigram is a quoted FTS5 string, so no query text is read as FTS5 syntax.
            let expression = grams
                .iter()
                .map(|g| format!("\"{}\"", g.replace('"', "\"\"")))
                .collect::<Vec<_>>()
                .join(" OR ");
            sqlx::query(
                "SELECT body_id, name, lang, folded FROM search_names
                 WHERE search_names MATCH ? ORDER BY rank LIMIT ?",
            )
            .bind(format!("folded : ({expression})"))
            .bind(CANDIDATES)
            .fetch_all(&self.pool)
            .await?
        };
        rows.iter()
            .map(|row| {
                Ok(NameCandidate {
                    body_id: row.try_get("body_id")?,
                    name: row.try_get("name")?,
                    lang: row.try_get("lang")?,
                    folded: row.try_get("folded")?,
                })
            })
            .collect()
    }
}
