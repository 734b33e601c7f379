//! The command line: the built binary run as an operator would run it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use partnerportal::io::export::CSV_HEADER;
use serde_json::Value;

use crate::common::{bytes, side_files, small_seed};
use crate::fresh_database::FreshDatabase;

/// A working directory for the binary, with its database (a file there on SQLite, a database of its
/// own on PostgreSQL).
struct Workspace {
    database: FreshDatabase,
}

impl Workspace {
    fn new() -> Workspace {
        Workspace {
            database: FreshDatabase::new_blocking("registry.sqlite3"),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.database.dir().join(name)
    }

    fn write(&self, name: &str, content: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, content).unwrap();
        path
    }

    /// Runs the binary against `database` (unless the arguments name another).
    fn run(&self, args: &[&str]) -> Run {
        let mut command = Command::new(env!("CARGO_BIN_EXE_partnerportal"));
        command
            .current_dir(self.database.dir())
            .env_remove("DATABASE_URL")
            .env_remove("PARTNERPORTAL_ADDR")
            .env("RUST_LOG", "off")
            .env("NO_COLOR", "1");
        if !args.contains(&"--database") {
            command.arg("--database").arg(self.database.arg());
        }
        let output = command.args(args).output().expect("the binary runs");
        Run::from(args, output)
    }

    /// The whole registry as `export --format json` writes it.
    fn export(&self) -> Value {
        let run = self.run(&["export", "--format", "json"]).success();
        serde_json::from_str(&run.stdout).expect("the export is JSON")
    }
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

    /// Asserts a failure whose message (on standard error) contains every one of `phrases`.
    fn failure(self, phrases: &[&str]) -> Run {
        assert!(
            matches!(self.code, Some(code) if code != 0),
            "`{}` did not fail (exit {:?}):\n{}",
            self.args,
            self.code,
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
        assert!(
            !self.stderr.contains("panicked"),
            "`{}` panicked:\n{}",
            self.args,
            self.stderr
        );
        self
    }
}

fn assert_unchanged(path: &Path, before: &[u8]) {
    assert_eq!(bytes(path), before, "{} was changed", path.display());
}

#[test]
fn help_mentions_every_command() {
    let workspace = Workspace::new();
    let run = workspace.run(&["--help"]).success();
    for command in ["serve", "import-seed", "export", "openapi", "--database"] {
        assert!(
            run.stdout.contains(command),
            "{command} missing:\n{}",
            run.stdout
        );
    }
    assert!(
        workspace.database.is_untouched_blocking(),
        "--help created a database"
    );
    let run = workspace.run(&["export", "--help"]).success();
    assert!(run.stdout.contains("--format"));
    assert!(run.stdout.contains("csv"));
}

#[test]
fn import_seed_twice_loads_the_seed_once() {
    let workspace = Workspace::new();
    let first = workspace.run(&["import-seed"]).success();
    assert!(
        first.stdout.contains("added 46 bodies, 37 facts, 5 successions, 26 partnerships, 10 milestones, 1 contact points, 3 sources"),
        "{}",
        first.stdout
    );
    let export = workspace.export();
    let second = workspace.run(&["import-seed"]).success();
    assert_eq!(second.stdout.trim(), "seed already loaded: nothing to add");
    assert_eq!(workspace.export(), export);
}

#[test]
fn export_as_csv_writes_a_header_and_one_row_per_partnership() {
    let workspace = Workspace::new();
    workspace.run(&["import-seed"]).success();
    let run = workspace.run(&["export", "--format", "csv"]).success();
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, CSV_HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 26);
    assert!(rows.iter().all(|r| r.len() == CSV_HEADER.len()));
    let first = &rows[0];
    assert_eq!(&first[0], "harz-belfort");
    assert_eq!(&first[1], "district");
    assert_eq!(&first[4], "1995");
    assert_eq!(&first[9], "Territoire de Belfort");
    assert!(first[12].split(';').any(|t| t == "volunteering"));
    let contact = rows
        .iter()
        .find(|r| &r[0] == "bad-suderode-konskie")
        .expect("the Bad Suderode–Końskie contact");
    assert_eq!(&contact[13], "harz-konecki");
    assert_eq!(&contact[9], "Końskie");
}

