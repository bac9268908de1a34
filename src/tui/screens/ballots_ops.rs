//! Changes the ballot screens ask for, as data: each applies through the model's audited round
//! methods and returns the change that takes it back (Ctrl+Z), e.g. a committed ballot's inverse
//! takes that ballot back.

use crate::i18n::{Message, tally as tx};
use crate::model::ballot::Figure;
use crate::model::{
    BallotError, BallotItem, BallotRound, Column, EntryMode, Id, Journal, Scale, Session, Stamp,
    TargetKind, Template,
};
use crate::tui::action::Action;
use crate::tui::app::App;
use std::path::Path;

/// What a round's form line changes.
#[derive(Debug, Clone, PartialEq)]
pub enum FormEdit {
    Name(String),
    Confidential(bool),
    AddTargets(Vec<String>),
    RenameTarget(Id, String),
    RemoveTarget(Id),
    MoveTarget(Id, bool),
    AddItem(String, Scale),
    RenameItem(Id, String),
    RemoveItem(Id),
    MoveItem(Id, bool),
    ItemScale(Id, Scale),
    /// An item's scale with its rates and flag rules (what taking a scale change back restores).
    ItemRules(
        Id,
        Scale,
        Vec<crate::model::RateDef>,
        Vec<crate::model::FlagRule>,
    ),
    Rates(Id, Vec<crate::model::RateDef>),
    Flags(Id, Vec<crate::model::FlagRule>),
    Weights(Id, Vec<Option<u32>>),
}

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
}

