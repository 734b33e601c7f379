//! Page types of the workbench and what every one of them shows: who is signed in, and the
//! problems of a refused form next to their fields.

use std::collections::BTreeMap;

use askama::Template;

use super::auth::Staff;
use super::partnership_form::PartnershipForm;
use crate::domain::audit::AuditEntry;
use crate::domain::records::FieldError;
use crate::i18n::Tr;
use crate::store::WorkbenchPartnership;
use crate::web::pages::Choice;

/// The signed-in person as the workbench header shows them.
pub struct StaffView {
    pub name: String,
    pub role: &'static str,
    pub csrf: String,
    pub is_admin: bool,
    /// Offered the inbox of contact inquiries.
    pub handles_inquiries: bool,
}

impl StaffView {
    pub fn of(staff: &Staff) -> StaffView {
        StaffView {
            name: staff.session.user.display_name.clone(),
            role: staff.principal.role.key(),
            csrf: staff.csrf().to_owned(),
            is_admin: staff.principal.is_admin(),
            handles_inquiries: staff.principal.may_handle_inquiries(),
        }
    }
}

/// Problems of a refused form, by field, in the reader's language.
#[derive(Default)]
pub struct FieldErrors {
    by_field: BTreeMap<String, String>,
    /// In the order of the form, for the summary at the top.
    pub list: Vec<(String, String)>,
}

impl FieldErrors {
    pub fn new(t: &Tr, errors: &[FieldError]) -> FieldErrors {
        let mut by_field = BTreeMap::new();
        let mut list = Vec::new();
        for e in errors {
            let key = format!("field-error-{}", e.code);
            let message = if t.has(&key) {
                t.t(&key)
            } else {
                e.message.clone()
            };
            let anchor = field_id(&e.field);
            by_field
                .entry(e.field.clone())
                .and_modify(|m: &mut String| {
                    if !m.contains(&message) {
                        m.push(' ');
                        m.push_str(&message);
                    }
                })
                .or_insert_with(|| message.clone());
            list.push((anchor, message));
        }
        FieldErrors { by_field, list }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.by_field.get(field).map(String::as_str)
    }

    /// The problem of one language of a translated field: `keyed("narrative", "fr")`.
    pub fn keyed(&self, field: &str, key: &str) -> Option<&str> {
        self.get(&format!("{field}.{key}"))
    }

    /// Problems of the items of a list inside a row: `milestones[2].bodies[0]`, `…[1]`.
    pub fn row_items(&self, list: &str, index: &usize, field: &str) -> Vec<&str> {
        let prefix = format!("{list}[{index}].{field}[");
        self.by_field
            .range(prefix.clone()..)
            .take_while(|(k, _)| k.starts_with(&prefix))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The problem of a repeated row's field: `row("milestones", 2, "date")`.
    pub fn row(&self, list: &str, index: &usize, field: &str) -> Option<&str> {
        self.get(&format!("{list}[{index}].{field}"))
    }
}

/// The HTML id of a form field: `milestones[2].date` → `f-milestones-2-date`.
pub fn field_id(field: &str) -> String {
    let mut id = String::from("f-");
    for c in field.chars() {
        match c {
            '[' | '.' => id.push('-'),
            ']' => {}
            c if c.is_ascii_alphanumeric() || c == '_' || c == '-' => id.push(c),
            _ => id.push('_'),
        }
    }
    id
}

#[derive(Template)]
#[template(path = "workbench/sign_in.html")]
pub struct SignInPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub login: String,
    pub next: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "workbench/dashboard.html")]
pub struct DashboardPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub partnerships: Vec<WorkbenchPartnership>,
    pub scope: Vec<crate::domain::registry::BodyRef>,
    pub changes: Vec<AuditEntry>,
    pub may_edit: bool,
}

#[derive(Template)]
#[template(path = "workbench/password.html")]
pub struct PasswordPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub errors: FieldErrors,
    pub saved: bool,
}

#[derive(Template)]
#[template(path = "workbench/partnership_form.html")]
pub struct PartnershipFormPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub form: PartnershipForm,
    pub errors: FieldErrors,
    /// The stored slug, when editing; `None` for a new partnership.
    pub editing: Option<String>,
    pub entity_id: Option<i64>,
    pub saved: bool,
    /// Bodies an editor may choose as home; empty for administrators, who type any slug.
    pub home_choices: Vec<crate::domain::registry::BodyRef>,
    pub topics: Vec<(&'static str, String)>,
    /// Shown to those who may read but not change the record: no save or delete buttons.
    pub read_only: bool,
}

