//! The write half of the JSON API: API tokens, creating, replacing and deleting bodies and
//! partnerships with their facts and milestones, versions (`If-Match`), restore, the audit trail,
//! every forbidden combination, and hostile input.

use std::process::Command;

use partnerportal::domain::access::{Principal, Role};
use partnerportal::domain::audit::{Action, AuditEntry, Entity};
use reqwest::Method;
use serde_json::{Value, json};

use crate::common::{Answer, TestApp, on_postgres, spawn_app};

// ------------------------------------------------------------------------------------------------
// Helpers
// ------------------------------------------------------------------------------------------------

/// A request: method, path, `If-Match`, JSON body.
type Request = (Method, String, Option<String>, Option<Value>);
/// A request that must be refused, with what it tries.
type Refusal<'a> = (&'a str, Method, String, Option<String>, Option<Value>);
/// A request's headers.
type Headers = Vec<(String, String)>;

/// A live API token and its id (the audit trail's actor is `token:<id>`).
struct Token {
    id: i64,
    secret: String,
}

/// Creates a token as an administrator does, scoped to the bodies named by slug.
async fn token(app: &TestApp, name: &str, role: Role, scope: &[&str]) -> Token {
    let mut ids = Vec::new();
    for slug in scope {
        ids.push(body_id(app, slug).await);
    }
    let (listed, secret) = app
        .store
        .create_api_token(&Principal::command_line(), name, role, &ids)
        .await
        .expect("a token is created");
    Token {
        id: listed.id,
        secret,
    }
}

async fn body_id(app: &TestApp, slug: &str) -> i64 {
    app.store
        .body_record(slug)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no body {slug}"))
        .id
}

async fn partnership_id(app: &TestApp, slug: &str) -> i64 {
    app.store
        .partnership_record(slug)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no partnership {slug}"))
        .id
}

/// One request: `token` as bearer, `if_match` as the version, `body` as JSON.
async fn call(
    app: &TestApp,
    method: Method,
    path: &str,
    token: Option<&str>,
    if_match: Option<&str>,
    body: Option<&Value>,
) -> Answer {
    let mut headers = Vec::new();
    if let Some(token) = token {
        headers.push(("authorization".to_owned(), format!("Bearer {token}")));
    }
    if let Some(version) = if_match {
        headers.push(("if-match".to_owned(), version.to_owned()));
    }
    let bytes = body.map(|b| {
        headers.push(("content-type".to_owned(), "application/json".to_owned()));
        serde_json::to_vec(b).unwrap()
    });
    send(app, method, path, &headers, bytes).await
}

/// One request with exactly the given headers and body bytes.
async fn send(
    app: &TestApp,
    method: Method,
    path: &str,
    headers: &[(String, String)],
    body: Option<Vec<u8>>,
) -> Answer {
    let url = app.url(path);
    let mut request = app.raw_client.request(method.clone(), &url);
    for (name, value) in headers {
        request = request.header(name.as_str(), value.as_str());
    }
    if let Some(body) = body {
        request = request.body(body);
    }
    let response = request
        .send()
        .await
        .unwrap_or_else(|e| panic!("{method} {url} failed: {e}"));
    let status = response.status();
    let final_url = response.url().to_string();
    let headers = response.headers().clone();
    let text = response.text().await.unwrap();
    Answer {
        url: format!("{method} {url}"),
        final_url,
        status,
        headers,
        text,
    }
}

/// Asserts a successful answer with `status`; returns its JSON (null for an empty body).
fn ok(answer: &Answer, status: u16) -> Value {
    assert_eq!(
        answer.status.as_u16(),
        status,
        "{} answered {}: {}",
        answer.url,
        answer.status,
        answer.text
    );
    if answer.text.is_empty() {
        Value::Null
    } else {
        answer.json()
    }
}

/// The `version` of a record answer, checked against its ETag.
fn version_of(answer: &Answer) -> i64 {
    let body = answer.json();
    let version = body["version"]
        .as_i64()
        .unwrap_or_else(|| panic!("{}: no version in {body}", answer.url));
    assert_eq!(
        answer.header("etag"),
        format!("\"{version}\""),
        "{}",
        answer.url
    );
    version
}

fn quoted(version: i64) -> String {
    format!("\"{version}\"")
}

/// The editable record of a partnership or body, as a staff token reads it.
async fn record(app: &TestApp, token: &Token, path: &str) -> (Value, i64) {
    let answer = call(app, Method::GET, path, Some(&token.secret), None, None).await;
    let body = ok(&answer, 200);
    (body["record"].clone(), version_of(&answer))
}

/// Asserts that the newest history entry of a record was written through the API by `token`.
async fn assert_audited(
    app: &TestApp,
    entity: Entity,
    id: i64,
    action: Action,
    token: &Token,
) -> AuditEntry {
    let history = app.store.history(entity, id).await.unwrap();
    let entry = history
        .first()
        .unwrap_or_else(|| panic!("{entity:?} {id} has no history"))
        .clone();
    assert_eq!(entry.action, action, "{entry:?}");
    assert_eq!(entry.channel, "api", "{entry:?}");
    assert_eq!(entry.actor, format!("token:{}", token.id), "{entry:?}");
    assert!(
        entry.actor_label.starts_with("API token '"),
        "{}",
        entry.actor_label
    );
    entry
}

/// The id of the newest audit entry: every write adds one in its own transaction, so an unchanged
/// id means nothing was written.
async fn newest_change(app: &TestApp) -> i64 {
    app.store
        .recent_changes(1, None)
        .await
        .unwrap()
        .first()
        .map_or(0, |e| e.id)
}

fn new_body() -> Value {
    json!({
        "slug": "neustadt-harz",
        "name": "Neustadt (Harz)",
        "kind": "municipality",
        "country": "DE",
        "parent": "landkreis-harz",
        "names": [{"name": "Neustadt im Harz", "lang": "de", "kind": "variant"}],
        "description": {"de": "Eine Stadt zum Testen."},
        "facts": [{"key": "population", "value": 1234.0, "unit": "inhabitants", "as_of": "2023-12-31"}]
    })
}

fn new_partnership() -> Value {
    json!({
        "slug": "wernigerode-thale",
        "home": "wernigerode",
        "partner": "thale",
        "level": "municipal",
        "kind": "friendship",
        "status": "active",
        "topics": ["tourism", "culture_heritage"],
        "narrative": {"de": "Zwei Städte am Harzrand."},
        "milestones": [{"type": "first_contact", "date": "2024-05", "bodies": ["wernigerode", "thale"]}]
    })
}

// ------------------------------------------------------------------------------------------------
// Bodies and facts
// ------------------------------------------------------------------------------------------------

