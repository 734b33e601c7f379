//! Backups and restores. A backup is a consistent copy taken while the server runs (`VACUUM INTO`
//! reads one snapshot), checked before it gets its name, so a failed backup never leaves a half file
//! under the name asked for. A restore checks the backup without touching it, brings a copy of an
//! older backup up to this schema, and replaces the live data in one write transaction, so a running
//! server sees either the old or the new data, never a mix.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{Any, AnyConnection, Connection, SqliteConnection, Transaction};

use super::open::wal_file;
use super::{DatabaseLocation, SCHEMA_VERSION, Store, StoreError, StoreResult};

/// The tables whose row counts a backup and a restore report, where the schema has them.
const REPORTED_TABLES: [&str; 7] = [
    "bodies",
    "partnerships",
    "milestones",
    "facts",
    "users",
    "audit_log",
    "inquiries",
];

/// The one virtual table of the schema: the search index, derived from the names, rebuilt after a
/// restore instead of copied (its FTS5 shadow tables are internal to it).
const SEARCH_INDEX: &str = "search_names";

/// The number of rows of the reported tables, in the order of `REPORTED_TABLES`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableCounts(pub Vec<(String, i64)>);

impl TableCounts {
    /// The rows of `table`; `None` when the schema has no such table.
    pub fn get(&self, table: &str) -> Option<i64> {
        self.0.iter().find(|(t, _)| t == table).map(|(_, n)| *n)
    }
}

impl fmt::Display for TableCounts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (table, rows)) in self.0.iter().enumerate() {
            let separator = if i == 0 { "" } else { ", " };
            write!(f, "{separator}{table} {rows}")?;
        }
        Ok(())
    }
}

/// A backup written and checked.
#[derive(Debug, Clone)]
pub struct BackupReport {
    pub path: PathBuf,
    pub bytes: u64,
    pub schema_version: i64,
    pub counts: TableCounts,
}

impl fmt::Display for BackupReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "backup written to '{}' ({} bytes, schema version {}, integrity check ok)\nrows: {}",
            self.path.display(),
            self.bytes,
            self.schema_version,
            self.counts
        )
    }
}

/// What a restore put in place.
#[derive(Debug, Clone)]
pub struct RestoreReport {
    pub source: PathBuf,
    /// The schema version of the backup when it was older than this program's and was migrated.
    pub migrated_from: Option<i64>,
    pub counts: TableCounts,
}

impl fmt::Display for RestoreReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "restored '{}'", self.source.display())?;
        if let Some(version) = self.migrated_from {
            write!(
                f,
                " (migrated from schema version {version} to {SCHEMA_VERSION})"
            )?;
        }
        write!(f, "\nrows: {}", self.counts)
    }
}

/// Backs up the database at `location` to `target` over one plain connection: no migration and no
/// change of journal mode, so the database can be backed up as it is, also before a newer
/// partnerportal migrates it, and also while a server uses it.
pub async fn backup_database(
    location: &DatabaseLocation,
    target: &Path,
) -> StoreResult<BackupReport> {
    let DatabaseLocation::SqliteFile(source) = location else {
        return Err(StoreError::SqliteOnly("backups"));
    };
    let failed = |reason: String| StoreError::BackupFailed {
        path: target.display().to_string(),
        reason,
    };
    refuse_existing_target(target)?;
    match read_header(source)? {
        Header::Sqlite => {}
        Header::Missing => {
            return Err(failed(format!(
                "there is no database at '{}'",
                source.display()
            )));
        }
        Header::Other => {
            return Err(failed(format!(
                "'{}' is not an SQLite database",
                source.display()
            )));
        }
    }
    backup_file(source, target).await
}

/// `VACUUM INTO` over a connection of its own to the SQLite file `source`.
async fn backup_file(source: &Path, target: &Path) -> StoreResult<BackupReport> {
    let options = SqliteConnectOptions::from_str("sqlite:")?
        .filename(source)
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(5));
    let mut conn = SqliteConnection::connect_with(&options).await?;
    let report = write_backup(&mut conn, target).await;
    let closed = conn.close().await;
    let report = report?;
    closed?;
    Ok(report)
}

impl Store {
    /// Writes a consistent copy of the database to `target`, which must not exist yet; safe while
    /// other connections read and write.
    pub async fn backup_to(&self, target: &Path) -> StoreResult<BackupReport> {
        self.require_sqlite("backups")?;
        backup_file(&self.path, target).await
    }

