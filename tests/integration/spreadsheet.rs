//! Staff spreadsheets: export → import round trips, dry runs, all-or-nothing imports, rights per
//! row, hostile files, and the workbench page (upload, report, carry out, downloads).

use partnerportal::domain::access::{Principal, Role};
use partnerportal::io::spreadsheet::{FileError, Format, SheetKind, Workbook, read};
use partnerportal::store::bulk_import::{Disposition, ImportReport, Mode, Outcome};
use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, COOKIE};

use crate::common::{TestApp, spawn_app};
use crate::fresh_database::FreshDatabase;
use crate::workbench::{create_user, form_fields, sign_in};

async fn export(app: &TestApp, format: Format, kinds: &[SheetKind]) -> Vec<u8> {
    partnerportal::spreadsheet::export(&app.store, format, kinds)
        .await
        .unwrap()
}

fn parse(bytes: &[u8]) -> Workbook {
    read::read(bytes).expect("the file reads").1
}

async fn import(app: &TestApp, who: &Principal, bytes: &[u8], mode: Mode) -> ImportReport {
    app.store
        .import_workbook(who, &parse(bytes), mode, &|| {})
        .await
        .unwrap()
}

const APPLY: Mode = Mode::Apply {
    expected_stamp: None,
};

/// The staff CSV of bodies with `edit` applied to its text.
async fn bodies_csv(app: &TestApp, edit: impl FnOnce(String) -> String) -> Vec<u8> {
    let text = String::from_utf8(export(app, Format::Csv, &[SheetKind::Bodies]).await).unwrap();
    edit(text).into_bytes()
}

