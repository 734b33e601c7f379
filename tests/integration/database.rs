//! The storage layer: opening files safely, refusing newer schemas, and importing the seed.

use std::path::{Path, PathBuf};

use partnerportal::domain::vocab::NameKind;
use partnerportal::io::seed_format::{OtherName, SeedFile};
use partnerportal::store::{
    DatabaseLocation, ImportReport, Page, PartnershipFilter, SCHEMA_VERSION, Store, StoreError,
};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{Connection, SqliteConnection};

use crate::common::{bytes, side_files, skip_on_postgres, small_seed};
use crate::fresh_database::FreshDatabase;

fn location(path: &Path) -> DatabaseLocation {
    DatabaseLocation::SqliteFile(path.to_owned())
}

/// Opening must fail; the error is returned.
async fn open_fails(path: &Path) -> StoreError {
    open_fails_at(&location(path)).await
}

/// Opening must fail; the error is returned.
async fn open_fails_at(location: &DatabaseLocation) -> StoreError {
    match Store::open(location).await {
        Ok(store) => {
            store.close().await;
            panic!("{location:?} was opened")
        }
        Err(e) => e,
    }
}

async fn open(path: &Path) -> Store {
    Store::open(&location(path))
        .await
        .unwrap_or_else(|e| panic!("{} does not open: {e}", path.display()))
}

async fn import_bundled_seed(store: &Store) -> ImportReport {
    store
        .import_seed(&partnerportal::io::seed::load(None).unwrap())
        .await
        .expect("the bundled seed imports")
}