#[test]
fn export_as_json_has_every_partnership_and_body() {
    let workspace = Workspace::new();
    workspace.run(&["import-seed"]).success();
    let export = workspace.export();
    let partnerships = export["partnerships"].as_array().unwrap();
    assert_eq!(partnerships.len(), 26);
    assert_eq!(export["bodies"].as_array().unwrap().len(), 46);
    let bistrita = partnerships
        .iter()
        .find(|p| p["slug"] == "harz-bistrita-nasaud")
        .unwrap();
    assert_eq!(bistrita["milestones"].as_array().unwrap().len(), 3);
    // --output writes the same to a file.
    let file = workspace.path("export.json");
    let run = workspace
        .run(&[
            "export",
            "--format",
            "json",
            "--output",
            file.to_str().unwrap(),
        ])
        .success();
    assert!(run.stdout.is_empty());
    let written: Value = serde_json::from_slice(&bytes(&file)).unwrap();
    assert_eq!(written, export);
}

#[test]
fn export_of_an_empty_database_has_nothing_in_it() {
    let workspace = Workspace::new();
    let export = workspace.export();
    assert_eq!(export["partnerships"], serde_json::json!([]));
    assert_eq!(export["bodies"], serde_json::json!([]));
    let csv = workspace.run(&["export", "--format", "csv"]).success();
    assert_eq!(csv.stdout.trim(), CSV_HEADER.join(","));
}

#[test]
fn openapi_prints_the_document_the_server_serves() {
    let workspace = Workspace::new();
    let run = workspace.run(&["openapi"]).success();
    let printed: Value = serde_json::from_str(&run.stdout).unwrap();
    let built = serde_json::to_value(partnerportal::api::openapi_document()).unwrap();
    assert_eq!(printed, built);
    assert!(
        workspace.database.is_untouched_blocking(),
        "openapi needs no database"
    );
}

#[test]
fn a_database_that_is_not_sqlite_is_refused_and_left_untouched() {
    let workspace = Workspace::new();
    let content = "Partnerschaften des Landkreises Harz\nBelfort, Konecki, Iași, Bistrița-Năsăud\n";
    let notes = workspace.write("notes.txt", content);
    for command in [
        &["import-seed"][..],
        &["export", "--format", "csv"][..],
        &["serve", "--addr", "127.0.0.1:0"][..],
    ] {
        let mut args = vec!["--database", notes.to_str().unwrap()];
        args.extend_from_slice(command);
        let run = workspace
            .run(&args)
            .failure(&["notes.txt", "is not an SQLite database"]);
        assert!(run.stdout.is_empty(), "{}", run.stdout);
        assert_unchanged(&notes, content.as_bytes());
        assert!(side_files(&notes).is_empty(), "{:?}", side_files(&notes));
    }
}

#[test]
fn an_unsupported_or_unreachable_database_is_refused_with_its_address_named() {
    let workspace = Workspace::new();
    workspace
        .run(&["--database", "mysql://localhost/pp", "import-seed"])
        .failure(&["'mysql' is not supported"]);
    // Nothing listens on port 1: the server is named, without its password.
    let unreachable = workspace
        .run(&[
            "--database",
            "postgres://pp:secret@127.0.0.1:1/pp",
            "import-seed",
        ])
        .failure(&["cannot connect to the database at postgres://pp@127.0.0.1:1/pp"]);
    assert!(
        !unreachable.stderr.contains("secret"),
        "{}",
        unreachable.stderr
    );
    workspace
        .run(&["--database", "sqlite::memory:", "import-seed"])
        .failure(&["give a file path"]);
}

