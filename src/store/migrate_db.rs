//! `partnerportal migrate-db --from sqlite://FILE --to postgres://USER@HOST:PORT/DB`: moves an
//! installation from its SQLite file into an empty PostgreSQL database, and proves the copy whole.
//!
//! Everything happens in ONE PostgreSQL transaction: the schema (`migrations/postgres`, run by sqlx
//! inside the transaction, each migration in a savepoint), every table with its ids as they are
//! (foreign keys deferred to the commit, tables in foreign-key order all the same), the identity
//! counters (and `people`'s `sqlite_sequence`, which may be ahead of its largest id), the rows of
//! the FTS5 search index into the PostgreSQL search table, and the verification: per table the row
//! count and a checksum computed the same way from what each side returns. Any difference, any
//! refusal of a constraint, any error rolls everything back, so the target is either the whole copy
//! or exactly as it was.
//!
//! The checksum: each row is written in one canonical text form (the line of PostgreSQL's `COPY`
//! text format: values by the target column's type, `\N` for NULL, integers in decimal, reals in
//! Rust's shortest round-trip form, text with `\\`, `\t`, `\n`, `\r` escaped, bytes as `\\x` and
//! hex) and hashed (SHA-256, 16 bytes kept); the rows are ordered by primary key (by the whole row
//! for a table without one) and the table's checksum is the SHA-256 of that sequence. The SQLite side
//! is computed from the values SQLite returns while they are copied; the PostgreSQL side from the
//! values PostgreSQL returns when the copied tables are read back, in the same transaction. The first
//! differing primary key is named.
//!
//! The source is opened read-only, in one read transaction (one snapshot). Native connections
//! (`SqliteConnection`, `PgConnection`), not the store: the copy is table-generic and works on what
//! the two schemas hold.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use sqlx::postgres::{PgConnectOptions, PgConnection, PgRow};
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteRow};
use sqlx::{ConnectOptions, Connection, Row, TypeInfo, ValueRef};
use tokio_stream::StreamExt;

use super::SCHEMA_VERSION;

/// Tables of the target that hold no registry data: the change counter (16 rows made by the first
/// migration) and sqlx's own bookkeeping.
const NOT_REGISTRY: &[&str] = &["data_version", "_sqlx_migrations"];

/// Tables the migrations themselves fill (the topic catalogues). On a target that was migrated but
/// never used they hold those rows and nothing else does; the copy replaces them with the source's.
/// Any change to them by the portal would have left an audit entry, which counts as data.
const FILLED_BY_MIGRATIONS: &[&str] = &["topics", "practice_topics"];

/// Rows are sent to PostgreSQL in pieces of about this many bytes (COPY) ...
const COPY_CHUNK_BYTES: usize = 1 << 20;
/// ... or this many rows per statement (multi-row INSERT, at most 65,535 bound values).
const INSERT_ROWS: usize = 1000;

/// How the rows travel: `COPY … FROM STDIN` (the default, measured faster: docs/POSTGRES.md) or
/// multi-row `INSERT` statements with bound values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Via {
    #[default]
    Copy,
    Insert,
}

/// What to move where.
#[derive(Debug, Clone)]
pub struct Options {
    /// `sqlite://FILE` (or a plain path).
    pub from: String,
    /// `postgres://USER@HOST:PORT/DB` (or `postgresql://…`).
    pub to: String,
    /// Copy and verify everything, then roll back: the target is left as it was.
    pub dry_run: bool,
    pub via: Via,
}

/// One copied table.
#[derive(Debug, Clone)]
pub struct TableReport {
    pub table: String,
    pub rows: u64,
    /// The first 16 hex digits of the table's checksum, equal on both sides.
    pub checksum: String,
}

/// What a migration did (or, with `--dry-run`, would do).
#[derive(Debug, Clone)]
pub struct Report {
    pub source: String,
    pub target: String,
    pub tables: Vec<TableReport>,
    /// Migrations of `migrations/postgres` applied to the target by this run.
    pub migrations_applied: usize,
    pub dry_run: bool,
    /// Copying the rows and moving the identities.
    pub copy: Duration,
    /// Checking the foreign keys and the other constraints over the copied tables.
    pub checks: Duration,
    pub verify: Duration,
    pub total: Duration,
}

impl Report {
    pub fn rows(&self) -> u64 {
        self.tables.iter().map(|t| t.rows).sum()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} → {}", self.source, self.target)?;
        let width = self
            .tables
            .iter()
            .map(|t| t.table.len())
            .max()
            .unwrap_or(5)
            .max(5);
        writeln!(f, "{:<width$}  {:>10}  checksum", "table", "rows")?;
        for t in &self.tables {
            writeln!(f, "{:<width$}  {:>10}  ok {}", t.table, t.rows, t.checksum)?;
        }
        let rows = self.rows();
        let seconds = self.copy.as_secs_f64();
        let rate = if seconds > 0.0 {
            rows as f64 / seconds
        } else {
            0.0
        };
        writeln!(
            f,
            "{} tables, {rows} rows: copied in {:.1} s ({rate:.0} rows/s), foreign keys checked in {:.1} s, \
             verified in {:.1} s, total {:.1} s",
            self.tables.len(),
            seconds,
            self.checks.as_secs_f64(),
            self.verify.as_secs_f64(),
            self.total.as_secs_f64()
        )?;
        if self.migrations_applied > 0 {
            writeln!(
                f,
                "schema created: {} migrations of migrations/postgres applied",
                self.migrations_applied
            )?;
        }
        if self.dry_run {
            write!(
                f,
                "dry run: every table copied and verified, then rolled back; the target is unchanged"
            )
        } else {
            write!(
                f,
                "committed: every table has the same rows and the same checksum on both sides"
            )
        }
    }
}

