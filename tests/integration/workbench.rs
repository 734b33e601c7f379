//! The staff workbench over HTTP: signing in (cookies, session fixation, rate limits), CSRF, every
//! role boundary, concurrent edits, drafts, the audit trail and restore.

use partnerportal::domain::access::{Principal, Role};
use partnerportal::domain::audit::{Action, Entity};
use partnerportal::domain::credentials::NewPassword;
use partnerportal::store::NewUser;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, COOKIE, LOCATION, SET_COOKIE};

use crate::common::{TestApp, element_end, elements, percent_encode, spawn_app, unescape};

pub const PASSWORD: &str = "correct horse battery staple";

/// Creates an account with [`PASSWORD`]; `scope` by body identifiers.
pub async fn create_user(app: &TestApp, login: &str, role: Role, scope: &[&str]) -> i64 {
    let mut ids = Vec::new();
    for slug in scope {
        ids.push(app.store.body_record(slug).await.unwrap().unwrap().id);
    }
    let user = app
        .store
        .create_user(
            &Principal::command_line(),
            &NewUser {
                login: login.into(),
                display_name: format!("{login} (test)"),
                email: None,
                role,
                scope: ids,
                password_hash: NewPassword::parse(PASSWORD, login).unwrap().hash(),
            },
        )
        .await
        .unwrap();
    user.id
}

/// A browser session of one member of staff: the session cookie and the CSRF token of its forms.
pub struct Session<'a> {
    pub app: &'a TestApp,
    pub cookie: String,
    pub csrf: String,
}

/// An answer read whole, redirects not followed.
pub struct Reply {
    pub status: StatusCode,
    pub location: String,
    pub set_cookie: Vec<String>,
    pub body: String,
}

pub async fn post_form(
    app: &TestApp,
    path: &str,
    cookie: Option<&str>,
    fields: &[(String, String)],
) -> Reply {
    let body = fields
        .iter()
        .map(|(k, v)| {
            format!(
                "{}={}",
                percent_encode(k.as_bytes()),
                percent_encode(v.as_bytes())
            )
        })
        .collect::<Vec<_>>()
        .join("&");
    let mut request = app
        .raw_client
        .post(app.url(path))
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(body);
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, format!("pp_session={cookie}"));
    }
    reply(request.send().await.expect("the server answers")).await
}

async fn reply(response: reqwest::Response) -> Reply {
    Reply {
        status: response.status(),
        location: response
            .headers()
            .get(LOCATION)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default(),
        set_cookie: response
            .headers()
            .get_all(SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect(),
        body: response.text().await.unwrap(),
    }
}

/// Form fields from literal pairs.
pub fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// The session token a sign-in answer sets.
fn session_token(reply: &Reply) -> Option<String> {
    reply.set_cookie.iter().find_map(|c| {
        c.strip_prefix("pp_session=")
            .map(|rest| rest.split(';').next().unwrap().to_owned())
            .filter(|token| !token.is_empty())
    })
}

pub async fn sign_in<'a>(app: &'a TestApp, login: &str) -> Session<'a> {
    let answer = post_form(
        app,
        "/de/workbench/sign-in",
        None,
        &fields(&[("login", login), ("password", PASSWORD)]),
    )
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let cookie = session_token(&answer).expect("sign-in sets the session cookie");
    let mut session = Session {
        app,
        cookie,
        csrf: String::new(),
    };
    let dashboard = session.get("/de/workbench/").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    session.csrf = form_fields(&dashboard.body, "/de/workbench/sign-out")
        .into_iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v)
        .expect("the sign-out form carries the CSRF token");
    session
}

