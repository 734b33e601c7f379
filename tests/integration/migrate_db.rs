//! `partnerportal migrate-db`: an installation moved from SQLite to PostgreSQL, verified by counts
//! and checksums, all or nothing.
//!
//! These tests need a PostgreSQL server: PARTNERPORTAL_TEST_POSTGRES=postgres://USER@HOST:PORT/DB
//! (scripts/test starts a throwaway cluster with scripts/reliability/postgres and sets it). Each test
//! creates its own database (`CREATE DATABASE t_<random> TEMPLATE template0 … LOCALE 'C.UTF-8'`, as
//! docs/POSTGRES.md requires) and drops it at the end. Without the variable each test says on the
//! terminal that it was skipped (past the test harness's output capture) and checks nothing else.

use std::io::Write as _;
use std::path::Path;
use std::process::Command;

use partnerportal::store::migrate_db::{self, MigrateDbError, Options, Via};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, PgConnection, SqliteConnection};

use crate::common::{PostgresDb, skip_on_postgres, spawn_app};

/// A database of its own on the test server, or `None` (the test is skipped) without one.
async fn test_db(test: &str) -> Option<PostgresDb> {
    if skip_on_postgres(test, "the source of a move is an SQLite installation") {
        return None;
    }
    let db = PostgresDb::create().await;
    if db.is_none() {
        // Not eprintln!: the harness captures that for passing tests; a skip must be seen.
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED migrate_db::{test}: PARTNERPORTAL_TEST_POSTGRES is not set (scripts/test sets it)"
        );
    }
    db
}

/// What `partnerportal migrate-db` is given to move `source` into `target`.
fn options(target: &PostgresDb, source: &Path) -> Options {
    Options {
        from: format!("sqlite://{}", source.display()),
        to: target.url.clone(),
        dry_run: false,
        via: Via::Copy,
    }
}

async fn sqlite(path: &Path) -> SqliteConnection {
    SqliteConnectOptions::new()
        .filename(path)
        .connect()
        .await
        .expect("the SQLite database opens")
}

/// Row counts of every table of the target (the migrations' own bookkeeping aside).
async fn target_counts(pg: &mut PgConnection) -> Vec<(String, i64)> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT relname::text FROM pg_class WHERE relnamespace = current_schema()::regnamespace
           AND relkind = 'r' ORDER BY 1",
    )
    .fetch_all(&mut *pg)
    .await
    .expect("the target's tables");
    let mut counts = Vec::new();
    for table in tables {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM \"{table}\""))
            .fetch_one(&mut *pg)
            .await
            .expect("a count");
        counts.push((table, n));
    }
    counts
}

async fn sqlite_count(db: &mut SqliteConnection, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM \"{table}\""))
        .fetch_one(&mut *db)
        .await
        .expect("a count")
}

/// The registry tables of the target that hold rows (the migrations' topic catalogues, the change
/// counter and sqlx's bookkeeping aside).
fn registry_rows(counts: &[(String, i64)]) -> i64 {
    counts
        .iter()
        .filter(|(t, _)| {
            ![
                "data_version",
                "_sqlx_migrations",
                "topics",
                "practice_topics",
            ]
            .contains(&t.as_str())
        })
        .map(|(_, n)| n)
        .sum()
}

type Milestone = (
    i64,
    Option<String>,
    Option<String>,
    String,
    Option<i64>,
    i64,
);

