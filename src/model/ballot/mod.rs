//! Ballot rounds (测评轮次): the paper form, the counting of it (grid or ballot by ballot, in
//! batches), the accounting line, the checks that every row adds up, verification and
//! publishing, results and rates, and merging batches counted on another laptop.
//!
//! Every change to a round goes through a `BallotRound` method that takes a [`Journal`] (the
//! `Stamp` and the audit entries it writes), usually via [`Session::with_round`](crate::model::Session::with_round).

mod accounting;
mod edit;
mod entry;
mod error;
mod figures;
mod journal;
mod marks;
mod merge;
mod printed;
mod problems;
mod results;
mod scan;
mod session_ops;
mod state;
mod summary;
mod tally;
mod types;

pub use accounting::{
    Accounting, AccountingIssue, AccountingWarning, ExpectedFrom, attendance_figures,
};
pub use edit::{custom_scale, split_target_list};
pub use error::{BallotError, parse_count, parse_count_opt};
pub use figures::Figure;
pub use journal::Journal;
pub use marks::{Mark, read_marks, write_marks};
pub use merge::form_difference;
pub use merge::{MergeReport, MergedBatch};
pub use printed::PrintRun;
pub use problems::round_list_problems;
pub use results::{
    FlagHit, ItemResult, RateResult, RoundResults, denominator_name, flags_raised, rate_formula,
    rate_fraction, weighted_score,
};
pub use scan::{DoubtfulCell, PendingScan, ScanRecord, ScanSource};
pub use state::{Blocker, RecheckDiff};
pub use tally::{CellCounts, Column, RowBalance, Tally};
pub use types::{
    Ballot, BallotItem, BallotRound, Batch, CellTally, Comparison, EntryMode, FlagRule, Grade,
    MAX_GRADES, RateDef, RoundState, Scale, Target, TargetKind, Verification,
};
