//! Two servers on one database, as two instances behind a load balancer run: each has its own
//! connection pool, page cache and background jobs. What one writes, the other serves; a session
//! made on one works on the other and ends on both; the office is mailed once per inquiry although
//! both instances run the delivery job; the audit trail holds the writes of both.

use std::time::Duration;

use partnerportal::contact::ContactSettings;
use partnerportal::domain::access::Role;
use partnerportal::domain::audit::Entity;
use reqwest::StatusCode;

use crate::common::{TestApp, spawn_app_with, spawn_instance_on};
use crate::contact::{WAIT, mail_settings, valid};
use crate::smtp::SmtpServer;
use crate::workbench::{Session, create_user, sign_in};

async fn json(app: &TestApp, path: &str, bearer: Option<&str>) -> reqwest::Response {
    let mut request = app.raw_client.get(app.url(path));
    if let Some(bearer) = bearer {
        request = request.header("authorization", bearer);
    }
    request.send().await.unwrap()
}

/// Polls `path` on `app` until its body contains `text`; a kept answer may be served until the
/// instance's next look at the database (every `RECHECK_AFTER`).
async fn until_served(app: &TestApp, path: &str, text: &str) {
    let deadline = std::time::Instant::now() + Duration::from_secs(2);
    loop {
        let body = json(app, path, None).await.text().await.unwrap();
        if body.contains(text) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{path} still lacks {text:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn an_edit_on_one_instance_is_served_by_the_other_within_a_moment() {
    let a = spawn_app_with(ContactSettings::default()).await;
    let b = spawn_instance_on(&a, ContactSettings::default()).await;
    let (api, page) = ("/api/v1/bodies/wernigerode", "/de/bodies/wernigerode");
    // Each instance keeps its answers in its own page cache.
    for _ in 0..3 {
        until_served(&b, api, "\"Wernigerode\"").await;
        until_served(&a, page, "Wernigerode").await;
    }
    a.rename_body(
        &a.admin_bearer("script on a").await,
        "wernigerode",
        "Wernigerode Neu",
    )
    .await;
    until_served(&b, api, "\"Wernigerode Neu\"").await;
    b.rename_body(
        &b.admin_bearer("script on b").await,
        "wernigerode",
        "Wernigerode am Harz",
    )
    .await;
    until_served(&a, page, "Wernigerode am Harz").await;
}

#[tokio::test]
async fn a_session_made_on_one_instance_works_on_the_other_and_signing_out_ends_it_on_both() {
    let a = spawn_app_with(ContactSettings::default()).await;
    let b = spawn_instance_on(&a, ContactSettings::default()).await;
    create_user(&a, "anna", Role::Admin, &[]).await;
    let on_a = sign_in(&a, "anna").await;
    let on_b = Session {
        app: &b,
        cookie: on_a.cookie.clone(),
        csrf: on_a.csrf.clone(),
    };
    let dashboard = on_b.get("/de/workbench/").await;
    assert_eq!(dashboard.status, StatusCode::OK, "{}", dashboard.location);
    assert!(dashboard.body.contains("anna"), "b knows who is signed in");

    let out = on_b.post("/de/workbench/sign-out", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    for (instance, session) in [("a", &on_a), ("b", &on_b)] {
        assert_eq!(
            session.get("/de/workbench/").await.status,
            StatusCode::SEE_OTHER,
            "the cookie opens nothing on {instance}"
        );
    }
}

#[tokio::test]
async fn inquiries_sent_to_either_instance_are_mailed_to_the_office_once_each() {
    let mut smtp = SmtpServer::start().await;
    let settings = ContactSettings {
        rate_limit: 1000,
        ..mail_settings(smtp.port)
    };
    let a = spawn_app_with(settings.clone()).await;
    let b = spawn_instance_on(&a, settings).await;
    // Both delivery jobs run and are woken by each new inquiry; posts alternate between them.
    let mut ids = Vec::new();
    for round in 0..6 {
        let instance = if round % 2 == 0 { &a } else { &b };
        let mut fields = valid();
        for (name, value) in &mut fields {
            if *name == "subject" {
                *value = format!("Anfrage Nummer {round}");
            }
        }
        ids.push(instance.send_inquiry(&fields).await);
    }
    let mut subjects = Vec::new();
    while subjects.len() < ids.len() {
        let mail = smtp
            .next_mail(WAIT)
            .await
            .unwrap_or_else(|| panic!("only {} of {} mails arrived", subjects.len(), ids.len()));
        subjects.push(mail.header("subject").unwrap_or_default());
    }
    assert!(
        smtp.next_mail(Duration::from_secs(1)).await.is_none(),
        "a mail went out twice: {subjects:?}"
    );
    for round in 0..6 {
        let wanted = format!("Anfrage Nummer {round}");
        assert_eq!(
            subjects.iter().filter(|s| s.contains(&wanted)).count(),
            1,
            "{wanted}: {subjects:?}"
        );
    }
    for id in ids {
        let stored = a
            .wait_for(id, "marked notified", |i| i.notified_at.is_some())
            .await;
        assert_eq!(stored.notify_attempts, 1, "{stored:?}");
    }
}

#[tokio::test]
async fn the_audit_trail_holds_the_writes_of_both_instances_in_order() {
    let a = spawn_app_with(ContactSettings::default()).await;
    let b = spawn_instance_on(&a, ContactSettings::default()).await;
    let (on_a, on_b) = (
        a.admin_bearer("script on a").await,
        b.admin_bearer("script on b").await,
    );
    a.rename_body(&on_a, "wernigerode", "Wernigerode 1").await;
    b.rename_body(&on_b, "wernigerode", "Wernigerode 2").await;
    a.rename_body(&on_a, "wernigerode", "Wernigerode 3").await;
    let id = b
        .store
        .body_record("wernigerode")
        .await
        .unwrap()
        .unwrap()
        .id;
    let history = b.store.history(Entity::Body, id).await.unwrap();
    let names: Vec<(String, String)> = history
        .iter()
        .filter_map(|entry| {
            let name = entry.after.as_ref()?["name"].as_str()?.to_owned();
            Some((name, entry.actor_label.clone()))
        })
        .collect();
    for (name, author) in [
        ("Wernigerode 1", "script on a"),
        ("Wernigerode 2", "script on b"),
        ("Wernigerode 3", "script on a"),
    ] {
        let found: Vec<_> = names.iter().filter(|(n, _)| n == name).collect();
        assert_eq!(found.len(), 1, "{name} once in the history: {names:?}");
        assert!(found[0].1.contains(author), "{name} by {author}: {names:?}");
    }
    // Ids follow the order of the commits, whichever instance made them.
    let position = |name: &str| {
        history
            .iter()
            .find(|e| e.after.as_ref().is_some_and(|a| a["name"] == name))
            .map(|e| e.id)
            .unwrap()
    };
    assert!(position("Wernigerode 1") < position("Wernigerode 2"));
    assert!(position("Wernigerode 2") < position("Wernigerode 3"));
}