#[tokio::test]
async fn the_seed_registry_moves_to_postgresql_with_the_same_rows_and_checksums_and_reads_back_the_same()
 {
    let Some(target) = test_db("seed").await else {
        return;
    };
    let app = spawn_app().await;
    let report = migrate_db::run(&options(&target, &app.db_path))
        .await
        .expect("the seed registry moves");

    let mut lite = sqlite(&app.db_path).await;
    let mut pg = target.connect().await;
    // Every table of the source is in the report, with SQLite's own count, and PostgreSQL holds
    // exactly as many rows.
    let source_tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'
           AND name <> '_sqlx_migrations' AND name NOT LIKE 'search_names_%' ORDER BY name",
    )
    .fetch_all(&mut lite)
    .await
    .expect("the source's tables");
    let mut reported: Vec<String> = report.tables.iter().map(|t| t.table.clone()).collect();
    reported.sort();
    assert_eq!(reported, source_tables);
    let counts = target_counts(&mut pg).await;
    for table in &report.tables {
        let in_sqlite = sqlite_count(&mut lite, &table.table).await;
        let in_pg = counts
            .iter()
            .find(|(t, _)| *t == table.table)
            .map(|(_, n)| *n);
        assert_eq!(
            u64::try_from(in_sqlite).ok(),
            Some(table.rows),
            "{}",
            table.table
        );
        assert_eq!(in_pg, Some(in_sqlite), "{}", table.table);
        assert_eq!(table.checksum.len(), 16);
    }
    let bodies = report.tables.iter().find(|t| t.table == "bodies").unwrap();
    assert!(bodies.rows >= 40, "the seed's bodies were copied");
    assert_eq!(report.migrations_applied, 14);
    assert!(!report.dry_run);
    let printed = report.to_string();
    assert!(printed.contains("bodies") && printed.contains("ok ") && printed.contains("committed"));

    // A partnership's milestones, read as the portal reads them, are the same on both sides.
    let partnership: i64 = sqlx::query_scalar(
        "SELECT partnership_id FROM milestones GROUP BY partnership_id ORDER BY COUNT(*) DESC, 1 LIMIT 1",
    )
    .fetch_one(&mut lite)
    .await
    .expect("a partnership with milestones");
    let sql = "SELECT id, date, qualifier, type, source_id, position FROM milestones
               WHERE partnership_id = $1 ORDER BY position, id";
    let from_sqlite: Vec<Milestone> = sqlx::query_as(sql)
        .bind(partnership)
        .fetch_all(&mut lite)
        .await
        .unwrap();
    let from_pg: Vec<Milestone> = sqlx::query_as(sql)
        .bind(partnership)
        .fetch_all(&mut pg)
        .await
        .unwrap();
    assert!(!from_sqlite.is_empty());
    assert_eq!(from_pg, from_sqlite);

    // A body's other names keep their order (SQLite's rowid order is the names' order).
    let body: i64 = sqlx::query_scalar(
        "SELECT body_id FROM body_names GROUP BY body_id ORDER BY COUNT(*) DESC, 1 LIMIT 1",
    )
    .fetch_one(&mut lite)
    .await
    .unwrap();
    let names_sqlite: Vec<(String, Option<String>, String)> =
        sqlx::query_as("SELECT name, lang, kind FROM body_names WHERE body_id = $1 ORDER BY rowid")
            .bind(body)
            .fetch_all(&mut lite)
            .await
            .unwrap();
    let names_pg: Vec<(String, Option<String>, String)> =
        sqlx::query_as("SELECT name, lang, kind FROM body_names WHERE body_id = $1 ORDER BY rowid")
            .bind(body)
            .fetch_all(&mut pg)
            .await
            .unwrap();
    assert!(names_sqlite.len() >= 2, "the body has several names");
    assert_eq!(names_pg, names_sqlite);

    // The search index came along: the same names contain 'harz' on both sides.
    let found_sqlite: Vec<(i64, String)> = sqlx::query_as(
        "SELECT body_id, name FROM search_names WHERE search_names MATCH 'folded : \"harz\"' ORDER BY 1, 2",
    )
    .fetch_all(&mut lite)
    .await
    .unwrap();
    let found_pg: Vec<(i64, String)> = sqlx::query_as(
        "SELECT body_id, name FROM search_names WHERE folded LIKE '%harz%' ORDER BY 1, 2",
    )
    .fetch_all(&mut pg)
    .await
    .unwrap();
    assert!(!found_sqlite.is_empty());
    assert_eq!(found_pg, found_sqlite);

    // Rows inserted later without an id get ids after the copied ones.
    let largest: i64 = sqlx::query_scalar("SELECT MAX(id) FROM sources")
        .fetch_one(&mut pg)
        .await
        .unwrap();
    let next: i64 =
        sqlx::query_scalar("INSERT INTO sources (key, title) VALUES ('new', 'New') RETURNING id")
            .fetch_one(&mut pg)
            .await
            .expect("a row without id is inserted after the copy");
    assert!(next > largest);

    pg.close().await.ok();
}

