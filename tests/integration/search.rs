//! Search: one box over every name of every body and the topics, forgiving missing diacritics and
//! typing errors, best matches first, matches highlighted.

use serde_json::Value;

use crate::common::{TestApp, percent_encode, spawn_app};

/// The slugs of the bodies the API finds for `q`, best first.
async fn found(app: &TestApp, q: &str) -> Vec<String> {
    let results = app
        .api(&format!(
            "/api/v1/search?q={}",
            percent_encode(q.as_bytes())
        ))
        .await;
    results["bodies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| hit["body"]["slug"].as_str().unwrap().to_owned())
        .collect()
}

async fn first_hit(app: &TestApp, q: &str) -> Value {
    let results = app
        .api(&format!(
            "/api/v1/search?q={}",
            percent_encode(q.as_bytes())
        ))
        .await;
    results["bodies"][0].clone()
}

#[tokio::test]
async fn names_are_found_without_their_diacritics() {
    let app = spawn_app().await;
    assert_eq!(found(&app, "konskie").await[0], "konskie");
    assert_eq!(found(&app, "nachod").await[0], "nachod");
    assert_eq!(found(&app, "velke opatovice").await[0], "velke-opatovice");
    let iasi = found(&app, "iasi").await;
    assert!(iasi.contains(&"iasi".to_owned()), "{iasi:?}");
    assert!(iasi.contains(&"municipiul-iasi".to_owned()), "{iasi:?}");
}

#[tokio::test]
async fn a_typing_error_is_forgiven_and_said() {
    let app = spawn_app().await;
    let hit = first_hit(&app, "Wernigrode").await;
    assert_eq!(hit["body"]["slug"], "wernigerode");
    assert_eq!(hit["approximate"], true);
    assert_eq!(
        first_hit(&app, "Quedlinbrug").await["body"]["slug"],
        "quedlinburg"
    );
}

#[tokio::test]
async fn names_in_other_languages_find_the_body() {
    let app = spawn_app().await;
    let heltau = first_hit(&app, "Heltau").await;
    assert_eq!(heltau["body"]["slug"], "cisnadie");
    assert_eq!(heltau["body"]["name"], "Cisnădie");
    assert_eq!(heltau["matched_name"], "Heltau");
    assert_eq!(
        first_hit(&app, "Kreis Konecki").await["body"]["slug"],
        "powiat-konecki"
    );
    assert_eq!(
        first_hit(&app, "Powiat konecki").await["body"]["slug"],
        "powiat-konecki"
    );
}

#[tokio::test]
async fn exact_matches_rank_before_longer_names() {
    let app = spawn_app().await;
    let halberstadt = found(&app, "Halberstadt").await;
    assert_eq!(halberstadt[0], "halberstadt", "{halberstadt:?}");
    assert!(halberstadt.contains(&"landkreis-halberstadt".to_owned()));
    let quedlinburg = found(&app, "quedlinburg").await;
    assert_eq!(quedlinburg[0], "quedlinburg", "{quedlinburg:?}");
}

#[tokio::test]
async fn the_matched_part_is_highlighted_in_the_original_spelling() {
    let app = spawn_app().await;
    let hit = first_hit(&app, "nasaud").await;
    let marked: Vec<&str> = hit["parts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["highlight"] == true)
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert_eq!(marked, ["Năsăud"]);
    let page = app.page("/de/search?q=nasaud").await;
    assert!(page.contains("<mark>Năsăud</mark>"), "{page}");
}

#[tokio::test]
async fn topics_are_found_by_their_name_in_the_readers_language() {
    let app = spawn_app().await;
    let de = app.api("/api/v1/search?q=tourismus&lang=de").await;
    assert_eq!(de["topics"], serde_json::json!(["tourism"]));
    let fr = app.api("/api/v1/search?q=tourisme&lang=fr").await;
    assert_eq!(fr["topics"], serde_json::json!(["tourism"]));
    let page = app.page("/de/search?q=Kultur").await;
    assert!(
        page.contains("/de/partnerships?topic=culture_heritage"),
        "{page}"
    );
}

#[tokio::test]
async fn the_partnerships_of_the_bodies_found_are_listed() {
    let app = spawn_app().await;
    let results = app.api("/api/v1/search?q=Heltau").await;
    let slugs: Vec<&str> = results["partnerships"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["wernigerode-cisnadie"]);
}

#[tokio::test]
async fn nothing_found_and_empty_queries_are_answered_calmly() {
    let app = spawn_app().await;
    assert!(found(&app, "xyzzy").await.is_empty());
    assert!(found(&app, "").await.is_empty());
    assert!(found(&app, "   ").await.is_empty());
    let page = app.get("/de/search").await;
    assert_eq!(page.status, 200);
    assert!(
        !page.text.contains("role=\"status\""),
        "an empty box shows only the form"
    );
    let nothing = app.page("/de/search?q=xyzzy").await;
    assert!(nothing.contains("Keine Treffer"), "{nothing}");
}

#[tokio::test]
async fn hostile_and_oversized_queries_are_harmless() {
    let app = spawn_app().await;
    for q in [
        "\"",
        "\"\"",
        "a\" OR \"b",
        "*",
        "NEAR(a b)",
        "folded:x",
        "'; DROP TABLE bodies; --",
        "%",
        "_",
        "<script>alert(1)</script>",
        "\u{0}",
        "ﬀ",
        "İ",
        "🙂🙂🙂",
    ] {
        let answer = app
            .get(&format!(
                "/api/v1/search?q={}",
                percent_encode(q.as_bytes())
            ))
            .await;
        assert_eq!(answer.status, 200, "{q:?}: {}", answer.text);
        let page = app
            .get(&format!("/de/search?q={}", percent_encode(q.as_bytes())))
            .await;
        assert_eq!(page.status, 200, "{q:?}");
        assert!(
            !page.text.contains("<script>alert"),
            "{q:?} was reflected unescaped"
        );
    }
    let long = "a".repeat(201);
    app.get(&format!("/api/v1/search?q={long}"))
        .await
        .api_error(400, "bad_request");
    assert_eq!(app.get(&format!("/de/search?q={long}")).await.status, 400);
    // The registry is intact after all of it.
    assert_eq!(found(&app, "Wernigerode").await[0], "wernigerode");
}
