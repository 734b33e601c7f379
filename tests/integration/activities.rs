//! Activities and the public events calendar over HTTP: the workbench's form and its rights (a town
//! editor never changes another town's activity), stale saves, photo uploads with hostile files,
//! internal activities kept out of every public page, feed and API answer, the iCalendar feeds
//! parsed back.

use std::collections::BTreeMap;

use partnerportal::domain::access::{Principal, Role};
use partnerportal::domain::activities::{
    ActivityKind, ActivityRecord, ActivityText, Placement, Visibility,
};
use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, COOKIE};

use crate::common::{TestApp, spawn_app};
use crate::workbench::{Session, create_user, set, sign_in};

/// An activity of `partnership`, public, in July 2026 (unless changed).
fn activity(slug: &str, partnership: &str, title: &str) -> ActivityRecord {
    let mut texts = BTreeMap::new();
    texts.insert(
        "de".to_owned(),
        ActivityText {
            title: title.to_owned(),
            description: format!("Beschreibung von {title}."),
        },
    );
    ActivityRecord {
        slug: slug.to_owned(),
        kind: ActivityKind::YouthEncounter,
        starts_on: "2026-07-14".into(),
        ends_on: "2026-07-28".into(),
        starts_at: None,
        ends_at: None,
        time_zone: None,
        host: None,
        place: "Belfort".into(),
        organiser: "Kreisjugendring Harz".into(),
        visibility: Visibility::Public,
        partnerships: vec![partnership.to_owned()],
        texts,
        organisations: vec![],
        placement: Placement::default(),
    }
}

async fn store_activity(app: &TestApp, record: &ActivityRecord) -> i64 {
    app.store
        .create_activity(&Principal::command_line(), record)
        .await
        .unwrap()
        .id
}

/// The new-activity form filled as a person would: `change` edits the fields after the basics.
async fn submit_new(
    session: &Session<'_>,
    change: impl FnOnce(&mut Vec<(String, String)>),
) -> crate::workbench::Reply {
    session
        .submit(
            "/de/workbench/activities/new",
            "/de/workbench/activities/new",
            |f| {
                // A multiple select sends only what is chosen.
                f.retain(|(k, _)| k != "partnerships");
                set(f, "slug", "sommercamp-belfort-2026");
                set(f, "starts_on", "2026-07-14");
                set(f, "ends_on", "2026-07-28");
                set(f, "title", "Sommercamp in Belfort");
                set(f, "place", "Belfort");
                change(f);
            },
        )
        .await
}

fn push(f: &mut Vec<(String, String)>, name: &str, value: &str) {
    f.push((name.to_owned(), value.to_owned()));
}