impl Session<'_> {
    pub async fn get(&self, path: &str) -> Reply {
        let response = self
            .app
            .raw_client
            .get(self.app.url(path))
            .header(COOKIE, format!("pp_session={}", self.cookie))
            .send()
            .await
            .expect("the server answers");
        reply(response).await
    }

    /// Posts `fields` with this session's CSRF token.
    pub async fn post(&self, path: &str, fields: &[(String, String)]) -> Reply {
        let mut all = vec![("csrf".to_owned(), self.csrf.clone())];
        all.extend(fields.iter().cloned());
        post_form(self.app, path, Some(&self.cookie), &all).await
    }

    /// Opens the form at `page` whose action is `action`, lets `change` edit its fields as a person
    /// would, and submits it.
    pub async fn submit(
        &self,
        page: &str,
        action: &str,
        change: impl FnOnce(&mut Vec<(String, String)>),
    ) -> Reply {
        let form_page = self.get(page).await;
        assert_eq!(
            form_page.status,
            StatusCode::OK,
            "{page}: {}",
            form_page.body
        );
        let mut fields = form_fields(&form_page.body, action);
        change(&mut fields);
        post_form(self.app, action, Some(&self.cookie), &fields).await
    }
}

/// What a browser would send for the form with `action`: text inputs and hidden fields, checked
/// boxes, the selected option of each select, textareas.
pub fn form_fields(html: &str, action: &str) -> Vec<(String, String)> {
    let form = elements(html, "form")
        .into_iter()
        .find(|f| f.attr("action").as_deref() == Some(action))
        .unwrap_or_else(|| panic!("no form posts to {action}"));
    let end = element_end(html, &form);
    let inner = &html[form.start..end];
    let mut fields = Vec::new();
    for tag in crate::common::tags(inner) {
        if tag.closing {
            continue;
        }
        let Some(name) = tag.attr("name") else {
            continue;
        };
        match tag.name.as_str() {
            "input" => {
                let kind = tag.attr("type").unwrap_or_else(|| "text".into());
                if matches!(kind.as_str(), "submit" | "button" | "reset") {
                    continue;
                }
                if matches!(kind.as_str(), "checkbox" | "radio") && tag.attr("checked").is_none() {
                    continue;
                }
                fields.push((name, tag.attr("value").unwrap_or_default()));
            }
            "textarea" => {
                let close = inner[tag.end..].find("</textarea>").unwrap() + tag.end;
                fields.push((name, unescape(&inner[tag.end..close])));
            }
            "select" => {
                let close = inner[tag.end..].find("</select>").unwrap() + tag.end;
                let options = elements(&inner[tag.end..close], "option");
                let chosen = options
                    .iter()
                    .find(|o| o.attr("selected").is_some())
                    .or(options.first())
                    .and_then(|o| o.attr("value"))
                    .unwrap_or_default();
                fields.push((name, chosen));
            }
            _ => {}
        }
    }
    fields
}

/// Sets the first field called `name`.
pub fn set(fields: &mut [(String, String)], name: &str, value: &str) {
    let field = fields
        .iter_mut()
        .find(|(k, _)| k == name)
        .unwrap_or_else(|| panic!("the form has no field {name}"));
    field.1 = value.to_owned();
}

const EDIT_BELFORT: &str = "/de/workbench/partnerships/harz-belfort";

#[tokio::test]
async fn sign_in_sets_a_secure_http_only_same_site_cookie_with_a_fresh_session_each_time() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let credentials = fields(&[("login", "Anna"), ("password", PASSWORD)]);
    // A session id planted before sign-in (session fixation) is ignored and replaced.
    let planted = "pps_0000000000000000000000000000000000000000000000000000000000000000";
    let first = post_form(&app, "/de/workbench/sign-in", Some(planted), &credentials).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    assert_eq!(first.location, "/de/workbench/");
    let cookie = first.set_cookie.join("\n");
    for attribute in ["HttpOnly", "SameSite=Lax", "Secure", "Path=/"] {
        assert!(
            cookie.contains(attribute),
            "{attribute} missing in {cookie}"
        );
    }
    let token = session_token(&first).unwrap();
    assert_ne!(token, planted);
    let second = post_form(&app, "/de/workbench/sign-in", Some(&token), &credentials).await;
    assert_ne!(
        session_token(&second).unwrap(),
        token,
        "each sign-in starts a new session"
    );
    // The planted id opens nothing.
    let planted_session = Session {
        app: &app,
        cookie: planted.into(),
        csrf: String::new(),
    };
    assert_eq!(
        planted_session.get("/de/workbench/").await.status,
        StatusCode::SEE_OTHER
    );
    // Only a digest of the token is stored.
    let stored: Vec<String> = sqlx::query_scalar("SELECT token_hash FROM sessions")
        .fetch_all(&mut app.db().await)
        .await
        .unwrap();
    assert!(!stored.contains(&token));
    assert_eq!(stored.len(), 2);
}