    /// A backup of the current data next to the database, named
    /// `<database>.before-restore-<UTC time>.sqlite3`, so a wrong restore can be undone.
    pub async fn backup_before_restore(&self) -> StoreResult<BackupReport> {
        let stamp = utc_stamp(SystemTime::now());
        let name = |n: u32| {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            sibling(
                &self.path,
                &format!("before-restore-{stamp}{suffix}.sqlite3"),
            )
        };
        let target = (1..)
            .map(name)
            .find(|path| !path.exists())
            .expect("some numbered name is free");
        self.backup_to(&target).await
    }

    /// Replaces every table's rows with those of the prepared backup in one write transaction, then
    /// rebuilds the search index from the restored names. On any failure nothing changes.
    pub async fn restore_from(&self, backup: &PreparedBackup) -> StoreResult<RestoreReport> {
        self.require_sqlite("restores")?;
        let copy = path_text(backup.copy.path())?;
        let mut conn = self.pool.acquire().await?;
        sqlx::query("ATTACH DATABASE $1 AS backup")
            .bind(copy)
            .execute(&mut *conn)
            .await?;
        let replaced = replace_all_rows(&mut conn, &backup.checked.source).await;
        self.wrote();
        let detached = sqlx::query("DETACH DATABASE backup")
            .execute(&mut *conn)
            .await;
        if replaced.is_err() || detached.is_err() {
            // Never hand a connection with the backup still attached back to the pool.
            conn.close_on_drop();
        }
        let counts = replaced?;
        detached?;
        let found = backup.checked.schema_version;
        Ok(RestoreReport {
            source: backup.checked.source.clone(),
            migrated_from: (found < SCHEMA_VERSION).then_some(found),
            counts,
        })
    }
}

/// A backup file that passed the checks: an SQLite database whose integrity check passes, with
/// partnerportal's migration history, of a schema no newer than this program's. Checking opens the
/// file read-only as immutable, so it is never changed and no files appear beside it.
#[derive(Debug, Clone)]
pub struct CheckedBackup {
    pub source: PathBuf,
    pub schema_version: i64,
    pub counts: TableCounts,
}

impl CheckedBackup {
    pub async fn check(backup: &Path) -> StoreResult<CheckedBackup> {
        let refused = |reason: String| StoreError::BackupRefused {
            path: backup.display().to_string(),
            reason,
        };
        match read_header(backup)? {
            Header::Sqlite => {}
            Header::Missing => return Err(refused("there is no such file".into())),
            Header::Other => return Err(refused("it is not an SQLite database".into())),
        }
        if wal_file(backup).exists() {
            return Err(refused(format!(
                "a write-ahead log '{}' lies beside it, so the file alone may miss recent changes \
                 (is a program using it?); make backups with `partnerportal backup`",
                wal_file(backup).display()
            )));
        }
        let options = SqliteConnectOptions::new()
            .filename(backup)
            .read_only(true)
            .immutable(true)
            .create_if_missing(false);
        let inspection = inspect(&options).await.map_err(refused)?;
        if inspection.schema_version > SCHEMA_VERSION {
            return Err(refused(format!(
                "it has schema version {}, newer than this program knows ({SCHEMA_VERSION}); \
                 restore it with a newer partnerportal",
                inspection.schema_version
            )));
        }
        Ok(CheckedBackup {
            source: backup.to_owned(),
            schema_version: inspection.schema_version,
            counts: inspection.counts,
        })
    }

    /// Copies the backup next to the live database and brings the copy up to this schema (the backup
    /// itself is never written to); the copy is deleted when the result is dropped.
    pub async fn prepare(self, live: &DatabaseLocation) -> StoreResult<PreparedBackup> {
        let DatabaseLocation::SqliteFile(live_path) = live else {
            return Err(StoreError::SqliteOnly("restores"));
        };
        let refused = |reason: String| StoreError::BackupRefused {
            path: self.source.display().to_string(),
            reason,
        };
        let copy = Scratch::beside(live_path, "restoring");
        std::fs::copy(&self.source, copy.path()).map_err(|source| StoreError::Io {
            path: self.source.display().to_string(),
            source,
        })?;
        let location = DatabaseLocation::SqliteFile(copy.path().to_owned());
        match Store::open(&location).await {
            Ok(store) => store.close().await,
            Err(e) => {
                return Err(refused(format!(
                    "bringing a copy of it up to schema version {SCHEMA_VERSION} failed: {}",
                    error_chain(&e)
                )));
            }
        }
        // The copy is what will be restored: check it as it now is.
        let options = SqliteConnectOptions::new()
            .filename(copy.path())
            .read_only(true)
            .create_if_missing(false);
        inspect(&options).await.map_err(refused)?;
        Ok(PreparedBackup {
            checked: self,
            copy,
        })
    }
}

