//! Shared test support: a running application on its own database, HTTP helpers, seed access and small
//! HTML helpers.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use partnerportal::app::Application;
use partnerportal::contact::ContactSettings;
use partnerportal::io::seed_format::SeedFile;
use partnerportal::store::{DatabaseLocation, Store};
use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, HeaderMap};
use serde_json::Value;
use sqlx::{AnyConnection, Connection, PgConnection};
use tokio::sync::oneshot;

/// The portal serving a fresh database: an SQLite file in a temporary directory, or, when
/// `PARTNERPORTAL_TEST_BACKEND=postgres`, a database of its own on the PostgreSQL server of
/// `PARTNERPORTAL_TEST_POSTGRES` (scripts/test runs the suite both ways). Dropping it stops the server
/// and deletes the database.
pub struct TestApp {
    pub base_url: String,
    /// Follows redirects, as a browser does.
    pub client: reqwest::Client,
    /// Answers redirects as they are, to assert their status and `Location`.
    pub raw_client: reqwest::Client,
    /// The application's database, for checks the HTTP interface does not offer.
    pub store: Store,
    /// The database file, for tests that must write what no interface writes (empty on PostgreSQL).
    pub db_path: PathBuf,
    /// Where the database is, as `--database` names it.
    pub location: DatabaseLocation,
    // Dropped first: the server's shutdown future completes when the sender goes away.
    _shutdown: oneshot::Sender<()>,
    /// The database's directory, owned by the first instance on it.
    _dir: Option<tempfile::TempDir>,
    /// The PostgreSQL database, owned by the first instance on it; dropped last.
    _postgres: Option<PostgresDb>,
}

/// Whether this run of the suite serves from PostgreSQL (`PARTNERPORTAL_TEST_BACKEND=postgres`).
pub fn on_postgres() -> bool {
    std::env::var("PARTNERPORTAL_TEST_BACKEND").is_ok_and(|backend| backend == "postgres")
}

/// Says, past the harness's output capture, that a test checks nothing on this backend, and why.
pub fn skip_on_postgres(test: &str, why: &str) -> bool {
    if on_postgres() {
        let _ = writeln!(std::io::stderr(), "SKIPPED on PostgreSQL: {test}: {why}");
        true
    } else {
        false
    }
}

/// Opens a new database, loads the bundled seed as the real server does on an empty database, binds
/// the application to a free port and serves it in the background. The listener is bound before the
/// server task starts, so requests can be made at once.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(ContactSettings::default()).await
}

/// Like [`spawn_app`], with the given contact settings (mail server, rate limit, job intervals).
pub async fn spawn_app_with(contact: ContactSettings) -> TestApp {
    if on_postgres() {
        // A copy of a database that was migrated and seeded once for the whole run: a third of the
        // time of migrating and seeding each test's own.
        let template = seeded_postgres_template().await;
        let db = PostgresDb::create_from(template)
            .await
            .expect("PARTNERPORTAL_TEST_BACKEND=postgres needs PARTNERPORTAL_TEST_POSTGRES");
        let location = DatabaseLocation::Postgres(db.url.clone());
        let store = Store::open(&location)
            .await
            .expect("the copied database opens");
        return serve(store, location, contact, None, Some(db)).await;
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    let location = DatabaseLocation::SqliteFile(dir.path().join("partnerportal.sqlite3"));
    let store = seeded(&location).await;
    serve(store, location, contact, Some(dir), None).await
}

/// Opens a new database and loads the bundled seed, as the real server does on an empty database.
async fn seeded(location: &DatabaseLocation) -> Store {
    let store = Store::open(location).await.expect("a new database opens");
    assert!(
        store.is_empty().await.expect("the new database answers"),
        "a new database starts empty"
    );
    let seed = partnerportal::io::seed::load(None).expect("the bundled seed loads");
    store
        .import_seed(&seed)
        .await
        .expect("the bundled seed imports");
    store
}

/// The name of a PostgreSQL database migrated and seeded through the store once per test process,
/// which every test's database copies (`CREATE DATABASE … TEMPLATE`). It outlives the process:
/// scripts/test removes the whole throwaway cluster afterwards.
async fn seeded_postgres_template() -> &'static str {
    static TEMPLATE: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    TEMPLATE
        .get_or_init(|| async {
            let db = PostgresDb::create_from("template0")
                .await
                .expect("PARTNERPORTAL_TEST_BACKEND=postgres needs PARTNERPORTAL_TEST_POSTGRES");
            let store = seeded(&DatabaseLocation::Postgres(db.url.clone())).await;
            // A template must have no connections while it is copied.
            store.close().await;
            db.keep()
        })
        .await
}
/// A second server on the database of `first`, as a second instance behind a load balancer (or a
/// second process on the same machine) would run: its own connection pool, page cache and jobs.
pub async fn spawn_instance_on(first: &TestApp, contact: ContactSettings) -> TestApp {
    let store = Store::open(&first.location)
        .await
        .expect("the database opens a second time");
    serve(store, first.location.clone(), contact, None, None).await
}

