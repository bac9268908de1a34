//! Changes the ballot screens ask for, as data: each applies through the model's audited round
//! methods and returns the change that takes it back (Ctrl+Z), e.g. a committed ballot's inverse
//! takes that ballot back. One helper per kind of change keeps `apply` a plain table.

use super::form::{FormEdit, form_edit};
use super::{Applied, Change, Made};
use crate::i18n::{Message, tally};
use crate::model::ballot::Figure;
use crate::model::{
    BallotError, BallotRound, Column, EntryMode, Id, Session, Stamp, Tally, Template,
};

#[derive(Debug, Clone, PartialEq)]
pub enum BallotOp {
    /// A new round from template form `form` (or an empty form), named `name` when given.
    AddRound {
        form: Option<usize>,
        name: String,
    },
    RemoveRound {
        round: Id,
    },
    Form {
        round: Id,
        edit: FormEdit,
    },
    SetFigure {
        round: Id,
        figure: Figure,
        value: Option<u32>,
    },
    /// A new batch; its uid is made from the machine's name and the time, unique across laptops.
    AddBatch {
        round: Id,
        label: String,
        mode: EntryMode,
    },
    RemoveBatch {
        round: Id,
        uid: String,
    },
    SetBatchBallots {
        round: Id,
        uid: String,
        void: bool,
        value: u32,
    },
    SetCell {
        round: Id,
        uid: String,
        target: Id,
        item: Id,
        col: Column,
        value: u32,
    },
    FillBlank {
        round: Id,
        uid: String,
        target: Id,
        item: Id,
    },
    CommitBallot {
        round: Id,
        uid: String,
        marks: String,
    },
    CommitVoidBallot {
        round: Id,
        uid: String,
    },
    TakeBack {
        round: Id,
        uid: String,
    },
    SetRecheckCell {
        round: Id,
        target: Id,
        item: Id,
        col: Column,
        value: u32,
    },
    ClearRecheck {
        round: Id,
    },
    Verify {
        round: Id,
        scrutineers: Vec<String>,
    },
    Publish {
        round: Id,
    },
    Reopen {
        round: Id,
        reason: String,
    },
    /// Batches from another copy of the meeting (a second laptop), already loaded.
    Merge(Box<Session>),
    /// A person's decision on a scanned ballot waiting for review (`marks` `None`: a void
    /// ballot; `serial` typed when the code was not read); it is counted. Ctrl+Z takes the
    /// ballot back and puts it back in review.
    DecideReview {
        round: Id,
        uid: String,
        index: usize,
        marks: Option<String>,
        serial: Option<String>,
    },
    /// Takes back the batch's last ballot (a decided review) and parks `pending` again.
    ReopenReview {
        round: Id,
        uid: String,
        pending: Box<crate::model::ballot::PendingScan>,
    },
    /// Ballots read from scans, into batch `uid` (made, labelled `label`, with the first of
    /// them). No undo: the paper is the evidence, and a scanned batch is removed as any batch is.
    ScanBallots {
        round: Id,
        uid: String,
        label: String,
        ballots: Vec<crate::scan::intake::ScannedBallot>,
    },
    /// Ballots printed: their serials go into the round (the paper exists; no undo).
    RecordPrint {
        round: Id,
        run: Box<crate::model::ballot::PrintRun>,
    },
}

/// A batch uid no other laptop will make: this machine's name, the time, and a counter.
fn new_uid(round: &BallotRound, stamp: &Stamp) -> String {
    let host: String = gethostname::gethostname()
        .to_string_lossy()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(24)
        .collect();
    let host = if host.is_empty() {
        "pingyi".to_string()
    } else {
        host
    };
    let base = format!("{host}-{}", stamp.at.format("%Y%m%d%H%M%S"));
    let mut n = round.batches.len() + 1;
    loop {
        let uid = format!("{base}-{n}");
        if round.batch(&uid).is_none() {
            return uid;
        }
        n += 1;
    }
}

/// What a change gives back: the op that takes it back (if any), or the model's refusal.
type Undo = Result<Option<BallotOp>, BallotError>;

