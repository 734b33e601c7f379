//! Wikidata: the bundled seed compared with the fixture query result and dump extract
//! (tests/fixtures/wikidata/), through the command line (`partnerportal wikidata diff`,
//! `quickstatements`, `import`) and the use case; hostile files refused with a clear message and
//! nothing written.

use std::path::{Path, PathBuf};
use std::process::Command;

use partnerportal::domain::access::{ActorId, Channel, Principal, Role};
use partnerportal::domain::wikidata::FindingKind;
use partnerportal::store::{DatabaseLocation, Store};
use serde_json::Value;

use crate::fresh_database::FreshDatabase;

const IDS: [(&str, &str); 8] = [
    ("landkreis-harz", "Q91001"),
    ("territoire-de-belfort", "Q91002"),
    ("iasi", "Q91003"),
    ("bistrita-nasaud", "Q91004"),
    ("wernigerode", "Q91010"),
    ("carpi", "Q91011"),
    ("halberstadt", "Q91020"),
    ("nachod", "Q91021"),
];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/wikidata")
        .join(name)
}

/// Runs the built binary on `database` (what `--database` takes).
fn partnerportal(database: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_partnerportal"))
        .env_remove("DATABASE_URL")
        .env_remove("PARTNERPORTAL_PUBLIC_URL")
        .env("RUST_LOG", "off")
        .arg("--database")
        .arg(database)
        .args(args)
        .output()
        .expect("the binary runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

async fn open(database: &str) -> Store {
    Store::open(&DatabaseLocation::parse(database).unwrap())
        .await
        .unwrap()
}

/// The seed in a fresh database, with the fixture's Wikidata ids set through the audited body write.
async fn seeded_registry() -> (FreshDatabase, String) {
    let fresh = FreshDatabase::new("registry.sqlite3").await;
    let database = fresh.arg();
    let (code, _, stderr) = partnerportal(&database, &["import-seed"]);
    assert_eq!(code, Some(0), "{stderr}");
    let store = open(&database).await;
    let who = Principal::command_line();
    for (slug, q) in IDS {
        let stored = store.body_record(slug).await.unwrap().expect(slug);
        let mut record = stored.record.clone();
        record.wikidata_id = Some(q.into());
        store
            .update_body(&who, slug, stored.version, &record)
            .await
            .unwrap();
    }
    store.close().await;
    (fresh, database)
}

/// Counts of rows the import could touch (partnerships, audit entries, bodies with a Wikidata id),
/// to prove a refused import wrote nothing.
async fn footprint(database: &str) -> (i64, i64, i64) {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(database).await.unwrap();
    let mut counts = Vec::new();
    for sql in [
        "SELECT COUNT(*) FROM partnerships",
        "SELECT COUNT(*) FROM audit_log",
        "SELECT COUNT(*) FROM bodies WHERE wikidata_id IS NOT NULL",
    ] {
        let n: i64 = sqlx::query_scalar(sql).fetch_one(&mut conn).await.unwrap();
        counts.push(n);
    }
    conn.close().await.unwrap();
    (counts[0], counts[1], counts[2])
}

#[tokio::test]
async fn the_diff_lists_every_kind_of_disagreement_between_the_seed_and_the_fixture() {
    let (_dir, database) = seeded_registry().await;
    let file = fixture("twinnings.json");
    let (code, json, stderr) = partnerportal(
        &database,
        &[
            "wikidata",
            "diff",
            file.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let report: Value = serde_json::from_str(&json).expect("JSON");
    let summary = &report["summary"];
    for (kind, count) in [
        ("missing_in_registry", 1),
        ("missing_in_wikidata", 1),
        ("one_sided", 2),
        ("start_differs", 1),
        ("end_differs", 1),
        ("unknown_item", 2),
        ("suggested_id", 1),
        ("conflicting_id", 0),
        ("matched_bodies", 8),
        ("statements_read", 10),
    ] {
        assert_eq!(summary[kind], count, "{kind}: {summary}");
    }
    let findings = report["findings"].as_array().unwrap();
    let start = findings
        .iter()
        .find(|f| f["kind"] == "start_differs")
        .unwrap();
    assert_eq!(start["partnership"], "harz-iasi");
    assert_eq!(
        (start["ours"].as_str(), start["theirs"].as_str()),
        (Some("2003"), Some("2004"))
    );
    let missing = findings
        .iter()
        .find(|f| f["kind"] == "missing_in_registry")
        .unwrap();
    assert_eq!(missing["sides"][0]["slug"], "wernigerode");
    assert_eq!(missing["sides"][1]["slug"], "halberstadt");
    let suggested = findings
        .iter()
        .find(|f| f["kind"] == "suggested_id")
        .unwrap();
    assert_eq!(suggested["sides"][0]["slug"], "quedlinburg");
    assert_eq!(suggested["theirs"], "Q91030");
    assert_eq!(suggested["matched_by"], "name");
    assert!(
        findings.iter().all(|f| f["partnership"] != "harz-belfort"),
        "1995 and 1995-01-01 at year precision agree"
    );

    let (code, table, _) = partnerportal(&database, &["wikidata", "diff", file.to_str().unwrap()]);
    assert_eq!(code, Some(0));
    assert!(
        table.contains("In Wikidata, missing in our registry (1)"),
        "{table}"
    );
    assert!(
        table.contains(
            "Landkreis Harz (Q91001) and Județul Iași (Q91003): start 2003 in our registry, 2004 in Wikidata [harz-iasi]"
        ),
        "{table}"
    );
}

#[tokio::test]
async fn quickstatements_add_what_wikidata_lacks_with_our_page_as_reference() {
    let (dir, database) = seeded_registry().await;
    let output = dir.dir().join("statements.tsv");
    let (code, _, stderr) = partnerportal(
        &database,
        &[
            "--public-url",
            "https://partner.example.org/",
            "wikidata",
            "quickstatements",
            fixture("twinnings.json").to_str().unwrap(),
            "--output",
            output.to_str().unwrap(),
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("4 statement(s) written"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&output).unwrap(),
        "Q91003\tP190\tQ91001\tP580\t+2003-00-00T00:00:00Z/9\tS854\t\"https://partner.example.org/partnerships/harz-iasi\"\n\
         Q91021\tP190\tQ91020\tS854\t\"https://partner.example.org/partnerships/halberstadt-nachod\"\n\
         Q91001\tP190\tQ91004\tP580\t+2003-00-00T00:00:00Z/9\tS854\t\"https://partner.example.org/partnerships/harz-bistrita-nasaud\"\n\
         Q91004\tP190\tQ91001\tP580\t+2003-00-00T00:00:00Z/9\tS854\t\"https://partner.example.org/partnerships/harz-bistrita-nasaud\"\n"
    );
}

#[tokio::test]
async fn a_dump_extract_is_compared_like_a_query_result() {
    let (_dir, database) = seeded_registry().await;
    let (code, json, stderr) = partnerportal(
        &database,
        &[
            "wikidata",
            "diff",
            fixture("entities.json").to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let report: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["summary"]["start_differs"], 1, "{json}");
    assert_eq!(report["summary"]["one_sided"], 1, "{json}");
    assert_eq!(report["summary"]["missing_in_wikidata"], 1, "{json}");
}

#[tokio::test]
async fn the_import_is_a_dry_run_until_applied_and_then_writes_audited_drafts() {
    let (_dir, database) = seeded_registry().await;
    let file = fixture("twinnings.json");
    let before = footprint(&database).await;
    let (code, plan, stderr) =
        partnerportal(&database, &["wikidata", "import", file.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        plan.contains("would set Wikidata id Q91030 on body 'quedlinburg'"),
        "{plan}"
    );
    assert!(
        plan.contains("would create draft partnership 'wernigerode-halberstadt'"),
        "{plan}"
    );
    assert!(
        plan.contains("would create draft partnership 'quedlinburg-wernigerode'"),
        "with the suggested id, Quedlinburg's twinning joins two known bodies: {plan}"
    );
    assert_eq!(
        footprint(&database).await,
        before,
        "a dry run writes nothing"
    );

    let (code, done, stderr) = partnerportal(
        &database,
        &["wikidata", "import", file.to_str().unwrap(), "--apply"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        done.contains("1 Wikidata id(s) set, 2 partnership(s) created"),
        "{done}"
    );
    let after = footprint(&database).await;
    assert_eq!(after.0, before.0 + 2);
    assert_eq!(after.1, before.1 + 3, "one audit entry per record written");
    assert_eq!(after.2, before.2 + 1);

    let store = open(&database).await;
    let created = store
        .partnership_record("wernigerode-halberstadt")
        .await
        .unwrap()
        .expect("created");
    assert!(
        !created.record.published,
        "imported partnerships are drafts"
    );
    assert_eq!(created.record.home, "wernigerode");
    let dates: Vec<String> = created
        .record
        .milestones
        .iter()
        .filter_map(|m| m.date.map(|d| d.to_string()))
        .collect();
    assert_eq!(dates, ["2010-06"]);
    let quedlinburg = store.body_record("quedlinburg").await.unwrap().unwrap();
    assert_eq!(quedlinburg.record.wikidata_id.as_deref(), Some("Q91030"));
    let history = store
        .history(
            partnerportal::domain::audit::Entity::Partnership,
            created.id,
        )
        .await
        .unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].actor_label, "command line");
    store.close().await;

    let (_, json, _) = partnerportal(
        &database,
        &[
            "wikidata",
            "diff",
            file.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    let report: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["summary"]["missing_in_registry"], 0, "{json}");
    assert_eq!(report["summary"]["suggested_id"], 0, "{json}");
    let (_, again, _) = partnerportal(
        &database,
        &["wikidata", "import", file.to_str().unwrap(), "--apply"],
    );
    assert!(
        again.contains("0 Wikidata id(s) set, 0 partnership(s)"),
        "{again}"
    );
}

#[tokio::test]
async fn an_import_refused_halfway_writes_nothing() {
    let (_dir, database) = seeded_registry().await;
    let store = open(&database).await;
    let quedlinburg = store.body_record("quedlinburg").await.unwrap().unwrap();
    // An editor of Quedlinburg only: the id may be set, the partnerships of others not created.
    let editor = Principal {
        id: ActorId::System,
        label: "editor of Quedlinburg".into(),
        role: Role::Editor,
        scope: vec![quedlinburg.id],
        channel: Channel::System,
    };
    let bytes = std::fs::read(fixture("twinnings.json")).unwrap();
    let outcome = partnerportal::wikidata::compare(&store, &bytes)
        .await
        .unwrap();
    assert_eq!(outcome.writes.ids.len(), 1);
    assert_eq!(outcome.comparison.count(FindingKind::SuggestedId), 1);
    store.close().await;
    let before = footprint(&database).await;
    let store = open(&database).await;
    let refused = partnerportal::wikidata::apply(&store, &editor, &outcome.writes).await;
    assert!(
        refused.is_err(),
        "the editor may not create Wernigerode's partnerships"
    );
    store.close().await;
    assert_eq!(footprint(&database).await, before, "nothing was written");
}

#[tokio::test]
async fn hostile_files_are_refused_with_a_clear_message_and_change_nothing() {
    let (dir, database) = seeded_registry().await;
    let before = footprint(&database).await;
    let huge_label = "x".repeat(100_000);
    let cases: Vec<(&str, String, &str)> = vec![
        ("empty.json", String::new(), "the file is empty"),
        ("page.json", "<html><body>502</body></html>".into(), "not JSON"),
        ("list.json", "[]".into(), "expected a JSON object"),
        ("other.json", r#"{"type":"FeatureCollection"}"#.into(), "neither a query result"),
        (
            "injection.json",
            r#"{"head":{"vars":["item"]},"results":{"bindings":[{"item":{"type":"uri","value":"http://www.wikidata.org/entity/Q12; DROP TABLE bodies"}}]}}"#.into(),
            "binding 1, ?item",
        ),
        (
            "foreign.json",
            r#"{"head":{"vars":["item","partner"]},"results":{"bindings":[{"item":{"type":"uri","value":"http://www.wikidata.org/entity/Q1"},"partner":{"type":"uri","value":"https://evil.example/Q2"}}]}}"#.into(),
            "binding 1, ?partner: 'https://evil.example/Q2' is not a Wikidata item address",
        ),
        (
            "label.json",
            format!(r#"{{"head":{{"vars":["item","itemLabel"]}},"results":{{"bindings":[{{"item":{{"type":"uri","value":"http://www.wikidata.org/entity/Q1"}},"itemLabel":{{"type":"literal","value":"{huge_label}"}}}}]}}}}"#),
            "binding 1, ?itemLabel: longer than 500 characters",
        ),
        (
            "date.json",
            r#"{"head":{"vars":["item","partner","start"]},"results":{"bindings":[{"item":{"type":"uri","value":"http://www.wikidata.org/entity/Q91010"},"partner":{"type":"uri","value":"http://www.wikidata.org/entity/Q91020"},"start":{"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#dateTime","value":"2010-13-45T00:00:00Z"}}]}}"#.into(),
            "binding 1, ?start",
        ),
    ];
    for (name, content, phrase) in cases {
        let path = dir.dir().join(name);
        std::fs::write(&path, content).unwrap();
        for args in [
            vec!["wikidata", "diff", path.to_str().unwrap()],
            vec!["wikidata", "import", path.to_str().unwrap(), "--apply"],
        ] {
            let (code, stdout, stderr) = partnerportal(&database, &args);
            assert_eq!(code, Some(1), "{name}: {stdout}");
            assert!(
                stderr.contains(phrase),
                "{name}: {phrase:?} expected in {stderr}"
            );
            assert!(!stderr.contains("panicked"), "{stderr}");
            assert!(stderr.len() < 1000, "{name}: the message stays short");
        }
    }
    let (code, _, stderr) = partnerportal(&database, &["wikidata", "diff", "/no/such/file.json"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("cannot read '/no/such/file.json'"),
        "{stderr}"
    );
    assert_eq!(footprint(&database).await, before, "nothing was written");
}

/// Posts a multipart form with `csrf` (when given) and `file`, as a browser's upload would.
async fn upload(
    app: &crate::common::TestApp,
    cookie: &str,
    csrf: Option<&str>,
    file: &[u8],
) -> (reqwest::StatusCode, String) {
    let boundary = "----partnerportal-test-boundary";
    let mut body = Vec::new();
    if let Some(csrf) = csrf {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n"
            )
            .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"query.json\"\r\n\
             Content-Type: application/json\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let response = app
        .raw_client
        .post(app.url("/de/workbench/wikidata"))
        .header(
            reqwest::header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(reqwest::header::COOKIE, format!("pp_session={cookie}"))
        .body(body)
        .send()
        .await
        .unwrap();
    (response.status(), response.text().await.unwrap())
}

async fn give_ids(store: &Store) {
    let who = Principal::command_line();
    for (slug, q) in IDS {
        let stored = store.body_record(slug).await.unwrap().expect(slug);
        let mut record = stored.record.clone();
        record.wikidata_id = Some(q.into());
        store
            .update_body(&who, slug, stored.version, &record)
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn staff_upload_a_query_result_and_see_the_comparison_and_quickstatements() {
    use crate::workbench::{create_user, sign_in};
    let app = crate::common::spawn_app().await;
    give_ids(&app.store).await;
    create_user(&app, "anna", Role::Reader, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let page = anna.get("/de/workbench/wikidata").await;
    assert_eq!(page.status, reqwest::StatusCode::OK);
    assert!(
        page.body.contains("enctype=\"multipart/form-data\""),
        "{}",
        page.body
    );

    let file = std::fs::read(fixture("twinnings.json")).unwrap();
    let (status, html) = upload(&app, &anna.cookie, Some(&anna.csrf), &file).await;
    assert_eq!(status, reqwest::StatusCode::OK, "{html}");
    for heading in [
        "In Wikidata, bei uns nicht erfasst (1)",
        "Bei uns, in Wikidata nicht erfasst (1)",
        "Nur in einer Richtung in Wikidata (2)",
        "Abweichender Beginn (1)",
        "Vorgeschlagene Wikidata-IDs (1)",
    ] {
        assert!(html.contains(heading), "{heading} missing");
    }
    assert!(html.contains("Județul Iași (Q91003)"));
    let expected_line = format!(
        "Q91003\tP190\tQ91001\tP580\t+2003-00-00T00:00:00Z/9\tS854\t\"{}/partnerships/harz-iasi\"",
        app.base_url.trim_end_matches('/')
    );
    assert!(
        crate::common::unescape(&html).contains(&expected_line),
        "{expected_line} missing"
    );

    let href = crate::common::hrefs(&html)
        .into_iter()
        .find(|h| h.starts_with("/de/workbench/wikidata/quickstatements/"))
        .expect("a download link");
    let download = anna.get(&href).await;
    assert_eq!(download.status, reqwest::StatusCode::OK);
    assert_eq!(download.body.lines().count(), 4, "{}", download.body);
    assert!(download.body.starts_with("Q91003\tP190\tQ91001\t"));

    create_user(&app, "bert", Role::Reader, &[]).await;
    let bert = sign_in(&app, "bert").await;
    assert_eq!(
        bert.get(&href).await.status,
        reqwest::StatusCode::NOT_FOUND,
        "another person's download is not theirs"
    );
}

#[tokio::test]
async fn the_upload_form_refuses_bad_files_missing_tokens_and_strangers() {
    use crate::workbench::{create_user, sign_in};
    let app = crate::common::spawn_app().await;
    create_user(&app, "anna", Role::Editor, &["wernigerode"]).await;
    let anna = sign_in(&app, "anna").await;
    let file = std::fs::read(fixture("twinnings.json")).unwrap();

    let (status, _) = upload(&app, &anna.cookie, None, &file).await;
    assert_eq!(status, reqwest::StatusCode::FORBIDDEN, "no CSRF token");
    let (status, _) = upload(&app, &anna.cookie, Some("forged"), &file).await;
    assert_eq!(status, reqwest::StatusCode::FORBIDDEN, "a wrong CSRF token");

    let (status, html) = upload(
        &app,
        &anna.cookie,
        Some(&anna.csrf),
        b"<script>alert(1)</script>",
    )
    .await;
    assert_eq!(status, reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("Die Datei wurde nicht gelesen"));
    assert!(html.contains("not JSON"));
    assert!(
        !html.contains("<script>alert"),
        "nothing uploaded is echoed unescaped"
    );

    let hostile = r#"{"head":{"vars":["item"]},"results":{"bindings":[{"item":{"type":"uri","value":"<img src=x onerror=alert(1)>"}}]}}"#;
    let (status, html) = upload(&app, &anna.cookie, Some(&anna.csrf), hostile.as_bytes()).await;
    assert_eq!(status, reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("binding 1, ?item"), "{html}");
    assert!(!html.contains("<img src=x"), "the value is escaped");

    let (status, _) = upload(&app, &anna.cookie, Some(&anna.csrf), b"").await;
    assert_eq!(status, reqwest::StatusCode::UNPROCESSABLE_ENTITY);

    let stranger = app
        .raw_client
        .get(app.url("/de/workbench/wikidata"))
        .send()
        .await
        .unwrap();
    assert!(
        stranger.status().is_redirection(),
        "without a session: to the sign-in, got {}",
        stranger.status()
    );
}

#[tokio::test]
async fn a_body_with_a_geonames_id_is_matched_by_it_and_gets_the_items_id_suggested() {
    let app = crate::common::spawn_app().await;
    give_ids(&app.store).await;
    let who = Principal::command_line();
    let stored = app.store.body_record("quedlinburg").await.unwrap().unwrap();
    let mut record = stored.record.clone();
    record.geonames_id = Some(2852458);
    app.store
        .update_body(&who, "quedlinburg", stored.version, &record)
        .await
        .unwrap();
    // The label differs from our name: only the GeoNames id can match.
    let document = serde_json::json!({
        "head": {"vars": ["item", "itemLabel", "geonames", "partner", "start"]},
        "results": {"bindings": [
            {
                "item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q91030"},
                "itemLabel": {"type": "literal", "xml:lang": "de", "value": "Welterbestadt Quedlinburg"},
                "geonames": {"type": "literal", "value": "2852458"},
                "partner": {"type": "uri", "value": "http://www.wikidata.org/entity/Q91010"},
                "start": {"type": "literal", "datatype": "http://www.w3.org/2001/XMLSchema#dateTime", "value": "1992-01-01T00:00:00Z"}
            },
            {
                "item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q91010"},
                "partner": {"type": "uri", "value": "http://www.wikidata.org/entity/Q91030"}
            }
        ]}
    });
    let outcome = partnerportal::wikidata::compare(&app.store, document.to_string().as_bytes())
        .await
        .unwrap();
    let c = &outcome.comparison;
    assert_eq!(c.matched_bodies, IDS.len() + 1);
    let suggested = c
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::SuggestedId)
        .expect("a suggestion");
    assert_eq!(suggested.sides[0].slug.as_deref(), Some("quedlinburg"));
    assert_eq!(
        suggested.matched_by,
        Some(partnerportal::domain::wikidata::MatchedBy::Geonames)
    );
    let missing: Vec<_> = c
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::MissingInRegistry)
        .collect();
    assert_eq!(missing.len(), 1, "{missing:#?}");
    let mut pair: Vec<_> = missing[0]
        .sides
        .iter()
        .filter_map(|s| s.slug.clone())
        .collect();
    pair.sort();
    assert_eq!(pair, ["quedlinburg", "wernigerode"]);
    assert_eq!(missing[0].theirs.as_deref(), Some("1992"));
    assert_eq!(outcome.writes.partnerships.len(), 1);
    assert_eq!(
        outcome.writes.partnerships[0].milestones[0]
            .date
            .map(|d| d.to_string())
            .as_deref(),
        Some("1992"),
        "the start of either direction is taken"
    );
}

#[test]
fn the_wikidata_command_explains_its_three_steps() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("registry.sqlite3");
    let (code, help, stderr) = partnerportal(database.to_str().unwrap(), &["wikidata", "--help"]);
    assert_eq!(code, Some(0), "{stderr}");
    for sub in ["diff", "quickstatements", "import"] {
        assert!(help.contains(sub), "{sub} missing:\n{help}");
    }
    let (code, help, _) = partnerportal(
        database.to_str().unwrap(),
        &["wikidata", "import", "--help"],
    );
    assert_eq!(code, Some(0));
    assert!(
        help.contains("--apply") && help.contains("all or nothing"),
        "{help}"
    );
    assert!(!database.exists(), "--help created a database");
}