#[tokio::test]
async fn workbench_pages_send_strangers_to_the_sign_in_page_and_back_afterwards() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let stranger = Session {
        app: &app,
        cookie: "nonsense".into(),
        csrf: String::new(),
    };
    for path in [
        "/de/workbench/",
        EDIT_BELFORT,
        "/fr/workbench/changes",
        "/de/workbench/history/partnership/1",
    ] {
        let answer = stranger.get(path).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{path}");
        assert!(
            answer.location.contains("/workbench/sign-in?next="),
            "{path}: {}",
            answer.location
        );
    }
    let next = post_form(
        &app,
        "/de/workbench/sign-in",
        None,
        &fields(&[
            ("login", "anna"),
            ("password", PASSWORD),
            ("next", EDIT_BELFORT),
        ]),
    )
    .await;
    assert_eq!(next.location, EDIT_BELFORT);
    let hostile = post_form(
        &app,
        "/de/workbench/sign-in",
        None,
        &fields(&[
            ("login", "anna"),
            ("password", PASSWORD),
            ("next", "//evil.example/"),
        ]),
    )
    .await;
    assert_eq!(hostile.location, "/de/workbench/", "never to another site");
    // Posting without a session changes nothing and asks to sign in.
    let post = post_form(
        &app,
        EDIT_BELFORT,
        Some("nonsense"),
        &fields(&[("slug", "x")]),
    )
    .await;
    assert_eq!(post.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn wrong_passwords_and_unknown_logins_answer_alike_and_are_limited_per_account() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let attempt = |login: &'static str, password: &'static str| {
        let app = &app;
        async move {
            post_form(
                app,
                "/de/workbench/sign-in",
                None,
                &fields(&[("login", login), ("password", password)]),
            )
            .await
        }
    };
    let wrong = attempt("anna", "wrong password!").await;
    let unknown = attempt("nobody", "wrong password!").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert!(session_token(&wrong).is_none());
    let message =
        |r: &Reply| crate::common::between(&r.body, "role=\"alert\"", "</div>").to_owned();
    assert_eq!(
        message(&wrong),
        message(&unknown),
        "the answer does not tell which accounts exist"
    );
    for _ in 0..4 {
        attempt("anna", "still wrong!!").await;
    }
    let blocked = attempt("anna", PASSWORD).await;
    assert_eq!(
        blocked.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the right password waits too"
    );
    assert!(session_token(&blocked).is_none());
}

#[tokio::test]
async fn forms_without_the_session_csrf_token_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let before = app
        .store
        .partnership_record("harz-belfort")
        .await
        .unwrap()
        .unwrap();
    for token in [None, Some("forged"), Some("")] {
        let answer = anna
            .submit(EDIT_BELFORT, EDIT_BELFORT, |f| {
                set(f, "status", "ended");
                f.retain(|(k, _)| k != "csrf");
                if let Some(token) = token {
                    f.push(("csrf".into(), token.into()));
                }
            })
            .await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "token {token:?}");
    }
    // Another person's token does not do either.
    create_user(&app, "bert", Role::Admin, &[]).await;
    let bert = sign_in(&app, "bert").await;
    let crossed = anna
        .submit(EDIT_BELFORT, EDIT_BELFORT, |f| {
            set(f, "status", "ended");
            set(f, "csrf", &bert.csrf);
        })
        .await;
    assert_eq!(crossed.status, StatusCode::FORBIDDEN);
    let after = app
        .store
        .partnership_record("harz-belfort")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.version, before.version);
    assert_eq!(after.record, before.record);
}

