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

use crate::common::{Answer, TestApp, on_postgres, spawn_app};
use crate::fresh_database::FreshDatabase;

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

// ------------------------------------------------------------------------------------------------
// The hostile-input corpus
// ------------------------------------------------------------------------------------------------

/// Markup and script that must come back as text wherever it is shown: in elements, attributes,
/// the JSON-LD data block and URLs.
const XSS: [&str; 8] = [
    "<script>alert('xss-1')</script>",
    "\"><img src=x onerror=alert('xss-2')>",
    "</script><script>alert('xss-3')</script>",
    "<svg/onload=alert('xss-4')>",
    "' onmouseover='alert(5)' x='",
    "\" onfocus=\"alert(6)\" autofocus x=\"",
    "<!-- xss-7 <a href=\"javascript:alert(7)\">x</a>",
    "&lt;b&gt;xss-8&lt;/b&gt; {{7*7}} ${7*7} <iframe src=//evil.example>",
];

/// Text that probes for SQL built by string concatenation, for SQLite's FTS5 query syntax (the
/// search index) and PostgreSQL's placeholders, casts and trigram operators taken as syntax instead
/// of text.
const SQL: [&str; 15] = [
    "' OR '1'='1",
    "'; DROP TABLE bodies; --",
    "\" OR \"\"=\"",
    "1; SELECT * FROM api_tokens",
    "harz' UNION SELECT name, sql FROM sqlite_master --",
    "%' AND 1=1 --",
    "\\'",
    "NEAR(harz wernigerode)",
    "harz AND OR NOT",
    "\"unbalanced",
    "col:harz ^ * -",
    "(((",
    "harz' UNION SELECT tablename, schemaname FROM pg_tables --",
    "$1 $2 ::text harz",
    "harz % wernigerode <-> '%'",
];

/// Every problem with `html` that would let hostile text act as markup: inline event handlers,
/// `javascript:` links, scripts that are neither external nor JSON-LD, elements the portal never
/// uses, and JSON-LD blocks that are not plain JSON.
fn markup_problems(html: &str) -> Vec<String> {
    // An attribute whose quote a payload closed leaves markup the test's parser cannot read.
    std::panic::catch_unwind(|| parsed_markup_problems(html))
        .unwrap_or_else(|_| vec!["markup that does not parse".into()])
}

fn parsed_markup_problems(html: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for tag in crate::common::tags(html) {
        if tag.closing {
            continue;
        }
        for (name, value) in tag.attrs() {
            if name.to_ascii_lowercase().starts_with("on") {
                problems.push(format!("<{} {name}=…>", tag.name));
            }
            if value
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("javascript:")
            {
                problems.push(format!("<{} {name}=\"{value}\">", tag.name));
            }
        }
        match tag.name.as_str() {
            "iframe" | "object" | "embed" => problems.push(format!("<{}>", tag.name)),
            "img" if tag.attr("src").as_deref() == Some("x") => problems.push("<img src=x>".into()),
            "script" => {
                let kind = tag.attr("type").unwrap_or_default();
                if tag.attr("src").is_none() && kind != "application/ld+json" {
                    problems.push(format!("an inline script at {}", tag.start));
                }
                if kind == "application/ld+json" {
                    let content = &html[tag.end..];
                    let close = content.find("</script").unwrap_or(content.len());
                    if let Err(e) = serde_json::from_str::<Value>(&content[..close]) {
                        problems.push(format!("a JSON-LD block that is not JSON ({e})"));
                    }
                }
            }
            _ => {}
        }
    }
    for marker in [
        "<script>alert",
        "<svg/onload",
        "<img src=x",
        "<iframe src=//evil",
        "<!-- xss",
    ] {
        if html.contains(marker) {
            problems.push(format!("raw {marker}"));
        }
    }
    problems
}

/// A body with hostile text in every text field the write API takes.
fn hostile_body(slug: &str, text: &str) -> Value {
    serde_json::json!({
        "slug": slug,
        "name": format!("{text} {slug}"),
        "kind": "municipality",
        "country": "DE",
        "parent": "landkreis-harz",
        "names": [{"name": format!("{text} other"), "lang": "de", "kind": "variant"}],
        "description": {"de": text, "en": text, "fr": text, "pl": text, "ro": text},
        "facts": [
            {"key": "population", "value": 1234.0, "unit": text, "note": text, "as_of": "2023-12-31"},
            {"key": "landmarks", "text": text, "lang": "de", "note": text}
        ],
        "published": true
    })
}

