//! The administrative pages of the workbench over HTTP: editing and creating bodies, accounts and
//! API tokens; who may open them, what a refused form says, and what a saved one changes.

use partnerportal::domain::access::Role;
use partnerportal::domain::audit::{Action, Entity};
use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, CACHE_CONTROL, CONTENT_TYPE, COOKIE};

use crate::common::{TestApp, elements, spawn_app, unescape};
use crate::workbench::{
    PASSWORD, Reply, create_user, fields, form_fields, post_form, set, sign_in,
};

const WERNIGERODE: &str = "/de/workbench/bodies/wernigerode";
const HALBERSTADT: &str = "/de/workbench/bodies/halberstadt";

/// Sets the `n`th field called `name` (the rows of a repeated list).
fn set_nth(fields: &mut [(String, String)], name: &str, n: usize, value: &str) {
    let field = fields
        .iter_mut()
        .filter(|(k, _)| k == name)
        .nth(n)
        .unwrap_or_else(|| panic!("the form has no field {name} number {n}"));
    field.1 = value.to_owned();
}

/// The position of the first empty field called `name`: the first spare row.
fn first_empty(fields: &[(String, String)], name: &str) -> usize {
    fields
        .iter()
        .filter(|(k, _)| k == name)
        .position(|(_, v)| v.is_empty())
        .unwrap_or_else(|| panic!("the form has no empty {name}"))
}

/// The `<input>`, `<select>` or `<textarea>` with this id, as its attributes.
fn control<'a>(html: &'a str, id: &str) -> crate::common::Tag<'a> {
    ["input", "select", "textarea"]
        .into_iter()
        .flat_map(|name| elements(html, name))
        .find(|t| t.attr("id").as_deref() == Some(id))
        .unwrap_or_else(|| panic!("no control with id {id}"))
}

/// The body's stored version and name.
async fn body_state(app: &TestApp, slug: &str) -> (i64, String) {
    let stored = app.store.body_record(slug).await.unwrap().unwrap();
    (stored.version, stored.record.name)
}

fn assert_forbidden(reply: &Reply, what: &str) {
    assert_eq!(
        reply.status,
        StatusCode::FORBIDDEN,
        "{what}: {}",
        reply.body
    );
}

#[tokio::test]
async fn an_administrator_creates_an_account_through_the_form_and_the_person_can_sign_in() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let users = anna.get("/de/workbench/").await;
    assert!(
        users.body.contains("href=\"/de/workbench/users\""),
        "the navigation offers the accounts to an administrator"
    );

    let created = anna
        .submit("/de/workbench/users/new", "/de/workbench/users/new", |f| {
            set(f, "login", "Bernd.Krause");
            set(f, "name", "Bernd Krause");
            set(f, "email", "bernd.krause@wernigerode.de");
            set(f, "role", "editor");
            set(f, "scope", "wernigerode,\r\nhalberstadt");
            set(f, "password", PASSWORD);
            set(f, "password_repeat", PASSWORD);
        })
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    assert!(
        created.location.starts_with("/de/workbench/users/")
            && created.location.ends_with("?created=1"),
        "{}",
        created.location
    );
    let notice = anna.get(&created.location).await;
    assert!(notice.body.contains("Das Konto wurde angelegt."));
    assert!(
        !notice.body.contains(PASSWORD),
        "a password is never sent back"
    );

    let (user, _) = app
        .store
        .credentials("bernd.krause")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.role, Role::Editor);
    assert_eq!(user.display_name, "Bernd Krause");
    let wernigerode = app.store.body_record("wernigerode").await.unwrap().unwrap();
    let halberstadt = app.store.body_record("halberstadt").await.unwrap().unwrap();
    let mut scope = vec![wernigerode.id, halberstadt.id];
    scope.sort_unstable();
    assert_eq!(user.scope, scope);
    let history = app.store.history(Entity::User, user.id).await.unwrap();
    assert!(history.iter().any(|e| e.action == Action::Create));

    let list = anna.get("/de/workbench/users").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("bernd.krause"));
    assert!(list.body.contains("halberstadt, wernigerode"));

    // The person signs in with the password the administrator gave them and finds their bodies.
    let bernd = sign_in(&app, "bernd.krause").await;
    let dashboard = bernd.get("/de/workbench/").await;
    assert!(dashboard.body.contains(&format!("href=\"{WERNIGERODE}\"")));
    assert!(
        !dashboard.body.contains("href=\"/de/workbench/users\""),
        "an editor is not offered the accounts"
    );
}

