//! The ballot round as the file stores it: the paper form, its scales and rates, the batches
//! counted and the ballots entered.
//!
//! Counts are integers throughout; a batch is either typed as a grid (合计录入) or entered ballot by
//! ballot (逐票录入), never both, and a ballot batch's tallies are derived, never stored.

use crate::i18n::{Text, ballots as tx};
use crate::model::{Id, Timestamp};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The most grades a scale may have: a grade is typed as one digit, 1–9.
pub const MAX_GRADES: usize = 9;

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

impl Grade {
    pub fn new(label: impl Into<String>) -> Grade {
        Grade {
            label: label.into(),
            counts_as_vote: true,
            weight: None,
        }
    }
}

/// A rating scale: its grades, best first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Scale {
    pub name: String,
    pub grades: Vec<Grade>,
}

impl Scale {
    /// The scale's name made of its grades: `满意/基本满意/不满意`.
    pub fn joined_labels(&self) -> String {
        self.grades
            .iter()
            .map(|g| g.label.as_str())
            .collect::<Vec<_>>()
            .join("/")
    }
}

/// A headline rate, named by what it counts: 满意率 = 满意 / 有效票.
///
/// The denominator is the valid ballots, less 不了解, blanks and double-marked items (废项) when
/// the rate says so; by default a 废项 stays in it, being a valid ballot's failed vote on that item.
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
    /// Leave items marked twice (废项) out of the denominator. Written only when set, so files
    /// without it read and write as before.
    #[serde(default, skip_serializing_if = "is_false")]
    pub exclude_void_marks: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// How a flag rule compares a share with its threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    AtLeast,
    Above,
    Below,
}

/// A flag: when the share of `grades` among the valid ballots (有效票) compares with `num/den`,
/// raise `label` (不满意 ≥ 1/3 → 预警; 满意 < 60/100 → 补课).
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

/// Typed counts for one target × item: one per grade, plus blanks (弃权) and double-marked items
/// (void marks).
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

/// One paper ballot as read aloud: a mark per target × item in form order (target by target,
/// item by item).
///
/// `marks` holds one character per cell: `1`–`9` the grade (1 = the scale's first), `0` blank,
/// `x` a double-marked (void) item. A void ballot (废票) keeps no marks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Ballot {
    pub no: u32,
    #[serde(default)]
    pub marks: String,
    /// The whole ballot is void (废票).
    #[serde(default)]
    pub void: bool,
    pub at: Timestamp,
    /// A scanned ballot: where it came from, what was measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scan: Option<super::ScanRecord>,
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
    /// Grid mode: the typed tallies, one per target × item in form order.
    #[serde(default)]
    pub cells: Vec<CellTally>,
    /// Ballot mode: every ballot entered.
    #[serde(default)]
    pub ballots: Vec<Ballot>,
    /// Scanned ballots waiting for a person (not counted until decided).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub review: Vec<super::PendingScan>,
}

impl Batch {
    /// Valid ballots in the batch: typed in grid mode, counted in ballot mode.
    pub fn valid(&self) -> u32 {
        match self.mode {
            EntryMode::Grid => self.valid_ballots,
            EntryMode::Ballots => count_u32(self.ballots.iter().filter(|b| !b.void).count()),
        }
    }

    /// Void ballots (废票) in the batch.
    pub fn void(&self) -> u32 {
        match self.mode {
            EntryMode::Grid => self.void_ballots,
            EntryMode::Ballots => count_u32(self.ballots.iter().filter(|b| b.void).count()),
        }
    }

    /// Ballots the batch accounts for, valid and void.
    pub fn counted(&self) -> u32 {
        self.valid().saturating_add(self.void())
    }

    /// Whether anything has been counted in this batch.
    pub fn has_counts(&self) -> bool {
        !self.ballots.is_empty()
            || self.valid_ballots != 0
            || self.void_ballots != 0
            || self
                .cells
                .iter()
                .any(|c| c.blank != 0 || c.void_mark != 0 || c.grades.iter().any(|&g| g != 0))
    }

    /// The next ballot number in this batch.
    pub fn next_ballot_no(&self) -> u32 {
        self.ballots.last().map_or(1, |b| b.no.saturating_add(1))
    }
}

/// A count of things in memory as a u32 (a round never holds 4 billion ballots; saturate anyway).
pub(crate) fn count_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
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