/// A checked backup's copy, migrated to this schema, ready to be restored.
#[derive(Debug)]
pub struct PreparedBackup {
    pub checked: CheckedBackup,
    copy: Scratch,
}

/// What a read of a database file found.
struct Inspection {
    schema_version: i64,
    counts: TableCounts,
}

/// Runs SQLite's integrity check and reads the schema version and the row counts. The reason a file
/// is unusable is returned as text for the error that names the file.
async fn inspect(options: &SqliteConnectOptions) -> Result<Inspection, String> {
    let mut conn = SqliteConnection::connect_with(options)
        .await
        .map_err(|e| format!("SQLite cannot open it: {e}"))?;
    let inspection = inspect_connection(&mut conn).await;
    let _ = conn.close().await;
    inspection
}

async fn inspect_connection(conn: &mut SqliteConnection) -> Result<Inspection, String> {
    let problems: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut *conn)
        .await
        .map_err(|e| format!("it is damaged: {e}"))?;
    if problems != ["ok"] {
        let shown: Vec<&str> = problems.iter().take(3).map(String::as_str).collect();
        return Err(format!(
            "it is damaged: SQLite's integrity check found {} problem(s): {}",
            problems.len(),
            shown.join("; ")
        ));
    }
    let read = |e: sqlx::Error| format!("reading it failed: {e}");
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'")
            .fetch_all(&mut *conn)
            .await
            .map_err(read)?;
    if !tables.iter().any(|t| t == "_sqlx_migrations") {
        return Err(
            "it has no migration history (_sqlx_migrations), so it is no partnerportal database"
                .into(),
        );
    }
    let schema_version: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations")
            .fetch_one(&mut *conn)
            .await
            .map_err(read)?;
    let Some(schema_version) = schema_version else {
        return Err("its migration history is empty, so it holds no registry".into());
    };
    let mut counts = Vec::new();
    for table in REPORTED_TABLES {
        if tables.iter().any(|t| t == table) {
            let rows: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {}", quoted(table)))
                .fetch_one(&mut *conn)
                .await
                .map_err(read)?;
            counts.push((table.to_owned(), rows));
        }
    }
    Ok(Inspection {
        schema_version,
        counts: TableCounts(counts),
    })
}

/// `VACUUM INTO` a scratch file beside `target`, check the copy, then give it the name `target`.
async fn write_backup(conn: &mut SqliteConnection, target: &Path) -> StoreResult<BackupReport> {
    let failed = |reason: String| StoreError::BackupFailed {
        path: target.display().to_string(),
        reason,
    };
    refuse_existing_target(target)?;
    let partial = Scratch::beside(target, "partial");
    sqlx::query("VACUUM INTO $1")
        .bind(path_text(partial.path())?)
        .execute(&mut *conn)
        .await
        .map_err(|e| failed(e.to_string()))?;
    // VACUUM INTO does not sync the file it writes; a backup must survive a power cut.
    sync(partial.path()).map_err(|e| failed(format!("syncing the copy failed: {e}")))?;
    let options = SqliteConnectOptions::new()
        .filename(partial.path())
        .read_only(true)
        .create_if_missing(false);
    let inspection = inspect(&options)
        .await
        .map_err(|reason| failed(format!("the copy failed its check: {reason}")))?;
    let bytes = std::fs::metadata(partial.path())
        .map_err(|e| failed(e.to_string()))?
        .len();
    partial.persist_as(target)?;
    Ok(BackupReport {
        path: target.to_owned(),
        bytes,
        schema_version: inspection.schema_version,
        counts: inspection.counts,
    })
}

/// The restore's one write transaction. Every table is emptied first and filled after: emptying
/// cascades (`ON DELETE CASCADE`, `SET NULL`) and would undo rows already copied if the two were
/// interleaved. Foreign keys are checked once, at the end, when every table is complete.
async fn replace_all_rows(conn: &mut AnyConnection, source: &Path) -> StoreResult<TableCounts> {
    // IMMEDIATE takes the write lock at once: no other writer can slip in between the statements.
    let mut tx = conn.begin_with("BEGIN IMMEDIATE").await?;
    match copy_tables(&mut tx, source).await {
        Ok(counts) => {
            tx.commit().await?;
            Ok(counts)
        }
        Err(e) => {
            let _ = tx.rollback().await;
            Err(e)
        }
    }
}

