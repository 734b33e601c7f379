//! People of activities under the GDPR: scope (a town's staff never see another town's people),
//! nothing personal on the public portal or API, export of everything held, erasure that keeps
//! anonymous counts and leaves no trace, retention, hostile input, stale edits, the numbers the
//! funding rules read.

use std::collections::{BTreeSet, VecDeque};

use partnerportal::domain::access::{Principal, Role};
use partnerportal::domain::audit::{Action, Entity};
use partnerportal::domain::people::{
    Age, AgeGroup, ConsentRecord, GivenBy, Participation, PersonRecord, PersonRole,
};
use reqwest::StatusCode;
use serde_json::Value;
use sqlx::AnyConnection;
use time::macros::date;

use crate::common::{TestApp, hrefs, on_postgres, spawn_app, unescape};
use crate::workbench::{Session, create_user, fields, form_fields, set, sign_in};

async fn db(app: &TestApp) -> AnyConnection {
    app.db().await
}

async fn body_id(app: &TestApp, slug: &str) -> i64 {
    app.store.body_record(slug).await.unwrap().unwrap().id
}

/// An activity hosted by `host` (a body slug), optionally in the partnership between `partners`.
async fn add_activity(
    app: &TestApp,
    slug: &str,
    host: Option<&str>,
    partners: Option<(&str, &str)>,
    starts_on: &str,
    ends_on: &str,
) -> i64 {
    let host = match host {
        Some(h) => Some(body_id(app, h).await),
        None => None,
    };
    let mut conn = db(app).await;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO activities (slug, kind, starts_on, ends_on, host_body_id, visibility, created_at, updated_at) \
         VALUES ($1, 'youth_encounter', $2, $3, $4, 'public', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z') RETURNING id",
    )
    .bind(slug)
    .bind(starts_on)
    .bind(ends_on)
    .bind(host)
    .fetch_one(&mut conn)
    .await
    .unwrap();
    sqlx::query("INSERT INTO activity_texts (activity_id, lang, title, description) VALUES ($1, 'de', $2, '')")
        .bind(id)
        .bind(format!("Begegnung {slug}"))
        .execute(&mut conn)
        .await
        .unwrap();
    if let Some((a, b)) = partners {
        let (a, b) = (body_id(app, a).await, body_id(app, b).await);
        let partnership: i64 = sqlx::query_scalar(
            "SELECT id FROM partnerships WHERE (body_a_id = $1 AND body_b_id = $2) OR (body_a_id = $2 AND body_b_id = $1)",
        )
        .bind(a)
        .bind(b)
        .fetch_one(&mut conn)
        .await
        .expect("the seed links the two bodies");
        sqlx::query(
            "INSERT INTO activity_partnerships (activity_id, partnership_id) VALUES ($1, $2)",
        )
        .bind(id)
        .bind(partnership)
        .execute(&mut conn)
        .await
        .unwrap();
    }
    id
}

fn person(name: &str, country: &str) -> PersonRecord {
    PersonRecord {
        name: name.into(),
        age: Age::BirthYear(2009),
        email: None,
        phone: None,
        country: country.into(),
        dietary: None,
        accessibility: None,
    }
}

async fn add_directly(app: &TestApp, activity: i64, record: &PersonRecord, invited: bool) -> i64 {
    app.store
        .add_person(
            &Principal::command_line(),
            activity,
            record,
            Participation {
                role: PersonRole::Participant,
                invited,
            },
            None,
        )
        .await
        .unwrap()
}

fn person_id_from(location: &str) -> i64 {
    let rest = location
        .split("/workbench/people/")
        .nth(1)
        .unwrap_or_else(|| panic!("not a person's address: {location}"));
    rest.split(['?', '/']).next().unwrap().parse().unwrap()
}

/// Adds a person through the workbench form, as staff would.
async fn add_through_form(
    s: &Session<'_>,
    activity: i64,
    change: impl FnOnce(&mut Vec<(String, String)>),
) -> crate::workbench::Reply {
    let page = format!("/de/workbench/people/activities/{activity}/new");
    s.submit(&page, &page, change).await
}

