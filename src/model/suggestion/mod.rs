//! Suggestions from the floor (意见建议) and their follow-up ledger (整改台账).

mod ledger;
mod ops;

pub use ledger::{
    LedgerInput, StatusFilter, SuggestionCounts, SuggestionFilter, SuggestionStatus,
    suggestion_counts,
};
pub use ops::SuggestionInput;

use super::{Id, Problem, ReportNote, Timestamp};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Who raised a suggestion.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum RaisedBy {
    #[default]
    Anonymous,
    Attendee {
        id: Id,
    },
    Named {
        name: String,
    },
}

/// What became of a suggestion (梳理归类 and acceptance).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "decision", rename_all = "snake_case")]
pub enum Decision {
    #[default]
    Open,
    Accepted,
    Declined {
        reason: String,
    },
    Merged {
        into: Id,
    },
}

/// 待整改 / 整改中 / 已完成 / 已销号.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LedgerStatus {
    #[default]
    Pending,
    InProgress,
    Done,
    Closed,
}

/// A follow-up row for an accepted suggestion.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct LedgerEntry {
    /// 整改措施.
    pub measure: String,
    /// 责任人.
    pub owner: String,
    /// 整改时限.
    pub deadline: Option<NaiveDate>,
    pub status: LedgerStatus,
    /// 完成情况: progress notes, time-stamped.
    pub progress: Vec<ReportNote>,
    pub closed_at: Option<Timestamp>,
}

impl LedgerEntry {
    /// Past its deadline and not done.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        matches!(
            self.status,
            LedgerStatus::Pending | LedgerStatus::InProgress
        ) && self.deadline.is_some_and(|d| d < today)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Suggestion {
    pub id: Id,
    pub at: Timestamp,
    pub text: String,
    pub category: String,
    #[serde(default)]
    pub raised_by: RaisedBy,
    /// Whom it concerns: the organisation, a member, or free text.
    #[serde(default)]
    pub concerns: String,
    #[serde(default)]
    pub decision: Decision,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ledger: Option<LedgerEntry>,
}

pub fn suggestion_list_problems(list: &[Suggestion], out: &mut Vec<Problem>) {
    let ids: std::collections::HashSet<Id> = list.iter().map(|s| s.id).collect();
    if ids.len() != list.len() {
        out.push(Problem::new(
            "suggestions",
            "意见建议编号有重复",
            "suggestion ids are not unique",
        ));
    }
    for (i, s) in list.iter().enumerate() {
        let path = format!("suggestions[{i}]");
        if s.text.trim().is_empty() {
            out.push(Problem::new(
                &path,
                "意见建议内容为空",
                "suggestion has no text",
            ));
        }
        if let Decision::Merged { into } = s.decision
            && (into == s.id || !ids.contains(&into))
        {
            out.push(Problem::new(
                &path,
                format!("合并目标 {into} 不存在"),
                format!("merged into {into}, which does not exist"),
            ));
        }
        if s.ledger.is_some() && s.decision != Decision::Accepted {
            out.push(Problem::new(
                &path,
                "只有已采纳的意见建议才有整改台账",
                "only an accepted suggestion has a ledger row",
            ));
        }
    }
}
