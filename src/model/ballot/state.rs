//! The round's states and their rules: 计票中 → 已核对 (every row adds up, the accounting holds,
//! scrutineers named, the recheck matches) → 已公布 (frozen); reopening needs a reason.

use super::tally::{Column, RowBalance, Tally};
use super::{
    Accounting, AccountingIssue, BallotError, BallotRound, EntryMode, Journal, RoundState,
    Verification,
};
use crate::i18n::ballots as tx;
use crate::model::{Attendance, AuditKind};

/// Why a round cannot be verified yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocker {
    /// Nothing has been counted.
    NoCounts,
    /// A row that does not add up: in a batch (its label), or in the round's totals.
    Unbalanced {
        batch: Option<String>,
        cell: String,
        balance: RowBalance,
    },
    Accounting(AccountingIssue),
    NoScrutineers,
    /// The recheck grid differs from the counts in this many cells.
    RecheckDiffers {
        cells: usize,
    },
    /// Scanned ballots still wait for a person's review.
    ToReview {
        ballots: usize,
    },
}

/// One cell where the counts and the second clerk's recheck grid disagree, side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecheckDiff {
    pub target: usize,
    pub item: usize,
    pub column: Column,
    pub counted: u32,
    pub recheck: u32,
}

impl BallotRound {
    /// Cells where the recheck grid differs from the round's totals (empty without a recheck).
    pub fn recheck_diffs(&self) -> Vec<RecheckDiff> {
        let Some(recheck) = Tally::of_recheck(self) else {
            return Vec::new();
        };
        let counted = Tally::of_round(self);
        let mut out = Vec::new();
        for ti in 0..self.targets.len() {
            for (ii, item) in self.items.iter().enumerate() {
                let (Some(a), Some(b)) = (counted.cell(ti, ii), recheck.cell(ti, ii)) else {
                    continue;
                };
                for column in Column::all(item.scale.grades.len()) {
                    let (c, r) = (a.get(column), b.get(column));
                    if c != r {
                        out.push(RecheckDiff {
                            target: ti,
                            item: ii,
                            column,
                            counted: c,
                            recheck: r,
                        });
                    }
                }
            }
        }
        out
    }

    /// Everything that stands between the round and verification by `scrutineers`.
    pub fn blockers(&self, scrutineers: &[String]) -> Vec<Blocker> {
        self.blockers_given(scrutineers, false)
    }

    /// `blockers`, told whether every stored ballot's marks are known to be whole and on the
    /// scale (the load check has just seen them): each such ballot adds exactly one mark to
    /// every cell, so its batch adds up without counting 480 marks a ballot again. Opening a
    /// large meeting spent a tenth of its time recounting its verified rounds.
    pub(crate) fn blockers_given(&self, scrutineers: &[String], marks_sound: bool) -> Vec<Blocker> {
        let mut out = Vec::new();
        if self.counted() == 0 {
            out.push(Blocker::NoCounts);
        }
        let waiting = self.waiting_review();
        if waiting > 0 {
            out.push(Blocker::ToReview { ballots: waiting });
        }
        for b in &self.batches {
            if marks_sound && b.mode == EntryMode::Ballots {
                continue;
            }
            let t = Tally::of_batch(self, b);
            for (ti, ii, balance) in t.unbalanced() {
                out.push(Blocker::Unbalanced {
                    batch: Some(b.label.clone()),
                    cell: self.cell_name(ti, ii),
                    balance,
                });
            }
        }
        let accounting = Accounting::of(self, &Attendance::default());
        out.extend(accounting.issues().into_iter().map(Blocker::Accounting));
        if scrutineers.iter().all(|s| s.trim().is_empty()) {
            out.push(Blocker::NoScrutineers);
        }
        let diffs = self.recheck_diffs().len();
        if diffs > 0 {
            out.push(Blocker::RecheckDiffers { cells: diffs });
        }
        out
    }

    /// 已核对: signs the round off by `scrutineers` at the journal's time, when nothing blocks it.
    pub fn verify(&mut self, scrutineers: &[String], j: &mut Journal) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        let blockers = self.blockers(scrutineers);
        if !blockers.is_empty() {
            return Err(BallotError::NotReady { blockers });
        }
        let names: Vec<String> = scrutineers
            .iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        let old = self.state;
        self.state = RoundState::Verified;
        self.verification = Some(Verification {
            at: j.at(),
            scrutineers: names.clone(),
        });
        let e = j.record(AuditKind::Round, "round.verify", self.name.clone());
        e.old = Some(state_name(old));
        e.new = Some(format!("{} {}", tx::STATE_VERIFIED.zh, names.join("、")));
        Ok(())
    }

    /// 已公布: freezes a verified round.
    pub fn publish(&mut self, j: &mut Journal) -> Result<(), BallotError> {
        match self.state {
            RoundState::Verified => {}
            RoundState::Published => {
                return Err(BallotError::Frozen {
                    round: self.name.clone(),
                });
            }
            RoundState::Counting => {
                return Err(BallotError::NotVerified {
                    round: self.name.clone(),
                });
            }
        }
        self.state = RoundState::Published;
        self.published_at = Some(j.at());
        let e = j.record(AuditKind::Round, "round.publish", self.name.clone());
        e.old = Some(state_name(RoundState::Verified));
        e.new = Some(state_name(RoundState::Published));
        Ok(())
    }

    /// Back to counting from verified or published, for the `reason` given (logged).
    pub fn reopen(&mut self, reason: &str, j: &mut Journal) -> Result<(), BallotError> {
        let reason = reason.trim();
        if self.state == RoundState::Counting {
            return Err(BallotError::AlreadyCounting {
                round: self.name.clone(),
            });
        }
        if reason.is_empty() {
            return Err(BallotError::EmptyReason);
        }
        let old = self.state;
        self.state = RoundState::Counting;
        self.verification = None;
        self.published_at = None;
        let e = j.record(AuditKind::Round, "round.reopen", self.name.clone());
        e.old = Some(state_name(old));
        e.new = Some(state_name(RoundState::Counting));
        e.reason = Some(reason.to_string());
        Ok(())
    }
}

fn state_name(s: RoundState) -> String {
    s.label().zh.to_string()
}
