//! The storage layer: the only module that speaks SQL. It opens (and, where needed, creates and
//! migrates) the database, answers the registry's read queries and imports the seed.

mod accounts;
mod activities;
pub mod audit;
pub mod backup;
pub mod bulk_import;
mod contact_points;
mod council_report;
pub mod exports;
mod funding;
mod inquiries;
mod lifecycle;
pub mod map;
pub mod migrate_db;
mod open;
pub mod people;
mod practices;
pub mod quality;
mod read;
mod records;
mod rows;
mod search;
mod seed_import;
mod sql;
pub mod throttle;
pub mod wikidata;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use sqlx::{Any, AnyConnection, AnyPool, Transaction};

/// The driver the store speaks through: sqlx's `Any`, one code path for every backend.
pub(crate) type Db = Any;

/// The database behind a [`Store`], for the few statements that differ between backends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The key of PostgreSQL's advisory lock that write transactions take ("partnerp" in ASCII).
const WRITER_LOCK: i64 = 0x7061_7274_6e65_7270;

/// A transaction that writes. Every write transaction commits through [`Tx::commit`], which counts
/// the commit for [`Store::commit_count`]. It reads as the connection it runs on (`&mut *tx`).
pub(crate) struct Tx {
    inner: Transaction<'static, Any>,
    commits: Arc<AtomicU64>,
}

impl Tx {
    pub async fn commit(self) -> sqlx::Result<()> {
        let committed = self.inner.commit().await;
        // Counted after the commit, whether it succeeded or not: a page built from data read before
        // the commit is then never kept under the new count.
        self.commits.fetch_add(1, Ordering::AcqRel);
        committed
    }

    pub async fn rollback(self) -> sqlx::Result<()> {
        self.inner.rollback().await
    }
}

impl std::ops::Deref for Tx {
    type Target = AnyConnection;

    fn deref(&self) -> &AnyConnection {
        &self.inner
    }
}

impl std::ops::DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.inner
    }
}

impl Store {
    /// Starts a transaction that will write. SQLite's default (deferred) transaction takes the
    /// write lock only at its first write; if another connection committed since this one's first
    /// read, the upgrade fails at once with "database is locked" instead of waiting. `BEGIN
    /// IMMEDIATE` takes the write lock up front, so concurrent writers queue for the busy timeout
    /// instead of failing.
    ///
    /// PostgreSQL lets writers run side by side, but the store gives new ids as `MAX(id) + 1` and
    /// checks versions and uniqueness by reading first, which is only right with one writer at a
    /// time: every write transaction takes one transaction-scoped advisory lock first, which every
    /// instance on the database shares, so writers queue there as they do on SQLite's write lock.
    pub(crate) async fn begin_write(&self) -> sqlx::Result<Tx> {
        let inner = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => {
                let mut tx = self.pool.begin().await?;
                sqlx::query("SELECT pg_advisory_xact_lock($1)")
                    .bind(WRITER_LOCK)
                    .execute(&mut *tx)
                    .await?;
                tx
            }
        };
        Ok(Tx {
            inner,
            commits: self.commits.clone(),
        })
    }

    /// Counts a write made outside [`Tx`] (one statement on the pool, which commits by itself).
    pub(crate) fn wrote(&self) {
        self.commits.fetch_add(1, Ordering::AcqRel);
    }

    /// Which database this store speaks to.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Refuses what only the SQLite backend can do yet.
    pub(crate) fn require_sqlite(&self, what: &'static str) -> StoreResult<()> {
        match self.backend {
            Backend::Sqlite => Ok(()),
            Backend::Postgres => Err(StoreError::SqliteOnly(what)),
        }
    }
}

pub use accounts::{ApiToken, NewUser, SESSION_IDLE, Session, User};
pub use activities::{
    ActivityFilter, ActivityLine, ActivityPartnership, FundingLink, MAX_PHOTOS, NewPhoto,
    PhotoBytes, PhotoInfo,
};
pub use contact_points::ContactPointLine;
pub use funding::{
    ApplicationLine, BodyChoice, CallImportError, CallImportReport, CallLine, CatalogueEntry,
    Deadline, FundingFigure,
};
pub use open::{ChangeWatch, DatabaseLocation, SCHEMA_VERSION};
pub use practices::PracticeLine;
pub use read::{BodyFilter, Listing, Page, PartnershipFilter};
pub use records::{Stored, VersionSide, WorkbenchPartnership, WriteError, WriteResult};
pub use search::NameCandidate;
pub use seed_import::ImportReport;

