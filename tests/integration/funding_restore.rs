//! Restoring funding records from their history: an earlier version of a call, an application and
//! a catalogue action written back (audited as a restore), a deleted call brought back under its old
//! id by an administrator, and the refusals (readers, other applicants' editors).

use partnerportal::domain::access::{Principal, Role};
use partnerportal::domain::audit::{Action, Entity};
use reqwest::StatusCode;

use crate::common::{TestApp, spawn_app, unescape};
use crate::funding::{add_call, application, call};
use crate::workbench::{create_user, fields, sign_in};

/// The audit id of the latest entry of a record.
async fn latest(app: &TestApp, entity: Entity, id: i64) -> (i64, Action) {
    let entries = app.store.history(entity, id).await.unwrap();
    (entries[0].id, entries[0].action)
}

#[tokio::test]
async fn an_earlier_version_of_a_call_and_of_an_application_is_restored_from_the_history() {
    let app = spawn_app().await;
    let call_id = add_call(
        &app,
        &call(
            "CERV-2027-CITIZENS-TOWN-TT",
            "cerv-town-twinning",
            "2027-03-05 17:00",
        ),
    )
    .await;
    let cli = Principal::command_line();
    let mut changed = app
        .store
        .funding_call_record(call_id)
        .await
        .unwrap()
        .unwrap();
    changed.record.title = "A title typed wrongly".into();
    app.store
        .update_funding_call(&cli, call_id, 1, &changed.record)
        .await
        .unwrap();
    let application_id = app
        .store
        .create_funding_application(
            &cli,
            &application("CERV-2027-CITIZENS-TOWN-TT", "wernigerode", &["carpi"]),
        )
        .await
        .unwrap()
        .id;
    let mut wrong = app
        .store
        .funding_application_record(application_id)
        .await
        .unwrap()
        .unwrap();
    wrong.record.partners.clear();
    wrong.record.responsible = "Nobody".into();
    app.store
        .update_funding_application(&cli, application_id, 1, &wrong.record)
        .await
        .unwrap();

    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    // The version page offers the restore; the history links to the call's form.
    let (change, _) = latest(&app, Entity::FundingCall, call_id).await;
    let version = anna.get(&format!("/de/workbench/versions/{change}")).await;
    assert!(
        version
            .body
            .contains(&format!("/de/workbench/versions/{change}/restore")),
        "{}",
        version.body
    );
    let history = anna
        .get(&format!("/de/workbench/history/funding_call/{call_id}"))
        .await;
    assert!(
        history
            .body
            .contains(&format!("/de/workbench/funding/calls/{call_id}"))
    );
    let restored = anna
        .post(
            &format!("/de/workbench/versions/{change}/restore"),
            &fields(&[("side", "before")]),
        )
        .await;
    assert_eq!(restored.status, StatusCode::SEE_OTHER, "{}", restored.body);
    let call_now = app
        .store
        .funding_call_record(call_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(call_now.record.title, "Call CERV-2027-CITIZENS-TOWN-TT");
    assert_eq!(call_now.version, 3);
    assert_eq!(
        latest(&app, Entity::FundingCall, call_id).await.1,
        Action::Restore
    );

    // The applicant's editor restores the application's partners; a reader may not.
    let (change, _) = latest(&app, Entity::FundingApplication, application_id).await;
    create_user(&app, "rita", Role::Reader, &[]).await;
    let rita = sign_in(&app, "rita").await;
    let refused = rita
        .post(
            &format!("/de/workbench/versions/{change}/restore"),
            &fields(&[("side", "before")]),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    create_user(&app, "other", Role::Editor, &["carpi"]).await;
    let other = sign_in(&app, "other").await;
    let refused = other
        .post(
            &format!("/de/workbench/versions/{change}/restore"),
            &fields(&[("side", "before")]),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    let editor = sign_in(&app, "wernigerode").await;
    let restored = editor
        .post(
            &format!("/de/workbench/versions/{change}/restore"),
            &fields(&[("side", "before")]),
        )
        .await;
    assert_eq!(restored.status, StatusCode::SEE_OTHER, "{}", restored.body);
    let now = app
        .store
        .funding_application_record(application_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(now.record.partners, ["carpi"]);
    assert_eq!(now.record.responsible, "");
}

#[tokio::test]
async fn a_deleted_call_comes_back_under_its_old_id_and_an_edited_action_gets_its_rules_back() {
    let app = spawn_app().await;
    let call_id = add_call(
        &app,
        &call(
            "ERASMUS-YOUTH-2027-KA152",
            "erasmus-ka152-youth-exchanges",
            "2027-02-19 12:00",
        ),
    )
    .await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let deleted = anna
        .post(
            &format!("/de/workbench/funding/calls/{call_id}/delete"),
            &fields(&[("version", "1")]),
        )
        .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER, "{}", deleted.body);
    assert!(
        app.store
            .funding_call_record(call_id)
            .await
            .unwrap()
            .is_none()
    );
    let (deletion, action) = latest(&app, Entity::FundingCall, call_id).await;
    assert_eq!(action, Action::Delete);
    let back = anna
        .post(
            &format!("/de/workbench/versions/{deletion}/restore"),
            &fields(&[("side", "before")]),
        )
        .await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.body);
    let call_now = app
        .store
        .funding_call_record(call_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(call_now.record.identifier, "ERASMUS-YOUTH-2027-KA152");

    // An action whose rules were emptied gets them back.
    let (_, actions) = app.store.funding_catalogue_ids().await.unwrap();
    let action_id = actions
        .iter()
        .find(|a| a.key == "cerv-town-twinning")
        .unwrap()
        .id;
    let mut emptied = app
        .store
        .funding_action_record(action_id)
        .await
        .unwrap()
        .unwrap();
    let rules = emptied.record.rules.clone();
    assert!(!rules.is_empty());
    emptied.record.rules.clear();
    app.store
        .update_funding_action(&Principal::command_line(), action_id, 1, &emptied.record)
        .await
        .unwrap();
    let (change, _) = latest(&app, Entity::FundingAction, action_id).await;
    let page = unescape(
        &anna
            .get(&format!("/de/workbench/versions/{change}"))
            .await
            .body,
    );
    assert!(page.contains("rules"), "{page}");
    let restored = anna
        .post(
            &format!("/de/workbench/versions/{change}/restore"),
            &fields(&[("side", "before")]),
        )
        .await;
    assert_eq!(restored.status, StatusCode::SEE_OTHER, "{}", restored.body);
    let now = app
        .store
        .funding_action_record(action_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(now.record.rules, rules);
}
