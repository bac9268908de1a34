//! Merging batches counted on another laptop (another copy of the meeting file) into this one.
//!
//! A round is matched by id and name (by name alone when the ids differ), its form must be the
//! same (targets, items, scales, in order), and a batch already here, by its uid, is never added
//! again. Every round is checked before anything is added: a refused merge changes nothing.

use super::{BallotError, BallotRound, Batch, EntryMode, RoundState};
use crate::i18n::{Message, ballots as tx};
use crate::model::{AuditKind, Session, Stamp};

/// One batch named in a merge report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergedBatch {
    pub round: String,
    pub label: String,
    pub uid: String,
    /// Ballots the batch accounts for (valid and void).
    pub ballots: u32,
}

/// What a merge did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MergeReport {
    /// Batches added to this meeting.
    pub added: Vec<MergedBatch>,
    /// Batches already here, identical: skipped.
    pub already: Vec<MergedBatch>,
    /// Batches already here under the same uid but with other counts: left as they are here.
    pub conflicting: Vec<MergedBatch>,
    /// Rounds with batches in the other file that this meeting does not have.
    pub missing_rounds: Vec<String>,
}

/// Why two forms differ, or `None` when they are the same.
pub fn form_difference(main: &BallotRound, other: &BallotRound) -> Option<Message> {
    if main.targets.len() != other.targets.len() {
        return Some(tx::differs_target_count(
            main.targets.len(),
            other.targets.len(),
        ));
    }
    for (k, (a, b)) in main.targets.iter().zip(&other.targets).enumerate() {
        if a.name != b.name {
            return Some(tx::differs_target(k + 1, &a.name, &b.name));
        }
    }
    if main.items.len() != other.items.len() {
        return Some(tx::differs_item_count(main.items.len(), other.items.len()));
    }
    for (k, (a, b)) in main.items.iter().zip(&other.items).enumerate() {
        if a.name != b.name {
            return Some(tx::differs_item(k + 1, &a.name, &b.name));
        }
        let labels = |r: &super::BallotItem| -> Vec<String> {
            r.scale.grades.iter().map(|g| g.label.clone()).collect()
        };
        if labels(a) != labels(b) {
            return Some(tx::differs_scale(
                &a.name,
                &a.scale.joined_labels(),
                &b.scale.joined_labels(),
            ));
        }
    }
    None
}

fn find_round(rounds: &[BallotRound], other: &BallotRound) -> Option<usize> {
    rounds
        .iter()
        .position(|r| r.id == other.id && r.name == other.name)
        .or_else(|| {
            let mut same_name = rounds
                .iter()
                .enumerate()
                .filter(|(_, r)| r.name == other.name);
            match (same_name.next(), same_name.next()) {
                (Some((i, _)), None) => Some(i),
                _ => None,
            }
        })
}

/// The other file's batch laid out on this file's form (grid cells get this form's ids).
fn adopt(main: &BallotRound, other: &BallotRound, batch: &Batch) -> Batch {
    let mut b = batch.clone();
    if b.mode == EntryMode::Grid {
        let mut cells = main.zero_cells();
        for ti in 0..main.targets.len() {
            for ii in 0..main.items.len() {
                if let Some(p) = other.cell_pos(&batch.cells, ti, ii) {
                    let dst = &mut cells[ti * main.items.len() + ii];
                    let src = &batch.cells[p];
                    for (d, s) in dst.grades.iter_mut().zip(&src.grades) {
                        *d = *s;
                    }
                    dst.blank = src.blank;
                    dst.void_mark = src.void_mark;
                }
            }
        }
        b.cells = cells;
    }
    b
}

impl Session {
    /// Adds the batches of `other`'s rounds that this meeting does not have yet.
    pub fn merge_batches(
        &mut self,
        other: &Session,
        stamp: &Stamp,
    ) -> Result<MergeReport, BallotError> {
        let mut report = MergeReport::default();
        let mut plan: Vec<(usize, Batch)> = Vec::new();
        for o in other.rounds.iter().filter(|r| !r.batches.is_empty()) {
            let Some(ri) = find_round(&self.rounds, o) else {
                report.missing_rounds.push(o.name.clone());
                continue;
            };
            let main = &self.rounds[ri];
            if let Some(detail) = form_difference(main, o) {
                return Err(BallotError::FormDiffers {
                    round: main.name.clone(),
                    detail,
                });
            }
            for b in &o.batches {
                let adopted = adopt(main, o, b);
                let named = MergedBatch {
                    round: main.name.clone(),
                    label: b.label.clone(),
                    uid: b.uid.clone(),
                    ballots: b.counted(),
                };
                let planned = plan.iter().any(|(r, p)| *r == ri && p.uid == b.uid);
                match main.batch(&b.uid) {
                    Some(here) if *here == adopted => report.already.push(named),
                    Some(_) => report.conflicting.push(named),
                    None if planned => report.already.push(named),
                    None => {
                        if main.state == RoundState::Published {
                            return Err(BallotError::Frozen {
                                round: main.name.clone(),
                            });
                        }
                        report.added.push(named);
                        plan.push((ri, adopted));
                    }
                }
            }
        }
        for (ri, batch) in plan {
            let mut j = super::Journal::new(stamp);
            let r = &mut self.rounds[ri];
            r.back_to_counting(&mut j);
            let target = format!("{} / {}", r.name, batch.label);
            let e = j.record(AuditKind::Counts, "batch.merge", target);
            e.new = Some(format!(
                "{} {} {} {}",
                batch.uid,
                batch.mode.label().zh,
                tx::BALLOTS_ENTERED.zh,
                batch.counted()
            ));
            r.batches.push(batch);
            for e in j.into_entries() {
                self.log(e);
            }
        }
        Ok(report)
    }
}