async fn copy_tables(tx: &mut Transaction<'_, Any>, source: &Path) -> StoreResult<TableCounts> {
    let refused = |reason: String| StoreError::BackupRefused {
        path: source.display().to_string(),
        reason,
    };
    sqlx::query("PRAGMA defer_foreign_keys = ON")
        .execute(&mut **tx)
        .await?;
    // Every table of the live schema but SQLite's own, the migration history (the live database
    // keeps its own) and the search index's FTS5 shadow tables ('shadow').
    let tables: Vec<(String, String)> = sqlx::query_as(
        "SELECT name, type FROM pragma_table_list
         WHERE schema = 'main' AND type IN ('table', 'virtual')
           AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> '_sqlx_migrations'
         ORDER BY name",
    )
    .fetch_all(&mut **tx)
    .await?;
    let mut copies = Vec::new();
    for (table, kind) in &tables {
        if kind == "virtual" {
            if table != SEARCH_INDEX {
                return Err(StoreError::Corrupt(format!(
                    "the virtual table '{table}' is unknown to restore, which cannot rebuild it"
                )));
            }
            continue;
        }
        let live = columns(tx, "main", table).await?;
        let mut backup = columns(tx, "backup", table).await?;
        if backup.is_empty() {
            return Err(refused(format!("it has no table '{table}'")));
        }
        let mut expected = live.clone();
        expected.sort();
        backup.sort();
        if backup != expected {
            return Err(refused(format!(
                "the columns of its table '{table}' ({}) differ from the live database's ({})",
                backup.join(", "),
                expected.join(", ")
            )));
        }
        // Columns by name, in the live order: a different column order cannot scramble values.
        let list = live
            .iter()
            .map(|c| quoted(c))
            .collect::<Vec<_>>()
            .join(", ");
        copies.push((quoted(table), list));
    }
    for (table, _) in &copies {
        sqlx::query(&format!("DELETE FROM main.{table}"))
            .execute(&mut **tx)
            .await?;
    }
    for (table, list) in &copies {
        sqlx::query(&format!(
            "INSERT INTO main.{table} ({list}) SELECT {list} FROM backup.{table}"
        ))
        .execute(&mut **tx)
        .await?;
    }
    // Unqualified names resolve to `main` first: the index is rebuilt from the restored names.
    Store::rebuild_search_index(tx).await?;
    let dangling: Vec<(String, Option<i64>, String, i64)> =
        sqlx::query_as("PRAGMA main.foreign_key_check")
            .fetch_all(&mut **tx)
            .await?;
    if let Some((table, rowid, parent, _)) = dangling.first() {
        let row = rowid.map_or_else(|| "a row".to_owned(), |id| format!("row {id}"));
        return Err(refused(format!(
            "{} row(s) refer to rows that do not exist (first: {row} of '{table}' refers to a missing '{parent}')",
            dangling.len()
        )));
    }
    let mut counts = Vec::new();
    for table in REPORTED_TABLES {
        if tables.iter().any(|(t, _)| t == table) {
            let rows: i64 =
                sqlx::query_scalar(&format!("SELECT COUNT(*) FROM main.{}", quoted(table)))
                    .fetch_one(&mut **tx)
                    .await?;
            counts.push((table.to_owned(), rows));
        }
    }
    Ok(TableCounts(counts))
}

/// The columns of `schema.table` in their order; empty when there is no such table.
async fn columns(
    tx: &mut Transaction<'_, Any>,
    schema: &str,
    table: &str,
) -> StoreResult<Vec<String>> {
    Ok(
        sqlx::query_scalar("SELECT name FROM pragma_table_info($1, $2) ORDER BY cid")
            .bind(table)
            .bind(schema)
            .fetch_all(&mut **tx)
            .await?,
    )
}

/// An identifier quoted for SQL.
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn refuse_existing_target(target: &Path) -> StoreResult<()> {
    // `symlink_metadata`: a dangling link is an existing name too.
    if target.symlink_metadata().is_ok() {
        return Err(StoreError::BackupTargetExists {
            path: target.display().to_string(),
        });
    }
    Ok(())
}