#[tokio::test]
async fn an_administrator_token_creates_reads_replaces_and_deletes_a_body_and_each_write_is_audited()
 {
    let app = spawn_app().await;
    let admin = token(&app, "import script", Role::Admin, &[]).await;
    let t = Some(admin.secret.as_str());

    let created = call(
        &app,
        Method::POST,
        "/api/v1/bodies",
        t,
        None,
        Some(&new_body()),
    )
    .await;
    let body = ok(&created, 201);
    assert_eq!(created.header("location"), "/api/v1/bodies/neustadt-harz");
    assert_eq!(version_of(&created), 1);
    assert_eq!(body["record"]["name"], "Neustadt (Harz)");
    assert_eq!(
        body["record"]["published"], true,
        "published unless a draft"
    );
    assert_eq!(body["record"]["facts"][0]["value"], 1234.0);
    let id = body_id(&app, "neustadt-harz").await;
    assert_audited(&app, Entity::Body, id, Action::Create, &admin).await;
    let public = app.api("/api/v1/bodies/neustadt-harz").await;
    assert_eq!(public["name"], "Neustadt (Harz)");

    let (mut stored, version) = record(&app, &admin, "/api/v1/bodies/neustadt-harz/record").await;
    assert_eq!(stored, body["record"]);
    stored["name"] = json!("Neustadt am Harz");
    let replaced = call(
        &app,
        Method::PUT,
        "/api/v1/bodies/neustadt-harz",
        t,
        Some(&quoted(version)),
        Some(&stored),
    )
    .await;
    assert_eq!(ok(&replaced, 200)["record"]["name"], "Neustadt am Harz");
    assert_eq!(version_of(&replaced), version + 1);
    let entry = assert_audited(&app, Entity::Body, id, Action::Update, &admin).await;
    assert_eq!(entry.before.unwrap()["name"], "Neustadt (Harz)");
    assert_eq!(entry.after.unwrap()["name"], "Neustadt am Harz");
    assert_eq!(
        app.api("/api/v1/bodies/neustadt-harz").await["name"],
        "Neustadt am Harz"
    );

    let deleted = call(
        &app,
        Method::DELETE,
        "/api/v1/bodies/neustadt-harz",
        t,
        Some(&quoted(version + 1)),
        None,
    )
    .await;
    ok(&deleted, 204);
    assert_audited(&app, Entity::Body, id, Action::Delete, &admin).await;
    call(
        &app,
        Method::GET,
        "/api/v1/bodies/neustadt-harz/record",
        t,
        None,
        None,
    )
    .await
    .api_error(404, "not_found");
    app.get("/api/v1/bodies/neustadt-harz")
        .await
        .api_error(404, "not_found");
}

#[tokio::test]
async fn facts_are_added_and_removed_through_the_record_of_their_body() {
    let app = spawn_app().await;
    let editor = token(&app, "wernigerode office", Role::Editor, &["wernigerode"]).await;
    let t = Some(editor.secret.as_str());
    let (before, version) = record(&app, &editor, "/api/v1/bodies/wernigerode/record").await;
    let facts_before = before["facts"].as_array().unwrap().len();
    let fact = json!({"key": "population", "value": 32000.0, "unit": "inhabitants",
                      "approximate": true, "as_of": "2024"});

    call(
        &app,
        Method::POST,
        "/api/v1/bodies/wernigerode/facts",
        t,
        None,
        Some(&fact),
    )
    .await
    .api_error(428, "precondition_required");
    let added = call(
        &app,
        Method::POST,
        "/api/v1/bodies/wernigerode/facts",
        t,
        Some(&quoted(version)),
        Some(&fact),
    )
    .await;
    let body = ok(&added, 201);
    assert_eq!(
        added.header("location"),
        format!("/api/v1/bodies/wernigerode/facts/{facts_before}")
    );
    assert_eq!(version_of(&added), version + 1);
    assert_eq!(body["record"]["facts"][facts_before]["value"], 32000.0);
    let id = body_id(&app, "wernigerode").await;
    assert_audited(&app, Entity::Body, id, Action::Update, &editor).await;
    let public = app.all_items("/api/v1/facts?body=wernigerode").await;
    assert_eq!(public.len(), facts_before + 1);

    // A fact with problems is refused, its fields named as the caller sent them.
    let broken = json!({"key": "population", "value": 1.0, "text": "both"});
    let refused = call(
        &app,
        Method::POST,
        "/api/v1/bodies/wernigerode/facts",
        t,
        Some(&quoted(version + 1)),
        Some(&broken),
    )
    .await;
    refused.api_error(422, "unprocessable");
    assert_eq!(refused.json()["error"]["fields"][0]["field"], "value");

    call(
        &app,
        Method::DELETE,
        &format!("/api/v1/bodies/wernigerode/facts/{}", facts_before + 1),
        t,
        Some(&quoted(version + 1)),
        None,
    )
    .await
    .api_error(404, "not_found");
    let removed = call(
        &app,
        Method::DELETE,
        &format!("/api/v1/bodies/wernigerode/facts/{facts_before}"),
        t,
        Some(&quoted(version + 1)),
        None,
    )
    .await;
    let body = ok(&removed, 200);
    assert_eq!(version_of(&removed), version + 2);
    assert_eq!(body["record"]["facts"], before["facts"]);
    assert_audited(&app, Entity::Body, id, Action::Update, &editor).await;
}

// ------------------------------------------------------------------------------------------------
// Partnerships and milestones
// ------------------------------------------------------------------------------------------------

#[tokio::test]
async fn an_editor_token_creates_reads_replaces_and_deletes_a_partnership_of_its_town() {
    let app = spawn_app().await;
    let editor = token(&app, "wernigerode office", Role::Editor, &["wernigerode"]).await;
    let t = Some(editor.secret.as_str());

    let created = call(
        &app,
        Method::POST,
        "/api/v1/partnerships",
        t,
        None,
        Some(&new_partnership()),
    )
    .await;
    let body = ok(&created, 201);
    assert_eq!(
        created.header("location"),
        "/api/v1/partnerships/wernigerode-thale"
    );
    assert_eq!(version_of(&created), 1);
    assert_eq!(
        body["record"]["topics"],
        json!(["culture_heritage", "tourism"])
    );
    let id = partnership_id(&app, "wernigerode-thale").await;
    assert_audited(&app, Entity::Partnership, id, Action::Create, &editor).await;
    let public = app.api("/api/v1/partnerships/wernigerode-thale").await;
    assert_eq!(public["kind"], "friendship");
    assert_eq!(public["milestones"][0]["type"], "first_contact");

    let (mut stored, version) = record(
        &app,
        &editor,
        "/api/v1/partnerships/wernigerode-thale/record",
    )
    .await;
    stored["status"] = json!("dormant");
    stored["narrative"]["en"] = json!("Two towns at the edge of the Harz.");
    let replaced = call(
        &app,
        Method::PUT,
        "/api/v1/partnerships/wernigerode-thale",
        t,
        Some(&quoted(version)),
        Some(&stored),
    )
    .await;
    let body = ok(&replaced, 200);
    assert_eq!(body["record"], stored);
    assert_eq!(version_of(&replaced), version + 1);
    let entry = assert_audited(&app, Entity::Partnership, id, Action::Update, &editor).await;
    assert!(entry.summary.contains("status"), "{}", entry.summary);
    assert_eq!(
        app.api("/api/v1/partnerships/wernigerode-thale").await["status"],
        "dormant"
    );

    let deleted = call(
        &app,
        Method::DELETE,
        "/api/v1/partnerships/wernigerode-thale",
        t,
        None,
        None,
    )
    .await;
    ok(&deleted, 204);
    assert_audited(&app, Entity::Partnership, id, Action::Delete, &editor).await;
    app.get("/api/v1/partnerships/wernigerode-thale")
        .await
        .api_error(404, "not_found");
}

