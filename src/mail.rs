//! E-mail: the SMTP connection (lettre over tokio; TLS by rustls), its configuration with the
//! password kept out of logs, and the message that tells the office about a new inquiry.
//!
//! Header values that come from senders (their name and subject) are reduced to one line of
//! printable characters before they reach a header, so a line break can never start a header of
//! its own (`Bcc:` injection); lettre encodes what remains.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Mailbox, SinglePart};
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::domain::inquiry::Inquiry;
use crate::i18n::Tr;

/// The address of an SMTP server, such as `smtp://user:secret@mail.example.org:587?tls=required`
/// or `smtps://mail.example.org`. Its password never shows: `Debug` and `Display` print the URL
/// with `***` in its place.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpUrl(String);

impl SmtpUrl {
    /// The URL with its password replaced by `***`, for logs and messages.
    pub fn redacted(&self) -> String {
        redact_password(&self.0)
    }

    /// The URL itself, for the transport only.
    fn expose(&self) -> &str {
        &self.0
    }
}

impl FromStr for SmtpUrl {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        if text.starts_with("smtp://") || text.starts_with("smtps://") {
            Ok(SmtpUrl(text.to_owned()))
        } else {
            Err(format!(
                "'{}' is not an SMTP URL; write smtp://HOST:PORT (add ?tls=required for STARTTLS) or smtps://HOST",
                redact_password(text)
            ))
        }
    }
}

impl fmt::Debug for SmtpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SmtpUrl({:?})", self.redacted())
    }
}

impl fmt::Display for SmtpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// `scheme://user:password@host…` → `scheme://user:***@host…`; anything else unchanged.
fn redact_password(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_owned();
    };
    let authority_start = scheme_end + 3;
    let rest = &url[authority_start..];
    let authority_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_len];
    let Some(at) = authority.rfind('@') else {
        return url.to_owned();
    };
    let userinfo = &authority[..at];
    let Some(colon) = userinfo.find(':') else {
        return url.to_owned();
    };
    format!(
        "{}{}:***{}",
        &url[..authority_start],
        &userinfo[..colon],
        &url[authority_start + at..]
    )
}

/// Why an e-mail was not sent. The text names no secret.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("invalid mail configuration: {0}")]
    Config(String),
    #[error("cannot build the message: {0}")]
    Build(String),
    #[error("SMTP: {0}")]
    Smtp(String),
    #[error("the mail server did not answer within {0:?}")]
    Timeout(Duration),
}

/// A connection to the office's mail server and the sender address mail goes out with.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    server: String,
    timeout: Duration,
}

impl fmt::Debug for Mailer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mailer")
            .field("server", &self.server)
            .field("from", &self.from.to_string())
            .field("timeout", &self.timeout)
            .finish()
    }
}

impl Mailer {
    /// A mailer for `url` sending as `from` (`Name <address>` or a bare address). Nothing is
    /// connected yet: a server that is down shows only when mail is sent.
    pub fn new(url: &SmtpUrl, from: &str, timeout: Duration) -> Result<Mailer, MailError> {
        let from: Mailbox = from.trim().parse().map_err(|e| {
            MailError::Config(format!("sender address '{from}' is not an address: {e}"))
        })?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose())
            .map_err(|e| MailError::Config(format!("{}: {e}", url.redacted())))?
            .timeout(Some(timeout))
            .build();
        Ok(Mailer {
            transport,
            from,
            server: url.redacted(),
            timeout,
        })
    }

    pub fn from(&self) -> &Mailbox {
        &self.from
    }

    /// Sends `message`, giving up after the timeout.
    pub async fn send(&self, message: Message) -> Result<(), MailError> {
        // The transport's own timeout covers each step; this bounds the whole conversation.
        let whole = self.timeout * 3;
        match tokio::time::timeout(whole, self.transport.send(message)).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(e)) => Err(MailError::Smtp(e.to_string())),
            Err(_) => Err(MailError::Timeout(whole)),
        }
    }
}