/// What `--database` takes for `location`: `sqlite://FILE` or the PostgreSQL URL with its password.
pub fn database_arg(location: &DatabaseLocation) -> String {
    match location {
        DatabaseLocation::SqliteFile(path) => format!("sqlite://{}", path.display()),
        DatabaseLocation::Postgres(url) => url.clone(),
    }
}

/// A PostgreSQL database of its own on the test server `PARTNERPORTAL_TEST_POSTGRES`
/// (`postgres://USER@HOST:PORT/DB`), created as docs/POSTGRES.md requires (UTF-8, byte order) and
/// dropped, with whatever is still connected to it, when this value is dropped.
pub struct PostgresDb {
    /// The new database's URL.
    pub url: String,
    /// The server's URL this database was created through.
    base: String,
    pub name: String,
}

impl PostgresDb {
    /// A new, empty database; `None` when `PARTNERPORTAL_TEST_POSTGRES` is not set.
    pub async fn create() -> Option<PostgresDb> {
        PostgresDb::create_from("template0").await
    }

    /// A new database copied from `template`; `None` when `PARTNERPORTAL_TEST_POSTGRES` is not set.
    async fn create_from(template: &str) -> Option<PostgresDb> {
        let base = std::env::var("PARTNERPORTAL_TEST_POSTGRES").ok()?;
        let mut admin = PgConnection::connect(&base)
            .await
            .expect("the test PostgreSQL server answers");
        let mut random = [0u8; 8];
        getrandom::fill(&mut random).expect("random bytes");
        let name = format!(
            "t_{}",
            random
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        );
        sqlx::query(&format!(
            "CREATE DATABASE {name} TEMPLATE {template} ENCODING 'UTF8' LOCALE 'C.UTF-8'"
        ))
        .execute(&mut admin)
        .await
        .expect("a test database is created");
        admin.close().await.ok();
        let without_query = base.split('?').next().unwrap_or(&base);
        let server = &without_query[..without_query.rfind('/').expect("a database in the URL")];
        Some(PostgresDb {
            url: format!("{server}/{name}"),
            base,
            name,
        })
    }

    /// Keeps the database beyond this value; returns its name.
    fn keep(self) -> String {
        let this = std::mem::ManuallyDrop::new(self);
        this.name.clone()
    }

    /// A connection of its own to the database.
    pub async fn connect(&self) -> PgConnection {
        PgConnection::connect(&self.url)
            .await
            .expect("the test database answers")
    }
}

impl Drop for PostgresDb {
    fn drop(&mut self) {
        // Drop is not async, and the test's runtime may be the current-thread one: a thread of its
        // own with a runtime of its own drops the database.
        let base = self.base.clone();
        let name = self.name.clone();
        let dropped = std::thread::spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime")
                .block_on(async move {
                    let mut admin = PgConnection::connect(&base).await?;
                    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&mut admin)
                        .await?;
                    admin.close().await
                })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) && !std::thread::panicking() {
            panic!("the test database {} was not dropped", self.name);
        }
    }
}

