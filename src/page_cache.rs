//! A shared cache of public answers: the bytes of a page or API answer, as compressed for the
//! client, kept in memory until the data may have changed, so that a popular page is built once
//! and then served like a static file.
//!
//! What may be shared: anonymous `GET`s (no cookie, no `Authorization`, no `Range`) outside the
//! workbench, answered `200` without `Set-Cookie`, not marked `private` or `no-store`, with a body
//! of known size up to [`MAX_ENTRY_BYTES`]. Everything else passes through untouched.
//!
//! When an entry is stale:
//! - a transaction committed by this process (SQLite's commit hook counts them) drops every entry
//!   at once, so an edit is visible on the next request;
//! - a write by another process (a command-line import while the server runs, the `sqlite3` shell)
//!   is noticed by the first request after [`RECHECK_AFTER`], which asks the database before
//!   answering (`Store::change_watch`);
//! - an entry is built again once it is older than [`MAX_AGE`], for pages whose content depends on
//!   the date ("upcoming" events); requests meanwhile get the kept answer (stale-while-revalidate),
//!   so only the first visitor of a page in a minute waits for a build.
//!
//! Keys are the path and query and every request header an answer may depend on (encoding, host and
//! proxy headers, language, `Accept`), so a cached answer is exactly the one the handler would give.

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes, HttpBody, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use quick_cache::sync::EntryAction;
use tower::ServiceExt;
use tower_http::request_id::{MakeRequestId, MakeRequestUuid};

use crate::caching::{MAX_TAGGED_BYTES, WholeBody};
use crate::store::{ChangeWatch, Store};

/// The largest answer kept; bigger ones (exports, the unfiltered map) are built each time.
pub const MAX_ENTRY_BYTES: usize = 1024 * 1024;
/// How long writes of other processes may stay unseen.
pub const RECHECK_AFTER: Duration = Duration::from_millis(100);
/// The age at which an entry is built again whatever happened.
pub const MAX_AGE: Duration = Duration::from_secs(60);

/// Request headers that may change an answer, in the order they enter the key.
const KEY_HEADERS: [header::HeaderName; 5] = [
    header::ACCEPT_ENCODING,
    header::HOST,
    header::ACCEPT_LANGUAGE,
    header::ACCEPT,
    header::HeaderName::from_static("x-forwarded-host"),
];
const REQUEST_ID: header::HeaderName = header::HeaderName::from_static("x-request-id");
const FORWARDED_PROTO: header::HeaderName = header::HeaderName::from_static("x-forwarded-proto");

#[derive(Clone)]
pub struct PageCache {
    inner: Option<Arc<Inner>>,
}

struct Inner {
    entries: quick_cache::sync::Cache<String, Arc<Entry>, ByBytes>,
    store: Store,
    started: Instant,
    /// Bumped when another process's write is noticed; part of every entry's generation.
    outside_writes: AtomicU64,
    /// Milliseconds since `started` of the last look at the database.
    last_check_ms: AtomicU64,
    watch: tokio::sync::Mutex<ChangeWatch>,
    /// [`MAX_AGE`] and [`RECHECK_AFTER`], shorter in tests.
    max_age: Duration,
    recheck_after: Duration,
}

struct Entry {
    generation: u64,
    built: Instant,
    kept: Kept,
    /// Set by the one request that starts building the answer again after [`MAX_AGE`].
    refreshing: AtomicBool,
}

enum Kept {
    /// The answer's headers and body, as compressed for the key's `Accept-Encoding`.
    Answer { headers: HeaderMap, body: Bytes },
    /// This address's answers are not kept: go straight to the handler.
    Pass,
}

impl Entry {
    fn new(generation: u64, kept: Kept) -> Entry {
        Entry {
            generation,
            built: Instant::now(),
            kept,
            refreshing: AtomicBool::new(false),
        }
    }
}

#[derive(Clone)]
struct ByBytes;

