//! Entering counts: batches, the grid's cells, ballots committed and taken back, the accounting
//! figures and the second clerk's recheck grid. Each method checks first and writes after, so
//! a refused change leaves the round as it was, and every change it makes is in the journal.

use super::marks::write_marks;
use super::tally::{CellCounts, RowBalance};
use super::types::count_u32;
use super::{
    Ballot, BallotError, BallotRound, Batch, CellTally, Column, EntryMode, Journal, RoundState,
};
use crate::i18n::ballots as tx;
use crate::model::{AuditKind, Id};

/// The audit log's name for a grid column (grade label, 弃权, 废项).
pub(super) fn column_name(round: &BallotRound, ii: usize, col: Column) -> String {
    match col {
        Column::Grade(g) => round
            .items
            .get(ii)
            .and_then(|i| i.scale.grades.get(g))
            .map_or_else(|| format!("#{}", g + 1), |g| g.label.clone()),
        Column::Blank => tx::BLANK.zh.to_string(),
        Column::VoidMark => tx::VOID_MARK.zh.to_string(),
    }
}

pub(super) fn set_column(cell: &mut CellTally, col: Column, value: u32) {
    match col {
        Column::Grade(g) => {
            if let Some(slot) = cell.grades.get_mut(g) {
                *slot = value;
            }
        }
        Column::Blank => cell.blank = value,
        Column::VoidMark => cell.void_mark = value,
    }
}

impl BallotRound {
    /// Refuses any change to a published round.
    pub(crate) fn check_not_frozen(&self) -> Result<(), BallotError> {
        if self.state == RoundState::Published {
            return Err(BallotError::Frozen {
                round: self.name.clone(),
            });
        }
        Ok(())
    }

    /// Any change to a verified round sends it back to counting (logged), before the change.
    pub(crate) fn back_to_counting(&mut self, j: &mut Journal) {
        if self.state == RoundState::Verified {
            self.state = RoundState::Counting;
            self.verification = None;
            j.record(AuditKind::Round, "round.unverify", self.name.clone())
                .new = Some(String::from(tx::STATE_COUNTING.zh));
        }
    }

    fn batch_checked(&self, uid: &str, mode: EntryMode) -> Result<usize, BallotError> {
        let bi = self
            .batch_index(uid)
            .ok_or_else(|| BallotError::BatchNotFound {
                uid: uid.to_string(),
            })?;
        if self.batches[bi].mode != mode {
            return Err(BallotError::WrongMode {
                batch: self.batches[bi].label.clone(),
                mode: self.batches[bi].mode,
            });
        }
        Ok(bi)
    }

    pub(super) fn cell_checked(
        &self,
        target: Id,
        item: Id,
        col: Column,
    ) -> Result<(usize, usize), BallotError> {
        let ti = self
            .target_index(target)
            .ok_or(BallotError::TargetNotFound { id: target })?;
        let ii = self
            .item_index(item)
            .ok_or(BallotError::ItemNotFound { id: item })?;
        if let Column::Grade(g) = col {
            let grades = self.items[ii].scale.grades.len();
            if g >= grades {
                return Err(BallotError::GradeNotOnScale { grade: g, grades });
            }
        }
        Ok((ti, ii))
    }

    /// Refuses a change that would make the batches account for more ballots than came back.
    fn check_within_returned(&self, counted_after: u32) -> Result<(), BallotError> {
        match self.returned {
            Some(returned) if counted_after > returned => Err(BallotError::CountedAboveReturned {
                counted: counted_after,
                returned,
            }),
            _ => Ok(()),
        }
    }

    pub(super) fn batch_name(&self, bi: usize) -> String {
        format!("{} / {}", self.name, self.batches[bi].label)
    }

