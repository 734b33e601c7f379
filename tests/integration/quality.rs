//! The data-quality check: on the bundled seed (the Tillabéri country error found, correct places
//! left alone), the `partnerportal check` command (table, JSON, exit status), and the review queue
//! of the workbench (accept, dismiss, rights, audit).

use std::process::Command;

use partnerportal::domain::access::{Principal, Role};
use partnerportal::domain::audit::{Action, Entity};
use partnerportal::domain::quality::{Check, Severity};
use partnerportal::quality::{self, Options, Report};
use reqwest::StatusCode;
use serde_json::Value;

use crate::common::spawn_app;
use crate::fresh_database::FreshDatabase;
use crate::workbench::{create_user, fields, form_fields, sign_in};

const TILLABERI_COUNTRY: &str = "country-mismatch:body/tillaberi:country";

fn is_gazetteer_check(check: Check) -> bool {
    matches!(
        check,
        Check::CountryMismatch | Check::NameNotOfficial | Check::UnknownPlace
    )
}

fn keys(report: &Report) -> Vec<String> {
    report.findings.iter().map(|r| r.finding.key()).collect()
}

#[tokio::test]
async fn the_check_on_the_seed_finds_tillaberi_in_nigeria_and_suggests_niger() {
    let app = spawn_app().await;
    let report = quality::run(&app.store, &Options::default()).await.unwrap();
    let tillaberi: Vec<_> = report
        .findings
        .iter()
        .filter(|r| r.finding.record.slug == "tillaberi" && is_gazetteer_check(r.finding.check))
        .collect();
    assert_eq!(tillaberi.len(), 1, "{tillaberi:#?}");
    let finding = &tillaberi[0].finding;
    assert_eq!(finding.key(), TILLABERI_COUNTRY);
    assert_eq!(finding.severity, Severity::Error);
    assert_eq!(
        finding.suggestion.as_ref().map(|s| s.value()).as_deref(),
        Some("NE")
    );
    let message = quality::message(&partnerportal::i18n::Tr::new("en"), finding);
    assert!(
        message.contains("Nigeria") && message.contains("Niger"),
        "{message}"
    );
    assert!(report.has_open_errors());
}

#[tokio::test]
async fn correct_places_of_the_seed_raise_no_gazetteer_finding() {
    let app = spawn_app().await;
    let report = quality::run(&app.store, &Options::default()).await.unwrap();
    let correct = [
        "wernigerode",
        "halberstadt",
        "quedlinburg",
        "thale",
        "blankenburg-harz",
        "carpi",
        "cisnadie",
        "hoi-an",
        "konskie",
        "nachod",
        "veltheim-ag",
        "municipiul-iasi",
    ];
    for slug in correct {
        let flagged: Vec<String> = report
            .findings
            .iter()
            .filter(|r| r.finding.record.slug == slug && is_gazetteer_check(r.finding.check))
            .map(|r| r.finding.key())
            .collect();
        assert!(flagged.is_empty(), "{slug} flagged: {flagged:?}");
    }
    // Tillabéri's name is right; only its country is wrong.
    assert!(!keys(&report).contains(&"name-not-official:body/tillaberi:name".to_owned()));
    // The page's misspellings are found, with the official form to suggest.
    let banska = report
        .findings
        .iter()
        .find(|r| r.finding.key() == "name-not-official:body/banska-bystrica:name")
        .expect("Banska Bystrica lacks its diacritic");
    assert_eq!(
        banska
            .finding
            .suggestion
            .as_ref()
            .map(|s| s.value())
            .as_deref(),
        Some("Banská Bystrica")
    );
}

