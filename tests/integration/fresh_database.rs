//! An empty database of the backend the suite runs on, for tests that start from nothing rather
//! than from [`crate::common::spawn_app`]'s seeded one: the command line's `import-seed`, a server
//! process started on a new database.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use partnerportal::store::{DatabaseLocation, Store};
use sqlx::{AnyConnection, Connection};

use crate::common::{PostgresDb, database_arg, on_postgres};

/// An empty database: a file `name` (not created yet) in a temporary directory on SQLite, a database
/// of its own on the PostgreSQL test server when the suite runs there. The directory exists on both
/// backends, for the other files a test writes. Dropping it deletes both.
pub struct FreshDatabase {
    pub location: DatabaseLocation,
    dir: tempfile::TempDir,
    _postgres: Option<PostgresDb>,
}

impl FreshDatabase {
    pub async fn new(name: &str) -> FreshDatabase {
        let dir = tempfile::tempdir().expect("a temporary directory");
        if on_postgres() {
            let postgres = PostgresDb::create()
                .await
                .expect("PARTNERPORTAL_TEST_BACKEND=postgres needs PARTNERPORTAL_TEST_POSTGRES");
            FreshDatabase {
                location: DatabaseLocation::Postgres(postgres.url.clone()),
                dir,
                _postgres: Some(postgres),
            }
        } else {
            FreshDatabase {
                location: DatabaseLocation::SqliteFile(dir.path().join(name)),
                dir,
                _postgres: None,
            }
        }
    }

    /// [`FreshDatabase::new`] for a test without a runtime of its own.
    pub fn new_blocking(name: &str) -> FreshDatabase {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime")
            .block_on(FreshDatabase::new(name))
    }

    /// The temporary directory.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The SQLite file; `None` on PostgreSQL.
    pub fn file(&self) -> Option<&PathBuf> {
        match &self.location {
            DatabaseLocation::SqliteFile(path) => Some(path),
            DatabaseLocation::Postgres(_) => None,
        }
    }

    /// What `--database` takes: `sqlite://FILE`, or the PostgreSQL URL.
    pub fn arg(&self) -> String {
        database_arg(&self.location)
    }

    /// Whether nothing has been made in the database yet: no SQLite file, or no table in the
    /// PostgreSQL database.
    pub async fn is_untouched(&self) -> bool {
        match &self.location {
            DatabaseLocation::SqliteFile(path) => !path.exists(),
            DatabaseLocation::Postgres(_) => {
                let mut conn = self.db().await;
                let tables: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM information_schema.tables \
                     WHERE table_schema = current_schema()",
                )
                .fetch_one(&mut conn)
                .await
                .expect("the catalogue answers");
                conn.close().await.ok();
                tables == 0
            }
        }
    }

    /// [`FreshDatabase::is_untouched`] for a test without a runtime of its own.
    pub fn is_untouched_blocking(&self) -> bool {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime")
            .block_on(self.is_untouched())
    }

    /// The number of rows of every table (SQLite's internal tables left out).
    pub async fn row_counts(&self) -> BTreeMap<String, i64> {
        let catalogue = if on_postgres() {
            "SELECT CAST(table_name AS TEXT) FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1"
        } else {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             ORDER BY name"
        };
        let mut conn = self.db().await;
        let tables: Vec<String> = sqlx::query_scalar(catalogue)
            .fetch_all(&mut conn)
            .await
            .unwrap();
        let mut counts = BTreeMap::new();
        for table in tables {
            let count: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM \"{table}\""))
                .fetch_one(&mut conn)
                .await
                .unwrap();
            counts.insert(table, count);
        }
        conn.close().await.unwrap();
        counts
    }

    /// The database opened as the server opens it (migrated when new).
    pub async fn open(&self) -> Store {
        Store::open(&self.location)
            .await
            .expect("the test database opens")
    }

    /// A connection of the test's own, for what no interface shows; statements number their values
    /// (`$1`, `$2`), which both backends read.
    pub async fn db(&self) -> AnyConnection {
        sqlx::any::install_default_drivers();
        AnyConnection::connect(&self.arg())
            .await
            .expect("the test database answers a connection of the test's own")
    }
}
