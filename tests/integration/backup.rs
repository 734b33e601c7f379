//! Backup and restore: the built binary run as an operator runs it, against real database files,
//! also while the portal serves the same database.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use partnerportal::app::Application;
use partnerportal::io::seed_format::SeedFile;
use partnerportal::store::{DatabaseLocation, SCHEMA_VERSION, Store};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{Connection, SqliteConnection};
use tokio::sync::{oneshot, watch};

use crate::common::{bytes, on_postgres, side_files, skip_on_postgres, small_seed};
use crate::fresh_database::FreshDatabase;

/// Why the backup and restore tests do not run on PostgreSQL.
const SQLITE_FILE_ONLY: &str = "backup and restore copy the SQLite file; PostgreSQL is backed up \
     with pg_dump (on_postgresql_backup_and_restore_are_refused_with_the_way_to_pg_dump)";

/// A directory with a database, for the binary.
struct Workspace {
    dir: tempfile::TempDir,
    database: PathBuf,
}

impl Workspace {
    fn new() -> Workspace {
        let dir = tempfile::tempdir().unwrap();
        let database = dir.path().join("registry.sqlite3");
        Workspace { dir, database }
    }

    /// A workspace whose database holds the bundled seed, closed cleanly.
    fn seeded() -> Workspace {
        let workspace = Workspace::new();
        workspace.run(&["import-seed"]).success();
        workspace
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Runs the binary against `database`, with standard input that is no terminal.
    fn run(&self, args: &[&str]) -> Run {
        run_binary(&self.database, self.dir.path(), args)
    }

    /// The whole registry as `export --format json` writes it, byte for byte.
    fn export(&self) -> String {
        self.run(&["export", "--format", "json"]).success().stdout
    }

    /// The names of the files in the directory, sorted.
    fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// Takes a backup with the binary; returns its path.
    fn backup(&self, name: &str) -> PathBuf {
        let path = self.path(name);
        self.run(&["backup", text(&path)]).success();
        path
    }
}

fn run_binary(database: &Path, dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_partnerportal"))
        .current_dir(dir)
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "off")
        .env("NO_COLOR", "1")
        .arg("--database")
        .arg(database)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("the binary runs");
    Run::from(args, output)
}

fn text(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary path")
}

