//! The contact form and what happens to an inquiry: stored before the sender is answered, mailed to
//! the office through a real (local) SMTP server, retried while that server is down, guarded by a
//! honeypot, a rate limit and an origin check, hostile text kept as text, and deleted with an audit
//! entry after the retention period.

use std::time::Duration;

use partnerportal::contact::{ContactSettings, expire_old_inquiries};
use partnerportal::domain::access::{Principal, Role};
use partnerportal::domain::audit::{Action, Entity};
use partnerportal::domain::clock::Instant;
use partnerportal::domain::inquiry::{Inquiry, InquiryFields, InquiryStatus, NewInquiry};
use partnerportal::store::NewUser;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderValue};

use crate::common::{
    Answer, TestApp, elements, hrefs, percent_encode, spawn_app, spawn_app_with, text_of,
};
use crate::smtp::SmtpServer;

pub const WAIT: Duration = Duration::from_secs(20);

pub fn valid() -> Vec<(&'static str, String)> {
    vec![
        ("name", "Anna Nowak".into()),
        ("email", "anna.nowak@example.pl".into()),
        ("subject", "Schools exchange 2027".into()),
        (
            "message",
            "Dear office,\nwe would like to visit.\n.\nA line with a dot.".into(),
        ),
        ("partnership", "harz-konecki".into()),
        ("consent", "yes".into()),
        ("website", String::new()),
    ]
}