/// Deterministic noise (xorshift), so the test needs no random-number crate.
fn noise(len: usize) -> Vec<u8> {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

fn write(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

#[tokio::test]
async fn a_text_file_is_refused_as_not_sqlite_and_left_untouched() {
    if skip_on_postgres(
        "database::a_text_file_is_refused_as_not_sqlite_and_left_untouched",
        "about a file given as an SQLite database",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let content = b"name;country\nLandkreis Harz;DE\nTerritoire de Belfort;FR\n";
    let path = write(dir.path(), "partnerships.csv", content);
    let error = open_fails(&path).await;
    assert!(matches!(error, StoreError::NotSqlite { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.contains("is not an SQLite database"), "{message}");
    assert!(message.contains("partnerships.csv"), "{message}");
    assert_eq!(bytes(&path), content);
    assert!(side_files(&path).is_empty(), "{:?}", side_files(&path));
}

#[tokio::test]
async fn random_bytes_are_refused_as_not_sqlite_and_left_untouched() {
    if skip_on_postgres(
        "database::random_bytes_are_refused_as_not_sqlite_and_left_untouched",
        "about a file given as an SQLite database",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let content = noise(8192);
    let path = write(dir.path(), "backup.bin", &content);
    let error = open_fails(&path).await;
    assert!(
        error.to_string().contains("is not an SQLite database"),
        "{error}"
    );
    assert_eq!(bytes(&path), content);
    assert!(side_files(&path).is_empty());
    // A file too short for the header is no database either.
    let short = write(dir.path(), "short", b"SQLite");
    assert!(
        open_fails(&short)
            .await
            .to_string()
            .contains("is not an SQLite database")
    );
    assert_eq!(bytes(&short), b"SQLite");
    assert!(side_files(&short).is_empty());
}

#[tokio::test]
async fn a_file_with_an_sqlite_header_but_garbage_after_it_is_refused_and_left_untouched() {
    if skip_on_postgres(
        "database::a_file_with_an_sqlite_header_but_garbage_after_it_is_refused_and_left_untouched",
        "about a file given as an SQLite database",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut content = b"SQLite format 3\0".to_vec();
    content.extend(noise(4096));
    let path = write(dir.path(), "damaged.sqlite3", &content);
    let error = open_fails(&path).await;
    assert!(!error.to_string().is_empty());
    assert_eq!(bytes(&path), content, "the damaged file was changed");
    assert!(side_files(&path).is_empty(), "{:?}", side_files(&path));
}

#[tokio::test]
async fn a_database_with_a_newer_schema_is_refused_and_left_untouched() {
    let database = FreshDatabase::new("future.sqlite3").await;
    let store = database.open().await;
    import_bundled_seed(&store).await;
    store.close().await;
    let mut conn = database.db().await;
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
         VALUES ($1, 'a migration of a newer partnerportal', TRUE, $2, 0)",
    )
    .bind(SCHEMA_VERSION + 1)
    .bind(vec![0u8])
    .execute(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();
    let rows_before = database.row_counts().await;
    // On SQLite, not a byte of the file may change either.
    let file_bytes = || database.file().map(|file| bytes(file));
    let before = file_bytes();

    let error = open_fails_at(&database.location).await;
    match &error {
        StoreError::SchemaTooNew { found, known, .. } => {
            assert_eq!(*found, SCHEMA_VERSION + 1);
            assert_eq!(*known, SCHEMA_VERSION);
        }
        other => panic!("expected SchemaTooNew, got {other:?}"),
    }
    let message = error.to_string();
    assert!(
        message.contains("newer than this program knows"),
        "{message}"
    );
    assert!(
        message.contains(&format!("schema version {}", SCHEMA_VERSION + 1)),
        "{message}"
    );
    assert_eq!(file_bytes(), before, "the newer database was changed");
    // Opening it again is refused the same way, and still changes nothing.
    assert!(matches!(
        open_fails_at(&database.location).await,
        StoreError::SchemaTooNew { .. }
    ));
    assert_eq!(file_bytes(), before, "the newer database was changed");
    assert_eq!(
        database.row_counts().await,
        rows_before,
        "the newer database was changed"
    );
}

/// A database in SQLite's default rollback-journal mode that only holds a migration history newer
/// than this build: made without the store's connection pool, so no connection outlives this call and
/// nothing but the file itself exists when it returns.
async fn bare_database_from_the_future(path: &Path) {
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true);
    let mut conn = SqliteConnection::connect_with(&options).await.unwrap();
    sqlx::query(
        "CREATE TABLE _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL,
             installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, success BOOLEAN NOT NULL,
             checksum BLOB NOT NULL, execution_time BIGINT NOT NULL)",
    )
    .execute(&mut conn)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
         VALUES (?, 'a migration of a newer partnerportal', TRUE, X'00', 0)",
    )
    .bind(SCHEMA_VERSION + 1)
    .execute(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();
    assert!(
        side_files(path).is_empty(),
        "a rollback-journal database leaves no files beside it"
    );
}

#[tokio::test]
async fn refusing_a_newer_schema_leaves_no_files_beside_the_database() {
    if skip_on_postgres(
        "database::refusing_a_newer_schema_leaves_no_files_beside_the_database",
        "about SQLite's journal files beside the database file",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.sqlite3");
    bare_database_from_the_future(&path).await;
    let before = bytes(&path);
    let error = open_fails(&path).await;
    assert!(
        matches!(error, StoreError::SchemaTooNew { .. }),
        "{error:?}"
    );
    assert!(side_files(&path).is_empty(), "{:?}", side_files(&path));
    assert_eq!(bytes(&path), before, "the refused database was changed");
}

#[tokio::test]
async fn importing_the_seed_twice_adds_nothing_the_second_time() {
    let database = FreshDatabase::new("twice.sqlite3").await;
    let store = database.open().await;
    assert!(store.is_empty().await.unwrap());
    let first = import_bundled_seed(&store).await;
    let seed = SeedFile::parse(partnerportal::io::seed::BUNDLED_SEED).unwrap();
    assert_eq!(
        first,
        ImportReport {
            sources: seed.sources.len() as u64,
            bodies: seed.bodies.len() as u64,
            facts: seed.bodies.iter().map(|b| b.facts.len() as u64).sum(),
            successions: seed.successions.len() as u64,
            partnerships: seed.partnerships.len() as u64,
            milestones: seed
                .partnerships
                .iter()
                .map(|p| p.milestones.len() as u64)
                .sum(),
            contact_points: seed.contact_points.len() as u64,
        }
    );
    assert_eq!(
        (first.bodies, first.partnerships, first.facts),
        (46, 26, 37)
    );
    let counts = database.row_counts().await;
    assert_eq!(counts["bodies"], 46);
    assert_eq!(counts["partnerships"], 26);
    assert_eq!(counts["milestones"], 10);

    let second = import_bundled_seed(&store).await;
    assert!(second.is_empty(), "the second import added {second:?}");
    assert_eq!(
        partnerportal::io::seed::describe(&second),
        "seed already loaded: nothing to add"
    );
    assert_eq!(database.row_counts().await, counts, "a table changed");
    store.close().await;
}

#[tokio::test]
async fn reopening_a_database_keeps_its_data() {
    let database = FreshDatabase::new("kept.sqlite3").await;
    let store = database.open().await;
    import_bundled_seed(&store).await;
    let before = database.row_counts().await;
    store.close().await;

    let store = database.open().await;
    assert!(!store.is_empty().await.unwrap());
    assert_eq!(store.ping().await.unwrap(), SCHEMA_VERSION);
    let listing = store
        .list_partnerships(&PartnershipFilter::default(), Page::all(), "de")
        .await
        .unwrap();
    assert_eq!(listing.total, 26);
    let belfort = store
        .find_partnership("harz-belfort", "de")
        .await
        .unwrap()
        .expect("harz-belfort is still there");
    assert_eq!(belfort.milestones.len(), 3);
    assert!(import_bundled_seed(&store).await.is_empty());
    store.close().await;
    assert_eq!(database.row_counts().await, before);
}

#[tokio::test]
async fn a_new_database_file_is_created_and_migrated() {
    // On either backend, an empty database is migrated when first opened.
    let database = FreshDatabase::new("fresh.sqlite3").await;
    assert!(database.is_untouched().await);
    let store = database.open().await;
    assert!(!database.is_untouched().await);
    assert_eq!(store.ping().await.unwrap(), SCHEMA_VERSION);
    assert!(store.is_empty().await.unwrap());
    store.close().await;
    if skip_on_postgres(
        "database::a_new_database_file_is_created_and_migrated (its SQLite part)",
        "a missing or empty file made an SQLite database",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.sqlite3");
    assert!(!path.exists());
    let store = open(&path).await;
    assert!(path.exists());
    assert_eq!(store.ping().await.unwrap(), SCHEMA_VERSION);
    assert!(store.is_empty().await.unwrap());
    store.close().await;
    assert!(bytes(&path).starts_with(b"SQLite format 3\0"));
    // An existing empty file is a new database too.
    let empty = write(dir.path(), "empty.sqlite3", b"");
    let store = open(&empty).await;
    assert_eq!(store.ping().await.unwrap(), SCHEMA_VERSION);
    store.close().await;
}

/// A seed that passes the file checks but that the database refuses (an empty other name breaks a
/// CHECK constraint) is rolled back completely: nothing of it stays.
#[tokio::test]
async fn a_failed_import_leaves_the_database_as_it_was() {
    let database = FreshDatabase::new("rollback.sqlite3").await;
    let store = database.open().await;
    let before = database.row_counts().await;
    let mut seed = SeedFile::parse(&small_seed("")).expect("the file checks pass");
    // The file checks refuse an empty name; slip one past them so the database refuses it midway
    // through the import, after the bodies before it were written.
    seed.bodies[1].names.push(OtherName {
        name: String::new(),
        lang: None,
        kind: NameKind::Variant,
    });
    let result = store.import_seed(&seed).await;
    assert!(result.is_err(), "the import succeeded: {result:?}");
    assert!(store.is_empty().await.unwrap());
    assert_eq!(
        database.row_counts().await,
        before,
        "part of the import stayed"
    );
    store.close().await;
}
