//! The activity an application pays for: chosen on the application form, linked on its page, and
//! the eligibility check shown a second time with the activity's actual participants (from its
//! people) and dates.

use partnerportal::domain::access::{Principal, Role};
use partnerportal::domain::funding::ParticipantLine;
use partnerportal::domain::people::{Age, Participation, PersonRecord, PersonRole};
use reqwest::StatusCode;

use crate::common::{TestApp, spawn_app, unescape};
use crate::funding::{add_call, application, call};
use crate::workbench::{create_user, set, sign_in};

/// A public activity hosted by Wernigerode, with three participants: two from Germany and one
/// guest invited from Italy.
async fn activity_with_people(app: &TestApp, slug: &str) -> i64 {
    let mut conn = app.db().await;
    let host = app
        .store
        .body_record("wernigerode")
        .await
        .unwrap()
        .unwrap()
        .id;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO activities (slug, kind, starts_on, ends_on, host_body_id, visibility, created_at, updated_at) \
         VALUES ($1, 'youth_encounter', '2027-06-01', '2027-06-05', $2, 'public', '2026-01-01T00:00:00Z', \
         '2026-01-01T00:00:00Z') RETURNING id",
    )
    .bind(slug)
    .bind(host)
    .fetch_one(&mut conn)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO activity_texts (activity_id, lang, title, description) VALUES ($1, 'de', 'Partnerschaftstage 2027', '')",
    )
    .bind(id)
    .execute(&mut conn)
    .await
    .unwrap();
    for (name, country, invited) in [
        ("Anna", "DE", false),
        ("Ben", "DE", false),
        ("Chiara", "IT", true),
    ] {
        app.store
            .add_person(
                &Principal::command_line(),
                id,
                &PersonRecord {
                    name: name.into(),
                    age: Age::BirthYear(2008),
                    email: None,
                    phone: None,
                    country: country.into(),
                    dietary: None,
                    accessibility: None,
                },
                Participation {
                    role: PersonRole::Participant,
                    invited,
                },
                None,
            )
            .await
            .unwrap();
    }
    id
}

#[tokio::test]
async fn an_application_names_its_activity_and_is_checked_again_with_the_activitys_real_participants()
 {
    let app = spawn_app().await;
    add_call(
        &app,
        &call(
            "CERV-2027-CITIZENS-TOWN-TT",
            "cerv-town-twinning",
            "2027-03-05 17:00",
        ),
    )
    .await;
    let activity = activity_with_people(&app, "partnerschaftstage-2027").await;
    let mut planned = application("CERV-2027-CITIZENS-TOWN-TT", "wernigerode", &["carpi"]);
    planned.participants = vec![
        ParticipantLine {
            country: "DE".into(),
            participants: 30,
            invited: 0,
        },
        ParticipantLine {
            country: "IT".into(),
            participants: 30,
            invited: 30,
        },
    ];
    let id = app
        .store
        .create_funding_application(&Principal::command_line(), &planned)
        .await
        .unwrap()
        .id;
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    let editor = sign_in(&app, "wernigerode").await;
    let path = format!("/de/workbench/funding/applications/{id}");
    let before = editor.get(&path).await.body;
    assert!(before.contains("data-eligible=\"true\""), "{before}");
    assert!(
        before.contains("value=\"partnerschaftstage-2027\""),
        "the form offers the activity"
    );
    assert!(!before.contains("data-actual-eligible"));

    let saved = editor
        .submit(&path, &path, |f| {
            set(f, "activity", "partnerschaftstage-2027")
        })
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let stored = app
        .store
        .funding_application_record(id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.record.activity.as_deref(),
        Some("partnerschaftstage-2027")
    );
    let page = unescape(&editor.get(&path).await.body);
    assert!(page.contains(&format!("href=\"/de/workbench/activities/{activity}\"")));
    assert!(page.contains("Partnerschaftstage 2027"));
    // The plan still meets the rules; the three people recorded so far do not.
    assert!(page.contains("data-eligible=\"true\""));
    assert!(page.contains("data-actual-eligible=\"false\""), "{page}");
    assert!(page.contains("mindestens 50 Teilnehmende"), "{page}");
    let english = unescape(&editor.get(&path.replace("/de/", "/en/")).await.body);
    assert!(english.contains("Eligibility with the activity's actual participants"));

    // An unknown activity and a hostile one are refused at the field; nothing changes.
    for bad in ["no-such-activity", "<script>alert(1)</script>", "x\u{0}y"] {
        let refused = editor
            .submit(&path, &path, |f| set(f, "activity", bad))
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(refused.body.contains("id=\"f-activity-error\""), "{bad}");
        assert!(!refused.body.contains("<script>alert(1)"));
    }
    let after = app
        .store
        .funding_application_record(id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.version, stored.version);
    // Unlinking is choosing none.
    let unlinked = editor
        .submit(&path, &path, |f| set(f, "activity", ""))
        .await;
    assert_eq!(unlinked.status, StatusCode::SEE_OTHER, "{}", unlinked.body);
    let now = app
        .store
        .funding_application_record(id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(now.record.activity, None);
}