impl RoundState {
    /// 计票中 / 已核对 / 已公布.
    pub fn label(self) -> Text {
        match self {
            RoundState::Counting => tx::STATE_COUNTING,
            RoundState::Verified => tx::STATE_VERIFIED,
            RoundState::Published => tx::STATE_PUBLISHED,
        }
    }
}

impl EntryMode {
    /// 合计录入 / 逐票录入.
    pub fn label(self) -> Text {
        match self {
            EntryMode::Grid => tx::MODE_GRID,
            EntryMode::Ballots => tx::MODE_BALLOTS,
        }
    }
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
    /// 实到 for this round, of the same people as its own 应到: a round with a typed 应到 or 实到
    /// speaks of its own population and never borrows the roster's figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub present: Option<u32>,
    /// 发出.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<u32>,
    /// 收回.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returned: Option<u32>,
    #[serde(default)]
    pub batches: Vec<Batch>,
    /// 复核: the second clerk's independent grid of the round's totals, when one is entered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recheck: Option<Vec<CellTally>>,
    #[serde(default)]
    pub state: RoundState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_at: Option<Timestamp>,
    /// The line of instructions printed on the ballots (the default line when `None`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// Every printing of this round's ballots, with the serials printed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub printed: Vec<super::PrintRun>,
}

impl BallotRound {
    /// An empty round in counting state.
    pub fn new(id: Id, name: impl Into<String>) -> BallotRound {
        BallotRound {
            id,
            name: name.into(),
            confidential: false,
            targets: Vec::new(),
            items: Vec::new(),
            expected: None,
            present: None,
            issued: None,
            returned: None,
            batches: Vec::new(),
            recheck: None,
            state: RoundState::Counting,
            verification: None,
            published_at: None,
            instructions: None,
            printed: Vec::new(),
        }
    }

    /// Marks on one ballot: one per target × item.
    pub fn cells_per_ballot(&self) -> usize {
        self.targets.len().saturating_mul(self.items.len())
    }

    /// The target and item of the cell at `pos` in form order.
    pub fn cell_at(&self, pos: usize) -> Option<(usize, usize)> {
        let n = self.items.len();
        (n != 0 && pos < self.cells_per_ballot()).then(|| (pos / n, pos % n))
    }

    pub fn target_index(&self, id: Id) -> Option<usize> {
        self.targets.iter().position(|t| t.id == id)
    }

    pub fn item_index(&self, id: Id) -> Option<usize> {
        self.items.iter().position(|i| i.id == id)
    }

    pub fn batch(&self, uid: &str) -> Option<&Batch> {
        self.batches.iter().find(|b| b.uid == uid)
    }

    pub(crate) fn batch_index(&self, uid: &str) -> Option<usize> {
        self.batches.iter().position(|b| b.uid == uid)
    }

    /// Whether any batch has counts in it (the form can no longer change shape).
    pub fn has_counts(&self) -> bool {
        self.batches.iter().any(Batch::has_counts)
    }

    /// Ballots counted across the batches, valid and void.
    pub fn counted(&self) -> u32 {
        self.batches
            .iter()
            .fold(0u32, |n, b| n.saturating_add(b.counted()))
    }

    /// Zero cells for every target × item in form order (a fresh grid).
    pub fn zero_cells(&self) -> Vec<CellTally> {
        let mut out = Vec::with_capacity(self.cells_per_ballot());
        for t in &self.targets {
            for i in &self.items {
                out.push(CellTally {
                    target: t.id,
                    item: i.id,
                    grades: vec![0; i.scale.grades.len()],
                    blank: 0,
                    void_mark: 0,
                });
            }
        }
        out
    }

    /// Where the typed cell for `target × item` sits in `cells`: its form position when the cells
    /// are in form order (always, for grids made here), else found by id.
    pub(crate) fn cell_pos(&self, cells: &[CellTally], ti: usize, ii: usize) -> Option<usize> {
        let (t, i) = (self.targets.get(ti)?.id, self.items.get(ii)?.id);
        let pos = ti * self.items.len() + ii;
        match cells.get(pos) {
            Some(c) if c.target == t && c.item == i => Some(pos),
            _ => cells.iter().position(|c| c.target == t && c.item == i),
        }
    }

    /// `round / target / item` as the audit log names a cell.
    pub(crate) fn cell_name(&self, ti: usize, ii: usize) -> String {
        let t = self.targets.get(ti).map_or("?", |t| t.name.as_str());
        let i = self.items.get(ii).map_or("?", |i| i.name.as_str());
        format!("{} / {t} / {i}", self.name)
    }
}