#[tokio::test]
async fn an_edit_shows_on_the_public_page_is_audited_and_the_previous_version_can_be_restored() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let before = app
        .store
        .partnership_record("harz-belfort")
        .await
        .unwrap()
        .unwrap();
    let saved = anna
        .submit(EDIT_BELFORT, EDIT_BELFORT, |f| {
            set(f, "narrative", "Eine neue Geschichte der Partnerschaft.");
            f.push(("topic".into(), "sport".into()));
        })
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.location, format!("{EDIT_BELFORT}?saved=1"));
    let public = app.page("/de/partnerships/harz-belfort").await;
    assert!(public.contains("Eine neue Geschichte der Partnerschaft."));
    let after = app
        .store
        .partnership_record("harz-belfort")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.version, before.version + 1);
    assert_eq!(
        after.record.milestones, before.record.milestones,
        "untouched parts stay as they were"
    );

    let history = app
        .store
        .history(Entity::Partnership, before.id)
        .await
        .unwrap();
    let change = &history[0];
    assert_eq!(change.action, Action::Update);
    assert_eq!(change.actor_label, "anna (test)");
    assert_eq!(change.channel, "web");
    assert_eq!(
        change.before.as_ref().unwrap()["narrative"],
        serde_json::json!(before.record.narrative)
    );
    assert!(
        change.summary.contains("narrative") && change.summary.contains("topics"),
        "{}",
        change.summary
    );

    // The history page lists the change; the creating entry's version is restored in one click.
    let page = anna
        .get(&format!("/de/workbench/history/partnership/{}", before.id))
        .await;
    assert!(page.body.contains("anna (test)"));
    let undo = anna
        .post(
            &format!("/de/workbench/versions/{}/restore", change.id),
            &fields(&[("side", "before")]),
        )
        .await;
    assert_eq!(undo.status, StatusCode::SEE_OTHER, "{}", undo.body);
    let restored = app
        .store
        .partnership_record("harz-belfort")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(restored.record, before.record);
    assert_eq!(
        app.store
            .history(Entity::Partnership, before.id)
            .await
            .unwrap()[0]
            .action,
        Action::Restore
    );
    assert!(
        !app.page("/de/partnerships/harz-belfort")
            .await
            .contains("Eine neue Geschichte")
    );
}

#[tokio::test]
async fn the_second_of_two_concurrent_edits_is_refused_and_overwrites_nothing() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    create_user(&app, "bert", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let bert = sign_in(&app, "bert").await;
    // Both open the form before either saves.
    let mut anna_form = form_fields(&anna.get(EDIT_BELFORT).await.body, EDIT_BELFORT);
    let mut bert_form = form_fields(&bert.get(EDIT_BELFORT).await.body, EDIT_BELFORT);
    set(&mut anna_form, "note", "Anna's note");
    set(&mut bert_form, "note", "Bert's note");
    let first = post_form(&app, EDIT_BELFORT, Some(&anna.cookie), &anna_form).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let second = post_form(&app, EDIT_BELFORT, Some(&bert.cookie), &bert_form).await;
    assert_eq!(second.status, StatusCode::CONFLICT);
    assert!(
        second.body.contains("anna (test)"),
        "the refusal says who changed it"
    );
    assert!(
        unescape(&second.body).contains("Bert's note"),
        "what Bert typed is kept"
    );
    let stored = app
        .store
        .partnership_record("harz-belfort")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.record.note.as_deref(), Some("Anna's note"));
}