#[tokio::test]
async fn milestones_are_added_and_removed_through_the_record_of_their_partnership() {
    let app = spawn_app().await;
    let editor = token(&app, "wernigerode office", Role::Editor, &["wernigerode"]).await;
    let t = Some(editor.secret.as_str());
    let path = "/api/v1/partnerships/wernigerode-carpi";
    let (before, version) = record(&app, &editor, &format!("{path}/record")).await;
    let count = before["milestones"].as_array().unwrap().len();
    let milestone = json!({"type": "contract", "date": "1993-05", "qualifier": "circa",
                           "bodies": ["wernigerode", "carpi"], "note": {"de": "Vertrag."},
                           "source": null});

    let added = call(
        &app,
        Method::POST,
        &format!("{path}/milestones"),
        t,
        Some(&quoted(version)),
        Some(&milestone),
    )
    .await;
    let body = ok(&added, 201);
    assert_eq!(
        added.header("location"),
        format!("{path}/milestones/{count}")
    );
    assert_eq!(body["record"]["milestones"][count], milestone);
    assert_eq!(version_of(&added), version + 1);
    let id = partnership_id(&app, "wernigerode-carpi").await;
    assert_audited(&app, Entity::Partnership, id, Action::Update, &editor).await;
    let listed = app
        .all_items("/api/v1/milestones?partnership=wernigerode-carpi")
        .await;
    assert_eq!(listed.len(), count + 1);
    assert!(
        listed
            .iter()
            .any(|m| m["type"] == "contract" && m["date"] == "1993-05")
    );

    // Started from the version before the milestone: refused, nothing removed.
    call(
        &app,
        Method::DELETE,
        &format!("{path}/milestones/{count}"),
        t,
        Some(&quoted(version)),
        None,
    )
    .await
    .api_error(409, "conflict");
    for index in ["99", "x", "-1"] {
        call(
            &app,
            Method::DELETE,
            &format!("{path}/milestones/{index}"),
            t,
            Some(&quoted(version + 1)),
            None,
        )
        .await
        .api_error(404, "not_found");
    }
    let removed = call(
        &app,
        Method::DELETE,
        &format!("{path}/milestones/{count}"),
        t,
        Some(&quoted(version + 1)),
        None,
    )
    .await;
    assert_eq!(ok(&removed, 200)["record"], before);
    assert_eq!(version_of(&removed), version + 2);
    assert_audited(&app, Entity::Partnership, id, Action::Update, &editor).await;
}

// ------------------------------------------------------------------------------------------------
// Versions
// ------------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_change_without_if_match_is_refused_with_428_and_nothing_is_saved() {
    let app = spawn_app().await;
    let admin = token(&app, "admin script", Role::Admin, &[]).await;
    let t = Some(admin.secret.as_str());
    let (mut partnership, _) =
        record(&app, &admin, "/api/v1/partnerships/harz-belfort/record").await;
    let (mut body, _) = record(&app, &admin, "/api/v1/bodies/halberstadt/record").await;
    partnership["status"] = json!("ended");
    body["name"] = json!("Halberstadt (changed)");
    let before = newest_change(&app).await;
    for (path, document) in [
        ("/api/v1/partnerships/harz-belfort", &partnership),
        ("/api/v1/bodies/halberstadt", &body),
    ] {
        let message = call(&app, Method::PUT, path, t, None, Some(document))
            .await
            .api_error(428, "precondition_required");
        assert!(message.contains("If-Match"), "{message}");
        for malformed in ["three", "W/\"1\"", "\"1", "0", "1, 2"] {
            let message = call(&app, Method::PUT, path, t, Some(malformed), Some(document))
                .await
                .api_error(400, "bad_request");
            assert!(message.contains("If-Match"), "{malformed}: {message}");
        }
    }
    call(
        &app,
        Method::POST,
        "/api/v1/partnerships/harz-belfort/milestones",
        t,
        None,
        Some(&json!({"type": "event"})),
    )
    .await
    .api_error(428, "precondition_required");
    assert_eq!(newest_change(&app).await, before, "nothing was written");
    assert_eq!(
        app.api("/api/v1/partnerships/harz-belfort").await["status"],
        "active"
    );
}

#[tokio::test]
async fn a_change_from_a_stale_version_is_refused_with_409_naming_who_changed_it_and_nothing_is_overwritten()
 {
    let app = spawn_app().await;
    let first = token(&app, "first script", Role::Admin, &[]).await;
    let second = token(&app, "second script", Role::Editor, &["wernigerode"]).await;
    let path = "/api/v1/partnerships/wernigerode-cisnadie";
    let (mut theirs, version) = record(&app, &first, &format!("{path}/record")).await;
    let (mut mine, same) = record(&app, &second, &format!("{path}/record")).await;
    assert_eq!(version, same);

    mine["narrative"] = json!({"de": "Die Fassung des zweiten Skripts."});
    ok(
        &call(
            &app,
            Method::PUT,
            path,
            Some(&second.secret),
            Some(&quoted(version)),
            Some(&mine),
        )
        .await,
        200,
    );
    theirs["narrative"] = json!({"de": "Die Fassung des ersten Skripts."});
    let message = call(
        &app,
        Method::PUT,
        path,
        Some(&first.secret),
        Some(&quoted(version)),
        Some(&theirs),
    )
    .await
    .api_error(409, "conflict");
    assert!(message.contains("API token 'second script'"), "{message}");
    assert!(message.contains("changed by"), "{message}");
    let (now, now_version) = record(&app, &first, &format!("{path}/record")).await;
    assert_eq!(now["narrative"]["de"], "Die Fassung des zweiten Skripts.");
    assert_eq!(now_version, version + 1);

    // The same for sub-resources and deletions.
    call(
        &app,
        Method::POST,
        &format!("{path}/milestones"),
        Some(&first.secret),
        Some(&quoted(version)),
        Some(&json!({"type": "event"})),
    )
    .await
    .api_error(409, "conflict");
    call(
        &app,
        Method::DELETE,
        path,
        Some(&first.secret),
        Some(&quoted(version)),
        None,
    )
    .await
    .api_error(409, "conflict");
    call(
        &app,
        Method::DELETE,
        "/api/v1/bodies/tillaberi",
        Some(&first.secret),
        Some("\"99\""),
        None,
    )
    .await
    .api_error(409, "conflict");
    assert_eq!(
        record(&app, &first, &format!("{path}/record")).await.1,
        version + 1
    );
    app.api("/api/v1/bodies/tillaberi").await;
}

