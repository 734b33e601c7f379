//! Building the application: state, router and middleware; binding and serving until stopped.

use std::net::SocketAddr;

use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use crate::contact::{Contact, ContactSettings};
use crate::store::Store;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    /// Contact inquiries: their settings and the e-mail job to wake.
    pub contact: Contact,
    /// How sign-in cookies are set.
    pub auth: AuthSettings,
    /// The data-quality check of the review queue, with its last report.
    pub quality: crate::quality::Checker,
}

/// Settings of staff sign-in.
#[derive(Debug, Clone)]
pub struct AuthSettings {
    /// Mark the session cookie `Secure` (sent over HTTPS only). Browsers accept such cookies from
    /// http://localhost and http://127.0.0.1 too; turn off only to test over plain HTTP on a LAN.
    pub secure_cookies: bool,
}

impl Default for AuthSettings {
    fn default() -> Self {
        AuthSettings {
            secure_cookies: true,
        }
    }
}

/// Every request's log lines carry its id (also sent back as `x-request-id`), so a user's error
/// reference and the log can be matched.
fn request_span(request: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-");
    tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), request_id = %id)
}

/// HSTS only where the browser reached us over TLS: behind a trusted proxy that says so. Sent over
/// plain HTTP it would be ignored, and on a LAN test server it would lock browsers out.
async fn strict_transport_security(
    axum::extract::State(trust_proxy): axum::extract::State<bool>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let over_tls = trust_proxy
        && request
            .headers()
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|proto| proto.trim().eq_ignore_ascii_case("https"));
    let mut response = next.run(request).await;
    if over_tls {
        response.headers_mut().insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    response
}

/// Memory, in MiB, for shared public answers unless `--page-cache-mb` says otherwise.
pub const DEFAULT_PAGE_CACHE_MB: u32 = 8;

/// The whole application as one service: the page cache in front of the router. The cache wraps the
/// router rather than being one of its layers, because axum clones a route's whole layered stack for
/// every request it routes; a hit costs neither the routing nor that clone.
pub fn service(
    state: AppState,
    page_cache: crate::page_cache::PageCache,
) -> crate::page_cache::PageCacheService<Router> {
    tower::Layer::layer(
        &crate::page_cache::PageCacheLayer::new(page_cache),
        router(state),
    )
}

fn router(state: AppState) -> Router {
    let hsts_when_behind_tls = state.contact.settings().trust_proxy;
    let (api, _) = crate::api::router();
    let request_id = HeaderName::from_static("x-request-id");
    Router::new()
        .merge(crate::web::router())
        .merge(crate::web::workbench::router())
        .merge(api)
        .fallback(crate::web::not_found)
        .with_state(state)
        .layer(axum::middleware::from_fn(crate::caching::etag))
        .layer(CompressionLayer::new())
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'",
            ),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(CatchPanicLayer::custom(|_| {
            crate::web::error_page(
                &crate::error::AppError::Store(crate::store::StoreError::Corrupt(
                    "a request handler panicked".into(),
                )),
                &crate::i18n::Tr::default(),
                "/",
            )
        }))
        .layer(axum::middleware::from_fn_with_state(
            hsts_when_behind_tls,
            strict_transport_security,
        ))
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
}

/// A bound, not yet serving application. Binding first lets callers (tests) learn the port before
/// any request is made, without waiting or retrying.
pub struct Application {
    listener: TcpListener,
    state: AppState,
    page_cache_mb: u32,
    funding: crate::funding::FundingSettings,
    people: crate::people::PeopleSettings,
}

impl Application {
    /// Binds with the default contact settings: no mail server, inquiries only stored.
    pub async fn bind(addr: &str, store: Store) -> anyhow::Result<Application> {
        Application::bind_with(addr, store, ContactSettings::default()).await
    }

    /// Binds with the given contact settings (mail server, retention, rate limit, job intervals).
    pub async fn bind_with(
        addr: &str,
        store: Store,
        contact: ContactSettings,
    ) -> anyhow::Result<Application> {
        let contact = Contact::new(contact)?;
        // The funding catalogue starts from the curated starter file, like the registry from its seed.
        crate::funding::load_starter_catalogue(&store).await?;
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {addr}: {e}"))?;
        Ok(Application {
            listener,
            state: AppState {
                store: store.clone(),
                contact: contact.clone(),
                auth: AuthSettings::default(),
                quality: crate::quality::Checker::new(store.clone()),
            },
            page_cache_mb: DEFAULT_PAGE_CACHE_MB,
            funding: crate::funding::FundingSettings::default(),
            people: crate::people::PeopleSettings::default(),
        })
    }

    /// Sets when and to whom funding deadline reminders go (none by default).
    pub fn with_funding(mut self, funding: crate::funding::FundingSettings) -> Application {
        self.funding = funding;
        self
    }

    /// How long people's personal data is kept after their last activity.
    pub fn with_people(mut self, people: crate::people::PeopleSettings) -> Application {
        self.people = people;
        self
    }

    /// Sets the memory, in MiB, for shared public answers; `0` builds every answer afresh.
    pub fn with_page_cache_mb(mut self, mib: u32) -> Application {
        self.page_cache_mb = mib;
        self
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    /// Serves until `shutdown` completes, then lets running requests finish. The background jobs
    /// (inquiry e-mail, retention) run as long as the server does.
    pub async fn serve(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let listen_url = format!("http://{}", self.local_addr());
        let AppState { store, contact, .. } = &self.state;
        let _jobs = contact.spawn_jobs(store.clone(), listen_url.clone());
        let _funding_jobs = crate::funding::spawn_reminders(
            store.clone(),
            contact.mailer(),
            self.funding.clone(),
            contact.settings().public_url.clone().unwrap_or(listen_url),
        );
        let _people_jobs = crate::people::spawn_retention(store.clone(), self.people.clone());
        // The peer address (for the contact form's rate limit) reaches handlers as ConnectInfo; a
        // request's head must arrive within a deadline (slow clients).
        let cache = crate::page_cache::PageCache::new(
            store.clone(),
            u64::from(self.page_cache_mb) * 1024 * 1024,
        );
        crate::http_server::serve(self.listener, service(self.state, cache), shutdown).await
    }
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down; finishing running requests");
}
