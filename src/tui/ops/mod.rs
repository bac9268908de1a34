//! Changes to the meeting record, as data: the layer under `Action`. Each change applies through
//! the model's audited methods and gives back the change that takes it back (Ctrl+Z), so the app
//! can undo without knowing what any change means. Imports run one way: screens → action → ops →
//! model; nothing here knows about screens or the app.

pub mod ballots;
pub mod form;
pub mod live;

pub use ballots::BallotOp;
pub use form::FormEdit;
pub use live::LiveOp;

use crate::i18n::Message;
use crate::model::ballot::MergeReport;
use crate::model::{HeaderField, Id, Session, Stamp};

/// A change to the record.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// One header field from text.
    SetHeader { field: HeaderField, value: String },
    /// A change made on a live-meeting screen (agenda, attendance, report, suggestions, ledger).
    Live(LiveOp),
    /// A change to a ballot round (counts, form, batches, state).
    Ballots(BallotOp),
}

/// Something new a change made, which the screen that asked for it may open or select.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Made {
    Round(Id),
    Batch {
        round: Id,
        uid: String,
    },
    /// What merging another copy's batches did (added, already here, conflicting).
    Merged(MergeReport),
    /// A committed ballot taken back (Ctrl+Z): its number and marks (`None` for a void ballot),
    /// so the entry screen can offer it back for correction.
    TakenBack {
        round: Id,
        uid: String,
        no: u32,
        marks: Option<String>,
    },
}

/// A change that was taken: what takes it back (if anything can), and what it made.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Applied {
    pub undo: Option<Change>,
    pub made: Option<Made>,
}

impl Applied {
    /// Taken; `undo` (when there is one) takes it back.
    pub fn undo(undo: Option<Change>) -> Applied {
        Applied { undo, made: None }
    }
}

impl Change {
    /// Applies the change to `s`, stamped with `stamp`; says why not when the model refuses it.
    pub fn apply(self, s: &mut Session, stamp: &Stamp) -> Result<Applied, Message> {
        match self {
            Change::SetHeader { field, value } => {
                let old = s.header.get(field);
                match s.set_header_field(field, &value, stamp) {
                    Ok(true) => Ok(Applied::undo(Some(Change::SetHeader { field, value: old }))),
                    Ok(false) => Ok(Applied::default()),
                    Err(e) => Err(e.0),
                }
            }
            Change::Live(op) => op
                .apply(s, stamp)
                .map(|u| Applied::undo(u.map(Change::Live))),
            Change::Ballots(op) => op.apply(s, stamp),
        }
    }
}

impl From<LiveOp> for Change {
    fn from(op: LiveOp) -> Change {
        Change::Live(op)
    }
}

impl From<BallotOp> for Change {
    fn from(op: BallotOp) -> Change {
        Change::Ballots(op)
    }
}