impl quick_cache::Weighter<String, Arc<Entry>> for ByBytes {
    fn weight(&self, key: &String, entry: &Arc<Entry>) -> u64 {
        let answer = match &entry.kept {
            // Header maps cost about a hundred bytes per header besides their text.
            Kept::Answer { headers, body } => {
                let headers: usize = headers
                    .iter()
                    .map(|(name, value)| name.as_str().len() + value.len() + 100)
                    .sum();
                headers + body.len()
            }
            Kept::Pass => 0,
        };
        (key.len() + answer + 200) as u64
    }
}

impl PageCache {
    /// A cache holding at most `capacity_bytes` of answers; `0` turns caching off.
    pub fn new(store: Store, capacity_bytes: u64) -> PageCache {
        PageCache::with_timings(store, capacity_bytes, MAX_AGE, RECHECK_AFTER)
    }

    fn with_timings(
        store: Store,
        capacity_bytes: u64,
        max_age: Duration,
        recheck_after: Duration,
    ) -> PageCache {
        if capacity_bytes == 0 {
            return PageCache { inner: None };
        }
        // quick_cache sizes its tables from an estimate of the number of items: pages of ~8 kB.
        let estimated_items = (capacity_bytes / 8192).clamp(16, 1 << 20) as usize;
        PageCache {
            inner: Some(Arc::new(Inner {
                entries: quick_cache::sync::Cache::with_weighter(
                    estimated_items,
                    capacity_bytes,
                    ByBytes,
                ),
                watch: tokio::sync::Mutex::new(store.change_watch()),
                store,
                started: Instant::now(),
                outside_writes: AtomicU64::new(0),
                last_check_ms: AtomicU64::new(0),
                max_age,
                recheck_after,
            })),
        }
    }
}

impl Inner {
    fn generation(&self) -> u64 {
        // Both counters only grow, so their sum changes whenever either does.
        self.store.commit_count() + self.outside_writes.load(Ordering::Acquire)
    }

    fn is_fresh(&self, entry: &Entry) -> bool {
        entry.generation == self.generation() && entry.built.elapsed() < self.max_age
    }

    /// Whether the database should be asked about other processes' writes before answering.
    fn outside_check_due(&self) -> bool {
        let last = self.last_check_ms.load(Ordering::Acquire);
        last == 0
            || (self.started.elapsed().as_millis() as u64).saturating_sub(last)
                >= self.recheck_after.as_millis() as u64
    }

    /// At most once per [`RECHECK_AFTER`], one request asks the database whether anyone else
    /// committed; if so, every entry is dropped. Requests meanwhile do not wait for it.
    async fn notice_outside_writes(&self) {
        let last = self.last_check_ms.load(Ordering::Acquire);
        let now_ms = self.started.elapsed().as_millis() as u64;
        if !self.outside_check_due()
            || self
                .last_check_ms
                .compare_exchange(last, now_ms.max(1), Ordering::AcqRel, Ordering::Acquire)
                .is_err()
        {
            return;
        }
        let Ok(mut watch) = self.watch.try_lock() else {
            return;
        };
        if watch.changed().await {
            self.outside_writes.fetch_add(1, Ordering::AcqRel);
        }
    }
}

/// The cache as the outermost layer: a fresh kept answer is given before any other layer runs (no
/// span, no request id made, no clone of the inner stack), as a static file server would give it.
/// Everything else goes through the whole stack, and shareable answers are kept with the headers the
/// other layers added, so a hit carries the same headers as the miss did.
#[derive(Clone)]
pub struct PageCacheLayer {
    cache: PageCache,
}

impl PageCacheLayer {
    pub fn new(cache: PageCache) -> PageCacheLayer {
        PageCacheLayer { cache }
    }
}

impl<S> tower::Layer<S> for PageCacheLayer {
    type Service = PageCacheService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        PageCacheService {
            cache: self.cache.clone(),
            inner,
        }
    }
}