#[tokio::test]
async fn a_target_that_holds_data_is_refused_and_left_untouched() {
    let Some(target) = test_db("holds_data").await else {
        return;
    };
    let app = spawn_app().await;
    migrate_db::run(&options(&target, &app.db_path))
        .await
        .expect("the first move succeeds");
    let mut pg = target.connect().await;
    let before = target_counts(&mut pg).await;
    let version_before: i64 =
        sqlx::query_scalar("SELECT CAST(SUM(version) AS BIGINT) FROM data_version")
            .fetch_one(&mut pg)
            .await
            .unwrap();

    let refused = migrate_db::run(&options(&target, &app.db_path))
        .await
        .expect_err("a second move into the same database is refused");
    assert!(
        matches!(&refused, MigrateDbError::TargetHoldsData { tables } if tables.iter().any(|(t, _)| t == "bodies")),
        "{refused}"
    );
    let message = refused.to_string();
    assert!(
        message.contains("already holds data") && message.contains("bodies ("),
        "{message}"
    );
    assert!(message.contains("nothing was written"), "{message}");
    // Not even a dry run passes.
    let mut dry = options(&target, &app.db_path);
    dry.dry_run = true;
    assert!(matches!(
        migrate_db::run(&dry).await,
        Err(MigrateDbError::TargetHoldsData { .. })
    ));

    assert_eq!(target_counts(&mut pg).await, before);
    let version_after: i64 =
        sqlx::query_scalar("SELECT CAST(SUM(version) AS BIGINT) FROM data_version")
            .fetch_one(&mut pg)
            .await
            .unwrap();
    assert_eq!(version_after, version_before, "no write reached the target");
    pg.close().await.ok();

    // A database with someone else's tables is refused too, and gets no table of ours.
    let Some(other) = test_db("foreign").await else {
        return;
    };
    let mut pg = other.connect().await;
    sqlx::query("CREATE TABLE ledger (entry TEXT)")
        .execute(&mut pg)
        .await
        .unwrap();
    let refused = migrate_db::run(&options(&other, &app.db_path))
        .await
        .expect_err("a foreign database is refused");
    assert!(
        matches!(&refused, MigrateDbError::TargetForeign(tables) if tables == &["ledger".to_owned()]),
        "{refused}"
    );
    let tables: Vec<(String, i64)> = target_counts(&mut pg).await;
    assert_eq!(tables, vec![("ledger".to_owned(), 0)]);
    pg.close().await.ok();
}

