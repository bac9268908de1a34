//! Entering the round's figures (应到, 发出, 收回) and the second clerk's recheck grid (复核).

use super::entry::{column_name, set_column};
use super::tally::Tally;
use super::{BallotError, BallotRound, CellTally, Column, Journal};
use crate::i18n::ballots as tx;
use crate::model::{AuditKind, Id};

impl BallotRound {
    /// A typed figure (`None` until entered).
    pub fn figure(&self, which: Figure) -> Option<u32> {
        match which {
            Figure::Expected => self.expected,
            Figure::Present => self.present,
            Figure::Issued => self.issued,
            Figure::Returned => self.returned,
        }
    }

    /// Whether a figure may take `value`: 收回 above 发出 is refused either way round.
    pub fn check_figure(&self, which: Figure, value: Option<u32>) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        let (issued, returned) = match which {
            Figure::Expected | Figure::Present => return Ok(()),
            Figure::Issued => (value, self.returned),
            Figure::Returned => (self.issued, value),
        };
        if let (Some(issued), Some(returned)) = (issued, returned)
            && returned > issued
        {
            return Err(BallotError::ReturnedAboveIssued { returned, issued });
        }
        Ok(())
    }

    /// Sets one figure after `check_figure`.
    pub fn set_figure_checked(
        &mut self,
        which: Figure,
        value: Option<u32>,
        j: &mut Journal,
    ) -> Result<(), BallotError> {
        self.check_figure(which, value)?;
        self.set_figure(which, value, j);
        Ok(())
    }

    /// Sets 发出; refused when it would fall below 收回.
    pub fn set_issued(&mut self, value: Option<u32>, j: &mut Journal) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        if let (Some(issued), Some(returned)) = (value, self.returned)
            && returned > issued
        {
            return Err(BallotError::ReturnedAboveIssued { returned, issued });
        }
        self.set_figure(Figure::Issued, value, j);
        Ok(())
    }

    /// Sets 收回; more ballots back than handed out is refused (the round would be void).
    pub fn set_returned(&mut self, value: Option<u32>, j: &mut Journal) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        if let (Some(returned), Some(issued)) = (value, self.issued)
            && returned > issued
        {
            return Err(BallotError::ReturnedAboveIssued { returned, issued });
        }
        self.set_figure(Figure::Returned, value, j);
        Ok(())
    }

    /// Sets this round's 应到 (`None` takes it from attendance again).
    pub fn set_expected(&mut self, value: Option<u32>, j: &mut Journal) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        self.set_figure(Figure::Expected, value, j);
        Ok(())
    }

    /// Sets this round's own 实到 (`None` leaves it out).
    pub fn set_present(&mut self, value: Option<u32>, j: &mut Journal) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        self.set_figure(Figure::Present, value, j);
        Ok(())
    }

    fn set_figure(&mut self, which: Figure, value: Option<u32>, j: &mut Journal) {
        let slot = match which {
            Figure::Expected => self.expected,
            Figure::Present => self.present,
            Figure::Issued => self.issued,
            Figure::Returned => self.returned,
        };
        if slot == value {
            return;
        }
        self.back_to_counting(j);
        let (action, label) = match which {
            Figure::Expected => ("round.expected", tx::EXPECTED.zh),
            Figure::Present => ("round.present", tx::PRESENT.zh),
            Figure::Issued => ("round.issued", tx::ISSUED.zh),
            Figure::Returned => ("round.returned", tx::RETURNED.zh),
        };
        let show = |v: Option<u32>| v.map_or_else(String::new, |v| v.to_string());
        j.counts(
            action,
            format!("{} / {label}", self.name),
            show(slot),
            show(value),
        );
        match which {
            Figure::Expected => self.expected = value,
            Figure::Present => self.present = value,
            Figure::Issued => self.issued = value,
            Figure::Returned => self.returned = value,
        }
    }

    /// Whether `set_recheck_cell` would take `value`: no count above the round's valid ballots.
    pub fn check_recheck_cell(
        &self,
        target: Id,
        item: Id,
        col: Column,
        value: u32,
    ) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        self.cell_checked(target, item, col)?;
        let valid = self
            .batches
            .iter()
            .fold(0u32, |n, b| n.saturating_add(b.valid()));
        if value > valid {
            return Err(BallotError::CountAboveValid { value, valid });
        }
        Ok(())
    }

    /// The second clerk's recheck (复核): sets one count of the round's totals.
    pub fn set_recheck_cell(
        &mut self,
        target: Id,
        item: Id,
        col: Column,
        value: u32,
        j: &mut Journal,
    ) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        let (ti, ii) = self.cell_checked(target, item, col)?;
        let recheck = Tally::of_recheck(self);
        let old = recheck
            .as_ref()
            .and_then(|t| t.cell(ti, ii))
            .map_or(0, |c| c.get(col));
        if old == value {
            return Ok(());
        }
        self.check_recheck_cell(target, item, col, value)?;
        self.back_to_counting(j);
        let mut cells = match self.recheck.take() {
            Some(cells) => cells,
            None => self.zero_cells(),
        };
        let pos = match self.cell_pos(&cells, ti, ii) {
            Some(p) => p,
            None => {
                cells.push(CellTally {
                    target,
                    item,
                    grades: vec![0; self.items[ii].scale.grades.len()],
                    blank: 0,
                    void_mark: 0,
                });
                cells.len() - 1
            }
        };
        set_column(&mut cells[pos], col, value);
        self.recheck = Some(cells);
        let name = format!(
            "{} / {}",
            self.cell_name(ti, ii),
            column_name(self, ii, col)
        );
        j.counts("recheck.set", name, old.to_string(), value.to_string());
        Ok(())
    }

    /// Drops the recheck grid.
    pub fn clear_recheck(&mut self, j: &mut Journal) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        if self.recheck.is_none() {
            return Ok(());
        }
        self.back_to_counting(j);
        self.recheck = None;
        j.record(AuditKind::Counts, "recheck.clear", self.name.clone());
        Ok(())
    }
}

/// One of the round's typed figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// 应到.
    Expected,
    /// 实到 (of the round's own population).
    Present,
    /// 发出.
    Issued,
    /// 收回.
    Returned,
}
