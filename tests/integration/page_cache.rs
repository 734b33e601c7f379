//! The shared cache of public answers: an anonymous page is built once and then served from memory,
//! and never outlives a change of the data, whoever made it.

use serde_json::Value;
use sqlx::Connection;

use crate::common::{TestApp, spawn_app};

async fn fetch(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut request = app.raw_client.get(app.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap()
}

/// Fetches `path` until the answer comes from memory. The server's background jobs commit now and
/// then (most right after the start), and every commit drops the kept answers: a few misses are
/// expected, an answer never kept is not.
async fn fetch_until_kept(
    app: &TestApp,
    path: &str,
    headers: &[(&str, &str)],
) -> reqwest::Response {
    for _ in 0..20 {
        let answer = fetch(app, path, headers).await;
        if x_cache(&answer).as_deref() == Some("hit") {
            return answer;
        }
        assert_eq!(
            x_cache(&answer).as_deref(),
            Some("miss"),
            "{path} is shareable"
        );
    }
    panic!("{path} was never served from memory");
}

fn x_cache(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get("x-cache")
        .map(|v| v.to_str().unwrap().to_owned())
}

#[tokio::test]
async fn an_anonymous_page_is_built_once_then_served_from_memory_with_the_same_bytes() {
    let app = spawn_app().await;
    for path in ["/de/", "/en/partnerships", "/api/v1/partnerships"] {
        let first = fetch(&app, path, &[]).await;
        assert_eq!(first.status(), 200, "{path}");
        assert_eq!(x_cache(&first).as_deref(), Some("miss"), "{path}");
        let first_type = first.headers()["content-type"].clone();
        let first_body = first.bytes().await.unwrap();
        let again = fetch_until_kept(&app, path, &[]).await;
        assert_eq!(again.headers()["content-type"], first_type, "{path}");
        assert_eq!(again.headers()["x-content-type-options"], "nosniff");
        assert!(again.headers().contains_key("content-security-policy"));
        assert_eq!(again.bytes().await.unwrap(), first_body, "{path}");
    }
}

#[tokio::test]
async fn a_kept_answer_carries_the_headers_of_a_built_one_and_a_request_id_of_its_own() {
    let app = spawn_app().await;
    let built = fetch(&app, "/de/partnerships", &[]).await;
    let kept = fetch_until_kept(&app, "/de/partnerships", &[]).await;
    for name in [
        "content-type",
        "content-security-policy",
        "x-content-type-options",
        "referrer-policy",
        "etag",
        "cache-control",
        "vary",
    ] {
        assert_eq!(
            kept.headers().get(name),
            built.headers().get(name),
            "{name}"
        );
    }
    let id = |answer: &reqwest::Response| answer.headers()["x-request-id"].clone();
    let another = fetch_until_kept(&app, "/de/partnerships", &[]).await;
    assert_ne!(id(&kept), id(&built), "an id names one request");
    assert_ne!(id(&kept), id(&another), "an id names one request");
    let own = fetch_until_kept(&app, "/de/partnerships", &[("x-request-id", "ticket-4711")]).await;
    assert_eq!(id(&own), "ticket-4711", "a client's own id comes back");
}

#[tokio::test]
async fn each_encoding_the_client_accepts_gets_its_own_answer() {
    let app = spawn_app().await;
    let gzip = fetch(&app, "/de/", &[("accept-encoding", "gzip")]).await;
    assert_eq!(gzip.headers()["content-encoding"], "gzip");
    let plain = fetch(&app, "/de/", &[("accept-encoding", "identity")]).await;
    assert_eq!(x_cache(&plain).as_deref(), Some("miss"));
    assert!(!plain.headers().contains_key("content-encoding"));
    assert!(plain.text().await.unwrap().contains("<html"));
    let gzip_again = fetch_until_kept(&app, "/de/", &[("accept-encoding", "gzip")]).await;
    assert_eq!(gzip_again.headers()["content-encoding"], "gzip");
    let plain_again = fetch_until_kept(&app, "/de/", &[("accept-encoding", "identity")]).await;
    assert!(!plain_again.headers().contains_key("content-encoding"));
    assert!(plain_again.text().await.unwrap().contains("<html"));
}

#[tokio::test]
async fn a_kept_answer_still_answers_304_to_a_client_that_holds_it() {
    let app = spawn_app().await;
    let first = fetch_until_kept(&app, "/de/partnerships", &[]).await;
    let tag = first.headers()["etag"].to_str().unwrap().to_owned();
    let again = fetch_until_kept(&app, "/de/partnerships", &[("if-none-match", &tag)]).await;
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["etag"].to_str().unwrap(), tag);
    assert!(again.bytes().await.unwrap().is_empty());
    // A client naming an old tag gets the whole answer.
    let stale = fetch(&app, "/de/partnerships", &[("if-none-match", "\"old\"")]).await;
    assert_eq!(stale.status(), 200);
    assert!(!stale.bytes().await.unwrap().is_empty());
}