async fn serve(
    store: Store,
    location: DatabaseLocation,
    contact: ContactSettings,
    dir: Option<tempfile::TempDir>,
    postgres: Option<PostgresDb>,
) -> TestApp {
    let db_path = match &location {
        DatabaseLocation::SqliteFile(path) => path.clone(),
        DatabaseLocation::Postgres(_) => PathBuf::new(),
    };
    let app = Application::bind_with("127.0.0.1:0", store.clone(), contact)
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
        raw_client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("a client that does not follow redirects"),
        store,
        db_path,
        location,
        _shutdown: shutdown,
        _dir: dir,
        _postgres: postgres,
    }
}

impl TestApp {
    /// What `--database` takes for this app's database: `sqlite://FILE` or the PostgreSQL URL.
    pub fn database_arg(&self) -> String {
        database_arg(&self.location)
    }

    /// A connection of its own to the app's database, whichever backend serves it, for what no
    /// interface writes or shows. Statements number their values (`$1`, `$2`), which both backends
    /// read.
    pub async fn db(&self) -> AnyConnection {
        sqlx::any::install_default_drivers();
        AnyConnection::connect(&self.database_arg())
            .await
            .expect("the app's database answers a connection of the test's own")
    }
}

/// One HTTP answer, read completely.
pub struct Answer {
    /// The address asked for.
    pub url: String,
    /// The address that answered, after any redirects.
    pub final_url: String,
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