#[derive(Clone)]
pub struct PageCacheService<S> {
    cache: PageCache,
    inner: S,
}

impl<S> tower::Service<Request> for PageCacheService<S>
where
    S: tower::Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = CacheFuture;

    /// Always ready: a hit needs nothing of the inner service, and a miss drives its own clone of
    /// it to readiness (`oneshot`).
    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request) -> CacheFuture {
        let Some(inner) = self.cache.inner.clone() else {
            return CacheFuture::Miss(Box::pin(pass(self.inner.clone(), request)));
        };
        if !shareable_request(&request) {
            return CacheFuture::Miss(Box::pin(pass(self.inner.clone(), request)));
        }
        let key = cache_key(&request);
        if !inner.outside_check_due()
            && let Some(entry) = inner.entries.get(&key)
            && entry.generation == inner.generation()
            && let Kept::Answer { headers, body } = &entry.kept
        {
            let response = serve_kept(inner, &self.inner, key, &entry, headers, body, request);
            return CacheFuture::Hit(Some(response));
        }
        CacheFuture::Miss(Box::pin(serve_through(
            inner,
            self.inner.clone(),
            key,
            request,
        )))
    }
}

/// The answer of [`PageCacheService`]: ready at once for a hit, the inner stack's for the rest.
pub enum CacheFuture {
    Hit(Option<Response>),
    Miss(Pin<Box<dyn Future<Output = Response> + Send>>),
}

impl Future for CacheFuture {
    type Output = Result<Response, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.get_mut() {
            CacheFuture::Hit(response) => {
                Poll::Ready(Ok(response.take().expect("a cache hit is polled once")))
            }
            CacheFuture::Miss(future) => future.as_mut().poll(cx).map(Ok),
        }
    }
}

/// The most a built answer's body is read for keeping: compressed, a whole body is smaller than
/// it was; the margin covers what compression adds to incompressible bytes.
const READ_LIMIT: usize = MAX_TAGGED_BYTES + 64 * 1024;

/// What is kept of a built answer: its headers without the request id of the request that built
/// it, and its body, or nothing but a pass for a body too large to keep.
fn kept_answer(headers: &HeaderMap, body: &Bytes) -> Kept {
    if body.len() > MAX_ENTRY_BYTES {
        return Kept::Pass;
    }
    let mut headers = headers.clone();
    headers.remove(&REQUEST_ID);
    Kept::Answer {
        headers,
        body: body.clone(),
    }
}

async fn pass<S>(inner: S, request: Request) -> Response
where
    S: tower::Service<Request, Response = Response, Error = Infallible>,
{
    match inner.oneshot(request).await {
        Ok(response) => response,
        Err(never) => match never {},
    }
}

/// A hit answers with the client's own request id or a new one, as the request-id layers (which a
/// hit does not reach) would have; the kept headers never carry the id of the request that built
/// the entry.
fn with_request_id(mut response: Response, request: &Request) -> Response {
    let id = match request.headers().get(&REQUEST_ID) {
        Some(id) => Some(id.clone()),
        None => MakeRequestUuid
            .make_request_id(request)
            .map(|id| id.header_value().clone()),
    };
    if let Some(id) = id {
        response.headers_mut().insert(REQUEST_ID, id);
    }
    response
}

/// Answers with a kept answer of the current data. One older than [`MAX_AGE`] is still given, and
/// the first request to find it so starts building the next one in the background
/// (stale-while-revalidate), so a popular page never makes a visitor wait for its rebuild.
fn serve_kept<S>(
    inner: Arc<Inner>,
    service: &S,
    key: String,
    entry: &Arc<Entry>,
    headers: &HeaderMap,
    body: &Bytes,
    request: Request,
) -> Response
where
    S: tower::Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    let response = answer(
        headers,
        body.clone(),
        request.headers().get(header::IF_NONE_MATCH),
        HIT,
    );
    let response = with_request_id(response, &request);
    if entry.built.elapsed() >= inner.max_age && !entry.refreshing.swap(true, Ordering::AcqRel) {
        let (parts, _) = request.into_parts();
        tokio::spawn(refresh(
            inner,
            service.clone(),
            key,
            entry.clone(),
            Request::from_parts(parts, Body::empty()),
        ));
    }
    response
}