#[tokio::test]
async fn the_wernigerode_editor_changes_wernigerodes_twinnings_and_nothing_else() {
    let app = spawn_app().await;
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    create_user(&app, "reader", Role::Reader, &["wernigerode"]).await;
    let editor = sign_in(&app, "wernigerode").await;
    let reader = sign_in(&app, "reader").await;
    let own = app.store.workbench_partnerships(None, 100).await.unwrap();
    let own_slug = own
        .iter()
        .find(|p| p.home == "Wernigerode")
        .unwrap()
        .slug
        .clone();
    let own_path = format!("/de/workbench/partnerships/{own_slug}");

    let saved = editor
        .submit(&own_path, &own_path, |f| set(f, "note", "by the town"))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    let before = app
        .store
        .partnership_record("harz-belfort")
        .await
        .unwrap()
        .unwrap();
    let foreign = editor
        .submit(EDIT_BELFORT, EDIT_BELFORT, |f| set(f, "note", "not mine"))
        .await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN);
    // Moving one's own partnership to two foreign bodies is refused too.
    let moved = editor
        .submit(&own_path, &own_path, |f| {
            set(f, "home", "landkreis-harz");
        })
        .await;
    assert_eq!(moved.status, StatusCode::FORBIDDEN, "{}", moved.body);
    // A new partnership needs one side in scope.
    let foreign_new = editor
        .post(
            "/de/workbench/partnerships/new",
            &fields(&[
                ("slug", "harz-nowhere"),
                ("home", "landkreis-harz"),
                ("partner", "carpi"),
                ("level", "district"),
                ("kind", "contact"),
                ("status", "active"),
            ]),
        )
        .await;
    assert!(
        matches!(
            foreign_new.status,
            StatusCode::FORBIDDEN | StatusCode::UNPROCESSABLE_ENTITY
        ),
        "{}",
        foreign_new.status
    );
    let delete = editor.post(&format!("{EDIT_BELFORT}/delete"), &[]).await;
    assert_eq!(delete.status, StatusCode::FORBIDDEN);
    assert_eq!(
        editor.get("/de/workbench/deleted").await.status,
        StatusCode::FORBIDDEN
    );

    // A reader sees, but changes nothing.
    let read_only = reader.get(EDIT_BELFORT).await;
    assert_eq!(read_only.status, StatusCode::OK);
    assert!(
        !read_only.body.contains(">Speichern</button>") && !read_only.body.contains("/delete\""),
        "a reader is offered neither saving nor deleting"
    );
    assert!(
        editor
            .get(&own_path)
            .await
            .body
            .contains(">Speichern</button>"),
        "an editor is offered saving their own"
    );
    let read_only = reader
        .submit(&own_path, &own_path, |f| set(f, "note", "reader"))
        .await;
    assert_eq!(read_only.status, StatusCode::FORBIDDEN);
    assert_eq!(
        reader.get("/de/workbench/partnerships/new").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        reader.post(&format!("{own_path}/delete"), &[]).await.status,
        StatusCode::FORBIDDEN
    );
    let own_id = app
        .store
        .partnership_record(&own_slug)
        .await
        .unwrap()
        .unwrap()
        .id;
    let own_change = app
        .store
        .history(Entity::Partnership, own_id)
        .await
        .unwrap();
    let restore = reader
        .post(
            &format!("/de/workbench/versions/{}/restore", own_change[0].id),
            &fields(&[("side", "before")]),
        )
        .await;
    assert_eq!(restore.status, StatusCode::FORBIDDEN);

    let after = app
        .store
        .partnership_record("harz-belfort")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (after.version, after.record),
        (before.version, before.record)
    );
    assert!(
        app.store
            .partnership_record("harz-nowhere")
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn a_draft_stays_out_of_the_portal_api_and_search_until_published() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let created = anna
        .post(
            "/de/workbench/partnerships/new",
            &fields(&[
                ("slug", "harz-carpi"),
                ("home", "landkreis-harz"),
                ("partner", "carpi"),
                ("level", "district"),
                ("kind", "contact"),
                ("status", "active"),
                ("narrative", "Erste Kontakte im Entwurf."),
            ]),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    assert_eq!(
        app.get("/de/partnerships/harz-carpi").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/api/v1/partnerships/harz-carpi").await.status,
        StatusCode::NOT_FOUND
    );
    assert!(
        !app.page("/de/partnerships?level=district")
            .await
            .contains("harz-carpi")
    );
    assert!(
        anna.get("/de/workbench/").await.body.contains("harz-carpi"),
        "staff see their drafts"
    );

    let published = anna
        .submit(
            "/de/workbench/partnerships/harz-carpi",
            "/de/workbench/partnerships/harz-carpi",
            |f| f.push(("published".into(), "on".into())),
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    assert!(
        app.page("/de/partnerships/harz-carpi")
            .await
            .contains("Erste Kontakte im Entwurf.")
    );
    let id = app
        .store
        .partnership_record("harz-carpi")
        .await
        .unwrap()
        .unwrap()
        .id;
    let actions: Vec<_> = app
        .store
        .history(Entity::Partnership, id)
        .await
        .unwrap()
        .iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, [Action::Publish, Action::Create]);
}

#[tokio::test]
async fn a_deleted_partnership_is_brought_back_by_an_administrator() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let before = app
        .store
        .partnership_record("harz-belfort")
        .await
        .unwrap()
        .unwrap();
    let deleted = anna
        .post(
            &format!("{EDIT_BELFORT}/delete"),
            &fields(&[("version", &before.version.to_string())]),
        )
        .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER, "{}", deleted.body);
    assert_eq!(
        app.get("/de/partnerships/harz-belfort").await.status,
        StatusCode::NOT_FOUND
    );
    let list = anna.get("/de/workbench/deleted").await;
    assert!(list.body.contains("harz-belfort"));
    let entry = app
        .store
        .deleted_records(Entity::Partnership)
        .await
        .unwrap()
        .remove(0);
    let restore = anna
        .post(
            &format!("/de/workbench/versions/{}/restore", entry.id),
            &fields(&[("side", "before")]),
        )
        .await;
    assert_eq!(restore.status, StatusCode::SEE_OTHER, "{}", restore.body);
    let back = app
        .store
        .partnership_record("harz-belfort")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (back.id, back.record),
        (before.id, before.record),
        "same id, same content"
    );
    assert!(
        app.page("/de/partnerships/harz-belfort")
            .await
            .contains("Belfort")
    );
    assert!(
        !anna
            .get("/de/workbench/deleted")
            .await
            .body
            .contains("harz-belfort")
    );
}

