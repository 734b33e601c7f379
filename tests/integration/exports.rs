//! The open-data downloads, the DCAT-AP.de catalogue, the JSON-LD in the pages and the open-data page.

use std::collections::BTreeSet;

use partnerportal::io::export::{
    BODY_CSV_HEADER, Download, PARTNERSHIP_CSV_HEADER, csv_bytes, spreadsheet_safe,
};
use proptest::prelude::*;
use serde_json::Value;
use sqlx::Connection;

use crate::common::{Answer, TestApp, between, hrefs, seed, spawn_app};

const LANGUAGES: [&str; 5] = ["de", "en", "fr", "pl", "ro"];

/// Runs SQL on the app's database: what no public interface writes (drafts, hostile names).
async fn sql(app: &TestApp, statements: &str) {
    let mut conn = app.db().await;
    sqlx::raw_sql(statements).execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
}

/// GETs a download that must answer 200 with the media type the catalogue and OpenAPI declare.
async fn download(app: &TestApp, path: &str, media_type: &str) -> Answer {
    let answer = app.get(path).await;
    assert_eq!(answer.status, 200, "{path}: {}", answer.text);
    assert!(
        answer.content_type().starts_with(media_type),
        "{path}: {} instead of {media_type}",
        answer.content_type()
    );
    answer
}

fn csv_rows(text: &str) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader.records().map(Result::unwrap).collect();
    (header, rows)
}

fn column<'a>(header: &[String], rows: &'a [csv::StringRecord], name: &str) -> Vec<&'a str> {
    let index = header.iter().position(|h| h == name).unwrap();
    rows.iter().map(|r| &r[index]).collect()
}

/// The published partnership slugs, as the API lists them.
async fn published_partnerships(app: &TestApp) -> BTreeSet<String> {
    crate::common::slug_set(&app.all_items("/api/v1/partnerships").await)
}

async fn published_bodies(app: &TestApp) -> BTreeSet<String> {
    crate::common::slug_set(&app.all_items("/api/v1/bodies").await)
}

/// Makes the Wernigerode–Carpi twinning and Carpi itself drafts.
async fn make_drafts(app: &TestApp) {
    sql(
        app,
        "UPDATE partnerships SET published = 0
           WHERE body_a_id = (SELECT id FROM bodies WHERE slug = 'carpi')
              OR body_b_id = (SELECT id FROM bodies WHERE slug = 'carpi');
         UPDATE bodies SET published = 0 WHERE slug = 'carpi';",
    )
    .await;
}

#[tokio::test]
async fn partnerships_csv_has_the_header_and_one_row_per_published_partnership_without_drafts() {
    let app = spawn_app().await;
    make_drafts(&app).await;
    let answer = download(&app, "/api/v1/exports/partnerships.csv", "text/csv").await;
    assert!(answer.content_type().contains("charset=utf-8"));
    assert!(answer.text.ends_with("\r\n"), "rows end with CRLF");
    assert!(!answer.text.starts_with('\u{feff}'), "no byte-order mark");
    let (header, rows) = csv_rows(&answer.text);
    assert_eq!(header, PARTNERSHIP_CSV_HEADER);
    assert!(rows.iter().all(|r| r.len() == header.len()));
    let slugs: BTreeSet<String> = column(&header, &rows, "slug")
        .into_iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(slugs.len(), rows.len(), "one row per partnership");
    let published = published_partnerships(&app).await;
    assert_eq!(published.len(), 25, "the seed's 26 less the draft");
    assert_eq!(slugs, published);
    assert!(!column(&header, &rows, "partner_slug").contains(&"carpi"));
}