enum Header {
    Sqlite,
    Missing,
    Other,
}

/// Reads the 16-byte header, so a file that is no SQLite database is never opened by SQLite.
fn read_header(path: &Path) -> StoreResult<Header> {
    const HEADER: &[u8; 16] = b"SQLite format 3\0";
    let io_error = |source| StoreError::Io {
        path: path.display().to_string(),
        source,
    };
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Header::Missing),
        Err(e) => return Err(io_error(e)),
    };
    if file.metadata().map_err(io_error)?.is_dir() {
        return Ok(Header::Other);
    }
    let mut header = Vec::with_capacity(16);
    file.by_ref()
        .take(16)
        .read_to_end(&mut header)
        .map_err(io_error)?;
    Ok(if header.as_slice() == HEADER {
        Header::Sqlite
    } else {
        Header::Other
    })
}

fn path_text(path: &Path) -> StoreResult<&str> {
    path.to_str().ok_or_else(|| StoreError::Io {
        path: path.display().to_string(),
        source: std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "SQLite needs a path that is valid UTF-8",
        ),
    })
}

/// `<file name>.<suffix>` in the same directory.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".");
    name.push(suffix);
    path.with_file_name(name)
}

fn sync(path: &Path) -> std::io::Result<()> {
    std::fs::File::open(path)?.sync_all()
}

/// A work file beside another file (same directory, so same file system), deleted with the side
/// files SQLite may have made for it when dropped, unless it was given its final name.
#[derive(Debug)]
struct Scratch {
    path: PathBuf,
}

impl Scratch {
    fn beside(path: &Path, purpose: &str) -> Scratch {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .subsec_nanos();
        Scratch {
            path: sibling(path, &format!("{purpose}-{}-{nanos}", std::process::id())),
        }
    }

    fn path(&self) -> &Path {
        &self.path
    }

    /// Gives the file the name `target`, never replacing a file that appeared there meanwhile: a
    /// hard link fails when the name exists, where a rename would silently replace it.
    fn persist_as(self, target: &Path) -> StoreResult<()> {
        let io_error = |source| StoreError::Io {
            path: target.display().to_string(),
            source,
        };
        match std::fs::hard_link(&self.path, target) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(StoreError::BackupTargetExists {
                    path: target.display().to_string(),
                });
            }
            // File systems without hard links: rename, after checking the name is still free.
            Err(_) => {
                refuse_existing_target(target)?;
                std::fs::rename(&self.path, target).map_err(io_error)?;
            }
        }
        // The new name must survive a power cut as well as the content.
        if let Some(dir) = target.parent() {
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            if let Ok(dir) = std::fs::File::open(dir) {
                let _ = dir.sync_all();
            }
        }
        Ok(())
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut name = self.path.as_os_str().to_owned();
            name.push(suffix);
            let _ = std::fs::remove_file(PathBuf::from(name));
        }
    }
}

/// An error with its causes, for a message that names what failed.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// `YYYYMMDDTHHMMSSZ`: sortable, and valid in a file name on every system.
fn utc_stamp(time: SystemTime) -> String {
    let seconds = time
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    let (year, month, day) = civil_from_days(days as i64);
    format!(
        "{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// The proleptic Gregorian date of a day counted from 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_stamps_are_calendar_dates_and_times() {
        let at = |seconds| utc_stamp(UNIX_EPOCH + Duration::from_secs(seconds));
        assert_eq!(at(0), "19700101T000000Z");
        assert_eq!(at(951_782_400), "20000229T000000Z");
        assert_eq!(at(1_700_000_000), "20231114T221320Z");
        assert_eq!(at(4_107_542_399), "21000228T235959Z");
    }

    #[test]
    fn safety_copies_are_named_after_the_database() {
        assert_eq!(
            sibling(
                Path::new("/srv/pp/registry.sqlite3"),
                "before-restore-20250101T000000Z.sqlite3"
            ),
            Path::new("/srv/pp/registry.sqlite3.before-restore-20250101T000000Z.sqlite3")
        );
        assert_eq!(
            sibling(Path::new("db"), "partial-1-2"),
            Path::new("db.partial-1-2")
        );
    }

    #[test]
    fn identifiers_are_quoted() {
        assert_eq!(quoted("bodies"), "\"bodies\"");
        assert_eq!(quoted("a\"b"), "\"a\"\"b\"");
    }
}
