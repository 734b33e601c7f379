//! Opening the database safely: a file that is not SQLite, or carries a schema newer than this
//! binary, is refused before anything is written to it.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, SqliteConnection};

use super::{Backend, Store, StoreError, StoreResult};

static MIGRATOR: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATOR: Migrator = sqlx::migrate!("migrations/postgres");

/// The newest schema version this binary can work with.
pub const SCHEMA_VERSION: i64 = 14;

/// Where the database lives, parsed from `--database` / `DATABASE_URL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseLocation {
    SqliteFile(PathBuf),
    /// A `postgres://` or `postgresql://` URL, kept whole (it may hold a password).
    Postgres(String),
}

impl DatabaseLocation {
    /// Accepts `sqlite://path`, `sqlite:path`, a plain file path, or a `postgres://` /
    /// `postgresql://` URL.
    pub fn parse(text: &str) -> StoreResult<Self> {
        let text = text.trim();
        if text.is_empty() {
            return Err(StoreError::UnsupportedUrl(
                text.into(),
                "the database location is empty".into(),
            ));
        }
        if let Some(rest) = text.strip_prefix("sqlite:") {
            let path = rest.strip_prefix("//").unwrap_or(rest);
            let path = path.split('?').next().unwrap_or_default();
            if path.is_empty() || path == ":memory:" {
                return Err(StoreError::UnsupportedUrl(
                    text.into(),
                    "give a file path, such as sqlite://partnerportal.sqlite3".into(),
                ));
            }
            return Ok(DatabaseLocation::SqliteFile(PathBuf::from(path)));
        }
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            return Ok(DatabaseLocation::Postgres(text.to_owned()));
        }
        if text.contains("://") {
            let scheme = text.split("://").next().unwrap_or_default();
            return Err(StoreError::UnsupportedUrl(
                text.into(),
                format!(
                    "the scheme '{scheme}' is not supported; use an SQLite file (sqlite://FILE) or PostgreSQL (postgres://…)"
                ),
            ));
        }
        Ok(DatabaseLocation::SqliteFile(PathBuf::from(text)))
    }
}

impl std::fmt::Display for DatabaseLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DatabaseLocation::SqliteFile(path) => write!(f, "sqlite://{}", path.display()),
            DatabaseLocation::Postgres(url) => f.write_str(&without_password(url)),
        }
    }
}

impl Store {
    /// Opens the database, creating the file if it does not exist and applying pending migrations.
    pub async fn open(location: &DatabaseLocation) -> StoreResult<Store> {
        match location {
            DatabaseLocation::SqliteFile(path) => Store::open_sqlite(path).await,
            DatabaseLocation::Postgres(url) => Store::open_postgres(url, location).await,
        }
    }

    /// PostgreSQL: the schema version is checked before anything is written, then the migrations of
    /// `migrations/postgres` run (sqlx holds an advisory lock while it migrates, so instances
    /// starting together migrate once).
    async fn open_postgres(url: &str, location: &DatabaseLocation) -> StoreResult<Store> {
        sqlx::any::install_default_drivers();
        let options = AnyConnectOptions::from_str(url).map_err(|e| {
            StoreError::UnsupportedUrl(location.to_string(), format!("not a valid URL: {e}"))
        })?;
        // One connection first, for the version check: the pool would retry a server that does not
        // answer until its timeout and then say only that it timed out.
        let mut probe = sqlx::AnyConnection::connect_with(&options)
            .await
            .map_err(|e| StoreError::Unreachable {
                location: location.to_string(),
                reason: e.to_string(),
            })?;
        let found = newest_postgres_migration(&mut probe).await;
        probe.close().await?;
        if let Some(found) = found?.filter(|found| *found > SCHEMA_VERSION) {
            return Err(StoreError::SchemaTooNew {
                path: location.to_string(),
                found,
                known: SCHEMA_VERSION,
            });
        }
        let pool = AnyPoolOptions::new()
            .max_connections(POSTGRES_CONNECTIONS)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await?;
        Store {
            pool,
            backend: Backend::Postgres,
            path: PathBuf::new(),
            commits: Arc::new(AtomicU64::new(0)),
        }
        .migrated(&POSTGRES_MIGRATOR)
        .await
    }

    /// Runs the migrations and fills the search index where it is empty; on failure closes every
    /// connection before handing the error on.
    async fn migrated(self, migrator: &'static Migrator) -> StoreResult<Store> {
        let ready = match migrator.run(&self.pool).await {
            Ok(()) => self.ensure_search_index().await,
            Err(e) => Err(e.into()),
        };
        match ready {
            Ok(()) => Ok(self),
            Err(e) => {
                self.close().await;
                Err(e)
            }
        }
    }

