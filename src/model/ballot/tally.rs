//! Tallies: the counts per target × item of one batch (typed, or derived from its ballots) and
//! of a whole round (the sum of its batches), and the row check that every row adds up.

use super::marks::{Mark, read_marks};
use super::{Ballot, BallotRound, Batch, CellTally, EntryMode};
use crate::i18n::{Message, ballots as tx};

/// A column of the tally grid: a grade of the item's scale, blank (弃权) or void mark (废项).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Grade(usize),
    Blank,
    VoidMark,
}

impl Column {
    /// The grid's columns for a scale of `grades` grades, left to right.
    pub fn all(grades: usize) -> impl Iterator<Item = Column> {
        (0..grades)
            .map(Column::Grade)
            .chain([Column::Blank, Column::VoidMark])
    }
}

/// Whether a row (target × item) adds up to the valid ballots: Σ grades + blank + void marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RowBalance {
    Ok,
    /// Marks still to enter (缺 n).
    Missing(u32),
    /// Marks beyond the valid ballots (多 n).
    Extra(u32),
}

impl RowBalance {
    pub fn of(marked: u64, valid: u32) -> RowBalance {
        let valid = u64::from(valid);
        let diff = |d: u64| u32::try_from(d).unwrap_or(u32::MAX);
        match marked.cmp(&valid) {
            std::cmp::Ordering::Equal => RowBalance::Ok,
            std::cmp::Ordering::Less => RowBalance::Missing(diff(valid - marked)),
            std::cmp::Ordering::Greater => RowBalance::Extra(diff(marked - valid)),
        }
    }

    pub fn is_ok(self) -> bool {
        self == RowBalance::Ok
    }

    /// `✓`, `缺 3`, `多 2`.
    pub fn label(self) -> Message {
        match self {
            RowBalance::Ok => tx::ROW_OK.into(),
            RowBalance::Missing(n) => tx::missing(n),
            RowBalance::Extra(n) => tx::extra(n),
        }
    }
}

/// Counts for one target × item.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CellCounts {
    pub grades: Vec<u32>,
    pub blank: u32,
    pub void_mark: u32,
}

impl CellCounts {
    pub fn zero(grades: usize) -> CellCounts {
        CellCounts {
            grades: vec![0; grades],
            blank: 0,
            void_mark: 0,
        }
    }

    /// The typed counts of a grid cell, shaped to a scale of `grades` grades.
    pub fn from_typed(cell: &CellTally, grades: usize) -> CellCounts {
        let mut c = CellCounts::zero(grades);
        for (dst, src) in c.grades.iter_mut().zip(&cell.grades) {
            *dst = *src;
        }
        c.blank = cell.blank;
        c.void_mark = cell.void_mark;
        c
    }

    pub fn get(&self, col: Column) -> u32 {
        match col {
            Column::Grade(g) => self.grades.get(g).copied().unwrap_or(0),
            Column::Blank => self.blank,
            Column::VoidMark => self.void_mark,
        }
    }

    /// Every mark in the row: Σ grades + blank + void marks.
    pub fn marked(&self) -> u64 {
        self.grades.iter().map(|&g| u64::from(g)).sum::<u64>()
            + u64::from(self.blank)
            + u64::from(self.void_mark)
    }

    /// Counts one mark in (`add`) or takes it back out; a grade off the scale is not counted.
    pub fn apply(&mut self, mark: Mark, add: bool) {
        let slot = match mark {
            Mark::Grade(g) => match self.grades.get_mut(usize::from(g)) {
                Some(s) => s,
                None => return,
            },
            Mark::Blank => &mut self.blank,
            Mark::VoidMark => &mut self.void_mark,
        };
        *slot = if add {
            slot.saturating_add(1)
        } else {
            slot.saturating_sub(1)
        };
    }

    pub fn add(&mut self, other: &CellCounts) {
        for (a, b) in self.grades.iter_mut().zip(&other.grades) {
            *a = a.saturating_add(*b);
        }
        self.blank = self.blank.saturating_add(other.blank);
        self.void_mark = self.void_mark.saturating_add(other.void_mark);
    }
}

/// The counts of a batch or a round, dense in form order (target by target, item by item).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    items: usize,
    cells: Vec<CellCounts>,
    /// Valid ballots (有效票) the rows must add up to.
    pub valid: u32,
    /// Void ballots (废票).
    pub void: u32,
}