/// Why a migration was refused or failed. Nothing was written to the target in any case.
#[derive(Debug, thiserror::Error)]
pub enum MigrateDbError {
    #[error("{0}")]
    Usage(String),
    #[error(
        "the source has schema version {found}, this program knows version {known}: {advice}; nothing was written"
    )]
    SourceSchema {
        found: i64,
        known: i64,
        advice: &'static str,
    },
    #[error(
        "the target already holds data ({}); migrate-db copies only into an empty database: create a new one (CREATE DATABASE … TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8') and do not start the server on it before; nothing was written",
        holding_list(.tables)
    )]
    TargetHoldsData { tables: Vec<(String, i64)> },
    #[error(
        "the target holds tables that are not partnerportal's ({}); use a new, empty database; nothing was written",
        .0.join(", ")
    )]
    TargetForeign(Vec<String>),
    #[error(
        "the target has schema version {found}, newer than this program's ({known}); use the newer program; nothing was written"
    )]
    TargetSchemaTooNew { found: i64, known: i64 },
    #[error("the two schemas differ: {0}; nothing was written")]
    Schema(String),
    #[error("{table}: {detail}; nothing was written")]
    Value { table: String, detail: String },
    #[error(
        "verification failed, everything rolled back: table {table}: {detail} (SQLite {source_rows} rows, PostgreSQL {target_rows} rows)"
    )]
    Mismatch {
        table: String,
        detail: String,
        source_rows: u64,
        target_rows: u64,
    },
    // Not `#[from]`: the cause is part of the message, and a source would print it twice.
    #[error("the PostgreSQL schema could not be created: {0}; nothing was written")]
    Migrate(sqlx::migrate::MigrateError),
    #[error("database error: {0}; nothing was written")]
    Database(sqlx::Error),
}

impl From<sqlx::migrate::MigrateError> for MigrateDbError {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        MigrateDbError::Migrate(e)
    }
}

impl From<sqlx::Error> for MigrateDbError {
    fn from(e: sqlx::Error) -> Self {
        MigrateDbError::Database(e)
    }
}

/// "bodies (46 rows), …" for the tables that hold data, the first ten of them.
fn holding_list(tables: &[(String, i64)]) -> String {
    let mut parts: Vec<String> = tables
        .iter()
        .take(10)
        .map(|(t, n)| format!("{t} ({n} {})", if *n == 1 { "row" } else { "rows" }))
        .collect();
    if tables.len() > 10 {
        parts.push(format!("{} more tables", tables.len() - 10));
    }
    parts.join(", ")
}

type Result<T, E = MigrateDbError> = std::result::Result<T, E>;

/// The family of a target column, which decides how a value is read, written and hashed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int8,
    Int4,
    Int2,
    Real,
    Text,
    Bytes,
}

