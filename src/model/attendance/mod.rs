//! Attendance (清点到会人数): the roster, who is present or excused, and the quorum.

mod counts;
mod ops;
mod search;

pub use counts::{
    AttendanceCounts, CategoryCount, Headcount, QuorumStatus, format_percent, percent_hundredths,
};
pub use ops::PersonInput;
pub use search::{MatchTier, RosterIndex, SearchHit};

use super::{Id, Problem, Timestamp};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where one person on the roster stands.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Presence {
    /// Expected, not (yet) checked in.
    #[default]
    Expected,
    /// 实到: checked in at `at`.
    Present { at: Timestamp },
    /// 请假: excused, with the reason given.
    Excused {
        #[serde(default)]
        reason: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Attendee {
    pub id: Id,
    pub name: String,
    pub category: String,
    /// Unit or village; tells two people of one name apart.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default)]
    pub presence: Presence,
    /// Came without being on the roster: counts as present, not as expected.
    #[serde(default)]
    pub walk_in: bool,
}

/// The rule that says whether enough people came for the meeting to proceed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum QuorumRule {
    /// No quorum required.
    None,
    /// At least `num`/`den` of the expected must be present (e.g. 2/3).
    Fraction { num: u32, den: u32 },
    /// At least `count` people present.
    AtLeast { count: u32 },
}

impl Default for QuorumRule {
    fn default() -> Self {
        QuorumRule::Fraction { num: 2, den: 3 }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Attendance {
    /// Attendee categories in the order they are reported.
    pub categories: Vec<String>,
    pub people: Vec<Attendee>,
    pub quorum: QuorumRule,
}

impl Attendance {
    pub fn problems(&self, out: &mut Vec<Problem>) {
        let mut seen = std::collections::HashSet::new();
        for (i, p) in self.people.iter().enumerate() {
            let path = format!("attendance.people[{i}]");
            if !seen.insert(p.id) {
                out.push(Problem::new(
                    &path,
                    format!("参会人编号 {} 重复", p.id),
                    format!("attendee id {} is used twice", p.id),
                ));
            }
            if p.name.trim().is_empty() {
                out.push(Problem::new(
                    &path,
                    "参会人姓名为空",
                    "attendee has no name",
                ));
            }
        }
        if let QuorumRule::Fraction { num, den } = self.quorum
            && (den == 0 || num > den)
        {
            out.push(Problem::new(
                "attendance.quorum",
                format!("法定人数比例 {num}/{den} 无效"),
                format!("quorum fraction {num}/{den} is not valid"),
            ));
        }
    }
}
