//! Shared test support: a running application on its own database, HTTP helpers, seed access and small
//! HTML helpers.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use partnerportal::app::Application;
use partnerportal::io::seed_format::SeedFile;
use partnerportal::store::{DatabaseLocation, Store};
use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, HeaderMap};
use serde_json::Value;
use tokio::sync::oneshot;

/// The portal serving a fresh database in a temporary directory. Dropping it stops the server and
/// deletes the database.
pub struct TestApp {
    pub base_url: String,
    pub client: reqwest::Client,
    // Dropped first: the server's shutdown future completes when the sender goes away.
    _shutdown: oneshot::Sender<()>,
    _dir: tempfile::TempDir,
}

/// Opens a new database, loads the bundled seed as the real server does on an empty database, binds
/// the application to a free port and serves it in the background. The listener is bound before the
/// server task starts, so requests can be made at once.
pub async fn spawn_app() -> TestApp {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let db_path = dir.path().join("partnerportal.sqlite3");
    let store = Store::open(&DatabaseLocation::SqliteFile(db_path.clone()))
        .await
        .expect("a new database opens");
    assert!(
        store.is_empty().await.expect("the new database answers"),
        "a new database starts empty"
    );
    let seed = partnerportal::io::seed::load(None).expect("the bundled seed loads");
    store
        .import_seed(&seed)
        .await
        .expect("the bundled seed imports");
    let app = Application::bind("127.0.0.1:0", store)
        .await
        .expect("the application binds a free port");
    let base_url = format!("http://{}", app.local_addr());
    let (shutdown, stopped) = oneshot::channel::<()>();
    tokio::spawn(app.serve(async move {
        let _ = stopped.await;
    }));
    TestApp {
        base_url,
        client: reqwest::Client::new(),
        _shutdown: shutdown,
        _dir: dir,
    }
}

/// One HTTP answer, read completely.
pub struct Answer {
    pub url: String,
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
}

impl Answer {
    pub fn content_type(&self) -> &str {
        self.headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    pub fn is_html(&self) -> bool {
        self.content_type().starts_with("text/html")
    }

    pub fn is_json(&self) -> bool {
        self.content_type().starts_with("application/json")
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text)
            .unwrap_or_else(|e| panic!("{} did not answer JSON ({e}): {}", self.url, self.text))
    }

    /// Asserts the API error format `{"error": {"code", "message"}}` with `code`; returns the message.
    pub fn api_error(&self, status: u16, code: &str) -> String {
        assert_eq!(
            self.status.as_u16(),
            status,
            "{} answered {}: {}",
            self.url,
            self.status,
            self.text
        );
        assert!(
            self.is_json(),
            "{} answered {} instead of JSON: {}",
            self.url,
            self.content_type(),
            self.text
        );
        let body = self.json();
        assert_eq!(body["error"]["code"], code, "{}: {body}", self.url);
        let message = body["error"]["message"]
            .as_str()
            .unwrap_or_else(|| panic!("{}: the error has no message: {body}", self.url));
        assert!(
            !message.trim().is_empty(),
            "{}: empty error message",
            self.url
        );
        message.to_owned()
    }