impl Kind {
    fn of(table: &str, column: &str, data_type: &str) -> Result<Kind> {
        Ok(match data_type {
            "bigint" => Kind::Int8,
            "integer" => Kind::Int4,
            "smallint" => Kind::Int2,
            "double precision" | "real" => Kind::Real,
            "text" | "character varying" | "character" => Kind::Text,
            "bytea" => Kind::Bytes,
            other => {
                return Err(MigrateDbError::Schema(format!(
                    "{table}.{column} has the PostgreSQL type {other}, which migrate-db does not copy"
                )));
            }
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Bytes(Vec<u8>),
}

/// One table to copy: the target's columns in order, each with the SQLite expression that reads it.
#[derive(Debug)]
struct Plan {
    table: String,
    columns: Vec<(String, Kind)>,
    source_select: String,
    /// Positions (in `columns`) of the primary key; empty for a table without one.
    key: Vec<usize>,
}

/// Runs the migration and returns what it did; `Err` means nothing was written.
pub async fn run(options: &Options) -> Result<Report> {
    let started = Instant::now();
    let source_path = sqlite_path(&options.from)?;
    let target_options = postgres_options(&options.to)?;
    let target_label = format!(
        "postgres://{}@{}:{}/{}",
        target_options.get_username(),
        target_options.get_host(),
        target_options.get_port(),
        target_options.get_database().unwrap_or("")
    );
    let source_label = format!("sqlite://{}", source_path.display());

    if !source_path.is_file() {
        return Err(MigrateDbError::Usage(format!(
            "the source {} is not a file",
            source_path.display()
        )));
    }
    let mut source = SqliteConnectOptions::new()
        .filename(&source_path)
        .read_only(true)
        .create_if_missing(false)
        // Reading a whole table takes seconds on a large registry: not a slow statement to warn of.
        .disable_statement_logging()
        .connect()
        .await?;
    check_source_schema(&mut source).await?;
    let mut target = target_options.disable_statement_logging().connect().await?;
    let target_version = check_target_empty(&mut target).await?;

    // One snapshot of the source for the whole copy.
    let mut src = source.begin().await?;
    let mut tx = target.begin().await?;
    sqlx::migrate!("migrations/postgres").run(&mut *tx).await?;
    let migrated_version: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut *tx)
            .await?;
    let migrations_applied =
        usize::try_from(migrated_version - target_version.unwrap_or(0)).unwrap_or(0);

    let plans = plan(&mut src, &mut tx).await?;
    let copy_started = Instant::now();
    // PostgreSQL checks a deferred foreign key row by row, one query per row (7.6 s for 350,000 rows
    // on the development machine); a key added to a filled table is checked by one join, as
    // pg_restore does it. Dropped and added again inside this transaction: no one ever sees the
    // schema without them, and a row they refuse rolls everything back.
    // (ALTER TABLE refuses a table with trigger events pending: the deferred change-counter trigger
    // of the migrations' rows runs first.)
    sqlx::query("SET CONSTRAINTS ALL IMMEDIATE")
        .execute(&mut *tx)
        .await?;
    let foreign_keys = drop_foreign_keys(&mut tx).await?;
    sqlx::query("SET CONSTRAINTS ALL DEFERRED")
        .execute(&mut *tx)
        .await?;
    let mut source_sums = Vec::with_capacity(plans.len());
    for plan in &plans {
        sqlx::query(&format!("DELETE FROM {}", quote(&plan.table)))
            .execute(&mut *tx)
            .await?;
        let rows = match options.via {
            Via::Copy => copy_table(&mut src, &mut tx, plan).await?,
            Via::Insert => insert_table(&mut src, &mut tx, plan).await?,
        };
        source_sums.push(rows);
    }
    move_identities(&mut src, &mut tx).await?;
    let copy = copy_started.elapsed();
    let checks_started = Instant::now();
    // Whatever else is deferred (the change counter's trigger) runs here, inside the transaction.
    sqlx::query("SET CONSTRAINTS ALL IMMEDIATE")
        .execute(&mut *tx)
        .await?;
    add_foreign_keys(&mut tx, &foreign_keys).await?;
    let checks = checks_started.elapsed();

    let verify_started = Instant::now();
    let mut tables = Vec::with_capacity(plans.len());
    for (plan, source_rows) in plans.iter().zip(source_sums) {
        let target_rows = read_target(&mut tx, plan).await?;
        let checksum = compare(plan, source_rows, target_rows)?;
        tables.push(checksum);
    }
    let verify = verify_started.elapsed();
    src.rollback().await?;
    if options.dry_run {
        tx.rollback().await?;
    } else {
        tx.commit().await?;
        // Fold the search index's pending entries in and give the planner statistics, as after any
        // bulk load; both only speed later queries up, so after the commit a failure (a role that
        // does not own the index, say) is reported as a warning, never as a failed move.
        for tidy in [
            "SELECT gin_clean_pending_list(to_regclass('search_names_folded')) \
             WHERE to_regclass('search_names_folded') IS NOT NULL",
            "ANALYZE",
        ] {
            if let Err(e) = sqlx::query(tidy).execute(&mut target).await {
                tracing::warn!(error = %e, statement = tidy, "migrate-db: tidying up after the commit failed");
            }
        }
    }
    target.close().await.ok();
    source.close().await.ok();
    Ok(Report {
        source: source_label,
        target: target_label,
        tables,
        migrations_applied,
        dry_run: options.dry_run,
        copy,
        checks,
        verify,
        total: started.elapsed(),
    })
}

/// A foreign key of the target: its table, name and definition.
type ForeignKey = (String, String, String);

async fn drop_foreign_keys(tx: &mut PgConnection) -> Result<Vec<ForeignKey>> {
    let keys: Vec<ForeignKey> = sqlx::query_as(
        "SELECT c.relname::text, k.conname::text, pg_get_constraintdef(k.oid)
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
         WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace
         ORDER BY 1, 2",
    )
    .fetch_all(&mut *tx)
    .await?;
    for (table, name, _) in &keys {
        sqlx::query(&format!(
            "ALTER TABLE {} DROP CONSTRAINT {}",
            quote(table),
            quote(name)
        ))
        .execute(&mut *tx)
        .await?;
    }
    Ok(keys)
}

/// Adds the foreign keys again, each checked over its whole table; a copied row they refuse is
/// named with PostgreSQL's own detail (the key and the table it is missing from).
async fn add_foreign_keys(tx: &mut PgConnection, keys: &[ForeignKey]) -> Result<()> {
    for (table, name, definition) in keys {
        let added = sqlx::query(&format!(
            "ALTER TABLE {} ADD CONSTRAINT {} {definition}",
            quote(table),
            quote(name)
        ))
        .execute(&mut *tx)
        .await;
        if let Err(e) = added {
            let Some(refusal) = e
                .as_database_error()
                .and_then(|d| d.try_downcast_ref::<sqlx::postgres::PgDatabaseError>())
            else {
                return Err(e.into());
            };
            return Err(MigrateDbError::Value {
                table: table.clone(),
                detail: format!(
                    "{} ({})",
                    refusal.message(),
                    refusal.detail().unwrap_or("no detail")
                ),
            });
        }
    }
    Ok(())
}

fn sqlite_path(url: &str) -> Result<PathBuf> {
    let path = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url);
    let path = path.split('?').next().unwrap_or(path);
    if path.is_empty() || path.contains("://") {
        return Err(MigrateDbError::Usage(format!(
            "--from must be an SQLite file: sqlite://FILE (got {url:?})"
        )));
    }
    Ok(PathBuf::from(path))
}

fn postgres_options(url: &str) -> Result<PgConnectOptions> {
    if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
        return Err(MigrateDbError::Usage(
            "--to must be a PostgreSQL database: postgres://USER@HOST:PORT/DB".into(),
        ));
    }
    PgConnectOptions::from_str(url).map_err(|e| {
        MigrateDbError::Usage(format!(
            "--to is not a PostgreSQL address (postgres://USER@HOST:PORT/DB): {e}"
        ))
    })
}