#[tokio::test]
async fn a_refused_account_keeps_what_was_typed_but_never_the_password() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let refused = anna
        .submit("/de/workbench/users/new", "/de/workbench/users/new", |f| {
            set(f, "login", "anna");
            set(f, "name", "Bernd Krause");
            set(f, "role", "editor");
            set(f, "scope", "atlantis");
            set(f, "password", "short");
            set(f, "password_repeat", "shorter");
        })
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = unescape(&refused.body);
    for message in [
        "Dieser Anmeldename ist bereits vergeben.",
        "Es gibt keine Körperschaft mit der Kennung „atlantis“.",
        "Das Passwort muss mindestens 12 Zeichen haben.",
        "Die beiden neuen Passwörter stimmen nicht überein.",
    ] {
        assert!(page.contains(message), "{message} missing");
    }
    assert_eq!(
        control(&refused.body, "f-name").attr("value").unwrap(),
        "Bernd Krause"
    );
    assert_eq!(
        control(&refused.body, "f-scope")
            .attr("aria-invalid")
            .unwrap(),
        "true"
    );
    assert_eq!(control(&refused.body, "f-password").attr("value"), None);
    assert!(!refused.body.contains("shorter"));
    assert_eq!(app.store.count_users().await.unwrap(), 1);
}

#[tokio::test]
async fn an_editor_is_refused_accounts_tokens_and_bodies_outside_their_scope() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    create_user(&app, "wern", Role::Editor, &["wernigerode"]).await;
    let anna = sign_in(&app, "anna").await;
    let editor = sign_in(&app, "wern").await;

    for path in [
        "/de/workbench/users",
        "/de/workbench/users/new",
        "/de/workbench/users/1",
        "/de/workbench/tokens",
        "/de/workbench/bodies/new",
        HALBERSTADT,
    ] {
        assert_forbidden(&editor.get(path).await, path);
    }
    let token = editor
        .post(
            "/de/workbench/tokens",
            &fields(&[("name", "mine"), ("role", "admin"), ("scope", "")]),
        )
        .await;
    assert_forbidden(&token, "creating a token");
    assert!(app.store.list_api_tokens().await.unwrap().is_empty());
    let promoted = editor
        .post(
            "/de/workbench/users/2",
            &fields(&[("name", "wern"), ("role", "admin"), ("active", "on")]),
        )
        .await;
    assert_forbidden(&promoted, "promoting oneself");
    assert_eq!(
        app.store.credentials("wern").await.unwrap().unwrap().0.role,
        Role::Editor
    );

    // The form of a body outside the scope, as an administrator sees it, sent by the editor.
    let before = body_state(&app, "halberstadt").await;
    let mut taken = form_fields(&anna.get(HALBERSTADT).await.body, HALBERSTADT);
    set(&mut taken, "csrf", &editor.csrf);
    set(&mut taken, "name", "Übernommen");
    let saved = post_form(&app, HALBERSTADT, Some(&editor.cookie), &taken).await;
    assert_forbidden(&saved, "saving halberstadt");
    assert_eq!(body_state(&app, "halberstadt").await, before);
    let deleted = editor
        .post(&format!("{WERNIGERODE}/delete"), &fields(&[]))
        .await;
    assert_forbidden(&deleted, "deleting a body");

    // Their own body opens, and the dashboard offers no edit link outside the scope.
    assert_eq!(editor.get(WERNIGERODE).await.status, StatusCode::OK);
    let dashboard = editor.get("/de/workbench/").await;
    assert!(dashboard.body.contains(&format!("href=\"{WERNIGERODE}\"")));
    assert!(!dashboard.body.contains(&format!("href=\"{HALBERSTADT}\"")));
}