async fn people_count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM people")
        .fetch_one(&mut db(app).await)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_town_editor_never_sees_another_towns_participants() {
    let app = spawn_app().await;
    let ours = add_activity(
        &app,
        "wr-sommer",
        Some("wernigerode"),
        None,
        "2026-07-01",
        "2026-07-10",
    )
    .await;
    let theirs = add_activity(
        &app,
        "qlb-herbst",
        Some("quedlinburg"),
        None,
        "2026-09-01",
        "2026-09-05",
    )
    .await;
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    create_user(&app, "quedlinburg", Role::Editor, &["quedlinburg"]).await;
    create_user(&app, "rita", Role::Reader, &[]).await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let w = sign_in(&app, "wernigerode").await;
    let q = sign_in(&app, "quedlinburg").await;

    let added = add_through_form(&w, ours, |f| {
        set(f, "name", "Zyxwaldine Quorrington");
        set(f, "birth_year", "2010");
        set(f, "country", "FR");
        f.push(("invited".into(), "1".into()));
    })
    .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let ours_person = person_id_from(&added.location);
    let added = add_through_form(&q, theirs, |f| {
        set(f, "name", "Brunhilde Vexmoorgaard");
        set(f, "birth_year", "1990");
        set(f, "country", "PL");
        set(f, "email", "brunhilde@vexmoor.example");
    })
    .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let their_person = person_id_from(&added.location);
    let secret = ["Brunhilde", "Vexmoorgaard", "vexmoor.example"];

    // The list of their activity: counts, no names, no way to add.
    let list = w
        .get(&format!("/de/workbench/people/activities/{theirs}"))
        .await;
    assert_eq!(list.status, StatusCode::OK);
    for s in secret {
        assert!(!list.body.contains(s), "{s} leaked on the list");
    }
    assert!(
        list.body.contains("1 Person, davon 0 eingeladene Gäste"),
        "the counts are shown: {}",
        list.body
    );
    assert!(!list.body.contains(&format!("/people/{their_person}")));
    assert!(!list.body.contains(&format!("activities/{theirs}/new")));
    // Our own activity: the name is there.
    let own = w
        .get(&format!("/de/workbench/people/activities/{ours}"))
        .await;
    assert!(own.body.contains("Zyxwaldine Quorrington"));

    // Every direct address of their person answers like a person that does not exist.
    let missing = w.get("/de/workbench/people/999999").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    for path in [
        format!("/de/workbench/people/{their_person}"),
        format!("/de/workbench/people/{their_person}/export"),
        format!("/de/workbench/people/{their_person}?activity={theirs}"),
    ] {
        let answer = w.get(&path).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
        for s in secret {
            assert!(!answer.body.contains(s), "{s} leaked at {path}");
        }
    }
    let edit = w
        .post(
            &format!("/de/workbench/people/{their_person}"),
            &fields(&[
                ("version", "1"),
                ("name", "Hijacked"),
                ("country", "DE"),
                ("birth_year", "1990"),
            ]),
        )
        .await;
    assert_eq!(edit.status, StatusCode::NOT_FOUND);
    let erase = w
        .post(
            &format!("/de/workbench/people/{their_person}/erase"),
            &fields(&[("version", "1")]),
        )
        .await;
    assert_eq!(erase.status, StatusCode::NOT_FOUND);
    let consent = w
        .post(
            &format!("/de/workbench/people/{their_person}/consents"),
            &fields(&[
                ("given_on", "2026-01-01"),
                ("text_version", "v1"),
                ("given_by", "person"),
            ]),
        )
        .await;
    assert_eq!(consent.status, StatusCode::NOT_FOUND);
    let form = w
        .get(&format!("/de/workbench/people/activities/{theirs}/new"))
        .await;
    assert_eq!(form.status, StatusCode::FORBIDDEN);
    let smuggled = w
        .post(
            &format!("/de/workbench/people/activities/{theirs}/new"),
            &fields(&[
                ("name", "Smuggled In"),
                ("country", "DE"),
                ("birth_year", "2000"),
                ("role", "participant"),
            ]),
        )
        .await;
    assert_eq!(smuggled.status, StatusCode::FORBIDDEN);
    let stored = app.store.person(their_person).await.unwrap().unwrap();
    assert_eq!(stored.record.name, "Brunhilde Vexmoorgaard");
    assert_eq!(stored.version, 1);
    assert_eq!(people_count(&app).await, 2);
    // Nor does the history page of the person tell an editor anything.
    let history = w
        .get(&format!("/de/workbench/history/person/{their_person}"))
        .await;
    assert_ne!(history.status, StatusCode::OK);

    // A reader without scope sees counts only; the administrator sees everyone.
    let rita = sign_in(&app, "rita").await;
    let list = rita
        .get(&format!("/de/workbench/people/activities/{ours}"))
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(!list.body.contains("Zyxwaldine"));
    assert_eq!(
        rita.get(&format!("/de/workbench/people/{ours_person}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let anna = sign_in(&app, "anna").await;
    let page = anna
        .get(&format!("/de/workbench/people/{their_person}"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Brunhilde Vexmoorgaard"));
}

#[tokio::test]
async fn the_staff_of_either_side_of_an_activitys_partnership_see_its_people() {
    let app = spawn_app().await;
    // Hosted by nobody in the registry, but part of the Wernigerode – Carpentras twinning.
    let partnership: (String, String) = sqlx::query_as(
        "SELECT a.slug, b.slug FROM partnerships p JOIN bodies a ON a.id = p.body_a_id \
         JOIN bodies b ON b.id = p.body_b_id WHERE a.slug = 'wernigerode' OR b.slug = 'wernigerode' LIMIT 1",
    )
    .fetch_one(&mut db(&app).await)
    .await
    .unwrap();
    let activity = add_activity(
        &app,
        "twinning-week",
        None,
        Some((&partnership.0, &partnership.1)),
        "2026-05-01",
        "2026-05-03",
    )
    .await;
    let id = add_directly(&app, activity, &person("Ottilie Partnerseite", "DE"), false).await;
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    create_user(&app, "thale", Role::Editor, &["thale"]).await;
    let w = sign_in(&app, "wernigerode").await;
    assert!(
        w.get(&format!("/de/workbench/people/{id}"))
            .await
            .body
            .contains("Ottilie Partnerseite")
    );
    let t = sign_in(&app, "thale").await;
    assert_eq!(
        t.get(&format!("/de/workbench/people/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
}

/// Every public page reachable from the language homes and every GET of the API's document.
async fn crawl_public(app: &TestApp, extra: &[String]) -> Vec<(String, String)> {
    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<String> = ["/de/", "/en/", "/fr/", "/pl/", "/ro/"]
        .iter()
        .map(|s| s.to_string())
        .chain(extra.iter().cloned())
        .collect();
    let openapi = app.get("/api/openapi.json").await;
    assert_eq!(openapi.status, StatusCode::OK);
    let doc = openapi.json();
    let slugs = ["wernigerode", "carpentras", "public-week"];
    for (path, ops) in doc["paths"].as_object().unwrap() {
        if ops.get("get").is_none() {
            continue;
        }
        if path.contains('{') {
            for slug in slugs {
                let filled = path
                    .replace("{slug}", slug)
                    .replace("{id}", "1")
                    .replace("{audit_id}", "1")
                    .replace("{index}", "0");
                queue.push_back(filled);
            }
        } else {
            queue.push_back(path.clone());
        }
    }
    let mut pages = Vec::new();
    while let Some(path) = queue.pop_front() {
        if pages.len() > 600 || !seen.insert(path.clone()) {
            continue;
        }
        let answer = app.get_raw(&path, None).await;
        if answer.is_html() && answer.status == StatusCode::OK {
            for href in hrefs(&answer.text) {
                let href = unescape(&href);
                let href = href.split('#').next().unwrap_or_default().to_owned();
                let local = href
                    .strip_prefix(&app.base_url)
                    .map(str::to_owned)
                    .unwrap_or(href);
                if local.starts_with('/')
                    && !local.starts_with("//")
                    && !local.contains("/workbench")
                    && !local.starts_with("/assets/")
                    && !seen.contains(&local)
                {
                    queue.push_back(local);
                }
            }
        }
        pages.push((path, answer.text));
    }
    pages
}

#[tokio::test]
async fn the_public_portal_and_the_public_api_never_show_a_personal_field() {
    let app = spawn_app().await;
    let activity = add_activity(
        &app,
        "public-week",
        Some("wernigerode"),
        None,
        "2026-06-01",
        "2026-06-07",
    )
    .await;
    let record = PersonRecord {
        name: "Quentin Xylophoridas".into(),
        age: Age::BirthYear(1987),
        email: Some("qx-private@mailbox.example".into()),
        phone: Some("+49 3943 918273645".into()),
        country: "FR".into(),
        dietary: Some("Kumquatallergie-7731".into()),
        accessibility: Some("Rollstuhlrampe-5519".into()),
    };
    let id = add_directly(&app, activity, &record, true).await;
    app.store
        .add_consent(
            &Principal::command_line(),
            id,
            &ConsentRecord {
                given_on: "2026-01-15".into(),
                text_version: "Einwilligung-ZQX-42".into(),
                given_by: GivenBy::Guardian,
                withdrawn_on: None,
            },
        )
        .await
        .unwrap();
    let secrets = [
        "Xylophoridas",
        "qx-private",
        "918273645",
        "Kumquatallergie-7731",
        "Rollstuhlrampe-5519",
        "Einwilligung-ZQX-42",
    ];
    let extra: Vec<String> = ["de", "en"]
        .iter()
        .flat_map(|l| {
            [
                format!("/{l}/events"),
                format!("/{l}/activities"),
                format!("/{l}/activities/public-week"),
                format!("/{l}/events/public-week"),
                format!("/{l}/calendar"),
                format!("/{l}/events.ics"),
                format!("/{l}/events/2026/06"),
            ]
        })
        .chain([
            "/api/v1/activities".to_owned(),
            "/api/v1/activities/public-week".to_owned(),
            "/events.ics".to_owned(),
        ])
        .collect();
    // The values are stored and shown where they belong: to the activity's staff.
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    let w = sign_in(&app, "wernigerode").await;
    let own = w.get(&format!("/de/workbench/people/{id}")).await;
    for s in secrets {
        assert!(own.body.contains(s), "{s} is not on the person's page");
    }
    let pages = crawl_public(&app, &extra).await;
    assert!(
        pages.len() > 50,
        "the crawl reached {} answers",
        pages.len()
    );
    for (path, text) in &pages {
        for s in secrets {
            assert!(!text.contains(s), "{s} appears at {path}");
        }
    }
}

#[tokio::test]
async fn the_export_holds_every_field_participation_consent_and_audit_entry() {
    let app = spawn_app().await;
    let activity = add_activity(
        &app,
        "export-camp",
        Some("wernigerode"),
        None,
        "2026-08-01",
        "2026-08-14",
    )
    .await;
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    let w = sign_in(&app, "wernigerode").await;
    let added = add_through_form(&w, activity, |f| {
        set(f, "name", "Henriette Exportova");
        set(f, "birth_year", "2011");
        set(f, "email", "henriette@example.org");
        set(f, "phone", "+420 491 000 111");
        set(f, "country", "CZ");
        set(f, "dietary", "halal");
        set(f, "accessibility", "hearing loop");
        set(f, "role", "volunteer");
        f.push(("invited".into(), "1".into()));
        set(f, "consent_given_on", "2026-02-01");
        set(f, "consent_text_version", "youth-2026-v1");
        set(f, "consent_given_by", "guardian");
    })
    .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let id = person_id_from(&added.location);
    let page = format!("/de/workbench/people/{id}");
    let consent = app.store.person(id).await.unwrap().unwrap().consents[0].0;
    let withdrawn = w
        .post(
            &format!("/de/workbench/people/{id}/consents/{consent}/withdraw"),
            &fields(&[("withdrawn_on", "2026-03-01")]),
        )
        .await;
    assert_eq!(
        withdrawn.status,
        StatusCode::SEE_OTHER,
        "{}",
        withdrawn.body
    );
    let edited = w
        .submit(&page, &page, |f| set(f, "dietary", "halal, no nuts"))
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);

    let export = w.get(&format!("/de/workbench/people/{id}/export")).await;
    assert_eq!(export.status, StatusCode::OK);
    let doc: Value = serde_json::from_str(&export.body).unwrap();
    let p = &doc["person"];
    assert_eq!(p["name"], "Henriette Exportova");
    assert_eq!(p["birth_year"], 2011);
    assert_eq!(p["email"], "henriette@example.org");
    assert_eq!(p["phone"], "+420 491 000 111");
    assert_eq!(p["country"], "CZ");
    assert_eq!(p["dietary_notes"], "halal, no nuts");
    assert_eq!(p["accessibility_notes"], "hearing loop");
    assert_eq!(p["version"], 2);
    let parts = doc["participations"].as_array().unwrap();
    assert_eq!(parts.len(), 1);
    assert_eq!(parts[0]["activity"]["slug"], "export-camp");
    assert_eq!(parts[0]["role"], "volunteer");
    assert_eq!(parts[0]["invited_guest"], true);
    assert_eq!(parts[0]["age_group_at_activity"], "14_17");
    let consents = doc["consents"].as_array().unwrap();
    assert_eq!(consents.len(), 1);
    assert_eq!(consents[0]["consent"]["given_on"], "2026-02-01");
    assert_eq!(consents[0]["consent"]["text_version"], "youth-2026-v1");
    assert_eq!(consents[0]["consent"]["given_by"], "guardian");
    assert_eq!(consents[0]["consent"]["withdrawn_on"], "2026-03-01");
    let audit = doc["audit_entries"].as_array().unwrap();
    let actions: Vec<&str> = audit
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, vec!["create", "update", "update"]);
    assert!(audit.iter().all(|e| e["by"] == "wernigerode (test)"));
    // The audit trail itself names fields, never values.
    let history = app.store.history(Entity::Person, id).await.unwrap();
    assert_eq!(history.len(), 3);
    let trail = serde_json::to_string(&history).unwrap();
    for value in [
        "Henriette",
        "Exportova",
        "henriette@example.org",
        "halal",
        "hearing loop",
        "491 000",
    ] {
        assert!(
            !trail.contains(value),
            "the audit trail copied {value}: {trail}"
        );
    }
    assert!(trail.contains("dietary"), "{trail}");
}

/// Every stored cell of every table that contains `needle` (text, or bytes holding its UTF-8), as
/// `table.column`.
pub async fn cells_containing(app: &TestApp, needle: &str) -> Vec<String> {
    let mut conn = db(app).await;
    // Every column of every table, with whether it holds bytes.
    let catalogue = if on_postgres() {
        "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT), \
         CASE WHEN data_type = 'bytea' THEN 1 ELSE 0 END \
         FROM information_schema.columns c WHERE table_schema = current_schema() \
         AND EXISTS (SELECT 1 FROM information_schema.tables t WHERE t.table_schema = c.table_schema \
         AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE')"
    } else {
        "SELECT m.name, p.name, CASE WHEN p.type = 'BLOB' THEN 1 ELSE 0 END \
         FROM sqlite_master m, pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
    };
    let columns: Vec<(String, String, i64)> = sqlx::query_as(catalogue)
        .fetch_all(&mut conn)
        .await
        .unwrap();
    let tables: BTreeSet<&str> = columns.iter().map(|(t, _, _)| t.as_str()).collect();
    assert!(tables.len() > 20, "all tables listed: {tables:?}");
    let mut found = Vec::new();
    for (table, column, bytes) in &columns {
        // SQLite reads bytes cast to text as text; PostgreSQL searches bytes for the needle's bytes.
        let test = match (on_postgres(), *bytes == 1) {
            (true, true) => format!("position(convert_to($1, 'UTF8') IN \"{column}\") > 0"),
            (true, false) => format!("strpos(CAST(\"{column}\" AS TEXT), $1) > 0"),
            (false, _) => format!("instr(CAST(\"{column}\" AS TEXT), $1) > 0"),
        };
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM \"{table}\" WHERE {test}"))
            .bind(needle)
            .fetch_one(&mut conn)
            .await
            .unwrap_or_else(|e| panic!("searching {table}.{column}: {e}"));
        if n > 0 {
            found.push(format!("{table}.{column}"));
        }
    }
    found
}

#[tokio::test]
async fn erasure_keeps_the_anonymous_counts_and_leaves_no_trace_of_the_person_in_any_table() {
    let app = spawn_app().await;
    let activity = add_activity(
        &app,
        "erase-fest",
        Some("wernigerode"),
        None,
        "2026-04-10",
        "2026-04-12",
    )
    .await;
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    let w = sign_in(&app, "wernigerode").await;
    let keep = add_directly(&app, activity, &person("Konstanze Bleibtreu", "DE"), false).await;
    let added = add_through_form(&w, activity, |f| {
        set(f, "name", "Gwendolyn Vergessmich");
        set(f, "birth_year", "2008");
        set(f, "email", "gwen-erase@forget.example");
        set(f, "country", "RO");
        set(f, "dietary", "Vergessmich-Diät");
        f.push(("invited".into(), "1".into()));
        set(f, "consent_given_on", "2026-01-05");
        set(f, "consent_text_version", "v3");
    })
    .await;
    let id = person_id_from(&added.location);
    let page = format!("/de/workbench/people/{id}");
    let edited = w
        .submit(&page, &page, |f| set(f, "phone", "+40 111 222"))
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER);
    assert!(
        !cells_containing(&app, "Vergessmich").await.is_empty(),
        "the scan finds stored names"
    );

    let erased = w
        .submit(&page, &format!("/de/workbench/people/{id}/erase"), |_| {})
        .await;
    assert_eq!(erased.status, StatusCode::SEE_OTHER, "{}", erased.body);
    assert!(
        erased
            .location
            .ends_with(&format!("/people/activities/{activity}?erased=1"))
    );
    for needle in [
        "Gwendolyn",
        "Vergessmich",
        "gwen-erase",
        "forget.example",
        "111 222",
    ] {
        assert_eq!(
            cells_containing(&app, needle).await,
            Vec::<String>::new(),
            "{needle} survived"
        );
    }
    assert!(app.store.person(id).await.unwrap().is_none());
    assert!(app.store.person(keep).await.unwrap().is_some());
    assert_eq!(w.get(&page).await.status, StatusCode::NOT_FOUND);
    let history = app.store.history(Entity::Person, id).await.unwrap();
    assert_eq!(history[0].action, Action::Delete);
    assert_eq!(history[0].actor_label, "wernigerode (test)");

    // The counts still hold both, with the erased person's country, age group and invitation.
    let facts = app.store.people_activity(activity).await.unwrap().unwrap();
    let counts = app.store.activity_people_counts(&facts).await.unwrap();
    assert_eq!(counts.total(), 2);
    assert_eq!(counts.invited(), 1);
    assert_eq!(
        counts.by_country(),
        vec![("DE".into(), 1, 0), ("RO".into(), 1, 1)]
    );
    assert_eq!(
        counts.by_age_group(),
        vec![(AgeGroup::From14To17, 1), (AgeGroup::From18To25, 1)]
    );
    let list = w
        .get(&format!(
            "/de/workbench/people/activities/{activity}?erased=1"
        ))
        .await;
    assert!(
        list.body
            .contains("2 Personen, davon 1 eingeladener Gast aus dem Ausland"),
        "{}",
        list.body
    );
    assert!(!list.body.contains("Gwendolyn"));
    // The same id is never given to someone else.
    let next = add_directly(&app, activity, &person("Neue Person", "DE"), false).await;
    assert!(next > id);
}

#[tokio::test]
async fn retention_anonymises_after_the_period_once_and_keeps_people_of_recent_activities() {
    let app = spawn_app().await;
    let old = add_activity(
        &app,
        "old-camp",
        Some("wernigerode"),
        None,
        "2025-01-01",
        "2025-01-10",
    )
    .await;
    let recent = add_activity(
        &app,
        "new-camp",
        Some("wernigerode"),
        None,
        "2025-12-01",
        "2025-12-05",
    )
    .await;
    let gone = add_directly(&app, old, &person("Altrud Abgelaufen", "DE"), false).await;
    let gone2 = add_directly(&app, old, &person("Bertram Abgelaufen", "FR"), true).await;
    let both = add_directly(&app, old, &person("Cordula Beidesda", "PL"), true).await;
    app.store
        .add_consent(
            &Principal::command_line(),
            gone,
            &ConsentRecord {
                given_on: "2024-12-01".into(),
                text_version: "v1".into(),
                given_by: GivenBy::Person,
                withdrawn_on: None,
            },
        )
        .await
        .unwrap();
    // Cordula also takes part in the recent activity: her data stays for that one.
    let mut conn = db(&app).await;
    sqlx::query("INSERT INTO activity_participants (activity_id, person_id, role, invited, added_at) VALUES ($1, $2, 'group_leader', 1, '2025-11-01T00:00:00Z')")
        .bind(recent)
        .bind(both)
        .execute(&mut conn)
        .await
        .unwrap();

    // Kept through the last day of the period.
    let kept = app
        .store
        .anonymise_expired(date!(2026 - 01 - 10), 365, false)
        .await
        .unwrap();
    assert!(kept.people.is_empty());
    let dry = app
        .store
        .anonymise_expired(date!(2026 - 01 - 11), 365, true)
        .await
        .unwrap();
    assert_eq!(dry.people, vec![gone, gone2]);
    assert_eq!(people_count(&app).await, 3, "a dry run changes nothing");
    let run = app
        .store
        .anonymise_expired(date!(2026 - 01 - 11), 365, false)
        .await
        .unwrap();
    assert_eq!(run.people, vec![gone, gone2]);
    assert_eq!(people_count(&app).await, 1);
    assert!(cells_containing(&app, "Abgelaufen").await.is_empty());
    let again = app
        .store
        .anonymise_expired(date!(2026 - 01 - 11), 365, false)
        .await
        .unwrap();
    assert!(again.people.is_empty(), "a second run finds nothing");
    for id in [gone, gone2] {
        let history = app.store.history(Entity::Person, id).await.unwrap();
        let expiries = history
            .iter()
            .filter(|e| e.action == Action::Expire)
            .count();
        assert_eq!(expiries, 1);
        assert_eq!(history[0].actor, "system");
        assert!(history[0].before.is_none() && history[0].after.is_none());
    }
    let facts = app.store.people_activity(old).await.unwrap().unwrap();
    let counts = app.store.activity_people_counts(&facts).await.unwrap();
    assert_eq!(counts.total(), 3);
    assert_eq!(
        counts.by_country(),
        vec![
            ("DE".into(), 1, 0),
            ("FR".into(), 1, 1),
            ("PL".into(), 1, 1)
        ]
    );
    // A year after the recent activity, Cordula goes too, and both activities keep her.
    let later = app
        .store
        .anonymise_expired(date!(2026 - 12 - 06), 365, false)
        .await
        .unwrap();
    assert_eq!(later.people, vec![both]);
    let facts = app.store.people_activity(recent).await.unwrap().unwrap();
    let counts = app.store.activity_people_counts(&facts).await.unwrap();
    assert_eq!(counts.by_role(), vec![(PersonRole::GroupLeader, 1)]);
    assert_eq!(people_count(&app).await, 0);
}

#[tokio::test]
async fn hostile_input_is_refused_whole_with_messages_or_stored_verbatim_and_shown_escaped() {
    let app = spawn_app().await;
    let activity = add_activity(
        &app,
        "hostile",
        Some("wernigerode"),
        None,
        "2026-04-10",
        "2026-04-12",
    )
    .await;
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    let w = sign_in(&app, "wernigerode").await;
    let long = "N".repeat(201);
    for (field, value, message) in [
        ("name", long.as_str(), "zu lang"),
        ("name", "Evil\u{1b}[2JName", "Steuerzeichen"),
        ("birth_year", "1850", "Geburtsjahr"),
        ("birth_year", "zweitausend", "Geburtsjahr"),
        ("country", "Deutschland", "ISO"),
        ("email", "no-at-sign", "E-Mail"),
        ("phone", "<b>110</b>", "Ziffern"),
        ("consent_given_on", "2099-01-01", "Zukunft"),
        ("role", "emperor", "Optionen"),
    ] {
        let answer = add_through_form(&w, activity, |f| {
            set(f, "name", "Harmless Name");
            set(f, "birth_year", "2000");
            set(f, "country", "DE");
            if field == "consent_given_on" {
                set(f, "consent_text_version", "v1");
            }
            set(f, field, value);
        })
        .await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}={value}"
        );
        assert!(
            answer.body.contains(message),
            "{field}: no '{message}' in the answer"
        );
        assert!(!answer.body.contains("\u{1b}"));
    }
    assert_eq!(people_count(&app).await, 0, "nothing stored half");

    let script = "<script>alert('pwned')</script>\nkeine Nüsse";
    let added = add_through_form(&w, activity, |f| {
        set(f, "name", "<img src=x onerror=alert(1)> Mallory");
        set(f, "birth_year", "2000");
        set(f, "country", "de");
        set(f, "dietary", script);
        set(f, "accessibility", &"x".repeat(2000));
    })
    .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let id = person_id_from(&added.location);
    let stored = app.store.person(id).await.unwrap().unwrap();
    assert_eq!(stored.record.dietary.as_deref(), Some(script));
    assert_eq!(stored.record.country, "DE");
    let page = w.get(&format!("/de/workbench/people/{id}")).await;
    let list = w
        .get(&format!("/de/workbench/people/activities/{activity}"))
        .await;
    for body in [&page.body, &list.body] {
        assert!(!body.contains("<script>alert"));
        assert!(!body.contains("<img src=x"));
    }
    assert!(page.body.contains("&lt;script&gt;") || page.body.contains("&#60;script&#62;"));
    let export = w.get(&format!("/de/workbench/people/{id}/export")).await;
    assert!(export.body.contains("alert('pwned')") || export.body.contains("alert(\\u0027pwned"));
}

#[tokio::test]
async fn the_second_of_two_edits_from_the_same_version_is_refused_and_overwrites_nothing() {
    let app = spawn_app().await;
    let activity = add_activity(
        &app,
        "race",
        Some("wernigerode"),
        None,
        "2026-04-10",
        "2026-04-12",
    )
    .await;
    let id = add_directly(&app, activity, &person("Erste Fassung", "DE"), false).await;
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    let w = sign_in(&app, "wernigerode").await;
    let page = format!("/de/workbench/people/{id}");
    let form = w.get(&page).await;
    let mut first = form_fields(&form.body, &page);
    let mut second = first.clone();
    set(&mut first, "name", "Zweite Fassung");
    set(&mut second, "name", "Dritte Fassung");
    let one = crate::workbench::post_form(&app, &page, Some(&w.cookie), &first).await;
    assert_eq!(one.status, StatusCode::SEE_OTHER);
    let two = crate::workbench::post_form(&app, &page, Some(&w.cookie), &second).await;
    assert_eq!(two.status, StatusCode::CONFLICT);
    assert!(
        two.body.contains("Dritte Fassung"),
        "what was typed stays in the form"
    );
    assert_eq!(
        app.store.person(id).await.unwrap().unwrap().record.name,
        "Zweite Fassung"
    );
}

#[tokio::test]
async fn the_funding_rules_read_participants_per_country_with_invited_guests_live_and_erased() {
    let app = spawn_app().await;
    let activity = add_activity(
        &app,
        "grant",
        Some("wernigerode"),
        None,
        "2026-04-10",
        "2026-04-12",
    )
    .await;
    for (i, (country, invited)) in [
        ("DE", false),
        ("DE", false),
        ("FR", true),
        ("FR", true),
        ("PL", true),
    ]
    .into_iter()
    .enumerate()
    {
        add_directly(
            &app,
            activity,
            &person(&format!("Person {i}"), country),
            invited,
        )
        .await;
    }
    let first_pl: i64 = sqlx::query_scalar("SELECT id FROM people WHERE country = 'PL'")
        .fetch_one(&mut db(&app).await)
        .await
        .unwrap();
    app.store
        .erase_person(&Principal::command_line(), first_pl, None)
        .await
        .unwrap();
    let lines = partnerportal::people::participants_for_funding(&app.store, activity)
        .await
        .unwrap()
        .unwrap();
    let got: Vec<(String, u32, u32)> = lines
        .into_iter()
        .map(|l| (l.country, l.participants, l.invited))
        .collect();
    assert_eq!(
        got,
        vec![
            ("DE".into(), 2, 0),
            ("FR".into(), 2, 2),
            ("PL".into(), 1, 1)
        ]
    );
    assert!(
        partnerportal::people::participants_for_funding(&app.store, 999_999)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn anonymise_expired_on_the_command_line_reports_a_dry_run_then_anonymises_once() {
    let app = spawn_app().await;
    let activity = add_activity(
        &app,
        "cli-camp",
        Some("wernigerode"),
        None,
        "2020-05-01",
        "2020-05-03",
    )
    .await;
    add_directly(&app, activity, &person("Kommandozeile Alt", "DE"), false).await;
    let run = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_partnerportal"))
            .arg("--database")
            .arg(app.database_arg())
            .args(args)
            .env("RUST_LOG", "off")
            .env_remove("PARTNERPORTAL_RETENTION_DAYS")
            .output()
            .expect("the binary runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    let dry = run(&["anonymise-expired", "--dry-run"]);
    assert!(
        dry.starts_with("1 person(s)") && dry.contains("dry run"),
        "{dry}"
    );
    assert_eq!(people_count(&app).await, 1);
    let done = run(&["anonymise-expired", "--retention-days", "30"]);
    assert!(
        done.starts_with("1 person(s) past the retention period of 30 days anonymised"),
        "{done}"
    );
    assert_eq!(people_count(&app).await, 0);
    let again = run(&["anonymise-expired"]);
    assert!(again.starts_with("0 person(s)"), "{again}");
}

#[test]
fn every_people_message_exists_in_every_language() {
    let ids = |lang: &str| -> BTreeSet<String> {
        let path = format!("{}/locales/{lang}/people.ftl", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter_map(|l| l.split_once(" ="))
            .map(|(id, _)| id.to_owned())
            .filter(|id| !id.starts_with(' ') && !id.is_empty())
            .collect()
    };
    let german = ids("de");
    assert!(german.len() > 80);
    assert!(
        german
            .iter()
            .all(|id| id.starts_with("people-") || id.starts_with("field-error-people-"))
    );
    for lang in ["en", "fr", "pl", "ro"] {
        assert_eq!(ids(lang), german, "{lang}");
    }
}

#[tokio::test]
async fn a_person_of_two_towns_activities_is_shown_to_each_with_its_own_and_exported_by_an_administrator()
 {
    let app = spawn_app().await;
    let ours = add_activity(
        &app,
        "w-choir",
        Some("wernigerode"),
        None,
        "2026-05-01",
        "2026-05-02",
    )
    .await;
    let theirs = add_activity(
        &app,
        "q-choir",
        Some("quedlinburg"),
        None,
        "2026-06-01",
        "2026-06-02",
    )
    .await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    let anna = sign_in(&app, "anna").await;
    let id = add_directly(&app, ours, &person("Gastmutter Zweistadt", "DE"), false).await;
    let page = format!("/de/workbench/people/{id}");
    let joined = anna
        .submit(
            &page,
            &format!("/de/workbench/people/{id}/participations"),
            |f| {
                set(f, "activity", &theirs.to_string());
                set(f, "role", "host_family");
            },
        )
        .await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER, "{}", joined.body);
    let stored = app.store.person(id).await.unwrap().unwrap();
    assert_eq!(stored.participations.len(), 2);
    assert_eq!(stored.participations[1].1.role, PersonRole::HostFamily);

    let w = sign_in(&app, "wernigerode").await;
    let shown = w.get(&page).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.body.contains("Begegnung w-choir"));
    assert!(
        !shown.body.contains("Begegnung q-choir"),
        "the other town's activity stays hidden"
    );
    assert!(
        shown
            .body
            .contains("1 Teilnahme(n) an Aktivitäten außerhalb")
    );
    assert!(!shown.body.contains(&format!("/people/{id}/erase")));
    assert_eq!(
        w.get(&format!("{page}/export")).await.status,
        StatusCode::FORBIDDEN
    );
    let erase = w
        .post(&format!("{page}/erase"), &fields(&[("version", "1")]))
        .await;
    assert_eq!(erase.status, StatusCode::FORBIDDEN);
    // Nor can the Wernigerode editor move the person into or out of Quedlinburg's activity.
    let into = w
        .post(
            &format!("{page}/participations"),
            &fields(&[("activity", &theirs.to_string()), ("role", "participant")]),
        )
        .await;
    assert_eq!(into.status, StatusCode::FORBIDDEN);
    let out = w
        .post(&format!("{page}/participations/{theirs}/remove"), &[])
        .await;
    assert_eq!(out.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.store
            .person(id)
            .await
            .unwrap()
            .unwrap()
            .participations
            .len(),
        2
    );

    // The administrator exports both participations; taking the person off one leaves the other,
    // and the last one cannot be removed (erasure is the way).
    let export: Value =
        serde_json::from_str(&anna.get(&format!("{page}/export")).await.body).unwrap();
    assert_eq!(export["participations"].as_array().unwrap().len(), 2);
    let removed = anna
        .post(&format!("{page}/participations/{ours}/remove"), &[])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER, "{}", removed.body);
    let last = anna
        .post(&format!("{page}/participations/{theirs}/remove"), &[])
        .await;
    assert_eq!(last.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(last.body.contains("erase the person instead"));
    let left = app.store.person(id).await.unwrap().unwrap();
    assert_eq!(left.participations.len(), 1);
    assert_eq!(left.participations[0].0.id, theirs);
    // Now only Quedlinburg's: the Wernigerode editor no longer finds the person at all.
    assert_eq!(w.get(&page).await.status, StatusCode::NOT_FOUND);
}