/// The source must be partnerportal's and at exactly this program's schema version: an older one is
/// migrated by running the program on it once, a newer one needs the newer program.
async fn check_source_schema(source: &mut SqliteConnection) -> Result<()> {
    let has_history: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
    )
    .fetch_one(&mut *source)
    .await?;
    if has_history == 0 {
        return Err(MigrateDbError::Usage(
            "the source is not a partnerportal database (it has no migration history)".into(),
        ));
    }
    let found: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut *source)
            .await?;
    if found != SCHEMA_VERSION {
        let advice = if found < SCHEMA_VERSION {
            "run this program once on it first (for example `partnerportal --database sqlite://FILE check`), which brings it up to date, then migrate it"
        } else {
            "it was written by a newer partnerportal; migrate it with that program"
        };
        return Err(MigrateDbError::SourceSchema {
            found,
            known: SCHEMA_VERSION,
            advice,
        });
    }
    Ok(())
}

/// Refuses a target with data, a target with tables of something else and a target at a newer
/// schema, before anything is written. Returns the target's schema version when it has one.
async fn check_target_empty(target: &mut PgConnection) -> Result<Option<i64>> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT c.relname::text FROM pg_class c
         WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
         ORDER BY 1",
    )
    .fetch_all(&mut *target)
    .await?;
    if tables.is_empty() {
        return Ok(None);
    }
    if !tables.iter().any(|t| t == "_sqlx_migrations") {
        return Err(MigrateDbError::TargetForeign(tables));
    }
    let version: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut *target)
            .await?;
    if version > SCHEMA_VERSION {
        return Err(MigrateDbError::TargetSchemaTooNew {
            found: version,
            known: SCHEMA_VERSION,
        });
    }
    let mut holding = Vec::new();
    for table in &tables {
        if NOT_REGISTRY.contains(&table.as_str()) || FILLED_BY_MIGRATIONS.contains(&table.as_str())
        {
            continue;
        }
        let rows: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {}", quote(table)))
            .fetch_one(&mut *target)
            .await?;
        if rows > 0 {
            holding.push((table.clone(), rows));
        }
    }
    if !holding.is_empty() {
        return Err(MigrateDbError::TargetHoldsData { tables: holding });
    }
    Ok(Some(version))
}

/// Which tables to copy, in foreign-key order, with their columns as the target has them.
async fn plan(src: &mut SqliteConnection, tx: &mut PgConnection) -> Result<Vec<Plan>> {
    let mut target_columns: HashMap<String, Vec<(String, String)>> = HashMap::new();
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns
         WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position",
    )
    .fetch_all(&mut *tx)
    .await?;
    for (table, column, data_type) in rows {
        target_columns
            .entry(table)
            .or_default()
            .push((column, data_type));
    }
    let mut target_keys: HashMap<String, Vec<String>> = HashMap::new();
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT k.table_name::text, k.column_name::text
         FROM information_schema.table_constraints c
         JOIN information_schema.key_column_usage k
           ON k.constraint_name = c.constraint_name AND k.constraint_schema = c.constraint_schema
          AND k.table_name = c.table_name
         WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = current_schema()
         ORDER BY k.table_name, k.ordinal_position",
    )
    .fetch_all(&mut *tx)
    .await?;
    for (table, column) in rows {
        target_keys.entry(table).or_default().push(column);
    }

    // Every table of the source but SQLite's and sqlx's own and the FTS5 index's shadow tables
    // (the index itself, `search_names`, is copied: its rows are the search table's).
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table'
           AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> '_sqlx_migrations'
           AND name NOT LIKE 'search\\_names\\_%' ESCAPE '\\'
         ORDER BY name",
    )
    .fetch_all(&mut *src)
    .await?;
    let mut plans = BTreeMap::new();
    let mut depends: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for table in &tables {
        let Some(columns) = target_columns.get(table) else {
            return Err(MigrateDbError::Schema(format!(
                "the table {table} has no PostgreSQL twin"
            )));
        };
        let source_columns: Vec<String> =
            sqlx::query_scalar("SELECT name FROM pragma_table_info(?) ORDER BY cid")
                .bind(table)
                .fetch_all(&mut *src)
                .await?;
        if let Some(lost) = source_columns
            .iter()
            .find(|c| !columns.iter().any(|(name, _)| name == *c))
        {
            return Err(MigrateDbError::Schema(format!(
                "the column {table}.{lost} has no PostgreSQL twin"
            )));
        }
        let mut select = Vec::with_capacity(columns.len());
        let mut kinds = Vec::with_capacity(columns.len());
        for (column, data_type) in columns {
            if source_columns.contains(column) {
                select.push(quote(column));
            } else if column == "rowid" {
                // PostgreSQL spells out what SQLite keeps implicitly (body_names, search_names).
                select.push("rowid".to_owned());
            } else {
                return Err(MigrateDbError::Schema(format!(
                    "the column {table}.{column} of PostgreSQL is not in the SQLite database"
                )));
            }
            kinds.push((column.clone(), Kind::of(table, column, data_type)?));
        }
        let key = target_keys
            .get(table)
            .map(|key| {
                key.iter()
                    .filter_map(|k| kinds.iter().position(|(c, _)| c == k))
                    .collect()
            })
            .unwrap_or_default();
        let parents: BTreeSet<String> =
            sqlx::query_scalar("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)")
                .bind(table)
                .fetch_all(&mut *src)
                .await?
                .into_iter()
                .filter(|parent: &String| parent != table && tables.contains(parent))
                .collect();
        depends.insert(table.clone(), parents);
        plans.insert(
            table.clone(),
            Plan {
                table: table.clone(),
                source_select: format!("SELECT {} FROM {}", select.join(", "), quote(table)),
                columns: kinds,
                key,
            },
        );
    }
    // Parents before children (alphabetical among equals); a cycle, which the schema has not,
    // would be copied all the same, its foreign keys being checked at the commit.
    let mut ordered = Vec::with_capacity(plans.len());
    let mut done = BTreeSet::new();
    while done.len() < depends.len() {
        let ready: Vec<String> = depends
            .iter()
            .filter(|(t, parents)| !done.contains(*t) && parents.iter().all(|p| done.contains(p)))
            .map(|(t, _)| t.clone())
            .collect();
        let next = if ready.is_empty() {
            depends
                .keys()
                .filter(|t| !done.contains(*t))
                .take(1)
                .cloned()
                .collect()
        } else {
            ready
        };
        for table in next {
            done.insert(table.clone());
            ordered.push(plans.remove(&table).expect("planned"));
        }
    }
    Ok(ordered)
}