fn msg(e: BallotError) -> Message {
    e.message()
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

impl BallotOp {
    fn round_op(op: BallotOp) -> Option<Action> {
        Some(Action::Ballots(op))
    }

    /// Applies the change; returns its inverse for Ctrl+Z, or why it was refused.
    pub fn apply(self, s: &mut Session, stamp: &Stamp) -> Result<Option<Action>, Message> {
        use BallotOp as Op;
        let lang = s.lang;
        match self {
            Op::AddRound { form, name } => {
                let id = match form {
                    Some(k) => {
                        let forms = Template::default_for(lang).forms;
                        let f = forms
                            .get(k)
                            .ok_or_else(|| Message::from(tx::NO_SUCH_FORM))?;
                        s.add_round_from_form(f, stamp).map_err(msg)?
                    }
                    None => s.add_round(&name, stamp).map_err(msg)?,
                };
                if form.is_some() && !name.trim().is_empty() {
                    s.with_round(id, stamp, |r, j| r.set_name(&name, j))
                        .map_err(msg)?;
                }
                Ok(Self::round_op(Op::RemoveRound { round: id }))
            }
            Op::RemoveRound { round } => {
                s.remove_round(round, stamp).map_err(msg)?;
                Ok(None)
            }
            Op::Form { round, edit } => s
                .with_round(round, stamp, |r, j| form_edit(r, edit, lang, j))
                .map(|inv| inv.map(|edit| Action::Ballots(Op::Form { round, edit })))
                .map_err(msg),
            Op::SetFigure {
                round,
                figure,
                value,
            } => s
                .with_round(round, stamp, |r, j| {
                    let old = r.figure(figure);
                    r.set_figure_checked(figure, value, j)?;
                    Ok((old != value).then_some(old))
                })
                .map(|old| {
                    old.and_then(|old| {
                        Self::round_op(Op::SetFigure {
                            round,
                            figure,
                            value: old,
                        })
                    })
                })
                .map_err(msg),
            Op::AddBatch { round, label, mode } => s
                .with_round(round, stamp, |r, j| {
                    let uid = new_uid(r, stamp);
                    r.add_batch(&uid, &label, &stamp.who, mode, j)?;
                    Ok(Self::round_op(Op::RemoveBatch { round, uid }))
                })
                .map_err(msg),
            Op::RemoveBatch { round, uid } => s
                .with_round(round, stamp, |r, j| r.remove_batch(&uid, j).map(|_| None))
                .map_err(msg),
            Op::SetBatchBallots {
                round,
                uid,
                void,
                value,
            } => s
                .with_round(round, stamp, |r, j| {
                    let b = r
                        .batch(&uid)
                        .ok_or_else(|| BallotError::BatchNotFound { uid: uid.clone() })?;
                    let old = if void {
                        b.void_ballots
                    } else {
                        b.valid_ballots
                    };
                    r.set_batch_ballots(&uid, void, value, j)?;
                    Ok((old != value).then(|| {
                        Action::Ballots(Op::SetBatchBallots {
                            round,
                            uid: uid.clone(),
                            void,
                            value: old,
                        })
                    }))
                })
                .map_err(msg),
            Op::SetCell {
                round,
                uid,
                target,
                item,
                col,
                value,
            } => s
                .with_round(round, stamp, |r, j| {
                    let old = r.grid_cell(&uid, target, item).map_or(0, |c| c.get(col));
                    r.set_cell(&uid, target, item, col, value, j)?;
                    Ok((old != value).then(|| {
                        Action::Ballots(Op::SetCell {
                            round,
                            uid: uid.clone(),
                            target,
                            item,
                            col,
                            value: old,
                        })
                    }))
                })
                .map_err(msg),
            Op::FillBlank {
                round,
                uid,
                target,
                item,
            } => s
                .with_round(round, stamp, |r, j| {
                    let old = r.grid_cell(&uid, target, item).map_or(0, |c| c.blank);
                    let added = r.fill_rest_blank(&uid, target, item, j)?;
                    Ok((added > 0).then(|| {
                        Action::Ballots(Op::SetCell {
                            round,
                            uid: uid.clone(),
                            target,
                            item,
                            col: Column::Blank,
                            value: old,
                        })
                    }))
                })
                .map_err(msg),
            Op::CommitBallot { round, uid, marks } => s
                .with_round(round, stamp, |r, j| r.commit_ballot(&uid, &marks, j))
                .map(|_| Self::round_op(Op::TakeBack { round, uid }))
                .map_err(msg),
            Op::CommitVoidBallot { round, uid } => s
                .with_round(round, stamp, |r, j| r.commit_void_ballot(&uid, j))
                .map(|_| Self::round_op(Op::TakeBack { round, uid }))
                .map_err(msg),
            Op::TakeBack { round, uid } => s
                .with_round(round, stamp, |r, j| r.undo_last_ballot(&uid, j))
                .map(|b| {
                    Self::round_op(if b.void {
                        Op::CommitVoidBallot { round, uid }
                    } else {
                        Op::CommitBallot {
                            round,
                            uid,
                            marks: b.marks,
                        }
                    })
                })
                .map_err(msg),
            Op::SetRecheckCell {
                round,
                target,
                item,
                col,
                value,
            } => s
                .with_round(round, stamp, |r, j| {
                    let (ti, ii) = (r.target_index(target), r.item_index(item));
                    let old = crate::model::Tally::of_recheck(r)
                        .and_then(|t| t.cell(ti?, ii?).map(|c| c.get(col)))
                        .unwrap_or(0);
                    r.set_recheck_cell(target, item, col, value, j)?;
                    Ok(
                        (old != value).then_some(Action::Ballots(Op::SetRecheckCell {
                            round,
                            target,
                            item,
                            col,
                            value: old,
                        })),
                    )
                })
                .map_err(msg),
            Op::ClearRecheck { round } => s
                .with_round(round, stamp, |r, j| r.clear_recheck(j).map(|_| None))
                .map_err(msg),
            Op::Verify { round, scrutineers } => s
                .with_round(round, stamp, |r, j| r.verify(&scrutineers, j))
                .map(|_| {
                    Self::round_op(Op::Reopen {
                        round,
                        reason: tx::UNDO_VERIFY.get(lang).to_string(),
                    })
                })
                .map_err(msg),
            Op::Publish { round } => s
                .with_round(round, stamp, |r, j| r.publish(j))
                .map(|_| None)
                .map_err(msg),
            Op::Reopen { round, reason } => s
                .with_round(round, stamp, |r, j| r.reopen(&reason, j))
                .map(|_| None)
                .map_err(msg),
            Op::Merge(other) => {
                // Not undone with Ctrl+Z: merged batches are removed one by one if need be.
                s.merge_batches(&other, stamp).map_err(msg)?;
                Ok(None)
            }
        }
    }
}

/// One form edit through the round's audited methods; returns the edit that takes it back.
fn form_edit(
    r: &mut BallotRound,
    edit: FormEdit,
    lang: crate::i18n::Lang,
    j: &mut Journal,
) -> Result<Option<FormEdit>, BallotError> {
    use FormEdit as F;
    Ok(match edit {
        F::Name(name) => {
            let old = r.name.clone();
            r.set_name(&name, j)?;
            Some(F::Name(old))
        }
        F::Confidential(on) => {
            r.set_confidential(on, j)?;
            Some(F::Confidential(!on))
        }
        F::AddTargets(names) => {
            let ids = r.add_targets(&names, kind_for(r), j)?;
            ids.last().map(|&id| F::RemoveTarget(id))
        }
        F::RenameTarget(id, name) => {
            let old = target_name(r, id);
            r.rename_target(id, &name, j)?;
            old.map(|old| F::RenameTarget(id, old))
        }
        F::RemoveTarget(id) => {
            r.remove_target(id, j)?;
            None
        }
        F::MoveTarget(id, up) => {
            r.move_target(id, up, j)?;
            Some(F::MoveTarget(id, !up))
        }
        F::AddItem(name, scale) => {
            let id = r.add_item(&name, scale, lang, j)?;
            Some(F::RemoveItem(id))
        }
        F::RenameItem(id, name) => {
            let old = item_now(r, id, |i| i.name.clone());
            r.rename_item(id, &name, j)?;
            old.map(|old| F::RenameItem(id, old))
        }
        F::RemoveItem(id) => {
            r.remove_item(id, j)?;
            None
        }
        F::MoveItem(id, up) => {
            r.move_item(id, up, j)?;
            Some(F::MoveItem(id, !up))
        }
        F::ItemScale(id, scale) => {
            let old = item_now(r, id, |i| {
                F::ItemRules(id, i.scale.clone(), i.rates.clone(), i.flags.clone())
            });
            r.set_item_scale(id, scale, lang, j)?;
            old
        }
        F::ItemRules(id, scale, rates, flags) => {
            let old = item_now(r, id, |i| i.scale.clone());
            r.set_item_scale(id, scale, lang, j)?;
            r.set_rates(id, rates, j)?;
            r.set_flags(id, flags, j)?;
            old.map(|old| F::ItemScale(id, old))
        }
        F::Rates(id, rates) => {
            let old = item_now(r, id, |i| i.rates.clone());
            r.set_rates(id, rates, j)?;
            old.map(|old| F::Rates(id, old))
        }
        F::Flags(id, flags) => {
            let old = item_now(r, id, |i| i.flags.clone());
            r.set_flags(id, flags, j)?;
            old.map(|old| F::Flags(id, old))
        }
        F::Weights(id, weights) => {
            let old: Option<Vec<Option<u32>>> =
                item_now(r, id, |i| i.scale.grades.iter().map(|g| g.weight).collect());
            for (g, w) in weights.into_iter().enumerate() {
                r.set_grade_weight(id, g, w, j)?;
            }
            old.map(|old| F::Weights(id, old))
        }
    })
}

/// Item `id` as it is now (the part `read` takes), for the edit that restores it.
fn item_now<T>(r: &BallotRound, id: Id, read: impl FnOnce(&BallotItem) -> T) -> Option<T> {
    r.items.iter().find(|i| i.id == id).map(read)
}

fn target_name(r: &BallotRound, id: Id) -> Option<String> {
    r.targets
        .iter()
        .find(|t| t.id == id)
        .map(|t| t.name.clone())
}

/// The kind of target a round rates: as its first target, else people on a member form.
fn kind_for(r: &BallotRound) -> TargetKind {
    match r.targets.first() {
        Some(t) => t.kind,
        None if r.items.iter().any(|i| {
            i.name.contains("带头") || i.name.contains("先锋") || i.name.starts_with("Leads")
        }) =>
        {
            TargetKind::Person
        }
        None => TargetKind::Organisation,
    }
}

/// `pingyi merge` from the TUI: loads `path`, says what a merge would do, and merges through the
/// audited path (refused when read-only, like every change).
pub fn merge_file(app: &mut App, path: &Path) {
    let other = match crate::store::load(path) {
        Ok(s) => s,
        Err(e) => return app.flash(e.bilingual(), true),
    };
    let Some(doc) = &app.doc else { return };
    let stamp = Stamp::new(app.now, app.who.clone());
    let mut probe = Session::clone(&doc.session);
    match probe.merge_batches(&other, &stamp) {
        Err(e) => app.flash(e.message(), true),
        Ok(report) => {
            let before = doc.session.audit.len();
            app.update(Action::Ballots(BallotOp::Merge(Box::new(other))));
            let merged = app
                .doc
                .as_ref()
                .is_some_and(|d| d.session.audit.len() > before)
                || report.added.is_empty();
            if merged {
                let problem = !report.conflicting.is_empty() || !report.missing_rounds.is_empty();
                app.flash(
                    tx::merge_report(
                        report.added.len(),
                        report.already.len(),
                        report.conflicting.len(),
                        &report.missing_rounds,
                    ),
                    problem,
                );
            }
        }
    }
}