    /// A header's value, empty when the answer has none.
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    /// The path (with query) of the address that answered, after any redirects.
    pub fn final_path(&self) -> String {
        let url = reqwest::Url::parse(&self.final_url).expect("an absolute URL");
        match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_owned(),
        }
    }

    /// Asserts a 302 redirect; returns its `Location`.
    pub fn redirect_target(&self) -> &str {
        assert_eq!(
            self.status,
            StatusCode::FOUND,
            "{} answered {} instead of a redirect: {}",
            self.url,
            self.status,
            self.text
        );
        let location = self.header("location");
        assert!(
            !location.is_empty(),
            "{}: a redirect without Location",
            self.url
        );
        location
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

    fn expect_status(&self, status: u16) {
        assert_eq!(
            self.status.as_u16(),
            status,
            "{} answered {}: {}",
            self.url,
            self.status,
            self.text
        );
    }

    /// Asserts the API error format `{"error": {"code", "message"}}` with `code`; returns the message.
    pub fn api_error(&self, status: u16, code: &str) -> String {
        self.expect_status(status);
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

    /// Asserts an HTML error page with `status` whose way back leads to the overview in the page's
    /// language; returns the page.
    pub fn error_page(&self, status: u16) -> &str {
        self.expect_status(status);
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
        let overview = format!("/{}/", html_lang(&self.text));
        let main = between(&self.text, "<main", "</main>");
        assert!(
            hrefs(main).contains(&overview),
            "{}: the error page offers no way back to the overview {overview}",
            self.url
        );
        &self.text
    }
}

impl TestApp {
    /// An administrator's API token named `name`, as an `Authorization` value.
    pub async fn admin_bearer(&self, name: &str) -> String {
        let (_, secret) = self
            .store
            .create_api_token(
                &partnerportal::domain::access::Principal::command_line(),
                name,
                partnerportal::domain::access::Role::Admin,
                &[],
            )
            .await
            .expect("an API token is created");
        format!("Bearer {secret}")
    }

    /// Renames a body through the JSON API, as a script would: read the record, change the name,
    /// put it back with the version it read.
    pub async fn rename_body(&self, bearer: &str, slug: &str, name: &str) {
        let record = self
            .raw_client
            .get(self.url(&format!("/api/v1/bodies/{slug}/record")))
            .header("authorization", bearer)
            .send()
            .await
            .unwrap();
        assert_eq!(record.status(), 200);
        let version = record.headers()["etag"].to_str().unwrap().to_owned();
        let mut stored = record.json::<Value>().await.unwrap()["record"].clone();
        stored["name"] = Value::from(name);
        let replaced = self
            .raw_client
            .put(self.url(&format!("/api/v1/bodies/{slug}")))
            .header("authorization", bearer)
            .header("if-match", version)
            .json(&stored)
            .send()
            .await
            .unwrap();
        assert_eq!(replaced.status(), 200, "{}", replaced.text().await.unwrap());
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// GETs `path`, following redirects.
    pub async fn get(&self, path: &str) -> Answer {
        let url = self.url(path);
        let response = self
            .client
            .get(&url)
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET {url} failed: {e}"));
        read(url, response).await
    }

    /// GETs `path` with an `Accept-Language` header (none for `None`), not following redirects.
    pub async fn get_raw(&self, path: &str, accept_language: Option<&str>) -> Answer {
        let url = self.url(path);
        let mut request = self.raw_client.get(&url);
        if let Some(languages) = accept_language {
            request = request.header(reqwest::header::ACCEPT_LANGUAGE, languages);
        }
        let response = request
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET {url} failed: {e}"));
        read(url, response).await
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

/// Reads an answer completely.
async fn read(url: String, response: reqwest::Response) -> Answer {
    let status = response.status();
    let final_url = response.url().to_string();
    let headers = response.headers().clone();
    let text = response
        .text()
        .await
        .unwrap_or_else(|e| panic!("reading {url} failed: {e}"));
    Answer {
        url,
        final_url,
        status,
        headers,
        text,
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
        .replace("&#60;", "<")
        .replace("&#62;", ">")
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

/// The partnership slugs linked from the rows of a partnership table on a page, in order. The links
/// must lead to pages in the page's own language (`/de/partnerships/…` on a German page).
pub fn table_partnerships(html: &str) -> Vec<String> {
    if !html.contains("<table class=\"partnerships\">") {
        return Vec::new();
    }
    let prefix = format!("/{}/partnerships/", html_lang(html));
    let body = between(html, "<tbody>", "</tbody>");
    hrefs(body)
        .into_iter()
        .filter_map(|href| href.strip_prefix(&prefix).map(str::to_owned))
        .collect()
}

/// The language a page declares in `<html lang="…">`.
pub fn html_lang(html: &str) -> &str {
    between(html, "<html lang=\"", "\"")
}

/// One tag of an HTML document.
pub struct Tag<'a> {
    /// Where the tag's `<` is.
    pub start: usize,
    /// Just after the tag's `>`.
    pub end: usize,
    /// The element's name, lower case.
    pub name: String,
    pub closing: bool,
    /// Everything between the name and `>`.
    pub attributes: &'a str,
}

impl Tag<'_> {
    /// An attribute's value, unescaped; `None` when the tag does not have it.
    pub fn attr(&self, name: &str) -> Option<String> {
        self.attrs()
            .into_iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, value)| value)
    }

    /// Every attribute with its unescaped value (empty for attributes without one), in order.
    pub fn attrs(&self) -> Vec<(&str, String)> {
        let mut attrs = Vec::new();
        let mut rest = self
            .attributes
            .trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        while !rest.is_empty() {
            let name_len = rest
                .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
                .unwrap_or(rest.len());
            let name = &rest[..name_len];
            rest = rest[name_len..].trim_start();
            let mut value = String::new();
            if let Some(after) = rest.strip_prefix('=') {
                let after = after.trim_start();
                let (raw, remaining) = match after.chars().next() {
                    Some(quote @ ('"' | '\'')) => {
                        let close = after[1..].find(quote).expect("a closed attribute") + 1;
                        (&after[1..close], &after[close + 1..])
                    }
                    _ => {
                        let end = after.find(char::is_whitespace).unwrap_or(after.len());
                        (&after[..end], &after[end..])
                    }
                };
                value = unescape(raw);
                rest = remaining;
            }
            attrs.push((name, value));
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        }
        attrs
    }

    /// Whether the element has no content and no end tag.
    fn is_void(&self) -> bool {
        const VOID: [&str; 14] = [
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
            "source", "track", "wbr",
        ];
        VOID.contains(&self.name.as_str()) || self.attributes.trim_end().ends_with('/')
    }
}

/// Every start and end tag of `html` in order; comments, the doctype and the content of scripts and
/// styles are skipped.
pub fn tags(html: &str) -> Vec<Tag<'_>> {
    let mut tags = Vec::new();
    let mut at = 0;
    while let Some(open) = html[at..].find('<').map(|i| at + i) {
        let rest = &html[open..];
        if rest.starts_with("<!--") {
            at = open + rest.find("-->").map_or(rest.len(), |i| i + 3);
            continue;
        }
        let Some(close) = rest.find('>') else {
            break;
        };
        let inner = &rest[1..close];
        at = open + close + 1;
        if inner.starts_with('!') || inner.starts_with('?') {
            continue;
        }
        let closing = inner.starts_with('/');
        let inner = inner.trim_start_matches('/');
        let name_len = inner
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(inner.len());
        if name_len == 0 {
            continue;
        }
        let name = inner[..name_len].to_ascii_lowercase();
        if !closing && (name == "script" || name == "style") {
            let end_tag = format!("</{name}");
            at = html[at..].find(&end_tag).map_or(html.len(), |i| at + i);
        }
        tags.push(Tag {
            start: open,
            end: open + close + 1,
            name,
            closing,
            attributes: &inner[name_len..],
        });
    }
    tags
}

/// The start tags of every element with `name`, in order.
pub fn elements<'a>(html: &'a str, name: &str) -> Vec<Tag<'a>> {
    tags(html)
        .into_iter()
        .filter(|tag| !tag.closing && tag.name == name)
        .collect()
}