fn with(
    mut fields: Vec<(&'static str, String)>,
    name: &'static str,
    value: &str,
) -> Vec<(&'static str, String)> {
    fields.retain(|(n, _)| *n != name);
    fields.push((name, value.to_owned()));
    fields
}

fn without(mut fields: Vec<(&'static str, String)>, name: &str) -> Vec<(&'static str, String)> {
    fields.retain(|(n, _)| *n != name);
    fields
}

fn encode(fields: &[(&'static str, String)]) -> Vec<u8> {
    fields
        .iter()
        .map(|(name, value)| format!("{name}={}", percent_encode(value.as_bytes())))
        .collect::<Vec<_>>()
        .join("&")
        .into_bytes()
}

/// Mail settings pointing at `port`, with intervals short enough for a test.
pub fn mail_settings(port: u16) -> ContactSettings {
    ContactSettings {
        smtp_url: Some(format!("smtp://127.0.0.1:{port}").parse().unwrap()),
        mail_from: Some("Partnerportal <portal@test.example>".into()),
        inquiry_to: Some("office@test.example".into()),
        public_url: Some("https://partner.test.example".into()),
        delivery_interval: Duration::from_millis(100),
        retry_base: Duration::from_millis(100),
        retry_max: Duration::from_secs(1),
        send_timeout: Duration::from_secs(5),
        ..ContactSettings::default()
    }
}

impl TestApp {
    /// POSTs a raw body as a form, not following redirects.
    async fn post_body(&self, path: &str, body: Vec<u8>, headers: HeaderMap) -> Answer {
        let url = self.url(path);
        let response = self
            .raw_client
            .post(&url)
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .headers(headers)
            .body(body)
            .send()
            .await
            .unwrap_or_else(|e| panic!("POST {url} failed: {e}"));
        let status = response.status();
        let final_url = response.url().to_string();
        let headers = response.headers().clone();
        let text = response.text().await.unwrap_or_default();
        Answer {
            url,
            final_url,
            status,
            headers,
            text,
        }
    }

    async fn post_contact(&self, lang: &str, fields: &[(&'static str, String)]) -> Answer {
        self.post_body(
            &format!("/{lang}/contact"),
            encode(fields),
            HeaderMap::new(),
        )
        .await
    }

    /// Posts a valid inquiry; answers its id, taken from the thank-you page's address.
    pub async fn send_inquiry(&self, fields: &[(&'static str, String)]) -> i64 {
        let answer = self.post_contact("de", fields).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.text);
        let location = answer.header("location");
        location
            .strip_prefix("/de/contact/sent?ref=")
            .and_then(|id| id.parse().ok())
            .unwrap_or_else(|| panic!("unexpected redirect to {location}"))
    }

    async fn inquiry(&self, id: i64) -> Inquiry {
        self.store
            .find_inquiry(id)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("inquiry {id} is not stored"))
    }

    async fn inquiry_count(&self) -> usize {
        self.store
            .list_inquiries(None, None, 1000)
            .await
            .unwrap()
            .len()
    }

    /// Waits until the stored inquiry meets `done` (the delivery job works in the background).
    pub async fn wait_for(&self, id: i64, what: &str, done: impl Fn(&Inquiry) -> bool) -> Inquiry {
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            let inquiry = self.inquiry(id).await;
            if done(&inquiry) {
                return inquiry;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "inquiry {id}: {what} did not happen: {inquiry:?}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// A port nothing listens on (bound once, then released).
fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test]
async fn a_valid_inquiry_is_stored_and_the_sender_sent_on_to_the_thank_you_page() {
    let app = spawn_app().await;
    let id = app.send_inquiry(&valid()).await;
    let inquiry = app.inquiry(id).await;
    assert_eq!(inquiry.name, "Anna Nowak");
    assert_eq!(inquiry.email, "anna.nowak@example.pl");
    assert_eq!(inquiry.subject, "Schools exchange 2027");
    assert!(inquiry.message.starts_with("Dear office,\nwe would"));
    assert_eq!(inquiry.partnership.as_deref(), Some("harz-konecki"));
    assert_eq!(inquiry.language, "de");
    assert_eq!(inquiry.consent_version, "2026-11");
    assert_eq!(inquiry.status, InquiryStatus::New);
    // Without a mail server nothing is attempted; the inbox shows the inquiry.
    assert_eq!(inquiry.notify_attempts, 0);
    assert!(inquiry.notified_at.is_none());

    let page = app.page(&format!("/de/contact/sent?ref={id}")).await;
    assert!(
        text_of(&page).contains(&format!("Ihre Vorgangsnummer: {id}")),
        "{page}"
    );
}

#[tokio::test]
async fn the_office_gets_an_email_through_a_real_smtp_server() {
    let mut smtp = SmtpServer::start().await;
    let app = spawn_app_with(mail_settings(smtp.port)).await;
    let id = app.send_inquiry(&valid()).await;

    let mail = smtp.next_mail(WAIT).await.expect("the office is mailed");
    assert_eq!(mail.from, "portal@test.example");
    assert_eq!(mail.to, vec!["office@test.example".to_owned()]);
    assert_eq!(
        mail.header("Subject").as_deref(),
        Some("[Partnerportal] Schools exchange 2027")
    );
    let reply_to = mail.header("Reply-To").expect("a Reply-To header");
    assert!(reply_to.contains("anna.nowak@example.pl"), "{reply_to}");
    let body = mail.body();
    for expected in [
        "Anna Nowak",
        "anna.nowak@example.pl",
        "we would like to visit.",
        "A line with a dot.",
        "https://partner.test.example/de/partnerships/harz-konecki",
        &format!("https://partner.test.example/de/workbench/inbox/{id}"),
    ] {
        assert!(body.contains(expected), "{expected:?} is not in:\n{body}");
    }
    // A line of a single dot survives SMTP's dot-stuffing.
    assert!(body.contains("\r\n.\r\n"), "{body}");

    let inquiry = app
        .wait_for(id, "marked notified", |i| i.notified_at.is_some())
        .await;
    assert_eq!(inquiry.notify_attempts, 1);
    assert!(inquiry.notify_error.is_none());
}

#[tokio::test]
async fn an_inquiry_is_stored_while_the_mail_server_is_down_and_delivered_once_it_is_up() {
    let port = closed_port();
    let app = spawn_app_with(mail_settings(port)).await;
    // The sender is answered although no mail server listens.
    let id = app.send_inquiry(&valid()).await;
    let failed = app
        .wait_for(id, "a failed attempt recorded", |i| i.notify_attempts >= 1)
        .await;
    assert!(failed.notified_at.is_none());
    assert!(
        failed
            .notify_error
            .as_deref()
            .is_some_and(|e| !e.is_empty()),
        "{failed:?}"
    );
    assert_eq!(failed.name, "Anna Nowak", "the inquiry itself is intact");

    let mut smtp = SmtpServer::start_on(port).await;
    let mail = smtp
        .next_mail(WAIT)
        .await
        .expect("the retry reaches the office");
    assert!(mail.body().contains("Anna Nowak"));
    let delivered = app
        .wait_for(id, "marked notified", |i| i.notified_at.is_some())
        .await;
    assert!(delivered.notify_attempts >= 2, "{delivered:?}");
    assert!(delivered.notify_error.is_none());
}

#[tokio::test]
async fn a_mail_server_that_refuses_is_retried_until_it_accepts() {
    let mut smtp = SmtpServer::start().await;
    smtp.set_refusing(true);
    let app = spawn_app_with(mail_settings(smtp.port)).await;
    let id = app.send_inquiry(&valid()).await;
    let refused = app
        .wait_for(id, "a refused attempt recorded", |i| i.notify_attempts >= 1)
        .await;
    assert!(
        refused
            .notify_error
            .as_deref()
            .unwrap_or_default()
            .contains("554"),
        "{refused:?}"
    );
    smtp.set_refusing(false);
    assert!(smtp.next_mail(WAIT).await.is_some());
    app.wait_for(id, "marked notified", |i| i.notified_at.is_some())
        .await;
}

#[tokio::test]
async fn line_breaks_cannot_inject_mail_headers() {
    let mut smtp = SmtpServer::start().await;
    smtp.set_refusing(true);
    let app = spawn_app_with(mail_settings(smtp.port)).await;

    // The form refuses a subject or name with a line break, with a message at the field.
    let injected = with(
        with(valid(), "subject", "Hello\r\nBcc: victim@example.org"),
        "name",
        "Eve\nCc: victim@example.org",
    );
    let answer = app.post_contact("de", &injected).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.text.contains("id=\"contact-subject-error\""));
    assert!(answer.text.contains("id=\"contact-name-error\""));
    assert_eq!(app.inquiry_count().await, 0);

    // Even a stored subject with line breaks (written past the form) cannot add a header.
    let id = app.send_inquiry(&valid()).await;
    app.wait_for(id, "a refused attempt", |i| i.notify_attempts >= 1)
        .await;
    let mut db = app.db().await;
    sqlx::query("UPDATE inquiries SET subject = $1, name = $2 WHERE id = $3")
        .bind("Hello\r\nBcc: victim@example.org\r\nX-Injected: yes")
        .bind("Eve\r\nCc: victim@example.org")
        .bind(id)
        .execute(&mut db)
        .await
        .unwrap();
    sqlx::Connection::close(db).await.unwrap();
    // An attempt under way may have read the inquiry before the change; the one after it has not.
    let seen = app.inquiry(id).await.notify_attempts;
    app.wait_for(id, "two more refused attempts", |i| {
        i.notify_attempts >= seen + 2
    })
    .await;
    smtp.set_refusing(false);
    let mail = smtp.next_mail(WAIT).await.expect("the mail goes out");
    assert_eq!(mail.to, vec!["office@test.example".to_owned()]);
    for header in mail.headers() {
        let lower = header.to_ascii_lowercase();
        assert!(
            !lower.starts_with("bcc:")
                && !lower.starts_with("cc:")
                && !lower.starts_with("x-injected:"),
            "injected header {header:?} in\n{}",
            mail.data
        );
    }
    let subject = mail.header("Subject").unwrap();
    assert!(subject.starts_with("[Partnerportal] Hello"), "{subject}");
}

#[tokio::test]
async fn a_filled_honeypot_is_thanked_but_nothing_is_stored() {
    let mut smtp = SmtpServer::start().await;
    let app = spawn_app_with(mail_settings(smtp.port)).await;
    let answer = app
        .post_contact("de", &with(valid(), "website", "https://spam.example"))
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(answer.header("location"), "/de/contact/sent");
    assert_eq!(app.inquiry_count().await, 0);
    assert!(smtp.next_mail(Duration::from_millis(500)).await.is_none());
    // The thank-you page reads as for anyone else, without a number.
    let page = app.page("/de/contact/sent").await;
    assert!(text_of(&page).contains("Vielen Dank für Ihre Nachricht"));
}

#[tokio::test]
async fn the_rate_limit_answers_429_after_five_inquiries_from_one_address() {
    let app = spawn_app().await;
    for _ in 0..5 {
        app.send_inquiry(&valid()).await;
    }
    let answer = app.post_contact("de", &valid()).await;
    let page = answer.error_page(429);
    assert!(text_of(page).contains("Zu viele Anfragen"), "{page}");
    assert!(text_of(page).contains("Uhr wieder an"), "{page}");
    let retry: i64 = answer
        .header("retry-after")
        .parse()
        .expect("a Retry-After in seconds");
    assert!((1..=600).contains(&retry), "{retry}");
    assert_eq!(app.inquiry_count().await, 5);
}

#[tokio::test]
async fn validation_errors_keep_the_typed_values_and_name_each_field() {
    let app = spawn_app().await;
    let fields = without(
        with(
            with(with(valid(), "name", "  "), "email", "anna-at-example"),
            "subject",
            "<b>Partnerschaft</b> & \"Austausch\"",
        ),
        "consent",
    );
    let answer = app.post_contact("de", &fields).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.is_html());
    let html = &answer.text;
    assert!(html.contains("<title>Fehler: Kontakt"), "the title says so");

    // The summary at the top links to each field in error.
    let summary = crate::common::between(html, "class=\"error-summary\"", "</div>");
    assert_eq!(
        hrefs(summary),
        vec!["#contact-name", "#contact-email", "#contact-consent"]
    );
    // Each field in error carries its message and says so to assistive technology.
    for field in ["name", "email", "consent"] {
        let input = elements(html, "input")
            .into_iter()
            .find(|i| i.attr("id").as_deref() == Some(&format!("contact-{field}")))
            .unwrap();
        assert_eq!(
            input.attr("aria-invalid").as_deref(),
            Some("true"),
            "{field}"
        );
        let described = input.attr("aria-describedby").unwrap();
        let error_id = format!("contact-{field}-error");
        assert!(
            described.split(' ').any(|id| id == error_id),
            "{field}: {described}"
        );
        assert!(html.contains(&format!("id=\"{error_id}\"")), "{field}");
    }
    assert!(text_of(html).contains("Bitte geben Sie Ihren Namen an."));
    assert!(text_of(html).contains("name@beispiel.de"));
    // What was typed is kept (escaped), also the partnership chosen.
    let value = |id: &str| {
        elements(html, "input")
            .into_iter()
            .find(|i| i.attr("id").as_deref() == Some(id))
            .and_then(|i| i.attr("value"))
    };
    assert_eq!(value("contact-email").as_deref(), Some("anna-at-example"));
    assert_eq!(
        value("contact-subject").as_deref(),
        Some("<b>Partnerschaft</b> & \"Austausch\"")
    );
    assert!(!html.contains("<b>Partnerschaft</b>"));
    assert!(html.contains("we would like to visit."));
    let selected = elements(html, "option")
        .into_iter()
        .find(|o| o.attr("selected").is_some())
        .and_then(|o| o.attr("value"));
    assert_eq!(selected.as_deref(), Some("harz-konecki"));
    assert_eq!(app.inquiry_count().await, 0);
}

#[tokio::test]
async fn hostile_text_is_stored_verbatim_and_shown_escaped() {
    let app = spawn_app().await;
    let script = "<script>alert(1)</script>";
    let sql = "'; DROP TABLE inquiries; --";
    let markup = "<img src=x onerror=alert(1)> \"quoted\" & 'single' {{ t }} {% if %}";
    let fields = with(
        with(with(valid(), "name", script), "subject", sql),
        "message",
        markup,
    );
    let id = app.send_inquiry(&fields).await;
    let inquiry = app.inquiry(id).await;
    assert_eq!(inquiry.name, script);
    assert_eq!(inquiry.subject, sql);
    assert_eq!(inquiry.message, markup);
    assert_eq!(app.inquiry_count().await, 1, "the table is still there");

    // Shown again on the form (here after a missing consent), everything is escaped.
    let answer = app
        .post_contact("de", &without(fields.clone(), "consent"))
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!answer.text.contains(script));
    assert!(!answer.text.contains("<img src=x"));
    // Both come back as the text typed once the escaping is undone.
    let value = elements(&answer.text, "input")
        .into_iter()
        .find(|i| i.attr("id").as_deref() == Some("contact-name"))
        .and_then(|i| i.attr("value"));
    assert_eq!(value.as_deref(), Some(script));
    assert!(text_of(&answer.text).contains(markup), "{}", answer.text);

    // Unicode beyond the basic plane and right-to-left text are text too.
    let id = app
        .send_inquiry(&with(valid(), "name", "Zoë 𝔘𝔫𝔦 \u{202e}evil"))
        .await;
    assert_eq!(app.inquiry(id).await.name, "Zoë 𝔘𝔫𝔦 \u{202e}evil");
}

#[tokio::test]
async fn a_message_that_is_too_long_is_refused_with_a_message() {
    let app = spawn_app().await;
    // Past the form's limit but within the body limit: the form again, with the message.
    let answer = app
        .post_contact("de", &with(valid(), "message", &"x".repeat(10_001)))
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of(&answer.text).contains("höchstens 10\u{202f}000 Zeichen"),
        "{}",
        answer.text
    );
    // A megabyte is refused before it is read whole.
    let answer = app
        .post_contact("de", &with(valid(), "message", &"x".repeat(1024 * 1024)))
        .await;
    let page = answer.error_page(413);
    assert!(
        text_of(page).contains("höchstens 10\u{202f}000 Zeichen"),
        "{page}"
    );
    // The most a form may carry still gets through: 10 000 characters of three bytes each.
    let id = app
        .send_inquiry(&with(valid(), "message", &"€".repeat(10_000)))
        .await;
    assert_eq!(app.inquiry(id).await.message.chars().count(), 10_000);
    assert_eq!(app.inquiry_count().await, 1);
}

#[tokio::test]
async fn a_body_that_is_not_utf8_is_refused() {
    let app = spawn_app().await;
    for body in [
        b"name=%FF%FE&email=a%40b.de&subject=x&message=y&consent=yes".to_vec(),
        b"name=\xff\xfe&email=a%40b.de&subject=x&message=y&consent=yes".to_vec(),
    ] {
        let answer = app.post_body("/fr/contact", body, HeaderMap::new()).await;
        let page = answer.error_page(400);
        assert!(text_of(page).contains("UTF-8"), "{page}");
    }
    assert_eq!(app.inquiry_count().await, 0);
}

#[tokio::test]
async fn a_post_from_another_site_is_refused() {
    let app = spawn_app().await;
    let mut foreign = HeaderMap::new();
    foreign.insert("origin", HeaderValue::from_static("https://evil.example"));
    let answer = app
        .post_body("/en/contact", encode(&valid()), foreign)
        .await;
    answer.error_page(403);
    assert_eq!(app.inquiry_count().await, 0);

    let mut own = HeaderMap::new();
    let origin = app.base_url.clone();
    own.insert("origin", HeaderValue::from_str(&origin).unwrap());
    let answer = app.post_body("/en/contact", encode(&valid()), own).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.text);
    assert!(
        answer
            .header("location")
            .starts_with("/en/contact/sent?ref=")
    );
}

#[tokio::test]
async fn the_contact_form_is_offered_in_every_language_and_linked_from_the_portal() {
    let app = spawn_app().await;
    for lang in ["de", "en", "fr", "pl", "ro"] {
        let html = app.page(&format!("/{lang}/contact")).await;
        assert_eq!(crate::common::html_lang(&html), lang);
        let form = elements(&html, "form")
            .into_iter()
            .find(|f| {
                f.attr("class")
                    .is_some_and(|c| c.split_whitespace().any(|c| c == "contact-form"))
            })
            .expect("the contact form");
        assert_eq!(form.attr("method").as_deref(), Some("post"));
        assert_eq!(form.attr("action"), Some(format!("/{lang}/contact")));
        // Every field has a label.
        for input in elements(&html, "input")
            .into_iter()
            .chain(elements(&html, "textarea"))
            .chain(elements(&html, "select"))
            .filter(|i| i.attr("type").as_deref() != Some("hidden"))
        {
            let id = input.attr("id").expect("a field with an id");
            if id == "search-q" {
                continue;
            }
            assert!(
                html.contains(&format!("<label for=\"{id}\">")),
                "{lang}: {id} has no label"
            );
        }
        // The honeypot is out of sight and out of the tab order, and labelled for screen readers.
        let trap = elements(&html, "input")
            .into_iter()
            .find(|i| i.attr("name").as_deref() == Some("website"))
            .unwrap();
        assert_eq!(trap.attr("tabindex").as_deref(), Some("-1"));
        assert_eq!(trap.attr("autocomplete").as_deref(), Some("off"));
        assert!(trap.attr("style").is_none());
        assert!(html.contains("<div class=\"hp-field\">"));
        // The footer leads here from every page.
        assert!(hrefs(&html).contains(&format!("/{lang}/contact")));
    }
    // The overview's contact section and every partnership page link to the form.
    let overview = app.page("/de/").await;
    assert!(hrefs(&overview).contains(&"/de/contact".to_owned()));
    let partnership = app.page("/pl/partnerships/harz-konecki").await;
    assert!(hrefs(&partnership).contains(&"/pl/contact?partnership=harz-konecki".to_owned()));
    // … which preselects it.
    let html = app.page("/pl/contact?partnership=harz-konecki").await;
    let selected: Vec<_> = elements(&html, "option")
        .into_iter()
        .filter(|o| o.attr("selected").is_some())
        .filter_map(|o| o.attr("value"))
        .collect();
    assert_eq!(selected, vec!["harz-konecki"]);
    // An unknown or malformed one is ignored on the form …
    let html = app.page("/de/contact?partnership=%3Cscript%3E").await;
    assert!(!html.contains("<script>"));
    // … and refused when sent.
    let answer = app
        .post_contact("de", &with(valid(), "partnership", "no-such-partnership"))
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.text.contains("id=\"contact-partnership-error\""));
    // The bare address leads to the reader's language.
    let answer = app.get_raw("/contact", Some("ro")).await;
    assert_eq!(answer.redirect_target(), "/ro/contact");
}

fn new_inquiry(name: &str) -> NewInquiry {
    NewInquiry::parse(&InquiryFields {
        name: name.into(),
        email: "old@example.org".into(),
        subject: "Old question".into(),
        message: "Personal details".into(),
        partnership: String::new(),
        consent: true,
    })
    .unwrap()
}

#[tokio::test]
async fn retention_deletes_old_inquiries_and_audits_each_deletion_without_personal_data() {
    // The app's own job keeps everything for a century here, so only the call below deletes.
    let app = spawn_app_with(ContactSettings {
        retention_days: 36_500,
        ..ContactSettings::default()
    })
    .await;
    let store = &app.store;
    let old_at = Instant::now().minus(time::Duration::days(400));
    let old = store
        .insert_inquiry(&new_inquiry("Old Sender"), "de", old_at)
        .await
        .unwrap();
    let fresh = store
        .insert_inquiry(&new_inquiry("New Sender"), "de", Instant::now())
        .await
        .unwrap();
    store
        .add_inquiry_note(old, "called back", &Principal::system("test"))
        .await
        .unwrap();

    assert_eq!(expire_old_inquiries(store, 365).await.unwrap(), 1);
    assert!(store.find_inquiry(old).await.unwrap().is_none());
    assert!(store.find_inquiry(fresh).await.unwrap().is_some());

    let history = store.history(Entity::Inquiry, old).await.unwrap();
    let expired: Vec<_> = history
        .iter()
        .filter(|e| e.action == Action::Expire)
        .collect();
    assert_eq!(expired.len(), 1, "{history:?}");
    let entry = expired[0];
    assert_eq!(entry.actor, "system");
    assert_eq!(entry.channel, "system");
    assert!(entry.before.is_none() && entry.after.is_none());
    assert!(entry.summary.contains("365"), "{}", entry.summary);
    let everything = format!("{history:?}");
    for personal in [
        "Old Sender",
        "old@example.org",
        "Old question",
        "Personal details",
    ] {
        assert!(
            !everything.contains(personal),
            "{personal} kept in {everything}"
        );
    }
    // Running again deletes nothing more.
    assert_eq!(expire_old_inquiries(store, 365).await.unwrap(), 0);
}

#[tokio::test]
async fn the_retention_job_deletes_expired_inquiries_by_itself() {
    let app = spawn_app_with(ContactSettings {
        retention_days: 30,
        retention_interval: Duration::from_millis(100),
        ..ContactSettings::default()
    })
    .await;
    let old = app
        .store
        .insert_inquiry(
            &new_inquiry("Old Sender"),
            "de",
            Instant::now().minus(time::Duration::days(31)),
        )
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + WAIT;
    while app.store.find_inquiry(old).await.unwrap().is_some() {
        assert!(
            std::time::Instant::now() < deadline,
            "the job did not delete it"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let history = app.store.history(Entity::Inquiry, old).await.unwrap();
    assert_eq!(history[0].action, Action::Expire);
    assert!(history[0].summary.contains("30 days"));
}

#[tokio::test]
async fn the_inbox_pages_newest_first_and_audits_status_assignment_and_notes() {
    let app = spawn_app().await;
    let store = &app.store;
    let mut ids = Vec::new();
    for days in [3, 2, 1] {
        let at = Instant::now().minus(time::Duration::days(days));
        ids.push(
            store
                .insert_inquiry(&new_inquiry(&format!("Sender {days}")), "en", at)
                .await
                .unwrap(),
        );
    }
    let first: Vec<i64> = store
        .list_inquiries(None, None, 2)
        .await
        .unwrap()
        .iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(first, vec![ids[2], ids[1]]);
    let rest: Vec<i64> = store
        .list_inquiries(None, Some(ids[1]), 2)
        .await
        .unwrap()
        .iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(rest, vec![ids[0]]);

    let who = Principal::system("test desk");
    assert!(
        store
            .set_inquiry_status(ids[0], InquiryStatus::InProgress, &who)
            .await
            .unwrap()
    );
    assert!(
        !store
            .set_inquiry_status(9999, InquiryStatus::Closed, &who)
            .await
            .unwrap()
    );
    let in_progress = store
        .list_inquiries(Some(InquiryStatus::InProgress), None, 10)
        .await
        .unwrap();
    assert_eq!(in_progress.len(), 1);
    assert_eq!(in_progress[0].id, ids[0]);
    let counts = store.count_inquiries().await.unwrap();
    assert_eq!(counts[0], (InquiryStatus::New, 2));
    assert_eq!(counts[1], (InquiryStatus::InProgress, 1));

    // Assigning to someone who is not an active account changes nothing.
    assert!(
        !store
            .assign_inquiry(ids[0], Some(9999), &who)
            .await
            .unwrap()
    );
    let note = store
        .add_inquiry_note(ids[0], "Rang back, sends the programme", &who)
        .await
        .unwrap();
    assert!(note.is_some());
    let inquiry = store.find_inquiry(ids[0]).await.unwrap().unwrap();
    assert_eq!(inquiry.status, InquiryStatus::InProgress);
    assert_eq!(inquiry.notes.len(), 1);
    assert_eq!(inquiry.notes[0].author_label, "test desk");
    assert_eq!(inquiry.notes[0].text, "Rang back, sends the programme");

    let history = store.history(Entity::Inquiry, ids[0]).await.unwrap();
    let summaries: Vec<&str> = history.iter().map(|e| e.summary.as_str()).collect();
    assert_eq!(history.len(), 2, "{summaries:?}");
    assert!(history.iter().all(|e| e.action == Action::Update));
    assert!(
        summaries.contains(&"status new → in_progress"),
        "{summaries:?}"
    );
    // The note's text stays out of the audit trail.
    assert!(!format!("{history:?}").contains("Rang back"));
    assert!(!format!("{history:?}").contains("Sender"));
}

/// A signed-in session of a new account with `role`: the cookie header and the form token.
async fn staff_session(app: &TestApp, login: &str, role: Role) -> (i64, String, String) {
    let user = app
        .store
        .create_user(
            &Principal::command_line(),
            &NewUser {
                login: login.into(),
                display_name: format!("Officer {login}"),
                email: None,
                role,
                scope: Vec::new(),
                // Sessions are made directly here; the password is never checked.
                password_hash: "unused".into(),
            },
        )
        .await
        .unwrap();
    let (token, csrf) = app.store.create_session(&user).await.unwrap();
    (user.id, format!("pp_session={token}"), csrf)
}

impl TestApp {
    async fn get_as(&self, cookie: &str, path: &str) -> Answer {
        let url = self.url(path);
        let response = self
            .raw_client
            .get(&url)
            .header("cookie", cookie)
            .send()
            .await
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let text = response.text().await.unwrap_or_default();
        Answer {
            final_url: url.clone(),
            url,
            status,
            headers,
            text,
        }
    }

    async fn post_as(&self, cookie: &str, path: &str, fields: &[(&'static str, String)]) -> Answer {
        let mut headers = HeaderMap::new();
        headers.insert("cookie", HeaderValue::from_str(cookie).unwrap());
        self.post_body(path, encode(fields), headers).await
    }
}

#[tokio::test]
async fn staff_work_on_an_inquiry_in_the_inbox() {
    let app = spawn_app().await;
    let id = app
        .send_inquiry(&with(valid(), "name", "<script>alert(1)</script>"))
        .await;
    // Without a session the inbox leads to the sign-in.
    let answer = app.get_raw("/de/workbench/inbox", None).await;
    assert!(answer.status.is_redirection());
    assert!(
        answer
            .header("location")
            .starts_with("/de/workbench/sign-in")
    );

    let (user_id, cookie, csrf) = staff_session(&app, "desk", Role::Editor).await;
    let inbox = app.get_as(&cookie, "/de/workbench/inbox").await;
    assert_eq!(inbox.status, StatusCode::OK, "{}", inbox.text);
    assert!(hrefs(&inbox.text).contains(&format!("/de/workbench/inbox/{id}")));
    assert!(text_of(&inbox.text).contains("Schools exchange 2027"));
    assert!(!inbox.text.contains("<script>alert(1)</script>"));
    assert!(
        text_of(&inbox.text).contains("<script>alert(1)</script>"),
        "shown as text"
    );
    assert!(text_of(&inbox.text).contains("Neu (1)"));

    let detail = app
        .get_as(&cookie, &format!("/de/workbench/inbox/{id}"))
        .await;
    assert_eq!(detail.status, StatusCode::OK, "{}", detail.text);
    let text = text_of(&detail.text);
    assert!(text.contains("we would like to visit."), "{text}");
    assert!(text.contains("nicht eingerichtet"), "{text}");
    assert!(hrefs(&detail.text).contains(&"mailto:anna.nowak@example.pl".to_owned()));

    let at = |what: &str| format!("/de/workbench/inbox/{id}/{what}");
    let answer = app
        .post_as(
            &cookie,
            &at("status"),
            &[("csrf", csrf.clone()), ("status", "in_progress".into())],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.text);
    assert_eq!(
        answer.header("location"),
        format!("/de/workbench/inbox/{id}?saved=status")
    );
    let answer = app
        .post_as(
            &cookie,
            &at("assignee"),
            &[("csrf", csrf.clone()), ("assignee", user_id.to_string())],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.text);
    let answer = app
        .post_as(
            &cookie,
            &at("notes"),
            &[
                ("csrf", csrf.clone()),
                ("note", "Called back <b>today</b>".into()),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.text);
    let answer = app
        .post_as(
            &cookie,
            &at("notes"),
            &[("csrf", csrf.clone()), ("note", "  ".into())],
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.text.contains("id=\"inquiry-note-error\""));

    let inquiry = app.inquiry(id).await;
    assert_eq!(inquiry.status, InquiryStatus::InProgress);
    assert_eq!(inquiry.assignee.as_ref().map(|a| a.id), Some(user_id));
    assert_eq!(inquiry.notes.len(), 1);
    assert_eq!(inquiry.notes[0].author_id, Some(user_id));
    assert_eq!(inquiry.notes[0].author_label, "Officer desk");
    let history = app.store.history(Entity::Inquiry, id).await.unwrap();
    assert_eq!(history.len(), 3, "{history:?}");
    assert!(history.iter().all(|e| e.actor == format!("user:{user_id}")));

    let detail = app
        .get_as(&cookie, &format!("/de/workbench/inbox/{id}?saved=note"))
        .await;
    assert!(
        detail.text.contains("Called back &#60;b&#62;today")
            || detail.text.contains("Called back &lt;b&gt;today")
    );
    assert!(text_of(&detail.text).contains("Die Notiz wurde hinzugefügt."));
    let filtered = app
        .get_as(&cookie, "/de/workbench/inbox?status=in_progress")
        .await;
    assert!(hrefs(&filtered.text).contains(&format!("/de/workbench/inbox/{id}")));
    let filtered = app
        .get_as(&cookie, "/de/workbench/inbox?status=closed")
        .await;
    assert!(!hrefs(&filtered.text).contains(&format!("/de/workbench/inbox/{id}")));

    // A form without its token is refused; a reader may look but not change.
    let answer = app
        .post_as(&cookie, &at("status"), &[("status", "closed".into())])
        .await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    let (_, reader, reader_csrf) = staff_session(&app, "reader", Role::Reader).await;
    assert_eq!(
        app.get_as(&reader, &format!("/de/workbench/inbox/{id}"))
            .await
            .status,
        StatusCode::OK
    );
    let answer = app
        .post_as(
            &reader,
            &at("status"),
            &[("csrf", reader_csrf), ("status", "closed".into())],
        )
        .await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    assert_eq!(app.inquiry(id).await.status, InquiryStatus::InProgress);
    assert_eq!(
        app.get_as(&cookie, "/de/workbench/inbox/999999")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}