/// Each broken seed file is refused with a message that names its problem, and the database keeps
/// exactly what it had.
#[test]
fn broken_seed_files_are_refused_with_the_problem_named_and_the_database_unchanged() {
    let workspace = Workspace::new();
    workspace.run(&["import-seed"]).success();
    let export = workspace.export();
    // On SQLite, not a byte of the file changes either.
    let database = workspace.database.file();
    let before = database.map(|file| bytes(file));
    let cases: Vec<(&str, String, Vec<&str>)> = vec![
        (
            "malformed.toml",
            "[portal\nhome_body = \"home\"\n".to_owned(),
            vec!["malformed.toml", "not valid TOML", "line 1"],
        ),
        (
            "unknown-field.toml",
            small_seed("colour = \"blue\"\n"),
            vec!["unknown-field.toml", "unknown field `colour`"],
        ),
        (
            "undefined-body.toml",
            small_seed(
                "\n[[partnerships]]\nbodies = [\"home\", \"nowhere\"]\nlevel = \"district\"\nkind = \"partnership\"\nstatus = \"active\"\n",
            ),
            vec![
                "undefined-body.toml",
                "partnership 'home-nowhere' names body 'nowhere', which is not defined",
            ],
        ),
        (
            "duplicate.toml",
            small_seed(
                "\n[[partnerships]]\nbodies = [\"home\", \"away\"]\nlevel = \"district\"\nkind = \"friendship\"\nstatus = \"active\"\n",
            ),
            vec![
                "duplicate.toml",
                "partnership 'home-away' is defined twice",
                "already have a partnership",
            ],
        ),
        (
            "reversed-duplicate.toml",
            small_seed(
                "\n[[partnerships]]\nbodies = [\"away\", \"home\"]\nlevel = \"district\"\nkind = \"friendship\"\nstatus = \"active\"\n",
            ),
            vec!["partnership 'away-home' joins 'away' and 'home', who already have a partnership"],
        ),
        (
            "bad-vocabulary.toml",
            small_seed("").replace("level = \"district\"", "level = \"county\""),
            vec!["unknown variant `county`"],
        ),
        (
            "bad-date.toml",
            small_seed("\n[[partnerships.milestones]]\ndate = \"2003-13\"\ntype = \"contract\"\n"),
            vec!["'2003-13': month 13 does not exist"],
        ),
    ];
    for (name, content, phrases) in cases {
        let file = workspace.write(name, &content);
        workspace
            .run(&["import-seed", "--file", file.to_str().unwrap()])
            .failure(&phrases);
        if let (Some(database), Some(before)) = (database, &before) {
            assert_unchanged(database, before);
        }
        assert_eq!(workspace.export(), export, "{name} changed the registry");
    }
    workspace
        .run(&["import-seed", "--file", "missing.toml"])
        .failure(&["cannot read the seed file 'missing.toml'"]);
    if let (Some(database), Some(before)) = (database, &before) {
        assert_unchanged(database, before);
    }
    assert_eq!(workspace.export(), export);
}

#[test]
fn a_valid_seed_file_adds_only_what_is_missing() {
    let workspace = Workspace::new();
    workspace.run(&["import-seed"]).success();
    let file = workspace.write("small.toml", &small_seed(""));
    let run = workspace
        .run(&["import-seed", "--file", file.to_str().unwrap()])
        .success();
    assert!(
        run.stdout
            .contains("added 2 bodies, 0 facts, 0 successions, 1 partnerships"),
        "{}",
        run.stdout
    );
    let export = workspace.export();
    assert_eq!(export["partnerships"].as_array().unwrap().len(), 27);
    assert_eq!(export["bodies"].as_array().unwrap().len(), 48);
    let again = workspace
        .run(&["import-seed", "--file", file.to_str().unwrap()])
        .success();
    assert_eq!(again.stdout.trim(), "seed already loaded: nothing to add");
}

#[test]
fn an_empty_other_name_is_reported_as_a_seed_problem_naming_the_body() {
    let workspace = Workspace::new();
    let seed = small_seed("").replace(
        "country = \"FR\"\n",
        "country = \"FR\"\nnames = [{ name = \"\", kind = \"variant\" }]\n",
    );
    let file = workspace.write("empty-name.toml", &seed);
    workspace
        .run(&["import-seed", "--file", file.to_str().unwrap()])
        .failure(&["empty-name.toml", "body 'away'"]);
}

#[test]
fn a_refused_seed_file_does_not_touch_the_database() {
    let workspace = Workspace::new();
    workspace.run(&["import-seed"]).success();
    let file = workspace.write("malformed.toml", "[portal\n");
    let Some(database) = workspace.database.file() else {
        // PostgreSQL: no write transaction commits (the data_version counters, which every one of
        // them bumps, stay as they are), and every table keeps its rows.
        let footprint = || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap()
                .block_on(async {
                    let mut conn = workspace.database.db().await;
                    let writes: i64 =
                        sqlx::query_scalar("SELECT CAST(SUM(version) AS BIGINT) FROM data_version")
                            .fetch_one(&mut conn)
                            .await
                            .unwrap();
                    (writes, workspace.database.row_counts().await)
                })
        };
        let before = footprint();
        for _ in 0..10 {
            workspace
                .run(&["import-seed", "--file", file.to_str().unwrap()])
                .failure(&["not valid TOML"]);
            assert_eq!(footprint(), before);
        }
        // The counters do see a write: a valid file changes them.
        let valid = workspace.write("small.toml", &small_seed(""));
        workspace
            .run(&["import-seed", "--file", valid.to_str().unwrap()])
            .success();
        assert_ne!(footprint().0, before.0);
        return;
    };
    let database_before = bytes(database);
    let side_files_before = side_files(database);
    for _ in 0..10 {
        workspace
            .run(&["import-seed", "--file", file.to_str().unwrap()])
            .failure(&["not valid TOML"]);
        assert_eq!(bytes(database), database_before);
        assert_eq!(side_files(database), side_files_before);
    }
}
