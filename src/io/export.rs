//! Exports of the registry: the whole registry as one JSON document (command line), and the open-data
//! downloads — partnerships and bodies as CSV (RFC 4180), JSON and GeoJSON (RFC 7946) — which the API
//! serves and `partnerportal export` writes through the same code.
//!
//! Downloads are produced page by page (keyset paging through the store) into a bounded channel, so
//! neither the server nor the command line ever holds a whole download of a Europe-wide registry in
//! memory, and a reader that stops reading stops the producer.
//!
//! CSV: UTF-8 without a byte-order mark, a header row, CRLF line ends, fields quoted where RFC 4180
//! needs it. No BOM because the files are first of all for machines (harvesters, scripts, the `csv`
//! crate, Python's `csv`), to which a BOM is a stray character in the first column's name; the answer
//! declares `charset=utf-8`, and spreadsheets import the file as UTF-8 through their text import.
//! Text cells that a spreadsheet would run as a formula are defused by [`spreadsheet_safe`].

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use axum::body::Bytes;
use serde::Serialize;
use tokio::sync::mpsc;

use crate::cli::{ExportFormat, ExportWhat};
use crate::domain::registry::{Body, Partnership, PartnershipSummary};
use crate::i18n::DEFAULT_LANGUAGE;
use crate::io::geojson;
use crate::store::exports::{BodyCursor, ExportBody, ExportPartnership};
use crate::store::{BodyFilter, Page, PartnershipFilter, Store, StoreError};

#[derive(Serialize)]
pub struct Export {
    pub bodies: Vec<Body>,
    pub partnerships: Vec<Partnership>,
}

/// Rows read from the store per page of a download.
const PAGE_SIZE: u32 = 1000;

/// Which records a download holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dataset {
    Partnerships,
    Bodies,
}

/// The file format of a download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Csv,
    Json,
    GeoJson,
}

/// One open-data download: a dataset in a format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Download {
    pub dataset: Dataset,
    pub format: FileFormat,
}

impl Download {
    /// Every download the portal offers, in the order the open-data page and the catalogue list them.
    pub const ALL: [Download; 6] = [
        Download::new(Dataset::Partnerships, FileFormat::Csv),
        Download::new(Dataset::Partnerships, FileFormat::Json),
        Download::new(Dataset::Partnerships, FileFormat::GeoJson),
        Download::new(Dataset::Bodies, FileFormat::Csv),
        Download::new(Dataset::Bodies, FileFormat::Json),
        Download::new(Dataset::Bodies, FileFormat::GeoJson),
    ];

    pub const fn new(dataset: Dataset, format: FileFormat) -> Download {
        Download { dataset, format }
    }

    /// `partnerships`, `bodies`.
    pub fn dataset_key(self) -> &'static str {
        match self.dataset {
            Dataset::Partnerships => "partnerships",
            Dataset::Bodies => "bodies",
        }
    }

    /// `csv`, `json`, `geojson`: the file extension.
    pub fn format_key(self) -> &'static str {
        match self.format {
            FileFormat::Csv => "csv",
            FileFormat::Json => "json",
            FileFormat::GeoJson => "geojson",
        }
    }

    /// `partnerships.csv`.
    pub fn file_name(self) -> String {
        format!("{}.{}", self.dataset_key(), self.format_key())
    }

    /// Where the API serves it: `/api/v1/exports/partnerships.csv`.
    pub fn path(self) -> String {
        format!("/api/v1/exports/{}", self.file_name())
    }

    /// The IANA media type, without parameters.
    pub fn media_type(self) -> &'static str {
        match self.format {
            FileFormat::Csv => "text/csv",
            FileFormat::Json => "application/json",
            FileFormat::GeoJson => "application/geo+json",
        }
    }

    /// The `Content-Type` of the answer.
    pub fn content_type(self) -> &'static str {
        match self.format {
            // RFC 4180 §3: the optional `header` parameter says the first row names the columns.
            FileFormat::Csv => "text/csv; charset=utf-8; header=present",
            FileFormat::Json => "application/json",
            FileFormat::GeoJson => "application/geo+json",
        }
    }
}

/// Absolute addresses of the portal's pages, for links inside downloads.
#[derive(Debug, Clone)]
pub struct Links {
    base: String,
}

