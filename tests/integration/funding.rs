//! Funding in the workbench: the starter catalogue, calls with Brussels deadlines, applications with
//! their eligibility check, the status pipeline, rights per role, hostile input, the dashboard's
//! exact sums and the deadline board.

use partnerportal::domain::access::{Principal, Role};
use partnerportal::domain::clock::Instant;
use partnerportal::domain::funding::{ApplicationRecord, CallRecord, Eur, ParticipantLine, Status};
use reqwest::StatusCode;

use crate::common::{TestApp, spawn_app, unescape};
use crate::workbench::{create_user, fields, sign_in};

pub fn call(identifier: &str, action: &str, deadline: &str) -> CallRecord {
    CallRecord {
        identifier: identifier.into(),
        action: action.into(),
        title: format!("Call {identifier}"),
        opens_on: None,
        deadline: deadline.into(),
        budget: Some(Eur::parse("4000000").unwrap()),
        url: Some("https://ec.europa.eu/info/funding-tenders/".into()),
    }
}

pub async fn add_call(app: &TestApp, record: &CallRecord) -> i64 {
    app.store
        .create_funding_call(&Principal::command_line(), record)
        .await
        .unwrap()
        .id
}

pub fn application(call: &str, applicant: &str, partners: &[&str]) -> ApplicationRecord {
    ApplicationRecord {
        title: format!("Project of {applicant}"),
        call: call.into(),
        applicant: applicant.into(),
        applicant_kind: "municipality".into(),
        partners: partners.iter().map(|p| (*p).to_owned()).collect(),
        participants: Vec::new(),
        starts_on: None,
        ends_on: None,
        requested: None,
        granted: None,
        co_financing: None,
        status: Status::Idea,
        status_dates: Default::default(),
        responsible: String::new(),
        report_due: None,
        notes: String::new(),
        activity: None,
    }
}

/// A date-time in Brussels `days` from now, at 17:00, as the form takes it.
fn brussels_in_days(days: i64) -> String {
    let day = Instant::now()
        .plus(time::Duration::days(days))
        .date_time()
        .date();
    format!("{} 17:00", partnerportal::domain::funding::date_text(day))
}

fn application_form(call: &str, applicant: &str, partners: &[&str]) -> Vec<(String, String)> {
    let mut f = fields(&[
        ("title", "Twinning days"),
        ("call", call),
        ("applicant", applicant),
        ("applicant_kind", "municipality"),
        ("starts_on", ""),
        ("ends_on", ""),
        ("requested", "30.000,50"),
        ("granted", ""),
        ("co_financing", ""),
        ("responsible", "Anna"),
        ("report_due", ""),
        ("notes", ""),
    ]);
    for p in partners {
        f.push(("partners".into(), (*p).into()));
    }
    f
}

fn id_from(location: &str) -> i64 {
    location
        .trim_end_matches("?saved=1")
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap_or_else(|_| panic!("no id in {location}"))
}

#[tokio::test]
async fn the_starter_catalogue_is_loaded_once_and_listed_with_source_and_date_of_every_rule() {
    let app = spawn_app().await;
    let catalogue = app.store.funding_catalogue().await.unwrap();
    let actions: usize = catalogue.programmes.iter().map(|p| p.actions.len()).sum();
    assert!(actions >= 6, "{actions} actions");
    // A second start finds the catalogue and leaves it alone.
    assert_eq!(
        partnerportal::funding::load_starter_catalogue(&app.store)
            .await
            .unwrap(),
        0
    );
    create_user(&app, "rita", Role::Reader, &[]).await;
    let rita = sign_in(&app, "rita").await;
    let page = rita.get("/de/workbench/funding/catalogue").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = unescape(&page.body);
    for expected in [
        "Town twinning (CERV-CITIZENS-TOWN-TT)",
        "mindestens 50 Teilnehmende",
        "mindestens 25 aus dem Ausland eingeladene Gäste",
        "mindestens 4 beteiligte Länder",
        "Deutsch-Polnisches Jugendwerk",
        "Stand 2026-11-26",
        "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/CERV-2025-CITIZENS-TOWN-TT",
    ] {
        assert!(text.contains(expected), "catalogue lacks {expected}");
    }
    let english = rita.get("/en/workbench/funding/catalogue").await;
    assert!(unescape(&english.body).contains("at least 25 guests invited from abroad"));
}

