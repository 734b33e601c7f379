//! The council report: its figures equal what was recorded (milestones of the year, an activity
//! with participants by country — an erased person still counted —, an application with its grant),
//! staff only, malformed queries refused, and the PDF made on the server parses back with the
//! partnership names and their diacritics.

use std::collections::BTreeMap;

use partnerportal::domain::access::{Principal, Role};
use partnerportal::domain::activities::{
    ActivityKind, ActivityRecord, ActivityText, Placement, Visibility,
};
use partnerportal::domain::funding::{Eur, Status};
use partnerportal::domain::people::{Age, Participation, PersonRecord, PersonRole};
use partnerportal::domain::records::MilestoneRecord;
use partnerportal::domain::values::PartialDate;
use partnerportal::domain::vocab::MilestoneType;
use reqwest::StatusCode;

use crate::common::{TestApp, spawn_app, text_of, unescape};
use crate::funding::{add_call, application, call};
use crate::workbench::{create_user, sign_in};

const REPORT: &str = "/de/workbench/reports/council?year=2026";

async fn add_milestone(app: &TestApp, partnership: &str, date: &str, note: &str) {
    let stored = app
        .store
        .partnership_record(partnership)
        .await
        .unwrap()
        .unwrap();
    let mut record = stored.record.clone();
    record.milestones.push(MilestoneRecord {
        milestone_type: MilestoneType::Event,
        date: Some(PartialDate::parse(date).unwrap()),
        qualifier: None,
        bodies: vec![],
        note: BTreeMap::from([("de".to_owned(), note.to_owned())]),
        source: None,
    });
    app.store
        .update_partnership(
            &Principal::command_line(),
            partnership,
            stored.version,
            &record,
        )
        .await
        .unwrap();
}

async fn add_activity(app: &TestApp, slug: &str, partnership: &str, starts_on: &str) -> i64 {
    let record = ActivityRecord {
        slug: slug.to_owned(),
        kind: ActivityKind::YouthEncounter,
        starts_on: starts_on.into(),
        ends_on: starts_on.into(),
        starts_at: None,
        ends_at: None,
        time_zone: None,
        host: None,
        place: "Iași".into(),
        organiser: "Kreisjugendring Harz".into(),
        visibility: Visibility::Public,
        partnerships: vec![partnership.to_owned()],
        texts: BTreeMap::from([(
            "de".to_owned(),
            ActivityText {
                title: format!("Jugendbegegnung {slug}"),
                description: String::new(),
            },
        )]),
        organisations: vec![],
        placement: Placement::default(),
    };
    app.store
        .create_activity(&Principal::command_line(), &record)
        .await
        .unwrap()
        .id
}

async fn add_people(app: &TestApp, activity: i64, country: &str, n: usize) -> Vec<i64> {
    let mut ids = Vec::new();
    for i in 0..n {
        let record = PersonRecord {
            name: format!("Person {country} {i}"),
            age: Age::BirthYear(2009),
            email: None,
            phone: None,
            country: country.into(),
            dietary: None,
            accessibility: None,
        };
        ids.push(
            app.store
                .add_person(
                    &Principal::command_line(),
                    activity,
                    &record,
                    Participation {
                        role: PersonRole::Participant,
                        invited: country != "DE",
                    },
                    None,
                )
                .await
                .unwrap(),
        );
    }
    ids
}

/// The seeded year: milestones in 2025 and 2026, a 2026 activity with 3 Romanian and 2 German
/// participants (one Romanian erased afterwards), a granted application of the district with
/// Iași as partner, and an application of other bodies that must not count.
async fn seed_year(app: &TestApp) {
    add_milestone(
        app,
        "harz-iasi",
        "2026-05-09",
        "Delegation des Kreistags in Iași",
    )
    .await;
    add_milestone(app, "harz-iasi", "2025-03-01", "Vorjahr").await;
    let activity = add_activity(app, "iasi-2026", "harz-iasi", "2026-07-14").await;
    add_activity(app, "iasi-2024", "harz-iasi", "2024-07-14").await;
    let romanians = add_people(app, activity, "RO", 3).await;
    add_people(app, activity, "DE", 2).await;
    app.store
        .erase_person(&Principal::command_line(), romanians[0], None)
        .await
        .unwrap();

    add_call(
        app,
        &call(
            "KA152-2026",
            "erasmus-ka152-youth-exchanges",
            "2026-10-01 12:00",
        ),
    )
    .await;
    let admin = Principal::command_line();
    let mut granted = application("KA152-2026", "landkreis-harz", &["iasi"]);
    granted.requested = Some(Eur::parse("30000.33").unwrap());
    let g = app
        .store
        .create_funding_application(&admin, &granted)
        .await
        .unwrap();
    for (v, s) in [
        (1, Status::InPreparation),
        (2, Status::Submitted),
        (3, Status::Granted),
    ] {
        granted.status = s;
        app.store
            .update_funding_application(&admin, g.id, v, &granted)
            .await
            .unwrap();
    }
    granted.granted = Some(Eur::parse("25000.01").unwrap());
    app.store
        .update_funding_application(&admin, g.id, 4, &granted)
        .await
        .unwrap();
    let mut other = application("KA152-2026", "quedlinburg", &["villars"]);
    other.requested = Some(Eur::parse("999.99").unwrap());
    app.store
        .create_funding_application(&admin, &other)
        .await
        .unwrap();
}

/// The section of one partnership in the report's HTML.
fn section<'a>(html: &'a str, slug: &str) -> &'a str {
    let start = html
        .find(&format!("id=\"report-{slug}\""))
        .unwrap_or_else(|| panic!("no section {slug}"));
    let end = html[start..]
        .find("</section>")
        .map_or(html.len(), |e| start + e);
    &html[start..end]
}

