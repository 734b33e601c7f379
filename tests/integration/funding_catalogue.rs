//! Editing the funding catalogue in the workbench: programmes and actions with their rules as data
//! (each with source and as-of date), administrators only, audited, versioned, hostile input
//! refused per field with nothing stored, and an edited rule changing an application's verdict.

use partnerportal::domain::access::Role;
use reqwest::StatusCode;

use crate::common::{TestApp, spawn_app, unescape};
use crate::funding::{add_call, application, call};
use crate::workbench::{create_user, fields, form_fields, set, sign_in};

fn id_from(location: &str) -> i64 {
    location
        .trim_end_matches("?saved=1")
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap_or_else(|_| panic!("no id in {location}"))
}

fn programme_form(key: &str) -> Vec<(String, String)> {
    fields(&[
        ("key", key),
        ("name", "Kleinprojektefonds Oberrhein"),
        ("level", "national"),
        ("url", "https://www.interreg-oberrhein.eu/kleinprojekte/"),
    ])
}

/// An action form with the given rule rows (kind, min, max, applicant kinds, source, as of).
fn action_form(programme: &str, key: &str, rules: &[[&str; 6]]) -> Vec<(String, String)> {
    let mut f = fields(&[
        ("programme", programme),
        ("key", key),
        ("name", "Begegnungsprojekte"),
        ("funding_form", "flat_rate"),
        ("funding_note", "Up to 25 000 EUR per project."),
        ("max_cofinancing_percent", "80"),
        (
            "url",
            "https://www.interreg-oberrhein.eu/kleinprojekte/leitfaden",
        ),
    ]);
    for row in rules {
        for (name, value) in ["r_kind", "r_min", "r_max", "r_kinds", "r_source", "r_as_of"]
            .iter()
            .zip(row)
        {
            f.push(((*name).to_owned(), (*value).to_owned()));
        }
    }
    f
}

const SOURCE: &str = "https://www.interreg-oberrhein.eu/kleinprojekte/leitfaden#p4";

async fn catalogue_size(app: &TestApp) -> (usize, usize) {
    let c = app.store.funding_catalogue().await.unwrap();
    (
        c.programmes.len(),
        c.programmes.iter().map(|p| p.actions.len()).sum(),
    )
}

#[tokio::test]
async fn an_administrator_adds_a_programme_and_an_action_with_rules_that_the_catalogue_lists_with_their_sources()
 {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let created = anna
        .post(
            "/de/workbench/funding/catalogue/programmes/new",
            &programme_form("interreg-oberrhein-kpf"),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let action = anna
        .post(
            "/de/workbench/funding/catalogue/actions/new",
            &action_form(
                "interreg-oberrhein-kpf",
                "interreg-oberrhein-begegnung",
                &[
                    ["min_countries", "2", "", "", SOURCE, "2026-11-20"],
                    ["", "", "", "", "", ""],
                    ["duration_days", "1", "10", "", SOURCE, "2026-11-20"],
                    [
                        "eligible_applicants",
                        "",
                        "",
                        "municipality, association",
                        SOURCE,
                        "2026-11-21",
                    ],
                ],
            ),
        )
        .await;
    assert_eq!(action.status, StatusCode::SEE_OTHER, "{}", action.body);
    let stored = app
        .store
        .funding_action_record(id_from(&action.location))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.version, 1);
    assert_eq!(stored.record.rules.len(), 3, "the empty row is skipped");
    assert_eq!(stored.record.max_cofinancing_percent, Some(80));

    let page = unescape(&anna.get("/de/workbench/funding/catalogue").await.body);
    for expected in [
        "Kleinprojektefonds Oberrhein",
        "Begegnungsprojekte",
        "Up to 25 000 EUR per project.",
        "mindestens 2 beteiligte Länder",
        "Stand 2026-11-21",
        SOURCE,
    ] {
        assert!(page.contains(expected), "catalogue lacks {expected}");
    }
    // The edit form gives every rule back in its row, and the audit trail has both records.
    let form = anna.get(&action.location).await;
    assert!(form.body.contains("value=\"municipality, association\""));
    for (entity, id) in [
        ("funding_programme", id_from(&created.location)),
        ("funding_action", stored.id),
    ] {
        let history = anna
            .get(&format!("/de/workbench/history/{entity}/{id}"))
            .await;
        assert_eq!(history.status, StatusCode::OK, "{entity}");
    }
}