#[tokio::test]
async fn staff_create_an_activity_through_the_form_and_find_it_in_the_filtered_list() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let created = submit_new(&anna, |f| {
        push(f, "partnerships", "harz-belfort");
        push(f, "partnerships", "harz-konecki");
        set(f, "o_name", "Lycée Condorcet");
        set(f, "o_kind", "school");
        set(f, "o_country", "fr");
    })
    .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    assert!(created.location.starts_with("/de/workbench/activities/"));
    let stored = app
        .store
        .activity_record("sommercamp-belfort-2026")
        .await
        .unwrap()
        .expect("the activity is stored");
    assert_eq!(
        stored.record.partnerships,
        vec!["harz-belfort", "harz-konecki"]
    );
    assert_eq!(stored.record.organisations.len(), 1);
    assert_eq!(
        stored.record.organisations[0].country.as_deref(),
        Some("FR")
    );
    let page = anna.get(&created.location).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Sommercamp in Belfort"));
    assert!(page.body.contains("Lycée Condorcet"));

    let history = app
        .store
        .history(partnerportal::domain::audit::Entity::Activity, stored.id)
        .await
        .unwrap();
    assert_eq!(history.len(), 1, "one audit entry for the creation");

    store_activity(
        &app,
        &ActivityRecord {
            kind: ActivityKind::Delegation,
            starts_on: "2025-05-02".into(),
            ends_on: "2025-05-04".into(),
            ..activity("delegation-iasi-2025", "harz-iasi", "Delegation nach Iași")
        },
    )
    .await;
    let all = anna.get("/de/workbench/activities").await;
    assert!(
        all.body.contains("Sommercamp in Belfort") && all.body.contains("Delegation nach Iași")
    );
    let by_year = anna.get("/de/workbench/activities?year=2025").await;
    assert!(!by_year.body.contains("Sommercamp in Belfort"));
    assert!(by_year.body.contains("Delegation nach Iași"));
    let by_partnership = anna
        .get("/de/workbench/activities?partnership=harz-konecki")
        .await;
    assert!(by_partnership.body.contains("Sommercamp in Belfort"));
    assert!(!by_partnership.body.contains("Delegation nach Iași"));
    let by_kind = anna.get("/de/workbench/activities?kind=delegation").await;
    assert!(!by_kind.body.contains("Sommercamp in Belfort"));
    assert!(by_kind.body.contains("Delegation nach Iași"));
    let bad = anna.get("/de/workbench/activities?kind=party").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_form_with_problems_is_shown_again_with_each_problem_at_its_field_and_nothing_stored() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let refused = submit_new(&anna, |f| {
        set(f, "title", "");
        set(f, "ends_on", "2026-07-01");
        set(f, "programme", "Europäisches Solidaritätskorps");
        set(f, "o_name", "Club <script>alert(1)</script>");
        set(f, "o_kind", "school");
        set(f, "o_link", "javascript:alert(1)");
    })
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for (field, message) in [
        ("f-texts-de-title", "Der deutsche Titel ist Pflicht."),
        ("f-ends_on", "Das Ende liegt vor dem Beginn."),
        (
            "f-partnerships",
            "Eine Aktivität gehört zu mindestens einer Partnerschaft.",
        ),
        ("f-placement", "nur bei Freiwilligendiensten"),
        ("f-organisations-0-link", "https://"),
    ] {
        assert!(
            refused.body.contains(field) && refused.body.contains(message),
            "{field}: {message}"
        );
    }
    assert!(
        !refused.body.contains("<script>alert(1)"),
        "typed text is escaped"
    );
    assert!(
        refused
            .body
            .contains("Club &#60;script&#62;alert(1)&#60;/script&#62;")
            || refused.body.contains("Club &lt;script&gt;"),
        "what was typed stays in the form"
    );
    assert!(
        app.store
            .activity_record("sommercamp-belfort-2026")
            .await
            .unwrap()
            .is_none()
    );
    let unknown = submit_new(&anna, |f| push(f, "partnerships", "harz-atlantis")).await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unknown
            .body
            .contains("Es gibt keine Partnerschaft mit dieser Kennung.")
    );
}

