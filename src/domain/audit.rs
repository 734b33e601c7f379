//! The audit trail's vocabulary: what kinds of records it tracks and what can happen to them.

use serde::Serialize;

use super::clock::Instant;

/// A kind of record whose changes are tracked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Entity {
    Body,
    Partnership,
    ContactPoint,
    User,
    ApiToken,
    Inquiry,
    /// The registry as a whole: imports.
    Registry,
    /// A finding of the data-quality check: staff's decisions on it (the id is the decision's).
    Finding,
    /// A call for funding proposals.
    FundingCall,
    /// An application for funding.
    FundingApplication,
    /// A practice of the practice exchange (welcome and recognition structures, …).
    Practice,
    /// An activity of the partnerships (youth encounter, placement, delegation, …).
    Activity,
    /// A photo of an activity (added or removed).
    ActivityPhoto,
    /// A person taking part in an activity (personal data: entries name fields, never values).
    Person,
    /// A funding programme of the catalogue.
    FundingProgramme,
    /// An action of a funding programme, with its eligibility rules.
    FundingAction,
    /// A document of a funding application (entries name the file, never hold its bytes).
    FundingDocument,
}

impl Entity {
    pub const ALL: [Entity; 17] = [
        Entity::Body,
        Entity::Partnership,
        Entity::ContactPoint,
        Entity::User,
        Entity::ApiToken,
        Entity::Inquiry,
        Entity::Registry,
        Entity::Finding,
        Entity::FundingCall,
        Entity::FundingApplication,
        Entity::Practice,
        Entity::Activity,
        Entity::ActivityPhoto,
        Entity::Person,
        Entity::FundingProgramme,
        Entity::FundingAction,
        Entity::FundingDocument,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Entity::Body => "body",
            Entity::Partnership => "partnership",
            Entity::ContactPoint => "contact_point",
            Entity::User => "user",
            Entity::ApiToken => "api_token",
            Entity::Inquiry => "inquiry",
            Entity::Registry => "registry",
            Entity::Finding => "finding",
            Entity::FundingCall => "funding_call",
            Entity::FundingApplication => "funding_application",
            Entity::Practice => "practice",
            Entity::Activity => "activity",
            Entity::ActivityPhoto => "activity_photo",
            Entity::Person => "person",
            Entity::FundingProgramme => "funding_programme",
            Entity::FundingAction => "funding_action",
            Entity::FundingDocument => "funding_document",
        }
    }

    pub fn parse(key: &str) -> Option<Entity> {
        Entity::ALL.into_iter().find(|e| e.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Create,
    Update,
    Delete,
    Restore,
    Publish,
    Unpublish,
    SignIn,
    /// Removed by a retention rule rather than by a person.
    Expire,
}

impl Action {
    pub const ALL: [Action; 8] = [
        Action::Create,
        Action::Update,
        Action::Delete,
        Action::Restore,
        Action::Publish,
        Action::Unpublish,
        Action::SignIn,
        Action::Expire,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
            Action::Restore => "restore",
            Action::Publish => "publish",
            Action::Unpublish => "unpublish",
            Action::SignIn => "sign_in",
            Action::Expire => "expire",
        }
    }

    pub fn parse(key: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// One stored change.
#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    #[serde(serialize_with = "serialize_instant")]
    pub at: Instant,
    pub actor: String,
    pub actor_label: String,
    pub channel: String,
    pub entity: Entity,
    pub entity_id: i64,
    pub action: Action,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub summary: String,
}

fn serialize_instant<S: serde::Serializer>(at: &Instant, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&at.text())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_and_actions_round_trip_through_their_keys() {
        for e in Entity::ALL {
            assert_eq!(Entity::parse(e.key()), Some(e));
        }
        for a in Action::ALL {
            assert_eq!(Action::parse(a.key()), Some(a));
        }
    }
}
