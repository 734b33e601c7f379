//! The status pipeline of an application: idea → in preparation → submitted → granted / rejected /
//! withdrawn → reporting → closed, and which steps are allowed from where.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Idea,
    InPreparation,
    Submitted,
    Granted,
    Rejected,
    Withdrawn,
    Reporting,
    Closed,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Idea,
        Status::InPreparation,
        Status::Submitted,
        Status::Granted,
        Status::Rejected,
        Status::Withdrawn,
        Status::Reporting,
        Status::Closed,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Status::Idea => "idea",
            Status::InPreparation => "in_preparation",
            Status::Submitted => "submitted",
            Status::Granted => "granted",
            Status::Rejected => "rejected",
            Status::Withdrawn => "withdrawn",
            Status::Reporting => "reporting",
            Status::Closed => "closed",
        }
    }

    pub fn parse(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The steps allowed from here. Going back from "in preparation" to "idea" is allowed (plans
    /// change); a decision (granted, rejected) is never undone by a status change.
    pub fn next(self) -> &'static [Status] {
        match self {
            Status::Idea => &[Status::InPreparation, Status::Withdrawn],
            Status::InPreparation => &[Status::Idea, Status::Submitted, Status::Withdrawn],
            Status::Submitted => &[Status::Granted, Status::Rejected, Status::Withdrawn],
            Status::Granted => &[Status::Reporting, Status::Withdrawn],
            Status::Reporting => &[Status::Closed],
            Status::Rejected | Status::Withdrawn => &[Status::Closed],
            Status::Closed => &[],
        }
    }

    pub fn may_become(self, next: Status) -> bool {
        self == next || self.next().contains(&next)
    }

    /// Whether money has been granted at this stage (a granted amount belongs here).
    pub fn is_granted(self) -> bool {
        matches!(self, Status::Granted | Status::Reporting)
    }

    /// Whether a decision was made: the application counts for the success rate.
    pub fn is_decided(self) -> bool {
        matches!(
            self,
            Status::Granted | Status::Rejected | Status::Reporting | Status::Closed
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_through_their_keys() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.key()), Some(s));
        }
        assert_eq!(Status::parse("approved"), None);
    }

    #[test]
    fn the_pipeline_allows_exactly_its_steps() {
        use Status::*;
        let allowed = [
            (Idea, InPreparation),
            (Idea, Withdrawn),
            (InPreparation, Idea),
            (InPreparation, Submitted),
            (InPreparation, Withdrawn),
            (Submitted, Granted),
            (Submitted, Rejected),
            (Submitted, Withdrawn),
            (Granted, Reporting),
            (Granted, Withdrawn),
            (Reporting, Closed),
            (Rejected, Closed),
            (Withdrawn, Closed),
        ];
        for from in Status::ALL {
            for to in Status::ALL {
                let expected = from == to || allowed.contains(&(from, to));
                assert_eq!(from.may_become(to), expected, "{from:?} → {to:?}");
            }
        }
    }
}