impl BallotOp {
    /// Applies the change; returns its inverse for Ctrl+Z (and what it made), or why it was
    /// refused.
    pub fn apply(self, s: &mut Session, stamp: &Stamp) -> Result<Applied, Message> {
        use BallotOp as Op;
        let undo = match self {
            Op::AddRound { form, name } => return add_round(s, form, &name, stamp),
            Op::AddBatch { round, label, mode } => {
                return add_batch(s, round, &label, mode, stamp);
            }
            Op::RemoveRound { round } => s.remove_round(round, stamp).map(|_| None),
            Op::Form { round, edit } => form(s, round, edit, stamp),
            Op::SetFigure {
                round,
                figure,
                value,
            } => set_figure(s, round, figure, value, stamp),
            Op::RemoveBatch { round, uid } => {
                s.with_round(round, stamp, |r, j| r.remove_batch(&uid, j).map(|_| None))
            }
            Op::SetBatchBallots {
                round,
                uid,
                void,
                value,
            } => set_batch_ballots(s, round, uid, void, value, stamp),
            Op::SetCell {
                round,
                uid,
                target,
                item,
                col,
                value,
            } => set_cell(
                s,
                Cell {
                    round,
                    uid,
                    target,
                    item,
                    col,
                },
                value,
                stamp,
            ),
            Op::FillBlank {
                round,
                uid,
                target,
                item,
            } => fill_blank(s, round, uid, target, item, stamp),
            Op::CommitBallot { round, uid, marks } => s
                .with_round(round, stamp, |r, j| r.commit_ballot(&uid, &marks, j))
                .map(|_| Some(Op::TakeBack { round, uid })),
            Op::CommitVoidBallot { round, uid } => s
                .with_round(round, stamp, |r, j| r.commit_void_ballot(&uid, j))
                .map(|_| Some(Op::TakeBack { round, uid })),
            Op::TakeBack { round, uid } => return take_back(s, round, uid, stamp),
            Op::SetRecheckCell {
                round,
                target,
                item,
                col,
                value,
            } => set_recheck_cell(s, round, (target, item, col), value, stamp),
            Op::ClearRecheck { round } => {
                s.with_round(round, stamp, |r, j| r.clear_recheck(j).map(|_| None))
            }
            Op::Verify { round, scrutineers } => verify(s, round, &scrutineers, stamp),
            Op::Publish { round } => s.with_round(round, stamp, |r, j| r.publish(j).map(|_| None)),
            Op::Reopen { round, reason } => {
                s.with_round(round, stamp, |r, j| r.reopen(&reason, j).map(|_| None))
            }
            Op::Merge(other) => return merge(s, &other, stamp),
            Op::DecideReview {
                round,
                uid,
                index,
                marks,
                serial,
            } => decide_review(s, round, uid, index, (marks, serial), stamp),
            Op::ReopenReview {
                round,
                uid,
                pending,
            } => reopen_review(s, round, uid, *pending, stamp),
            Op::ScanBallots {
                round,
                uid,
                label,
                ballots,
            } => {
                let who = stamp.who.clone();
                s.with_round(round, stamp, |r, j| {
                    crate::scan::intake::record(r, j, (&uid, &label, &who), &ballots).map(|_| None)
                })
            }
            Op::RecordPrint { round, run } => {
                s.with_round(round, stamp, |r, j| r.record_print(*run, j).map(|_| None))
            }
        };
        undo.map(|u| Applied::undo(u.map(Change::Ballots)))
            .map_err(|e| e.message())
    }
}

/// A new round from template form `form` (or an empty form named `name`); it is what the change
/// made, so the screen can open it.
fn add_round(
    s: &mut Session,
    form: Option<usize>,
    name: &str,
    stamp: &Stamp,
) -> Result<Applied, Message> {
    let id = match form {
        Some(k) => {
            let forms = Template::default_for(s.lang).forms;
            let f = forms
                .get(k)
                .ok_or_else(|| Message::from(tally::NO_SUCH_FORM))?;
            s.add_round_from_form(f, stamp).map_err(|e| e.message())?
        }
        None => s.add_round(name, stamp).map_err(|e| e.message())?,
    };
    if form.is_some() && !name.trim().is_empty() {
        s.with_round(id, stamp, |r, j| r.set_name(name, j))
            .map_err(|e| e.message())?;
    }
    Ok(Applied {
        undo: Some(Change::Ballots(BallotOp::RemoveRound { round: id })),
        made: Some(Made::Round(id)),
    })
}

