//! The subscribed deadline calendar: a secret address per account (only its digest kept), usable
//! without a session, renewed or revoked on the deadline board; a revoked or replaced address is 404.

use partnerportal::domain::access::Role;
use reqwest::StatusCode;

use crate::common::{TestApp, on_postgres, spawn_app, unescape};
use crate::funding::{add_call, call};
use crate::workbench::{create_user, fields, sign_in};

/// The address the page shows once, from its read-only input.
fn shown_url(body: &str) -> String {
    let start = body
        .find("id=\"calendar-url\"")
        .unwrap_or_else(|| panic!("no calendar address on the page: {body}"));
    let rest = &body[start..];
    let value = rest.find("value=\"").unwrap() + 7;
    let end = rest[value..].find('"').unwrap() + value;
    unescape(&rest[value..end])
}

async fn fetch(app: &TestApp, url: &str) -> (StatusCode, String, String) {
    let path = url.split_once("://").unwrap().1;
    let path = &path[path.find('/').unwrap()..];
    let response = app.raw_client.get(app.url(path)).send().await.unwrap();
    let status = response.status();
    let kind = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, kind, response.text().await.unwrap())
}

#[tokio::test]
async fn a_calendar_address_works_without_a_session_until_it_is_renewed_or_revoked() {
    let app = spawn_app().await;
    let deadline = partnerportal::domain::clock::Instant::now()
        .plus(time::Duration::days(40))
        .date_time()
        .date();
    add_call(
        &app,
        &call(
            "CERV-2027-CITIZENS-TOWN-TT",
            "cerv-town-twinning",
            &format!(
                "{} 17:00",
                partnerportal::domain::funding::date_text(deadline)
            ),
        ),
    )
    .await;
    create_user(&app, "rita", Role::Reader, &[]).await;
    let rita = sign_in(&app, "rita").await;
    let board = unescape(&rita.get("/de/workbench/funding/deadlines").await.body);
    assert!(board.contains("Sie haben noch keine Kalenderadresse."));

    let made = rita
        .post(
            "/de/workbench/funding/deadlines/calendar",
            &fields(&[("action", "renew")]),
        )
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    let url = shown_url(&made.body);
    assert!(url.contains("/de/funding/deadlines/ppc_"), "{url}");
    assert!(url.ends_with(".ics"));
    // Only the digest is stored: the token itself is in no cell of any table, and on SQLite in no
    // byte of the database file or its journal.
    let token = url.rsplit('/').next().unwrap().trim_end_matches(".ics");
    let cells = crate::people::cells_containing(&app, token).await;
    assert!(
        cells.is_empty(),
        "the token is stored in clear in {cells:?}"
    );
    if !on_postgres() {
        let database = std::fs::read(&app.db_path).unwrap();
        let wal = std::fs::read(app.db_path.with_extension("sqlite3-wal")).unwrap_or_default();
        for bytes in [&database, &wal] {
            assert!(
                !bytes.windows(token.len()).any(|w| w == token.as_bytes()),
                "the token is stored in clear"
            );
        }
    }
    let (status, kind, body) = fetch(&app, &url).await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.starts_with("text/calendar"));
    assert!(body.contains("BEGIN:VCALENDAR") && body.contains("CERV-2027-CITIZENS-TOWN-TT"));
    // Shown once: the board now says since when, not the address.
    let board = unescape(&rita.get("/de/workbench/funding/deadlines").await.body);
    assert!(board.contains("Ihre Kalenderadresse gilt seit"));
    assert!(!board.contains(token));

    // Renewing replaces it: the old address is 404, the new one works.
    let renewed = rita
        .post(
            "/de/workbench/funding/deadlines/calendar",
            &fields(&[("action", "renew")]),
        )
        .await;
    let new_url = shown_url(&renewed.body);
    assert_ne!(new_url, url);
    assert_eq!(fetch(&app, &url).await.0, StatusCode::NOT_FOUND);
    assert_eq!(fetch(&app, &new_url).await.0, StatusCode::OK);

    // Revoked: 404, and the board says so.
    let revoked = rita
        .post(
            "/de/workbench/funding/deadlines/calendar",
            &fields(&[("action", "revoke")]),
        )
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    assert_eq!(fetch(&app, &new_url).await.0, StatusCode::NOT_FOUND);
    let board = unescape(&rita.get(&revoked.location).await.body);
    assert!(board.contains("Die Kalenderadresse ist widerrufen"));
}

#[tokio::test]
async fn guessed_and_malformed_calendar_addresses_are_404_and_the_form_needs_its_token() {
    let app = spawn_app().await;
    for path in [
        "/de/funding/deadlines/ppc_0000000000000000000000000000000000000000000000000000000000000000.ics",
        "/de/funding/deadlines/.ics",
        "/de/funding/deadlines/ppc_abc",
        "/de/funding/deadlines/%2e%2e%2f%2e%2e%2fetc%2fpasswd.ics",
        "/en/funding/deadlines/' OR 1=1 --.ics",
    ] {
        let response = app.raw_client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
    }
    create_user(&app, "rita", Role::Reader, &[]).await;
    let rita = sign_in(&app, "rita").await;
    let odd = rita
        .post(
            "/de/workbench/funding/deadlines/calendar",
            &fields(&[("action", "steal")]),
        )
        .await;
    assert_eq!(odd.status, StatusCode::BAD_REQUEST);
    // Without the session's CSRF token nothing is made.
    let forged = crate::workbench::post_form(
        &app,
        "/de/workbench/funding/deadlines/calendar",
        Some(&rita.cookie),
        &fields(&[("csrf", "forged"), ("action", "renew")]),
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let board = unescape(&rita.get("/de/workbench/funding/deadlines").await.body);
    assert!(board.contains("Sie haben noch keine Kalenderadresse."));
}