/// A partnership of `home` and Wernigerode with hostile text in every text field.
fn hostile_partnership(slug: &str, home: &str, text: &str) -> Value {
    serde_json::json!({
        "slug": slug,
        "home": home,
        "partner": "wernigerode",
        "level": "municipal",
        "kind": "friendship",
        "status": "active",
        "topics": ["tourism"],
        "narrative": {"de": text, "en": text, "fr": text, "pl": text, "ro": text},
        "note": text,
        "milestones": [{"type": "first_contact", "date": "2024-05", "note": {"de": text, "en": text},
                        "bodies": [home, "wernigerode"]}],
        "published": true
    })
}

async fn post_json(app: &TestApp, bearer: &str, path: &str, body: &Value) -> Answer {
    send(
        app,
        Method::POST,
        path,
        &[
            ("authorization", bearer),
            ("content-type", "application/json"),
        ],
        Some(serde_json::to_vec(body).unwrap()),
    )
    .await
}

#[tokio::test]
async fn hostile_text_in_every_field_of_the_write_api_is_shown_as_text_on_every_public_page() {
    let app = spawn_app().await;
    let bearer = format!("Bearer {}", admin_token(&app).await);
    for (i, text) in XSS.iter().enumerate() {
        let body_slug = format!("xss-town-{i}");
        let answer = post_json(
            &app,
            &bearer,
            "/api/v1/bodies",
            &hostile_body(&body_slug, text),
        )
        .await;
        assert_status(&answer, 201);
        let pair = format!("xss-town-{i}-wernigerode");
        let answer = post_json(
            &app,
            &bearer,
            "/api/v1/partnerships",
            &hostile_partnership(&pair, &body_slug, text),
        )
        .await;
        assert_status(&answer, 201);
        // Stored as it was sent.
        let stored = app.api(&format!("/api/v1/bodies/{body_slug}")).await;
        assert_eq!(stored["name"], format!("{text} {body_slug}"));

        let query = crate::common::percent_encode(text.as_bytes());
        for lang in ["de", "en", "fr", "pl", "ro"] {
            for page in [
                format!("/{lang}/bodies/{body_slug}"),
                format!("/{lang}/partnerships/{pair}"),
                format!("/{lang}/bodies/wernigerode"),
                format!("/{lang}/partnerships/wernigerode-carpi"),
                format!("/{lang}/partnerships?body={body_slug}"),
                format!("/{lang}/partnerships?country=DE"),
                format!("/{lang}/search?q={query}"),
                format!("/{lang}/search?q=xss"),
                format!("/{lang}/map"),
                format!("/{lang}/contact?partnership={pair}"),
                format!("/{lang}/contact?partnership={query}"),
                format!("/{lang}/"),
            ] {
                let answer = app.get(&page).await;
                assert!(
                    answer.status.as_u16() < 500,
                    "{page} answered {}",
                    answer.status
                );
                let problems = markup_problems(&answer.text);
                assert!(problems.is_empty(), "{page} with {text:?}: {problems:?}");
            }
        }
        // The body page names it, escaped.
        let page = app.page(&format!("/de/bodies/{body_slug}")).await;
        assert!(
            crate::common::unescape(&page).contains(&format!("{text} {body_slug}")),
            "the name is not on its page"
        );
    }
    // The downloads carry the text as data.
    for path in [
        "/api/v1/exports/bodies.csv",
        "/api/v1/exports/partnerships.csv",
        "/api/v1/exports/bodies.geojson",
    ] {
        assert_status(&app.get(path).await, 200);
    }
    let json: Value = serde_json::from_str(&app.get("/api/v1/exports/bodies.json").await.text)
        .expect("the download is JSON");
    assert!(
        json.as_array()
            .unwrap()
            .iter()
            .any(|b| b["slug"] == "xss-town-0")
    );
}

