//! The reliability suite's regression tests: what the generated API tests (Schemathesis, see
//! `scripts/reliability/api-fuzz`) found, and the hostile-input corpus — every piece of bad input is
//! refused with a clear 4xx or stored and rendered harmlessly, never a 5xx.

use partnerportal::domain::access::{Principal, Role};
use partnerportal::domain::vocab::{
    BodyKind, DateQualifier, FactKey, MilestoneType, NameKind, PartnershipKind, PartnershipLevel,
    PartnershipStatus, SuccessionKind, Topic,
};
use reqwest::Method;
use serde_json::Value;

use crate::common::{Answer, TestApp, spawn_app};

// ------------------------------------------------------------------------------------------------
// Helpers
// ------------------------------------------------------------------------------------------------

/// An administrator's API token.
async fn admin_token(app: &TestApp) -> String {
    let (_, secret) = app
        .store
        .create_api_token(&Principal::command_line(), "reliability", Role::Admin, &[])
        .await
        .expect("a token is created");
    secret
}

/// One request with the given headers and body bytes, redirects not followed.
async fn send(
    app: &TestApp,
    method: Method,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<Vec<u8>>,
) -> Answer {
    let url = app.url(path);
    let mut request = app.raw_client.request(method.clone(), &url);
    for (name, value) in headers {
        request = request.header(*name, *value);
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

/// Asserts the answer's status, showing the answer otherwise.
fn assert_status(answer: &Answer, status: u16) {
    assert_eq!(
        answer.status.as_u16(),
        status,
        "{} answered {}: {}",
        answer.url,
        answer.status,
        answer.text
    );
}

/// The `responses` of one operation in the OpenAPI document.
fn documented_statuses(doc: &Value, path: &str, method: &str) -> Vec<String> {
    doc["paths"][path][method]["responses"]
        .as_object()
        .unwrap_or_else(|| panic!("{method} {path} is not documented"))
        .keys()
        .cloned()
        .collect()
}

// ------------------------------------------------------------------------------------------------
// What the generated API tests found
// ------------------------------------------------------------------------------------------------

/// Found by Schemathesis: the document listed the vocabularies under their Rust names (`District`)
/// while every answer and every accepted request uses the stored keys (`district`), so every answer
/// with a kind, level, status, topic or fact key broke the document.
#[tokio::test]
async fn the_document_lists_each_vocabulary_under_the_keys_the_api_sends_and_takes() {
    let app = spawn_app().await;
    let doc = app.api("/api/openapi.json").await;
    let schemas = &doc["components"]["schemas"];
    let expected: Vec<(&str, Vec<&str>)> = vec![
        (
            "BodyKind",
            BodyKind::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        (
            "PartnershipLevel",
            PartnershipLevel::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        (
            "PartnershipKind",
            PartnershipKind::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        (
            "PartnershipStatus",
            PartnershipStatus::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        (
            "MilestoneType",
            MilestoneType::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        (
            "SuccessionKind",
            SuccessionKind::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        ("Topic", Topic::ALL.iter().map(|v| v.as_str()).collect()),
        ("FactKey", FactKey::ALL.iter().map(|v| v.as_str()).collect()),
        (
            "NameKind",
            NameKind::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        (
            "DateQualifier",
            DateQualifier::ALL.iter().map(|v| v.as_str()).collect(),
        ),
    ];
    for (name, keys) in expected {
        let listed: Vec<&str> = schemas[name]["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("{name} is not an enum in the document"))
            .iter()
            .map(|v| v.as_str().expect("string keys"))
            .collect();
        assert_eq!(listed, keys, "{name}");
    }

    // And what an answer carries is among them.
    let body = app.api("/api/v1/bodies/landkreis-harz").await;
    let kinds = schemas["BodyKind"]["enum"].as_array().unwrap();
    assert!(kinds.contains(&body["kind"]), "{}", body["kind"]);
}

/// Found by Schemathesis: the JSON and GeoJSON downloads were documented as a JSON string.
#[tokio::test]
async fn downloads_are_documented_with_the_shape_they_have() {
    let app = spawn_app().await;
    let doc = app.api("/api/openapi.json").await;
    let schema = |path: &str, media: &str| {
        doc["paths"][path]["get"]["responses"]["200"]["content"][media]["schema"].clone()
    };
    for (path, media, shape) in [
        (
            "/api/v1/exports/partnerships.json",
            "application/json",
            "array",
        ),
        ("/api/v1/exports/bodies.json", "application/json", "array"),
        (
            "/api/v1/exports/partnerships.geojson",
            "application/geo+json",
            "object",
        ),
        (
            "/api/v1/exports/bodies.geojson",
            "application/geo+json",
            "object",
        ),
        ("/api/v1/exports/partnerships.csv", "text/csv", "string"),
        ("/api/v1/exports/bodies.csv", "text/csv", "string"),
    ] {
        assert_eq!(schema(path, media)["type"], shape, "{path}");
        let answer = app.get(path).await;
        assert_status(&answer, 200);
        if shape != "string" {
            let value: Value = serde_json::from_str(&answer.text).expect("a JSON download");
            let actual = if value.is_array() { "array" } else { "object" };
            assert_eq!(actual, shape, "{path}");
        }
    }
    // The partnership download's items are the list's items, and documented as such.
    assert_eq!(
        schema("/api/v1/exports/partnerships.json", "application/json")["items"]["$ref"],
        "#/components/schemas/PartnershipSummary"
    );
}

/// Found by Schemathesis: `DELETE` with `If-Match: null` answered 400, which the document did not
/// list for deletes.
#[tokio::test]
async fn a_delete_with_a_malformed_version_is_refused_with_a_documented_400() {
    let app = spawn_app().await;
    let token = admin_token(&app).await;
    let bearer = format!("Bearer {token}");
    let doc = app.api("/api/openapi.json").await;
    for (path, template) in [
        ("/api/v1/bodies/winterthur", "/api/v1/bodies/{slug}"),
        (
            "/api/v1/partnerships/bad-suderode-konskie",
            "/api/v1/partnerships/{slug}",
        ),
    ] {
        for bad in ["null", "0", "-1", "\"three\"", "W/\"3\"x", "\"\""] {
            let answer = send(
                &app,
                Method::DELETE,
                path,
                &[("authorization", &bearer), ("if-match", bad)],
                None,
            )
            .await;
            let message = answer.api_error(400, "bad_request");
            assert!(message.contains("If-Match"), "{message}");
        }
        assert!(
            documented_statuses(&doc, template, "delete").contains(&"400".to_owned()),
            "DELETE {template} does not document 400"
        );
        // Nothing was deleted.
        assert_status(&app.get(path).await, 200);
    }
}
