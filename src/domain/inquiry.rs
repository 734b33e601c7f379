//! Inquiries from the public contact form: the rules a message must meet before it is stored, and
//! the shapes in which the office works on it (status, assignment, notes).
//!
//! Validation answers with one message per field (a translation id and, for length limits, the
//! limit), so the form can show each message next to its field. Text that passes is kept exactly as
//! sent apart from surrounding white space: markup and SQL fragments are only text here; they are
//! escaped where they are shown and bound as parameters where they are stored.

use serde::Serialize;

use super::clock::Instant;
use super::values::Slug;

/// The wording of the data-processing consent the form shows (`contact-consent` in the Fluent
/// files). Change it together with that text; every inquiry keeps the version its sender agreed to.
pub const CONSENT_VERSION: &str = "2026-11";

pub const NAME_MAX: usize = 200;
/// RFC 5321 allows at most 254 characters in a forward path.
pub const EMAIL_MAX: usize = 254;
pub const SUBJECT_MAX: usize = 200;
pub const MESSAGE_MAX: usize = 10_000;

/// The form fields as sent, before any check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InquiryFields {
    pub name: String,
    pub email: String,
    pub subject: String,
    pub message: String,
    /// The slug of the partnership the inquiry concerns; empty for none.
    pub partnership: String,
    /// The consent checkbox was ticked.
    pub consent: bool,
}

/// A field of the contact form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Email,
    Subject,
    Message,
    Partnership,
    Consent,
}

impl Field {
    pub const ALL: [Field; 6] = [
        Field::Name,
        Field::Email,
        Field::Subject,
        Field::Message,
        Field::Partnership,
        Field::Consent,
    ];

    /// The field's form name, also used in its HTML id.
    pub fn key(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Email => "email",
            Field::Subject => "subject",
            Field::Message => "message",
            Field::Partnership => "partnership",
            Field::Consent => "consent",
        }
    }
}

/// Why a field was refused: a message id of the Fluent files, with the limit for length messages
/// (passed as `$count`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: &'static str,
    pub limit: Option<usize>,
}

impl FieldError {
    fn new(field: Field, message: &'static str) -> FieldError {
        FieldError {
            field,
            message,
            limit: None,
        }
    }

    fn too_long(field: Field, message: &'static str, limit: usize) -> FieldError {
        FieldError {
            field,
            message,
            limit: Some(limit),
        }
    }
}

/// Every message id validation can answer with, for the test that all of them are translated.
pub const ERROR_MESSAGES: &[&str] = &[
    "contact-error-name-missing",
    "contact-error-name-too-long",
    "contact-error-single-line",
    "contact-error-email-missing",
    "contact-error-email-invalid",
    "contact-error-email-too-long",
    "contact-error-subject-missing",
    "contact-error-subject-too-long",
    "contact-error-message-missing",
    "contact-error-message-too-long",
    "contact-error-control-characters",
    "contact-error-partnership-unknown",
    "contact-error-consent",
];

/// A checked inquiry, ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInquiry {
    name: String,
    email: String,
    subject: String,
    message: String,
    partnership: Option<Slug>,
    consent_version: &'static str,
}