#[tokio::test]
async fn a_town_editor_cannot_change_another_towns_activity_but_their_own() {
    let app = spawn_app().await;
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    create_user(&app, "bad-suderode", Role::Editor, &["bad-suderode"]).await;
    create_user(&app, "reader", Role::Reader, &[]).await;
    let konskie = store_activity(
        &app,
        &activity(
            "feuerwehr-konskie",
            "bad-suderode-konskie",
            "Feuerwehrtreffen",
        ),
    )
    .await;
    let wernigerode = sign_in(&app, "wernigerode").await;
    let edit = wernigerode
        .get(&format!("/de/workbench/activities/{konskie}/edit"))
        .await;
    assert_eq!(edit.status, StatusCode::FORBIDDEN);
    let stored = app.store.activity_by_id(konskie).await.unwrap().unwrap();
    let mut changed = stored.record.clone();
    changed.place = "Wernigerode".into();
    let refused = wernigerode
        .post(
            &format!("/de/workbench/activities/{konskie}/edit"),
            &activity_fields(&changed, stored.version),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.body);
    // Nor may they create one for a partnership that is not theirs.
    let created = submit_new(&wernigerode, |f| {
        push(f, "partnerships", "bad-suderode-konskie")
    })
    .await;
    assert_eq!(created.status, StatusCode::FORBIDDEN);
    let deleted = wernigerode
        .post(&format!("/de/workbench/activities/{konskie}/delete"), &[])
        .await;
    assert_eq!(deleted.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.store
            .activity_by_id(konskie)
            .await
            .unwrap()
            .unwrap()
            .record
            .place,
        "Belfort",
        "nothing changed"
    );
    let reader = sign_in(&app, "reader").await;
    assert_eq!(
        reader
            .get(&format!("/de/workbench/activities/{konskie}"))
            .await
            .status,
        StatusCode::OK,
        "readers read"
    );
    let read_only = reader
        .post(
            &format!("/de/workbench/activities/{konskie}/edit"),
            &activity_fields(&changed, stored.version),
        )
        .await;
    assert_eq!(read_only.status, StatusCode::FORBIDDEN);

    let bad_suderode = sign_in(&app, "bad-suderode").await;
    let saved = bad_suderode
        .post(
            &format!("/de/workbench/activities/{konskie}/edit"),
            &activity_fields(&changed, stored.version),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    // The second save from the same version is stale.
    let stale = bad_suderode
        .post(
            &format!("/de/workbench/activities/{konskie}/edit"),
            &activity_fields(&changed, stored.version),
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.body.contains("bad-suderode (test)"), "{}", stale.body);
}

/// The form fields of `record` as the edit form posts them (German text only).
fn activity_fields(record: &ActivityRecord, version: i64) -> Vec<(String, String)> {
    let mut f = vec![
        ("version".to_owned(), version.to_string()),
        ("slug".to_owned(), record.slug.clone()),
        ("kind".to_owned(), record.kind.key().to_owned()),
        ("visibility".to_owned(), record.visibility.key().to_owned()),
        ("starts_on".to_owned(), record.starts_on.clone()),
        ("ends_on".to_owned(), record.ends_on.clone()),
        ("place".to_owned(), record.place.clone()),
        ("organiser".to_owned(), record.organiser.clone()),
    ];
    for p in &record.partnerships {
        f.push(("partnerships".to_owned(), p.clone()));
    }
    for lang in ["de", "en", "fr", "pl", "ro"] {
        let text = record.texts.get(lang);
        f.push((
            "title".to_owned(),
            text.map(|t| t.title.clone()).unwrap_or_default(),
        ));
        f.push((
            "description".to_owned(),
            text.map(|t| t.description.clone()).unwrap_or_default(),
        ));
    }
    f
}

// ---------------------------------------------------------------------------------------------
// Photos

fn jpeg_with_gps(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut plain = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut plain, 90)
        .encode_image(&picture)
        .unwrap();
    // An APP1 Exif segment after the start marker: a TIFF header with an empty first directory,
    // then a GPS position as a camera writes it into its maker data.
    let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08\0\0\0\0\0\0".to_vec();
    exif.extend_from_slice(b"GPSLatitude=51.8937N GPSLongitude=10.5597E");
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&exif);
    out.extend_from_slice(&plain[2..]);
    out
}