#[tokio::test]
async fn only_administrators_edit_the_catalogue() {
    let app = spawn_app().await;
    create_user(&app, "ed", Role::Editor, &["wernigerode"]).await;
    let ed = sign_in(&app, "ed").await;
    let before = catalogue_size(&app).await;
    for path in [
        "/de/workbench/funding/catalogue/programmes/new",
        "/de/workbench/funding/catalogue/actions/new",
        "/de/workbench/funding/catalogue/actions/1",
    ] {
        assert_eq!(ed.get(path).await.status, StatusCode::FORBIDDEN, "{path}");
    }
    let refused = ed
        .post(
            "/de/workbench/funding/catalogue/programmes/new",
            &programme_form("sneaky"),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let page = ed.get("/de/workbench/funding/catalogue").await;
    assert!(!page.body.contains("/catalogue/programmes/new"));
    assert_eq!(catalogue_size(&app).await, before);
}

#[tokio::test]
async fn hostile_catalogue_input_is_refused_at_its_fields_and_nothing_is_stored() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let before = catalogue_size(&app).await;
    let mut programme = programme_form("<script>alert(1)</script>");
    set(&mut programme, "url", "javascript:alert(1)");
    set(&mut programme, "level", "galactic");
    set(&mut programme, "name", "Name\u{0}with a NUL");
    let refused = anna
        .post("/de/workbench/funding/catalogue/programmes/new", &programme)
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for id in [
        "f-key-error",
        "f-url-error",
        "f-level-error",
        "f-name-error",
    ] {
        assert!(refused.body.contains(id), "{id} missing");
    }
    assert!(!refused.body.contains("<script>alert(1)</script>"));

    let refused = anna
        .post(
            "/de/workbench/funding/catalogue/actions/new",
            &action_form(
                "erasmus-plus",
                "erasmus-evil",
                &[
                    ["duration_days", "9", "3", "", SOURCE, "2026-11-20"],
                    ["min_countries", "many", "", "", SOURCE, "2026-11-20"],
                    [
                        "eligible_applicants",
                        "",
                        "",
                        "dragon",
                        SOURCE,
                        "2026-11-20",
                    ],
                    [
                        "min_partners",
                        "1",
                        "",
                        "",
                        "ftp://example.org/x",
                        "yesterday",
                    ],
                    ["drop_table", "1", "", "", SOURCE, "2026-11-20"],
                    ["min_partners", "2", "", "", SOURCE, "2026-11-20"],
                ],
            ),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for id in [
        "f-rules-0-error",
        "f-rules-1-min-error",
        "f-rules-2-error",
        "f-rules-3-source-error",
        "f-rules-3-as_of-error",
        "f-rules-4-error",
        "f-rules-5-error",
    ] {
        assert!(refused.body.contains(id), "{id} missing in the answer");
    }
    let mut percent = action_form("erasmus-plus", "erasmus-percent", &[]);
    set(&mut percent, "max_cofinancing_percent", "150");
    set(&mut percent, "funding_form", "free_money");
    set(&mut percent, "programme", "no-such-programme");
    let refused = anna
        .post("/de/workbench/funding/catalogue/actions/new", &percent)
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("f-max_cofinancing_percent-error"));
    assert!(refused.body.contains("f-funding_form-error"));
    // A taken key.
    let taken = anna
        .post(
            "/de/workbench/funding/catalogue/actions/new",
            &action_form("erasmus-plus", "cerv-town-twinning", &[]),
        )
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unescape(&taken.body).contains("Dieser Schlüssel ist schon vergeben."));
    assert_eq!(catalogue_size(&app).await, before);
}

#[tokio::test]
async fn a_stale_save_of_an_action_is_refused_with_409_and_an_edited_rule_changes_the_verdict() {
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
    let stored = app
        .store
        .create_funding_application(
            &partnerportal::domain::access::Principal::command_line(),
            &application(
                "CERV-2027-CITIZENS-TOWN-NT",
                "wernigerode",
                &["villars", "konskie"],
            ),
        )
        .await
        .unwrap();
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let application_page = format!("/de/workbench/funding/applications/{}", stored.id);
    assert!(
        anna.get(&application_page)
            .await
            .body
            .contains("data-eligible=\"false\"")
    );

    let (_, actions) = app.store.funding_catalogue_ids().await.unwrap();
    let action = actions
        .iter()
        .find(|a| a.key == "cerv-networks-of-towns")
        .unwrap()
        .id;
    let path = format!("/de/workbench/funding/catalogue/actions/{action}");
    let page = anna.get(&path).await;
    let mut form = form_fields(&page.body, &path);
    // `post` adds this session's CSRF token itself.
    form.retain(|(k, _)| k != "csrf");
    // Someone else saves first.
    let first = anna.post(&path, &form).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    // The rule rows as the form sent them: lower every "at least N countries" to 3.
    let kinds: Vec<String> = form
        .iter()
        .filter(|(k, _)| k == "r_kind")
        .map(|(_, v)| v.clone())
        .collect();
    let row = kinds.iter().position(|k| k == "min_countries").unwrap();
    let mut seen = 0;
    for (k, v) in form.iter_mut() {
        if k == "r_min" {
            if seen == row {
                *v = "3".into();
            }
            seen += 1;
        }
    }
    let stale = anna.post(&path, &form).await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "{}", stale.body);
    assert!(stale.body.contains("id=\"f-version\""));
    set(&mut form, "version", "2");
    let saved = anna.post(&path, &form).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert!(
        anna.get(&application_page)
            .await
            .body
            .contains("data-eligible=\"true\""),
        "three countries meet the edited rule"
    );
    // An action with calls, a programme with actions: not deleted.
    let delete = anna
        .post(&format!("{path}/delete"), &fields(&[("version", "3")]))
        .await;
    assert_eq!(delete.status, StatusCode::UNPROCESSABLE_ENTITY);
    let (programmes, _) = app.store.funding_catalogue_ids().await.unwrap();
    let cerv = programmes.iter().find(|p| p.key == "cerv").unwrap().id;
    let delete = anna
        .post(
            &format!("/de/workbench/funding/catalogue/programmes/{cerv}/delete"),
            &fields(&[("version", "1")]),
        )
        .await;
    assert_eq!(delete.status, StatusCode::UNPROCESSABLE_ENTITY);
}