#[tokio::test]
async fn invalid_input_comes_back_with_messages_next_to_the_fields_and_what_was_typed() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let before = app
        .store
        .partnership_record("harz-belfort")
        .await
        .unwrap()
        .unwrap();
    let answer = anna
        .submit(EDIT_BELFORT, EDIT_BELFORT, |f| {
            set(f, "partner", "no-such-body");
            set(f, "m_date", "2003-13");
            set(f, "note", "kept <as typed>");
        })
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        answer.body.contains("id=\"f-milestones-0-date-error\""),
        "message next to the date"
    );
    assert!(
        answer.body.contains("href=\"#f-milestones-0-date\""),
        "the summary links to the field"
    );
    assert!(answer.body.contains("value=\"2003-13\""));
    assert!(!answer.body.contains("kept <as typed>"));
    assert!(unescape(&answer.body).contains("kept <as typed>"));
    // Fixing the date leaves the unknown partner to report.
    let answer = anna
        .submit(EDIT_BELFORT, EDIT_BELFORT, |f| {
            set(f, "partner", "no-such-body")
        })
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("id=\"f-partner-error\""));
    let after = app
        .store
        .partnership_record("harz-belfort")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.record, before.record);
}

#[tokio::test]
async fn hostile_text_is_stored_verbatim_and_shown_escaped_and_oversized_text_is_refused() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let hostile = "<script>alert(1)</script> '; DROP TABLE partnerships; -- \u{202e}";
    let saved = anna
        .submit(EDIT_BELFORT, EDIT_BELFORT, |f| set(f, "narrative", hostile))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let stored = app
        .store
        .partnership_record("harz-belfort")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.record.narrative["de"], hostile);
    let public = app.page("/de/partnerships/harz-belfort").await;
    assert!(!public.contains("<script>alert(1)"));
    assert!(
        unescape(&public).contains("<script>alert(1)</script>"),
        "shown as text"
    );
    let form = anna.get(EDIT_BELFORT).await.body;
    assert!(!form.contains("<script>alert(1)"));

    let huge = "x".repeat(1024 * 1024);
    let refused = anna
        .submit(EDIT_BELFORT, EDIT_BELFORT, |f| set(f, "narrative", &huge))
        .await;
    assert_eq!(refused.status, StatusCode::PAYLOAD_TOO_LARGE);
    let long = "x".repeat(20_001);
    let refused = anna
        .submit(EDIT_BELFORT, EDIT_BELFORT, |f| set(f, "narrative", &long))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.store
            .partnership_record("harz-belfort")
            .await
            .unwrap()
            .unwrap()
            .record
            .narrative["de"],
        hostile
    );
}