/// Parses a configured or stored recipient address.
pub fn mailbox(text: &str) -> Result<Mailbox, MailError> {
    text.trim()
        .parse()
        .map_err(|e| MailError::Config(format!("'{text}' is not an e-mail address: {e}")))
}

/// One line of printable text for a header: control characters (line breaks above all) become
/// spaces, runs of white space one space, and the result is cut at `max` characters.
pub fn header_text(text: &str, max: usize) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    cleaned
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(max)
        .collect()
}

/// What the office's e-mail about an inquiry links to.
pub struct InquiryLinks {
    /// The partnership's title and its public page, when the inquiry concerns one.
    pub partnership: Option<(String, String)>,
    /// The inquiry in the workbench's inbox.
    pub inbox: String,
}

/// The plain-text e-mail telling the office about `inquiry`, in the language of `t` (the portal's
/// working language). Replies go to the sender (`Reply-To`).
pub fn inquiry_message(
    t: &Tr,
    from: &Mailbox,
    to: &Mailbox,
    inquiry: &Inquiry,
    links: &InquiryLinks,
) -> Result<Message, MailError> {
    let subject = format!("[Partnerportal] {}", header_text(&inquiry.subject, 200));
    let mut builder = Message::builder()
        .from(from.clone())
        .to(to.clone())
        .subject(subject);
    // A sender address lettre cannot parse is still in the body; only the reply button suffers.
    if let Ok(address) = inquiry.email.parse::<Address>() {
        let name = header_text(&inquiry.name, 100);
        builder = builder.reply_to(Mailbox::new((!name.is_empty()).then_some(name), address));
    }
    let mut body = String::new();
    body.push_str(&t.t1("mail-inquiry-intro", "id", inquiry.id));
    body.push_str("\n\n");
    let mut line = |label: &str, value: &str| {
        body.push_str(&t.t(label));
        body.push_str(": ");
        body.push_str(value);
        body.push('\n');
    };
    line("mail-inquiry-name", &inquiry.name);
    line("mail-inquiry-email", &inquiry.email);
    if let Some((title, url)) = &links.partnership {
        line("mail-inquiry-partnership", &format!("{title} <{url}>"));
    }
    line("mail-inquiry-language", &t.language_name(&inquiry.language));
    line(
        "mail-inquiry-received",
        &inquiry.received_at.display_local(),
    );
    line("mail-inquiry-subject", &inquiry.subject);
    body.push('\n');
    body.push_str(&t.t("mail-inquiry-message"));
    body.push_str(":\n\n");
    body.push_str(&inquiry.message);
    body.push_str("\n\n-- \n");
    body.push_str(&t.t("mail-inquiry-inbox"));
    body.push_str(": ");
    body.push_str(&links.inbox);
    body.push('\n');
    body.push_str(&t.t("mail-inquiry-reply"));
    body.push('\n');
    let part = SinglePart::builder()
        .header(ContentType::TEXT_PLAIN)
        .header(ContentTransferEncoding::QuotedPrintable)
        .body(body);
    builder
        .singlepart(part)
        .map_err(|e| MailError::Build(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::clock::Instant;
    use crate::domain::inquiry::InquiryStatus;

    fn inquiry(name: &str, subject: &str) -> Inquiry {
        Inquiry {
            id: 42,
            received_at: Instant::parse("2026-11-25T13:05:00Z").unwrap(),
            name: name.into(),
            email: "anna@example.pl".into(),
            subject: subject.into(),
            message: "Hello\nworld".into(),
            partnership: Some("harz-konecki".into()),
            language: "pl".into(),
            consent_version: "2026-11".into(),
            status: InquiryStatus::New,
            assignee: None,
            notified_at: None,
            notify_attempts: 0,
            notify_error: None,
            updated_at: Instant::parse("2026-11-25T13:05:00Z").unwrap(),
            notes: Vec::new(),
        }
    }

    fn formatted(inquiry: &Inquiry) -> String {
        let links = InquiryLinks {
            partnership: Some((
                "Landkreis Harz – Powiat Konecki".into(),
                "https://portal.example/de/partnerships/harz-konecki".into(),
            )),
            inbox: "https://portal.example/de/workbench/inbox/42".into(),
        };
        let message = inquiry_message(
            &Tr::new("de"),
            &"Portal <portal@example.org>".parse().unwrap(),
            &"office@example.org".parse().unwrap(),
            inquiry,
            &links,
        )
        .unwrap();
        String::from_utf8(message.formatted()).unwrap()
    }

    /// The header block: everything before the first empty line.
    fn headers(formatted: &str) -> Vec<&str> {
        formatted
            .split("\r\n\r\n")
            .next()
            .unwrap()
            .split("\r\n")
            .collect()
    }

    #[test]
    fn passwords_never_show_in_the_smtp_url() {
        let url: SmtpUrl = "smtp://office:s3cr%40t@mail.example.org:587?tls=required"
            .parse()
            .unwrap();
        assert_eq!(
            url.redacted(),
            "smtp://office:***@mail.example.org:587?tls=required"
        );
        assert!(!format!("{url:?}").contains("s3cr"));
        assert!(!format!("{url}").contains("s3cr"));
        assert_eq!(
            redact_password("smtps://mail.example.org"),
            "smtps://mail.example.org"
        );
        assert_eq!(
            redact_password("smtp://user@mail.example.org"),
            "smtp://user@mail.example.org"
        );
        assert!("http://mail.example.org".parse::<SmtpUrl>().is_err());
        let error = "imap://u:hunter2@x".parse::<SmtpUrl>().unwrap_err();
        assert!(!error.contains("hunter2"), "{error}");
    }

    #[test]
    fn a_mailer_debug_print_hides_the_password() {
        let url: SmtpUrl = "smtp://office:hunter2@127.0.0.1:2525".parse().unwrap();
        let mailer = Mailer::new(&url, "portal@example.org", Duration::from_secs(5)).unwrap();
        let debug = format!("{mailer:?}");
        assert!(!debug.contains("hunter2"), "{debug}");
        assert!(debug.contains("***"), "{debug}");
    }

    #[test]
    fn header_text_is_one_printable_line() {
        assert_eq!(
            header_text("Hello\r\nBcc: victim@example.org", 200),
            "Hello Bcc: victim@example.org"
        );
        assert_eq!(header_text("  a \t\u{0} b  ", 200), "a b");
        assert_eq!(header_text("ăăăă", 2), "ăă");
    }

    #[test]
    fn a_line_break_in_a_stored_subject_or_name_cannot_add_a_header() {
        let text = formatted(&inquiry(
            "Eve\r\nCc: victim@example.org",
            "Hi\r\nBcc: victim@example.org\nX-Evil: 1",
        ));
        let headers = headers(&text);
        for header in &headers {
            let lower = header.to_ascii_lowercase();
            assert!(
                !lower.starts_with("bcc:")
                    && !lower.starts_with("cc:")
                    && !lower.starts_with("x-evil"),
                "injected header {header:?} in {text}"
            );
        }
        assert_eq!(
            headers.iter().filter(|h| h.starts_with("Subject:")).count(),
            1
        );
    }

    #[test]
    fn the_office_mail_names_the_sender_partnership_and_inbox_entry() {
        let text = formatted(&inquiry("Anna Nowak", "Schueleraustausch"));
        let headers = headers(&text).join("\n");
        assert!(
            headers.contains("Subject: [Partnerportal] Schueleraustausch"),
            "{headers}"
        );
        assert!(headers.contains("Reply-To:"), "{headers}");
        assert!(headers.contains("anna@example.pl"), "{headers}");
        assert!(headers.contains("To: office@example.org"), "{headers}");
        assert!(text.contains("/de/workbench/inbox/42"), "{text}");
        assert!(text.contains("harz-konecki"), "{text}");
    }
}