#[tokio::test]
async fn an_administrator_brings_back_a_deleted_partnership_and_an_editor_undoes_a_change() {
    let app = spawn_app().await;
    let admin = token(&app, "admin script", Role::Admin, &[]).await;
    let editor = token(&app, "wernigerode office", Role::Editor, &["wernigerode"]).await;
    let path = "/api/v1/partnerships/wernigerode-hoi-an";
    let id = partnership_id(&app, "wernigerode-hoi-an").await;
    let (original, _) = record(&app, &admin, &format!("{path}/record")).await;

    ok(
        &call(&app, Method::DELETE, path, Some(&admin.secret), None, None).await,
        204,
    );
    let deletion = assert_audited(&app, Entity::Partnership, id, Action::Delete, &admin).await;
    let restore = format!("/api/v1/versions/{}/restore", deletion.id);
    let message = call(
        &app,
        Method::POST,
        &restore,
        Some(&editor.secret),
        None,
        None,
    )
    .await
    .api_error(403, "forbidden");
    assert!(message.contains("administrators"), "{message}");
    app.get(path).await.api_error(404, "not_found");

    let restored = call(
        &app,
        Method::POST,
        &restore,
        Some(&admin.secret),
        None,
        None,
    )
    .await;
    let body = ok(&restored, 200);
    assert_eq!(
        body,
        json!({"entity": "partnership", "slug": "wernigerode-hoi-an", "version": 1})
    );
    assert_eq!(restored.header("location"), path);
    assert_audited(&app, Entity::Partnership, id, Action::Restore, &admin).await;
    let (back, version) = record(&app, &admin, &format!("{path}/record")).await;
    assert_eq!(back, original);
    app.api(path).await;

    // An editor may undo a change to a partnership of their town.
    let mut changed = back.clone();
    changed["status"] = json!("ended");
    ok(
        &call(
            &app,
            Method::PUT,
            path,
            Some(&editor.secret),
            Some(&quoted(version)),
            Some(&changed),
        )
        .await,
        200,
    );
    let change = assert_audited(&app, Entity::Partnership, id, Action::Update, &editor).await;
    let undo = format!("/api/v1/versions/{}/restore?side=before", change.id);
    let answer = call(&app, Method::POST, &undo, Some(&editor.secret), None, None).await;
    assert_eq!(ok(&answer, 200)["version"], version + 2);
    assert_audited(&app, Entity::Partnership, id, Action::Restore, &editor).await;
    assert_eq!(app.api(path).await["status"], "active");

    call(
        &app,
        Method::POST,
        &format!("{undo}x"),
        Some(&editor.secret),
        None,
        None,
    )
    .await
    .api_error(400, "bad_request");
    // Other records' histories (accounts, tokens) are not restored through the API.
    let token_entry = app
        .store
        .history(Entity::ApiToken, editor.id)
        .await
        .unwrap()[0]
        .id;
    let message = call(
        &app,
        Method::POST,
        &format!("/api/v1/versions/{token_entry}/restore"),
        Some(&admin.secret),
        None,
        None,
    )
    .await
    .api_error(422, "unprocessable");
    assert!(message.contains("bodies and partnerships"), "{message}");
    for missing in [
        "/api/v1/versions/999999/restore",
        "/api/v1/versions/abc/restore",
    ] {
        call(&app, Method::POST, missing, Some(&admin.secret), None, None)
            .await
            .api_error(404, "not_found");
    }
}

// ------------------------------------------------------------------------------------------------
// Rights
// ------------------------------------------------------------------------------------------------