/// A value as SQLite returns it, taken as the target column's type. A value SQLite holds in
/// another storage class than the column's is refused, except the lossless cases (an integer in a
/// real column, text in a bytes column).
fn sqlite_value(row: &SqliteRow, i: usize, kind: Kind) -> std::result::Result<Value, String> {
    let raw = row.try_get_raw(i).map_err(|e| e.to_string())?;
    if raw.is_null() {
        return Ok(Value::Null);
    }
    let storage = raw.type_info().name().to_owned();
    let value = match (kind, storage.as_str()) {
        (Kind::Int8 | Kind::Int4 | Kind::Int2, "INTEGER") => Value::Int(
            row.try_get_unchecked::<i64, _>(i)
                .map_err(|e| e.to_string())?,
        ),
        (Kind::Real, "REAL" | "INTEGER") => Value::Real(
            row.try_get_unchecked::<f64, _>(i)
                .map_err(|e| e.to_string())?,
        ),
        (Kind::Text, "TEXT") => {
            let text = row
                .try_get_unchecked::<String, _>(i)
                .map_err(|_| "holds text that is not valid UTF-8".to_owned())?;
            if text.contains('\0') {
                return Err(
                    "holds text with a NUL character, which PostgreSQL text cannot hold".into(),
                );
            }
            Value::Text(text)
        }
        (Kind::Bytes, "BLOB" | "TEXT") => Value::Bytes(
            row.try_get_unchecked::<Vec<u8>, _>(i)
                .map_err(|e| e.to_string())?,
        ),
        (kind, storage) => {
            return Err(format!(
                "holds a value of SQLite's storage class {storage} where PostgreSQL's column is {kind:?}"
            ));
        }
    };
    Ok(value)
}

fn pg_value(row: &PgRow, i: usize, kind: Kind) -> sqlx::Result<Value> {
    Ok(match kind {
        Kind::Int8 => row.try_get::<Option<i64>, _>(i)?.map(Value::Int),
        Kind::Int4 => row
            .try_get::<Option<i32>, _>(i)?
            .map(|v| Value::Int(v.into())),
        Kind::Int2 => row
            .try_get::<Option<i16>, _>(i)?
            .map(|v| Value::Int(v.into())),
        Kind::Real => row.try_get::<Option<f64>, _>(i)?.map(Value::Real),
        Kind::Text => row.try_get::<Option<String>, _>(i)?.map(Value::Text),
        Kind::Bytes => row.try_get::<Option<Vec<u8>>, _>(i)?.map(Value::Bytes),
    }
    .unwrap_or(Value::Null))
}

/// Appends the value in PostgreSQL's COPY text format, which is also the canonical text form the
/// checksums hash.
fn write_copy_text(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Null => out.extend_from_slice(b"\\N"),
        Value::Int(v) => out.extend_from_slice(v.to_string().as_bytes()),
        Value::Real(v) => {
            let text = if v.is_nan() {
                "NaN".to_owned()
            } else if v.is_infinite() {
                if *v > 0.0 { "Infinity" } else { "-Infinity" }.to_owned()
            } else {
                v.to_string()
            };
            out.extend_from_slice(text.as_bytes());
        }
        Value::Text(text) => {
            for &b in text.as_bytes() {
                match b {
                    b'\\' => out.extend_from_slice(b"\\\\"),
                    b'\t' => out.extend_from_slice(b"\\t"),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    _ => out.push(b),
                }
            }
        }
        Value::Bytes(bytes) => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(b"\\\\x");
            for &b in bytes {
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 15)]);
            }
        }
    }
}