/// Builds an answer kept longer than [`MAX_AGE`] again while requests keep getting the old one; the
/// new answer replaces it only if it is still shareable and nothing was committed meanwhile, and
/// otherwise the old one is dropped, so the next request builds it the ordinary way.
async fn refresh<S>(inner: Arc<Inner>, service: S, key: String, old: Arc<Entry>, request: Request)
where
    S: tower::Service<Request, Response = Response, Error = Infallible>,
{
    let generation = inner.generation();
    let response = pass(service, request).await;
    let fresh = if shareable_response(&response) {
        let (parts, body) = response.into_parts();
        match to_bytes(body, READ_LIMIT).await {
            Ok(bytes) if inner.generation() == generation => {
                match kept_answer(&parts.headers, &bytes) {
                    kept @ Kept::Answer { .. } => Some(Entry::new(generation, kept)),
                    Kept::Pass => None,
                }
            }
            _ => None,
        }
    } else {
        None
    };
    match fresh {
        Some(fresh) => {
            // Only over the entry this refresh replaces: a commit may have dropped it meanwhile
            // and a newer build may already be kept. A vacant key's guard is dropped unused.
            let mut fresh = Some(Arc::new(fresh));
            let _ = inner
                .entries
                .entry(&key, Some(Duration::ZERO), |_, kept: &mut Arc<Entry>| {
                    if Arc::ptr_eq(kept, &old)
                        && let Some(fresh) = fresh.take()
                    {
                        *kept = fresh;
                    }
                    EntryAction::Retain(())
                });
        }
        None => {
            inner.entries.remove_if(&key, |e| Arc::ptr_eq(e, &old));
        }
    }
}

/// Requests that are not a fresh hit: one request now and then asks the database about other
/// processes' writes; a burst of requests for an answer being built waits for that one build
/// instead of building it too, so a page nobody asked for in a while costs one build, not one per
/// request. An answer older than [`MAX_AGE`] whose data did not change is served as on the fast
/// path ([`serve_kept`]); one of data that changed is never served.
async fn serve_through<S>(inner: Arc<Inner>, service: S, key: String, request: Request) -> Response
where
    S: tower::Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    inner.notice_outside_writes().await;
    let if_none_match = request.headers().get(header::IF_NONE_MATCH).cloned();
    // A few rounds: a stale entry is removed and looked up again; a builder that kept nothing
    // hands the build to the next waiter.
    for _ in 0..3 {
        let generation = inner.generation();
        let guard = match inner.entries.get_value_or_guard_async(&key).await {
            Ok(entry) if inner.is_fresh(&entry) => {
                return match &entry.kept {
                    Kept::Answer { headers, body } => with_request_id(
                        answer(headers, body.clone(), if_none_match.as_ref(), HIT),
                        &request,
                    ),
                    Kept::Pass => pass(service, request).await,
                };
            }
            // Only expired, and of the data as it is now (the look at other processes' writes
            // above included): given once more while one request builds the next.
            Ok(entry) if entry.generation == inner.generation() => {
                if let Kept::Answer { headers, body } = &entry.kept {
                    return serve_kept(
                        inner.clone(),
                        &service,
                        key,
                        &entry,
                        headers,
                        body,
                        request,
                    );
                }
                // An expired pass is dropped: the next answer decides again whether it is kept.
                inner.entries.remove_if(&key, |e| Arc::ptr_eq(e, &entry));
                continue;
            }
            Ok(stale) => {
                inner.entries.remove_if(&key, |e| Arc::ptr_eq(e, &stale));
                continue;
            }
            Err(guard) => guard,
        };
        // A client's validator goes through: handlers that answer 304 themselves (downloads) see
        // it, and a 304 is not kept.
        let response = pass(service, request).await;
        let unchanged = |generation| inner.generation() == generation;
        if response.status() == StatusCode::NOT_MODIFIED {
            return response;
        }
        if !shareable_response(&response) {
            // Answers of this address are not kept (errors, downloads, private pages): later
            // requests go straight through instead of waiting for one another.
            if unchanged(generation) {
                let _ = guard.insert(Arc::new(Entry::new(generation, Kept::Pass)));
            }
            return response;
        }
        let (parts, body) = response.into_parts();
        let bytes = match to_bytes(body, READ_LIMIT).await {
            Ok(bytes) => bytes,
            Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        };
        // Kept only if nothing was committed while it was built: it might show the older data.
        if unchanged(generation) {
            let kept = kept_answer(&parts.headers, &bytes);
            let _ = guard.insert(Arc::new(Entry::new(generation, kept)));
        }
        // The builder's own id, which the inner layers set, stays on its answer.
        let response = answer(&parts.headers, bytes, if_none_match.as_ref(), MISS);
        return response;
    }
    pass(service, request).await
}