fn reasons(report: &ImportReport) -> Vec<String> {
    report
        .rows
        .iter()
        .filter_map(|r| match &r.outcome {
            Outcome::Reject(problems) => Some(format!(
                "{} row {}: {}",
                r.sheet,
                r.row,
                problems
                    .iter()
                    .map(|p| p.to_string())
                    .collect::<Vec<_>>()
                    .join("; ")
            )),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn exporting_the_registry_and_importing_it_again_changes_nothing_in_every_format() {
    let app = spawn_app().await;
    let before = app.store.spreadsheet_records().await.unwrap();
    let stamp = app.store.change_stamp().await.unwrap();
    let files = [
        export(&app, Format::Xlsx, &SheetKind::ALL).await,
        export(&app, Format::Ods, &SheetKind::ALL).await,
        export(&app, Format::Csv, &[SheetKind::Bodies]).await,
        export(&app, Format::Csv, &[SheetKind::Partnerships]).await,
    ];
    for file in &files {
        let report = import(&app, &Principal::command_line(), file, APPLY).await;
        assert_eq!(report.disposition, Disposition::Applied);
        assert_eq!(report.created() + report.changed() + report.rejected(), 0);
        assert!(report.unchanged() > 20, "{}", report.unchanged());
    }
    assert_eq!(app.store.spreadsheet_records().await.unwrap(), before);
    assert_eq!(
        app.store.change_stamp().await.unwrap(),
        stamp,
        "nothing was written, not even an audit entry"
    );
}

#[tokio::test]
async fn a_dry_run_lists_creations_changes_and_refusals_and_writes_nothing() {
    let app = spawn_app().await;
    let stamp = app.store.change_stamp().await.unwrap();
    let file = bodies_csv(&app, |text| {
        text.replace("\ncarpi,Carpi,", "\ncarpi,Carpi (MO),")
            + "neudorf,Neudorf,municipality,DE,landkreis-harz,51.6,11.1,,,,,,,,,no\r\n"
            + "bad slug,X,town,DE,,,,,,,,,,,,yes\r\n"
    })
    .await;
    let report = import(&app, &Principal::command_line(), &file, Mode::DryRun).await;
    assert_eq!(report.disposition, Disposition::DryRun);
    assert_eq!(
        (report.created(), report.changed(), report.rejected()),
        (1, 1, 1)
    );
    let change = report
        .rows
        .iter()
        .find_map(|r| match &r.outcome {
            Outcome::Change(c) => Some((r.slug.clone(), c.clone())),
            _ => None,
        })
        .unwrap();
    assert_eq!(
        change,
        (
            "carpi".to_owned(),
            vec![("name", "Carpi".to_owned(), "Carpi (MO)".to_owned())]
        )
    );
    let refused = reasons(&report);
    assert_eq!(refused.len(), 1);
    assert!(
        refused[0].starts_with("bodies row 49: slug: 'bad slug'"),
        "{refused:?}"
    );
    assert!(
        refused[0].contains("kind: 'town' is not one of"),
        "{refused:?}"
    );
    assert_eq!(app.store.change_stamp().await.unwrap(), stamp);
    assert!(app.store.body_record("neudorf").await.unwrap().is_none());
    assert_eq!(
        app.store
            .body_record("carpi")
            .await
            .unwrap()
            .unwrap()
            .record
            .name,
        "Carpi"
    );
}

#[tokio::test]
async fn one_refused_row_keeps_the_whole_import_out_and_a_clean_file_goes_in_with_its_audit_entries()
 {
    let app = spawn_app().await;
    let stamp = app.store.change_stamp().await.unwrap();
    let partnerships = |extra: &str| {
        format!(
            "slug,home,partner,level,kind,status,topics,since,published\r\n\
             ,wernigerode,neudorf,municipal,friendship,active,tourism;culture_heritage,1999-06,no\r\n{extra}"
        )
    };
    let bodies = bodies_csv(&app, |text| {
        text + "neudorf,Neudorf,municipality,DE,landkreis-harz,51.6,11.1,,,,,,,,,no\r\n"
    })
    .await;
    // The partnership names a body no file creates.
    let bad = partnerships(",wernigerode,atlantis,municipal,partnership,active,,,no\r\n");
    let mut book = parse(&bodies);
    book.partnerships = parse(bad.as_bytes()).partnerships;
    let report = app
        .store
        .import_workbook(&Principal::command_line(), &book, APPLY, &|| {})
        .await
        .unwrap();
    assert_eq!(report.disposition, Disposition::Refused);
    assert_eq!(
        reasons(&report),
        ["partnerships row 3: partner: no body 'atlantis' exists"]
    );
    assert!(app.store.body_record("neudorf").await.unwrap().is_none());
    assert_eq!(app.store.change_stamp().await.unwrap(), stamp);

    let mut book = parse(&bodies);
    book.partnerships = parse(partnerships("").as_bytes()).partnerships;
    let report = app
        .store
        .import_workbook(&Principal::command_line(), &book, APPLY, &|| {})
        .await
        .unwrap();
    assert_eq!(
        report.disposition,
        Disposition::Applied,
        "{:?}",
        reasons(&report)
    );
    assert_eq!((report.created(), report.changed()), (2, 0));
    let created = app
        .store
        .partnership_record("wernigerode-neudorf")
        .await
        .unwrap()
        .expect("a partnership without slug gets home-partner");
    assert_eq!(
        created.record.milestones.len(),
        1,
        "since became a dated milestone"
    );
    assert_eq!(
        created.record.milestones[0].date.unwrap().to_string(),
        "1999-06"
    );
    // Counted, not read off the last id: PostgreSQL may skip ids a rolled-back transaction took.
    let entries: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE id > $1")
        .bind(stamp)
        .fetch_one(&mut app.db().await)
        .await
        .unwrap();
    assert_eq!(entries, 2, "one audit entry per record written");
}

#[tokio::test]
async fn editors_import_only_rows_of_their_bodies() {
    let app = spawn_app().await;
    create_user(&app, "harz", Role::Editor, &["wernigerode"]).await;
    let (user, _) = app.store.credentials("harz").await.unwrap().unwrap();
    let editor = user.principal(partnerportal::domain::access::Channel::Cli);
    let file = bodies_csv(&app, |text| {
        text.replace(
            "\nwernigerode,Wernigerode,",
            "\nwernigerode,Stadt Wernigerode,",
        )
        .replace("\ncarpi,Carpi,", "\ncarpi,Carpi (MO),")
    })
    .await;
    let report = import(&app, &editor, &file, APPLY).await;
    assert_eq!(report.disposition, Disposition::Refused);
    assert_eq!(report.changed(), 1, "the editor's own body would change");
    let refused = reasons(&report);
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert!(
        refused[0].contains("you may not change this body"),
        "{refused:?}"
    );
    assert_eq!(
        app.store
            .body_record("wernigerode")
            .await
            .unwrap()
            .unwrap()
            .record
            .name,
        "Wernigerode"
    );
}

#[tokio::test]
async fn hostile_and_malformed_files_are_refused_with_a_clear_message() {
    let app = spawn_app().await;
    let bomb = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/spreadsheet/zip-bomb.xlsx"),
    )
    .unwrap();
    assert!(bomb.len() < 1_000_000);
    let started = std::time::Instant::now();
    assert_eq!(
        read::read(&bomb).unwrap_err().code(),
        "zip-bomb",
        "450 MB of zeros in 450 kB"
    );
    assert!(started.elapsed().as_secs() < 30);

    let header = partnerportal::io::spreadsheet::columns::BODY_COLUMNS.join(",");
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (Vec::new(), "the file is empty"),
        (
            format!("{header}\r\nkonnern,K\u{f6}nnern,municipality,DE,,,,,,,,,,,,yes\r\n")
                .replace('\u{f6}', "\u{0}")
                .into_bytes()
                .into_iter()
                .map(|b| if b == 0 { 0xf6 } else { b })
                .collect(),
            "line 2 is not UTF-8 text",
        ),
        (
            (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect(),
            "not a spreadsheet",
        ),
        (
            format!("{header},colour\r\n").into_bytes(),
            "unknown column(s) colour",
        ),
        (
            b"slug,name,kind,country\r\nx,X,municipality,DE\r\n".to_vec(),
            "lacks the column(s) parent, latitude",
        ),
        (
            format!("{header},name\r\n").into_bytes(),
            "the column(s) name more than once",
        ),
        (format!("{header}\r\n").into_bytes(), "no data rows"),
    ];
    for (bytes, expected) in cases {
        let error: FileError = read::read(&bytes).unwrap_err();
        assert!(
            error.to_string().contains(expected),
            "{error} should say {expected}"
        );
    }
    let stamp = app.store.change_stamp().await.unwrap();
    let duplicate = bodies_csv(&app, |text| {
        text + "neudorf,Neudorf,municipality,DE,,,,,,,,,,,,no\r\nneudorf,Neudorf 2,municipality,DE,,,,,,,,,,,,no\r\n"
    })
    .await;
    let report = import(&app, &Principal::command_line(), &duplicate, APPLY).await;
    assert_eq!(
        reasons(&report),
        ["bodies row 49: slug: row 48 already has 'neudorf'"]
    );
    assert_eq!(app.store.change_stamp().await.unwrap(), stamp);
}

#[tokio::test]
async fn names_that_look_like_formulas_are_defused_on_export_and_come_back_as_they_were() {
    let app = spawn_app().await;
    let mut carpi = app.store.body_record("carpi").await.unwrap().unwrap();
    carpi.record.name = "=HYPERLINK(\"http://evil.example\",\"Carpi\")".into();
    app.store
        .update_body(
            &Principal::command_line(),
            "carpi",
            carpi.version,
            &carpi.record,
        )
        .await
        .unwrap();
    let csv = String::from_utf8(export(&app, Format::Csv, &[SheetKind::Bodies]).await).unwrap();
    assert!(csv.contains("\ncarpi,\"'=HYPERLINK("), "{csv}");
    for format in [Format::Xlsx, Format::Ods, Format::Csv] {
        let file = export(&app, format, &[SheetKind::Bodies]).await;
        let report = import(&app, &Principal::command_line(), &file, Mode::DryRun).await;
        assert_eq!(
            report.changed() + report.created() + report.rejected(),
            0,
            "{format:?}"
        );
    }
}

#[tokio::test]
async fn a_hundred_thousand_rows_read_within_bounds() {
    let header = partnerportal::io::spreadsheet::columns::BODY_COLUMNS.join(",");
    let mut text = format!("{header}\r\n");
    for i in 0..100_000 {
        text.push_str(&format!(
            "gen-{i},Gemeinde {i},municipality,DE,,51.{i},10.5,,,,,,,,,yes\r\n"
        ));
    }
    let started = std::time::Instant::now();
    let (_, book) = read::read(text.as_bytes()).unwrap();
    assert_eq!(book.bodies.len(), 100_000);
    assert!(book.bodies.iter().all(|p| p.value.is_ok()));
    assert!(started.elapsed().as_secs() < 60, "{:?}", started.elapsed());
}

fn multipart(csrf: &str, file_name: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "----partnerportal-test-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn upload(app: &TestApp, cookie: &str, csrf: &str, bytes: &[u8]) -> (StatusCode, String) {
    let (content_type, body) = multipart(csrf, "registry.csv", bytes);
    let response = app
        .raw_client
        .post(app.url("/de/workbench/import"))
        .header(COOKIE, format!("pp_session={cookie}"))
        .header(CONTENT_TYPE, content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    (response.status(), response.text().await.unwrap())
}

#[tokio::test]
async fn staff_upload_a_file_see_the_dry_run_and_carry_it_out_once() {
    let app = spawn_app().await;
    create_user(&app, "admin", Role::Admin, &[]).await;
    let session = sign_in(&app, "admin").await;
    let page = session.get("/de/workbench/import").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("/de/workbench/import/download/registry.xlsx")
    );

    let download = session
        .get("/de/workbench/import/download/registry.xlsx")
        .await;
    assert_eq!(download.status, StatusCode::OK);
    let file = bodies_csv(&app, |t| t.replace("\ncarpi,Carpi,", "\ncarpi,Carpi (MO),")).await;

    let (status, _) = upload(&app, &session.cookie, "wrong", &file).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "the CSRF token is checked");

    let (status, html) = upload(&app, &session.cookie, &session.csrf, &file).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(
        html.contains("Probelauf: Es wurde nichts geschrieben."),
        "{html}"
    );
    assert!(html.contains("name: Carpi → Carpi (MO)"), "{html}");
    let carry_out = form_fields(&html, "/de/workbench/import/apply");
    assert_eq!(
        app.store
            .body_record("carpi")
            .await
            .unwrap()
            .unwrap()
            .record
            .name,
        "Carpi"
    );

    let applied = crate::workbench::post_form(
        &app,
        "/de/workbench/import/apply",
        Some(&session.cookie),
        &carry_out,
    )
    .await;
    assert_eq!(applied.status, StatusCode::OK, "{}", applied.body);
    assert!(
        applied.body.contains("vollständig ausgeführt"),
        "{}",
        applied.body
    );
    assert_eq!(
        app.store
            .body_record("carpi")
            .await
            .unwrap()
            .unwrap()
            .record
            .name,
        "Carpi (MO)"
    );
    let again = crate::workbench::post_form(
        &app,
        "/de/workbench/import/apply",
        Some(&session.cookie),
        &carry_out,
    )
    .await;
    assert_eq!(
        again.status,
        StatusCode::CONFLICT,
        "an upload is carried out once"
    );

    // A dry run, then someone else changes the registry: carrying it out is refused.
    let file = bodies_csv(&app, |t| t.replace("\ncarpi,Carpi (MO),", "\ncarpi,Carpi,")).await;
    let (_, html) = upload(&app, &session.cookie, &session.csrf, &file).await;
    let carry_out = form_fields(&html, "/de/workbench/import/apply");
    let mut wr = app.store.body_record("wernigerode").await.unwrap().unwrap();
    wr.record.website = Some("https://www.wernigerode.de".into());
    app.store
        .update_body(
            &Principal::command_line(),
            "wernigerode",
            wr.version,
            &wr.record,
        )
        .await
        .unwrap();
    let refused = crate::workbench::post_form(
        &app,
        "/de/workbench/import/apply",
        Some(&session.cookie),
        &carry_out,
    )
    .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused.body.contains("seit dem Probelauf geändert"),
        "{}",
        refused.body
    );
    assert_eq!(
        app.store
            .body_record("carpi")
            .await
            .unwrap()
            .unwrap()
            .record
            .name,
        "Carpi (MO)"
    );

    let (status, html) = upload(&app, &session.cookie, &session.csrf, b"\x00\x01binary").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("keine Tabelle"), "{html}");
    let (status, html) = upload(
        &app,
        &session.cookie,
        &session.csrf,
        b"slug,name\r\nk,K\xf6nnern\r\n",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("Zeile 2 ist kein UTF-8-Text"), "{html}");
}