#[tokio::test]
async fn bodies_csv_has_the_header_and_one_row_per_published_body_without_drafts() {
    let app = spawn_app().await;
    make_drafts(&app).await;
    let answer = download(&app, "/api/v1/exports/bodies.csv", "text/csv").await;
    let (header, rows) = csv_rows(&answer.text);
    assert_eq!(header, BODY_CSV_HEADER);
    let slugs: BTreeSet<String> = column(&header, &rows, "slug")
        .into_iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(slugs.len(), rows.len());
    assert_eq!(slugs.len(), seed().bodies.len() - 1);
    assert_eq!(slugs, published_bodies(&app).await);
    assert!(!slugs.contains("carpi"));
    let wernigerode = rows.iter().find(|r| &r[0] == "wernigerode").unwrap();
    let value = |name: &str| &wernigerode[header.iter().position(|h| h == name).unwrap()];
    assert_eq!(value("kind"), "municipality");
    assert_eq!(value("parent"), "landkreis-harz");
    let latitude: f64 = value("latitude").parse().unwrap();
    assert!((latitude - 51.83).abs() < 0.01, "{latitude}");
    assert!(value("page").ends_with("/de/bodies/wernigerode"));
}

#[tokio::test]
async fn csv_downloads_defuse_names_that_spreadsheets_would_run_as_formulas() {
    let app = spawn_app().await;
    sql(
        &app,
        "UPDATE bodies SET name = '=HYPERLINK(\"http://evil.example\",\"x\")' WHERE slug = 'carpi';
         UPDATE bodies SET name = '+49 Kalkulation' WHERE slug = 'wernigerode';
         UPDATE bodies SET name = '-1+1' WHERE slug = 'konskie';
         UPDATE bodies SET name = '@SUM(A1:A9)' WHERE slug = 'halberstadt';
         DELETE FROM body_names WHERE body_id IN
           (SELECT id FROM bodies WHERE slug IN ('carpi', 'wernigerode', 'konskie', 'halberstadt'));",
    )
    .await;
    let bodies = download(&app, "/api/v1/exports/bodies.csv", "text/csv").await;
    let (header, rows) = csv_rows(&bodies.text);
    let names = column(&header, &rows, "name");
    for dangerous in [
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "+49 Kalkulation",
        "-1+1",
        "@SUM(A1:A9)",
    ] {
        let defused = format!("'{dangerous}");
        assert!(
            names.contains(&defused.as_str()),
            "{dangerous} in {names:?}"
        );
        assert!(!names.contains(&dangerous), "{dangerous} left as it is");
    }
    assert!(
        rows.iter().flat_map(|r| r.iter()).all(|cell| {
            let formula = cell.starts_with(['=', '+', '@'])
                || (cell.starts_with('-') && cell.parse::<f64>().is_err());
            !formula
        }),
        "no cell of bodies.csv starts a formula"
    );
    let partnerships = download(&app, "/api/v1/exports/partnerships.csv", "text/csv").await;
    let (header, rows) = csv_rows(&partnerships.text);
    assert!(
        column(&header, &rows, "partner_official_name")
            .contains(&"'=HYPERLINK(\"http://evil.example\",\"x\")")
    );
    assert!(column(&header, &rows, "home_name").contains(&"'+49 Kalkulation"));
    // JSON carries the names as they are: only spreadsheets need the apostrophe.
    let json = download(&app, "/api/v1/exports/bodies.json", "application/json")
        .await
        .json();
    assert!(
        json.as_array()
            .unwrap()
            .iter()
            .any(|b| b["name"] == "@SUM(A1:A9)")
    );
}