#[tokio::test]
async fn the_report_shows_the_recorded_milestones_participants_and_money_of_the_year() {
    let app = spawn_app().await;
    seed_year(&app).await;
    create_user(&app, "lisa", Role::Reader, &[]).await;
    let reader = sign_in(&app, "lisa").await;
    let page = reader.get(REPORT).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let html = unescape(&page.body);
    assert!(html.contains("Jahresbericht 2026"));
    assert!(
        html.contains("Landkreis Harz"),
        "the home body is the default"
    );

    let iasi = section(&html, "harz-iasi");
    assert!(iasi.contains("Landkreis Harz – Kreis Iași (Rumänien)"));
    assert!(iasi.contains("Delegation des Kreistags in Iași"));
    assert!(
        !iasi.contains("Vorjahr"),
        "milestones of other years stay out"
    );
    assert!(iasi.contains("Jugendbegegnung iasi-2026"));
    assert!(!iasi.contains("iasi-2024"));
    let totals = text_of(&iasi[iasi.find("<tfoot>").unwrap()..]);
    assert!(totals.contains("Rumänien 3, Deutschland 2"), "{totals}");
    assert!(iasi.contains("class=\"number report-people-total\">5<"));
    assert!(iasi.contains("30.000,33\u{a0}€") && iasi.contains("25.000,01\u{a0}€"));
    assert!(
        !html.contains("999,99"),
        "another pair's application is not this report's"
    );

    assert!(html.contains("id=\"report-participants-total\">5<"));
    assert!(html.contains("id=\"report-granted-total\">25.000,01\u{a0}€<"));
    let quiet = section(&html, "harz-bistrita-nasaud");
    assert!(quiet.contains("weder Meilensteine noch Aktivitäten"));

    // The chart and its table: 2024 one activity, 2025 one milestone, 2026 one of each.
    let chart = &html[html.find("report-chart-table").unwrap()..];
    for row in [
        "2024</th><td class=\"number\">1</td><td class=\"number\">0<",
        "2025</th><td class=\"number\">0</td><td class=\"number\">1<",
        "2026</th><td class=\"number\">1</td><td class=\"number\">1<",
    ] {
        assert!(chart.contains(row), "{row}");
    }
    assert!(html.contains("<svg role=\"img\" aria-labelledby=\"report-chart-alt\""));

    // Another body by its slug: its own partnerships only.
    let iasi_report = unescape(
        &reader
            .get("/de/workbench/reports/council?year=2026&body=iasi")
            .await
            .body,
    );
    assert!(iasi_report.contains("Kreis Iași – Landkreis Harz (Deutschland)"));
    assert!(!iasi_report.contains("report-harz-bistrita-nasaud"));
}

#[tokio::test]
async fn the_report_is_for_staff_and_refuses_malformed_queries() {
    let app = spawn_app().await;
    let anonymous = app.get(REPORT).await;
    assert!(
        anonymous.final_url.contains("/workbench/sign-in"),
        "{}",
        anonymous.final_url
    );
    assert!(!anonymous.text.contains("Jahresbericht"));
    let pdf = app.get("/de/workbench/reports/council.pdf?year=2026").await;
    assert!(!pdf.content_type().starts_with("application/pdf"));

    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    for (query, status) in [
        ("year=26", StatusCode::BAD_REQUEST),
        ("year=zwanzig", StatusCode::BAD_REQUEST),
        ("year=1800", StatusCode::BAD_REQUEST),
        ("year=2026&body=%3Cscript%3E", StatusCode::BAD_REQUEST),
        ("year=2026&body=atlantis", StatusCode::NOT_FOUND),
        ("year=2026&year=2027", StatusCode::BAD_REQUEST),
    ] {
        for path in ["council", "council.pdf"] {
            let answer = anna
                .get(&format!("/de/workbench/reports/{path}?{query}"))
                .await;
            assert_eq!(answer.status, status, "{path}?{query}");
            assert!(!answer.body.contains("<script>"), "{path}?{query}");
        }
    }
    // Without a year: the current one.
    let now = partnerportal::domain::clock::Instant::now()
        .date_time()
        .year();
    let current = anna.get("/de/workbench/reports/council").await;
    assert_eq!(current.status, StatusCode::OK);
    assert!(current.body.contains(&format!("Jahresbericht {now}")));
}

#[tokio::test]
async fn the_pdf_is_made_on_the_server_and_holds_the_partnerships_with_their_diacritics() {
    let app = spawn_app().await;
    seed_year(&app).await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let response = app
        .raw_client
        .get(app.url("/ro/workbench/reports/council.pdf?year=2026"))
        .header(
            reqwest::header::COOKIE,
            format!("pp_session={}", anna.cookie),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("council-report-landkreis-harz-2026.pdf")
    );
    let bytes = response.bytes().await.unwrap().to_vec();
    assert!(bytes.starts_with(b"%PDF-"));
    let document = lopdf::Document::load_mem(&bytes).expect("the PDF parses");
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    assert!(
        pages.len() >= 5,
        "a first page and a page per partnership: {}",
        pages.len()
    );
    let text = document.extract_text(&pages).expect("the text extracts");
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Raport anual 2026",
        "Județul Iași",
        "Județul Bistrița-Năsăud",
        "Delegation des Kreistags in Iași",
        "Jugendbegegnung iasi-2026",
        "România 3",
        "25.000,01",
    ] {
        assert!(flat.contains(expected), "{expected} missing in: {flat}");
    }
}