    /// SQLite only: the file is checked before it is opened, and every connection is set up for
    /// durability (WAL, synchronous FULL) and for concurrent writers (a busy timeout).
    async fn open_sqlite(path: &Path) -> StoreResult<Store> {
        refuse_foreign_file(path)?;
        refuse_newer_schema(path).await?;
        sqlx::any::install_default_drivers();
        // The `Any` driver is configured by URL, which carries the file name and the open mode; the
        // rest is set on every new connection.
        let url = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .to_url_lossy();
        let options = AnyConnectOptions::from_url(&url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(8)
            .after_connect(|conn, _| {
                Box::pin(async move {
                    for setting in SQLITE_CONNECTION_SETTINGS {
                        sqlx::query(setting)
                            .persistent(false)
                            .execute(&mut *conn)
                            .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        Store {
            pool,
            backend: Backend::Sqlite,
            path: path.to_owned(),
            commits: Arc::new(AtomicU64::new(0)),
        }
        .migrated(&MIGRATOR)
        .await
    }
}

/// Set on every SQLite connection of the pool: the busy timeout first, so that switching to WAL
/// waits for a writer instead of failing.
const SQLITE_CONNECTION_SETTINGS: [&str; 4] = [
    "PRAGMA busy_timeout = 5000",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
];

/// Connections of one instance to PostgreSQL: several instances share the server's
/// `max_connections` (100 by default), so each takes few.
const POSTGRES_CONNECTIONS: u32 = 10;

/// The URL without the password of its user, for messages and logs.
fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => {
            let user = rest[..at].split(':').next().unwrap_or_default();
            format!("{scheme}://{user}@{}", &rest[at + 1..])
        }
        None => url.to_owned(),
    }
}

/// Notices commits by any other connection to the database: another process (a command-line
/// import, the `sqlite3` shell, a second instance) or this process's pool.
/// - SQLite: one connection of its own, asked `PRAGMA data_version`, whose value changes exactly
///   when someone else committed.
/// - PostgreSQL: the sum of the `data_version` counters, which every write transaction bumps at its
///   commit (migrations/postgres/0001_registry.sql).
pub struct ChangeWatch {
    source: WatchSource,
    last: Option<i64>,
}

enum WatchSource {
    Sqlite {
        path: PathBuf,
        conn: Option<SqliteConnection>,
    },
    Postgres(sqlx::AnyPool),
}

impl ChangeWatch {
    /// Whether anything was committed since the last call (`true` on the first call, and whenever
    /// the database cannot be asked).
    pub async fn changed(&mut self) -> bool {
        let version = match self.data_version().await {
            Ok(version) => version,
            Err(e) => {
                tracing::warn!(error = %e, "cannot ask the database for changes");
                if let WatchSource::Sqlite { conn, .. } = &mut self.source {
                    *conn = None;
                }
                self.last = None;
                return true;
            }
        };
        self.last.replace(version) != Some(version)
    }

    async fn data_version(&mut self) -> StoreResult<i64> {
        match &mut self.source {
            WatchSource::Sqlite { path, conn } => {
                if conn.is_none() {
                    let options = SqliteConnectOptions::new()
                        .filename(&*path)
                        .create_if_missing(false)
                        .read_only(true);
                    *conn = Some(SqliteConnection::connect_with(&options).await?);
                }
                let conn = conn.as_mut().expect("connected above");
                Ok(sqlx::query_scalar("PRAGMA data_version")
                    .fetch_one(conn)
                    .await?)
            }
            WatchSource::Postgres(pool) => Ok(sqlx::query_scalar(
                "SELECT CAST(SUM(version) AS BIGINT) FROM data_version",
            )
            .fetch_one(&*pool)
            .await?),
        }
    }
}

impl Store {
    /// A watch for commits made outside this store's own count ([`Store::commit_count`]).
    pub fn change_watch(&self) -> ChangeWatch {
        let source = match self.backend {
            Backend::Sqlite => WatchSource::Sqlite {
                path: self.path.clone(),
                conn: None,
            },
            Backend::Postgres => WatchSource::Postgres(self.pool.clone()),
        };
        ChangeWatch { source, last: None }
    }
}

pub(super) fn wal_file(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

pub(super) async fn close_last_connection(path: &Path) {
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(false);
    if let Ok(mut conn) = SqliteConnection::connect_with(&options).await {
        // Moves everything into the database file, so the file alone is complete even where a pooled
        // connection still closing keeps SQLite from deleting the (then empty) WAL file.
        let _ = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .fetch_optional(&mut conn)
            .await;
        let _ = conn.close().await;
    }
}

/// Reads the schema version of an existing database over one plain connection that changes nothing
/// (no journal mode, no migrations) and is closed before the verdict, so a refused file is left
/// exactly as it was, without journal files beside it.
async fn refuse_newer_schema(path: &Path) -> StoreResult<()> {
    if !path.exists() {
        return Ok(());
    }
    let options = SqliteConnectOptions::from_str("sqlite:")?
        .filename(path)
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(5));
    let mut conn = SqliteConnection::connect_with(&options).await?;
    let found = newest_applied_migration(&mut conn).await;
    conn.close().await?;
    match found? {
        Some(found) if found > SCHEMA_VERSION => Err(StoreError::SchemaTooNew {
            path: path.display().to_string(),
            found,
            known: SCHEMA_VERSION,
        }),
        _ => Ok(()),
    }
}

async fn newest_applied_migration(conn: &mut SqliteConnection) -> StoreResult<Option<i64>> {
    let has_history: Option<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
    )
    .fetch_optional(&mut *conn)
    .await?;
    if has_history.is_none() {
        return Ok(None);
    }
    Ok(
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations")
            .fetch_one(&mut *conn)
            .await?,
    )
}

/// The newest migration applied to a PostgreSQL database, `None` for a new one. The catalogue is
/// asked first, so that a new database leaves no error in the server's log.
async fn newest_postgres_migration(conn: &mut sqlx::AnyConnection) -> StoreResult<Option<i64>> {
    let has_history: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM pg_tables
         WHERE schemaname = current_schema() AND tablename = '_sqlx_migrations'",
    )
    .fetch_one(&mut *conn)
    .await?;
    if has_history == 0 {
        return Ok(None);
    }
    Ok(
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations")
            .fetch_one(&mut *conn)
            .await?,
    )
}

/// SQLite would happily "open" any file and fail later, possibly after writing a journal beside it.
/// Check the header first so a mistyped path to a spreadsheet or backup archive is never touched.
fn refuse_foreign_file(path: &Path) -> StoreResult<()> {
    const HEADER: &[u8; 16] = b"SQLite format 3\0";
    let io_error = |source| StoreError::Io {
        path: path.display().to_string(),
        source,
    };
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io_error(e)),
    };
    let mut header = Vec::with_capacity(16);
    file.by_ref()
        .take(16)
        .read_to_end(&mut header)
        .map_err(io_error)?;
    if header.is_empty() || header.as_slice() == HEADER {
        Ok(())
    } else {
        Err(StoreError::NotSqlite {
            path: path.display().to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_and_schema_version_agree() {
        let newest = MIGRATOR.iter().map(|m| m.version).max().unwrap();
        assert_eq!(newest, SCHEMA_VERSION);
    }

    #[test]
    fn database_locations_accept_urls_and_paths() {
        let file = |p: &str| DatabaseLocation::SqliteFile(PathBuf::from(p));
        assert_eq!(
            DatabaseLocation::parse("sqlite://a.db").unwrap(),
            file("a.db")
        );
        assert_eq!(
            DatabaseLocation::parse("sqlite:a.db?mode=rwc").unwrap(),
            file("a.db")
        );
        assert_eq!(
            DatabaseLocation::parse("sqlite:///tmp/a.db").unwrap(),
            file("/tmp/a.db")
        );
        assert_eq!(
            DatabaseLocation::parse("data/a.db").unwrap(),
            file("data/a.db")
        );
        for bad in ["", "  ", "sqlite:", "sqlite::memory:", "mysql://x/y"] {
            assert!(
                DatabaseLocation::parse(bad).is_err(),
                "{bad:?} was accepted"
            );
        }
    }

    #[test]
    fn postgres_urls_are_recognised_and_shown_without_their_password() {
        let url = "postgres://pp:s3cret@db.example:5432/partnerportal?sslmode=require";
        let location = DatabaseLocation::parse(url).unwrap();
        assert_eq!(location, DatabaseLocation::Postgres(url.into()));
        assert_eq!(
            location.to_string(),
            "postgres://pp@db.example:5432/partnerportal?sslmode=require"
        );
        assert_eq!(
            DatabaseLocation::parse("postgresql://localhost/pp")
                .unwrap()
                .to_string(),
            "postgresql://localhost/pp"
        );
        assert_eq!(
            without_password("postgres://a:b@c@h/db"),
            "postgres://a@h/db",
            "the last @ ends the user information"
        );
    }

    #[tokio::test]
    async fn an_unreachable_postgres_server_is_reported_without_the_password() {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        let location = DatabaseLocation::parse("postgres://u:pw@127.0.0.1:1/pp").unwrap();
        let Err(error) = Store::open(&location).await else {
            panic!("a PostgreSQL URL without a server was opened");
        };
        let message = error.to_string();
        assert!(
            message.starts_with("cannot connect to the database at postgres://u@127.0.0.1:1/pp"),
            "{message}"
        );
        assert!(!message.contains("pw"), "{message}");
    }
}