#[tokio::test]
async fn a_source_at_another_schema_version_is_refused_with_what_to_do() {
    let Some(target) = test_db("schema_version").await else {
        return;
    };
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.sqlite3");
    let mut lite = sqlite(&app.db_path).await;
    sqlx::query("VACUUM INTO $1")
        .bind(copy.to_str().unwrap())
        .execute(&mut lite)
        .await
        .expect("a copy of the database");
    let known = partnerportal::store::SCHEMA_VERSION;
    let mut copied = sqlite(&copy).await;

    sqlx::query("DELETE FROM _sqlx_migrations WHERE version = $1")
        .bind(known)
        .execute(&mut copied)
        .await
        .unwrap();
    let older = migrate_db::run(&options(&target, &copy))
        .await
        .expect_err("an older source is refused");
    assert!(
        matches!(older, MigrateDbError::SourceSchema { found, .. } if found == known - 1),
        "{older}"
    );
    assert!(
        older
            .to_string()
            .contains("run this program once on it first"),
        "{older}"
    );

    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
         VALUES ($1, 'from the future', 1, x'00', 0), ($2, 'from the future', 1, x'00', 0)",
    )
    .bind(known)
    .bind(known + 1)
    .execute(&mut copied)
    .await
    .unwrap();
    let newer = migrate_db::run(&options(&target, &copy))
        .await
        .expect_err("a newer source is refused");
    assert!(
        matches!(newer, MigrateDbError::SourceSchema { found, .. } if found == known + 1),
        "{newer}"
    );
    assert!(newer.to_string().contains("newer partnerportal"), "{newer}");

    // Nothing reached the target, not even the schema.
    let mut pg = target.connect().await;
    assert!(target_counts(&mut pg).await.is_empty());
    pg.close().await.ok();
}

#[tokio::test]
async fn a_checksum_difference_rolls_everything_back_and_names_the_table_and_row() {
    let Some(target) = test_db("checksum").await else {
        return;
    };
    let app = spawn_app().await;
    let mut lite = sqlite(&app.db_path).await;
    let changed: i64 = sqlx::query_scalar("SELECT id FROM bodies ORDER BY id LIMIT 1 OFFSET 2")
        .fetch_one(&mut lite)
        .await
        .unwrap();
    // An empty target with the schema, and a trigger that changes one body's name as it arrives.
    let mut pg = target.connect().await;
    sqlx::migrate!("migrations/postgres")
        .run(&mut pg)
        .await
        .expect("the schema is created");
    sqlx::raw_sql(&format!(
        "CREATE FUNCTION tamper() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN IF NEW.id = {changed} THEN NEW.name := NEW.name || ' (changed)'; END IF; RETURN NEW; END $$;
         CREATE TRIGGER tamper BEFORE INSERT ON bodies FOR EACH ROW EXECUTE FUNCTION tamper();"
    ))
    .execute(&mut pg)
    .await
    .unwrap();
    let before = target_counts(&mut pg).await;

    let failed = migrate_db::run(&options(&target, &app.db_path))
        .await
        .expect_err("a changed row fails the verification");
    match &failed {
        MigrateDbError::Mismatch { table, detail, .. } => {
            assert_eq!(table, "bodies");
            assert!(
                detail.contains(&format!("id {changed}")) && detail.contains("differs"),
                "{detail}"
            );
        }
        other => panic!("expected a checksum difference, got {other}"),
    }
    assert!(failed.to_string().contains("rolled back"), "{failed}");
    // Everything rolled back: the target is as it was, no table holds a copied row.
    let after = target_counts(&mut pg).await;
    assert_eq!(after, before);
    assert_eq!(registry_rows(&after), 0);

    // Without the trigger the same target takes the copy: it was left empty.
    sqlx::query("DROP TRIGGER tamper ON bodies")
        .execute(&mut pg)
        .await
        .unwrap();
    let report = migrate_db::run(&options(&target, &app.db_path))
        .await
        .expect("the move succeeds without the trigger");
    assert_eq!(report.migrations_applied, 0, "the schema was there already");
    let name: String = sqlx::query_scalar("SELECT name FROM bodies WHERE id = $1")
        .bind(changed)
        .fetch_one(&mut pg)
        .await
        .unwrap();
    let original: String = sqlx::query_scalar("SELECT name FROM bodies WHERE id = $1")
        .bind(changed)
        .fetch_one(&mut lite)
        .await
        .unwrap();
    assert_eq!(name, original);
    pg.close().await.ok();
}