impl Links {
    /// `base` is the portal's public address (`https://partner.example.org`), without a final slash.
    pub fn new(base: &str) -> Links {
        Links {
            base: base.trim_end_matches('/').to_owned(),
        }
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    pub fn body_page(&self, slug: &str) -> String {
        format!("{}/{DEFAULT_LANGUAGE}/bodies/{slug}", self.base)
    }

    pub fn partnership_page(&self, slug: &str) -> String {
        format!("{}/{DEFAULT_LANGUAGE}/partnerships/{slug}", self.base)
    }

    pub fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

/// A piece of a download, or the failure that ends it early (the answer is then cut off, so a
/// reader never mistakes a partial file for a whole one).
pub type Chunk = Result<Bytes, std::io::Error>;

/// Starts producing `download` in the background; its pieces arrive on the returned channel.
pub fn stream(store: Store, download: Download, links: Links) -> mpsc::Receiver<Chunk> {
    // A few pages in flight: the producer waits while the reader is slower.
    let (tx, rx) = mpsc::channel(4);
    tokio::spawn(async move {
        let out = Out { tx };
        match produce(&store, download, &links, &out).await {
            Ok(()) | Err(Stop::ReaderGone) => {}
            Err(Stop::Store(error)) => {
                tracing::error!(%error, download = %download.file_name(), "export failed");
                let _ = out
                    .tx
                    .send(Err(std::io::Error::other("the export failed")))
                    .await;
            }
        }
    });
    rx
}

/// Why producing a download stopped before its end.
enum Stop {
    /// Nobody reads any more (the client went away).
    ReaderGone,
    Store(StoreError),
}

impl From<StoreError> for Stop {
    fn from(error: StoreError) -> Self {
        Stop::Store(error)
    }
}

struct Out {
    tx: mpsc::Sender<Chunk>,
}

impl Out {
    async fn put(&self, bytes: Vec<u8>) -> Result<(), Stop> {
        if bytes.is_empty() {
            return Ok(());
        }
        self.tx
            .send(Ok(Bytes::from(bytes)))
            .await
            .map_err(|_| Stop::ReaderGone)
    }
}

/// Writes one download, page by page.
async fn produce(store: &Store, download: Download, links: &Links, out: &Out) -> Result<(), Stop> {
    let lang = DEFAULT_LANGUAGE;
    let mut writer = FormatWriter::new(download, links);
    out.put(writer.start()).await?;
    match download.dataset {
        Dataset::Partnerships => {
            let mut after: Option<String> = None;
            loop {
                let page = store
                    .export_partnerships_after(after.as_deref(), PAGE_SIZE, lang)
                    .await?;
                let full = page.len() == PAGE_SIZE as usize;
                after = page.last().map(|p| p.summary.slug.clone());
                out.put(writer.partnerships(&page)).await?;
                if !full {
                    break;
                }
            }
        }
        Dataset::Bodies => {
            let mut after: Option<BodyCursor> = None;
            loop {
                let page = store
                    .export_bodies_after(after.as_ref(), PAGE_SIZE, lang)
                    .await?;
                let full = page.len() == PAGE_SIZE as usize;
                after = page.last().map(|(cursor, _)| cursor.clone());
                let bodies: Vec<ExportBody> = page.into_iter().map(|(_, b)| b).collect();
                out.put(writer.bodies(&bodies)).await?;
                if !full {
                    break;
                }
            }
        }
    }
    out.put(writer.finish()).await
}

/// Turns pages of records into the bytes of one format, remembering what the end needs.
struct FormatWriter<'a> {
    download: Download,
    links: &'a Links,
    /// Records (JSON) or features (GeoJSON) written so far, for the separators.
    written: u64,
    /// Records seen, and those left out of a GeoJSON file for want of coordinates.
    seen: u64,
    left_out: u64,
}

impl<'a> FormatWriter<'a> {
    fn new(download: Download, links: &'a Links) -> Self {
        FormatWriter {
            download,
            links,
            written: 0,
            seen: 0,
            left_out: 0,
        }
    }

    fn start(&self) -> Vec<u8> {
        match self.download.format {
            FileFormat::Csv => csv_bytes(std::iter::once(match self.download.dataset {
                Dataset::Partnerships => PARTNERSHIP_CSV_HEADER.map(str::to_owned).to_vec(),
                Dataset::Bodies => BODY_CSV_HEADER.map(str::to_owned).to_vec(),
            })),
            FileFormat::Json => b"[".to_vec(),
            FileFormat::GeoJson => b"{\"type\":\"FeatureCollection\",\"features\":[".to_vec(),
        }
    }

    fn partnerships(&mut self, page: &[ExportPartnership]) -> Vec<u8> {
        match self.download.format {
            FileFormat::Csv => csv_bytes(page.iter().map(|p| partnership_csv_record(&p.summary))),
            FileFormat::Json => self.json_items(page.iter().map(|p| json(&p.summary))),
            FileFormat::GeoJson => {
                let features: Vec<_> = page
                    .iter()
                    .map(|p| geojson::partnership_feature(p, self.links))
                    .collect();
                self.features(features)
            }
        }
    }