#[tokio::test]
async fn editing_a_body_through_the_form_changes_its_public_page_and_is_audited() {
    let app = spawn_app().await;
    create_user(&app, "wern", Role::Editor, &["wernigerode"]).await;
    let editor = sign_in(&app, "wern").await;
    let saved = editor
        .submit(WERNIGERODE, WERNIGERODE, |f| {
            set(
                f,
                "description",
                "Die bunte Stadt am Harz.\r\nMit Schloss und Rathaus.",
            );
            let row = first_empty(f, "n_name");
            set_nth(f, "n_name", row, "Wernigeroda");
            set_nth(f, "n_lang", row, "la");
            set_nth(f, "n_kind", row, "former");
            let row = first_empty(f, "f_key");
            set_nth(f, "f_key", row, "population");
            set_nth(f, "f_value", row, "32 181");
            set_nth(f, "f_approximate", row, "yes");
            set_nth(f, "f_as_of", row, "2023-12-31");
            set(f, "wikidata_id", "Q4187");
            set(f, "geonames_id", "2809517");
        })
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.location, format!("{WERNIGERODE}?saved=1"));
    let notice = editor.get(&saved.location).await;
    assert!(notice.body.contains("role=\"status\""));
    assert!(notice.body.contains("Gespeichert."));

    let stored = app.store.body_record("wernigerode").await.unwrap().unwrap();
    assert_eq!(
        stored.record.description["de"],
        "Die bunte Stadt am Harz.\nMit Schloss und Rathaus."
    );
    assert_eq!(stored.record.wikidata_id.as_deref(), Some("Q4187"));
    assert_eq!(stored.record.geonames_id, Some(2809517));
    let fact = stored.record.facts.last().unwrap();
    assert_eq!((fact.value, fact.approximate), (Some(32181.0), true));

    let public = app.page("/de/bodies/wernigerode").await;
    assert!(public.contains("Mit Schloss und Rathaus."), "{public}");
    assert!(
        public.contains("href=\"https://www.geonames.org/2809517\""),
        "the public page links the GeoNames id"
    );
    let found = app.page("/de/search?q=Wernigeroda").await;
    assert!(found.contains("/de/bodies/wernigerode"));

    let history = app.store.history(Entity::Body, stored.id).await.unwrap();
    let latest = &history[0];
    assert_eq!(latest.action, Action::Update);
    assert_eq!(latest.actor_label, "wern (test)");
    let page = editor
        .get(&format!("/de/workbench/history/body/{}", stored.id))
        .await;
    assert!(
        page.body.contains(&format!("href=\"{WERNIGERODE}\"")),
        "the history links to the form"
    );
}