impl Tally {
    /// Zero counts shaped to the round's form.
    pub fn empty(round: &BallotRound) -> Tally {
        let mut cells = Vec::with_capacity(round.cells_per_ballot());
        for _ in &round.targets {
            for item in &round.items {
                cells.push(CellCounts::zero(item.scale.grades.len()));
            }
        }
        Tally {
            items: round.items.len(),
            cells,
            valid: 0,
            void: 0,
        }
    }

    /// A batch's counts: its typed grid, or derived from its ballots.
    pub fn of_batch(round: &BallotRound, batch: &Batch) -> Tally {
        let mut t = Tally::empty(round);
        match batch.mode {
            EntryMode::Grid => {
                t.valid = batch.valid_ballots;
                t.void = batch.void_ballots;
                for ti in 0..round.targets.len() {
                    for (ii, item) in round.items.iter().enumerate() {
                        if let Some(p) = round.cell_pos(&batch.cells, ti, ii) {
                            let n = item.scale.grades.len();
                            t.cells[ti * t.items + ii] = CellCounts::from_typed(&batch.cells[p], n);
                        }
                    }
                }
            }
            EntryMode::Ballots => {
                for b in &batch.ballots {
                    t.apply_ballot(b, true);
                }
            }
        }
        t
    }

    /// A round's counts: the sum of its batches.
    pub fn of_round(round: &BallotRound) -> Tally {
        let mut t = Tally::empty(round);
        for b in &round.batches {
            t.add(&Tally::of_batch(round, b));
        }
        t
    }

    /// The second clerk's grid (复核) as a tally, if one is entered.
    pub fn of_recheck(round: &BallotRound) -> Option<Tally> {
        let cells = round.recheck.as_ref()?;
        let mut t = Tally::empty(round);
        for ti in 0..round.targets.len() {
            for (ii, item) in round.items.iter().enumerate() {
                if let Some(p) = round.cell_pos(cells, ti, ii) {
                    t.cells[ti * t.items + ii] =
                        CellCounts::from_typed(&cells[p], item.scale.grades.len());
                }
            }
        }
        Some(t)
    }

    /// Counts one ballot in (`add`) or takes it back out; the tally then equals the one derived
    /// from scratch, so a screen can keep it current without recounting 2,000 ballots.
    pub fn apply_ballot(&mut self, ballot: &Ballot, add: bool) {
        let bump = |n: u32| {
            if add {
                n.saturating_add(1)
            } else {
                n.saturating_sub(1)
            }
        };
        if ballot.void {
            self.void = bump(self.void);
            return;
        }
        self.valid = bump(self.valid);
        for (cell, mark) in self.cells.iter_mut().zip(read_marks(&ballot.marks)) {
            if let Some(m) = mark {
                cell.apply(m, add);
            }
        }
    }

    pub fn add(&mut self, other: &Tally) {
        for (a, b) in self.cells.iter_mut().zip(&other.cells) {
            a.add(b);
        }
        self.valid = self.valid.saturating_add(other.valid);
        self.void = self.void.saturating_add(other.void);
    }

    pub fn items(&self) -> usize {
        self.items
    }

    /// Rows in the tally (targets × items).
    pub fn rows(&self) -> usize {
        self.cells.len()
    }

    pub fn cell(&self, ti: usize, ii: usize) -> Option<&CellCounts> {
        if ii >= self.items {
            return None;
        }
        self.cells.get(ti.checked_mul(self.items)?.checked_add(ii)?)
    }

    /// The row's balance against the valid ballots.
    pub fn balance(&self, ti: usize, ii: usize) -> RowBalance {
        self.cell(ti, ii)
            .map_or(RowBalance::Ok, |c| RowBalance::of(c.marked(), self.valid))
    }

    /// Rows that do not add up, as (target index, item index, balance).
    pub fn unbalanced(&self) -> Vec<(usize, usize, RowBalance)> {
        let items = self.items.max(1);
        self.cells
            .iter()
            .enumerate()
            .filter_map(|(pos, c)| {
                let b = RowBalance::of(c.marked(), self.valid);
                (!b.is_ok()).then_some((pos / items, pos % items, b))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_is_ok_missing_or_extra() {
        assert_eq!(RowBalance::of(66, 66), RowBalance::Ok);
        assert_eq!(RowBalance::of(63, 66), RowBalance::Missing(3));
        assert_eq!(RowBalance::of(68, 66), RowBalance::Extra(2));
    }

    #[test]
    fn columns_are_grades_then_blank_then_void_mark() {
        let cols: Vec<Column> = Column::all(2).collect();
        assert_eq!(
            cols,
            vec![
                Column::Grade(0),
                Column::Grade(1),
                Column::Blank,
                Column::VoidMark
            ]
        );
    }
}