fn shareable_request(request: &Request) -> bool {
    let headers = request.headers();
    *request.method() == Method::GET
        && !headers.contains_key(header::COOKIE)
        && !headers.contains_key(header::AUTHORIZATION)
        && !headers.contains_key(header::RANGE)
        && !request.uri().path().contains("/workbench")
}

fn shareable_response(response: &Response) -> bool {
    let headers = response.headers();
    let private = headers
        .get_all(header::CACHE_CONTROL)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| {
            let v = v.to_ascii_lowercase();
            v.contains("no-store") || v.contains("private")
        });
    // Compression turns every body into a stream of unknown length; the ETag layer marks those it
    // read whole, so a compressed page is known to be small.
    let small = response.extensions().get::<WholeBody>().is_some()
        || response
            .body()
            .size_hint()
            .upper()
            .is_some_and(|len| len <= MAX_ENTRY_BYTES as u64);
    response.status() == StatusCode::OK
        && !private
        && !headers.contains_key(header::SET_COOKIE)
        && small
}

fn cache_key(request: &Request) -> String {
    let uri = request.uri();
    let mut key = String::with_capacity(256);
    key.push_str(uri.path());
    if let Some(query) = uri.query() {
        key.push('?');
        key.push_str(query);
    }
    let headers = request.headers();
    for name in KEY_HEADERS.iter().chain([&FORWARDED_PROTO]) {
        key.push('\n');
        for value in headers.get_all(name) {
            key.push_str(&String::from_utf8_lossy(value.as_bytes()));
            key.push(',');
        }
    }
    key
}

/// `x-cache` on shareable answers, as proxies name it: whether the answer came from memory.
const X_CACHE: header::HeaderName = header::HeaderName::from_static("x-cache");
const HIT: HeaderValue = HeaderValue::from_static("hit");
const MISS: HeaderValue = HeaderValue::from_static("miss");