/// Every way to call without a valid token, and every write a token's role or scope does not
/// allow: each is refused with 401 or 403, and nothing is written.
#[tokio::test]
async fn every_forbidden_combination_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let admin = token(&app, "admin script", Role::Admin, &[]).await;
    let reader = token(&app, "statistics office", Role::Reader, &[]).await;
    let editor = token(&app, "wernigerode office", Role::Editor, &["wernigerode"]).await;
    let revoked = token(&app, "old script", Role::Admin, &[]).await;
    app.store
        .revoke_api_token(&Principal::command_line(), revoked.id)
        .await
        .unwrap();
    // A deletion an editor of the town may not undo (restoring deleted records is for admins).
    let hoi_an = partnership_id(&app, "wernigerode-hoi-an").await;
    ok(
        &call(
            &app,
            Method::DELETE,
            "/api/v1/partnerships/wernigerode-hoi-an",
            Some(&admin.secret),
            None,
            None,
        )
        .await,
        204,
    );
    let deletion = app
        .store
        .history(Entity::Partnership, hoi_an)
        .await
        .unwrap()[0]
        .id;
    // A change an editor outside its scope may not undo.
    let (mut belfort, belfort_version) =
        record(&app, &admin, "/api/v1/partnerships/harz-belfort/record").await;
    belfort["note"] = json!("changed by the administrator");
    ok(
        &call(
            &app,
            Method::PUT,
            "/api/v1/partnerships/harz-belfort",
            Some(&admin.secret),
            Some(&quoted(belfort_version)),
            Some(&belfort),
        )
        .await,
        200,
    );
    let belfort_change = app
        .store
        .history(
            Entity::Partnership,
            partnership_id(&app, "harz-belfort").await,
        )
        .await
        .unwrap()[0]
        .id;

    // The records touched below, as they are before.
    let watched = [
        "/api/v1/partnerships/harz-belfort/record",
        "/api/v1/partnerships/wernigerode-carpi/record",
        "/api/v1/partnerships/harz-bistrita-nasaud/record",
        "/api/v1/bodies/halberstadt/record",
        "/api/v1/bodies/wernigerode/record",
        "/api/v1/bodies/tillaberi/record",
        "/api/v1/bodies/territoire-de-belfort/record",
    ];
    let mut before = Vec::new();
    for path in watched {
        before.push(record(&app, &admin, path).await);
    }
    let newest = newest_change(&app).await;

    let version = |path: &str| {
        let index = watched
            .iter()
            .position(|w| w.starts_with(path) && w[path.len()..].starts_with("/record"))
            .unwrap_or_else(|| panic!("{path} is not watched"));
        quoted(before[index].1)
    };
    let document = |path: &str| {
        let index = watched
            .iter()
            .position(|w| w.starts_with(path) && w[path.len()..].starts_with("/record"))
            .unwrap();
        before[index].0.clone()
    };
    let mut carpi_moved = document("/api/v1/partnerships/wernigerode-carpi");
    carpi_moved["home"] = json!("halberstadt");
    carpi_moved["slug"] = json!("halberstadt-carpi");
    let outside_partnership = json!({
        "slug": "halberstadt-thale", "home": "halberstadt", "partner": "thale",
        "level": "municipal", "kind": "contact", "status": "active"
    });
    let fact = json!({"key": "population", "value": 1.0});
    let milestone = json!({"type": "event"});

    // (method, path, version, body) of every write, for the callers that may write nothing.
    let writes: Vec<Request> = vec![
        (
            Method::POST,
            "/api/v1/bodies".into(),
            None,
            Some(new_body()),
        ),
        (
            Method::PUT,
            "/api/v1/bodies/wernigerode".into(),
            Some(version("/api/v1/bodies/wernigerode")),
            Some(document("/api/v1/bodies/wernigerode")),
        ),
        (
            Method::DELETE,
            "/api/v1/bodies/tillaberi".into(),
            None,
            None,
        ),
        (
            Method::POST,
            "/api/v1/bodies/wernigerode/facts".into(),
            Some(version("/api/v1/bodies/wernigerode")),
            Some(fact.clone()),
        ),
        (
            Method::DELETE,
            "/api/v1/bodies/territoire-de-belfort/facts/0".into(),
            Some(version("/api/v1/bodies/territoire-de-belfort")),
            None,
        ),
        (
            Method::POST,
            "/api/v1/partnerships".into(),
            None,
            Some(new_partnership()),
        ),
        (
            Method::PUT,
            "/api/v1/partnerships/wernigerode-carpi".into(),
            Some(version("/api/v1/partnerships/wernigerode-carpi")),
            Some(document("/api/v1/partnerships/wernigerode-carpi")),
        ),
        (
            Method::DELETE,
            "/api/v1/partnerships/wernigerode-carpi".into(),
            None,
            None,
        ),
        (
            Method::POST,
            "/api/v1/partnerships/wernigerode-carpi/milestones".into(),
            Some(version("/api/v1/partnerships/wernigerode-carpi")),
            Some(milestone.clone()),
        ),
        (
            Method::DELETE,
            "/api/v1/partnerships/harz-bistrita-nasaud/milestones/0".into(),
            Some(version("/api/v1/partnerships/harz-bistrita-nasaud")),
            None,
        ),
        (
            Method::POST,
            format!("/api/v1/versions/{belfort_change}/restore?side=before"),
            None,
            None,
        ),
    ];
    let reads = [
        "/api/v1/bodies/wernigerode/record",
        "/api/v1/partnerships/wernigerode-carpi/record",
    ];

    let mut refused = 0;
    // Without a valid token: 401 with a bearer challenge, whatever the operation.
    let no_token: [(&str, Option<String>); 5] = [
        ("no token", None),
        (
            "a revoked token",
            Some(format!("Bearer {}", revoked.secret)),
        ),
        ("an unknown token", Some("Bearer ppt_not-a-token".into())),
        ("an empty bearer", Some("Bearer ".into())),
        ("another scheme", Some(format!("Basic {}", admin.secret))),
    ];
    for (who, authorization) in &no_token {
        let mut all: Vec<Request> = writes.clone();
        all.extend(
            reads
                .iter()
                .map(|p| (Method::GET, p.to_string(), None, None)),
        );
        for (method, path, if_match, body) in &all {
            let mut headers = Vec::new();
            if let Some(value) = authorization {
                headers.push(("authorization".to_owned(), value.clone()));
            }
            if let Some(v) = if_match {
                headers.push(("if-match".to_owned(), v.clone()));
            }
            let bytes = body.as_ref().map(|b| {
                headers.push(("content-type".to_owned(), "application/json".to_owned()));
                serde_json::to_vec(b).unwrap()
            });
            let answer = send(&app, method.clone(), path, &headers, bytes).await;
            answer.api_error(401, "unauthorized");
            assert!(
                answer.header("www-authenticate").starts_with("Bearer"),
                "{who}: {} has no bearer challenge",
                answer.url
            );
            refused += 1;
        }
    }

    // A reader reads drafts and records but changes nothing.
    for path in reads {
        ok(
            &call(&app, Method::GET, path, Some(&reader.secret), None, None).await,
            200,
        );
    }
    for (method, path, if_match, body) in &writes {
        let message = call(
            &app,
            method.clone(),
            path,
            Some(&reader.secret),
            if_match.as_deref(),
            body.as_ref(),
        )
        .await
        .api_error(403, "forbidden");
        assert!(message.contains("reader"), "{method} {path}: {message}");
        refused += 1;
    }

    // An editor of Wernigerode: outside its scope, bodies, and restoring deletions.
    let editor_refusals: Vec<Refusal> = vec![
        (
            "creates a body",
            Method::POST,
            "/api/v1/bodies".into(),
            None,
            Some(new_body()),
        ),
        (
            "deletes a body, even its own",
            Method::DELETE,
            "/api/v1/bodies/wernigerode".into(),
            None,
            None,
        ),
        (
            "deletes another body",
            Method::DELETE,
            "/api/v1/bodies/tillaberi".into(),
            Some(version("/api/v1/bodies/tillaberi")),
            None,
        ),
        (
            "replaces a body outside its scope",
            Method::PUT,
            "/api/v1/bodies/halberstadt".into(),
            Some(version("/api/v1/bodies/halberstadt")),
            Some(document("/api/v1/bodies/halberstadt")),
        ),
        (
            "adds a fact outside its scope",
            Method::POST,
            "/api/v1/bodies/halberstadt/facts".into(),
            Some(version("/api/v1/bodies/halberstadt")),
            Some(fact.clone()),
        ),
        (
            "removes a fact outside its scope",
            Method::DELETE,
            "/api/v1/bodies/territoire-de-belfort/facts/0".into(),
            Some(version("/api/v1/bodies/territoire-de-belfort")),
            None,
        ),
        (
            "creates a partnership outside its scope",
            Method::POST,
            "/api/v1/partnerships".into(),
            None,
            Some(outside_partnership.clone()),
        ),
        (
            "replaces a partnership outside its scope",
            Method::PUT,
            "/api/v1/partnerships/harz-belfort".into(),
            Some(version("/api/v1/partnerships/harz-belfort")),
            Some(document("/api/v1/partnerships/harz-belfort")),
        ),
        (
            "moves its partnership out of its scope",
            Method::PUT,
            "/api/v1/partnerships/wernigerode-carpi".into(),
            Some(version("/api/v1/partnerships/wernigerode-carpi")),
            Some(carpi_moved.clone()),
        ),
        (
            "deletes a partnership outside its scope",
            Method::DELETE,
            "/api/v1/partnerships/harz-belfort".into(),
            None,
            None,
        ),
        (
            "adds a milestone outside its scope",
            Method::POST,
            "/api/v1/partnerships/harz-belfort/milestones".into(),
            Some(version("/api/v1/partnerships/harz-belfort")),
            Some(milestone.clone()),
        ),
        (
            "removes a milestone outside its scope",
            Method::DELETE,
            "/api/v1/partnerships/harz-bistrita-nasaud/milestones/0".into(),
            Some(version("/api/v1/partnerships/harz-bistrita-nasaud")),
            None,
        ),
        (
            "undoes a change outside its scope",
            Method::POST,
            format!("/api/v1/versions/{belfort_change}/restore?side=before"),
            None,
            None,
        ),
        (
            "restores a deleted partnership of its own town",
            Method::POST,
            format!("/api/v1/versions/{deletion}/restore"),
            None,
            None,
        ),
    ];
    for (what, method, path, if_match, body) in &editor_refusals {
        let answer = call(
            &app,
            method.clone(),
            path,
            Some(&editor.secret),
            if_match.as_deref(),
            body.as_ref(),
        )
        .await;
        assert_eq!(
            answer.status.as_u16(),
            403,
            "an editor {what}: {} answered {}: {}",
            answer.url,
            answer.status,
            answer.text
        );
        answer.api_error(403, "forbidden");
        refused += 1;
    }
    assert_eq!(refused, 5 * 13 + 11 + 14);

    assert_eq!(
        newest_change(&app).await,
        newest,
        "a refused request wrote something"
    );
    for (path, (document, version)) in watched.iter().zip(&before) {
        assert_eq!(
            &record(&app, &admin, path).await,
            &(document.clone(), *version),
            "{path}"
        );
    }
    app.get("/api/v1/partnerships/wernigerode-hoi-an")
        .await
        .api_error(404, "not_found");
    app.get("/api/v1/partnerships/halberstadt-thale")
        .await
        .api_error(404, "not_found");
    app.get("/api/v1/bodies/neustadt-harz")
        .await
        .api_error(404, "not_found");
}