#[tokio::test]
async fn a_website_that_is_not_http_is_refused_and_stores_nothing() {
    let app = spawn_app().await;
    let bearer = format!("Bearer {}", admin_token(&app).await);
    for (i, url) in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example",
    ]
    .iter()
    .enumerate()
    {
        let slug = format!("website-{i}");
        let mut body = hostile_body(&slug, "Neustadt");
        body["website"] = Value::from(*url);
        let answer = post_json(&app, &bearer, "/api/v1/bodies", &body).await;
        let message = answer.api_error(422, "unprocessable");
        assert!(message.contains("website"), "{url}: {message}");
        assert_status(&app.get(&format!("/api/v1/bodies/{slug}")).await, 404);
    }
}

#[tokio::test]
async fn hostile_text_in_the_contact_form_comes_back_as_text_when_the_form_asks_again() {
    let app = spawn_app().await;
    for text in XSS {
        let fields = [
            ("name", text),
            ("email", text),
            ("subject", text),
            ("message", text),
            ("partnership", text),
            ("website", ""),
        ];
        let body = fields
            .iter()
            .map(|(k, v)| format!("{k}={}", crate::common::percent_encode(v.as_bytes())))
            .collect::<Vec<_>>()
            .join("&");
        let answer = send(
            &app,
            Method::POST,
            "/de/contact",
            &[("content-type", "application/x-www-form-urlencoded")],
            Some(body.into_bytes()),
        )
        .await;
        assert_status(&answer, 422);
        let problems = markup_problems(&answer.text);
        assert!(problems.is_empty(), "{text:?}: {problems:?}");
        assert!(
            crate::common::unescape(&answer.text).contains(text),
            "{text:?} is not kept in the form"
        );
    }
    let stored = app.store.list_inquiries(None, None, 10).await.unwrap();
    assert!(stored.is_empty(), "{stored:?}");
}

#[test]
fn the_markup_check_catches_each_payload_when_it_is_not_escaped() {
    for text in XSS {
        let page = format!(
            "<!doctype html><html><body><p title=\"{text}\" lang='{text}'>{text}</p>\
             <script type=\"application/ld+json\">{{\"name\": \"{text}\"}}</script></body></html>"
        );
        assert!(
            !markup_problems(&page).is_empty(),
            "{text:?} went unnoticed"
        );
    }
    let escaped = "<p title=\"&quot;&gt;&lt;img src=x onerror=alert(2)&gt;\">&lt;script&gt;</p>";
    assert_eq!(markup_problems(escaped), Vec::<String>::new());
}

/// Counts of what the registry holds, to show that hostile requests changed nothing.
async fn registry_counts(app: &TestApp) -> (u64, u64, u64) {
    (
        app.total("/api/v1/bodies").await,
        app.total("/api/v1/partnerships").await,
        app.total("/api/v1/facts").await,
    )
}

#[tokio::test]
async fn sql_and_search_syntax_in_query_parameters_and_paths_is_taken_as_text() {
    let app = spawn_app().await;
    let bearer = format!("Bearer {}", admin_token(&app).await);
    let before = registry_counts(&app).await;
    let api_queries: [(&str, &[&str]); 6] = [
        ("/api/v1/bodies", &["country", "kind", "page", "per_page"]),
        ("/api/v1/facts", &["body", "key", "page", "per_page"]),
        (
            "/api/v1/milestones",
            &["partnership", "type", "page", "per_page"],
        ),
        (
            "/api/v1/partnerships",
            &[
                "country", "topic", "level", "status", "kind", "body", "within", "page",
                "per_page", "after",
            ],
        ),
        ("/api/v1/search", &["q", "lang"]),
        ("/healthz", &["x"]),
    ];
    let page_queries: [(&str, &[&str]); 4] = [
        (
            "/de/partnerships",
            &[
                "country", "topic", "level", "status", "kind", "body", "page", "sort",
            ],
        ),
        ("/de/search", &["q"]),
        ("/de/map", &["country", "level"]),
        ("/de/contact", &["partnership"]),
    ];
    let paths = [
        "/api/v1/bodies/{}",
        "/api/v1/bodies/{}/record",
        "/api/v1/partnerships/{}",
        "/api/v1/partnerships/{}/record",
        "/de/bodies/{}",
        "/de/partnerships/{}",
        "/partnerships/{}",
    ];
    let mut tried = 0;
    for text in SQL {
        let value = crate::common::percent_encode(text.as_bytes());
        let mut urls = Vec::new();
        for (path, names) in api_queries.iter().chain(page_queries.iter()) {
            for name in names.iter() {
                urls.push(format!("{path}?{name}={value}"));
            }
        }
        for path in paths {
            urls.push(path.replace("{}", &value));
        }
        for url in urls {
            let answer = send(&app, Method::GET, &url, &[("authorization", &bearer)], None).await;
            let status = answer.status.as_u16();
            assert!(status < 500, "{url} answered {status}: {}", answer.text);
            assert!(
                ![
                    "SQLITE_",
                    "syntax error",
                    "no such column",
                    "fts5:",
                    "unrecognized token",
                    // PostgreSQL's words for the same.
                    "PgDatabaseError",
                    "does not exist",
                    "invalid input syntax",
                    "SQLSTATE"
                ]
                .iter()
                .any(|leak| answer.text.contains(leak)),
                "{url} shows database internals: {}",
                answer.text
            );
            if url.starts_with("/api/") && status >= 400 {
                assert!(answer.is_json(), "{url}: {}", answer.text);
            }
            tried += 1;
        }
    }
    assert!(tried > 400, "{tried}");
    // The search takes the text as words: a query with FTS5 operators finds what the words find.
    let hits = app.api("/api/v1/search?q=harz%20AND%20OR%20NOT").await;
    assert!(hits.is_object(), "{hits}");
    assert_eq!(registry_counts(&app).await, before);
    // SQLite's own check of its file; PostgreSQL has no file of the app's to check.
    if !on_postgres() {
        assert_eq!(integrity_check(&app.db_path).await, "ok");
    }
}

