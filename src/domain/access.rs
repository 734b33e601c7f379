//! Who may do what. Roles and scopes are checked here, in one place, for every page, API call and
//! command that reads internal records or changes anything.

use serde::{Deserialize, Serialize};

/// A staff role. Editors are confined to the bodies of their scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything, including accounts and API tokens.
    Admin,
    /// Changes the bodies of their scope and every partnership one of them is a side of.
    Editor,
    /// Sees drafts and internal records, changes nothing.
    Reader,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Admin, Role::Editor, Role::Reader];

    pub fn key(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Editor => "editor",
            Role::Reader => "reader",
        }
    }

    pub fn parse(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// Through which door a change came in; kept in the audit trail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Web,
    Api,
    Cli,
    System,
}

impl Channel {
    pub fn key(self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::Api => "api",
            Channel::Cli => "cli",
            Channel::System => "system",
        }
    }
}

/// Who acts: an account, an API token, the command line or the system itself (retention jobs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActorId {
    User(i64),
    Token(i64),
    Cli,
    System,
}

impl ActorId {
    /// The stable key stored in the audit trail: `user:3`, `token:7`, `cli`, `system`.
    pub fn key(&self) -> String {
        match self {
            ActorId::User(id) => format!("user:{id}"),
            ActorId::Token(id) => format!("token:{id}"),
            ActorId::Cli => "cli".into(),
            ActorId::System => "system".into(),
        }
    }
}

/// An authenticated actor with the rights it holds for this request.
#[derive(Debug, Clone)]
pub struct Principal {
    pub id: ActorId,
    /// What the audit trail shows: the display name, the token's name, "command line".
    pub label: String,
    pub role: Role,
    /// Body ids an editor may change; ignored for other roles.
    pub scope: Vec<i64>,
    pub channel: Channel,
}

impl Principal {
    /// The command line acts with full rights: whoever runs it can already read the database file.
    pub fn command_line() -> Principal {
        Principal {
            id: ActorId::Cli,
            label: "command line".into(),
            role: Role::Admin,
            scope: Vec::new(),
            channel: Channel::Cli,
        }
    }

    pub fn system(label: &str) -> Principal {
        Principal {
            id: ActorId::System,
            label: label.into(),
            role: Role::Admin,
            scope: Vec::new(),
            channel: Channel::System,
        }
    }

    pub fn user_id(&self) -> Option<i64> {
        match self.id {
            ActorId::User(id) => Some(id),
            _ => None,
        }
    }

    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// Drafts, the audit trail, the inbox: every staff role.
    pub fn may_read_internal(&self) -> bool {
        true
    }

    /// Creating bodies (which anyone might then claim) and deleting them are administrators' work.
    pub fn may_create_bodies(&self) -> bool {
        self.is_admin()
    }

    pub fn may_edit_body(&self, body_id: i64) -> bool {
        match self.role {
            Role::Admin => true,
            Role::Editor => self.scope.contains(&body_id),
            Role::Reader => false,
        }
    }

    /// A partnership belongs to both its sides: either side's editor may maintain it.
    pub fn may_edit_partnership(&self, side_a: i64, side_b: i64) -> bool {
        self.may_edit_body(side_a) || self.may_edit_body(side_b)
    }

    pub fn may_edit_anything(&self) -> bool {
        match self.role {
            Role::Admin => true,
            Role::Editor => !self.scope.is_empty(),
            Role::Reader => false,
        }
    }

    /// Inquiries come to the office as a whole: every role but reader may work on them.
    pub fn may_handle_inquiries(&self) -> bool {
        self.role != Role::Reader
    }

    pub fn may_restore_deleted(&self) -> bool {
        self.is_admin()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn principal(role: Role, scope: &[i64]) -> Principal {
        Principal {
            id: ActorId::User(1),
            label: "test".into(),
            role,
            scope: scope.to_vec(),
            channel: Channel::Web,
        }
    }

    #[test]
    fn an_editor_changes_only_the_bodies_and_partnerships_of_their_scope() {
        let wernigerode = principal(Role::Editor, &[7]);
        assert!(wernigerode.may_edit_body(7));
        assert!(!wernigerode.may_edit_body(8));
        assert!(wernigerode.may_edit_partnership(7, 99));
        assert!(wernigerode.may_edit_partnership(3, 7));
        assert!(!wernigerode.may_edit_partnership(3, 99));
        assert!(!wernigerode.may_create_bodies());
        assert!(!wernigerode.may_restore_deleted());
    }

    #[test]
    fn a_reader_changes_nothing_and_an_admin_everything() {
        let reader = principal(Role::Reader, &[7]);
        assert!(!reader.may_edit_body(7));
        assert!(!reader.may_edit_anything());
        assert!(!reader.may_handle_inquiries());
        let admin = principal(Role::Admin, &[]);
        assert!(admin.may_edit_partnership(1, 2));
        assert!(admin.may_create_bodies());
        assert!(admin.may_restore_deleted());
    }

    #[test]
    fn roles_round_trip_through_their_keys() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.key()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