#[tokio::test]
async fn changing_the_password_ends_the_other_sessions_and_keeps_this_one() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let here = sign_in(&app, "anna").await;
    let elsewhere = sign_in(&app, "anna").await;
    let refused = here
        .post(
            "/de/workbench/password",
            &fields(&[("current", "wrong"), ("new", "short"), ("repeat", "other")]),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["f-current-error", "f-new-error", "f-repeat-error"] {
        assert!(refused.body.contains(field), "{field}");
    }
    let new = "a much longer passphrase";
    let changed = here
        .post(
            "/de/workbench/password",
            &fields(&[("current", PASSWORD), ("new", new), ("repeat", new)]),
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    assert_eq!(here.get("/de/workbench/").await.status, StatusCode::OK);
    assert_eq!(
        elsewhere.get("/de/workbench/").await.status,
        StatusCode::SEE_OTHER
    );
    let (_, hash) = app.store.credentials("anna").await.unwrap().unwrap();
    assert!(partnerportal::domain::credentials::verify_password(
        new, &hash
    ));
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_server() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let out = anna.post("/de/workbench/sign-out", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(
        out.set_cookie
            .iter()
            .any(|c| c.starts_with("pp_session=;") || c.contains("Max-Age=0"))
    );
    assert_eq!(
        anna.get("/de/workbench/").await.status,
        StatusCode::SEE_OTHER,
        "the old cookie opens nothing"
    );
}

#[tokio::test]
async fn the_contact_point_is_edited_by_its_bodys_staff_only_and_shown_at_once() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    let anna = sign_in(&app, "anna").await;
    let editor = sign_in(&app, "wernigerode").await;
    let list = anna.get("/de/workbench/contact-points").await;
    let path = crate::common::hrefs(&list.body)
        .into_iter()
        .find(|h| h.starts_with("/de/workbench/contact-points/") && !h.ends_with("/new"))
        .expect("the seed's contact point is listed");
    assert!(
        !editor
            .get("/de/workbench/contact-points")
            .await
            .body
            .contains(&path),
        "an editor sees only the contact points of their bodies"
    );
    let foreign = editor
        .submit(&path, &path, |f| set(f, "phone", "0000"))
        .await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN);

    let invalid = anna
        .submit(&path, &path, |f| {
            set(f, "email", "not an address");
            set(f, "country", "Germany");
        })
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        invalid.body.contains("id=\"f-email-error\"")
            && invalid.body.contains("id=\"f-country-error\"")
    );

    let saved = anna
        .submit(&path, &path, |f| set(f, "phone", "03941 123456"))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert!(app.page("/de/").await.contains("03941 123456"));
    let id: i64 = path.rsplit('/').next().unwrap().parse().unwrap();
    let history = app.store.history(Entity::ContactPoint, id).await.unwrap();
    assert_eq!(history[0].action, Action::Update);
    let undo = anna
        .post(
            &format!("/de/workbench/versions/{}/restore", history[0].id),
            &fields(&[("side", "before")]),
        )
        .await;
    assert_eq!(undo.status, StatusCode::SEE_OTHER, "{}", undo.body);
    assert!(!app.page("/de/").await.contains("03941 123456"));
}

#[tokio::test]
async fn a_sign_in_posted_from_another_site_is_refused() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let answer = app
        .raw_client
        .post(app.url("/de/workbench/sign-in"))
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("origin", "https://evil.example")
        .body(format!(
            "login=anna&password={}",
            percent_encode(PASSWORD.as_bytes())
        ))
        .send()
        .await
        .unwrap();
    let answer = reply(answer).await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    assert!(session_token(&answer).is_none());
}

#[tokio::test]
async fn a_workbench_form_that_is_not_utf8_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let before = app
        .store
        .partnership_record("harz-belfort")
        .await
        .unwrap()
        .unwrap();
    let mut body = form_fields(&anna.get(EDIT_BELFORT).await.body, EDIT_BELFORT)
        .iter()
        .filter(|(k, _)| k != "note")
        .map(|(k, v)| {
            format!(
                "{}={}",
                percent_encode(k.as_bytes()),
                percent_encode(v.as_bytes())
            )
        })
        .collect::<Vec<_>>()
        .join("&")
        .into_bytes();
    body.extend_from_slice(b"&note=%FF%FE\xff");
    let answer = app
        .raw_client
        .post(app.url(EDIT_BELFORT))
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(COOKIE, format!("pp_session={}", anna.cookie))
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::BAD_REQUEST);
    let after = app
        .store
        .partnership_record("harz-belfort")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (after.version, after.record),
        (before.version, before.record)
    );
}