    /// Opens a batch (计票组); `uid` must be unique across every copy of pingyi.
    pub fn add_batch(
        &mut self,
        uid: &str,
        label: &str,
        clerk: &str,
        mode: EntryMode,
        j: &mut Journal,
    ) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        let (uid, label) = (uid.trim(), label.trim());
        if uid.is_empty() || label.is_empty() {
            return Err(BallotError::EmptyName);
        }
        if self.batch(uid).is_some() {
            return Err(BallotError::DuplicateBatch {
                uid: uid.to_string(),
            });
        }
        self.back_to_counting(j);
        let cells = match mode {
            EntryMode::Grid => self.zero_cells(),
            EntryMode::Ballots => Vec::new(),
        };
        self.batches.push(Batch {
            uid: uid.to_string(),
            label: label.to_string(),
            clerk: clerk.trim().to_string(),
            mode,
            valid_ballots: 0,
            void_ballots: 0,
            cells,
            ballots: Vec::new(),
            review: Vec::new(),
        });
        let mode_name = mode.label().zh;
        j.record(
            AuditKind::Counts,
            "batch.add",
            format!("{} / {label}", self.name),
        )
        .new = Some(format!("{uid} {mode_name}"));
        Ok(())
    }

    /// Removes a batch and every count in it (the audit entry keeps what it held).
    pub fn remove_batch(&mut self, uid: &str, j: &mut Journal) -> Result<Batch, BallotError> {
        self.check_not_frozen()?;
        let bi = self
            .batch_index(uid)
            .ok_or_else(|| BallotError::BatchNotFound {
                uid: uid.to_string(),
            })?;
        self.back_to_counting(j);
        let name = self.batch_name(bi);
        let b = self.batches.remove(bi);
        let old = format!(
            "{} {} / {} {} / {} {}",
            tx::VALID.zh,
            b.valid(),
            tx::VOID_BALLOTS.zh,
            b.void(),
            tx::BALLOTS_ENTERED.zh,
            b.ballots.len()
        );
        j.record(AuditKind::Counts, "batch.remove", name).old = Some(old);
        Ok(b)
    }

    /// Whether `set_batch_ballots` would take `value`, without changing anything.
    pub fn check_batch_ballots(
        &self,
        uid: &str,
        void: bool,
        value: u32,
    ) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        let bi = self.batch_checked(uid, EntryMode::Grid)?;
        let b = &self.batches[bi];
        let old = if void {
            b.void_ballots
        } else {
            b.valid_ballots
        };
        if !void {
            let highest = b
                .cells
                .iter()
                .flat_map(|c| c.grades.iter().chain([&c.blank, &c.void_mark]))
                .copied()
                .max()
                .unwrap_or(0);
            if value < highest {
                return Err(BallotError::ValidBelowCounts {
                    valid: value,
                    highest,
                });
            }
        }
        if value > old {
            self.check_within_returned(self.counted().saturating_sub(old).saturating_add(value))?;
        }
        Ok(())
    }

    /// Grid mode: sets the valid (`void == false`) or void ballots of a batch.
    pub fn set_batch_ballots(
        &mut self,
        uid: &str,
        void: bool,
        value: u32,
        j: &mut Journal,
    ) -> Result<(), BallotError> {
        self.check_batch_ballots(uid, void, value)?;
        let Some(bi) = self.batch_index(uid) else {
            return Err(BallotError::BatchNotFound {
                uid: uid.to_string(),
            });
        };
        let b = &self.batches[bi];
        let old = if void {
            b.void_ballots
        } else {
            b.valid_ballots
        };
        if old == value {
            return Ok(());
        }
        self.back_to_counting(j);
        let name = self.batch_name(bi);
        let b = &mut self.batches[bi];
        let (action, slot) = if void {
            ("batch.void", &mut b.void_ballots)
        } else {
            ("batch.valid", &mut b.valid_ballots)
        };
        *slot = value;
        j.counts(action, name, old.to_string(), value.to_string());
        Ok(())
    }

    /// The typed counts of one grid row (zero when the grid has no such cell).
    pub fn grid_cell(&self, uid: &str, target: Id, item: Id) -> Option<CellCounts> {
        let b = self.batch(uid)?;
        let (ti, ii) = (self.target_index(target)?, self.item_index(item)?);
        let n = self.items[ii].scale.grades.len();
        Some(match self.cell_pos(&b.cells, ti, ii) {
            Some(p) => CellCounts::from_typed(&b.cells[p], n),
            None => CellCounts::zero(n),
        })
    }

    /// Whether `set_cell` would take `value`, without changing anything (screens check a typed
    /// count before they send it, so a refusal never loses what was typed).
    pub fn check_cell(
        &self,
        uid: &str,
        target: Id,
        item: Id,
        col: Column,
        value: u32,
    ) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        let bi = self.batch_checked(uid, EntryMode::Grid)?;
        self.cell_checked(target, item, col)?;
        let valid = self.batches[bi].valid_ballots;
        if valid == 0 && value > 0 {
            return Err(BallotError::NoValidBallotsYet {
                batch: self.batches[bi].label.clone(),
            });
        }
        if value > valid {
            return Err(BallotError::CountAboveValid { value, valid });
        }
        Ok(())
    }

    /// Grid mode: sets one count. A count above the batch's valid ballots is refused.
    pub fn set_cell(
        &mut self,
        uid: &str,
        target: Id,
        item: Id,
        col: Column,
        value: u32,
        j: &mut Journal,
    ) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        self.batch_checked(uid, EntryMode::Grid)?;
        self.cell_checked(target, item, col)?;
        let old = self.grid_cell(uid, target, item).map_or(0, |c| c.get(col));
        if old == value {
            return Ok(());
        }
        self.check_cell(uid, target, item, col, value)?;
        let (Some(bi), Some(ti), Some(ii)) = (
            self.batch_index(uid),
            self.target_index(target),
            self.item_index(item),
        ) else {
            return Err(BallotError::BatchNotFound {
                uid: uid.to_string(),
            });
        };
        self.back_to_counting(j);
        let pos = self.grid_slot(bi, ti, ii);
        set_column(&mut self.batches[bi].cells[pos], col, value);
        let name = format!(
            "{} / {} / {} / {}",
            self.batch_name(bi),
            self.targets[ti].name,
            self.items[ii].name,
            column_name(self, ii, col)
        );
        j.counts("tally.set", name, old.to_string(), value.to_string());
        Ok(())
    }

    /// The position of a grid cell in the batch, adding a zero cell if the grid lacks it.
    fn grid_slot(&mut self, bi: usize, ti: usize, ii: usize) -> usize {
        if let Some(p) = self.cell_pos(&self.batches[bi].cells, ti, ii) {
            return p;
        }
        let cell = CellTally {
            target: self.targets[ti].id,
            item: self.items[ii].id,
            grades: vec![0; self.items[ii].scale.grades.len()],
            blank: 0,
            void_mark: 0,
        };
        let cells = &mut self.batches[bi].cells;
        cells.push(cell);
        cells.len() - 1
    }

    /// Grid mode: puts what a row lacks into blank (弃权); returns how many were added.
    pub fn fill_rest_blank(
        &mut self,
        uid: &str,
        target: Id,
        item: Id,
        j: &mut Journal,
    ) -> Result<u32, BallotError> {
        self.check_not_frozen()?;
        let bi = self.batch_checked(uid, EntryMode::Grid)?;
        self.cell_checked(target, item, Column::Blank)?;
        let cell = self.grid_cell(uid, target, item).unwrap_or_default();
        match RowBalance::of(cell.marked(), self.batches[bi].valid_ballots) {
            RowBalance::Missing(n) => {
                let blank = cell.blank.saturating_add(n);
                self.set_cell(uid, target, item, Column::Blank, blank, j)?;
                Ok(n)
            }
            RowBalance::Ok | RowBalance::Extra(_) => Ok(0),
        }
    }

    /// Whether one more ballot may be committed to the batch (mode, frozen, 收回 not exceeded),
    /// without changing anything: the entry screen asks before the reader goes on.
    pub fn check_commit(&self, uid: &str) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        self.batch_checked(uid, EntryMode::Ballots)?;
        self.check_within_returned(self.counted().saturating_add(1))
    }

    /// Ballot mode: commits one ballot's marks (checked against every item's scale); returns
    /// its number in the batch.
    pub fn commit_ballot(
        &mut self,
        uid: &str,
        marks: &str,
        j: &mut Journal,
    ) -> Result<u32, BallotError> {
        self.check_not_frozen()?;
        let bi = self.batch_checked(uid, EntryMode::Ballots)?;
        let checked = self.check_marks(marks)?;
        self.push_ballot(bi, write_marks(&checked), false, j)
    }

    /// Ballot mode: commits a void ballot (废票); returns its number in the batch.
    pub fn commit_void_ballot(&mut self, uid: &str, j: &mut Journal) -> Result<u32, BallotError> {
        self.check_not_frozen()?;
        let bi = self.batch_checked(uid, EntryMode::Ballots)?;
        self.push_ballot(bi, String::new(), true, j)
    }

    fn push_ballot(
        &mut self,
        bi: usize,
        marks: String,
        void: bool,
        j: &mut Journal,
    ) -> Result<u32, BallotError> {
        self.check_within_returned(self.counted().saturating_add(1))?;
        self.back_to_counting(j);
        let name = self.batch_name(bi);
        let b = &mut self.batches[bi];
        let no = b.next_ballot_no();
        let shown = if void {
            tx::VOID_BALLOT.zh.to_string()
        } else {
            marks.clone()
        };
        b.ballots.push(Ballot {
            no,
            marks,
            void,
            at: j.at(),
            scan: None,
        });
        j.record(
            AuditKind::Counts,
            "ballot.commit",
            format!("{name} / No.{no}"),
        )
        .new = Some(shown);
        Ok(no)
    }

    /// Ballot mode: takes back the last committed ballot of the batch and returns it.
    pub fn undo_last_ballot(&mut self, uid: &str, j: &mut Journal) -> Result<Ballot, BallotError> {
        self.check_not_frozen()?;
        let bi = self.batch_checked(uid, EntryMode::Ballots)?;
        if self.batches[bi].ballots.is_empty() {
            return Err(BallotError::NothingToUndo {
                batch: self.batches[bi].label.clone(),
            });
        }
        self.back_to_counting(j);
        let name = self.batch_name(bi);
        let Some(b) = self.batches[bi].ballots.pop() else {
            return Err(BallotError::NothingToUndo { batch: name });
        };
        let shown = if b.void {
            tx::VOID_BALLOT.zh.to_string()
        } else {
            b.marks.clone()
        };
        j.record(
            AuditKind::Counts,
            "ballot.undo",
            format!("{name} / No.{}", b.no),
        )
        .old = Some(shown);
        Ok(b)
    }

    /// Valid ballots in a batch (for the grid's row check and the entry screens).
    pub fn batch_valid(&self, uid: &str) -> u32 {
        self.batch(uid).map_or(0, Batch::valid)
    }

    /// Ballots entered in a ballot-mode batch.
    pub fn ballots_entered(&self, uid: &str) -> u32 {
        self.batch(uid).map_or(0, |b| count_u32(b.ballots.len()))
    }
}