/// Text that quoting, escaping and encodings get wrong: quotes of every kind, backslashes and the
/// COPY format's own escapes, every control character but NUL, 4-byte UTF-8, combining marks,
/// right-to-left text.
fn hostile_text() -> String {
    let mut text = String::from(
        "O'Brien \"quoted\" `tick` \\ \\\\ \\N \\x00 \\t ; DROP TABLE bodies; -- 𝄞😀🇪🇺 e\u{301} \u{202e}txet\u{202c} ",
    );
    text.extend((1u8..32).map(char::from));
    text.push('\u{7f}');
    text.push_str(" end\r\n");
    text
}

#[tokio::test]
async fn hostile_text_reals_and_photo_and_document_bytes_survive_byte_for_byte() {
    let Some(target) = test_db("hostile").await else {
        return;
    };
    let app = spawn_app().await;
    let mut lite = sqlite(&app.db_path).await;
    let hostile = hostile_text();
    let body: i64 = sqlx::query_scalar("SELECT MIN(id) FROM bodies")
        .fetch_one(&mut lite)
        .await
        .unwrap();
    sqlx::query("UPDATE bodies SET name = $1, latitude = $2, longitude = $3 WHERE id = $4")
        .bind(&hostile)
        .bind(0.1 + 0.2)
        .bind(1e-300)
        .bind(body)
        .execute(&mut lite)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO body_texts (body_id, lang, description) VALUES ($1, 'ro', $2)
         ON CONFLICT (body_id, lang) DO UPDATE SET description = excluded.description",
    )
    .bind(body)
    .bind(format!("{hostile}\n{hostile}"))
    .execute(&mut lite)
    .await
    .unwrap();
    // A photo (every byte value, then pseudo-random bytes) and a funding document.
    let mut photo: Vec<u8> = (0..=255u8).collect();
    let mut state = 0x2545_f491_4f6c_dd1du64;
    photo.extend((0..300_000).map(|_| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 24) as u8
    }));
    let thumbnail = vec![0u8, b'\\', b'\n', b'\t', 0xff, 0x00];
    sqlx::raw_sql(
        "INSERT INTO activities (id, slug, kind, starts_on, ends_on, visibility, created_at, updated_at)
           VALUES (900, 'hostile', 'delegation', '2026-05-01', '2026-05-02', 'internal',
                   '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO funding_programmes (id, key, name, level, url)
           VALUES (900, 'hostile', 'Hostile', 'eu', 'https://example.org');
         INSERT INTO funding_actions (id, programme_id, key, name, funding_form, url)
           VALUES (900, 900, 'hostile', 'Hostile', 'lump_sum', 'https://example.org');
         INSERT INTO funding_calls (id, action_id, identifier, title, deadline_at)
           VALUES (900, 900, 'HOSTILE-1', 'Hostile', '2027-03-05T16:00:00Z');",
    )
    .execute(&mut lite)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO activity_photos (id, activity_id, bytes, thumbnail, mime, width, height,
                                      thumb_width, thumb_height, created_at)
         VALUES (900, 900, $1, $2, 'image/png', 1, 1, 1, 1, '2026-01-01T00:00:00Z')",
    )
    .bind(&photo)
    .bind(&thumbnail)
    .execute(&mut lite)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO funding_applications (id, call_id, applicant_id, applicant_kind, title, status)
           VALUES (900, 900, $1, 'district', $2, 'idea')",
    )
    .bind(body)
    .bind(&hostile)
    .execute(&mut lite)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO funding_documents (id, application_id, file_name, media_type, size, sha256,
                                        content, uploaded_at, uploaded_by)
         VALUES (900, 900, $1, 'application/pdf', $2, 'x', $3, '2026-01-01T00:00:00Z', 'test')",
    )
    .bind(format!("{hostile}.pdf"))
    .bind(photo.len() as i64)
    .bind(&photo[..])
    .execute(&mut lite)
    .await
    .unwrap();
    // People: AUTOINCREMENT keeps its counter past deleted rows; PostgreSQL must not hand out
    // those ids again.
    for n in 0..3 {
        sqlx::query(
            "INSERT INTO people (name, birth_year, country, created_at, updated_at)
             VALUES ($1, 1990, 'DE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
        )
        .bind(format!("{hostile}{n}"))
        .execute(&mut lite)
        .await
        .unwrap();
    }
    let high: i64 = sqlx::query_scalar("SELECT MAX(id) FROM people")
        .fetch_one(&mut lite)
        .await
        .unwrap();
    sqlx::query("DELETE FROM people WHERE id = $1")
        .bind(high)
        .execute(&mut lite)
        .await
        .unwrap();

    let mut options = options(&target, &app.db_path);
    options.via = Via::Insert;
    let mut dry = options.clone();
    dry.dry_run = true;
    let report = migrate_db::run(&dry)
        .await
        .expect("the dry run copies and verifies");
    assert!(report.dry_run);
    let mut pg = target.connect().await;
    assert!(
        target_counts(&mut pg).await.is_empty(),
        "a dry run leaves the target as it was, without the schema"
    );
    // Both ways of sending rows carry the same content; the real move by COPY.
    options.via = Via::Copy;
    let moved = migrate_db::run(&options)
        .await
        .expect("the hostile registry moves");
    for (a, b) in report.tables.iter().zip(&moved.tables) {
        assert_eq!(
            (&a.table, a.rows, &a.checksum),
            (&b.table, b.rows, &b.checksum)
        );
    }

    let (name, latitude, longitude): (String, f64, f64) =
        sqlx::query_as("SELECT name, latitude, longitude FROM bodies WHERE id = $1")
            .bind(body)
            .fetch_one(&mut pg)
            .await
            .unwrap();
    assert_eq!(name.as_bytes(), hostile.as_bytes());
    assert_eq!(latitude.to_bits(), (0.1f64 + 0.2).to_bits());
    assert_eq!(longitude.to_bits(), 1e-300f64.to_bits());
    let description: String =
        sqlx::query_scalar("SELECT description FROM body_texts WHERE body_id = $1 AND lang = 'ro'")
            .bind(body)
            .fetch_one(&mut pg)
            .await
            .unwrap();
    assert_eq!(description, format!("{hostile}\n{hostile}"));
    let (bytes, thumb): (Vec<u8>, Vec<u8>) =
        sqlx::query_as("SELECT bytes, thumbnail FROM activity_photos WHERE id = 900")
            .fetch_one(&mut pg)
            .await
            .unwrap();
    assert_eq!(bytes, photo);
    assert_eq!(thumb, thumbnail);
    let (file_name, content): (String, Vec<u8>) =
        sqlx::query_as("SELECT file_name, content FROM funding_documents WHERE id = 900")
            .fetch_one(&mut pg)
            .await
            .unwrap();
    assert_eq!(file_name, format!("{hostile}.pdf"));
    assert_eq!(content, photo);
    let next_person: i64 = sqlx::query_scalar(
        "INSERT INTO people (name, birth_year, country, created_at, updated_at)
         VALUES ('next', 1990, 'DE', 'x', 'x') RETURNING id",
    )
    .fetch_one(&mut pg)
    .await
    .unwrap();
    assert_eq!(
        next_person,
        high + 1,
        "a deleted person's id is not given again"
    );
    pg.close().await.ok();
}