/// Runs the binary in the database's directory, on the database.
fn cli(database: &FreshDatabase, args: &[&str]) -> (Option<i32>, String, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_partnerportal"))
        .current_dir(database.dir())
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "off")
        .arg("--database")
        .arg(database.arg())
        .args(args)
        .output()
        .expect("the binary runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_command_line_exports_a_workbook_and_imports_it_with_a_report_and_an_exit_status() {
    let database = FreshDatabase::new_blocking("registry.sqlite3");
    let path = database.dir();
    assert_eq!(cli(&database, &["import-seed"]).0, Some(0));
    let (code, _, stderr) = cli(
        &database,
        &["export", "--format", "xlsx", "--output", "registry.xlsx"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let (code, stdout, stderr) = cli(&database, &["import", "registry.xlsx", "--dry-run"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.ends_with(
            "0 created, 0 changed, 72 unchanged, 0 refused — dry run: nothing was written\n"
        ),
        "{stdout}"
    );
    let (code, _, _) = cli(
        &database,
        &[
            "export",
            "--format",
            "sheet-csv",
            "--what",
            "bodies",
            "--output",
            "bodies.csv",
        ],
    );
    assert_eq!(code, Some(0));
    let csv = std::fs::read_to_string(path.join("bodies.csv")).unwrap();
    std::fs::write(
        path.join("bodies.csv"),
        csv.replace(
            "\ncarpi,Carpi,municipality,IT,",
            "\ncarpi,Carpi,municipality,XX1,",
        ),
    )
    .unwrap();
    let (code, stdout, stderr) = cli(&database, &["import", "bodies.csv"]);
    assert_eq!(code, Some(1), "a refused row fails the command");
    assert!(stdout.contains("refused  bodies row "), "{stdout}");
    assert!(
        stdout.contains("(carpi)") || stdout.contains("country:"),
        "{stdout}"
    );
    assert!(
        stderr.contains("1 row(s) refused; nothing was imported"),
        "{stderr}"
    );
    std::fs::write(path.join("latin1.csv"), b"slug,name\r\nk,K\xf6nnern\r\n").unwrap();
    let (code, _, stderr) = cli(&database, &["import", "latin1.csv"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("line 2 is not UTF-8"), "{stderr}");
}

/// Random values staff could type, written through the record writes, then exported in each format
/// and imported again: every row comes back unchanged (proptest generates the values).
#[tokio::test]
async fn random_records_round_trip_through_every_format_unchanged() {
    use partnerportal::domain::values::PartialDate;
    use partnerportal::domain::vocab::{PartnershipStatus, Topic};
    use proptest::prelude::*;
    use proptest::strategy::ValueTree;

    let app = spawn_app().await;
    let who = Principal::command_line();
    let name = "[=+@'\\-]?[A-Za-zÀ-žąęłńśźżŁ' ,.()\t\\-]{0,30}[A-Za-zÀ-ž0-9]"
        .prop_map(|s: String| s.trim().to_owned());
    let strategy = (
        proptest::collection::vec(name, 3),
        proptest::option::of((-90.0f64..90.0, -180.0f64..180.0)),
        proptest::option::of((1800u16..2100, 1u8..=12)),
        proptest::option::of("[A-Z]{2}[0-9A-Z]{1,3}"),
        proptest::sample::subsequence(Topic::ALL.to_vec(), 0..5),
        0..PartnershipStatus::ALL.len(),
    );
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for case in 0..6 {
        let (names, coordinates, since, nuts, topics, status) =
            strategy.new_tree(&mut runner).unwrap().current();
        for (slug, name) in ["carpi", "wernigerode", "landkreis-harz"]
            .iter()
            .zip(&names)
        {
            let mut body = app.store.body_record(slug).await.unwrap().unwrap();
            body.record.name = name.clone();
            body.record.latitude = coordinates.map(|c| c.0);
            body.record.longitude = coordinates.map(|c| c.1);
            body.record.nuts_code = nuts.clone();
            body.record.valid_from =
                since.map(|(y, m)| PartialDate::parse(&format!("{y}-{m:02}")).unwrap());
            app.store
                .update_body(&who, slug, body.version, &body.record)
                .await
                .unwrap_or_else(|e| panic!("case {case}: {name:?}: {e}"));
        }
        let mut p = app
            .store
            .partnership_record("wernigerode-carpi")
            .await
            .unwrap()
            .unwrap();
        p.record.topics = topics.clone();
        p.record.status = PartnershipStatus::ALL[status];
        app.store
            .update_partnership(&who, "wernigerode-carpi", p.version, &p.record)
            .await
            .unwrap();
        let before = app.store.spreadsheet_records().await.unwrap();
        let stamp = app.store.change_stamp().await.unwrap();
        for (format, kinds) in [
            (Format::Xlsx, &SheetKind::ALL[..]),
            (Format::Ods, &SheetKind::ALL[..]),
            (Format::Csv, &[SheetKind::Bodies][..]),
            (Format::Csv, &[SheetKind::Partnerships][..]),
        ] {
            let file = export(&app, format, kinds).await;
            let report = import(&app, &who, &file, APPLY).await;
            assert_eq!(
                (report.created(), report.changed(), report.rejected()),
                (0, 0, 0),
                "case {case}, {format:?}, names {names:?}: {:?}",
                report
                    .rows
                    .iter()
                    .filter(|r| r.outcome != Outcome::Unchanged)
                    .collect::<Vec<_>>()
            );
        }
        assert_eq!(app.store.spreadsheet_records().await.unwrap(), before);
        assert_eq!(app.store.change_stamp().await.unwrap(), stamp);
    }
}
