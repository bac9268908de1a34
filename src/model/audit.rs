//! The audit log: every change to the record, when, who, old → new.

use super::{Stamp, Timestamp};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What part of the meeting a change touched; the review screen filters by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AuditKind {
    Header,
    Agenda,
    Attendance,
    Report,
    Counts,
    Round,
    Suggestions,
    Session,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AuditEntry {
    pub at: Timestamp,
    pub who: String,
    pub kind: AuditKind,
    /// What was done, as a stable code (`header.set`, `tally.set`, `ballot.commit`…).
    pub action: String,
    /// What it was done to, readable: `主题`, `round 1 / 黄武 / 整体评价 / 满意`.
    pub target: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl AuditEntry {
    pub fn new(
        stamp: &Stamp,
        kind: AuditKind,
        action: impl Into<String>,
        target: impl Into<String>,
    ) -> AuditEntry {
        AuditEntry {
            at: stamp.at,
            who: stamp.who.clone(),
            kind,
            action: action.into(),
            target: target.into(),
            old: None,
            new: None,
            reason: None,
        }
    }

    pub fn change(mut self, old: impl Into<String>, new: impl Into<String>) -> AuditEntry {
        self.old = Some(old.into());
        self.new = Some(new.into());
        self
    }

    pub fn old(mut self, old: impl Into<String>) -> AuditEntry {
        self.old = Some(old.into());
        self
    }

    pub fn new_value(mut self, new: impl Into<String>) -> AuditEntry {
        self.new = Some(new.into());
        self
    }

    pub fn reason(mut self, reason: impl Into<String>) -> AuditEntry {
        self.reason = Some(reason.into());
        self
    }
}