#[tokio::test]
async fn text_postgresql_cannot_hold_is_refused_naming_table_and_row() {
    let Some(target) = test_db("nul").await else {
        return;
    };
    let app = spawn_app().await;
    let mut lite = sqlite(&app.db_path).await;
    let body: i64 = sqlx::query_scalar("SELECT MAX(id) FROM bodies")
        .fetch_one(&mut lite)
        .await
        .unwrap();
    sqlx::query("UPDATE bodies SET website = $1 WHERE id = $2")
        .bind("https://example.org/\0")
        .bind(body)
        .execute(&mut lite)
        .await
        .unwrap();
    let refused = migrate_db::run(&options(&target, &app.db_path))
        .await
        .expect_err("a NUL character is refused");
    let message = refused.to_string();
    assert!(
        message.starts_with("bodies: the row id ")
            && message.contains(&body.to_string())
            && message.contains("website")
            && message.contains("NUL"),
        "{message}"
    );
    let mut pg = target.connect().await;
    assert!(
        target_counts(&mut pg).await.is_empty(),
        "nothing was written"
    );
    pg.close().await.ok();
}

#[tokio::test]
async fn the_command_prints_rows_and_checksums_per_table_and_exits_with_an_error_when_refused() {
    let Some(target) = test_db("command").await else {
        return;
    };
    let app = spawn_app().await;
    // The test server trusts loopback: the password is there to be hidden, not checked.
    let to = target
        .url
        .replacen("://postgres@", "://postgres:s3cret@", 1);
    assert!(to.contains("s3cret"), "the test server's user is postgres");
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_partnerportal"))
            .args(["migrate-db", "--from"])
            .arg(format!("sqlite://{}", app.db_path.display()))
            .args(["--to", &to])
            .args(extra)
            // The command names its own databases; a DATABASE_URL of another kind is not read.
            .env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")
            .output()
            .expect("the binary runs")
    };
    let dry = run(&["--dry-run"]);
    let out = String::from_utf8_lossy(&dry.stdout);
    assert!(
        dry.status.success(),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    assert!(
        out.contains("dry run") && out.contains("rolled back"),
        "{out}"
    );
    let mut pg = target.connect().await;
    assert!(target_counts(&mut pg).await.is_empty());

    let real = run(&[]);
    let out = String::from_utf8_lossy(&real.stdout);
    assert!(
        real.status.success(),
        "{}",
        String::from_utf8_lossy(&real.stderr)
    );
    let bodies = out
        .lines()
        .find(|l| l.starts_with("bodies "))
        .expect("a line for bodies");
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM bodies")
        .fetch_one(&mut pg)
        .await
        .unwrap();
    assert!(
        bodies.split_whitespace().collect::<Vec<_>>()[1..3] == [n.to_string().as_str(), "ok"],
        "{bodies}"
    );
    assert!(out.contains("rows/s") && out.contains("committed"), "{out}");
    assert!(
        !out.contains("s3cret"),
        "the password is never printed: {out}"
    );

    let again = run(&[]);
    assert!(!again.status.success());
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(err.contains("already holds data"), "{err}");
    pg.close().await.ok();
}

#[tokio::test]
async fn a_row_whose_foreign_key_points_nowhere_is_refused_and_nothing_is_written() {
    let Some(target) = test_db("foreign_key").await else {
        return;
    };
    let app = spawn_app().await;
    let mut lite = sqlite(&app.db_path).await;
    let milestone: i64 = sqlx::query_scalar("SELECT MIN(id) FROM milestones")
        .fetch_one(&mut lite)
        .await
        .unwrap();
    // SQLite checks foreign keys only where a connection asks it to; this one does not.
    sqlx::query("PRAGMA foreign_keys = OFF")
        .execute(&mut lite)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO milestone_bodies (milestone_id, body_id, position) VALUES ($1, 987654, 9)",
    )
    .bind(milestone)
    .execute(&mut lite)
    .await
    .unwrap();
    let refused = migrate_db::run(&options(&target, &app.db_path))
        .await
        .expect_err("a dangling reference is refused");
    let message = refused.to_string();
    assert!(
        message.starts_with("milestone_bodies: ")
            && message.contains("foreign key")
            && message.contains("987654"),
        "{message}"
    );
    let mut pg = target.connect().await;
    assert!(
        target_counts(&mut pg).await.is_empty(),
        "nothing was written"
    );
    pg.close().await.ok();
}