/// SQLite's own check of the database file.
async fn integrity_check(path: &std::path::Path) -> String {
    use sqlx::Connection;
    let mut connection = sqlx::SqliteConnection::connect_with(
        &sqlx::sqlite::SqliteConnectOptions::new().filename(path),
    )
    .await
    .expect("the database opens");
    sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut connection)
        .await
        .expect("the check runs")
}

// ------------------------------------------------------------------------------------------------
// Raw HTTP: what a client library would not send
// ------------------------------------------------------------------------------------------------

/// One answer read off the socket: status, header lines (name lower-cased) and body bytes.
struct RawAnswer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl RawAnswer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

fn socket_address(app: &TestApp) -> String {
    app.base_url.trim_start_matches("http://").to_owned()
}

/// Sends `request` as it is (no normalisation of the path, no checks of the bytes) and reads the
/// answer until the server closes the connection.
async fn raw(app: &TestApp, request: &[u8]) -> RawAnswer {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(socket_address(app))
        .await
        .expect("the server accepts");
    stream
        .write_all(request)
        .await
        .expect("the request is sent");
    let mut bytes = Vec::new();
    tokio::time::timeout(
        std::time::Duration::from_secs(20),
        stream.read_to_end(&mut bytes),
    )
    .await
    .expect("the server answers and closes within 20 s")
    .expect("the answer is read");
    let split = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no answer head: {:?}", String::from_utf8_lossy(&bytes)));
    let head = String::from_utf8_lossy(&bytes[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line: {head}"));
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    RawAnswer {
        status,
        headers,
        body: bytes[split + 4..].to_vec(),
    }
}

/// A GET of `target` exactly as written.
async fn raw_get(app: &TestApp, target: &[u8]) -> RawAnswer {
    let mut request = b"GET ".to_vec();
    request.extend_from_slice(target);
    request.extend_from_slice(b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    raw(app, &request).await
}

#[tokio::test]
async fn path_traversal_reaches_no_file_outside_the_embedded_assets() {
    let app = spawn_app().await;
    let targets: [&[u8]; 16] = [
        b"/assets/../Cargo.toml",
        b"/assets/../../../../etc/passwd",
        b"/assets/%2e%2e/Cargo.toml",
        b"/assets/%2E%2E/%2E%2E/etc/passwd",
        b"/assets/..%2fCargo.toml",
        b"/assets/..%2FCargo.toml",
        b"/assets/%2e%2e%2fCargo.toml",
        b"/assets/..%5cCargo.toml",
        b"/assets/..\\Cargo.toml",
        b"/assets/....//Cargo.toml",
        b"/assets/%252e%252e/Cargo.toml",
        b"/assets/%c0%ae%c0%ae/Cargo.toml",
        b"/assets//etc/passwd",
        b"/assets/%00../Cargo.toml",
        b"/../Cargo.toml",
        b"/de/bodies/..%2f..%2fCargo.toml",
    ];
    for target in targets {
        let answer = raw_get(&app, target).await;
        let shown = String::from_utf8_lossy(target);
        assert!(
            (400..500).contains(&answer.status) || answer.status == 200 || answer.status == 308,
            "{shown} answered {}",
            answer.status
        );
        let body = String::from_utf8_lossy(&answer.body);
        assert!(
            !body.contains("[package]") && !body.contains("root:x:0:0"),
            "{shown} served a file from outside the assets"
        );
    }
    // The assets themselves are served.
    let css = app.get("/assets/forms.css").await;
    assert!(css.status.is_success() || css.status.as_u16() == 404);
}

#[tokio::test]
async fn line_breaks_in_an_address_never_reach_an_answers_headers() {
    let app = spawn_app().await;
    let targets: [&[u8]; 8] = [
        b"/partnerships?x=%0d%0aSet-Cookie:%20injected=1",
        b"/partnerships/%0d%0aSet-Cookie:%20injected=1",
        b"/bodies/wernigerode%0d%0aLocation:%20https://evil.example",
        b"/contact?partnership=%0d%0aX-Injected:%201",
        b"/de?x=%0aX-Injected:%201",
        b"/search?q=%0d%0a%0d%0a<script>alert(1)</script>",
        b"/de/workbench?next=%0d%0aX-Injected:%201",
        b"/de/workbench/sign-in?next=%0d%0aX-Injected:%201",
    ];
    for target in targets {
        let answer = raw_get(&app, target).await;
        let shown = String::from_utf8_lossy(target);
        assert!(answer.status < 500, "{shown} answered {}", answer.status);
        assert!(
            answer
                .header("set-cookie")
                .is_none_or(|c| !c.contains("injected")),
            "{shown} set a cookie from the address"
        );
        assert!(answer.header("x-injected").is_none(), "{shown}");
        if let Some(location) = answer.header("location") {
            assert!(
                location.starts_with('/') && !location.starts_with("//"),
                "{shown} redirects away: {location}"
            );
            assert!(!location.contains("evil.example"), "{shown}: {location}");
        }
    }
    // A raw line break in the request line is refused by the HTTP parser itself.
    let answer = raw(
        &app,
        b"GET /de/\rSet-Cookie: injected=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(answer.status, 400);
}

#[tokio::test]
async fn oversized_bodies_are_refused_with_413_before_anything_is_stored() {
    let app = spawn_app().await;
    let bearer = format!("Bearer {}", admin_token(&app).await);
    let before = registry_counts(&app).await;
    // A JSON document of 3 MB: one huge description.
    let mut body = hostile_body("huge-town", "Huge");
    body["description"]["de"] = Value::from("x".repeat(3 * 1024 * 1024));
    let answer = post_json(&app, &bearer, "/api/v1/bodies", &body).await;
    answer.api_error(413, "payload_too_large");
    // A contact form of 1 MB.
    let form = format!(
        "name=A&email=a%40example.org&subject=s&consent=yes&message={}",
        "y".repeat(1024 * 1024)
    );
    let answer = send(
        &app,
        Method::POST,
        "/de/contact",
        &[("content-type", "application/x-www-form-urlencoded")],
        Some(form.into_bytes()),
    )
    .await;
    assert_status(&answer, 413);
    // A sign-in form of 1 MB.
    let answer = send(
        &app,
        Method::POST,
        "/de/workbench/sign-in",
        &[("content-type", "application/x-www-form-urlencoded")],
        Some(format!("login=a&password={}", "p".repeat(1024 * 1024)).into_bytes()),
    )
    .await;
    assert!(
        [400, 401, 403, 413].contains(&answer.status.as_u16()),
        "sign-in answered {}",
        answer.status
    );
    let answer = send(
        &app,
        Method::POST,
        "/de/workbench/sign-in",
        &[("content-type", "application/x-www-form-urlencoded")],
        Some(format!("login=a&password={}", "p".repeat(3 * 1024 * 1024)).into_bytes()),
    )
    .await;
    assert_status(&answer, 413);
    // A declared length of 10 GB is refused without waiting for the bytes.
    let request = format!(
        "POST /api/v1/bodies HTTP/1.1\r\nHost: localhost\r\nAuthorization: {bearer}\r\n\
         Content-Type: application/json\r\nContent-Length: 10737418240\r\nConnection: close\r\n\r\n{{"
    );
    let answer = raw(&app, request.as_bytes()).await;
    assert_eq!(
        answer.status,
        413,
        "{}",
        String::from_utf8_lossy(&answer.body)
    );
    assert_eq!(registry_counts(&app).await, before);
    let stored = app.store.list_inquiries(None, None, 10).await.unwrap();
    assert!(stored.is_empty());
}

#[tokio::test]
async fn text_that_is_not_utf8_is_refused_with_a_clear_error() {
    let app = spawn_app().await;
    let bearer = format!("Bearer {}", admin_token(&app).await);
    let before = registry_counts(&app).await;
    // Percent-encoded bytes that are not UTF-8, in query strings and paths.
    for target in [
        "/api/v1/bodies?country=%FF",
        "/api/v1/partnerships?body=%C3%28",
        "/api/v1/facts?key=%80",
        "/api/v1/bodies/%FF%FE",
        "/de/partnerships?country=%C0%AF",
        "/de/bodies/%E2%82",
    ] {
        let answer = app.get(target).await;
        let status = answer.status.as_u16();
        assert!((400..500).contains(&status), "{target} answered {status}");
        if target.starts_with("/api/") {
            assert!(answer.is_json(), "{target}: {}", answer.text);
        }
    }
    // The search takes bytes that are not UTF-8 as U+FFFD (as browsers do): it finds nothing
    // and shows the query as text.
    let hits = app.api("/api/v1/search?q=%ED%A0%80%3Cscript%3E").await;
    assert_eq!(hits["query"], "\u{FFFD}\u{FFFD}\u{FFFD}<script>");
    let answer = app.get("/de/search?q=%FF%3Cscript%3E").await;
    assert_status(&answer, 200);
    assert!(markup_problems(&answer.text).is_empty());
    // The contact form takes its preselected partnership strictly; a value that is not UTF-8
    // preselects nothing and the empty form is shown.
    let answer = app.get("/de/contact?partnership=%FF").await;
    assert_status(&answer, 200);
    assert!(markup_problems(&answer.text).is_empty());
    // Raw bytes that are not UTF-8 in the request line.
    let answer = raw_get(&app, b"/de/search?q=\xff\xfe").await;
    assert!((400..500).contains(&answer.status), "{}", answer.status);
    let answer = raw_get(&app, b"/api/v1/bodies?country=\xc3\x28").await;
    assert!((400..500).contains(&answer.status), "{}", answer.status);
    // JSON that is not UTF-8.
    let mut json = serde_json::to_vec(&hostile_body("bad-bytes", "Bad")).unwrap();
    let at = json.windows(3).position(|w| w == b"Bad").unwrap();
    json[at] = 0xFF;
    let answer = send(
        &app,
        Method::POST,
        "/api/v1/bodies",
        &[
            ("authorization", &bearer),
            ("content-type", "application/json"),
        ],
        Some(json),
    )
    .await;
    answer.api_error(400, "bad_request");
    // A form that is not UTF-8, raw and percent-encoded.
    for form in [
        b"name=%FF&email=a%40example.org&subject=s&message=m&consent=yes".to_vec(),
        b"name=\xff&email=a%40example.org&subject=s&message=m&consent=yes".to_vec(),
    ] {
        let answer = send(
            &app,
            Method::POST,
            "/de/contact",
            &[("content-type", "application/x-www-form-urlencoded")],
            Some(form),
        )
        .await;
        assert_status(&answer, 400);
    }
    assert_eq!(registry_counts(&app).await, before);
    assert!(
        app.store
            .list_inquiries(None, None, 10)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_client_that_sends_its_headers_slowly_is_cut_off_after_the_deadline() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app().await;
    let deadline = partnerportal::http_server::HEADER_READ_TIMEOUT;
    let mut stream = tokio::net::TcpStream::connect(socket_address(&app))
        .await
        .unwrap();
    let started = std::time::Instant::now();
    stream
        .write_all(b"GET /de/ HTTP/1.1\r\nHost: localhost\r\n")
        .await
        .unwrap();
    // One header byte every half second, never the blank line that ends the head.
    let mut answer = Vec::new();
    let mut buffer = [0u8; 1024];
    let closed = loop {
        assert!(
            started.elapsed() < deadline * 3,
            "the server still waits after {:?}",
            started.elapsed()
        );
        if stream.write_all(b"X").await.is_err() {
            break true;
        }
        match tokio::time::timeout(
            std::time::Duration::from_millis(500),
            stream.read(&mut buffer),
        )
        .await
        {
            Ok(Ok(0)) | Ok(Err(_)) => break true,
            Ok(Ok(n)) => answer.extend_from_slice(&buffer[..n]),
            Err(_) => {}
        }
    };
    assert!(closed);
    let elapsed = started.elapsed();
    assert!(
        elapsed >= deadline && elapsed < deadline * 2,
        "cut off after {elapsed:?}"
    );
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 408"),
        "{answer}"
    );
    // Others are served all the while.
    assert_status(&app.get("/de/").await, 200);
}

// ------------------------------------------------------------------------------------------------
// Crash safety
// ------------------------------------------------------------------------------------------------

/// The real binary serving `database` (what `--database` takes) on a free port, behind a pretend
/// proxy (so each post may name its own client address for the rate limit).
fn start_server(database: &str) -> (std::process::Child, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_partnerportal"))
        .args([
            "serve",
            "--addr",
            &format!("127.0.0.1:{port}"),
            "--trust-proxy",
        ])
        .arg("--database")
        .arg(database)
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "off")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("the server starts");
    (child, format!("http://127.0.0.1:{port}"))
}

/// Waits (up to 60 s) until the server answers its health check.
async fn wait_until_up(client: &reqwest::Client, base: &str) {
    let started = std::time::Instant::now();
    while client.get(format!("{base}/healthz")).send().await.is_err() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "the server did not come up"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_acknowledged_contact_post_survives_a_kill_9_during_200_concurrent_posts() {
    let fresh = crate::fresh_database::FreshDatabase::new("crash.sqlite3").await;
    let database = fresh.arg();
    let (mut server, base) = start_server(&database);
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    wait_until_up(&client, &base).await;

    const POSTS: usize = 200;
    let mut posts = tokio::task::JoinSet::new();
    for i in 0..POSTS {
        let client = client.clone();
        let url = format!("{base}/de/contact");
        posts.spawn(async move {
            let form = format!(
                "name=Sender%20{i}&email=sender{i}%40example.org&subject=Crash%20test%20{i}\
                 &message=Message%20number%20{i}%20of%20the%20crash%20test.&consent=yes&website="
            );
            let answer = client
                .post(url)
                .header("content-type", "application/x-www-form-urlencoded")
                .header(
                    "x-forwarded-for",
                    format!("10.9.{}.{}", i / 200, i % 200 + 1),
                )
                .body(form)
                .send()
                .await;
            // Acknowledged: 303 to the thank-you page with the inquiry's number.
            let id = answer.ok().and_then(|a| {
                (a.status().as_u16() == 303)
                    .then(|| {
                        a.headers()
                            .get("location")?
                            .to_str()
                            .ok()?
                            .split("ref=")
                            .nth(1)?
                            .parse::<i64>()
                            .ok()
                    })
                    .flatten()
            });
            (i, id)
        });
    }
    // Kill the server while the posts are in flight: once a few have been acknowledged.
    let mut acknowledged = Vec::new();
    let mut refused = 0;
    while let Some(result) = posts.join_next().await {
        match result.unwrap() {
            (i, Some(id)) => acknowledged.push((i, id)),
            (_, None) => refused += 1,
        }
        if acknowledged.len() == POSTS / 2 {
            server.kill().expect("kill -9");
        }
    }
    let _ = server.wait();
    eprintln!(
        "crash test: {} of {POSTS} posts acknowledged before kill -9, {refused} cut off",
        acknowledged.len()
    );
    assert!(acknowledged.len() >= POSTS / 2, "{acknowledged:?}");
    assert!(refused > 0, "the kill came after every post was answered");

    // After a restart, every acknowledged inquiry is there, whole.
    let (mut server, base) = start_server(&database);
    wait_until_up(&client, &base).await;
    let _ = server.kill();
    let _ = server.wait();
    if let Some(file) = fresh.file() {
        assert_eq!(integrity_check(file).await, "ok");
    }
    let mut connection = fresh.db().await;
    let rows: Vec<(i64, String, String, String, String)> =
        sqlx::query_as("SELECT id, name, email, subject, message FROM inquiries")
            .fetch_all(&mut connection)
            .await
            .unwrap();
    for (i, id) in &acknowledged {
        assert!(
            rows.iter().any(|(stored, ..)| stored == id),
            "post {i}, acknowledged as inquiry {id}, is lost"
        );
    }
    // Nothing half-written: every stored inquiry is one post, complete.
    for (id, name, email, subject, message) in &rows {
        let i: usize = name
            .strip_prefix("Sender ")
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("inquiry {id} has the name {name:?}"));
        assert_eq!(email, &format!("sender{i}@example.org"), "inquiry {id}");
        assert_eq!(subject, &format!("Crash test {i}"), "inquiry {id}");
        assert_eq!(
            message,
            &format!("Message number {i} of the crash test."),
            "inquiry {id}"
        );
    }
    eprintln!(
        "crash test: {} inquiries stored, {} acknowledged, 0 lost",
        rows.len(),
        acknowledged.len()
    );
}

#[tokio::test]
async fn a_kill_9_during_a_large_import_leaves_all_of_it_or_none_and_the_import_can_be_run_again() {
    let database = FreshDatabase::new("import.sqlite3").await;
    let seed = database.dir().join("large.toml");
    let binary = env!("CARGO_BIN_EXE_partnerportal");
    let run = |args: &[&str]| {
        let mut command = std::process::Command::new(binary);
        command
            .args(args)
            .arg("--database")
            .arg(database.arg())
            .env_remove("DATABASE_URL")
            .env("RUST_LOG", "off")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        command
    };
    let generated = run(&[
        "generate",
        "--bodies",
        "20000",
        "--partnerships",
        "10000",
        "--seed",
        "7",
        "--output",
        seed.to_str().unwrap(),
    ])
    .status()
    .unwrap();
    assert!(generated.success());

    let mut import = run(&["import-seed", "--file", seed.to_str().unwrap()])
        .spawn()
        .unwrap();
    // Kill once the import's transaction has written a good part of its rows: on SQLite when its
    // pages in the WAL pass 2 MiB; on PostgreSQL half a second after its transaction wrote its first
    // row (a write gives the backend a transaction id).
    let started = std::time::Instant::now();
    let mut writing_since = None;
    loop {
        assert!(
            import.try_wait().unwrap().is_none(),
            "the import finished before the kill"
        );
        let written = match database.file() {
            Some(file) => {
                let wal = file.with_extension("sqlite3-wal");
                std::fs::metadata(&wal).is_ok_and(|m| m.len() > 2 * 1024 * 1024)
            }
            None => {
                let writing: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() \
                     AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()",
                )
                .fetch_one(&mut database.db().await)
                .await
                .unwrap();
                if writing > 0 && writing_since.is_none() {
                    writing_since = Some(std::time::Instant::now());
                }
                writing_since.is_some_and(|since| since.elapsed().as_millis() >= 500)
            }
        };
        if written {
            break;
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(120));
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    import.kill().expect("kill -9");
    let _ = import.wait();

    if let Some(file) = database.file() {
        assert_eq!(integrity_check(file).await, "ok");
    }
    let counts = || async {
        let mut connection = database.db().await;
        let bodies: i64 = sqlx::query_scalar("SELECT count(*) FROM bodies")
            .fetch_one(&mut connection)
            .await
            .unwrap();
        let partnerships: i64 = sqlx::query_scalar("SELECT count(*) FROM partnerships")
            .fetch_one(&mut connection)
            .await
            .unwrap();
        (bodies, partnerships)
    };
    let after_kill = counts().await;
    assert!(
        after_kill == (0, 0) || after_kill == (20000, 10000),
        "half an import is stored: {after_kill:?}"
    );
    eprintln!(
        "import test: killed after {:?}; stored {after_kill:?}",
        started.elapsed()
    );

    // Run again, it completes.
    let again = run(&["import-seed", "--file", seed.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(again.success());
    assert_eq!(counts().await, (20000, 10000));
    if let Some(file) = database.file() {
        assert_eq!(integrity_check(file).await, "ok");
    }
}