#[tokio::test]
async fn json_downloads_hold_every_published_record_as_the_api_lists_it() {
    let app = spawn_app().await;
    make_drafts(&app).await;
    let answer = download(
        &app,
        "/api/v1/exports/partnerships.json",
        "application/json",
    )
    .await;
    let items = answer.json().as_array().cloned().unwrap();
    // The same items, in the same order, as the API's list.
    assert_eq!(items, app.all_items("/api/v1/partnerships").await);
    let bodies = download(&app, "/api/v1/exports/bodies.json", "application/json")
        .await
        .json();
    let bodies = bodies.as_array().unwrap();
    let slugs: BTreeSet<String> = bodies
        .iter()
        .map(|b| b["slug"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(slugs, published_bodies(&app).await);
    let harz = bodies
        .iter()
        .find(|b| b["slug"] == "landkreis-harz")
        .unwrap();
    for key in [
        "nuts_code",
        "lau_code",
        "wikidata_id",
        "geonames_id",
        "iso_3166_2",
        "latitude",
        "longitude",
        "parent",
    ] {
        assert!(harz.get(key).is_some(), "{key} in {harz}");
    }
}

#[tokio::test]
async fn bodies_geojson_gives_points_in_longitude_latitude_order() {
    let app = spawn_app().await;
    let answer = download(
        &app,
        "/api/v1/exports/bodies.geojson",
        "application/geo+json",
    )
    .await;
    let doc = answer.json();
    assert_eq!(doc["type"], "FeatureCollection");
    let features = doc["features"].as_array().unwrap();
    let located = seed()
        .bodies
        .iter()
        .filter(|b| b.latitude.is_some())
        .count();
    assert_eq!(features.len(), located);
    assert_eq!(
        doc["metadata"]["left_out_without_coordinates"],
        (seed().bodies.len() - located) as u64
    );
    for feature in features {
        assert_eq!(feature["type"], "Feature");
        assert_eq!(feature["geometry"]["type"], "Point");
        let position = feature["geometry"]["coordinates"].as_array().unwrap();
        assert_eq!(position.len(), 2);
        let (lon, lat) = (position[0].as_f64().unwrap(), position[1].as_f64().unwrap());
        assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
        for key in [
            "slug",
            "name",
            "kind",
            "country",
            "nuts_code",
            "lau_code",
            "wikidata_id",
            "geonames_id",
            "iso_3166_2",
            "page",
        ] {
            assert!(
                feature["properties"].get(key).is_some(),
                "{key} in {feature}"
            );
        }
    }
    let wernigerode = features
        .iter()
        .find(|f| f["properties"]["slug"] == "wernigerode")
        .unwrap();
    let position = &wernigerode["geometry"]["coordinates"];
    assert!(
        (position[0].as_f64().unwrap() - 10.78).abs() < 0.01,
        "longitude first: {position}"
    );
    assert!(
        (position[1].as_f64().unwrap() - 51.83).abs() < 0.01,
        "latitude second: {position}"
    );
    assert!(
        wernigerode["properties"]["page"]
            .as_str()
            .unwrap()
            .ends_with("/de/bodies/wernigerode")
    );
}

#[tokio::test]
async fn partnerships_geojson_draws_lines_only_where_both_partners_have_coordinates_and_counts_the_rest()
 {
    let app = spawn_app().await;
    // Take Wernigerode's coordinates away: its twinnings can no longer be drawn.
    sql(
        &app,
        "UPDATE bodies SET latitude = NULL, longitude = NULL WHERE slug = 'wernigerode';",
    )
    .await;
    let doc = download(
        &app,
        "/api/v1/exports/partnerships.geojson",
        "application/geo+json",
    )
    .await
    .json();
    assert_eq!(doc["type"], "FeatureCollection");
    let features = doc["features"].as_array().unwrap();
    let located: BTreeSet<String> = app
        .all_items("/api/v1/bodies")
        .await
        .iter()
        .map(|b| b["slug"].as_str().unwrap().to_owned())
        .filter(|slug| {
            slug != "wernigerode"
                && seed()
                    .bodies
                    .iter()
                    .any(|b| b.slug.to_string() == *slug && b.latitude.is_some())
        })
        .collect();
    let all = app.all_items("/api/v1/partnerships").await;
    let drawable: BTreeSet<String> = all
        .iter()
        .filter(|p| {
            located.contains(p["home"]["slug"].as_str().unwrap())
                && located.contains(p["partner"]["slug"].as_str().unwrap())
        })
        .map(|p| p["slug"].as_str().unwrap().to_owned())
        .collect();
    let drawn: BTreeSet<String> = features
        .iter()
        .map(|f| f["properties"]["slug"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(drawn, drawable);
    assert!(
        drawn.len() < all.len(),
        "Wernigerode's twinnings are left out"
    );
    assert_eq!(doc["metadata"]["records"], all.len() as u64);
    assert_eq!(
        doc["metadata"]["left_out_without_coordinates"],
        (all.len() - drawn.len()) as u64
    );
    for feature in features {
        assert_eq!(feature["geometry"]["type"], "LineString");
        assert_eq!(
            feature["geometry"]["coordinates"].as_array().unwrap().len(),
            2
        );
        for key in [
            "slug",
            "level",
            "kind",
            "status",
            "since",
            "home_name",
            "partner_name",
        ] {
            assert!(
                feature["properties"].get(key).is_some(),
                "{key} in {feature}"
            );
        }
    }
    // A line starts at the home side: the district lies in Germany (longitude 10–12°, latitude 51–52°).
    let belfort = features
        .iter()
        .find(|f| f["properties"]["slug"] == "harz-belfort")
        .unwrap();
    let start = &belfort["geometry"]["coordinates"][0];
    assert!(
        (10.0..12.5).contains(&start[0].as_f64().unwrap()),
        "{start}"
    );
    assert!(
        (51.0..52.5).contains(&start[1].as_f64().unwrap()),
        "{start}"
    );
}

#[tokio::test]
async fn downloads_carry_etag_last_modified_and_an_attachment_name_and_answer_304_when_unchanged() {
    let app = spawn_app().await;
    for d in Download::ALL {
        let answer = download(&app, &d.path(), d.media_type()).await;
        let tag = answer.header("etag").to_owned();
        assert!(
            tag.starts_with('"') && tag.ends_with('"'),
            "{}: {tag}",
            d.path()
        );
        assert!(
            answer.header("last-modified").ends_with(" GMT"),
            "{}",
            d.path()
        );
        assert_eq!(
            answer.header("content-disposition"),
            format!("attachment; filename=\"{}\"", d.file_name())
        );
        let again = app
            .client
            .get(app.url(&d.path()))
            .header("if-none-match", &tag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304, "{}", d.path());
        assert_eq!(again.headers()["etag"].to_str().unwrap(), tag);
        assert!(again.bytes().await.unwrap().is_empty());
    }
    let catalog = app.get("/api/v1/catalog.jsonld").await;
    assert!(!catalog.header("etag").is_empty());
    assert!(catalog.header("last-modified").ends_with(" GMT"));
}

#[tokio::test]
async fn a_change_to_the_registry_changes_the_etag_of_the_downloads() {
    let app = spawn_app().await;
    let before = app.get("/api/v1/exports/bodies.csv").await;
    sql(&app, "UPDATE bodies SET name = 'Wernigerode (Harz)', version = version + 1 WHERE slug = 'wernigerode';").await;
    let after = app.get("/api/v1/exports/bodies.csv").await;
    assert_ne!(before.header("etag"), after.header("etag"));
    assert!(after.text.contains("Wernigerode (Harz)"));
}

#[tokio::test]
async fn the_catalogue_lists_every_download_and_each_download_url_answers_with_its_media_type() {
    let app = spawn_app().await;
    let answer = download(&app, "/api/v1/catalog.jsonld", "application/ld+json").await;
    let catalog = answer.json();
    assert_eq!(catalog["@type"], "dcat:Catalog");
    assert_eq!(catalog["@context"]["dcat"], "http://www.w3.org/ns/dcat#");
    assert_eq!(
        catalog["@context"]["dcatde"],
        "http://dcat-ap.de/def/dcatde/"
    );
    let datasets = catalog["dcat:dataset"].as_array().unwrap();
    assert_eq!(datasets.len(), 1);
    let dataset = &datasets[0];
    assert_eq!(dataset["@type"], "dcat:Dataset");
    assert!(
        dataset["dct:title"]["@value"]
            .as_str()
            .unwrap()
            .starts_with("Internationale Partnerschaften")
    );
    assert_eq!(dataset["dct:publisher"]["foaf:name"], "Landkreis Harz");
    assert!(
        dataset["dcat:contactPoint"]["vcard:hasEmail"]["@id"]
            .as_str()
            .unwrap()
            .starts_with("mailto:")
    );
    assert_eq!(
        dataset["dct:license"]["@id"],
        "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
    );
    assert_eq!(dataset["dct:modified"]["@type"], "xsd:dateTime");
    let distributions = dataset["dcat:distribution"].as_array().unwrap();
    assert_eq!(distributions.len(), Download::ALL.len());
    let mut urls = BTreeSet::new();
    for distribution in distributions {
        assert_eq!(distribution["@type"], "dcat:Distribution");
        assert_eq!(
            distribution["dct:license"]["@id"],
            "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
        );
        assert!(
            distribution["dct:format"]["@id"]
                .as_str()
                .unwrap()
                .starts_with("http://publications.europa.eu/resource/authority/file-type/")
        );
        let url = distribution["dcat:downloadURL"]["@id"].as_str().unwrap();
        assert_eq!(distribution["dcat:accessURL"]["@id"], url);
        let media_type = distribution["dcat:mediaType"]["@id"]
            .as_str()
            .unwrap()
            .strip_prefix("https://www.iana.org/assignments/media-types/")
            .unwrap();
        // The address is absolute, on this server; asking for it gives the declared type.
        let path = url
            .strip_prefix(&app.base_url)
            .unwrap_or_else(|| panic!("{url} is not on {}", app.base_url));
        download(&app, path, media_type).await;
        urls.insert(path.to_owned());
    }
    let expected: BTreeSet<String> = Download::ALL.iter().map(|d| d.path()).collect();
    assert_eq!(urls, expected);
}

/// The JSON-LD data blocks of a page, parsed.
fn json_ld(html: &str) -> Vec<Value> {
    html.split("<script type=\"application/ld+json\">")
        .skip(1)
        .map(|rest| {
            let block = &rest[..rest.find("</script>").expect("a closed data block")];
            serde_json::from_str(block).unwrap_or_else(|e| panic!("not JSON ({e}): {block}"))
        })
        .collect()
}

#[tokio::test]
async fn partnership_and_body_pages_embed_schema_org_json_ld_that_parses() {
    let app = spawn_app().await;
    for lang in LANGUAGES {
        let page = app
            .page(&format!("/{lang}/partnerships/harz-belfort"))
            .await;
        let blocks = json_ld(&page);
        assert_eq!(blocks.len(), 1, "{lang}");
        let p = &blocks[0];
        assert_eq!(p["@context"], "https://schema.org");
        assert_eq!(p["@type"], "Project");
        assert_eq!(p["foundingDate"], "1995");
        let places = p["location"].as_array().unwrap();
        assert_eq!(
            places[0]["@id"],
            format!("/{lang}/bodies/landkreis-harz#place")
        );
        assert_eq!(places[0]["@type"], "AdministrativeArea");

        let page = app.page(&format!("/{lang}/bodies/wernigerode")).await;
        let blocks = json_ld(&page);
        assert_eq!(blocks.len(), 1, "{lang}");
        let b = &blocks[0];
        assert_eq!(b["@type"], "City");
        assert_eq!(b["@id"], format!("/{lang}/bodies/wernigerode#place"));
        assert_eq!(b["name"], "Wernigerode");
        assert_eq!(b["geo"]["@type"], "GeoCoordinates");
        assert!((b["geo"]["latitude"].as_f64().unwrap() - 51.83).abs() < 0.01);
        assert_eq!(
            b["containedInPlace"]["@id"],
            format!("/{lang}/bodies/landkreis-harz#place")
        );
    }
}

#[tokio::test]
async fn a_stored_closing_script_tag_cannot_break_out_of_the_json_ld_block() {
    let app = spawn_app().await;
    let hostile = "</script><script>alert(1)</script><!-- & -->";
    sql(
        &app,
        &format!(
            "UPDATE partnership_texts SET narrative = '{hostile}'
               WHERE partnership_id = (SELECT id FROM partnerships WHERE slug = 'harz-belfort');
             UPDATE bodies SET name = '{hostile}' WHERE slug = 'carpi';
             DELETE FROM body_names WHERE body_id = (SELECT id FROM bodies WHERE slug = 'carpi');"
        ),
    )
    .await;
    for path in ["/de/partnerships/harz-belfort", "/en/bodies/carpi"] {
        let page = app.page(path).await;
        assert!(
            !page.contains("<script>alert(1)"),
            "{path}: the stored script got out"
        );
        let head = between(&page, "<head>", "</head>");
        assert_eq!(head.matches("<script").count(), 1, "{path}: one data block");
        let blocks = json_ld(&page);
        assert_eq!(blocks.len(), 1, "{path}");
        // The block reads back as the stored text, unchanged.
        let text = if path.contains("partnerships") {
            &blocks[0]["description"]
        } else {
            &blocks[0]["name"]
        };
        assert_eq!(text, hostile, "{path}");
    }
}

#[tokio::test]
async fn the_open_data_page_in_every_language_links_every_download_the_catalogue_and_openapi() {
    let app = spawn_app().await;
    for lang in LANGUAGES {
        let page = app.page(&format!("/{lang}/open-data")).await;
        let main = between(&page, "<main", "</main>");
        let links = hrefs(main);
        for d in Download::ALL {
            assert!(links.contains(&d.path()), "{lang}: {} missing", d.path());
        }
        assert!(links.contains(&"/api/openapi.json".to_owned()), "{lang}");
        assert!(
            links.contains(&"/api/v1/catalog.jsonld".to_owned()),
            "{lang}"
        );
        assert!(main.contains("DL-DE-BY-2.0"), "{lang}: the licence");
        assert!(main.contains("26"), "{lang}: the number of partnerships");
        // The main navigation marks it as the current page and no longer leads to the raw document.
        let nav = between(&page, "<ul class=\"nav\">", "</ul>");
        assert!(
            nav.contains(&format!(
                "<a href=\"/{lang}/open-data\" aria-current=\"page\">"
            )),
            "{lang}: {nav}"
        );
        assert!(!hrefs(nav).contains(&"/api/openapi.json".to_owned()));
    }
    // The bare address leads to the reader's language.
    let answer = app.get_raw("/open-data", Some("fr")).await;
    assert_eq!(answer.redirect_target(), "/fr/open-data");
}

#[test]
fn command_line_export_writes_the_files_the_api_serves() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let app = runtime.block_on(spawn_app());
    for d in Download::ALL {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_partnerportal"))
            .env_remove("DATABASE_URL")
            .env("RUST_LOG", "off")
            .args([
                "--database",
                &app.database_arg(),
                "--public-url",
                &app.base_url,
            ])
            .args([
                "export",
                "--format",
                d.format_key(),
                "--what",
                d.dataset_key(),
            ])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let served = runtime.block_on(app.get(&d.path()));
        assert_eq!(
            String::from_utf8(output.stdout).unwrap(),
            served.text,
            "{}",
            d.file_name()
        );
    }
}

proptest! {
    /// Any text survives the CSV writer: read back with the `csv` crate it is the same, except that
    /// text starting like a formula comes back with the apostrophe that defuses it.
    #[test]
    fn the_csv_writer_round_trips_any_text_and_defuses_only_formula_starts(
        fields in proptest::collection::vec(any::<String>(), 1..6)
    ) {
        let row: Vec<String> = fields.iter().map(|f| spreadsheet_safe(f)).collect();
        let bytes = csv_bytes(std::iter::once(row));
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(bytes.as_slice());
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        prop_assert_eq!(records.len(), 1);
        let back: Vec<&str> = records[0].iter().collect();
        prop_assert_eq!(back.len(), fields.len());
        for (read, written) in back.iter().zip(&fields) {
            if written.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                prop_assert_eq!(read.to_string(), format!("'{written}"));
            } else {
                prop_assert_eq!(*read, written.as_str());
            }
        }
    }
}