#[tokio::test]
async fn a_deadline_at_five_in_brussels_is_kept_as_utc_and_shown_at_five_with_its_zone() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let winter = anna
        .post(
            "/de/workbench/funding/calls/new",
            &fields(&[
                ("identifier", "CERV-2027-CITIZENS-TOWN-TT"),
                ("action", "cerv-town-twinning"),
                ("title", "Town twinning 2027"),
                ("opens_on", "2026-12-01"),
                ("deadline", "2027-03-05T17:00"),
                ("budget", "4.000.000"),
                ("url", "https://ec.europa.eu/info/funding-tenders/"),
            ]),
        )
        .await;
    assert_eq!(winter.status, StatusCode::SEE_OTHER, "{}", winter.body);
    let summer = anna
        .post(
            "/de/workbench/funding/calls/new",
            &fields(&[
                ("identifier", "ERASMUS-YOUTH-2027-KA152"),
                ("action", "erasmus-ka152-youth-exchanges"),
                ("title", "Youth exchanges, second round"),
                ("deadline", "2027-10-01T17:00"),
            ]),
        )
        .await;
    assert_eq!(summer.status, StatusCode::SEE_OTHER, "{}", summer.body);
    let lines = app.store.funding_call_lines().await.unwrap();
    let utc: Vec<String> = lines.iter().map(|l| l.deadline.text()).collect();
    assert_eq!(utc, ["2027-10-01T15:00:00Z", "2027-03-05T16:00:00Z"]);
    let list = unescape(&anna.get("/de/workbench/funding/calls").await.body);
    assert!(
        list.contains("2027-03-05 17:00 CET (Brüsseler Zeit)"),
        "{list}"
    );
    assert!(list.contains("2027-10-01 17:00 CEST (Brüsseler Zeit)"));
    assert!(list.contains("4.000.000,00\u{a0}€"));
    // The form gives the deadline back as typed.
    let form = anna.get(&winter.location).await;
    assert!(
        form.body.contains("value=\"2027-03-05T17:00\""),
        "{}",
        form.body
    );
    // A time that does not exist in Brussels, a deadline before the opening, a script as link.
    let refused = anna
        .post(
            "/de/workbench/funding/calls/new",
            &fields(&[
                ("identifier", "X-1"),
                ("action", "cerv-town-twinning"),
                ("title", "Broken"),
                ("opens_on", "2027-04-01"),
                ("deadline", "2027-03-28T02:30"),
                ("url", "javascript:alert(1)"),
            ]),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("id=\"f-deadline-error\"")
            && refused.body.contains("id=\"f-url-error\"")
    );
    let taken = anna
        .post(
            "/de/workbench/funding/calls/new",
            &fields(&[
                ("identifier", "CERV-2027-CITIZENS-TOWN-TT"),
                ("action", "cerv-town-twinning"),
                ("title", "Twice"),
                ("deadline", "2027-03-05T17:00"),
            ]),
        )
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unescape(&taken.body).contains("Ein Aufruf mit dieser Kennung ist schon erfasst."));
    assert_eq!(app.store.funding_call_lines().await.unwrap().len(), 2);
}