/// The kept answer, or `304 Not Modified` when the client already holds it.
fn answer(
    headers: &HeaderMap,
    body: Bytes,
    if_none_match: Option<&HeaderValue>,
    source: HeaderValue,
) -> Response {
    let etag = headers.get(header::ETAG);
    let unchanged = match (etag, if_none_match.and_then(|v| v.to_str().ok())) {
        (Some(etag), Some(wanted)) => wanted
            .split(',')
            .any(|t| t.trim() == "*" || t.trim().as_bytes() == etag.as_bytes()),
        _ => false,
    };
    if unchanged {
        let mut response = Response::new(Body::empty());
        *response.status_mut() = StatusCode::NOT_MODIFIED;
        for name in [header::ETAG, header::CACHE_CONTROL, header::VARY] {
            for value in headers.get_all(&name) {
                response.headers_mut().append(name.clone(), value.clone());
            }
        }
        response.headers_mut().insert(X_CACHE, source);
        return response;
    }
    let mut response = Response::new(Body::from(body));
    *response.headers_mut() = headers.clone();
    response.headers_mut().insert(X_CACHE, source);
    response
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;

    use tower::{Layer, Service};

    use super::*;
    use crate::store::DatabaseLocation;

    /// A page whose body names the build that made it; `fail_from` turns builds from that number on
    /// into errors.
    fn counting_page(
        builds: Arc<AtomicUsize>,
        fail_from: usize,
    ) -> impl tower::Service<Request, Response = Response, Error = Infallible, Future: Send>
    + Clone
    + Send
    + 'static {
        tower::service_fn(move |_request: Request| {
            let build = builds.fetch_add(1, Ordering::SeqCst) + 1;
            async move {
                let status = if build >= fail_from {
                    StatusCode::INTERNAL_SERVER_ERROR
                } else {
                    StatusCode::OK
                };
                Ok::<_, Infallible>((status, format!("build {build}")).into_response())
            }
        })
    }

    async fn get(
        service: &mut impl Service<Request, Response = Response, Error = Infallible>,
    ) -> (String, String) {
        let request = Request::get("/de/page").body(Body::empty()).unwrap();
        let response = service.call(request).await.unwrap();
        let source = response.headers()[&X_CACHE].to_str().unwrap().to_owned();
        let body = to_bytes(response.into_body(), 1024).await.unwrap();
        (String::from_utf8(body.to_vec()).unwrap(), source)
    }

    async fn cache(dir: &tempfile::TempDir, max_age: Duration) -> PageCache {
        let location = DatabaseLocation::SqliteFile(dir.path().join("cache.sqlite3"));
        let store = Store::open(&location).await.unwrap();
        // The database is asked about other processes' writes at the first request only.
        PageCache::with_timings(store, 1 << 20, max_age, Duration::from_secs(3600))
    }

    /// Lets the background rebuild run to its end.
    async fn until(builds: &AtomicUsize, count: usize) {
        for _ in 0..200 {
            if builds.load(Ordering::SeqCst) >= count {
                tokio::time::sleep(Duration::from_millis(20)).await;
                return;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        panic!("the page was not built again");
    }

    #[tokio::test]
    async fn an_expired_answer_is_served_once_more_while_one_request_builds_the_next() {
        let dir = tempfile::tempdir().unwrap();
        let builds = Arc::new(AtomicUsize::new(0));
        let mut service = PageCacheLayer::new(cache(&dir, Duration::from_millis(50)).await)
            .layer(counting_page(builds.clone(), usize::MAX));
        assert_eq!(get(&mut service).await, ("build 1".into(), "miss".into()));
        assert_eq!(get(&mut service).await, ("build 1".into(), "hit".into()));
        tokio::time::sleep(Duration::from_millis(60)).await;
        // Expired: these requests still get the kept answer, and only one rebuild starts.
        for _ in 0..5 {
            assert_eq!(get(&mut service).await, ("build 1".into(), "hit".into()));
        }
        until(&builds, 2).await;
        assert_eq!(get(&mut service).await, ("build 2".into(), "hit".into()));
        assert_eq!(builds.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn an_expired_answer_whose_rebuild_fails_is_dropped_rather_than_kept_for_ever() {
        let dir = tempfile::tempdir().unwrap();
        let builds = Arc::new(AtomicUsize::new(0));
        let mut service = PageCacheLayer::new(cache(&dir, Duration::from_millis(50)).await)
            .layer(counting_page(builds.clone(), 2));
        assert_eq!(get(&mut service).await, ("build 1".into(), "miss".into()));
        tokio::time::sleep(Duration::from_millis(60)).await;
        assert_eq!(get(&mut service).await, ("build 1".into(), "hit".into()));
        until(&builds, 2).await;
        // The failed rebuild is not kept and the old answer is gone: the handler answers again.
        let request = Request::get("/de/page").body(Body::empty()).unwrap();
        let response = service.call(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(builds.load(Ordering::SeqCst), 3);
    }

    /// A cache whose every request asks the database about other processes' writes before it
    /// answers (the slow path, which a request takes once per [`RECHECK_AFTER`]).
    async fn checking_cache(dir: &tempfile::TempDir, max_age: Duration) -> PageCache {
        let location = DatabaseLocation::SqliteFile(dir.path().join("cache.sqlite3"));
        let store = Store::open(&location).await.unwrap();
        PageCache::with_timings(store, 1 << 20, max_age, Duration::ZERO)
    }

    /// Commits on a connection of its own, as the `sqlite3` shell or another process would.
    async fn write_from_outside(dir: &tempfile::TempDir, table: &str) {
        use sqlx::Connection;
        let url = format!("sqlite://{}", dir.path().join("cache.sqlite3").display());
        let mut conn = sqlx::SqliteConnection::connect(&url).await.unwrap();
        sqlx::query(&format!("CREATE TABLE {table} (x INTEGER)"))
            .execute(&mut conn)
            .await
            .unwrap();
        conn.close().await.unwrap();
    }

    #[tokio::test]
    async fn an_expired_answer_found_while_asking_about_other_writes_is_served_once_more_too() {
        let dir = tempfile::tempdir().unwrap();
        let builds = Arc::new(AtomicUsize::new(0));
        let mut service =
            PageCacheLayer::new(checking_cache(&dir, Duration::from_millis(50)).await)
                .layer(counting_page(builds.clone(), usize::MAX));
        assert_eq!(get(&mut service).await, ("build 1".into(), "miss".into()));
        assert_eq!(get(&mut service).await, ("build 1".into(), "hit".into()));
        tokio::time::sleep(Duration::from_millis(60)).await;
        // This request asks the database, which says nothing changed: the kept answer is given
        // without waiting for a build, and a rebuild starts.
        assert_eq!(get(&mut service).await, ("build 1".into(), "hit".into()));
        // Later ones (each asking the database too) get the old answer or, once it is done, the
        // rebuilt one, never a build of their own.
        for _ in 0..5 {
            let (body, source) = get(&mut service).await;
            assert!(["build 1", "build 2"].contains(&body.as_str()), "{body}");
            assert_eq!(source, "hit");
        }
        until(&builds, 2).await;
        assert_eq!(get(&mut service).await, ("build 2".into(), "hit".into()));
        assert_eq!(builds.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn an_answer_is_never_served_once_another_process_changed_the_data_expired_or_not() {
        let dir = tempfile::tempdir().unwrap();
        let builds = Arc::new(AtomicUsize::new(0));
        let mut service =
            PageCacheLayer::new(checking_cache(&dir, Duration::from_millis(50)).await)
                .layer(counting_page(builds.clone(), usize::MAX));
        assert_eq!(get(&mut service).await, ("build 1".into(), "miss".into()));
        tokio::time::sleep(Duration::from_millis(60)).await;
        write_from_outside(&dir, "first").await;
        // Expired and of older data: built again while the request waits, not served.
        assert_eq!(get(&mut service).await, ("build 2".into(), "miss".into()));
        assert_eq!(get(&mut service).await, ("build 2".into(), "hit".into()));
        write_from_outside(&dir, "second").await;
        // Not expired, but of older data: the same.
        assert_eq!(get(&mut service).await, ("build 3".into(), "miss".into()));
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert_eq!(
            builds.load(Ordering::SeqCst),
            3,
            "no rebuild in the background"
        );
    }
}