/// A new batch, with a uid unique across laptops; it is what the change made.
fn add_batch(
    s: &mut Session,
    round: Id,
    label: &str,
    mode: EntryMode,
    stamp: &Stamp,
) -> Result<Applied, Message> {
    let uid = s
        .with_round(round, stamp, |r, j| {
            let uid = new_uid(r, stamp);
            r.add_batch(&uid, label, &stamp.who, mode, j)?;
            Ok(uid)
        })
        .map_err(|e| e.message())?;
    Ok(Applied {
        undo: Some(Change::Ballots(BallotOp::RemoveBatch {
            round,
            uid: uid.clone(),
        })),
        made: Some(Made::Batch { round, uid }),
    })
}

fn form(s: &mut Session, round: Id, edit: FormEdit, stamp: &Stamp) -> Undo {
    let lang = s.lang;
    s.with_round(round, stamp, |r, j| form_edit(r, edit, lang, j))
        .map(|inv| inv.map(|edit| BallotOp::Form { round, edit }))
}

fn set_figure(
    s: &mut Session,
    round: Id,
    figure: Figure,
    value: Option<u32>,
    stamp: &Stamp,
) -> Undo {
    s.with_round(round, stamp, |r, j| {
        let old = r.figure(figure);
        r.set_figure_checked(figure, value, j)?;
        Ok((old != value).then_some(BallotOp::SetFigure {
            round,
            figure,
            value: old,
        }))
    })
}

fn set_batch_ballots(
    s: &mut Session,
    round: Id,
    uid: String,
    void: bool,
    value: u32,
    stamp: &Stamp,
) -> Undo {
    s.with_round(round, stamp, |r, j| {
        let b = r
            .batch(&uid)
            .ok_or_else(|| BallotError::BatchNotFound { uid: uid.clone() })?;
        let old = if void {
            b.void_ballots
        } else {
            b.valid_ballots
        };
        r.set_batch_ballots(&uid, void, value, j)?;
        Ok((old != value).then_some(BallotOp::SetBatchBallots {
            round,
            uid,
            void,
            value: old,
        }))
    })
}

/// One cell of a batch's grid.
struct Cell {
    round: Id,
    uid: String,
    target: Id,
    item: Id,
    col: Column,
}

impl Cell {
    fn set_to(self, value: u32) -> BallotOp {
        BallotOp::SetCell {
            round: self.round,
            uid: self.uid,
            target: self.target,
            item: self.item,
            col: self.col,
            value,
        }
    }
}

fn set_cell(s: &mut Session, c: Cell, value: u32, stamp: &Stamp) -> Undo {
    s.with_round(c.round, stamp, |r, j| {
        let old = r
            .grid_cell(&c.uid, c.target, c.item)
            .map_or(0, |cell| cell.get(c.col));
        r.set_cell(&c.uid, c.target, c.item, c.col, value, j)?;
        Ok((old != value).then(|| c.set_to(old)))
    })
}

/// `=`: the rest of a row into blank; taken back by setting the blank count as it was.
fn fill_blank(
    s: &mut Session,
    round: Id,
    uid: String,
    target: Id,
    item: Id,
    stamp: &Stamp,
) -> Undo {
    s.with_round(round, stamp, |r, j| {
        let old = r.grid_cell(&uid, target, item).map_or(0, |c| c.blank);
        let added = r.fill_rest_blank(&uid, target, item, j)?;
        let cell = Cell {
            round,
            uid,
            target,
            item,
            col: Column::Blank,
        };
        Ok((added > 0).then(|| cell.set_to(old)))
    })
}

