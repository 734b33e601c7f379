//! Documents of funding applications: upload judged by the first bytes, download as an attachment
//! under a safe name, deletion, rights, and hostile files (wrong magic bytes, HTML named .pdf,
//! oversize, path traversal and control characters in the name, empty files).

use partnerportal::domain::access::{Principal, Role};
use partnerportal::domain::funding::documents::MAX_DOCUMENT_BYTES;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_DISPOSITION, CONTENT_TYPE, COOKIE, X_CONTENT_TYPE_OPTIONS};

use crate::common::{TestApp, spawn_app, unescape};
use crate::funding::{add_call, application, call};
use crate::workbench::{Session, create_user, fields, sign_in};

async fn application_id(app: &TestApp) -> i64 {
    add_call(
        app,
        &call(
            "CERV-2027-CITIZENS-TOWN-TT",
            "cerv-town-twinning",
            "2027-03-05 17:00",
        ),
    )
    .await;
    app.store
        .create_funding_application(
            &Principal::command_line(),
            &application("CERV-2027-CITIZENS-TOWN-TT", "wernigerode", &["carpi"]),
        )
        .await
        .unwrap()
        .id
}

/// Posts a multipart upload of `bytes` named `file_name` (sent with a claimed `mime`).
async fn upload(
    session: &Session<'_>,
    id: i64,
    file_name: &str,
    mime: &str,
    bytes: &[u8],
) -> (StatusCode, String, String) {
    let boundary = "----funding-document-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n\
         Content-Type: {mime}\r\n\r\n",
        session.csrf
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let response = session
        .app
        .raw_client
        .post(session.app.url(&format!(
            "/de/workbench/funding/applications/{id}/documents"
        )))
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

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

async fn stored_documents(app: &TestApp, id: i64) -> Vec<String> {
    app.store
        .funding_documents(id)
        .await
        .unwrap()
        .into_iter()
        .map(|d| d.file_name)
        .collect()
}

#[tokio::test]
async fn a_pdf_uploaded_to_an_application_is_listed_downloaded_as_an_attachment_and_deleted() {
    let app = spawn_app().await;
    let id = application_id(&app).await;
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    let editor = sign_in(&app, "wernigerode").await;
    let (status, location, body) = upload(
        &editor,
        id,
        "Antrag Städtepartnerschaft.pdf",
        "application/pdf",
        PDF,
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    assert!(location.contains("document_added=1"));
    let page = unescape(&editor.get(&location).await.body);
    assert!(page.contains("Antrag Städtepartnerschaft.pdf"), "{page}");
    assert!(page.contains("Die Unterlage ist gespeichert."));
    let documents = app.store.funding_documents(id).await.unwrap();
    assert_eq!(documents.len(), 1);
    let document = documents[0].id;

    // A reader downloads it: attachment, its real type, nosniff.
    create_user(&app, "rita", Role::Reader, &[]).await;
    let rita = sign_in(&app, "rita").await;
    let download = app
        .raw_client
        .get(app.url(&format!(
            "/de/workbench/funding/applications/{id}/documents/{document}"
        )))
        .header(COOKIE, format!("pp_session={}", rita.cookie))
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), StatusCode::OK);
    let header = |name| {
        download
            .headers()
            .get(name)
            .map(|v: &reqwest::header::HeaderValue| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    assert_eq!(header(CONTENT_TYPE), "application/pdf");
    assert_eq!(header(X_CONTENT_TYPE_OPTIONS), "nosniff");
    assert_eq!(
        header(CONTENT_DISPOSITION),
        "attachment; filename=\"Antrag_St_dtepartnerschaft.pdf\"; \
         filename*=UTF-8''Antrag%20St%C3%A4dtepartnerschaft.pdf"
    );
    assert_eq!(download.bytes().await.unwrap().as_ref(), PDF);
    // Under another application's address it does not exist; without a session it is not given.
    let elsewhere = rita
        .get(&format!(
            "/de/workbench/funding/applications/{}/documents/{document}",
            id + 1
        ))
        .await;
    assert_eq!(elsewhere.status, StatusCode::NOT_FOUND);
    let anonymous = app
        .raw_client
        .get(app.url(&format!(
            "/de/workbench/funding/applications/{id}/documents/{document}"
        )))
        .send()
        .await
        .unwrap();
    assert_ne!(anonymous.status(), StatusCode::OK);
    assert_ne!(anonymous.bytes().await.unwrap().as_ref(), PDF);

    // The reader may not delete it or add to it; the editor of the applicant may.
    let path = format!("/de/workbench/funding/applications/{id}/documents/{document}/delete");
    assert_eq!(rita.post(&path, &[]).await.status, StatusCode::FORBIDDEN);
    let (status, _, _) = upload(&rita, id, "x.pdf", "application/pdf", PDF).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // An application with documents is not deleted with them.
    let refused = editor
        .post(
            &format!("/de/workbench/funding/applications/{id}/delete"),
            &fields(&[("version", "1")]),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let deleted = editor.post(&path, &[]).await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER, "{}", deleted.body);
    assert!(stored_documents(&app, id).await.is_empty());
    // Both steps are in the audit trail, without the bytes.
    let history = unescape(
        &editor
            .get(&format!(
                "/de/workbench/history/funding_document/{document}"
            ))
            .await
            .body,
    );
    assert!(
        history.contains("Antrag Städtepartnerschaft.pdf"),
        "{history}"
    );
    assert!(!history.contains("%PDF-1.7"));
}

#[tokio::test]
async fn hostile_files_are_refused_and_nothing_is_stored() {
    let app = spawn_app().await;
    let id = application_id(&app).await;
    create_user(&app, "anna", Role::Admin, &[]).await;
    let anna = sign_in(&app, "anna").await;
    let html = b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>";
    let cases: [(&str, &str, &[u8], StatusCode); 6] = [
        (
            "plan.pdf",
            "application/pdf",
            html,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "plan.png",
            "image/png",
            b"GIF89a\x01\x00",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "tool.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            b"MZ\x90\x00\x03",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "empty.pdf",
            "application/pdf",
            b"",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "leading-space.pdf",
            "application/pdf",
            b" %PDF-1.7",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "archive.zip",
            "application/zip",
            b"PK\x03\x04\x14\x00\x00\x00",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    ];
    for (name, mime, bytes, expected) in cases {
        let (status, _, body) = upload(&anna, id, name, mime, bytes).await;
        assert_eq!(status, expected, "{name}");
        assert!(!body.contains("<script>alert"), "{name} echoed");
    }
    let (status, _, body) = upload(&anna, id, "plan.pdf", "application/pdf", html).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unescape(&body).contains("gleich, wie sie heißt"), "{body}");
    // One byte over the limit, and far over it (the body limit answers before it is read).
    let mut big = PDF.to_vec();
    big.resize(MAX_DOCUMENT_BYTES + 1, b' ');
    let (status, _, _) = upload(&anna, id, "big.pdf", "application/pdf", &big).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    big.resize(MAX_DOCUMENT_BYTES * 2, b' ');
    let (status, _, _) = upload(&anna, id, "bigger.pdf", "application/pdf", &big).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    // Without the CSRF token nothing is read.
    let mut forged = Session {
        app: &app,
        cookie: anna.cookie.clone(),
        csrf: "forged".into(),
    };
    let (status, _, _) = upload(&forged, id, "ok.pdf", "application/pdf", PDF).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    forged.csrf = anna.csrf.clone();
    assert!(stored_documents(&app, id).await.is_empty());

    // A real PDF with a hostile name keeps its bytes and loses the path and the control characters.
    for (sent, kept) in [
        ("../../../etc/passwd", "passwd.pdf"),
        ("..\\..\\windows\\system.ini", "system.pdf"),
        (
            "<img src=x onerror=alert(1)>.pdf",
            "img src_x onerror_alert(1).pdf",
        ),
    ] {
        let (status, _, body) = upload(&forged, id, sent, "text/html", PDF).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{sent}: {body}");
        assert!(
            stored_documents(&app, id).await.contains(&kept.to_owned()),
            "{sent} kept as {:?}",
            stored_documents(&app, id).await
        );
    }
    // Control characters in the multipart head make the form malformed: refused, nothing kept.
    let before = stored_documents(&app, id).await.len();
    let (status, _, _) = upload(
        &forged,
        id,
        "bad\u{7}name\u{1b}[31m.pdf",
        "application/pdf",
        PDF,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(stored_documents(&app, id).await.len(), before);
    // An upload to an application that does not exist.
    let (status, _, _) = upload(&forged, 9999, "ok.pdf", "application/pdf", PDF).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