/// Everything that can go wrong in the storage layer.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("'{path}' exists but is not an SQLite database; refusing to touch it")]
    NotSqlite { path: String },
    #[error(
        "the database '{path}' has schema version {found}, newer than this program knows ({known}); \
         use a newer partnerportal, or restore a backup made for this version. The file was left untouched."
    )]
    SchemaTooNew {
        path: String,
        found: i64,
        known: i64,
    },
    #[error("'{0}' is not a database this build can use: {1}")]
    UnsupportedUrl(String, String),
    /// The database server did not answer (PostgreSQL not running, wrong host or port, refused login).
    #[error("cannot connect to the database at {location}: {reason}")]
    Unreachable { location: String, reason: String },
    /// What partnerportal does itself only for an SQLite file (backups, restores): PostgreSQL has
    /// its own tools for it.
    #[error(
        "partnerportal makes {0} of an SQLite database only; for PostgreSQL use pg_dump and pg_restore \
         (docs/DEPLOYMENT.md, \"Backups\")"
    )]
    SqliteOnly(&'static str),
    #[error("cannot read '{path}': {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("migrating the database failed")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error")]
    Database(#[from] sqlx::Error),
    /// A backup never replaces a file.
    #[error(
        "'{path}' already exists; a backup never overwrites a file: choose a new name or move it away"
    )]
    BackupTargetExists { path: String },
    /// A backup could not be written or failed its check; nothing was left under the name asked for.
    #[error("no backup was written to '{path}': {reason}")]
    BackupFailed { path: String, reason: String },
    /// A file given to restore cannot be restored; the live database was not changed.
    #[error("'{path}' cannot be restored: {reason}. The live database was not changed.")]
    BackupRefused { path: String, reason: String },
    /// A record the caller named does not exist.
    #[error("no {0} exists")]
    NotFound(String),
    /// The change would clash with what is stored (a login taken, a pair already linked).
    #[error("{0}")]
    Conflict(String),
    /// The record was changed by someone else since the caller read it.
    #[error("{what} was changed by {by} at {at} since you opened it; your change was not saved")]
    StaleVersion {
        what: String,
        by: String,
        at: String,
    },
    /// The actor's role or scope does not allow the change.
    #[error("{0}")]
    Forbidden(String),
    /// The change is not acceptable as it stands (a body still in use, a date out of order).
    #[error("{0}")]
    Rejected(String),
    /// Stored data that violates an invariant the schema cannot express (an unknown vocabulary key
    /// written by hand, a malformed date): reported, never silently skipped.
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

impl StoreError {
    /// Whether PostgreSQL refused a text value for holding U+0000 (SQLite stores it): the caller's
    /// input, to be refused as such rather than reported as a failure of the server.
    pub fn is_nul_in_text(&self) -> bool {
        let StoreError::Database(sqlx::Error::Database(error)) = self else {
            return false;
        };
        // character_not_in_repertoire: "invalid byte sequence for encoding "UTF8": 0x00"
        error.code().as_deref() == Some("22021") && error.message().contains("0x00")
    }
}

/// A handle on the registry database; cheap to clone.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// The SQLite file (empty for other backends).
    path: std::path::PathBuf,
    /// Writes committed through this store ([`Tx::commit`], [`Store::wrote`]), so that what is
    /// derived from the data in memory (the page cache) knows when it may be stale.
    commits: Arc<AtomicU64>,
}

impl Store {
    /// How many write transactions this process has committed (or is committing) so far.
    /// Writes of other processes are not counted: [`open::ChangeWatch`] notices those.
    pub fn commit_count(&self) -> u64 {
        self.commits.load(Ordering::Acquire)
    }

    /// Checks the database answers; returns its schema version.
    pub async fn ping(&self) -> StoreResult<i64> {
        Ok(
            sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations")
                .fetch_one(&self.pool)
                .await?,
        )
    }

    /// Closes every connection. SQLite removes the `-wal` and `-shm` files only when the last
    /// connection closes alone; pooled connections close concurrently and may each leave them to
    /// the other, so one last lone connection checkpoints the WAL into the database and closes.
    pub async fn close(&self) {
        self.pool.close().await;
        if self.backend != Backend::Sqlite {
            return;
        }
        // A pooled connection may still be closing on its worker thread, and then the lone connection
        // is not the last; try again briefly until SQLite has removed the WAL file.
        for _ in 0..50 {
            open::close_last_connection(&self.path).await;
            if !open::wal_file(&self.path).exists() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::clock::Instant;

    #[tokio::test]
    async fn committed_writes_are_counted_and_rolled_back_ones_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let location = DatabaseLocation::SqliteFile(dir.path().join("count.sqlite3"));
        let store = Store::open(&location).await.unwrap();
        let before = store.commit_count();

        let mut tx = store.begin_write().await.unwrap();
        sqlx::query("INSERT INTO sources (key, title) VALUES ($1, $2)")
            .bind("counted")
            .bind("a source")
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        assert_eq!(store.commit_count(), before + 1);

        let mut tx = store.begin_write().await.unwrap();
        sqlx::query("INSERT INTO sources (key, title) VALUES ($1, $2)")
            .bind("rolled-back")
            .bind("a source")
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.rollback().await.unwrap();
        drop(store.begin_write().await.unwrap());
        assert_eq!(store.commit_count(), before + 1);

        store.prune_throttle(Instant::now()).await.unwrap();
        assert_eq!(
            store.commit_count(),
            before + 2,
            "a write on the pool counts too"
        );
        store.close().await;
    }
}