/// Writes one row's line (without its newline) into `out`.
fn write_row(values: &[Value], out: &mut Vec<u8>) {
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.push(b'\t');
        }
        write_copy_text(value, out);
    }
}

/// A primary key in a form that sorts as the key does (integers by value, text by bytes) and that
/// [`describe_key`] reads back for messages.
fn key_bytes(values: &[Value], key: &[usize]) -> Vec<u8> {
    let mut out = Vec::with_capacity(9 * key.len().max(1));
    let mut push = |value: &Value| match value {
        Value::Null => out.push(b'0'),
        Value::Int(v) => {
            out.push(b'i');
            out.extend_from_slice(&((*v as u64) ^ (1 << 63)).to_be_bytes());
        }
        Value::Real(v) => {
            out.push(b'r');
            out.extend_from_slice(&v.to_bits().to_be_bytes());
        }
        Value::Text(text) => {
            out.push(b't');
            out.extend_from_slice(&(text.len() as u64).to_be_bytes());
            out.extend_from_slice(text.as_bytes());
        }
        Value::Bytes(bytes) => {
            out.push(b'b');
            out.extend_from_slice(&(bytes.len() as u64).to_be_bytes());
            out.extend_from_slice(bytes);
        }
    };
    if key.is_empty() {
        values.iter().for_each(&mut push);
    } else {
        key.iter().for_each(|&i| push(&values[i]));
    }
    out
}

