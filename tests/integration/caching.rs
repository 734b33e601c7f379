//! HTTP revalidation and compression: pages and API answers carry ETags, a matching If-None-Match
//! gets 304 without a body, and answers are compressed for clients that ask.

use crate::common::spawn_app;

#[tokio::test]
async fn a_page_fetched_again_with_its_etag_answers_304_without_a_body() {
    let app = spawn_app().await;
    for path in [
        "/de/",
        "/de/partnerships?country=RO",
        "/api/v1/partnerships",
        "/api/v1/bodies/landkreis-harz",
    ] {
        let first = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(first.status(), 200, "{path}");
        let tag = first.headers()["etag"].to_str().unwrap().to_owned();
        assert_eq!(first.headers()["cache-control"], "no-cache", "{path}");
        let again = app
            .client
            .get(app.url(path))
            .header("if-none-match", &tag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304, "{path}");
        assert_eq!(again.headers()["etag"].to_str().unwrap(), tag);
        assert!(
            again.bytes().await.unwrap().is_empty(),
            "{path}: a 304 has no body"
        );
        let stale = app
            .client
            .get(app.url(path))
            .header("if-none-match", "\"something-else\"")
            .send()
            .await
            .unwrap();
        assert_eq!(stale.status(), 200, "{path}");
    }
}

#[tokio::test]
async fn different_answers_carry_different_etags() {
    let app = spawn_app().await;
    let tag = |path: &'static str| {
        let app = &app;
        async move {
            let answer = app.client.get(app.url(path)).send().await.unwrap();
            answer.headers()["etag"].to_str().unwrap().to_owned()
        }
    };
    assert_ne!(tag("/de/").await, tag("/en/").await);
    assert_eq!(tag("/de/").await, tag("/de/").await);
}

#[tokio::test]
async fn errors_are_not_tagged_for_caching() {
    let app = spawn_app().await;
    let missing = app.client.get(app.url("/de/nope")).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    assert!(missing.headers().get("etag").is_none());
}

#[tokio::test]
async fn answers_are_compressed_with_brotli_or_gzip_as_the_client_asks() {
    let app = spawn_app().await;
    for (accept, expected) in [("br", "br"), ("gzip", "gzip"), ("br, gzip", "br")] {
        let answer = app
            .raw_client
            .get(app.url("/de/"))
            .header("accept-encoding", accept)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 200);
        assert_eq!(answer.headers()["content-encoding"], expected, "{accept}");
    }
}