/// Runs the built binary on `database` (what `--database` takes).
fn partnerportal(database: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_partnerportal"))
        .env_remove("DATABASE_URL")
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

#[tokio::test]
async fn the_check_command_fails_on_the_seed_and_passes_once_its_errors_are_decided() {
    let fresh = FreshDatabase::new("registry.sqlite3").await;
    let database = fresh.arg();
    let (code, _, stderr) = partnerportal(&database, &["import-seed"]);
    assert_eq!(code, Some(0), "{stderr}");

    let (code, table, stderr) = partnerportal(&database, &["check"]);
    assert_eq!(code, Some(1), "open errors fail the check: {table}{stderr}");
    assert!(
        stderr.trim().is_empty(),
        "findings are no failure to report: {stderr}"
    );
    let line = table
        .lines()
        .find(|l| l.contains("body/tillaberi") && l.contains("country"))
        .expect("the table lists Tillabéri's country");
    assert!(
        line.starts_with("error") && line.trim_end().ends_with("NE"),
        "{line}"
    );
    assert!(
        table.contains("\nTillabéri (body/tillaberi)\n"),
        "grouped by record"
    );
    let summary = table
        .lines()
        .find(|l| l.contains("open findings"))
        .expect("a summary line");
    assert!(summary.contains("3 errors"), "{summary}");

    // Accept the suggestion for Tillabéri, dismiss the other errors.
    let store = fresh.open().await;
    let cli = Principal::command_line();
    let checker = quality::Checker::new(store.clone());
    quality::accept(&checker, &cli, TILLABERI_COUNTRY, None)
        .await
        .unwrap();
    let report = quality::run(&store, &Options::default()).await.unwrap();
    let errors: Vec<String> = report
        .findings
        .iter()
        .filter(|r| r.finding.severity == Severity::Error)
        .map(|r| r.finding.key())
        .collect();
    assert!(!errors.is_empty() && !errors.contains(&TILLABERI_COUNTRY.to_owned()));
    for key in &errors {
        quality::dismiss(&checker, &cli, key, None, "known; the page says so")
            .await
            .unwrap();
    }
    store.close().await;

    let (code, table, stderr) = partnerportal(&database, &["check"]);
    assert_eq!(code, Some(0), "{table}{stderr}");
    assert!(table.contains("0 errors"), "{table}");
    let (code, table, _) = partnerportal(&database, &["check", "--include-dismissed"]);
    assert_eq!(code, Some(0), "dismissed errors are not open");
    assert!(table.contains("(dismissed)"), "{table}");
}

#[tokio::test]
async fn the_json_format_parses_and_holds_every_finding_with_key_message_and_suggestion() {
    let fresh = FreshDatabase::new("registry.sqlite3").await;
    let database = fresh.arg();
    partnerportal(&database, &["import-seed"]);
    let (code, json, stderr) = partnerportal(
        &database,
        &["check", "--format", "json", "--max-age-years", "50"],
    );
    assert_eq!(code, Some(1), "{stderr}");
    let report: Value = serde_json::from_str(&json).expect("the output is JSON");
    assert_eq!(report["max_age_years"], 50);
    assert_eq!(report["summary"]["errors"], 3);
    let findings = report["findings"].as_array().unwrap();
    let tillaberi = findings
        .iter()
        .find(|f| f["key"] == TILLABERI_COUNTRY)
        .expect("Tillabéri's country is in the JSON");
    assert_eq!(tillaberi["severity"], "error");
    assert_eq!(tillaberi["suggestion"]["field"], "country");
    assert_eq!(tillaberi["suggestion"]["value"], "NE");
    assert!(tillaberi["message"].as_str().unwrap().contains("Niger"));
    assert_eq!(tillaberi["fingerprint"].as_str().unwrap().len(), 16);
    // With 50 years allowed, the census figures of 2011 are not stale.
    assert!(findings.iter().all(|f| f["check"] != "stale-fact"));
    let (_, json, _) = partnerportal(&database, &["check", "--format", "json"]);
    let report: Value = serde_json::from_str(&json).unwrap();
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["check"] == "stale-fact")
    );
}