#[tokio::test]
async fn an_edit_through_the_api_shows_on_the_very_next_request() {
    let app = spawn_app().await;
    let bearer = app.admin_bearer("editor script").await;
    let page = "/de/bodies/landkreis-harz";
    let before = fetch_until_kept(&app, page, &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(!before.contains("Harzkreis Neu"));

    app.rename_body(&bearer, "landkreis-harz", "Harzkreis Neu")
        .await;

    let after = fetch(&app, page, &[]).await;
    assert_eq!(x_cache(&after).as_deref(), Some("miss"));
    assert!(after.text().await.unwrap().contains("Harzkreis Neu"));
}

#[tokio::test]
async fn a_change_written_by_another_process_shows_within_a_moment() {
    let app = spawn_app().await;
    let page = "/api/v1/bodies/landkreis-harz";
    fetch_until_kept(&app, page, &[]).await;

    // Another connection, as the sqlite3 shell or a second process would write: no audit entry,
    // nothing this process counts.
    let mut conn = app.db().await;
    sqlx::query("UPDATE bodies SET name = 'Harz (von außen)' WHERE slug = 'landkreis-harz'")
        .execute(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    tokio::time::sleep(partnerportal::page_cache::RECHECK_AFTER * 2).await;

    let after = fetch(&app, page, &[]).await.json::<Value>().await.unwrap();
    assert_eq!(after["name"], "Harz (von außen)");
}

#[tokio::test]
async fn requests_with_a_cookie_or_credentials_are_never_served_shared_answers() {
    let app = spawn_app().await;
    fetch(&app, "/de/", &[]).await;
    for (name, value) in [
        ("cookie", "partnerportal_session=whatever"),
        ("authorization", "Bearer not-a-token"),
        ("range", "bytes=0-10"),
    ] {
        let answer = fetch(&app, "/de/", &[(name, value)]).await;
        assert_eq!(x_cache(&answer), None, "{name}");
    }
    let sign_in = fetch(&app, "/de/workbench/sign-in", &[]).await;
    assert_eq!(x_cache(&sign_in), None, "the workbench is never shared");
}

#[tokio::test]
async fn errors_and_redirects_are_not_kept() {
    let app = spawn_app().await;
    for _ in 0..2 {
        let missing = fetch(&app, "/de/bodies/nowhere", &[]).await;
        assert_eq!(missing.status(), 404);
        assert_eq!(x_cache(&missing), None);
        let root = fetch(&app, "/", &[("accept-language", "fr")]).await;
        assert!(root.status().is_redirection());
        assert_eq!(x_cache(&root), None);
    }
    let root = fetch(&app, "/", &[("accept-language", "pl")]).await;
    assert!(
        root.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/pl")
    );
}

#[tokio::test]
async fn a_burst_of_requests_for_a_page_not_yet_kept_builds_it_once() {
    let app = spawn_app().await;
    // Settle the jobs that commit right after the start (each commit drops what is kept).
    fetch_until_kept(&app, "/de/", &[]).await;
    let path = "/de/partnerships?country=RO";
    let answers = burst(&app, path, 24).await;
    let mut misses = 0;
    for answer in &answers {
        assert_eq!(answer.status(), 200);
        match x_cache(answer).as_deref() {
            Some("miss") => misses += 1,
            Some("hit") => {}
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(
        misses, 1,
        "one request built the page, the others waited for it"
    );
}

#[tokio::test]
async fn answers_that_are_not_kept_do_not_make_requests_wait_for_one_another() {
    let app = spawn_app().await;
    let answers = burst(&app, "/de/bodies/nowhere", 12).await;
    for answer in answers {
        assert_eq!(answer.status(), 404);
        assert_eq!(x_cache(&answer), None);
    }
}

/// GETs `path` `count` times at once, on separate tasks; the answers in the order they came.
async fn burst(app: &TestApp, path: &str, count: usize) -> Vec<reqwest::Response> {
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..count {
        let (client, url) = (app.raw_client.clone(), app.url(path));
        set.spawn(async move { client.get(url).send().await.unwrap() });
    }
    set.join_all().await
}