/// The elements open at byte `offset` of `html`, outermost first.
pub fn open_elements_at<'a>(html: &'a str, offset: usize) -> Vec<Tag<'a>> {
    let mut stack: Vec<Tag> = Vec::new();
    for tag in tags(html) {
        if tag.start >= offset {
            break;
        }
        if tag.closing {
            if let Some(i) = stack.iter().rposition(|open| open.name == tag.name) {
                stack.truncate(i);
            }
        } else if !tag.is_void() {
            stack.push(tag);
        }
    }
    stack
}

/// The language of the text at byte `offset`: the `lang` of the innermost element around it that
/// has one (`<html lang>` at least), with that element's start tag.
pub fn language_at(html: &str, offset: usize) -> (String, Tag<'_>) {
    open_elements_at(html, offset)
        .into_iter()
        .rev()
        .find_map(|tag| tag.attr("lang").map(|lang| (lang, tag)))
        .unwrap_or_else(|| panic!("no element with a language around byte {offset}"))
}

/// Where the element whose start tag is `element` ends: just after its end tag.
pub fn element_end(html: &str, element: &Tag) -> usize {
    let mut depth = 0usize;
    for tag in tags(html) {
        if tag.start < element.start || tag.name != element.name {
            continue;
        }
        if tag.closing {
            depth -= 1;
            if depth == 0 {
                return tag.end;
            }
        } else if !tag.is_void() {
            depth += 1;
        }
    }
    panic!("<{}> at byte {} is not closed", element.name, element.start)
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

/// A small seed in the bundled seed's format; `extra` is appended.
pub fn small_seed(extra: &str) -> String {
    format!(
        r#"
[portal]
home_body = "home"
headline.de = "Test"
intro.de = "Intro"
source = "src"

[[sources]]
key = "src"
title = "Test source"

[[bodies]]
slug = "home"
name = "Home"
kind = "district"
country = "DE"

[[bodies]]
slug = "away"
name = "Away"
kind = "district"
country = "FR"

[[partnerships]]
bodies = ["home", "away"]
level = "district"
kind = "partnership"
status = "active"
{extra}"#
    )
}