    /// Asserts an HTML error page with `status`; returns the page.
    pub fn error_page(&self, status: u16) -> &str {
        assert_eq!(
            self.status.as_u16(),
            status,
            "{} answered {}: {}",
            self.url,
            self.status,
            self.text
        );
        assert!(
            self.is_html(),
            "{} answered {} instead of an HTML page: {}",
            self.url,
            self.content_type(),
            self.text
        );
        assert!(
            self.text.contains("class=\"error-page\""),
            "{}: not the portal's error page: {}",
            self.url,
            self.text
        );
        let main = between(&self.text, "<main", "</main>");
        assert!(
            hrefs(main).iter().any(|href| href == "/"),
            "{}: the error page offers no way back to the overview",
            self.url
        );
        &self.text
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    pub async fn get(&self, path: &str) -> Answer {
        let url = self.url(path);
        let response = self
            .client
            .get(&url)
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET {url} failed: {e}"));
        let status = response.status();
        let headers = response.headers().clone();
        let text = response
            .text()
            .await
            .unwrap_or_else(|e| panic!("reading {url} failed: {e}"));
        Answer {
            url,
            status,
            headers,
            text,
        }
    }

    /// GETs a portal page that must answer 200 with HTML; returns the page.
    pub async fn page(&self, path: &str) -> String {
        let answer = self.get(path).await;
        assert_eq!(
            answer.status,
            StatusCode::OK,
            "{path} answered {}: {}",
            answer.status,
            answer.text
        );
        assert!(
            answer.is_html(),
            "{path} answered {}",
            answer.content_type()
        );
        answer.text
    }

    /// GETs an API resource that must answer 200 with JSON; returns the document.
    pub async fn api(&self, path: &str) -> Value {
        let answer = self.get(path).await;
        assert_eq!(
            answer.status,
            StatusCode::OK,
            "{path} answered {}: {}",
            answer.status,
            answer.text
        );
        assert!(
            answer.is_json(),
            "{path} answered {}",
            answer.content_type()
        );
        answer.json()
    }

    /// Every item of an API list, fetched page by page (500 per page, the maximum).
    pub async fn all_items(&self, path: &str) -> Vec<Value> {
        let separator = if path.contains('?') { '&' } else { '?' };
        let mut items = Vec::new();
        for page in 1.. {
            let body = self
                .api(&format!("{path}{separator}per_page=500&page={page}"))
                .await;
            let batch = body["items"].as_array().expect("a list has items").clone();
            let total = body["total"].as_u64().expect("a list has a total") as usize;
            let done = batch.is_empty();
            items.extend(batch);
            if done || items.len() >= total {
                assert_eq!(items.len(), total, "{path}: the pages add up to the total");
                break;
            }
        }
        items
    }

    /// The `total` of an API list.
    pub async fn total(&self, path: &str) -> u64 {
        self.api(path).await["total"]
            .as_u64()
            .unwrap_or_else(|| panic!("{path} has no total"))
    }
}

/// The bundled seed, parsed as the server parses it.
pub fn seed() -> SeedFile {
    SeedFile::parse(partnerportal::io::seed::BUNDLED_SEED).expect("the bundled seed parses")
}

/// The slugs of the `items` of an API list answer.
pub fn slugs(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .map(|item| {
            item["slug"]
                .as_str()
                .unwrap_or_else(|| panic!("no slug in {item}"))
                .to_owned()
        })
        .collect()
}

pub fn slug_set(items: &[Value]) -> BTreeSet<String> {
    slugs(items).into_iter().collect()
}

/// The part of `html` from `start` up to the next `end` after it (both excluded).
pub fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("{start:?} is not on the page:\n{html}"))
        + start.len();
    let to = html[from..]
        .find(end)
        .unwrap_or_else(|| panic!("{end:?} does not follow {start:?}"));
    &html[from..from + to]
}

/// Undoes the escaping askama applies to text and attribute values.
pub fn unescape(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

/// The targets of every link of an HTML fragment, unescaped.
pub fn hrefs(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .map(|rest| unescape(&rest[..rest.find('"').expect("a closed attribute")]))
        .collect()
}

/// The partnership slugs linked from the rows of a partnership table on a page, in order.
pub fn table_partnerships(html: &str) -> Vec<String> {
    if !html.contains("<table class=\"partnerships\">") {
        return Vec::new();
    }
    let body = between(html, "<tbody>", "</tbody>");
    hrefs(body)
        .into_iter()
        .filter_map(|href| href.strip_prefix("/partnerships/").map(str::to_owned))
        .collect()
}

/// A file's bytes, for before/after comparisons.
pub fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The SQLite side files that may appear beside a database.
pub fn side_files(path: &Path) -> Vec<PathBuf> {
    ["-wal", "-shm", "-journal"]
        .iter()
        .map(|suffix| {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            PathBuf::from(name)
        })
        .filter(|p| p.exists())
        .collect()
}

/// Encodes every byte except the unreserved ones, so any text can travel in a query or path.
pub fn percent_encode(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The visible text of an HTML fragment: inline tags dropped, other tags read as a space, entities
/// undone, runs of ASCII white space made one space (U+202F and other non-ASCII spaces are kept).
pub fn text_of(html: &str) -> String {
    const INLINE: [&str; 9] = [
        "a", "span", "strong", "em", "b", "i", "time", "abbr", "code",
    ];
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            rest = &rest[open..];
            break;
        };
        let tag = &rest[open + 1..open + close];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if !INLINE.contains(&name.to_ascii_lowercase().as_str()) {
            text.push(' ');
        }
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    unescape(&text)
        .split_ascii_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