impl NewInquiry {
    /// Checks every field; answers with all problems at once, in the order of the form.
    pub fn parse(fields: &InquiryFields) -> Result<NewInquiry, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = single_line(
            Field::Name,
            &fields.name,
            NAME_MAX,
            ("contact-error-name-missing", "contact-error-name-too-long"),
            &mut errors,
        );
        let email = fields.email.trim();
        if email.is_empty() {
            errors.push(FieldError::new(Field::Email, "contact-error-email-missing"));
        } else if email.chars().count() > EMAIL_MAX {
            errors.push(FieldError::too_long(
                Field::Email,
                "contact-error-email-too-long",
                EMAIL_MAX,
            ));
        } else if !is_plausible_email(email) {
            errors.push(FieldError::new(Field::Email, "contact-error-email-invalid"));
        }
        let subject = single_line(
            Field::Subject,
            &fields.subject,
            SUBJECT_MAX,
            (
                "contact-error-subject-missing",
                "contact-error-subject-too-long",
            ),
            &mut errors,
        );
        let message = fields.message.trim();
        if message.is_empty() {
            errors.push(FieldError::new(
                Field::Message,
                "contact-error-message-missing",
            ));
        } else if message.chars().count() > MESSAGE_MAX {
            errors.push(FieldError::too_long(
                Field::Message,
                "contact-error-message-too-long",
                MESSAGE_MAX,
            ));
        } else if message
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            errors.push(FieldError::new(
                Field::Message,
                "contact-error-control-characters",
            ));
        }
        let partnership = match fields.partnership.trim() {
            "" => None,
            slug => match Slug::parse(slug) {
                Ok(slug) => Some(slug),
                Err(_) => {
                    errors.push(FieldError::new(
                        Field::Partnership,
                        "contact-error-partnership-unknown",
                    ));
                    None
                }
            },
        };
        if !fields.consent {
            errors.push(FieldError::new(Field::Consent, "contact-error-consent"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(NewInquiry {
            name: name.to_owned(),
            email: email.to_owned(),
            subject: subject.to_owned(),
            message: message.to_owned(),
            partnership,
            consent_version: CONSENT_VERSION,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn email(&self) -> &str {
        &self.email
    }

    pub fn subject(&self) -> &str {
        &self.subject
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn partnership(&self) -> Option<&Slug> {
        self.partnership.as_ref()
    }

    pub fn consent_version(&self) -> &'static str {
        self.consent_version
    }
}

/// A one-line text field: trimmed, required, at most `max` characters, no control characters (a
/// line break in a name or subject could only be an attempt to add mail headers).
fn single_line<'a>(
    field: Field,
    value: &'a str,
    max: usize,
    (missing, too_long): (&'static str, &'static str),
    errors: &mut Vec<FieldError>,
) -> &'a str {
    let value = value.trim();
    if value.is_empty() {
        errors.push(FieldError::new(field, missing));
    } else if value.chars().count() > max {
        errors.push(FieldError::too_long(field, too_long, max));
    } else if value.chars().any(char::is_control) {
        errors.push(FieldError::new(field, "contact-error-single-line"));
    }
    value
}

/// Whether `text` looks like an address mail can be sent back to: one `@`, a local part without
/// spaces or the characters that would need quoting, and a domain of at least two labels (letters,
/// digits, hyphens, or non-ASCII letters of an internationalised domain). Deliverability is not
/// checked; this only catches typing slips.
pub fn is_plausible_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !"@<>()[],;:\\\"".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| {
                    c.is_alphanumeric()
                        || c == '-'
                        || (!c.is_ascii() && !c.is_whitespace() && !c.is_control())
                })
        });
    local_ok && domain_ok
}

/// Where an inquiry stands in the office.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InquiryStatus {
    New,
    InProgress,
    Answered,
    Closed,
}

impl InquiryStatus {
    pub const ALL: [InquiryStatus; 4] = [
        InquiryStatus::New,
        InquiryStatus::InProgress,
        InquiryStatus::Answered,
        InquiryStatus::Closed,
    ];

    pub fn key(self) -> &'static str {
        match self {
            InquiryStatus::New => "new",
            InquiryStatus::InProgress => "in_progress",
            InquiryStatus::Answered => "answered",
            InquiryStatus::Closed => "closed",
        }
    }

    pub fn parse(key: &str) -> Option<InquiryStatus> {
        InquiryStatus::ALL.into_iter().find(|s| s.key() == key)
    }
}

impl std::fmt::Display for InquiryStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// A staff member an inquiry is assigned to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignee {
    pub id: i64,
    pub name: String,
}

/// A line of the inbox.
#[derive(Debug, Clone)]
pub struct InquirySummary {
    pub id: i64,
    pub received_at: Instant,
    pub name: String,
    pub email: String,
    pub subject: String,
    pub status: InquiryStatus,
    pub assignee: Option<Assignee>,
    /// The office was told by e-mail.
    pub notified: bool,
    pub partnership: Option<String>,
}

/// One inquiry with everything the office knows about it.
#[derive(Debug, Clone)]
pub struct Inquiry {
    pub id: i64,
    pub received_at: Instant,
    pub name: String,
    pub email: String,
    pub subject: String,
    pub message: String,
    /// The slug of the partnership it concerns, while that partnership exists.
    pub partnership: Option<String>,
    /// The language of the form it was sent from.
    pub language: String,
    pub consent_version: String,
    pub status: InquiryStatus,
    pub assignee: Option<Assignee>,
    pub notified_at: Option<Instant>,
    pub notify_attempts: i64,
    /// Why the last e-mail to the office failed.
    pub notify_error: Option<String>,
    pub updated_at: Instant,
    /// Internal notes, oldest first.
    pub notes: Vec<InquiryNote>,
}