/// Takes back a batch's last ballot; committing it again (same marks) puts it back. What it
/// made is the ballot taken back, which the entry screen offers for correction.
fn take_back(s: &mut Session, round: Id, uid: String, stamp: &Stamp) -> Result<Applied, Message> {
    let b = s
        .with_round(round, stamp, |r, j| r.undo_last_ballot(&uid, j))
        .map_err(|e| e.message())?;
    let marks = (!b.void).then_some(b.marks);
    let undo = match &marks {
        None => BallotOp::CommitVoidBallot {
            round,
            uid: uid.clone(),
        },
        Some(m) => BallotOp::CommitBallot {
            round,
            uid: uid.clone(),
            marks: m.clone(),
        },
    };
    Ok(Applied {
        undo: Some(Change::Ballots(undo)),
        made: Some(Made::TakenBack {
            round,
            uid,
            no: b.no,
            marks,
        }),
    })
}

/// Counts a waiting scanned ballot as decided; the inverse puts it back in review as it was.
fn decide_review(
    s: &mut Session,
    round: Id,
    uid: String,
    index: usize,
    (marks, serial): (Option<String>, Option<String>),
    stamp: &Stamp,
) -> Undo {
    s.with_round(round, stamp, |r, j| {
        let pending = r
            .pending(&uid, index)
            .cloned()
            .ok_or_else(|| BallotError::BatchNotFound { uid: uid.clone() })?;
        r.decide_review(&uid, index, marks.as_deref(), serial.as_deref(), j)?;
        Ok(Some(BallotOp::ReopenReview {
            round,
            uid,
            pending: Box::new(pending),
        }))
    })
}

/// Takes the decided ballot back and parks it for review again; the inverse decides it again
/// with the marks it had.
fn reopen_review(
    s: &mut Session,
    round: Id,
    uid: String,
    pending: crate::model::ballot::PendingScan,
    stamp: &Stamp,
) -> Undo {
    s.with_round(round, stamp, |r, j| {
        let b = r.undo_last_ballot(&uid, j)?;
        let serial = pending
            .serial_unread
            .then(|| b.scan.as_ref().and_then(|s| s.serial.clone()))
            .flatten();
        r.park_scanned(&uid, pending, j)?;
        let index = r
            .batch(&uid)
            .map_or(0, |b| b.review.len().saturating_sub(1));
        Ok(Some(BallotOp::DecideReview {
            round,
            uid,
            index,
            marks: (!b.void).then_some(b.marks),
            serial,
        }))
    })
}

fn set_recheck_cell(
    s: &mut Session,
    round: Id,
    (target, item, col): (Id, Id, Column),
    value: u32,
    stamp: &Stamp,
) -> Undo {
    s.with_round(round, stamp, |r, j| {
        let (ti, ii) = (r.target_index(target), r.item_index(item));
        let old = Tally::of_recheck(r)
            .and_then(|t| t.cell(ti?, ii?).map(|c| c.get(col)))
            .unwrap_or(0);
        r.set_recheck_cell(target, item, col, value, j)?;
        Ok((old != value).then_some(BallotOp::SetRecheckCell {
            round,
            target,
            item,
            col,
            value: old,
        }))
    })
}

/// Signing off; taken back by reopening, with a reason in the meeting's language.
fn verify(s: &mut Session, round: Id, scrutineers: &[String], stamp: &Stamp) -> Undo {
    let lang = s.lang;
    s.with_round(round, stamp, |r, j| r.verify(scrutineers, j))?;
    Ok(Some(BallotOp::Reopen {
        round,
        reason: tally::UNDO_VERIFY.get(lang).to_string(),
    }))
}

/// Another copy's batches; not undone with Ctrl+Z (merged batches are removed one by one if need
/// be). What it did is handed back for the app to report.
fn merge(s: &mut Session, other: &Session, stamp: &Stamp) -> Result<Applied, Message> {
    let report = s.merge_batches(other, stamp).map_err(|e| e.message())?;
    Ok(Applied {
        undo: None,
        made: Some(Made::Merged(report)),
    })
}