fn describe_key(plan: &Plan, mut bytes: &[u8]) -> String {
    let mut parts = Vec::new();
    let take8 = |bytes: &mut &[u8]| {
        let (head, rest) = bytes.split_at(8.min(bytes.len()));
        *bytes = rest;
        let mut buf = [0u8; 8];
        buf[..head.len()].copy_from_slice(head);
        u64::from_be_bytes(buf)
    };
    while let Some((&tag, rest)) = bytes.split_first() {
        bytes = rest;
        parts.push(match tag {
            b'i' => ((take8(&mut bytes) ^ (1 << 63)) as i64).to_string(),
            b'r' => f64::from_bits(take8(&mut bytes)).to_string(),
            b't' | b'b' => {
                let len = usize::try_from(take8(&mut bytes)).unwrap_or(usize::MAX);
                let (value, rest) = bytes.split_at(len.min(bytes.len()));
                bytes = rest;
                if tag == b't' {
                    format!("{:?}", String::from_utf8_lossy(value))
                } else {
                    format!("{} bytes", value.len())
                }
            }
            _ => "NULL".to_owned(),
        });
    }
    let names: Vec<&str> = if plan.key.is_empty() {
        plan.columns.iter().map(|(c, _)| c.as_str()).collect()
    } else {
        plan.key
            .iter()
            .map(|&i| plan.columns[i].0.as_str())
            .collect()
    };
    names
        .iter()
        .zip(&parts)
        .map(|(n, v)| format!("{n} {v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Each row's key and the digest of its canonical line.
type RowSums = Vec<(Vec<u8>, [u8; 16])>;

fn row_digest(line: &[u8]) -> [u8; 16] {
    let full = Sha256::digest(line);
    let mut digest = [0u8; 16];
    digest.copy_from_slice(&full[..16]);
    digest
}

/// Reads one source row as the target's values, naming the row on a value PostgreSQL cannot take.
fn source_row(plan: &Plan, row: &SqliteRow) -> Result<Vec<Value>> {
    let mut values = Vec::with_capacity(plan.columns.len());
    let mut problem = None;
    for (i, (column, kind)) in plan.columns.iter().enumerate() {
        match sqlite_value(row, i, *kind) {
            Ok(value) => values.push(value),
            Err(detail) => {
                problem = Some(format!("the column {column} {detail}"));
                values.push(Value::Null);
            }
        }
    }
    if let Some(detail) = problem {
        let key = describe_key(plan, &key_bytes(&values, &plan.key));
        return Err(MigrateDbError::Value {
            table: plan.table.clone(),
            detail: format!("the row {key}: {detail}"),
        });
    }
    Ok(values)
}

/// Copies one table with `COPY … FROM STDIN`; returns the source side's row sums.
async fn copy_table(
    src: &mut SqliteConnection,
    tx: &mut PgConnection,
    plan: &Plan,
) -> Result<RowSums> {
    let columns: Vec<String> = plan.columns.iter().map(|(c, _)| quote(c)).collect();
    let statement = format!(
        "COPY {} ({}) FROM STDIN",
        quote(&plan.table),
        columns.join(", ")
    );
    let mut copy = tx.copy_in_raw(&statement).await?;
    let mut sums = RowSums::new();
    let mut buffer = Vec::with_capacity(COPY_CHUNK_BYTES + 4096);
    let mut rows = sqlx::query(&plan.source_select).fetch(&mut *src);
    let outcome: Result<()> = async {
        while let Some(row) = rows.next().await {
            let values = source_row(plan, &row?)?;
            let start = buffer.len();
            write_row(&values, &mut buffer);
            sums.push((key_bytes(&values, &plan.key), row_digest(&buffer[start..])));
            buffer.push(b'\n');
            if buffer.len() >= COPY_CHUNK_BYTES {
                copy.send(std::mem::take(&mut buffer)).await?;
                buffer.reserve(COPY_CHUNK_BYTES + 4096);
            }
        }
        Ok(())
    }
    .await;
    drop(rows);
    match outcome {
        Ok(()) => {
            if !buffer.is_empty() {
                copy.send(buffer).await?;
            }
            copy.finish().await?;
            Ok(sums)
        }
        Err(e) => {
            let _ = copy.abort("migrate-db stopped").await;
            Err(e)
        }
    }
}

/// Copies one table with multi-row `INSERT` statements; returns the source side's row sums.
async fn insert_table(
    src: &mut SqliteConnection,
    tx: &mut PgConnection,
    plan: &Plan,
) -> Result<RowSums> {
    let columns: Vec<String> = plan.columns.iter().map(|(c, _)| quote(c)).collect();
    let head = format!(
        "INSERT INTO {} ({}) ",
        quote(&plan.table),
        columns.join(", ")
    );
    let per_statement = INSERT_ROWS.min(65_535 / plan.columns.len().max(1));
    let mut sums = RowSums::new();
    let mut line = Vec::new();
    let mut batch: Vec<Vec<Value>> = Vec::with_capacity(per_statement);
    let mut rows = sqlx::query(&plan.source_select).fetch(&mut *src);
    while let Some(row) = rows.next().await {
        let values = source_row(plan, &row?)?;
        line.clear();
        write_row(&values, &mut line);
        sums.push((key_bytes(&values, &plan.key), row_digest(&line)));
        batch.push(values);
        if batch.len() == per_statement {
            insert_batch(tx, plan, &head, &batch).await?;
            batch.clear();
        }
    }
    if !batch.is_empty() {
        insert_batch(tx, plan, &head, &batch).await?;
    }
    Ok(sums)
}

async fn insert_batch(
    tx: &mut PgConnection,
    plan: &Plan,
    head: &str,
    batch: &[Vec<Value>],
) -> Result<()> {
    let mut q = sqlx::QueryBuilder::<sqlx::Postgres>::new(head);
    q.push_values(batch, |mut row, values| {
        for (value, (_, kind)) in values.iter().zip(&plan.columns) {
            match (kind, value) {
                (Kind::Int8, Value::Int(v)) => row.push_bind(*v),
                (Kind::Int4, Value::Int(v)) => row.push_bind(i32::try_from(*v).ok()),
                (Kind::Int2, Value::Int(v)) => row.push_bind(i16::try_from(*v).ok()),
                (Kind::Real, Value::Real(v)) => row.push_bind(*v),
                (Kind::Text, Value::Text(v)) => row.push_bind(v.clone()),
                (Kind::Bytes, Value::Bytes(v)) => row.push_bind(v.clone()),
                (Kind::Int8, _) => row.push_bind(None::<i64>),
                (Kind::Int4, _) => row.push_bind(None::<i32>),
                (Kind::Int2, _) => row.push_bind(None::<i16>),
                (Kind::Real, _) => row.push_bind(None::<f64>),
                (Kind::Text, _) => row.push_bind(None::<String>),
                (Kind::Bytes, _) => row.push_bind(None::<Vec<u8>>),
            };
        }
    });
    q.build().execute(&mut *tx).await?;
    Ok(())
}

/// Moves every identity past its column's largest copied value, and `people`'s (any table's) past
/// SQLite's `sqlite_sequence` entry, which AUTOINCREMENT keeps ahead of deleted rows.
async fn move_identities(src: &mut SqliteConnection, tx: &mut PgConnection) -> Result<()> {
    let has_sequence: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'",
    )
    .fetch_one(&mut *src)
    .await?;
    let sequences: HashMap<String, i64> = if has_sequence > 0 {
        sqlx::query_as::<_, (String, i64)>("SELECT name, seq FROM sqlite_sequence")
            .fetch_all(&mut *src)
            .await?
            .into_iter()
            .collect()
    } else {
        HashMap::new()
    };
    let identities: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT c.relname::text, a.attname::text,
                pg_get_serial_sequence(format('%I', c.relname), a.attname::text)
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
         WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
           AND a.attidentity <> '' AND NOT a.attisdropped",
    )
    .fetch_all(&mut *tx)
    .await?;
    for (table, column, sequence) in identities {
        let largest: Option<i64> = sqlx::query_scalar(&format!(
            "SELECT MAX({}) FROM {}",
            quote(&column),
            quote(&table)
        ))
        .fetch_one(&mut *tx)
        .await?;
        let floor = if column == "id" {
            sequences.get(&table).copied().unwrap_or(0)
        } else {
            0
        };
        let next_after = largest.unwrap_or(0).max(floor);
        if next_after > 0 {
            sqlx::query("SELECT setval($1::regclass, $2, true)")
                .bind(&sequence)
                .bind(next_after)
                .execute(&mut *tx)
                .await?;
        }
    }
    Ok(())
}

/// Reads a copied table back from PostgreSQL, in the copying transaction.
async fn read_target(tx: &mut PgConnection, plan: &Plan) -> Result<RowSums> {
    let columns: Vec<String> = plan.columns.iter().map(|(c, _)| quote(c)).collect();
    let select = format!("SELECT {} FROM {}", columns.join(", "), quote(&plan.table));
    let mut sums = RowSums::new();
    let mut line = Vec::new();
    let mut rows = sqlx::query(&select).fetch(&mut *tx);
    while let Some(row) = rows.next().await {
        let row = row?;
        let values = (0..plan.columns.len())
            .map(|i| pg_value(&row, i, plan.columns[i].1))
            .collect::<sqlx::Result<Vec<_>>>()?;
        line.clear();
        write_row(&values, &mut line);
        sums.push((key_bytes(&values, &plan.key), row_digest(&line)));
    }
    Ok(sums)
}

/// Orders both sides by key and compares them row by row; the table's checksum on success, the first
/// differing key otherwise.
fn compare(plan: &Plan, mut source: RowSums, mut target: RowSums) -> Result<TableReport> {
    source.sort_unstable();
    target.sort_unstable();
    let checksum = |sums: &RowSums| {
        let mut hasher = Sha256::new();
        for (key, digest) in sums {
            hasher.update((key.len() as u64).to_be_bytes());
            hasher.update(key);
            hasher.update(digest);
        }
        hasher
            .finalize()
            .iter()
            .take(8)
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    let (source_sum, target_sum) = (checksum(&source), checksum(&target));
    if source.len() == target.len() && source_sum == target_sum {
        return Ok(TableReport {
            table: plan.table.clone(),
            rows: source.len() as u64,
            checksum: source_sum,
        });
    }
    let mismatch = |detail: String| MigrateDbError::Mismatch {
        table: plan.table.clone(),
        detail,
        source_rows: source.len() as u64,
        target_rows: target.len() as u64,
    };
    let (mut s, mut t) = (source.iter().peekable(), target.iter().peekable());
    loop {
        match (s.peek(), t.peek()) {
            (Some((sk, sd)), Some((tk, td))) => match sk.cmp(tk) {
                std::cmp::Ordering::Equal if sd == td => {
                    s.next();
                    t.next();
                }
                std::cmp::Ordering::Equal => {
                    return Err(mismatch(format!(
                        "first difference at {}: the row differs",
                        describe_key(plan, sk)
                    )));
                }
                std::cmp::Ordering::Less => {
                    return Err(mismatch(format!(
                        "first difference at {}: missing in PostgreSQL",
                        describe_key(plan, sk)
                    )));
                }
                std::cmp::Ordering::Greater => {
                    return Err(mismatch(format!(
                        "first difference at {}: in PostgreSQL only",
                        describe_key(plan, tk)
                    )));
                }
            },
            (Some((sk, _)), None) => {
                return Err(mismatch(format!(
                    "first difference at {}: missing in PostgreSQL",
                    describe_key(plan, sk)
                )));
            }
            (None, Some((tk, _))) => {
                return Err(mismatch(format!(
                    "first difference at {}: in PostgreSQL only",
                    describe_key(plan, tk)
                )));
            }
            (None, None) => return Err(mismatch("the checksums differ".into())),
        }
    }
}

/// An identifier quoted for both SQL dialects (names come from the catalogues, not from users).
fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(values: &[Value]) -> String {
        let mut out = Vec::new();
        write_row(values, &mut out);
        String::from_utf8(out).expect("the copy text of these values is UTF-8")
    }

    #[test]
    fn the_copy_text_form_escapes_what_the_format_reads_as_syntax() {
        let values = [
            Value::Int(-7),
            Value::Null,
            Value::Text("a\tb\nc\\d\re 'q' \"dq\" 𝄞".into()),
            Value::Bytes(vec![0, 0x5c, 0xff]),
            Value::Real(12.0),
            Value::Real(0.1),
            Value::Real(f64::NEG_INFINITY),
        ];
        assert_eq!(
            line(&values),
            "-7\t\\N\ta\\tb\\nc\\\\d\\re 'q' \"dq\" 𝄞\t\\\\x005cff\t12\t0.1\t-Infinity"
        );
    }

    #[test]
    fn keys_sort_integers_by_value_and_read_back_for_messages() {
        let plan = Plan {
            table: "body_names".into(),
            columns: vec![("body_id".into(), Kind::Int8), ("name".into(), Kind::Text)],
            source_select: String::new(),
            key: vec![0, 1],
        };
        let a = key_bytes(&[Value::Int(-3), Value::Text("Zürich".into())], &plan.key);
        let b = key_bytes(&[Value::Int(2), Value::Text("A".into())], &plan.key);
        let c = key_bytes(&[Value::Int(10), Value::Text("A".into())], &plan.key);
        assert!(a < b && b < c);
        assert_eq!(describe_key(&plan, &a), "body_id -3, name \"Zürich\"");
    }

    #[test]
    fn source_urls_are_sqlite_files_and_targets_postgres_databases() {
        assert_eq!(
            sqlite_path("sqlite:///var/lib/p.sqlite3?mode=rwc").ok(),
            Some(PathBuf::from("/var/lib/p.sqlite3"))
        );
        assert_eq!(
            sqlite_path("data.sqlite3").ok(),
            Some(PathBuf::from("data.sqlite3"))
        );
        assert!(sqlite_path("postgres://x@h/db").is_err());
        assert!(postgres_options("sqlite://x").is_err());
        assert!(postgres_options("postgres://u@127.0.0.1:5433/p").is_ok());
    }
}