#[tokio::test]
async fn every_operation_that_needs_a_token_is_documented_so_and_refuses_calls_without_one() {
    let app = spawn_app().await;
    let reader = token(&app, "statistics office", Role::Reader, &[]).await;
    let doc = app.api("/api/openapi.json").await;
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"],
        json!({"type": "http", "scheme": "bearer",
               "description": doc["components"]["securitySchemes"]["bearer"]["description"]})
    );
    let mut secured = Vec::new();
    for (path, operations) in doc["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            if operation["security"].is_null() {
                assert_eq!(method, "get", "{method} {path} needs no token");
                continue;
            }
            assert_eq!(operation["security"], json!([{"bearer": []}]), "{path}");
            for status in ["401", "404"] {
                let creates = path == "/api/v1/bodies" || path == "/api/v1/partnerships";
                if status == "404" && creates {
                    continue;
                }
                assert!(
                    operation["responses"][status].is_object(),
                    "{method} {path}: {status} is not documented"
                );
            }
            secured.push((method.to_uppercase(), path.clone(), operation.clone()));
        }
    }
    assert_eq!(secured.len(), 13, "{secured:?}");
    for (method, path, operation) in secured {
        let mut concrete = path.clone();
        for parameter in operation["parameters"].as_array().into_iter().flatten() {
            if parameter["in"] == "path" {
                let name = parameter["name"].as_str().unwrap();
                let value = match &parameter["example"] {
                    Value::String(s) => s.clone(),
                    Value::Number(n) => n.to_string(),
                    _ => "1".to_owned(),
                };
                concrete = concrete.replace(&format!("{{{name}}}"), &value);
            }
        }
        let method = Method::from_bytes(method.as_bytes()).unwrap();
        let answer = call(&app, method.clone(), &concrete, None, Some("\"1\""), None).await;
        answer.api_error(401, "unauthorized");
        assert!(answer.header("www-authenticate").starts_with("Bearer"));
        let answer = call(
            &app,
            method.clone(),
            &concrete,
            Some(&reader.secret),
            None,
            None,
        )
        .await;
        if method == Method::GET {
            ok(&answer, 200);
            assert!(operation["responses"]["200"].is_object());
        } else {
            answer.api_error(403, "forbidden");
        }
    }
}

// ------------------------------------------------------------------------------------------------
// Drafts
// ------------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_draft_partnership_is_hidden_from_the_public_but_returned_to_staff_tokens() {
    let app = spawn_app().await;
    let editor = token(&app, "wernigerode office", Role::Editor, &["wernigerode"]).await;
    let reader = token(&app, "statistics office", Role::Reader, &[]).await;
    let mut draft = new_partnership();
    draft["published"] = json!(false);
    let created = call(
        &app,
        Method::POST,
        "/api/v1/partnerships",
        Some(&editor.secret),
        None,
        Some(&draft),
    )
    .await;
    assert_eq!(ok(&created, 201)["record"]["published"], false);

    let listed = app.all_items("/api/v1/partnerships?body=wernigerode").await;
    assert!(
        !listed.iter().any(|p| p["slug"] == "wernigerode-thale"),
        "the draft is in the public list"
    );
    assert_eq!(app.total("/api/v1/partnerships").await, 26);
    app.get("/api/v1/partnerships/wernigerode-thale")
        .await
        .api_error(404, "not_found");
    app.get("/de/partnerships/wernigerode-thale")
        .await
        .error_page(404);
    let page = app.page("/de/bodies/wernigerode").await;
    assert!(
        !page.contains("wernigerode-thale"),
        "the draft is linked from its town"
    );

    let answer = call(
        &app,
        Method::GET,
        "/api/v1/partnerships/wernigerode-thale/record",
        Some(&reader.secret),
        None,
        None,
    )
    .await;
    let body = ok(&answer, 200);
    assert_eq!(body["record"]["published"], false);
    assert_eq!(body["record"]["slug"], "wernigerode-thale");
    assert_eq!(answer.header("cache-control"), "no-store");
}

// ------------------------------------------------------------------------------------------------
// Hostile and malformed input
// ------------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_script_tag_in_a_narrative_is_stored_verbatim_and_shown_escaped_on_the_public_page() {
    let app = spawn_app().await;
    let editor = token(&app, "wernigerode office", Role::Editor, &["wernigerode"]).await;
    let path = "/api/v1/partnerships/wernigerode-carpi";
    let (mut document, version) = record(&app, &editor, &format!("{path}/record")).await;
    let hostile = "<script>alert(1)</script> & \"Freunde\" <img src=x onerror=alert(2)>";
    document["narrative"] = json!({"de": hostile});
    document["note"] = json!("<b>fett</b>");
    ok(
        &call(
            &app,
            Method::PUT,
            path,
            Some(&editor.secret),
            Some(&quoted(version)),
            Some(&document),
        )
        .await,
        200,
    );
    let (stored, _) = record(&app, &editor, &format!("{path}/record")).await;
    assert_eq!(stored["narrative"]["de"], hostile);
    assert_eq!(stored["note"], "<b>fett</b>");
    assert_eq!(app.api(path).await["narrative"]["de"], hostile);

    let page = app.page("/de/partnerships/wernigerode-carpi").await;
    assert!(
        !page.contains("<script>alert(1)"),
        "the script tag reached the page"
    );
    assert!(!page.contains("<img src=x"), "the img tag reached the page");
    assert!(
        !page.contains("<b>fett"),
        "the note's markup reached the page"
    );
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
            || page.contains("&#60;script&#62;alert(1)&#60;/script&#62;"),
        "the narrative is not shown escaped"
    );
}