#[tokio::test]
async fn a_dismissed_finding_is_not_reported_again_and_its_decision_is_audited() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let key = "fact-of-unknown-age:body/konskie:facts[0]";
    let before = quality::run(&app.store, &Options::default()).await.unwrap();
    let finding = before
        .findings
        .iter()
        .find(|r| r.finding.key() == key)
        .expect("Końskie's population has no as-of date")
        .finding
        .clone();

    let page = anna.get("/de/workbench/review?severity=warning").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(key), "the queue lists the finding");
    assert!(
        !page.body.contains(TILLABERI_COUNTRY),
        "the filter shows warnings only"
    );

    let without_reason = anna
        .post(
            "/de/workbench/review/dismiss",
            &fields(&[
                ("key", key),
                ("fingerprint", &finding.fingerprint),
                ("reason", " "),
            ]),
        )
        .await;
    assert_eq!(without_reason.status, StatusCode::UNPROCESSABLE_ENTITY);

    let reason = "Die Seite nennt kein Jahr; bleibt so.";
    let dismissed = anna
        .post(
            "/de/workbench/review/dismiss",
            &fields(&[
                ("key", key),
                ("fingerprint", &finding.fingerprint),
                ("reason", reason),
            ]),
        )
        .await;
    assert_eq!(
        dismissed.status,
        StatusCode::SEE_OTHER,
        "{}",
        dismissed.body
    );
    assert_eq!(dismissed.location, "/de/workbench/review?done=dismissed");

    let after = quality::run(&app.store, &Options::default()).await.unwrap();
    assert!(!keys(&after).contains(&key.to_owned()));
    assert_eq!(after.dismissed(), 1);
    let page = anna.get("/de/workbench/review").await;
    assert!(
        !page.body.contains(key),
        "a dismissed finding leaves the queue"
    );
    let all = quality::run(
        &app.store,
        &Options {
            include_dismissed: true,
            ..Options::default()
        },
    )
    .await
    .unwrap();
    assert!(
        all.findings
            .iter()
            .any(|r| r.finding.key() == key && r.dismissed)
    );

    let entry = app
        .store
        .recent_changes(20, None)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.entity == Entity::Finding)
        .expect("the decision is audited");
    assert_eq!(entry.action, Action::Create);
    assert_eq!(entry.actor, format!("user:{}", anna_id(&app).await));
    let after_json = entry.after.unwrap();
    assert_eq!(after_json["finding"], key);
    assert_eq!(after_json["decision"], "dismissed");
    assert_eq!(after_json["reason"], reason);
    let reviews = app.store.reviews_of(key).await.unwrap();
    assert_eq!(reviews.len(), 1);
    assert_eq!(reviews[0].reason.as_deref(), Some(reason));

    // When the value changes, the finding is raised again.
    let stored = app.store.body_record("konskie").await.unwrap().unwrap();
    let mut changed = stored.record.clone();
    changed.facts[0].value = Some(19_000.0);
    app.store
        .update_body(
            &Principal::command_line(),
            "konskie",
            stored.version,
            &changed,
        )
        .await
        .unwrap();
    let again = quality::run(&app.store, &Options::default()).await.unwrap();
    assert!(keys(&again).contains(&key.to_owned()));
}

async fn anna_id(app: &crate::common::TestApp) -> i64 {
    app.store
        .list_users()
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.login == "anna")
        .unwrap()
        .id
}