struct Run {
    args: String,
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn from(args: &[&str], output: Output) -> Run {
        Run {
            args: args.join(" "),
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    fn success(self) -> Run {
        assert_eq!(
            self.code,
            Some(0),
            "`{}` failed:\n{}\n{}",
            self.args,
            self.stdout,
            self.stderr
        );
        self
    }

    /// Asserts a failure whose message contains every one of `phrases`.
    fn failure(self, phrases: &[&str]) -> Run {
        assert!(
            matches!(self.code, Some(code) if code != 0),
            "`{}` did not fail:\n{}",
            self.args,
            self.stdout
        );
        for phrase in phrases {
            assert!(
                self.stderr.contains(phrase),
                "`{}`: {phrase:?} expected in:\n{}",
                self.args,
                self.stderr
            );
        }
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        self
    }

    /// The text after `label` on its line of standard output.
    fn line_after(&self, label: &str) -> &str {
        let start = self
            .stdout
            .find(label)
            .unwrap_or_else(|| panic!("{label:?} not in:\n{}", self.stdout))
            + label.len();
        self.stdout[start..].lines().next().unwrap_or_default()
    }
}

async fn connect(path: &Path) -> SqliteConnection {
    SqliteConnection::connect_with(&SqliteConnectOptions::new().filename(path))
        .await
        .unwrap_or_else(|e| panic!("{} does not open: {e}", path.display()))
}

async fn execute(path: &Path, sql: &str) {
    let mut conn = connect(path).await;
    sqlx::raw_sql(sql).execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
}

async fn count(conn: &mut SqliteConnection, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(conn).await.unwrap()
}

async fn integrity(path: &Path) -> Vec<String> {
    let mut conn = connect(path).await;
    let result = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    result
}

/// Every row of every table (the search index included, SQLite's own tables and the migration
/// history not), each row as SQL literals, sorted: equal dumps mean equal data.
async fn dump(path: &Path) -> BTreeMap<String, Vec<String>> {
    let mut conn = connect(path).await;
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM pragma_table_list
         WHERE schema = 'main' AND type IN ('table', 'virtual')
           AND name NOT LIKE 'sqlite%' AND name <> '_sqlx_migrations'",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    let mut dump = BTreeMap::new();
    for table in tables {
        let columns: Vec<String> =
            sqlx::query_scalar("SELECT name FROM pragma_table_info(?) ORDER BY cid")
                .bind(&table)
                .fetch_all(&mut conn)
                .await
                .unwrap();
        let row = columns
            .iter()
            .map(|c| format!("quote(\"{c}\")"))
            .collect::<Vec<_>>()
            .join(" || ',' || ");
        let mut rows: Vec<String> = sqlx::query_scalar(&format!("SELECT {row} FROM \"{table}\""))
            .fetch_all(&mut conn)
            .await
            .unwrap();
        rows.sort();
        dump.insert(table, rows);
    }
    conn.close().await.unwrap();
    dump
}

/// Changes the registry: a second seed adds two bodies and a partnership, a body is renamed, and
/// milestones are deleted behind the program's back.
async fn change_the_data(workspace: &Workspace) {
    let seed = workspace.path("small.toml");
    std::fs::write(&seed, small_seed("")).unwrap();
    workspace
        .run(&["import-seed", "--file", text(&seed)])
        .success();
    std::fs::remove_file(&seed).unwrap();
    execute(
        &workspace.database,
        "UPDATE bodies SET name = 'Renamed' WHERE slug = 'home';
         DELETE FROM milestones WHERE id IN (SELECT id FROM milestones ORDER BY id LIMIT 3);",
    )
    .await;
}

#[tokio::test]
async fn backup_then_restore_gives_back_the_same_data() {
    if skip_on_postgres(
        "backup::backup_then_restore_gives_back_the_same_data",
        SQLITE_FILE_ONLY,
    ) {
        return;
    }
    let workspace = Workspace::seeded();
    let export = workspace.export();
    let tables = dump(&workspace.database).await;

    let backup = workspace.path("registry-backup.sqlite3");
    let run = workspace.run(&["backup", text(&backup)]).success();
    for phrase in ["integrity check ok", "bodies 46", "partnerships 26"] {
        assert!(run.stdout.contains(phrase), "{phrase}: {}", run.stdout);
    }
    assert_eq!(integrity(&backup).await, ["ok"]);
    let backup_bytes = bytes(&backup);

    change_the_data(&workspace).await;
    let changed = workspace.export();
    assert_ne!(changed, export, "the change did not change the export");

    let run = workspace
        .run(&["restore", text(&backup), "--yes"])
        .success();
    assert!(
        run.stdout.contains("bodies 46, partnerships 26"),
        "{}",
        run.stdout
    );
    assert_eq!(workspace.export(), export, "the restored export differs");
    assert_eq!(
        dump(&workspace.database).await,
        tables,
        "a table (or the search index) differs after the restore"
    );
    assert_eq!(
        bytes(&backup),
        backup_bytes,
        "the restore changed the backup"
    );
    assert!(side_files(&backup).is_empty(), "{:?}", side_files(&backup));

    // The safety copy holds the data the restore replaced: restoring it undoes the restore.
    let safety = PathBuf::from(
        run.line_after("safety copy of the current data: ")
            .split(" (")
            .next()
            .unwrap(),
    );
    assert!(
        safety
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("registry.sqlite3.before-restore-"),
        "{}",
        safety.display()
    );
    workspace
        .run(&["restore", text(&safety), "--yes"])
        .success();
    assert_eq!(
        workspace.export(),
        changed,
        "restoring the safety copy did not undo the restore"
    );
    // Nothing but the database, the backup and the two safety copies is left in the directory.
    assert_eq!(workspace.files().len(), 4, "{:?}", workspace.files());
}

/// A portal serving `path` in this process, as `partnerportal serve` does; stops when dropped.
struct Server {
    base_url: String,
    store: Store,
    _stop: oneshot::Sender<()>,
}

async fn serve(path: &Path) -> Server {
    let store = Store::open(&DatabaseLocation::SqliteFile(path.to_owned()))
        .await
        .unwrap();
    if store.is_empty().await.unwrap() {
        store
            .import_seed(&partnerportal::io::seed::load(None).unwrap())
            .await
            .unwrap();
    }
    let app = Application::bind("127.0.0.1:0", store.clone())
        .await
        .unwrap();
    let base_url = format!("http://{}", app.local_addr());
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(app.serve(async move {
        let _ = stopped.await;
    }));
    Server {
        base_url,
        store,
        _stop: stop,
    }
}

/// The slugs of the bodies the search API finds for `q`.
async fn found(server: &Server, q: &str) -> Vec<String> {
    let results: serde_json::Value =
        reqwest::get(format!("{}/api/v1/search?q={q}", server.base_url))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
    results["bodies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| hit["body"]["slug"].as_str().unwrap().to_owned())
        .collect()
}

/// Requests `path` until `running` turns false; returns what each answer's `probe` found.
fn keep_requesting<T: Send + 'static>(
    url: String,
    running: Arc<AtomicBool>,
    started: watch::Sender<u64>,
    probe: impl Fn(reqwest::StatusCode, String) -> T + Send + 'static,
) -> tokio::task::JoinHandle<Vec<T>> {
    tokio::spawn(async move {
        let client = reqwest::Client::new();
        let mut found = Vec::new();
        while running.load(Ordering::SeqCst) {
            let answer = client.get(&url).send().await.unwrap();
            let status = answer.status();
            let body = answer.text().await.unwrap();
            found.push(probe(status, body));
            started.send_replace(found.len() as u64);
        }
        found
    })
}

#[tokio::test]
async fn backup_while_the_server_serves_and_writes() {
    if skip_on_postgres(
        "backup::backup_while_the_server_serves_and_writes",
        SQLITE_FILE_ONLY,
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("live.sqlite3");
    let server = serve(&database).await;
    let running = Arc::new(AtomicBool::new(true));

    // Readers: the portal's overview and the partnership API, requested over and over.
    let (served, mut served_rx) = watch::channel(0);
    let readers = keep_requesting(
        format!("{}/api/v1/partnerships?per_page=100", server.base_url),
        running.clone(),
        served,
        |status, _| status,
    );
    // A writer beside the server: each transaction adds two sources, which a consistent copy holds
    // both or neither of, and in commit order.
    let (committed, mut committed_rx) = watch::channel(0u64);
    let writer = {
        let running = running.clone();
        let database = database.clone();
        tokio::spawn(async move {
            let mut conn = connect(&database).await;
            let mut i = 0;
            while running.load(Ordering::SeqCst) {
                i += 1;
                let mut tx = conn.begin().await.unwrap();
                for half in ["a", "b"] {
                    sqlx::query("INSERT INTO sources (key, title) VALUES (?, 'load test')")
                        .bind(format!("load-{i}-{half}"))
                        .execute(&mut *tx)
                        .await
                        .unwrap();
                }
                tx.commit().await.unwrap();
                committed.send_replace(i);
            }
            conn.close().await.unwrap();
            i
        })
    };
    committed_rx.wait_for(|n| *n >= 3).await.unwrap();
    served_rx.wait_for(|n| *n >= 3).await.unwrap();

    let backup = dir.path().join("during-load.sqlite3");
    let run = {
        let (database, backup) = (database.clone(), backup.clone());
        tokio::task::spawn_blocking(move || {
            run_binary(
                &database,
                database.parent().unwrap(),
                &["backup", text(&backup)],
            )
        })
        .await
        .unwrap()
    };
    let during_backup = *committed_rx.borrow();
    running.store(false, Ordering::SeqCst);
    let statuses = readers.await.unwrap();
    let written = writer.await.unwrap();
    run.success();

    assert!(statuses.iter().all(|s| s.is_success()), "{statuses:?}");
    assert_eq!(integrity(&backup).await, ["ok"]);
    let mut conn = connect(&backup).await;
    assert_eq!(count(&mut conn, "SELECT COUNT(*) FROM bodies").await, 46);
    assert_eq!(
        count(&mut conn, "SELECT COUNT(*) FROM partnerships").await,
        26
    );
    let keys: Vec<String> =
        sqlx::query_scalar("SELECT key FROM sources WHERE key LIKE 'load-%' ORDER BY key")
            .fetch_all(&mut conn)
            .await
            .unwrap();
    conn.close().await.unwrap();
    let mut transactions: Vec<u64> = keys
        .iter()
        .filter_map(|k| k.strip_suffix("-a"))
        .map(|k| k["load-".len()..].parse().unwrap())
        .collect();
    transactions.sort_unstable();
    let copied = transactions.len() as u64;
    assert_eq!(
        keys.len() as u64,
        2 * copied,
        "half a transaction was copied: {keys:?}"
    );
    assert_eq!(
        transactions,
        (1..=copied).collect::<Vec<_>>(),
        "the copy is not one moment of the commit order"
    );
    assert!(
        (3..=during_backup).contains(&copied) && during_backup <= written,
        "copied {copied} transactions; {during_backup} were committed when the backup ended, {written} in all"
    );
    // The server still serves, and the live database holds every write.
    let answer = reqwest::get(format!("{}/api/v1/partnerships", server.base_url))
        .await
        .unwrap();
    assert!(answer.status().is_success());
    let live = server.store.clone();
    drop(server);
    live.close().await;
    let mut conn = connect(&database).await;
    assert_eq!(
        count(
            &mut conn,
            "SELECT COUNT(*) FROM sources WHERE key LIKE 'load-%'"
        )
        .await,
        2 * written as i64
    );
    conn.close().await.unwrap();
}

#[tokio::test]
async fn a_running_server_sees_the_restored_data_at_once_and_never_a_mix() {
    if skip_on_postgres(
        "backup::a_running_server_sees_the_restored_data_at_once_and_never_a_mix",
        SQLITE_FILE_ONLY,
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("live.sqlite3");
    let server = serve(&database).await;
    let backup = dir.path().join("before-small-seed.sqlite3");
    run_binary(&database, dir.path(), &["backup", text(&backup)]).success();
    server
        .store
        .import_seed(&SeedFile::parse(&small_seed("")).unwrap())
        .await
        .unwrap();

    let running = Arc::new(AtomicBool::new(true));
    let (served, mut served_rx) = watch::channel(0);
    // Each answer's total of partnerships and of bodies: 27 and 48 before, 26 and 46 after.
    let totals = keep_requesting(
        format!("{}/api/v1/partnerships?per_page=1", server.base_url),
        running.clone(),
        served,
        |status, body| {
            assert!(status.is_success(), "{status}: {body}");
            let body: serde_json::Value = serde_json::from_str(&body).unwrap();
            body["total"].as_u64().unwrap()
        },
    );
    assert!(found(&server, "away").await.contains(&"away".to_owned()));
    served_rx.wait_for(|n| *n >= 3).await.unwrap();
    let run = {
        let (database, backup) = (database.clone(), backup.clone());
        tokio::task::spawn_blocking(move || {
            run_binary(
                &database,
                database.parent().unwrap(),
                &["restore", text(&backup), "--yes"],
            )
        })
        .await
        .unwrap()
    };
    run.success();
    let after = reqwest::get(format!(
        "{}/api/v1/partnerships?per_page=1",
        server.base_url
    ))
    .await
    .unwrap()
    .json::<serde_json::Value>()
    .await
    .unwrap();
    running.store(false, Ordering::SeqCst);
    let totals = totals.await.unwrap();
    assert_eq!(after["total"], 26, "the server still sees the old data");
    assert_eq!(totals.first(), Some(&27));
    let switched = totals.iter().position(|&t| t == 26).unwrap_or(totals.len());
    assert!(
        totals[..switched].iter().all(|&t| t == 27) && totals[switched..].iter().all(|&t| t == 26),
        "the server saw something between the old and the restored data: {totals:?}"
    );
    // The search index was rebuilt from the restored names, in the same transaction.
    assert!(
        found(&server, "heltau")
            .await
            .contains(&"cisnadie".to_owned())
    );
    assert!(
        !found(&server, "away").await.contains(&"away".to_owned()),
        "the search index still has a body the restore removed"
    );
    let live = server.store.clone();
    drop(server);
    live.close().await;
}

#[test]
fn a_backup_never_overwrites_an_existing_file() {
    if skip_on_postgres(
        "backup::a_backup_never_overwrites_an_existing_file",
        SQLITE_FILE_ONLY,
    ) {
        return;
    }
    let workspace = Workspace::seeded();
    let target = workspace.path("precious.sqlite3");
    std::fs::write(&target, b"an earlier backup, or anything else").unwrap();
    let files = workspace.files();
    workspace.run(&["backup", text(&target)]).failure(&[
        "precious.sqlite3",
        "already exists",
        "never overwrites",
    ]);
    assert_eq!(bytes(&target), b"an earlier backup, or anything else");
    assert_eq!(workspace.files(), files, "the refused backup left a file");
}

#[test]
fn backing_up_a_database_that_does_not_exist_creates_nothing() {
    if skip_on_postgres(
        "backup::backing_up_a_database_that_does_not_exist_creates_nothing",
        SQLITE_FILE_ONLY,
    ) {
        return;
    }
    let workspace = Workspace::new();
    let target = workspace.path("backup.sqlite3");
    workspace
        .run(&["backup", text(&target)])
        .failure(&["no backup was written", "there is no database at"]);
    assert!(workspace.files().is_empty(), "{:?}", workspace.files());
}

/// Restoring `file` must fail with `phrases` and change nothing: not the live database (byte for
/// byte, no side files of its own), not the file, and no safety copy or work file is left behind.
fn assert_restore_refused(workspace: &Workspace, file: &Path, phrases: &[&str]) {
    let database = bytes(&workspace.database);
    // What the seeding process left beside the database is not the restore's doing (a process
    // that ends under heavy load can leave SQLite's -wal/-shm files behind; the next open reads
    // them): the refused restore must add none.
    let side_files_before = side_files(&workspace.database);
    let content = bytes(file);
    let files = workspace.files();
    let mut expected = vec!["cannot be restored", "The live database was not changed"];
    expected.extend(phrases);
    workspace
        .run(&["restore", text(file), "--yes"])
        .failure(&expected);
    assert_eq!(
        bytes(&workspace.database),
        database,
        "the live database changed"
    );
    assert_eq!(side_files(&workspace.database), side_files_before);
    assert_eq!(bytes(file), content, "the refused file changed");
    assert_eq!(workspace.files(), files, "the refused restore left a file");
}

#[test]
fn restoring_a_file_that_is_not_sqlite_is_refused_and_changes_nothing() {
    if skip_on_postgres(
        "backup::restoring_a_file_that_is_not_sqlite_is_refused_and_changes_nothing",
        SQLITE_FILE_ONLY,
    ) {
        return;
    }
    let workspace = Workspace::seeded();
    let file = workspace.path("partnerships.csv");
    std::fs::write(&file, "slug;level\nharz-belfort;district\n").unwrap();
    assert_restore_refused(
        &workspace,
        &file,
        &["partnerships.csv", "not an SQLite database"],
    );
    let missing = workspace.path("missing.sqlite3");
    workspace
        .run(&["restore", text(&missing), "--yes"])
        .failure(&["missing.sqlite3", "there is no such file"]);
}

#[test]
fn restoring_a_truncated_backup_is_refused_and_changes_nothing() {
    if skip_on_postgres(
        "backup::restoring_a_truncated_backup_is_refused_and_changes_nothing",
        SQLITE_FILE_ONLY,
    ) {
        return;
    }
    let workspace = Workspace::seeded();
    let backup = workspace.backup("truncated.sqlite3");
    let content = bytes(&backup);
    std::fs::write(&backup, &content[..content.len() / 2]).unwrap();
    assert_restore_refused(&workspace, &backup, &["truncated.sqlite3", "damaged"]);
}

#[test]
fn restoring_a_backup_with_damaged_pages_is_refused_and_changes_nothing() {
    if skip_on_postgres(
        "backup::restoring_a_backup_with_damaged_pages_is_refused_and_changes_nothing",
        SQLITE_FILE_ONLY,
    ) {
        return;
    }
    let workspace = Workspace::seeded();
    let backup = workspace.backup("damaged.sqlite3");
    let mut content = bytes(&backup);
    // Pages 2 to 5 of 4096 bytes: the first tables' b-trees.
    for (i, byte) in content[4096..5 * 4096].iter_mut().enumerate() {
        *byte = (i * 7 % 251) as u8;
    }
    std::fs::write(&backup, &content).unwrap();
    assert_restore_refused(&workspace, &backup, &["damaged.sqlite3", "damaged"]);
}

#[tokio::test]
async fn restoring_a_backup_with_a_newer_schema_is_refused_and_changes_nothing() {
    if skip_on_postgres(
        "backup::restoring_a_backup_with_a_newer_schema_is_refused_and_changes_nothing",
        SQLITE_FILE_ONLY,
    ) {
        return;
    }
    let workspace = Workspace::seeded();
    let backup = workspace.backup("future.sqlite3");
    execute(
        &backup,
        &format!(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
             VALUES ({}, 'a migration of a newer partnerportal', TRUE, X'00', 0)",
            SCHEMA_VERSION + 1
        ),
    )
    .await;
    assert_restore_refused(
        &workspace,
        &backup,
        &[
            &format!("schema version {}", SCHEMA_VERSION + 1),
            "newer than this program knows",
        ],
    );
}

#[tokio::test]
async fn restoring_an_sqlite_file_of_another_program_is_refused_and_changes_nothing() {
    if skip_on_postgres(
        "backup::restoring_an_sqlite_file_of_another_program_is_refused_and_changes_nothing",
        SQLITE_FILE_ONLY,
    ) {
        return;
    }
    let workspace = Workspace::seeded();
    let other = workspace.path("other.sqlite3");
    let options = SqliteConnectOptions::new()
        .filename(&other)
        .create_if_missing(true);
    let mut conn = SqliteConnection::connect_with(&options).await.unwrap();
    sqlx::raw_sql("CREATE TABLE bodies (id INTEGER PRIMARY KEY, name TEXT)")
        .execute(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    assert_restore_refused(&workspace, &other, &["no migration history"]);
}

#[test]
fn restore_without_yes_is_refused_when_no_terminal_can_confirm_it() {
    if skip_on_postgres(
        "backup::restore_without_yes_is_refused_when_no_terminal_can_confirm_it",
        SQLITE_FILE_ONLY,
    ) {
        return;
    }
    let workspace = Workspace::seeded();
    let backup = workspace.backup("backup.sqlite3");
    let database = bytes(&workspace.database);
    let files = workspace.files();
    workspace
        .run(&["restore", text(&backup)])
        .failure(&["not one; pass --yes", "Nothing was changed"]);
    assert_eq!(bytes(&workspace.database), database);
    assert_eq!(workspace.files(), files, "a safety copy was made");
}

/// Writes at `path` a database of schema version `version`, built by this repository's first
/// migrations, holding every row of `current` that fits its tables and columns (the search index is
/// left empty, as restore rebuilds it).
async fn older_database(path: &Path, current: &Path, version: i64) {
    let mut migrator = sqlx::migrate::Migrator::new(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/migrations/sqlite"
    )))
    .await
    .unwrap();
    migrator
        .migrations
        .to_mut()
        .retain(|m| m.version <= version);
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .foreign_keys(false);
    let mut conn = SqliteConnection::connect_with(&options).await.unwrap();
    migrator.run(&mut conn).await.unwrap();
    sqlx::query("ATTACH DATABASE ? AS current")
        .bind(text(current))
        .execute(&mut conn)
        .await
        .unwrap();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
           AND name NOT LIKE 'sqlite%' AND name <> '_sqlx_migrations'",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    for table in tables {
        let columns: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM pragma_table_info(?1, 'main')
             WHERE name IN (SELECT name FROM pragma_table_info(?1, 'current'))",
        )
        .bind(&table)
        .fetch_all(&mut conn)
        .await
        .unwrap();
        let list = columns.join(", ");
        // Some migrations fill vocabularies: the current database's rows replace them.
        sqlx::query(&format!("DELETE FROM main.{table}"))
            .execute(&mut conn)
            .await
            .unwrap();
        sqlx::query(&format!(
            "INSERT INTO main.{table} ({list}) SELECT {list} FROM current.{table}"
        ))
        .execute(&mut conn)
        .await
        .unwrap();
    }
    sqlx::query("DETACH DATABASE current")
        .execute(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
}

#[tokio::test]
async fn an_older_backup_is_migrated_when_restored() {
    if skip_on_postgres(
        "backup::an_older_backup_is_migrated_when_restored",
        SQLITE_FILE_ONLY,
    ) {
        return;
    }
    let workspace = Workspace::seeded();
    let export = workspace.export();
    let old = workspace.path("old.sqlite3");
    let version = SCHEMA_VERSION - 1;
    older_database(&old, &workspace.database, version).await;
    let content = bytes(&old);
    change_the_data(&workspace).await;
    assert_ne!(workspace.export(), export);

    let run = workspace.run(&["restore", text(&old), "--yes"]).success();
    assert!(
        run.stdout.contains(&format!(
            "migrated from schema version {version} to {SCHEMA_VERSION}"
        )),
        "{}",
        run.stdout
    );
    assert_eq!(workspace.export(), export, "the migrated backup differs");
    assert_eq!(bytes(&old), content, "the restore changed the older backup");
    let mut conn = connect(&workspace.database).await;
    assert_eq!(
        count(&mut conn, "SELECT MAX(version) FROM _sqlx_migrations").await,
        SCHEMA_VERSION
    );
    conn.close().await.unwrap();
}

#[test]
fn the_help_says_what_backup_and_restore_guarantee() {
    let workspace = Workspace::new();
    let backup = workspace.run(&["backup", "--help"]).success();
    for phrase in ["safe while the server runs", "never overwritten"] {
        assert!(
            backup.stdout.contains(phrase),
            "{phrase}: {}",
            backup.stdout
        );
    }
    let restore = workspace.run(&["restore", "--help"]).success();
    for phrase in ["safety copy", "never a mix", "terminal", "--yes"] {
        assert!(
            restore.stdout.contains(phrase),
            "{phrase}: {}",
            restore.stdout
        );
    }
    assert!(!workspace.database.exists(), "--help created a database");
}

#[tokio::test]
async fn on_postgresql_backup_and_restore_are_refused_with_the_way_to_pg_dump() {
    if !on_postgres() {
        // Past the harness's output capture, as skip_on_postgres says it.
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED on SQLite: backup::on_postgresql_backup_and_restore_are_refused_with_the_way_to_pg_dump: \
             the other tests of this module back up and restore SQLite"
        );
        return;
    }
    let database = FreshDatabase::new("unused.sqlite3").await;
    let store = database.open().await;
    store
        .import_seed(&partnerportal::io::seed::load(None).unwrap())
        .await
        .unwrap();
    store.close().await;
    let rows = database.row_counts().await;
    // A real SQLite backup to offer the restore.
    let sqlite = Workspace::seeded();
    let backup = sqlite.backup("backup.sqlite3");
    let target = database.dir().join("backup.sqlite3");
    let pg = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_partnerportal"))
            .current_dir(database.dir())
            .env_remove("DATABASE_URL")
            .env("RUST_LOG", "off")
            .env("NO_COLOR", "1")
            .arg("--database")
            .arg(database.arg())
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .expect("the binary runs");
        Run::from(args, output)
    };
    let refused = pg(&["backup", text(&target)])
        .failure(&["makes backups of an SQLite database only", "pg_dump"]);
    assert!(refused.stdout.is_empty(), "{}", refused.stdout);
    assert!(!target.exists(), "a refused backup wrote a file");
    pg(&["restore", text(&backup), "--yes"])
        .failure(&["makes restores of an SQLite database only", "pg_restore"]);
    assert_eq!(database.row_counts().await, rows, "a refused restore wrote");
}
