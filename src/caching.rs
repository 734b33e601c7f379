//! HTTP revalidation for pages and API answers: every successful GET answer carries a strong ETag
//! computed from its bytes, and a request that names that ETag in `If-None-Match` gets 304 Not
//! Modified without the body. Correct whatever changed the data (import, edit, new code), because
//! the tag is the answer itself.

use std::hash::{Hash, Hasher};

use axum::body::{Body, HttpBody, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Answers larger than this are passed through untagged rather than held in memory twice.
pub const MAX_TAGGED_BYTES: usize = 4 * 1024 * 1024;

/// Marks an answer whose whole body was read here (at most [`MAX_TAGGED_BYTES`]): layers further
/// out (compression) may turn it into a stream, but it is still a small, finished answer.
#[derive(Debug, Clone, Copy)]
pub struct WholeBody;

pub async fn etag(request: Request, next: Next) -> Response {
    let is_get = matches!(*request.method(), Method::GET | Method::HEAD);
    let if_none_match = request.headers().get(header::IF_NONE_MATCH).cloned();
    let response = next.run(request).await;
    if !is_get
        || response.status() != StatusCode::OK
        || response.headers().contains_key(header::ETAG)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    // Only answers whose whole size is known and small are read to be tagged; streams (downloads,
    // which tag themselves) and large answers pass through as they are.
    let fits = body
        .size_hint()
        .upper()
        .is_some_and(|len| len <= MAX_TAGGED_BYTES as u64);
    if !fits {
        return Response::from_parts(parts, body);
    }
    let bytes = match to_bytes(body, MAX_TAGGED_BYTES).await {
        Ok(bytes) => bytes,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    let tag = format!("\"{:016x}-{:x}\"", hasher.finish(), bytes.len());
    if let Ok(value) = HeaderValue::from_str(&tag) {
        parts.headers.insert(header::ETAG, value);
    }
    // Browsers may keep the answer but must ask again before using it; the ETag makes that cheap.
    parts
        .headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-cache"));
    let matches = if_none_match
        .as_ref()
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
    parts.extensions.insert(WholeBody);
    if matches {
        parts.status = StatusCode::NOT_MODIFIED;
        parts.headers.remove(header::CONTENT_LENGTH);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use axum::Router;
    use axum::body::to_bytes;
    use axum::http::{Request, StatusCode, header};
    use axum::routing::get;
    use tower::ServiceExt;

    fn app(len: usize) -> Router {
        Router::new()
            .route("/", get(move || async move { "x".repeat(len) }))
            .layer(axum::middleware::from_fn(super::etag))
    }

    async fn get_root(app: Router) -> axum::response::Response {
        app.oneshot(Request::get("/").body(axum::body::Body::empty()).unwrap())
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn a_small_answer_is_tagged_and_a_large_one_passes_through_whole() {
        let small = get_root(app(10)).await;
        assert_eq!(small.status(), StatusCode::OK);
        assert!(small.headers().contains_key(header::ETAG));
        let len = super::MAX_TAGGED_BYTES + 1;
        let large = get_root(app(len)).await;
        assert_eq!(large.status(), StatusCode::OK);
        assert!(!large.headers().contains_key(header::ETAG));
        assert_eq!(
            to_bytes(large.into_body(), usize::MAX).await.unwrap().len(),
            len
        );
    }
}