#[tokio::test]
async fn invalid_body_input_comes_back_with_messages_next_to_the_fields_and_nothing_is_stored() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let before = body_state(&app, "halberstadt").await;
    let long_name = "Halberstadt ".repeat(50);
    let refused = anna
        .submit(HALBERSTADT, HALBERSTADT, |f| {
            set(f, "latitude", "200");
            set(f, "wikidata_id", "4187");
            set(f, "geonames_id", "-3");
            set(f, "iso_3166_2", "FR-90");
            set(f, "name", &long_name);
        })
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = unescape(&refused.body);
    for message in [
        "Der Breitengrad liegt zwischen -90 und 90.",
        "Q gefolgt von Ziffern",
        "Eine GeoNames-Kennung ist eine positive ganze Zahl",
        "Ein ISO-3166-2-Code besteht aus den zwei Buchstaben des Staats",
        "Dieser Text ist zu lang.",
    ] {
        assert!(page.contains(message), "{message} missing");
    }
    for (id, typed) in [
        ("f-latitude", "200"),
        ("f-wikidata_id", "4187"),
        ("f-geonames_id", "-3"),
        ("f-iso_3166_2", "FR-90"),
        ("f-name", long_name.as_str()),
    ] {
        let input = control(&refused.body, id);
        assert_eq!(unescape(&input.attr("value").unwrap()), typed);
        assert_eq!(input.attr("aria-invalid").as_deref(), Some("true"), "{id}");
        assert!(
            input
                .attr("aria-describedby")
                .unwrap()
                .contains(&format!("{id}-error")),
            "{id}"
        );
        assert!(
            refused.body.contains(&format!("href=\"#{id}\"")),
            "{id} in the summary"
        );
    }
    assert_eq!(body_state(&app, "halberstadt").await, before);

    // A megabyte is no form: refused before it is read, and nothing is stored either.
    let huge = anna
        .submit(HALBERSTADT, HALBERSTADT, |f| {
            set(f, "name", &"x".repeat(1 << 20))
        })
        .await;
    assert_eq!(huge.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(body_state(&app, "halberstadt").await, before);
}

#[tokio::test]
async fn the_second_of_two_concurrent_body_edits_is_refused_with_a_way_to_reload() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let opened = form_fields(&anna.get(WERNIGERODE).await.body, WERNIGERODE);
    let first = anna
        .submit(WERNIGERODE, WERNIGERODE, |f| set(f, "lau_code", "15085370"))
        .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let mut second = opened;
    set(&mut second, "nuts_code", "DEE0A");
    let late = post_form(&app, WERNIGERODE, Some(&anna.cookie), &second).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(late.body.contains(&format!("href=\"{WERNIGERODE}\"")));
    assert_eq!(
        control(&late.body, "f-nuts_code").attr("value").unwrap(),
        "DEE0A"
    );
    let stored = app.store.body_record("wernigerode").await.unwrap().unwrap();
    assert_eq!(stored.record.lau_code.as_deref(), Some("15085370"));
    assert_eq!(stored.record.nuts_code, None);
}