#[tokio::test]
async fn an_sql_fragment_in_a_name_is_stored_verbatim() {
    let app = spawn_app().await;
    let admin = token(&app, "admin script", Role::Admin, &[]).await;
    let fragment = "Robert'); DROP TABLE bodies; -- \" OR 1=1";
    let mut body = new_body();
    body["name"] = json!(fragment);
    body["names"] =
        json!([{"name": "x' UNION SELECT token_hash FROM api_tokens --", "kind": "variant"}]);
    let created = call(
        &app,
        Method::POST,
        "/api/v1/bodies",
        Some(&admin.secret),
        None,
        Some(&body),
    )
    .await;
    assert_eq!(ok(&created, 201)["record"]["name"], fragment);
    assert_eq!(
        app.api("/api/v1/bodies/neustadt-harz").await["name"],
        fragment
    );
    assert_eq!(
        app.total("/api/v1/bodies").await,
        47,
        "every body is still there"
    );
    let page = app.page("/de/bodies/neustadt-harz").await;
    assert!(page.contains("DROP TABLE bodies"), "the name is shown");
}

#[tokio::test]
async fn a_request_body_over_one_mebibyte_is_refused_with_413() {
    let app = spawn_app().await;
    let admin = token(&app, "admin script", Role::Admin, &[]).await;
    let newest = newest_change(&app).await;
    let mut body = new_body();
    body["description"] = json!({"de": "x".repeat(2 * 1024 * 1024)});
    let message = call(
        &app,
        Method::POST,
        "/api/v1/bodies",
        Some(&admin.secret),
        None,
        Some(&body),
    )
    .await
    .api_error(413, "payload_too_large");
    assert!(message.contains("1 MiB"), "{message}");
    // Within the limit, a text far over the length allowed is refused by field.
    body["description"] = json!({"de": "x".repeat(100_000)});
    let answer = call(
        &app,
        Method::POST,
        "/api/v1/bodies",
        Some(&admin.secret),
        None,
        Some(&body),
    )
    .await;
    answer.api_error(422, "unprocessable");
    let problem = &answer.json()["error"]["fields"][0];
    assert_eq!(problem["field"], "description.de");
    assert_eq!(problem["code"], "too-long");
    assert_eq!(newest_change(&app).await, newest);
}

#[tokio::test]
async fn a_request_body_that_is_not_utf8_or_not_json_is_refused_with_400() {
    let app = spawn_app().await;
    let admin = token(&app, "admin script", Role::Admin, &[]).await;
    let auth = (
        "authorization".to_owned(),
        format!("Bearer {}", admin.secret),
    );
    let json_type = ("content-type".to_owned(), "application/json".to_owned());
    let newest = newest_change(&app).await;
    let cases: Vec<(Headers, Vec<u8>, &str)> = vec![
        (
            vec![auth.clone(), json_type.clone()],
            b"{\"slug\": \"neustadt\xff\xfe\", \"name\": \"x\"}".to_vec(),
            "not valid UTF-8",
        ),
        (
            vec![auth.clone(), json_type.clone()],
            b"{\"slug\": ".to_vec(),
            "not well-formed JSON",
        ),
        (
            vec![auth.clone(), json_type.clone()],
            b"".to_vec(),
            "not well-formed JSON",
        ),
        (
            vec![auth.clone(), json_type.clone()],
            [
                serde_json::to_vec(&new_body()).unwrap(),
                b" trailing".to_vec(),
            ]
            .concat(),
            "not well-formed JSON",
        ),
        (
            vec![auth.clone()],
            serde_json::to_vec(&new_body()).unwrap(),
            "Content-Type: application/json",
        ),
        (
            vec![
                auth.clone(),
                ("content-type".to_owned(), "text/plain".to_owned()),
            ],
            serde_json::to_vec(&new_body()).unwrap(),
            "Content-Type: application/json",
        ),
        (
            vec![
                auth.clone(),
                (
                    "content-type".to_owned(),
                    "application/json; charset=latin1".to_owned(),
                ),
            ],
            serde_json::to_vec(&new_body()).unwrap(),
            "UTF-8",
        ),
    ];
    for (headers, body, expected) in cases {
        let answer = send(&app, Method::POST, "/api/v1/bodies", &headers, Some(body)).await;
        let message = answer.api_error(400, "bad_request");
        assert!(
            message.contains(expected),
            "{expected:?} not in {message:?}"
        );
    }
    assert_eq!(newest_change(&app).await, newest);
    // JSON with a charset parameter of UTF-8 is fine.
    let headers = vec![
        auth,
        (
            "content-type".to_owned(),
            "application/json; charset=UTF-8".to_owned(),
        ),
    ];
    let answer = send(
        &app,
        Method::POST,
        "/api/v1/bodies",
        &headers,
        Some(serde_json::to_vec(&new_body()).unwrap()),
    )
    .await;
    ok(&answer, 201);
}

#[tokio::test]
async fn an_unknown_field_or_value_is_refused_with_422_naming_the_field() {
    let app = spawn_app().await;
    let editor = token(&app, "wernigerode office", Role::Editor, &["wernigerode"]).await;
    let t = Some(editor.secret.as_str());
    let newest = newest_change(&app).await;
    let with = |change: &dyn Fn(&mut Value)| {
        let mut record = new_partnership();
        change(&mut record);
        record
    };
    let cases = [
        (
            with(&|r| r["colour"] = json!("red")),
            "colour",
            "unknown-field",
        ),
        (
            with(&|r| r["milestones"][0]["colour"] = json!("red")),
            "milestones[0].colour",
            "unknown-field",
        ),
        (
            with(&|r| r["level"] = json!("county")),
            "level",
            "invalid-value",
        ),
        (
            with(&|r| r["milestones"][0]["date"] = json!("May 1993")),
            "milestones[0].date",
            "invalid-value",
        ),
        (
            with(&|r| {
                r.as_object_mut().unwrap().remove("status");
            }),
            "status",
            "required",
        ),
        (
            with(&|r| r["topics"] = json!("tourism")),
            "topics",
            "invalid-value",
        ),
    ];
    for (record, field, code) in cases {
        let answer = call(
            &app,
            Method::POST,
            "/api/v1/partnerships",
            t,
            None,
            Some(&record),
        )
        .await;
        let message = answer.api_error(422, "unprocessable");
        let problem = &answer.json()["error"]["fields"][0];
        assert_eq!(problem["field"], field, "{message}");
        assert_eq!(problem["code"], code, "{message}");
        assert!(
            message.contains(field.rsplit('.').next().unwrap()),
            "{message}"
        );
    }
    // A facts entry sent on its own is named without its place in the record.
    let answer = call(
        &app,
        Method::POST,
        "/api/v1/bodies/wernigerode/facts",
        t,
        Some("\"1\""),
        Some(&json!({"key": "population", "value": 1.0, "size": 3})),
    )
    .await;
    answer.api_error(422, "unprocessable");
    assert_eq!(answer.json()["error"]["fields"][0]["field"], "size");
    assert_eq!(newest_change(&app).await, newest);
}