#[tokio::test]
async fn networks_of_towns_fail_the_check_with_three_countries_and_pass_with_a_fourth() {
    let app = spawn_app().await;
    add_call(
        &app,
        &call(
            "CERV-2027-CITIZENS-TOWN-NT",
            "cerv-networks-of-towns",
            "2027-03-05 17:00",
        ),
    )
    .await;
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    let editor = sign_in(&app, "wernigerode").await;
    let created = editor
        .post(
            "/de/workbench/funding/applications/new",
            &application_form(
                "CERV-2027-CITIZENS-TOWN-NT",
                "wernigerode",
                &["villars", "konskie"],
            ),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let page = unescape(&editor.get(&created.location).await.body);
    assert!(page.contains("data-eligible=\"false\""));
    assert!(
        page.contains("Networks of towns (CERV-CITIZENS-TOWN-NT) braucht mindestens 4 beteiligte Länder: Sie haben erst 3."),
        "{page}"
    );
    let english = unescape(
        &editor
            .get(&created.location.replace("/de/", "/en/"))
            .await
            .body,
    );
    assert!(english.contains("needs at least 4 countries taking part: you have 3."));

    let id = id_from(&created.location);
    let path = format!("/de/workbench/funding/applications/{id}");
    let mut form = application_form(
        "CERV-2027-CITIZENS-TOWN-NT",
        "wernigerode",
        &["villars", "konskie", "carpi"],
    );
    form.push(("version".into(), "1".into()));
    let saved = editor.post(&path, &form).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = unescape(&editor.get(&path).await.body);
    assert!(page.contains("data-eligible=\"true\""), "{page}");
    assert!(page.contains("Sie haben 4."));
    let stored = app
        .store
        .funding_application_record(id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.record.requested,
        Some(Eur::parse("30000.50").unwrap())
    );
    assert_eq!(stored.version, 2);
}

#[tokio::test]
async fn town_twinning_counts_participants_and_invited_guests_across_countries() {
    let app = spawn_app().await;
    add_call(
        &app,
        &call("CERV-2027-TT", "cerv-town-twinning", "2027-03-05 17:00"),
    )
    .await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let mut form = application_form("CERV-2027-TT", "wernigerode", &["carpi"]);
    for (country, count, invited) in [("DE", "25", "0"), ("IT", "20", "20")] {
        form.push(("p_country".into(), country.into()));
        form.push(("p_count".into(), count.into()));
        form.push(("p_invited".into(), invited.into()));
    }
    let created = anna
        .post("/de/workbench/funding/applications/new", &form)
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let page = unescape(&anna.get(&created.location).await.body);
    assert!(
        page.contains("braucht mindestens 50 Teilnehmende: geplant sind erst 45."),
        "{page}"
    );
    assert!(page.contains(
        "braucht mindestens 25 eingeladene Gäste aus dem Ausland: geplant sind erst 20."
    ));
    assert!(page.contains("data-eligible=\"false\""));

    let id = id_from(&created.location);
    let mut form = application_form("CERV-2027-TT", "wernigerode", &["carpi"]);
    form.push(("version".into(), "1".into()));
    for (country, count, invited) in [("DE", "25", "0"), ("IT", "20", "20"), ("fr", "5", "5")] {
        form.push(("p_country".into(), country.into()));
        form.push(("p_count".into(), count.into()));
        form.push(("p_invited".into(), invited.into()));
    }
    let saved = anna
        .post(&format!("/de/workbench/funding/applications/{id}"), &form)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = unescape(
        &anna
            .get(&format!("/de/workbench/funding/applications/{id}"))
            .await
            .body,
    );
    assert!(page.contains("data-eligible=\"true\""), "{page}");
    let record = app
        .store
        .funding_application_record(id)
        .await
        .unwrap()
        .unwrap()
        .record;
    assert_eq!(
        record.participants[2],
        ParticipantLine {
            country: "FR".into(),
            participants: 5,
            invited: 5
        }
    );
}

#[tokio::test]
async fn editors_change_only_their_bodies_applications_readers_read_and_calls_are_for_administrators()
 {
    let app = spawn_app().await;
    add_call(
        &app,
        &call("CERV-2027-TT", "cerv-town-twinning", "2027-03-05 17:00"),
    )
    .await;
    let foreign = app
        .store
        .create_funding_application(
            &Principal::command_line(),
            &application("CERV-2027-TT", "halberstadt", &["carpi"]),
        )
        .await
        .unwrap();
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    create_user(&app, "rita", Role::Reader, &[]).await;
    let editor = sign_in(&app, "wernigerode").await;
    let rita = sign_in(&app, "rita").await;

    let refused = editor
        .post(
            "/de/workbench/funding/applications/new",
            &application_form("CERV-2027-TT", "halberstadt", &["carpi"]),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let path = format!("/de/workbench/funding/applications/{}", foreign.id);
    let mut form = application_form("CERV-2027-TT", "halberstadt", &["carpi"]);
    form.push(("version".into(), "1".into()));
    assert_eq!(
        editor.post(&path, &form).await.status,
        StatusCode::FORBIDDEN
    );
    let status = editor
        .post(
            &format!("{path}/status"),
            &fields(&[("version", "1"), ("status", "in_preparation")]),
        )
        .await;
    assert_eq!(status.status, StatusCode::FORBIDDEN);

    let page = rita.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<fieldset disabled>") && !page.body.contains("/status\""));
    assert_eq!(
        rita.get("/de/workbench/funding/applications/new")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        editor.get("/de/workbench/funding/calls/new").await.status,
        StatusCode::FORBIDDEN
    );
    let call_form = fields(&[
        ("identifier", "X-2"),
        ("action", "cerv-town-twinning"),
        ("title", "Not mine"),
        ("deadline", "2027-03-05T17:00"),
    ]);
    assert_eq!(
        editor
            .post("/de/workbench/funding/calls/new", &call_form)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // The record is untouched.
    let stored = app
        .store
        .funding_application_record(foreign.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((stored.version, stored.record.status), (1, Status::Idea));
}

#[tokio::test]
async fn the_status_moves_along_the_pipeline_only_and_remembers_when_each_step_was_taken() {
    let app = spawn_app().await;
    add_call(
        &app,
        &call("CERV-2027-TT", "cerv-town-twinning", "2027-03-05 17:00"),
    )
    .await;
    let mut record = application("CERV-2027-TT", "wernigerode", &["carpi"]);
    record.requested = Some(Eur::parse("30000").unwrap());
    let stored = app
        .store
        .create_funding_application(&Principal::command_line(), &record)
        .await
        .unwrap();
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let path = format!("/de/workbench/funding/applications/{}", stored.id);
    let step = |version: &str, status: &str| fields(&[("version", version), ("status", status)]);
    let skipped = anna
        .post(&format!("{path}/status"), &step("1", "granted"))
        .await;
    assert_eq!(skipped.status, StatusCode::UNPROCESSABLE_ENTITY);
    for (version, status) in [
        ("1", "in_preparation"),
        ("2", "submitted"),
        ("3", "granted"),
    ] {
        let moved = anna
            .post(&format!("{path}/status"), &step(version, status))
            .await;
        assert_eq!(
            moved.status,
            StatusCode::SEE_OTHER,
            "{status}: {}",
            moved.body
        );
    }
    let stale = anna
        .post(&format!("{path}/status"), &step("3", "reporting"))
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "{}", stale.body);
    let now = app
        .store
        .funding_application_record(stored.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(now.record.status, Status::Granted);
    let keys: Vec<&str> = now.record.status_dates.keys().map(String::as_str).collect();
    assert_eq!(keys, ["granted", "idea", "in_preparation", "submitted"]);
    // The granted amount can now be entered, not above the request.
    let mut form = application_form("CERV-2027-TT", "wernigerode", &["carpi"]);
    form.push(("version".into(), "4".into()));
    for (k, v) in [("requested", "30000"), ("granted", "30000,01")] {
        form.iter_mut().find(|(n, _)| n == k).unwrap().1 = v.into();
    }
    let over = anna.post(&path, &form).await;
    assert_eq!(over.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unescape(&over.body).contains("Bewilligt ist mehr als beantragt"));
    form.iter_mut().find(|(n, _)| n == "granted").unwrap().1 = "27.500".into();
    assert_eq!(anna.post(&path, &form).await.status, StatusCode::SEE_OTHER);
    let page = unescape(&anna.get(&path).await.body);
    assert!(page.contains("Stand: bewilligt"));
    let history = app
        .store
        .history(
            partnerportal::domain::audit::Entity::FundingApplication,
            stored.id,
        )
        .await
        .unwrap();
    assert_eq!(
        history.len(),
        5,
        "create, three steps and the amount are audited"
    );
}

#[tokio::test]
async fn hostile_and_malformed_application_input_is_refused_whole_with_messages_at_the_fields() {
    let app = spawn_app().await;
    add_call(
        &app,
        &call("CERV-2027-TT", "cerv-town-twinning", "2027-03-05 17:00"),
    )
    .await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let mut form = application_form(
        "CERV-2027-TT",
        "wernigerode",
        &["carpi", "carpi", "wernigerode", "no-such-town"],
    );
    form.iter_mut().find(|(n, _)| n == "requested").unwrap().1 = "12,5,0".into();
    form.iter_mut()
        .find(|(n, _)| n == "co_financing")
        .unwrap()
        .1 = "-100".into();
    form.iter_mut().find(|(n, _)| n == "starts_on").unwrap().1 = "2027-06-10".into();
    form.iter_mut().find(|(n, _)| n == "ends_on").unwrap().1 = "2027-06-01".into();
    for (country, count, invited) in [("Germany", "ten", "3"), ("IT", "4", "5")] {
        form.push(("p_country".into(), country.into()));
        form.push(("p_count".into(), count.into()));
        form.push(("p_invited".into(), invited.into()));
    }
    let refused = anna
        .post("/de/workbench/funding/applications/new", &form)
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for id in [
        "f-requested-error",
        "f-co_financing-error",
        "f-participants-0-country-error",
        "f-participants-0-participants-error",
        "f-participants-1-invited-error",
        "f-ends_on-error",
        "f-partners-error",
    ] {
        assert!(refused.body.contains(&format!("id=\"{id}\"")), "no {id}");
    }
    // What was typed stays in the form.
    assert!(
        refused.body.contains("value=\"12,5,0\"") && refused.body.contains("value=\"Germany\"")
    );
    // An unknown body or call: the form again, nothing stored.
    let unknown = anna
        .post(
            "/de/workbench/funding/applications/new",
            &application_form("NO-SUCH-CALL", "wernigerode", &["no-such-town"]),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unescape(&unknown.body).contains("Diesen Aufruf gibt es nicht."));
    assert!(
        app.store
            .funding_application_lines(None)
            .await
            .unwrap()
            .is_empty()
    );

    // Markup is stored as typed and shown escaped.
    let mut form = application_form("CERV-2027-TT", "wernigerode", &["carpi"]);
    form.iter_mut().find(|(n, _)| n == "title").unwrap().1 = "<script>alert(1)</script>".into();
    let created = anna
        .post("/de/workbench/funding/applications/new", &form)
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let list = anna.get("/de/workbench/funding/applications").await.body;
    assert!(!list.contains("<script>alert(1)</script>") && list.contains("alert(1)"));
    // Oversized text is refused, not cut.
    form.iter_mut().find(|(n, _)| n == "title").unwrap().1 = "x".repeat(301);
    let long = anna
        .post("/de/workbench/funding/applications/new", &form)
        .await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.store
            .funding_application_lines(None)
            .await
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn the_dashboard_sums_money_exactly_per_year_and_programme_and_rates_success() {
    let app = spawn_app().await;
    add_call(
        &app,
        &call("CERV-2027-TT", "cerv-town-twinning", "2027-03-05 17:00"),
    )
    .await;
    add_call(
        &app,
        &call(
            "KA152-2026",
            "erasmus-ka152-youth-exchanges",
            "2026-10-01 12:00",
        ),
    )
    .await;
    let admin = Principal::command_line();
    // 120 small requests of 0.10 € sum to exactly 12.00 €.
    for _ in 0..120 {
        let mut r = application("KA152-2026", "quedlinburg", &["villars"]);
        r.requested = Some(Eur::parse("0,10").unwrap());
        app.store
            .create_funding_application(&admin, &r)
            .await
            .unwrap();
    }
    let mut granted = application("CERV-2027-TT", "wernigerode", &["carpi"]);
    granted.requested = Some(Eur::parse("30000.33").unwrap());
    let g = app
        .store
        .create_funding_application(&admin, &granted)
        .await
        .unwrap();
    for (v, s) in [
        (1, Status::InPreparation),
        (2, Status::Submitted),
        (3, Status::Granted),
    ] {
        granted.status = s;
        app.store
            .update_funding_application(&admin, g.id, v, &granted)
            .await
            .unwrap();
    }
    granted.granted = Some(Eur::parse("25000.01").unwrap());
    app.store
        .update_funding_application(&admin, g.id, 4, &granted)
        .await
        .unwrap();
    let mut rejected = application("CERV-2027-TT", "halberstadt", &["carpi"]);
    rejected.requested = Some(Eur::parse("10000").unwrap());
    let r = app
        .store
        .create_funding_application(&admin, &rejected)
        .await
        .unwrap();
    for (v, s) in [
        (1, Status::InPreparation),
        (2, Status::Submitted),
        (3, Status::Rejected),
    ] {
        rejected.status = s;
        app.store
            .update_funding_application(&admin, r.id, v, &rejected)
            .await
            .unwrap();
    }

    let d = partnerportal::funding::dashboard(&app.store).await.unwrap();
    let rows: Vec<(i32, &str, String, String)> = d
        .money
        .iter()
        .map(|m| {
            (
                m.year,
                m.programme.as_str(),
                m.requested.text(),
                m.granted.text(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (2026, "Erasmus+", "12.00".to_owned(), "0.00".to_owned()),
            (
                2027,
                "Citizens, Equality, Rights and Values (CERV)",
                "40000.33".to_owned(),
                "25000.01".to_owned()
            ),
        ]
    );
    assert_eq!((d.granted, d.decided), (1, 2));
    assert_eq!(d.success_rate.map(|r| r.to_string()), Some("50.0".into()));

    create_user(&app, "rita", Role::Reader, &[]).await;
    let rita = sign_in(&app, "rita").await;
    let page = unescape(&rita.get("/de/workbench/funding").await.body);
    assert!(
        page.contains("50,0 % der entschiedenen Anträge wurden bewilligt (1 von 2)."),
        "{page}"
    );
    assert!(
        page.contains("40.000,33\u{a0}€")
            && page.contains("25.000,01\u{a0}€")
            && page.contains("12,00\u{a0}€")
    );
    assert!(page.contains("<svg role=\"img\"") && page.contains("<caption>"));
}

#[tokio::test]
async fn the_deadline_board_lists_the_next_ninety_days_in_brussels_time() {
    let app = spawn_app().await;
    add_call(
        &app,
        &call("SOON-1", "cerv-town-twinning", &brussels_in_days(10)),
    )
    .await;
    add_call(
        &app,
        &call("LATER-1", "cerv-town-twinning", &brussels_in_days(120)),
    )
    .await;
    add_call(
        &app,
        &call("PAST-1", "cerv-town-twinning", &brussels_in_days(-3)),
    )
    .await;
    let mut r = application("SOON-1", "wernigerode", &["carpi"]);
    r.status = Status::Idea;
    r.report_due = Some(partnerportal::domain::funding::date_text(
        Instant::now()
            .plus(time::Duration::days(30))
            .date_time()
            .date(),
    ));
    app.store
        .create_funding_application(&Principal::command_line(), &r)
        .await
        .unwrap();
    create_user(&app, "rita", Role::Reader, &[]).await;
    let rita = sign_in(&app, "rita").await;
    let page = unescape(&rita.get("/de/workbench/funding/deadlines").await.body);
    assert!(
        page.contains("SOON-1") && !page.contains("LATER-1") && !page.contains("PAST-1"),
        "{page}"
    );
    let soon = brussels_in_days(10);
    let zone = partnerportal::domain::funding::parse_brussels(&soon)
        .unwrap()
        .local_zone();
    assert!(
        page.contains(&format!("{soon} {zone} (Brüsseler Zeit)")),
        "{page}"
    );
    // A report is due only once the money is granted.
    assert!(!page.contains("<td>Bericht</td>"));
}

#[tokio::test]
async fn the_calendar_feed_holds_every_deadline_at_its_utc_instant_and_reads_back() {
    use icalendar::Component;
    let app = spawn_app().await;
    let winter = call("CERV-2027-TT", "cerv-town-twinning", "2027-03-05 17:00");
    let mut summer = call(
        "KA152-2027",
        "erasmus-ka152-youth-exchanges",
        "2027-10-01 12:00",
    );
    summer.title = "Youth exchanges; round 2, \"autumn\"".into();
    add_call(&app, &winter).await;
    add_call(&app, &summer).await;
    create_user(&app, "rita", Role::Reader, &[]).await;
    let rita = sign_in(&app, "rita").await;
    let feed = rita.get("/de/workbench/funding/deadlines.ics").await;
    assert_eq!(feed.status, StatusCode::OK);
    let calendar: icalendar::Calendar = feed.body.parse().expect("the feed parses as iCalendar");
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .collect();
    assert_eq!(events.len(), 2, "{}", feed.body);
    let starts: Vec<String> = events
        .iter()
        .map(|e| match e.get_start() {
            Some(icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(at))) => {
                at.to_rfc3339()
            }
            other => panic!("not a UTC start: {other:?}"),
        })
        .collect();
    assert_eq!(
        starts,
        ["2027-03-05T16:00:00+00:00", "2027-10-01T10:00:00+00:00"]
    );
    assert_eq!(
        events[1].get_summary(),
        Some("Einreichung: KA152-2027 – Youth exchanges; round 2, \"autumn\"")
    );
    assert!(
        events[0]
            .get_description()
            .unwrap()
            .contains("2027-03-05 17:00 CET")
    );
    let uids: std::collections::BTreeSet<_> = events.iter().filter_map(|e| e.get_uid()).collect();
    assert_eq!(uids.len(), 2);
    // Strangers get the sign-in page, not the feed.
    let stranger = app
        .raw_client
        .get(app.url("/de/workbench/funding/deadlines.ics"))
        .send()
        .await
        .unwrap();
    assert_ne!(stranger.status(), StatusCode::OK);
}

mod reminders {
    use std::time::Duration;

    use partnerportal::domain::clock::Instant;
    use partnerportal::funding::{FundingSettings, send_due_reminders};
    use partnerportal::mail::Mailer;
    use partnerportal::store::Store;

    use super::{add_call, brussels_in_days, call};
    use crate::common::spawn_app;
    use crate::smtp::SmtpServer;

    fn settings() -> FundingSettings {
        FundingSettings {
            reminder_days: vec![14, 3],
            reminders_to: Some("office@test.example".into()),
            interval: Duration::from_millis(50),
        }
    }

    fn mailer(port: u16) -> Mailer {
        Mailer::new(
            &format!("smtp://127.0.0.1:{port}").parse().unwrap(),
            "Partnerportal <portal@test.example>",
            Duration::from_secs(5),
        )
        .unwrap()
    }

    #[tokio::test]
    async fn a_reminder_goes_out_once_even_when_the_server_restarts_or_two_race() {
        let mut smtp = SmtpServer::start().await;
        let app = spawn_app().await;
        // Two days ahead: the three-day reminder is due, the fourteen-day one is past its window.
        add_call(
            &app,
            &call("CERV-SOON", "cerv-town-twinning", &brussels_in_days(2)),
        )
        .await;
        let url = "https://partner.test.example";
        let sent = send_due_reminders(
            &app.store,
            &mailer(smtp.port),
            &settings(),
            Instant::now(),
            url,
        )
        .await
        .unwrap();
        assert_eq!(sent, 1);
        let mail = smtp
            .next_mail(Duration::from_secs(5))
            .await
            .expect("the reminder arrives");
        assert_eq!(mail.to, ["office@test.example"]);
        let subject = mail.header("subject").unwrap();
        assert!(subject.contains("CERV-SOON"), "{subject}");
        let body = mail.body();
        assert!(body.contains(" 17:00 CE"), "{body}");
        assert!(body.contains("https://partner.test.example/de/workbench/funding/deadlines"));

        // A restarted server: a new connection pool on the same database, a new mailer.
        let restarted = Store::open(&app.location).await.unwrap();
        let again = send_due_reminders(
            &restarted,
            &mailer(smtp.port),
            &settings(),
            Instant::now(),
            url,
        )
        .await
        .unwrap();
        assert_eq!(again, 0);
        assert!(smtp.next_mail(Duration::from_millis(300)).await.is_none());

        // Two servers at once on a new deadline: one of them sends.
        add_call(
            &app,
            &call("CERV-RACE", "cerv-town-twinning", &brussels_in_days(1)),
        )
        .await;
        let (m1, m2, s) = (mailer(smtp.port), mailer(smtp.port), settings());
        let (a, b) = tokio::join!(
            send_due_reminders(&app.store, &m1, &s, Instant::now(), url),
            send_due_reminders(&restarted, &m2, &s, Instant::now(), url)
        );
        assert_eq!(a.unwrap() + b.unwrap(), 1);
        assert!(smtp.next_mail(Duration::from_secs(5)).await.is_some());
        assert!(smtp.next_mail(Duration::from_millis(300)).await.is_none());
        assert_eq!(app.store.funding_reminders_sent().await.unwrap(), 2);
    }

    #[tokio::test]
    async fn a_reminder_the_mail_server_refused_is_sent_on_the_next_round() {
        let mut smtp = SmtpServer::start().await;
        let app = spawn_app().await;
        add_call(
            &app,
            &call("CERV-SOON", "cerv-town-twinning", &brussels_in_days(2)),
        )
        .await;
        smtp.set_refusing(true);
        let url = "https://partner.test.example";
        let first = send_due_reminders(
            &app.store,
            &mailer(smtp.port),
            &settings(),
            Instant::now(),
            url,
        )
        .await
        .unwrap();
        assert_eq!(first, 0);
        assert_eq!(app.store.funding_reminders_sent().await.unwrap(), 0);
        smtp.set_refusing(false);
        let second = send_due_reminders(
            &app.store,
            &mailer(smtp.port),
            &settings(),
            Instant::now(),
            url,
        )
        .await
        .unwrap();
        assert_eq!(second, 1);
        assert!(smtp.next_mail(Duration::from_secs(5)).await.is_some());
    }

    #[tokio::test]
    async fn the_running_server_sends_due_reminders_by_itself() {
        let mut smtp = SmtpServer::start().await;
        let database = crate::fresh_database::FreshDatabase::new("db.sqlite3").await;
        let store = database.open().await;
        store
            .import_seed(&partnerportal::io::seed::load(None).unwrap())
            .await
            .unwrap();
        let contact = partnerportal::contact::ContactSettings {
            smtp_url: Some(format!("smtp://127.0.0.1:{}", smtp.port).parse().unwrap()),
            mail_from: Some("Partnerportal <portal@test.example>".into()),
            ..Default::default()
        };
        let app = partnerportal::app::Application::bind_with("127.0.0.1:0", store.clone(), contact)
            .await
            .unwrap()
            .with_funding(settings());
        store
            .create_funding_call(
                &partnerportal::domain::access::Principal::command_line(),
                &call("CERV-JOB", "cerv-town-twinning", &brussels_in_days(2)),
            )
            .await
            .unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(app.serve(async move {
            let _ = stopped.await;
        }));
        let mail = smtp
            .next_mail(Duration::from_secs(10))
            .await
            .expect("the job sends the reminder");
        assert!(mail.header("subject").unwrap().contains("CERV-JOB"));
        // Later rounds of the job send nothing more.
        assert!(smtp.next_mail(Duration::from_millis(400)).await.is_none());
        drop(stop);
    }
}

mod import {
    use partnerportal::domain::audit::Entity;
    use partnerportal::funding::import_calls_from;

    use crate::common::spawn_app;

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(format!(
            "{}/tests/fixtures/funding/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    #[tokio::test]
    async fn calls_from_json_and_csv_are_imported_once_and_changes_replace_them() {
        let app = spawn_app().await;
        let report = import_calls_from(&app.store, &fixture("calls.json"), false)
            .await
            .unwrap();
        assert_eq!(report.created.len(), 2);
        let report = import_calls_from(&app.store, &fixture("calls.csv"), false)
            .await
            .unwrap();
        assert_eq!(report.created, ["KA152-2027-R1", "KA152-2027-R2"]);
        let lines = app.store.funding_call_lines().await.unwrap();
        let nt = lines
            .iter()
            .find(|l| l.identifier == "CERV-2027-CITIZENS-TOWN-NT")
            .unwrap();
        assert_eq!(nt.deadline.text(), "2027-03-05T16:00:00Z");
        assert_eq!(nt.budget.unwrap().text(), "11500000.00");
        // The same file again changes nothing; a changed title replaces the call, audited.
        let again = import_calls_from(&app.store, &fixture("calls.json"), false)
            .await
            .unwrap();
        assert_eq!(
            (
                again.created.len(),
                again.changed.len(),
                again.unchanged.len()
            ),
            (0, 0, 2)
        );
        let changed = String::from_utf8(fixture("calls.json"))
            .unwrap()
            .replace("Town twinning 2027", "Town twinning 2027 (corrected)");
        let report = import_calls_from(&app.store, changed.as_bytes(), false)
            .await
            .unwrap();
        assert_eq!(report.changed, ["CERV-2027-CITIZENS-TOWN-TT"]);
        let id = lines
            .iter()
            .find(|l| l.identifier == "CERV-2027-CITIZENS-TOWN-TT")
            .unwrap()
            .id;
        let history = app.store.history(Entity::FundingCall, id).await.unwrap();
        assert_eq!(history.len(), 2);
        assert_eq!(history[0].actor_label, "command line");
    }

    #[tokio::test]
    async fn a_dry_run_reports_and_writes_nothing() {
        let app = spawn_app().await;
        let report = import_calls_from(&app.store, &fixture("calls.csv"), true)
            .await
            .unwrap();
        assert_eq!(report.created.len(), 2);
        assert!(app.store.funding_call_lines().await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_hostile_file_is_refused_whole_with_the_line_and_reason_of_each_problem() {
        let app = spawn_app().await;
        let error = import_calls_from(&app.store, &fixture("hostile.csv"), false)
            .await
            .unwrap_err()
            .to_string();
        assert!(error.contains("nothing was imported"), "{error}");
        assert!(error.contains("line 4: identifier:"), "{error}");
        assert!(error.contains("line 5: budget:"), "{error}");
        assert!(error.contains("line 6: url:"), "{error}");
        assert!(app.store.funding_call_lines().await.unwrap().is_empty());
        // A file whose only problem the store finds (an unknown action) is refused whole too:
        // the sound call before it is not written either.
        let csv = "identifier,action,title,deadline\n\
OK-1,cerv-town-twinning,A sound call,2027-03-05 17:00\n\
BAD-ACTION,no-such-action,Unknown action,2027-03-05 17:00\n";
        let error = import_calls_from(&app.store, csv.as_bytes(), false)
            .await
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("line 3: action: no action 'no-such-action'"),
            "{error}"
        );
        assert!(app.store.funding_call_lines().await.unwrap().is_empty());
        assert!(
            app.store
                .history(Entity::FundingCall, 1)
                .await
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn the_command_line_imports_a_file_into_a_new_database_and_refuses_a_broken_one() {
        let database = crate::fresh_database::FreshDatabase::new_blocking("db.sqlite3");
        let run = |args: &[&str]| {
            std::process::Command::new(env!("CARGO_BIN_EXE_partnerportal"))
                .arg("--database")
                .arg(database.arg())
                .args(args)
                .output()
                .unwrap()
        };
        let fixtures = format!("{}/tests/fixtures/funding", env!("CARGO_MANIFEST_DIR"));
        let dry = run(&[
            "import-calls",
            &format!("{fixtures}/calls.json"),
            "--dry-run",
        ]);
        let out = String::from_utf8_lossy(&dry.stdout);
        assert!(
            dry.status.success(),
            "{}",
            String::from_utf8_lossy(&dry.stderr)
        );
        assert!(
            out.contains("created   CERV-2027-CITIZENS-TOWN-TT") && out.contains("dry run"),
            "{out}"
        );
        let real = run(&["import-calls", &format!("{fixtures}/calls.json")]);
        assert!(real.status.success());
        assert!(
            String::from_utf8_lossy(&real.stdout)
                .contains("2 call(s) created, 0 changed, 0 unchanged")
        );
        let broken = run(&["import-calls", &format!("{fixtures}/hostile.csv")]);
        assert_eq!(broken.status.code(), Some(1));
        let err = String::from_utf8_lossy(&broken.stderr);
        assert!(
            err.contains("refused whole") && err.contains("line 5: budget:"),
            "{err}"
        );
    }
}