#[tokio::test]
async fn accepting_the_suggestion_moves_tillaberi_to_niger_through_an_audited_write() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let page = anna.get("/de/workbench/review?severity=error").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Niger"), "{}", page.body);
    let form = form_fields(&page.body, "/de/workbench/review/accept");
    assert!(
        form.iter()
            .any(|(k, v)| k == "key" && v == TILLABERI_COUNTRY),
        "{form:?}"
    );
    let accepted = crate::workbench::post_form(
        &app,
        "/de/workbench/review/accept",
        Some(&anna.cookie),
        &form,
    )
    .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);

    let tillaberi = app.store.body_record("tillaberi").await.unwrap().unwrap();
    assert_eq!(tillaberi.record.country.as_str(), "NE");
    let history = app.store.history(Entity::Body, tillaberi.id).await.unwrap();
    let change = &history[0];
    assert_eq!(change.action, Action::Update);
    assert_eq!(change.before.as_ref().unwrap()["country"], "NG");
    assert_eq!(change.after.as_ref().unwrap()["country"], "NE");
    assert!(change.actor.starts_with("user:"));
    let decision = app.store.reviews_of(TILLABERI_COUNTRY).await.unwrap();
    assert_eq!(decision.len(), 1);
    assert_eq!(decision[0].decision.key(), "accepted");

    let report = quality::run(&app.store, &Options::default()).await.unwrap();
    assert!(
        !report
            .findings
            .iter()
            .any(|r| r.finding.record.slug == "tillaberi" && is_gazetteer_check(r.finding.check)),
        "Tillabéri in Niger is what the gazetteer says"
    );
    // The same form again: the finding is gone.
    let again = crate::workbench::post_form(
        &app,
        "/de/workbench/review/accept",
        Some(&anna.cookie),
        &form,
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_editor_decides_only_findings_of_their_scope_and_a_reader_decides_none() {
    let app = spawn_app().await;
    create_user(&app, "suderode", Role::Editor, &["bad-suderode"]).await;
    create_user(&app, "rita", Role::Reader, &[]).await;
    let editor = sign_in(&app, "suderode").await;
    let reader = sign_in(&app, "rita").await;
    let report = quality::run(&app.store, &Options::default()).await.unwrap();
    let fingerprint = |key: &str| {
        report
            .findings
            .iter()
            .find(|r| r.finding.key() == key)
            .unwrap_or_else(|| panic!("no finding {key}"))
            .finding
            .fingerprint
            .clone()
    };
    let tillaberi = fingerprint(TILLABERI_COUNTRY);
    let suderode_key = "active-on-succeeded-body:partnership/bad-suderode-konskie:home";
    let suderode = fingerprint(suderode_key);

    // The editor sees the findings of Bad Suderode and its partnership, not Tillabéri's.
    let page = editor.get("/de/workbench/review").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(suderode_key));
    assert!(!page.body.contains(TILLABERI_COUNTRY));
    let refused = editor
        .post(
            "/de/workbench/review/accept",
            &fields(&[("key", TILLABERI_COUNTRY), ("fingerprint", &tillaberi)]),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let refused = editor
        .post(
            "/de/workbench/review/dismiss",
            &fields(&[
                ("key", TILLABERI_COUNTRY),
                ("fingerprint", &tillaberi),
                ("reason", "not mine"),
            ]),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let taken_up = editor
        .post(
            "/de/workbench/review/correct",
            &fields(&[("key", suderode_key), ("fingerprint", &suderode)]),
        )
        .await;
    assert_eq!(taken_up.status, StatusCode::SEE_OTHER, "{}", taken_up.body);
    assert_eq!(
        taken_up.location,
        "/de/workbench/partnerships/bad-suderode-konskie"
    );

    // The reader sees every finding and no decision button; a decision is refused.
    let page = reader.get("/de/workbench/review").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(TILLABERI_COUNTRY) || page.body.contains("Tillabéri"));
    assert!(!page.body.contains("/de/workbench/review/dismiss"));
    for action in ["accept", "correct", "dismiss"] {
        let refused = reader
            .post(
                &format!("/de/workbench/review/{action}"),
                &fields(&[
                    ("key", TILLABERI_COUNTRY),
                    ("fingerprint", &tillaberi),
                    ("reason", "no"),
                ]),
            )
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{action}");
    }
    assert!(
        app.store
            .reviews_of(TILLABERI_COUNTRY)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        app.store
            .body_record("tillaberi")
            .await
            .unwrap()
            .unwrap()
            .record
            .country
            .as_str(),
        "NG"
    );
}

#[tokio::test]
async fn the_review_queue_reuses_its_report_until_a_record_or_decision_changes() {
    let app = spawn_app().await;
    let checker = quality::Checker::new(app.store.clone());
    let first = checker.report().await.unwrap();
    let again = checker.report().await.unwrap();
    assert!(
        std::sync::Arc::ptr_eq(&first, &again),
        "nothing changed: the same report"
    );
    assert!(keys(&first).contains(&TILLABERI_COUNTRY.to_owned()));

    quality::accept(
        &checker,
        &Principal::command_line(),
        TILLABERI_COUNTRY,
        None,
    )
    .await
    .unwrap();
    let after = checker.report().await.unwrap();
    assert!(!std::sync::Arc::ptr_eq(&first, &after), "checked again");
    assert!(!keys(&after).contains(&TILLABERI_COUNTRY.to_owned()));
    assert_eq!(
        keys(&after),
        keys(&quality::run(&app.store, &Options::default()).await.unwrap()),
        "the kept report is what a fresh run finds"
    );

    // A write that bypasses the checker (the write API, another process) is seen too.
    let mut halberstadt = app.store.body_record("halberstadt").await.unwrap().unwrap();
    halberstadt.record.latitude = None;
    halberstadt.record.longitude = None;
    app.store
        .update_body(
            &Principal::command_line(),
            "halberstadt",
            halberstadt.version,
            &halberstadt.record,
        )
        .await
        .unwrap();
    let later = checker.report().await.unwrap();
    assert!(
        keys(&later).contains(&"missing-coordinates:body/halberstadt:latitude".to_owned()),
        "{:?}",
        keys(&later)
    );
}