#[tokio::test]
async fn an_administrator_creates_a_draft_body_publishes_it_and_deletes_it_again() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let created = anna
        .submit(
            "/de/workbench/bodies/new",
            "/de/workbench/bodies/new",
            |f| {
                set(f, "slug", "ilsenburg");
                set(f, "name", "Ilsenburg (Harz)");
                set(f, "kind", "municipality");
                set(f, "country", "de");
                set(f, "parent", "landkreis-harz");
                set(f, "latitude", "51,8667");
                set(f, "longitude", "10,6833");
            },
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    assert_eq!(created.location, "/de/workbench/bodies/ilsenburg?saved=1");
    assert_eq!(
        app.get("/de/bodies/ilsenburg").await.status,
        StatusCode::NOT_FOUND,
        "a new body is a draft until it is published"
    );
    let edit = "/de/workbench/bodies/ilsenburg";
    let published = anna
        .submit(edit, edit, |f| f.push(("published".into(), "on".into())))
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    let public = app.page("/de/bodies/ilsenburg").await;
    assert!(public.contains("Ilsenburg (Harz)"));
    let stored = app.store.body_record("ilsenburg").await.unwrap().unwrap();
    assert_eq!(stored.record.latitude, Some(51.8667));

    // The dashboard's box opens any body by its identifier; unknown ones do not exist.
    let opened = anna.get("/de/workbench/bodies?slug=ilsenburg").await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER);
    assert_eq!(opened.location, "/de/workbench/bodies/ilsenburg");
    for missing in [
        "/de/workbench/bodies/atlantis",
        "/de/workbench/users/abc",
        "/de/workbench/users/99",
    ] {
        assert_eq!(
            anna.get(missing).await.status,
            StatusCode::NOT_FOUND,
            "{missing}"
        );
    }
    let form = anna.get("/de/workbench/bodies/ilsenburg").await;
    let mut fields = form_fields(&form.body, "/de/workbench/bodies/ilsenburg/delete");
    set(&mut fields, "csrf", &anna.csrf);
    let deleted = post_form(
        &app,
        "/de/workbench/bodies/ilsenburg/delete",
        Some(&anna.cookie),
        &fields,
    )
    .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER, "{}", deleted.body);
    assert_eq!(
        deleted.location,
        format!("/de/workbench/history/body/{}?deleted=1", stored.id)
    );
    assert_eq!(
        app.get("/de/bodies/ilsenburg").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_token_created_in_the_workbench_works_against_the_api_until_it_is_revoked() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let answer = anna
        .submit("/de/workbench/tokens", "/de/workbench/tokens", |f| {
            set(f, "name", "Import Wernigerode");
            set(f, "role", "editor");
            set(f, "scope", "wernigerode");
        })
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    let token = control(&answer.body, "new-token").attr("value").unwrap();
    assert!(token.starts_with("ppt_"), "{token}");
    assert!(answer.body.contains("Kopieren Sie das Token jetzt."));

    // The token is shown once: the answer may not be cached, and the list shows its beginning only.
    let cache = app
        .raw_client
        .post(app.url("/de/workbench/tokens"))
        .header(COOKIE, format!("pp_session={}", anna.cookie))
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(format!("csrf={}&name=second&role=reader", anna.csrf))
        .send()
        .await
        .unwrap();
    assert_eq!(cache.headers()[CACHE_CONTROL], "no-store");
    let list = anna.get("/de/workbench/tokens").await;
    assert!(list.body.contains("Import Wernigerode"));
    assert!(list.body.contains(&token[..12]));
    assert!(!list.body.contains(&token));

    let record = |token: String| {
        let app = &app;
        async move {
            app.raw_client
                .get(app.url("/api/v1/bodies/wernigerode/record"))
                .header(AUTHORIZATION, format!("Bearer {token}"))
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(record(token.clone()).await, StatusCode::OK);
    let principal = app
        .store
        .api_token_principal(&token)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(principal.role, Role::Editor);

    let listed = app.store.list_api_tokens().await.unwrap();
    let id = listed
        .iter()
        .find(|k| k.name == "Import Wernigerode")
        .unwrap()
        .id;
    let action = format!("/de/workbench/tokens/{id}/revoke");
    assert!(list.body.contains(&format!("action=\"{action}\"")));
    let revoked = anna.post(&action, &fields(&[])).await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    assert_eq!(revoked.location, "/de/workbench/tokens?revoked=1");
    assert_eq!(record(token.clone()).await, StatusCode::UNAUTHORIZED);
    assert!(
        app.store
            .api_token_principal(&token)
            .await
            .unwrap()
            .is_none()
    );
    let list = anna.get("/de/workbench/tokens?revoked=1").await;
    assert!(list.body.contains("Das Token wurde widerrufen."));
    assert!(!list.body.contains(&format!("action=\"{action}\"")));
}

#[tokio::test]
async fn administrative_forms_without_the_csrf_token_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let before = body_state(&app, "wernigerode").await;
    let mut body = form_fields(&anna.get(WERNIGERODE).await.body, WERNIGERODE);
    body.retain(|(k, _)| k != "csrf");
    set(&mut body, "name", "Ohne Token");
    let attempts = [
        (WERNIGERODE, body),
        (
            "/de/workbench/users/new",
            fields(&[
                ("login", "mallory"),
                ("name", "Mallory"),
                ("role", "admin"),
                ("password", PASSWORD),
                ("password_repeat", PASSWORD),
            ]),
        ),
        (
            "/de/workbench/tokens",
            fields(&[("name", "stolen"), ("role", "admin")]),
        ),
        (
            "/de/workbench/users/1",
            fields(&[("name", "anna"), ("role", "reader"), ("active", "on")]),
        ),
    ];
    for (path, fields) in attempts {
        let reply = post_form(&app, path, Some(&anna.cookie), &fields).await;
        assert_forbidden(&reply, path);
        let mut forged = fields.clone();
        forged.push(("csrf".into(), "forged".into()));
        assert_forbidden(
            &post_form(&app, path, Some(&anna.cookie), &forged).await,
            path,
        );
    }
    assert_eq!(body_state(&app, "wernigerode").await, before);
    assert_eq!(app.store.count_users().await.unwrap(), 1);
    assert!(app.store.list_api_tokens().await.unwrap().is_empty());
    assert_eq!(
        app.store.credentials("anna").await.unwrap().unwrap().0.role,
        Role::Admin
    );
}

#[tokio::test]
async fn an_administrator_cannot_demote_or_disable_themselves_but_can_demote_another() {
    let app = spawn_app().await;
    let anna_id = create_user(&app, "anna", Role::Admin, &[]).await;
    let carla_id = create_user(&app, "carla", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let own = format!("/de/workbench/users/{anna_id}");

    let demoted = anna.submit(&own, &own, |f| set(f, "role", "editor")).await;
    assert_eq!(demoted.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        demoted
            .body
            .contains("Sie können sich nicht selbst die Administrationsrechte entziehen.")
    );
    let disabled = anna
        .submit(&own, &own, |f| f.retain(|(k, _)| k != "active"))
        .await;
    assert_eq!(disabled.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        disabled
            .body
            .contains("Sie können Ihr eigenes Konto nicht sperren.")
    );
    assert_eq!(
        control(&disabled.body, "f-active")
            .attr("aria-invalid")
            .as_deref(),
        Some("true")
    );
    let (me, _) = app.store.credentials("anna").await.unwrap().unwrap();
    assert_eq!((me.role, me.active), (Role::Admin, true));
    assert_eq!(anna.get("/de/workbench/users").await.status, StatusCode::OK);

    // Another administrator can be made a reader; their sessions end at once.
    let carla = sign_in(&app, "carla").await;
    let other = format!("/de/workbench/users/{carla_id}");
    let saved = anna
        .submit(&other, &other, |f| set(f, "role", "reader"))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        app.store.find_user(carla_id).await.unwrap().unwrap().role,
        Role::Reader
    );
    assert_eq!(
        carla.get("/de/workbench/").await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_password_set_by_an_administrator_replaces_the_old_one_and_ends_the_sessions() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let bernd_id = create_user(&app, "bernd", Role::Reader, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let bernd = sign_in(&app, "bernd").await;
    let page = format!("/de/workbench/users/{bernd_id}");
    let action = format!("{page}/password");
    let new_password = "a new sentence Bernd will remember";

    let short = anna
        .submit(&page, &action, |f| {
            set(f, "password", "bernd");
            set(f, "password_repeat", "bernd");
        })
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        short
            .body
            .contains("Das Passwort muss mindestens 12 Zeichen haben.")
    );

    let done = anna
        .submit(&page, &action, |f| {
            set(f, "password", new_password);
            set(f, "password_repeat", new_password);
        })
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(done.location, format!("{page}?password=1"));
    assert_eq!(
        bernd.get("/de/workbench/").await.status,
        StatusCode::SEE_OTHER
    );
    let old = post_form(
        &app,
        "/de/workbench/sign-in",
        None,
        &fields(&[("login", "bernd"), ("password", PASSWORD)]),
    )
    .await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    let new = post_form(
        &app,
        "/de/workbench/sign-in",
        None,
        &fields(&[("login", "bernd"), ("password", new_password)]),
    )
    .await;
    assert_eq!(new.status, StatusCode::SEE_OTHER);
}
