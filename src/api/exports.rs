//! The open-data downloads (`/api/v1/exports/…`) and the DCAT-AP.de catalogue record
//! (`/api/v1/catalog.jsonld`).
//!
//! Downloads are streamed page by page (see [`crate::io::export`]), so they carry their own `ETag`,
//! computed from the state of the data rather than from the bytes (which are never held at once), and
//! answer a matching `If-None-Match` with 304 before reading anything. `Last-Modified` is the latest
//! change of the registry.

use std::hash::{Hash, Hasher};

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tokio_stream::wrappers::ReceiverStream;

use crate::app::AppState;
use crate::domain::clock::Instant;
use crate::domain::registry::PartnershipSummary;
use crate::error::{AppError, ErrorBody};
use crate::io::export::{Dataset, Download, FileFormat, Links};
use crate::store::exports::DataStamp;

/// The portal's public address: `--public-url` when given, else the host the request was sent to
/// (behind a trusted proxy, the one it names), over HTTPS when the proxy says the client used it.
pub fn public_base(headers: &HeaderMap, state: &AppState) -> String {
    let settings = state.contact.settings();
    if let Some(url) = &settings.public_url {
        return url.trim_end_matches('/').to_owned();
    }
    let header_text = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.split(',').next().unwrap_or_default().trim().to_owned())
    };
    let forwarded = settings
        .trust_proxy
        .then(|| header_text("x-forwarded-host"))
        .flatten();
    let host = forwarded
        .or_else(|| header_text(header::HOST.as_str()))
        // A host is letters, digits, dots, hyphens, a port, or an IPv6 literal; nothing else is echoed.
        .filter(|h| {
            !h.is_empty()
                && h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or_else(|| "localhost".to_owned());
    let https = settings.trust_proxy
        && header_text("x-forwarded-proto").is_some_and(|p| p.eq_ignore_ascii_case("https"));
    format!("{}://{host}", if https { "https" } else { "http" })
}

/// `Last-Modified` in the HTTP date format.
fn http_date(at: &str) -> Option<HeaderValue> {
    let format = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    let text = Instant::parse(at)?.date_time().format(&format).ok()?;
    HeaderValue::from_str(&text).ok()
}

/// A tag for what a download holds: the data's state, the address links start with, the program
/// version (which fixes the format) and the file.
fn download_tag(stamp: &DataStamp, base: &str, download: Download) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (
        &stamp.token,
        base,
        env!("CARGO_PKG_VERSION"),
        download.file_name(),
    )
        .hash(&mut hasher);
    format!("\"{:016x}\"", hasher.finish())
}

fn matches(headers: &HeaderMap, tag: &str) -> bool {
    headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"))
}

async fn download(
    state: AppState,
    headers: HeaderMap,
    download: Download,
) -> Result<Response, AppError> {
    let base = public_base(&headers, &state);
    let stamp = state.store.data_stamp().await?;
    let tag = download_tag(&stamp, &base, download);
    let mut answer = if matches(&headers, &tag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let chunks = crate::io::export::stream(state.store.clone(), download, Links::new(&base));
        let mut answer = Body::from_stream(ReceiverStream::new(chunks)).into_response();
        let h = answer.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(download.content_type()),
        );
        h.insert(
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&format!(
                "attachment; filename=\"{}\"",
                download.file_name()
            ))
            .expect("file names are ASCII"),
        );
        answer
    };
    let h = answer.headers_mut();
    h.insert(
        header::ETAG,
        HeaderValue::from_str(&tag).expect("a hex tag"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Some(modified) = stamp.last_change.as_deref().and_then(http_date) {
        h.insert(header::LAST_MODIFIED, modified);
    }
    Ok(answer)
}

macro_rules! export_route {
    ($name:ident, $path:literal, $dataset:expr, $format:expr, $media:literal, $body:ty, $summary:literal, $what:literal) => {
        #[utoipa::path(get, path = $path, tag = "exports", operation_id = stringify!($name), summary = $summary,
            responses(
                (status = 200, description = $what, content_type = $media, body = $body,
                    headers(("Content-Disposition" = String, description = "attachment; filename=\"…\""),
                            ("ETag" = String), ("Last-Modified" = String))),
                (status = 304, description = "Not modified since the `ETag` named in `If-None-Match`"),
                (status = 500, description = "The export could not be started", body = ErrorBody)
            ))]
        pub async fn $name(
            State(state): State<AppState>,
            headers: HeaderMap,
        ) -> Result<Response, AppError> {
            download(state, headers, Download::new($dataset, $format)).await
        }
    };
}