    fn bodies(&mut self, page: &[ExportBody]) -> Vec<u8> {
        match self.download.format {
            FileFormat::Csv => csv_bytes(page.iter().map(|b| body_csv_record(b, self.links))),
            FileFormat::Json => self.json_items(page.iter().map(json)),
            FileFormat::GeoJson => {
                let features: Vec<_> = page
                    .iter()
                    .map(|b| geojson::body_feature(b, self.links))
                    .collect();
                self.features(features)
            }
        }
    }

    /// Array items, one a line.
    fn json_items(&mut self, items: impl Iterator<Item = Vec<u8>>) -> Vec<u8> {
        let mut bytes = Vec::new();
        for item in items {
            bytes.extend_from_slice(if self.written == 0 { b"\n" } else { b",\n" });
            bytes.extend(item);
            self.written += 1;
        }
        bytes
    }

    fn features(&mut self, features: Vec<Option<serde_json::Value>>) -> Vec<u8> {
        let mut drawn = Vec::new();
        for feature in features {
            self.seen += 1;
            match feature {
                Some(feature) => drawn.push(json(&feature)),
                None => self.left_out += 1,
            }
        }
        self.json_items(drawn.into_iter())
    }

    fn finish(&self) -> Vec<u8> {
        match self.download.format {
            FileFormat::Csv => Vec::new(),
            FileFormat::Json => b"\n]\n".to_vec(),
            FileFormat::GeoJson => {
                let metadata = geojson::metadata(
                    self.download.dataset,
                    self.seen,
                    self.written,
                    self.left_out,
                    self.links,
                );
                format!(
                    "\n],\"metadata\":{}}}\n",
                    String::from_utf8(json(&metadata)).expect("JSON is UTF-8")
                )
                .into_bytes()
            }
        }
    }
}

fn json(value: &impl Serialize) -> Vec<u8> {
    serde_json::to_vec(value).expect("registry values serialise to JSON")
}

/// CSV rows as bytes: RFC 4180 quoting, CRLF after every row. Cells are written as given: defuse text
/// with [`spreadsheet_safe`] first.
pub fn csv_bytes(rows: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in rows {
        w.write_record(&row).expect("writing CSV to memory");
    }
    w.into_inner().expect("writing CSV to memory")
}

pub const PARTNERSHIP_CSV_HEADER: [&str; 14] = [
    "slug",
    "level",
    "kind",
    "status",
    "since",
    "home_slug",
    "home_name",
    "home_country",
    "partner_slug",
    "partner_name",
    "partner_official_name",
    "partner_country",
    "topics",
    "parent",
];

/// The header of the partnerships CSV (the name the command line's tests know it by).
pub const CSV_HEADER: [&str; 14] = PARTNERSHIP_CSV_HEADER;

pub const BODY_CSV_HEADER: [&str; 17] = [
    "slug",
    "name",
    "display_name",
    "kind",
    "country",
    "parent",
    "latitude",
    "longitude",
    "nuts_code",
    "lau_code",
    "wikidata_id",
    "geonames_id",
    "iso_3166_2",
    "website",
    "valid_from",
    "valid_to",
    "page",
];

/// One row of the partnerships CSV. Names are free text and are defused; the other columns are
/// vocabulary keys, slugs and dates, which cannot start a formula.
pub fn partnership_csv_record(p: &PartnershipSummary) -> Vec<String> {
    let topics: Vec<&str> = p.topics.iter().map(|t| t.as_str()).collect();
    vec![
        p.slug.clone(),
        p.level.as_str().to_owned(),
        p.kind.as_str().to_owned(),
        p.status.as_str().to_owned(),
        p.since.map(|d| d.to_string()).unwrap_or_default(),
        p.home.slug.clone(),
        spreadsheet_safe(&p.home.display_name),
        p.home.country.clone(),
        p.partner.slug.clone(),
        spreadsheet_safe(&p.partner.display_name),
        spreadsheet_safe(&p.partner.name),
        p.partner.country.clone(),
        topics.join(";"),
        p.parent.clone().unwrap_or_default(),
    ]
}

/// One row of the bodies CSV. Every text column is defused; coordinates are numbers we format
/// ourselves and stay numbers (a western longitude starts with `-` and must not become text).
pub fn body_csv_record(b: &ExportBody, links: &Links) -> Vec<String> {
    let text = |t: &Option<String>| t.as_deref().map(spreadsheet_safe).unwrap_or_default();
    let number = |n: Option<f64>| n.map(|n| n.to_string()).unwrap_or_default();
    vec![
        b.slug.clone(),
        spreadsheet_safe(&b.name),
        spreadsheet_safe(&b.display_name),
        b.kind.as_str().to_owned(),
        b.country.clone(),
        b.parent.clone().unwrap_or_default(),
        number(b.latitude),
        number(b.longitude),
        text(&b.nuts_code),
        text(&b.lau_code),
        text(&b.wikidata_id),
        b.geonames_id.map(|id| id.to_string()).unwrap_or_default(),
        text(&b.iso_3166_2),
        text(&b.website),
        b.valid_from.map(|d| d.to_string()).unwrap_or_default(),
        b.valid_to.map(|d| d.to_string()).unwrap_or_default(),
        // The page address is ours: the public URL and a slug.
        links.body_page(&b.slug),
    ]
}

/// Spreadsheets execute cells starting with = + - @ (and, in some, a tab or carriage return before
/// them) as formulas; a leading apostrophe keeps a name that happens to start so from being run when
/// the file is opened (OWASP's advice on CSV injection). The one place every CSV text cell passes.
pub fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// `partnerportal export`: the whole registry as one JSON document (`--format json` without
/// `--what`), a download (`--what bodies|partnerships`; CSV and GeoJSON default to partnerships), or
/// the DCAT-AP.de catalogue (`--format jsonld`). `public_url` makes the links inside absolute.
pub async fn run(
    store: &Store,
    format: ExportFormat,
    what: Option<ExportWhat>,
    output: Option<&Path>,
    public_url: &str,
) -> anyhow::Result<()> {
    let mut out: Box<dyn Write> = match output {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create '{}'", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let links = Links::new(public_url);
    let dataset = match what {
        Some(ExportWhat::Bodies) => Dataset::Bodies,
        Some(ExportWhat::Partnerships) | None => Dataset::Partnerships,
    };
    let file_format = match (format, what) {
        (ExportFormat::Json, None) => {
            let export = collect(store).await?;
            serde_json::to_writer_pretty(&mut out, &export)?;
            writeln!(out)?;
            None
        }
        (ExportFormat::Jsonld, _) => {
            let catalog = crate::io::dcat::catalog(store, &links).await?;
            serde_json::to_writer_pretty(&mut out, &catalog)?;
            writeln!(out)?;
            None
        }
        (ExportFormat::Json, Some(_)) => Some(FileFormat::Json),
        (ExportFormat::Csv, _) => Some(FileFormat::Csv),
        (ExportFormat::Geojson, _) => Some(FileFormat::GeoJson),
        // Staff spreadsheets are written by `crate::spreadsheet`.
        (ExportFormat::Xlsx | ExportFormat::Ods | ExportFormat::SheetCsv, _) => {
            anyhow::bail!("spreadsheets are written by partnerportal::spreadsheet::run_export_cli")
        }
    };
    if let Some(file_format) = file_format {
        let mut chunks = stream(
            store.clone(),
            Download::new(dataset, file_format),
            links.clone(),
        );
        while let Some(chunk) = chunks.recv().await {
            out.write_all(&chunk.context("the export failed; see the log")?)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// The whole registry with every detail, as the API shows single records.
pub async fn collect(store: &Store) -> anyhow::Result<Export> {
    let lang = DEFAULT_LANGUAGE;
    let mut bodies = Vec::new();
    for r in store
        .list_bodies(&BodyFilter::default(), Page::all(), lang)
        .await?
        .items
    {
        bodies.extend(store.find_body(&r.slug, lang).await?);
    }
    let mut partnerships = Vec::new();
    let all = PartnershipFilter::default();
    for p in store
        .list_partnerships(&all, Page::all(), lang)
        .await?
        .items
    {
        partnerships.extend(store.find_partnership(&p.slug, lang).await?);
    }
    Ok(Export {
        bodies,
        partnerships,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_look_like_formulas_are_defused() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("+1"), "'+1");
        assert_eq!(spreadsheet_safe("-1"), "'-1");
        assert_eq!(spreadsheet_safe("\tx"), "'\tx");
        assert_eq!(spreadsheet_safe("Końskie"), "Końskie");
    }

    #[test]
    fn every_download_has_its_own_address_and_a_media_type() {
        let paths: std::collections::BTreeSet<String> =
            Download::ALL.iter().map(|d| d.path()).collect();
        assert_eq!(paths.len(), Download::ALL.len());
        assert!(paths.contains("/api/v1/exports/bodies.geojson"));
        assert_eq!(
            Download::new(Dataset::Bodies, FileFormat::GeoJson).media_type(),
            "application/geo+json"
        );
    }
}