/// A PNG that declares `side` × `side` pixels: its header only, then a few bytes of deflate data.
fn png_declaring(side: u32) -> Vec<u8> {
    let mut png = Vec::new();
    image::codecs::png::PngEncoder::new(&mut png)
        .write_image(&[0u8; 3 * 4], 2, 2, image::ExtendedColorType::Rgb8)
        .unwrap();
    // Width and height sit at bytes 16..24; the header's CRC at 29..33 must match them.
    png[16..20].copy_from_slice(&side.to_be_bytes());
    png[20..24].copy_from_slice(&side.to_be_bytes());
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

use image::ImageEncoder;

async fn upload_photo(
    session: &Session<'_>,
    id: i64,
    bytes: &[u8],
    alt_de: &str,
) -> (StatusCode, String, String) {
    let boundary = "----activity-photo-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"alt_de\"\r\n\r\n{alt_de}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"alt_fr\"\r\n\r\nDes jeunes à Belfort\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\"\r\n\
         Content-Type: image/jpeg\r\n\r\n",
        session.csrf
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let response = session
        .app
        .raw_client
        .post(
            session
                .app
                .url(&format!("/de/workbench/activities/{id}/photos")),
        )
        .header(
            CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(COOKIE, format!("pp_session={}", session.cookie))
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let location = response
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, location, response.text().await.unwrap_or_default())
}

#[tokio::test]
async fn an_uploaded_photo_is_re_encoded_without_its_gps_position_and_served_with_a_thumbnail() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let id = store_activity(&app, &activity("sommercamp", "harz-belfort", "Sommercamp")).await;
    let original = jpeg_with_gps(1600, 1200);
    assert!(original.windows(11).any(|w| w == b"GPSLatitude"));
    let (status, location, body) = upload_photo(
        &anna,
        id,
        &original,
        "Jugendliche vor dem Löwen von Belfort",
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    assert_eq!(location, format!("/de/workbench/activities/{id}?photo=1"));
    let photos = app.store.activity_photos(id).await.unwrap();
    assert_eq!(photos.len(), 1);
    let photo = &photos[0];
    assert_eq!((photo.width, photo.height), (1600, 1200));
    assert_eq!((photo.thumb_width, photo.thumb_height), (480, 360));
    assert_eq!(photo.alt["de"], "Jugendliche vor dem Löwen von Belfort");
    assert_eq!(photo.alt["fr"], "Des jeunes à Belfort");

    let (status, headers, bytes) = get_bytes(&app, &format!("/events/photos/{}", photo.id)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "image/jpeg");
    assert!(
        headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age")
    );
    assert!(bytes.starts_with(&[0xFF, 0xD8, 0xFF]));
    assert!(
        !bytes.windows(11).any(|w| w == b"GPSLatitude")
            && !bytes.windows(6).any(|w| w == b"Exif\0\0"),
        "no EXIF and no GPS position in what is served"
    );
    let decoded = image::load_from_memory(&bytes).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (1600, 1200));
    let (status, _, thumb) =
        get_bytes(&app, &format!("/events/photos/{}/thumbnail", photo.id)).await;
    assert_eq!(status, StatusCode::OK);
    let decoded = image::load_from_memory(&thumb).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (480, 360));

    let page = anna.get(&format!("/de/workbench/activities/{id}")).await;
    assert!(
        page.body
            .contains("alt=\"Jugendliche vor dem Löwen von Belfort\"")
    );
    let removed = anna
        .post(
            &format!("/de/workbench/activities/{id}/photos/{}/delete", photo.id),
            &[],
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert!(app.store.activity_photos(id).await.unwrap().is_empty());
    let (status, _, _) = get_bytes(&app, &format!("/events/photos/{}", photo.id)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

async fn get_bytes(app: &TestApp, path: &str) -> (StatusCode, reqwest::header::HeaderMap, Vec<u8>) {
    let response = app.raw_client.get(app.url(path)).send().await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    (status, headers, response.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn hostile_and_malformed_photo_uploads_are_refused_with_a_clear_message_and_nothing_stored() {
    let app = spawn_app().await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let id = store_activity(&app, &activity("sommercamp", "harz-belfort", "Sommercamp")).await;
    let whole = jpeg_with_gps(640, 480);
    let mut eleven_mb = jpeg_with_gps(64, 64);
    eleven_mb.resize(11 * 1024 * 1024, 0);
    let cases: Vec<(&str, Vec<u8>, &str, StatusCode, &str)> = vec![
        (
            "a script named .jpg",
            b"<?php system($_GET['c']); ?>".to_vec(),
            "Jugendliche",
            StatusCode::UNPROCESSABLE_ENTITY,
            "kein JPEG-, PNG- oder WebP-Bild",
        ),
        (
            "a GIF",
            b"GIF89a\x01\0\x01\0\0\0\0;".to_vec(),
            "Jugendliche",
            StatusCode::UNPROCESSABLE_ENTITY,
            "kein JPEG-, PNG- oder WebP-Bild",
        ),
        (
            "a PNG declaring 100000 × 100000 pixels",
            png_declaring(100_000),
            "Jugendliche",
            StatusCode::UNPROCESSABLE_ENTITY,
            "größer als 8000 × 8000 Pixel",
        ),
        (
            "a truncated JPEG",
            whole[..whole.len() / 2].to_vec(),
            "Jugendliche",
            StatusCode::UNPROCESSABLE_ENTITY,
            "beschädigt oder unvollständig",
        ),
        (
            "a photo without alt text",
            whole.clone(),
            "  ",
            StatusCode::UNPROCESSABLE_ENTITY,
            "Beschreiben Sie das Foto auf Deutsch",
        ),
        (
            "an empty file",
            Vec::new(),
            "Jugendliche",
            StatusCode::UNPROCESSABLE_ENTITY,
            "Bitte wählen Sie eine Bilddatei aus.",
        ),
    ];
    for (what, bytes, alt, status, message) in cases {
        let (got, _, body) = upload_photo(&anna, id, &bytes, alt).await;
        assert_eq!(got, status, "{what}: {body}");
        assert!(
            body.contains(message),
            "{what}: {message} not in the answer"
        );
        assert!(
            body.contains("role=\"alert\""),
            "{what}: the problem is announced"
        );
    }
    let (got, _, _) = upload_photo(&anna, id, &eleven_mb, "Jugendliche").await;
    assert_eq!(got, StatusCode::PAYLOAD_TOO_LARGE, "an 11 MB file");
    assert!(
        app.store.activity_photos(id).await.unwrap().is_empty(),
        "nothing was stored"
    );
    let history = app
        .store
        .history(partnerportal::domain::audit::Entity::ActivityPhoto, 1)
        .await
        .unwrap();
    assert!(history.is_empty(), "and nothing audited");
}

// ---------------------------------------------------------------------------------------------
// The public calendar

/// A public event in July 2026 and an internal one in the same days and partnership, with a
/// photo each.
async fn public_and_internal(app: &TestApp) -> (i64, i64) {
    let mut public = activity(
        "sommercamp-belfort-2026",
        "harz-belfort",
        "Sommercamp in Belfort; Jugend, Kultur & \"Freundschaft\"",
    );
    public.texts.insert(
        "fr".into(),
        ActivityText {
            title: "Camp d'été à Belfort".into(),
            description: "Deux semaines, au Lion.".into(),
        },
    );
    public.host = Some("territoire-de-belfort".into());
    let public = store_activity(app, &public).await;
    let internal = store_activity(
        app,
        &ActivityRecord {
            visibility: Visibility::Internal,
            ..activity(
                "vorbereitungstreffen-2026",
                "harz-belfort",
                "Geheimes Vorbereitungstreffen",
            )
        },
    )
    .await;
    (public, internal)
}

#[tokio::test]
async fn internal_activities_are_absent_from_every_public_page_feed_and_api_answer() {
    let app = spawn_app().await;
    let (public, internal) = public_and_internal(&app).await;
    let photo = partnerportal::activities::add_photo(
        &app.store,
        &Principal::command_line(),
        internal,
        jpeg_with_gps(320, 240),
        BTreeMap::from([("de".to_owned(), "Internes Foto".to_owned())]),
    )
    .await
    .unwrap();
    let secret = "Geheimes Vorbereitungstreffen";
    for path in [
        "/de/events",
        "/fr/events",
        "/de/events/2026/07",
        "/de/events/sommercamp-belfort-2026",
        "/de/partnerships/harz-belfort",
        "/de/events.ics",
        "/de/partnerships/harz-belfort/events.ics",
        "/api/v1/events",
        "/api/v1/events?partnership=harz-belfort",
    ] {
        let answer = app.get(path).await;
        assert_status(&answer, 200);
        assert!(
            answer.text.contains("Sommercamp") || answer.text.contains("Camp d"),
            "{path}: the public event is shown"
        );
        assert!(
            !answer.text.contains(secret),
            "{path} shows the internal activity"
        );
        assert!(
            !answer.text.contains("vorbereitungstreffen"),
            "{path} names the internal activity"
        );
    }
    assert_status(&app.get("/de/events/vorbereitungstreffen-2026").await, 404);
    assert_status(
        &app.get("/api/v1/events/vorbereitungstreffen-2026").await,
        404,
    );
    let (status, _, _) = get_bytes(&app, &format!("/events/photos/{photo}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "an internal photo is hidden");
    let (status, _, _) = get_bytes(&app, &format!("/events/photos/{photo}/thumbnail")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Staff see it, never stored by a cache.
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let staff_photo = app
        .raw_client
        .get(app.url(&format!("/events/photos/{photo}")))
        .header(COOKIE, format!("pp_session={}", anna.cookie))
        .send()
        .await
        .unwrap();
    assert_eq!(staff_photo.status(), StatusCode::OK);
    assert!(
        staff_photo.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("no-store")
    );
    assert!(public > 0);
}

#[tokio::test]
async fn the_event_page_shows_the_text_in_the_page_language_with_german_as_fallback() {
    let app = spawn_app().await;
    public_and_internal(&app).await;
    let fr = app.page("/fr/events/sommercamp-belfort-2026").await;
    assert!(
        fr.contains("<h1 lang=\"fr\">Camp d&#39;été à Belfort</h1>")
            || fr.contains("<h1 lang=\"fr\">Camp d&#x27;été à Belfort</h1>"),
        "{fr}"
    );
    assert!(
        fr.contains("/fr/partnerships/harz-belfort"),
        "the partnership is linked"
    );
    assert!(
        fr.contains("/fr/bodies/territoire-de-belfort"),
        "the host is linked"
    );
    assert!(fr.contains("application/ld+json"));
    let ld = crate::common::between(&fr, "application/ld+json\">", "</script>");
    let ld: serde_json::Value = serde_json::from_str(ld).unwrap();
    assert_eq!(ld["@type"], "EducationEvent");
    assert_eq!(ld["startDate"], "2026-07-14");
    let pl = app.page("/pl/events/sommercamp-belfort-2026").await;
    assert!(
        pl.contains("<h1 lang=\"de\">"),
        "German where Polish is missing"
    );
    assert!(pl.contains("fallback-note"));
    let month = app.page("/de/events/2026/07").await;
    assert!(month.contains("<table"));
    assert!(month.contains("/de/events/2026/06") && month.contains("/de/events/2026/08"));
    let june = app.page("/de/events/2026/06").await;
    assert!(!june.contains("sommercamp-belfort-2026"));
    for bad in [
        "/de/events/2026/13",
        "/de/events/26/07",
        "/de/events/2026/7x",
    ] {
        assert_status(&app.get(bad).await, 404);
    }
    assert_status(&app.get("/de/events?page=0").await, 400);
    assert_status(&app.get("/de/events?page=abc").await, 400);
}

#[tokio::test]
async fn the_icalendar_feeds_parse_back_with_stable_uids_all_day_dates_and_escaped_text() {
    use icalendar::{Component, EventLike};
    let app = spawn_app().await;
    let (public, _) = public_and_internal(&app).await;
    let mut evening = activity(
        "festabend-2026",
        "harz-konecki",
        "Festabend, Jubiläum; 20 Jahre",
    );
    evening.kind = ActivityKind::Anniversary;
    evening.starts_on = "2026-12-05".into();
    evening.ends_on = "2026-12-05".into();
    evening.starts_at = Some("18:30".into());
    evening.ends_at = Some("23:00".into());
    evening.time_zone = Some("Europe/Warsaw".into());
    evening.place = "Końskie, Rathaus".into();
    let evening = store_activity(&app, &evening).await;

    let feed = app.get("/de/events.ics").await;
    assert_status(&feed, 200);
    assert!(feed.content_type().starts_with("text/calendar"));
    assert!(feed.text.contains("\r\n"), "lines end in CRLF");
    let calendar: icalendar::Calendar = feed.text.parse().expect("the feed parses");
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .collect();
    assert_eq!(events.len(), 2);
    let camp = events
        .iter()
        .find(|e| {
            e.get_uid()
                .unwrap()
                .starts_with(&format!("activity-{public}@"))
        })
        .expect("the camp's UID names its activity");
    assert_eq!(
        camp.get_summary(),
        Some("Sommercamp in Belfort; Jugend, Kultur & \"Freundschaft\""),
        "commas, semicolons and quotes come back as written"
    );
    assert_eq!(
        camp.get_start(),
        Some(icalendar::DatePerhapsTime::Date(
            chrono::NaiveDate::from_ymd_opt(2026, 7, 14).unwrap()
        ))
    );
    assert_eq!(
        camp.get_end(),
        Some(icalendar::DatePerhapsTime::Date(
            chrono::NaiveDate::from_ymd_opt(2026, 7, 29).unwrap()
        )),
        "an all-day DTEND is the day after the last"
    );
    assert!(camp.get_timestamp().is_some(), "DTSTAMP");
    assert_eq!(camp.get_location(), Some("Belfort"));
    let party = events
        .iter()
        .find(|e| {
            e.get_uid()
                .unwrap()
                .starts_with(&format!("activity-{evening}@"))
        })
        .unwrap();
    assert_eq!(party.get_summary(), Some("Festabend, Jubiläum; 20 Jahre"));
    assert_eq!(party.get_location(), Some("Końskie, Rathaus"));
    match party.get_start() {
        Some(icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(at))) => {
            assert_eq!(
                at.to_rfc3339(),
                "2026-12-05T17:30:00+00:00",
                "18:30 in Warsaw in winter"
            );
        }
        other => panic!("a timed event starts at a UTC time: {other:?}"),
    }

    // The same feed twice is the same bytes: UIDs and stamps are stable.
    assert_eq!(app.get("/de/events.ics").await.text, feed.text);

    let per_partnership = app.get("/de/partnerships/harz-konecki/events.ics").await;
    let calendar: icalendar::Calendar = per_partnership.text.parse().unwrap();
    let summaries: Vec<_> = calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .map(|e| e.get_summary().unwrap().to_owned())
        .collect();
    assert_eq!(summaries, vec!["Festabend, Jubiläum; 20 Jahre"]);
    assert_status(
        &app.get("/de/partnerships/harz-atlantis/events.ics").await,
        404,
    );
}

fn assert_status(answer: &crate::common::Answer, status: u16) {
    assert_eq!(
        answer.status.as_u16(),
        status,
        "{}: {}",
        answer.url,
        answer.text
    );
}