export_route!(
    export_partnerships_csv,
    "/api/v1/exports/partnerships.csv",
    Dataset::Partnerships,
    FileFormat::Csv,
    "text/csv",
    String,
    "Downloads every published partnership as CSV.",
    "Every published partnership, one CSV row each (RFC 4180, UTF-8 without BOM, header row, CRLF). \
     Text cells that a spreadsheet would run as a formula start with an apostrophe."
);
export_route!(
    export_partnerships_json,
    "/api/v1/exports/partnerships.json",
    Dataset::Partnerships,
    FileFormat::Json,
    "application/json",
    Vec<PartnershipSummary>,
    "Downloads every published partnership as JSON.",
    "Every published partnership as a JSON array of the items `/api/v1/partnerships` lists."
);
export_route!(
    export_partnerships_geojson,
    "/api/v1/exports/partnerships.geojson",
    Dataset::Partnerships,
    FileFormat::GeoJson,
    "application/geo+json",
    Object,
    "Downloads the partnerships as GeoJSON lines.",
    "Published partnerships as a GeoJSON FeatureCollection (RFC 7946) of LineStrings from home to \
     partner, where both have coordinates; `metadata.left_out_without_coordinates` counts the others."
);
export_route!(
    export_bodies_csv,
    "/api/v1/exports/bodies.csv",
    Dataset::Bodies,
    FileFormat::Csv,
    "text/csv",
    String,
    "Downloads every published body as CSV.",
    "Every published body, one CSV row each, with coordinates and NUTS, LAU and Wikidata identifiers \
     (RFC 4180, UTF-8 without BOM, header row, CRLF)."
);
export_route!(
    export_bodies_json,
    "/api/v1/exports/bodies.json",
    Dataset::Bodies,
    FileFormat::Json,
    "application/json",
    Vec<Object>,
    "Downloads every published body as JSON.",
    "Every published body as a JSON array, with coordinates and identifiers."
);
export_route!(
    export_bodies_geojson,
    "/api/v1/exports/bodies.geojson",
    Dataset::Bodies,
    FileFormat::GeoJson,
    "application/geo+json",
    Object,
    "Downloads the bodies as GeoJSON points.",
    "Published bodies with coordinates as a GeoJSON FeatureCollection (RFC 7946) of Points \
     `[longitude, latitude]`; `metadata.left_out_without_coordinates` counts the others."
);

/// The DCAT-AP.de catalogue record of the data set and every download, for open-data portals.
#[utoipa::path(get, path = "/api/v1/catalog.jsonld", tag = "exports", operation_id = "find_catalog",
    responses(
        (status = 200, description = "A dcat:Catalog with one dcat:Dataset and a dcat:Distribution per download \
            (licence: Datenlizenz Deutschland – Namensnennung 2.0)", content_type = "application/ld+json", body = Object),
        (status = 500, description = "Something failed on the server", body = ErrorBody)
    ))]
pub async fn find_catalog(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let base = public_base(&headers, &state);
    let catalog = crate::io::dcat::catalog(&state.store, &Links::new(&base)).await?;
    let stamp = state.store.data_stamp().await?;
    let mut answer = (
        [(header::CONTENT_TYPE, "application/ld+json")],
        serde_json::to_string_pretty(&catalog).expect("JSON values serialise"),
    )
        .into_response();
    if let Some(modified) = stamp.last_change.as_deref().and_then(http_date) {
        answer.headers_mut().insert(header::LAST_MODIFIED, modified);
    }
    Ok(answer)
}
