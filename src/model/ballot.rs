//! Ballot rounds (测评轮次): the paper form, its scales and rates, the batches counted, the ballots.
//!
//! Counts are integers throughout; a tally is either typed as a grid (合计录入) or derived from the
//! ballots entered one by one (逐票录入), never both in one batch.

use super::{Id, Problem, Timestamp};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One grade on a rating scale (满意, 基本满意, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Grade {
    pub label: String,
    /// False for 不了解 (don't know): such a mark is not a vote for rates that exclude it.
    #[serde(default = "yes")]
    pub counts_as_vote: bool,
    /// Points for the weighted score (e.g. 满意 100, 基本满意 75, 不满意 55).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<u32>,
}

fn yes() -> bool {
    true
}

/// A rating scale: its grades, best first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Scale {
    pub name: String,
    pub grades: Vec<Grade>,
}

/// A headline rate, named by what it counts: 满意率 = 满意 / 有效票.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RateDef {
    pub name: String,
    /// Indexes into the scale's grades counted in the numerator.
    pub grades: Vec<usize>,
    /// Leave marks of grades that are not votes (不了解) out of the denominator.
    #[serde(default)]
    pub exclude_non_votes: bool,
    /// Leave blanks (弃权) out of the denominator.
    #[serde(default)]
    pub exclude_blanks: bool,
}

/// How a flag rule compares a share with its threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    AtLeast,
    Above,
    Below,
}

/// A flag: when the share of `grades` among valid marks compares with `num/den`, raise `label`
/// (不满意 ≥ 1/3 → 预警; 满意 < 60/100 → 补课).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FlagRule {
    pub label: String,
    pub grades: Vec<usize>,
    pub comparison: Comparison,
    pub num: u32,
    pub den: u32,
}

/// One item on the form (整体评价, 发挥战斗堡垒作用…), with its own scale and rates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct BallotItem {
    pub id: Id,
    pub name: String,
    pub scale: Scale,
    #[serde(default)]
    pub rates: Vec<RateDef>,
    #[serde(default)]
    pub flags: Vec<FlagRule>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    #[default]
    Organisation,
    Person,
}

/// Who or what the form rates (a branch, a member).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Target {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub kind: TargetKind,
}

/// Counts for one target × item: one per grade, plus blanks (弃权) and double-marked (void marks).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct CellTally {
    pub target: Id,
    pub item: Id,
    pub grades: Vec<u32>,
    #[serde(default)]
    pub blank: u32,
    #[serde(default)]
    pub void_mark: u32,
}

/// One paper ballot as read aloud: a mark per target × item in form order.
///
/// `marks` holds one character per cell: `1`–`9` the grade (1 = the scale's first), `0` blank,
/// `x` a double-marked (void) item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Ballot {
    pub no: u32,
    pub marks: String,
    /// The whole ballot is void (废票).
    #[serde(default)]
    pub void: bool,
    pub at: Timestamp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EntryMode {
    /// 合计录入: counts typed from a paper tally.
    #[default]
    Grid,
    /// 逐票录入: ballots entered one by one as they are read aloud.
    Ballots,
}

/// A batch (计票组): the ballots counted at one table, entered in one copy of pingyi.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Batch {
    /// Unique across copies of pingyi, so a merged batch is never counted twice.
    pub uid: String,
    pub label: String,
    #[serde(default)]
    pub clerk: String,
    pub mode: EntryMode,
    /// Grid mode: valid ballots in this batch (ballot mode derives it from `ballots`).
    #[serde(default)]
    pub valid_ballots: u32,
    /// Grid mode: void ballots (废票) in this batch.
    #[serde(default)]
    pub void_ballots: u32,
    /// Grid mode: the typed tallies.
    #[serde(default)]
    pub cells: Vec<CellTally>,
    /// Ballot mode: every ballot entered.
    #[serde(default)]
    pub ballots: Vec<Ballot>,
}

/// Where a round stands: 计票中 → 已核对 → 已公布.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RoundState {
    #[default]
    Counting,
    Verified,
    Published,
}

/// Who signed the round off, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Verification {
    pub at: Timestamp,
    pub scrutineers: Vec<String>,
}

/// A ballot round: one paper form handed out and counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct BallotRound {
    pub id: Id,
    pub name: String,
    /// Cadre evaluations and the like: kept out of every public notice.
    #[serde(default)]
    pub confidential: bool,
    pub targets: Vec<Target>,
    pub items: Vec<BallotItem>,
    /// 应到 for this round (from attendance unless set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<u32>,
    /// 发出.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<u32>,
    /// 收回.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returned: Option<u32>,
    #[serde(default)]
    pub batches: Vec<Batch>,
    /// 复核: the second clerk's independent grid, when one is entered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recheck: Option<Vec<CellTally>>,
    #[serde(default)]
    pub state: RoundState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_at: Option<Timestamp>,
}

/// Structural problems in a list of rounds (ids, scales, marks); the counting rules add their own.
pub fn round_list_problems(rounds: &[BallotRound], out: &mut Vec<Problem>) {
    let mut ids = std::collections::HashSet::new();
    for (ri, r) in rounds.iter().enumerate() {
        let path = format!("rounds[{ri}]");
        if !ids.insert(r.id) {
            out.push(Problem::new(
                &path,
                format!("测评轮次编号 {} 重复", r.id),
                format!("round id {} is used twice", r.id),
            ));
        }
        for (ii, item) in r.items.iter().enumerate() {
            if item.scale.grades.is_empty() || item.scale.grades.len() > 9 {
                out.push(Problem::new(
                    format!("{path}.items[{ii}]"),
                    "评价等次须为 1 至 9 个",
                    "a scale needs 1 to 9 grades",
                ));
            }
        }
        let mut uids = std::collections::HashSet::new();
        for (bi, b) in r.batches.iter().enumerate() {
            if !uids.insert(b.uid.as_str()) {
                out.push(Problem::new(
                    format!("{path}.batches[{bi}]"),
                    format!("计票组 {} 重复出现", b.uid),
                    format!("batch {} appears twice", b.uid),
                ));
            }
        }
    }
}
