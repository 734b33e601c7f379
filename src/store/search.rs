//! The search index: every body's names, folded, in an FTS5 trigram table; and the query that finds
//! candidates for a search, which the domain then ranks.

use sqlx::{AnyConnection, Row};

use super::sql::SqlBuilder;
use super::{Backend, Store, StoreResult, Tx};
use crate::domain::search::{Folded, intact_pieces, tolerated_edits, trigrams};

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

/// The index's rows are numbered by body: body `id`'s names have the rowids from
/// `id * NAMES_PER_BODY` on, so one body's names are found and replaced through a rowid range,
/// which FTS5 answers from its b-tree (`body_id` is an UNINDEXED column: a search by it reads the
/// whole index). Names beyond this many of one body are left out of the index.
const NAMES_PER_BODY: i64 = 1 << 16;

/// The rowids for body `id`'s names, in order.
pub(super) fn name_rows(id: i64) -> std::ops::Range<i64> {
    id * NAMES_PER_BODY..(id + 1) * NAMES_PER_BODY
}

/// Removes body `id`'s names from the index.
pub(super) async fn unindex_body(tx: &mut Tx, id: i64) -> StoreResult<()> {
    let rows = name_rows(id);
    sqlx::query("DELETE FROM search_names WHERE rowid >= $1 AND rowid < $2")
        .bind(rows.start)
        .bind(rows.end)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

impl Store {
    /// Rebuilds the index from the published part of the registry (drafts are not searchable); runs inside the transaction of the change that needs it.
    pub(super) async fn rebuild_search_index(conn: &mut AnyConnection) -> StoreResult<()> {
        // The names are read and indexed for so many bodies at a time, not all at once: a
        // Europe-wide registry's names are tens of megabytes, twice over when numbered.
        const BODIES_PER_BATCH: i64 = 4_000;
        sqlx::query("DELETE FROM search_names")
            .execute(&mut *conn)
            .await?;
        let (first, last): (i64, i64) =
            sqlx::query_as("SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), 0) FROM bodies")
                .fetch_one(&mut *conn)
                .await?;
        let mut after = first - 1;
        while after < last {
            let until = after.saturating_add(BODIES_PER_BATCH).min(last);
            // Ordered by body, so each body's names take consecutive rowids of its range.
            let names: Vec<(i64, String, Option<String>)> = sqlx::query_as(
                "SELECT id, name, NULL FROM bodies WHERE published = 1 AND id > $1 AND id <= $2
                 UNION ALL SELECT n.body_id, n.name, n.lang FROM body_names n
                     JOIN bodies b ON b.id = n.body_id
                     WHERE b.published = 1 AND n.body_id > $3 AND n.body_id <= $4
                 ORDER BY 1",
            )
            .bind(after)
            .bind(until)
            .bind(after)
            .bind(until)
            .fetch_all(&mut *conn)
            .await?;
            after = until;
            let mut numbered = Vec::with_capacity(names.len());
            let mut rows = name_rows(0);
            let mut current = None;
            for (id, name, lang) in names {
                if current != Some(id) {
                    current = Some(id);
                    rows = name_rows(id);
                }
                if let Some(row) = rows.next() {
                    numbered.push((row, id, name, lang));
                }
            }
            for chunk in numbered.chunks(400) {
                let mut q = SqlBuilder::for_connection(
                    "INSERT INTO search_names (rowid, body_id, name, lang, folded) ",
                    conn,
                );
                q.push_values(chunk, |mut row, (rowid, id, name, lang)| {
                    row.push_bind(*rowid)
                        .push_bind(*id)
                        .push_bind(name.clone())
                        .push_bind(lang.clone())
                        .push_bind(Folded::new(name).text);
                });
                q.build().execute(&mut *conn).await?;
            }
        }
        Ok(())
    }

    /// Rebuilds the index when it is empty but the registry is not (a database from before search).
    pub async fn ensure_search_index(&self) -> StoreResult<()> {
        let indexed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM search_names")
            .fetch_one(&self.pool)
            .await?;
        if indexed == 0 && !self.is_empty().await? {
            let mut tx = self.begin_write().await?;
            Self::rebuild_search_index(&mut tx).await?;
            tx.commit().await?;
        }
        Ok(())
    }

    /// Names that may match the folded query: those containing it (one index search, quick
    /// however common the letters), or, when no name contains it and the query is long enough to
    /// forgive a typing error, names containing one of its pieces or trigrams. The index is FTS5's
    /// trigram table on SQLite, pg_trgm's on PostgreSQL; both find the same names (docs/POSTGRES.md,
    /// `scripts/reliability/postgres-search-check`).
    pub async fn name_candidates(&self, folded_query: &str) -> StoreResult<Vec<NameCandidate>> {
        let grams = trigrams(folded_query);
        if grams.is_empty() {
            // Shorter than a trigram: no index helps, a scan finds the first names holding it.
            return self
                .candidates(
                    "SELECT body_id, name, lang, folded FROM search_names WHERE instr(folded, $1) > 0 LIMIT $2",
                    &[folded_query.to_owned()],
                )
                .await;
        }
        let found = match self.backend {
            Backend::Sqlite => {
                let phrase = format!("folded : {}", fts5_string(folded_query));
                self.candidates(MATCH_SQL, &[phrase]).await?
            }
            Backend::Postgres => {
                self.candidates(CONTAINS_SQL, &[folded_query.to_owned()])
                    .await?
            }
        };
        let edits = tolerated_edits(folded_query.chars().count());
        if !found.is_empty() || edits == 0 {
            return Ok(found);
        }
        // A name within the forgiven edits contains one piece of the query unchanged: any of a few
        // selective pieces, names holding more of them (or more alike) first. Where the query is too
        // short to cut into pieces of a trigram, any of its trigrams (at 100k bodies that costs
        // 105 ms on FTS5 for a name that is not there, the pieces 14 ms).
        let terms = intact_pieces(folded_query, edits).unwrap_or(grams);
        match self.backend {
            Backend::Sqlite => {
                // Each term is a quoted FTS5 string: no query text is read as FTS5 syntax.
                let any_term = terms
                    .iter()
                    .map(|t| fts5_string(t))
                    .collect::<Vec<_>>()
                    .join(" OR ");
                self.candidates(MATCH_SQL, &[format!("folded : ({any_term})")])
                    .await
            }
            Backend::Postgres => {
                self.candidates(ANY_TERM_SQL, &[terms.join("|"), folded_query.to_owned()])
                    .await
            }
        }
    }

    /// The candidates `sql` finds with `arguments` bound first and the number of candidates last.
    async fn candidates(&self, sql: &str, arguments: &[String]) -> StoreResult<Vec<NameCandidate>> {
        let mut query = sqlx::query(sql);
        for argument in arguments {
            query = query.bind(argument.clone());
        }
        let rows = query.bind(CANDIDATES).fetch_all(&self.pool).await?;
        rows.iter().map(candidate).collect()
    }
}

/// `text` as an FTS5 string literal.
fn fts5_string(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

fn candidate(row: &sqlx::any::AnyRow) -> StoreResult<NameCandidate> {
    Ok(NameCandidate {
        body_id: row.try_get("body_id")?,
        name: row.try_get("name")?,
        lang: row.try_get("lang")?,
        folded: row.try_get("folded")?,
    })
}

/// Best-ranked names matching an FTS5 expression.
const MATCH_SQL: &str = "SELECT body_id, name, lang, folded FROM search_names
     WHERE search_names MATCH $1 ORDER BY rank LIMIT $2";

/// PostgreSQL: names containing the folded query (a substring test, as FTS5's trigram phrase is),
/// shorter names first as bm25 puts them. `LIKE`'s wildcards and escape in the query are escaped.
const CONTAINS_SQL: &str = "SELECT body_id, name, lang, folded FROM search_names
     WHERE folded LIKE '%' || replace(replace(replace($1, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
     ORDER BY length(folded), rowid LIMIT $2";

/// PostgreSQL: names containing any of the terms (joined by `|`), the most alike to the query
/// first. Folded text holds only letters, digits and spaces; anything else in a term is escaped all
/// the same, so no query text is read as a pattern.
const ANY_TERM_SQL: &str = "SELECT body_id, name, lang, folded FROM search_names
     WHERE folded ~ regexp_replace($1, '([^a-z0-9 |])', '\\\\\\1', 'g')
     ORDER BY word_similarity($2, folded) DESC, length(folded), rowid LIMIT $3";
