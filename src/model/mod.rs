//! The meeting record: plain serde types and the domain rules that keep them sound.
//!
//! Nothing here touches the terminal, the disk or the clock: every time comes in as an argument
//! (a [`Stamp`]), so the rules can be tested with the seed's own figures.

pub mod agenda;
pub mod attendance;
pub mod audit;
pub mod ballot;
pub mod input;
pub mod percent;
pub mod problem;
pub mod report;
pub mod session;
pub mod state;
pub mod suggestion;
pub mod template;
pub mod undo;

pub use agenda::{Agenda, AgendaItem, AgendaKind};
pub use attendance::{
    Attendance, AttendanceCounts, Attendee, Headcount, PersonInput, Presence, QuorumRule,
    QuorumStatus, RosterIndex, format_percent,
};
pub use audit::{AuditEntry, AuditKind};
pub use ballot::{
    Accounting, Ballot, BallotError, BallotItem, BallotRound, Batch, CellTally, Column, Comparison,
    EntryMode, FlagRule, Grade, Journal, Mark, RateDef, RoundResults, RoundState, RowBalance,
    Scale, Tally, Target, TargetKind, Verification,
};
pub use percent::{Percent, Score};
pub use problem::Problem;
pub use report::{
    ReportInput, ReportNote, TimerEvent, TimerEventKind, TimerPhase, TimerState, WorkReport,
};
pub use session::{FORMAT, FieldError, Header, HeaderField, Session, VERSION};
pub use state::MeetingState;
pub use suggestion::{
    Decision, LedgerEntry, LedgerInput, LedgerStatus, RaisedBy, StatusFilter, Suggestion,
    SuggestionCounts, SuggestionFilter, SuggestionInput, SuggestionStatus,
};
pub use template::Template;
pub use undo::Undo;

use chrono::{DateTime, FixedOffset};

/// A moment on the meeting's wall clock, with its UTC offset, as written in the file (RFC 3339).
pub type Timestamp = DateTime<FixedOffset>;

/// Identifier of a record inside one session (attendee, suggestion, round, target, item…).
pub type Id = u32;

/// When and by whom a change is made; every audited change takes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    pub at: Timestamp,
    pub who: String,
}

impl Stamp {
    pub fn new(at: Timestamp, who: impl Into<String>) -> Stamp {
        Stamp {
            at,
            who: who.into(),
        }
    }
}

/// The next free id among `ids` (one past the largest; 1 for an empty list).
pub fn next_id(ids: impl IntoIterator<Item = Id>) -> Id {
    ids.into_iter().max().map_or(1, |m| m.saturating_add(1))
}