#[tokio::test]
async fn a_record_with_problems_is_refused_with_422_listing_every_field() {
    let app = spawn_app().await;
    let editor = token(&app, "wernigerode office", Role::Editor, &["wernigerode"]).await;
    let mut record = new_partnership();
    record["slug"] = json!("Not A Slug");
    record["partner"] = json!("wernigerode");
    record["narrative"] = json!({"german": "Text"});
    record["milestones"][0]["bodies"] = json!(["nowhere"]);
    let answer = call(
        &app,
        Method::POST,
        "/api/v1/partnerships",
        Some(&editor.secret),
        None,
        Some(&record),
    )
    .await;
    let message = answer.api_error(422, "unprocessable");
    assert!(message.contains("problems"), "{message}");
    let fields: Vec<Value> = answer.json()["error"]["fields"].as_array().unwrap().clone();
    let named: Vec<&str> = fields
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(named, ["slug", "partner", "narrative.german"], "{message}");
    for field in &fields {
        assert!(
            field["code"].is_string() && field["message"].is_string(),
            "{field}"
        );
    }
    // References are checked by the store and named the same way.
    let mut record = new_partnership();
    record["milestones"][0]["bodies"] = json!(["nowhere"]);
    record["source"] = json!("no-such-source");
    let answer = call(
        &app,
        Method::POST,
        "/api/v1/partnerships",
        Some(&editor.secret),
        None,
        Some(&record),
    )
    .await;
    answer.api_error(422, "unprocessable");
    let named: Vec<String> = answer.json()["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(named, ["source", "milestones[0].bodies[0]"]);
    // A taken slug, and a pair of partners already joined.
    let mut record = new_partnership();
    record["slug"] = json!("wernigerode-carpi");
    record["partner"] = json!("carpi");
    let answer = call(
        &app,
        Method::POST,
        "/api/v1/partnerships",
        Some(&editor.secret),
        None,
        Some(&record),
    )
    .await;
    answer.api_error(422, "unprocessable");
    let codes: Vec<String> = answer.json()["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(codes, ["slug-taken", "pair-taken"]);
}

#[tokio::test]
async fn a_method_an_api_address_does_not_offer_answers_405_in_the_api_error_format() {
    let app = spawn_app().await;
    for (method, path) in [
        (Method::GET, "/api/v1/partnerships/harz-belfort/milestones"),
        (Method::GET, "/api/v1/bodies/landkreis-harz/facts"),
        (Method::GET, "/api/v1/versions/1/restore"),
        (Method::PATCH, "/api/v1/partnerships/harz-belfort"),
        (Method::DELETE, "/api/v1/partnerships"),
    ] {
        let message = call(&app, method.clone(), path, None, None, None)
            .await
            .api_error(405, "method_not_allowed");
        assert!(message.contains(method.as_str()), "{message}");
    }
}

// ------------------------------------------------------------------------------------------------
// Tokens
// ------------------------------------------------------------------------------------------------

/// Runs the binary against the test application's database, as an administrator on the server does.
fn cli(app: &TestApp, args: &[&str]) -> (bool, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_partnerportal"))
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "off")
        .arg("--database")
        .arg(app.database_arg())
        .args(args)
        .output()
        .expect("the binary runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[tokio::test]
async fn api_tokens_are_created_listed_and_revoked_on_the_command_line() {
    let app = spawn_app().await;
    let (success, stdout, stderr) = cli(
        &app,
        &[
            "token",
            "add",
            "nightly import",
            "--role",
            "editor",
            "--scope",
            "wernigerode",
        ],
    );
    assert!(success, "{stderr}");
    let secret = stdout.trim().to_owned();
    assert!(secret.starts_with("ppt_"), "{stdout}");
    assert!(stderr.contains("shown only now"), "{stderr}");
    assert!(!stderr.contains(&secret), "the token is printed twice");

    let path = "/api/v1/bodies/wernigerode";
    let answer = call(
        &app,
        Method::GET,
        &format!("{path}/record"),
        Some(&secret),
        None,
        None,
    )
    .await;
    let mut document = ok(&answer, 200)["record"].clone();
    let version = version_of(&answer);
    document["website"] = json!("https://www.wernigerode.de/");
    ok(
        &call(
            &app,
            Method::PUT,
            path,
            Some(&secret),
            Some(&quoted(version)),
            Some(&document),
        )
        .await,
        200,
    );
    let entry = &app
        .store
        .history(Entity::Body, body_id(&app, "wernigerode").await)
        .await
        .unwrap()[0];
    assert_eq!(entry.actor_label, "API token 'nightly import'");
    assert_eq!(entry.channel, "api");

    let (success, listing, stderr) = cli(&app, &["token", "list"]);
    assert!(success, "{stderr}");
    let line = listing
        .lines()
        .find(|l| l.contains("nightly import"))
        .unwrap_or_else(|| panic!("the token is not listed: {listing}"));
    assert!(
        line.contains("editor") && line.contains("wernigerode"),
        "{line}"
    );
    assert!(!listing.contains(&secret), "the listing shows the token");
    let id = line.split('\t').next().unwrap();

    let (success, _, stderr) = cli(&app, &["token", "revoke", id]);
    assert!(success, "{stderr}");
    call(
        &app,
        Method::GET,
        &format!("{path}/record"),
        Some(&secret),
        None,
        None,
    )
    .await
    .api_error(401, "unauthorized");
    let (_, listing, _) = cli(&app, &["token", "list"]);
    assert!(
        listing
            .lines()
            .any(|l| l.starts_with(&format!("{id}\t")) && l.contains("revoked"))
    );

    let (success, _, stderr) = cli(&app, &["token", "add", "no scope", "--role", "editor"]);
    assert!(!success && stderr.contains("--scope"), "{stderr}");
    let (success, _, stderr) = cli(&app, &["token", "add", "x", "--role", "root"]);
    assert!(!success && stderr.contains("root"), "{stderr}");
    let (success, _, stderr) = cli(&app, &["token", "revoke", "9999"]);
    assert!(!success && stderr.contains("9999"), "{stderr}");
}

#[tokio::test]
async fn an_api_token_is_stored_only_as_its_digest() {
    let app = spawn_app().await;
    let admin = token(&app, "admin script", Role::Admin, &[]).await;
    ok(
        &call(
            &app,
            Method::GET,
            "/api/v1/bodies/wernigerode/record",
            Some(&admin.secret),
            None,
            None,
        )
        .await,
        200,
    );
    let listed = app.store.list_api_tokens().await.unwrap();
    assert!(listed[0].last_used_at.is_some(), "the use is recorded");
    // No cell of any table holds it, on either backend.
    let cells = crate::people::cells_containing(&app, &admin.secret).await;
    assert!(cells.is_empty(), "the token is stored in {cells:?}");
    // Nor does any byte of the SQLite file or its side files (free pages and the journal included).
    if on_postgres() {
        return;
    }
    let secret = admin.secret.as_bytes();
    for file in std::iter::once(app.db_path.clone()).chain(crate::common::side_files(&app.db_path))
    {
        let bytes = std::fs::read(&file).unwrap();
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret),
            "{} holds the token",
            file.display()
        );
    }
}