/// An internal note on an inquiry; never shown to the sender.
#[derive(Debug, Clone)]
pub struct InquiryNote {
    pub id: i64,
    pub author_id: Option<i64>,
    /// The author's name when the note was written.
    pub author_label: String,
    pub written_at: Instant,
    pub text: String,
}

/// The longest internal note the workbench accepts.
pub const NOTE_MAX: usize = 10_000;

/// An internal note as typed: trimmed, not empty, at most [`NOTE_MAX`] characters.
pub fn parse_note(text: &str) -> Option<&str> {
    let text = text.trim();
    (!text.is_empty() && text.chars().count() <= NOTE_MAX).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn valid() -> InquiryFields {
        InquiryFields {
            name: "Anna Nowak".into(),
            email: "anna.nowak@example.pl".into(),
            subject: "Schüleraustausch 2027".into(),
            message: "Guten Tag,\nwir möchten …".into(),
            partnership: "harz-konecki".into(),
            consent: true,
        }
    }

    fn messages(fields: &InquiryFields) -> Vec<(Field, &'static str)> {
        NewInquiry::parse(fields)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.field, e.message))
            .collect()
    }

    #[test]
    fn a_complete_form_becomes_an_inquiry_with_the_current_consent_version() {
        let inquiry = NewInquiry::parse(&valid()).unwrap();
        assert_eq!(inquiry.name(), "Anna Nowak");
        assert_eq!(inquiry.partnership().unwrap().as_str(), "harz-konecki");
        assert_eq!(inquiry.consent_version(), CONSENT_VERSION);
    }

    #[test]
    fn an_empty_form_names_every_required_field() {
        let fields: Vec<Field> = NewInquiry::parse(&InquiryFields::default())
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            vec![
                Field::Name,
                Field::Email,
                Field::Subject,
                Field::Message,
                Field::Consent
            ]
        );
    }

    #[test]
    fn markup_and_sql_are_kept_as_text() {
        let fields = InquiryFields {
            name: "<script>alert(1)</script>".into(),
            subject: "'; DROP TABLE inquiries; --".into(),
            message: "<b>bold</b> & \"quoted\"".into(),
            ..valid()
        };
        let inquiry = NewInquiry::parse(&fields).unwrap();
        assert_eq!(inquiry.name(), "<script>alert(1)</script>");
        assert_eq!(inquiry.subject(), "'; DROP TABLE inquiries; --");
        assert_eq!(inquiry.message(), "<b>bold</b> & \"quoted\"");
    }

    #[test]
    fn line_breaks_in_the_subject_or_name_are_refused() {
        let fields = InquiryFields {
            name: "Eve\r\nBcc: victim@example.org".into(),
            subject: "Hello\r\nBcc: victim@example.org".into(),
            ..valid()
        };
        assert_eq!(
            messages(&fields),
            vec![
                (Field::Name, "contact-error-single-line"),
                (Field::Subject, "contact-error-single-line")
            ]
        );
    }

    #[test]
    fn limits_count_characters_not_bytes() {
        let fields = InquiryFields {
            name: "ă".repeat(NAME_MAX),
            message: "ș".repeat(MESSAGE_MAX),
            ..valid()
        };
        assert!(NewInquiry::parse(&fields).is_ok());
        let fields = InquiryFields {
            name: "ă".repeat(NAME_MAX + 1),
            message: "x".repeat(MESSAGE_MAX + 1),
            ..valid()
        };
        let errors = NewInquiry::parse(&fields).unwrap_err();
        assert_eq!(errors[0].message, "contact-error-name-too-long");
        assert_eq!(errors[0].limit, Some(NAME_MAX));
        assert_eq!(errors[1].message, "contact-error-message-too-long");
        assert_eq!(errors[1].limit, Some(MESSAGE_MAX));
    }

    #[test]
    fn messages_keep_line_breaks_and_tabs_but_not_other_control_characters() {
        let fields = InquiryFields {
            message: "a\r\n\tb".into(),
            ..valid()
        };
        assert!(NewInquiry::parse(&fields).is_ok());
        let fields = InquiryFields {
            message: "a\u{0}b".into(),
            ..valid()
        };
        assert_eq!(
            messages(&fields),
            vec![(Field::Message, "contact-error-control-characters")]
        );
    }

    #[test]
    fn a_missing_consent_or_a_malformed_partnership_is_refused() {
        let fields = InquiryFields {
            consent: false,
            partnership: "../etc/passwd".into(),
            ..valid()
        };
        assert_eq!(
            messages(&fields),
            vec![
                (Field::Partnership, "contact-error-partnership-unknown"),
                (Field::Consent, "contact-error-consent")
            ]
        );
    }

    #[test]
    fn plausible_addresses_pass_and_typing_slips_do_not() {
        for ok in [
            "a@b.de",
            "first.last+tag@mail.example.org",
            "jan@łódź.pl",
            "o'brien@example.ie",
        ] {
            assert!(is_plausible_email(ok), "{ok}");
        }
        for bad in [
            "",
            "plain",
            "a@b",
            "@b.de",
            "a@.de",
            "a@b..de",
            "a b@c.de",
            "a@b.de\r\nBcc: x@y.z",
            "a@b@c.de",
            "<a@b.de>",
            ".a@b.de",
            "a@-b.de",
        ] {
            assert!(!is_plausible_email(bad), "{bad:?}");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        let errors = NewInquiry::parse(&InquiryFields {
            email: long,
            ..valid()
        })
        .unwrap_err();
        assert_eq!(errors[0].message, "contact-error-email-too-long");
    }

    #[test]
    fn statuses_round_trip_through_their_keys() {
        for status in InquiryStatus::ALL {
            assert_eq!(InquiryStatus::parse(status.key()), Some(status));
        }
        assert_eq!(InquiryStatus::parse("spam"), None);
    }

    #[test]
    fn every_error_message_is_listed() {
        let mut seen = std::collections::BTreeSet::new();
        let cases = [
            InquiryFields::default(),
            InquiryFields {
                name: "x".repeat(NAME_MAX + 1),
                email: "x".repeat(EMAIL_MAX + 1),
                subject: "x".repeat(SUBJECT_MAX + 1),
                message: "x".repeat(MESSAGE_MAX + 1),
                partnership: "NOT A SLUG".into(),
                consent: false,
            },
            InquiryFields {
                name: "a\nb".into(),
                email: "nope".into(),
                message: "\u{7}".into(),
                ..valid()
            },
        ];
        for case in &cases {
            for error in NewInquiry::parse(case).unwrap_err() {
                assert!(ERROR_MESSAGES.contains(&error.message), "{}", error.message);
                seen.insert(error.message);
            }
        }
        assert_eq!(seen.len(), ERROR_MESSAGES.len());
    }

    #[test]
    fn notes_are_trimmed_and_limited() {
        assert_eq!(parse_note("  called back  "), Some("called back"));
        assert_eq!(parse_note(" \n "), None);
        assert_eq!(parse_note(&"x".repeat(NOTE_MAX + 1)), None);
    }

    proptest! {
        #[test]
        fn arbitrary_fields_never_panic_and_accepted_ones_keep_the_limits(
            name in any::<String>(),
            email in any::<String>(),
            subject in any::<String>(),
            message in any::<String>(),
            partnership in any::<String>(),
            consent in any::<bool>(),
        ) {
            let fields = InquiryFields { name, email, subject, message, partnership, consent };
            match NewInquiry::parse(&fields) {
                Ok(inquiry) => {
                    prop_assert!(!inquiry.name().is_empty());
                    prop_assert!(inquiry.name().chars().count() <= NAME_MAX);
                    prop_assert!(!inquiry.subject().chars().any(char::is_control));
                    prop_assert!(!inquiry.name().chars().any(char::is_control));
                    prop_assert!(inquiry.message().chars().count() <= MESSAGE_MAX);
                    prop_assert!(is_plausible_email(inquiry.email()));
                }
                Err(errors) => prop_assert!(!errors.is_empty()),
            }
        }

        #[test]
        fn arbitrary_addresses_never_panic(text in ".{0,300}") {
            let _ = is_plausible_email(&text);
        }
    }
}