impl PartnershipFormPage {
    pub fn id(&self, field: &str) -> String {
        field_id(field)
    }

    fn options(&self, family: &str, keys: &[&'static str], selected: &str) -> Vec<Choice> {
        keys.iter()
            .map(|k| Choice {
                value: (*k).to_owned(),
                label: self.t.vocab(family, k),
                selected: *k == selected,
            })
            .collect()
    }

    /// The three select boxes that classify a partnership: field, label key, choices.
    pub fn classification(&self) -> Vec<(&'static str, &'static str, Vec<Choice>)> {
        vec![
            ("level", "list-filter-level", self.level_options()),
            ("kind", "list-filter-kind", self.kind_options()),
            ("status", "list-filter-status", self.status_options()),
        ]
    }

    pub fn more_fields(&self) -> Vec<(&'static str, &'static str, &str)> {
        vec![
            ("note", "form-note", self.form.note.as_str()),
            ("parent", "form-parent", self.form.parent.as_str()),
            ("source", "form-source", self.form.source.as_str()),
        ]
    }

    pub fn level_options(&self) -> Vec<Choice> {
        let keys: Vec<_> = crate::domain::vocab::PartnershipLevel::ALL
            .iter()
            .map(|v| v.as_str())
            .collect();
        self.options("level", &keys, &self.form.level)
    }

    pub fn kind_options(&self) -> Vec<Choice> {
        let keys: Vec<_> = crate::domain::vocab::PartnershipKind::ALL
            .iter()
            .map(|v| v.as_str())
            .collect();
        self.options("kind", &keys, &self.form.kind)
    }

    pub fn status_options(&self) -> Vec<Choice> {
        let keys: Vec<_> = crate::domain::vocab::PartnershipStatus::ALL
            .iter()
            .map(|v| v.as_str())
            .collect();
        self.options("status", &keys, &self.form.status)
    }

    pub fn milestone_type_options(&self, selected: &str) -> Vec<Choice> {
        let keys: Vec<_> = crate::domain::vocab::MilestoneType::ALL
            .iter()
            .map(|v| v.as_str())
            .collect();
        self.options("milestone", &keys, selected)
    }

    pub fn qualifier_options(&self, selected: &str) -> Vec<Choice> {
        let keys: Vec<_> = crate::domain::vocab::DateQualifier::ALL
            .iter()
            .map(|v| v.as_str())
            .collect();
        self.options("form-qualifier", &keys, selected)
    }

    /// Whether the chosen home is offered in the select (else it is added as it was typed).
    pub fn home_in_choices(&self) -> bool {
        self.form.home.is_empty() || self.home_choices.iter().any(|b| b.slug == self.form.home)
    }

    pub fn languages(&self) -> Vec<(usize, &'static str, String)> {
        crate::i18n::LANGUAGES
            .iter()
            .enumerate()
            .map(|(i, l)| (i, *l, self.t.language_name(l)))
            .collect()
    }
}

#[derive(Template)]
#[template(path = "workbench/history.html")]
pub struct HistoryPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub heading: String,
    pub entries: Vec<AuditEntry>,
    /// Where the record is edited, when it still exists.
    pub edit_link: Option<String>,
    pub restored: bool,
}

#[derive(Template)]
#[template(path = "workbench/version.html")]
pub struct VersionPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub entry: AuditEntry,
    /// Top-level fields: name, before, after, changed.
    pub fields: Vec<(String, String, String, bool)>,
    /// Whether the version before the change can be brought back (undoing it).
    pub restore_before: bool,
    /// Whether the version the change left can be brought back.
    pub restore_after: bool,
}

impl VersionPage {
    /// The restore buttons to offer: the side and its label.
    pub fn restore_choices(&self) -> Vec<(&'static str, &'static str)> {
        let mut choices = Vec::new();
        if self.restore_before {
            choices.push(("before", "version-restore-before"));
        }
        if self.restore_after {
            choices.push(("after", "version-restore"));
        }
        choices
    }
}

#[derive(Template)]
#[template(path = "workbench/changes.html")]
pub struct ChangesPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub heading: String,
    pub entries: Vec<AuditEntry>,
    pub older: Option<String>,
}

/// What the history and change lists print for an entry: "Anna Schulz · 2026-11-25 14:05".
impl Tr {
    pub fn audit_action(&self, entry: &AuditEntry) -> String {
        self.t(&format!("audit-action-{}", entry.action.key()))
    }

    pub fn audit_entity(&self, entry: &AuditEntry) -> String {
        self.t(&format!("audit-entity-{}", entry.entity.key()))
    }
}
