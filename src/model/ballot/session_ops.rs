//! The session's doors to its rounds: start a round (from a template form or empty), remove
//! one, change one through [`Session::with_round`] (which logs every audit entry the change
//! writes), and read a round's accounting and results with the attendance figures.

use super::{Accounting, BallotError, BallotRound, Journal, RoundResults, Tally};
use crate::model::template::BallotForm;
use crate::model::{AuditKind, Id, Session, Stamp, next_id};

impl Session {
    pub fn round(&self, id: Id) -> Option<&BallotRound> {
        self.rounds.iter().find(|r| r.id == id)
    }

    /// Changes round `id` through `change`, which gets the round and a journal stamped `stamp`;
    /// every entry the journal holds afterwards goes into the audit log, whatever `change`
    /// returns (a refused step writes none, and steps already made stay logged).
    pub fn with_round<T>(
        &mut self,
        id: Id,
        stamp: &Stamp,
        change: impl FnOnce(&mut BallotRound, &mut Journal) -> Result<T, BallotError>,
    ) -> Result<T, BallotError> {
        let ri = self
            .rounds
            .iter()
            .position(|r| r.id == id)
            .ok_or(BallotError::RoundNotFound { id })?;
        let mut j = Journal::new(stamp);
        let out = change(&mut self.rounds[ri], &mut j);
        for e in j.into_entries() {
            self.log(e);
        }
        out
    }

    /// Starts a round named `name` with nothing on the form yet; returns its id.
    pub fn add_round(&mut self, name: &str, stamp: &Stamp) -> Result<Id, BallotError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(BallotError::EmptyName);
        }
        let id = next_id(self.rounds.iter().map(|r| r.id));
        self.rounds.push(BallotRound::new(id, name));
        self.log(
            crate::model::AuditEntry::new(stamp, AuditKind::Round, "round.add", name)
                .new_value(id.to_string()),
        );
        Ok(id)
    }

    /// Starts a round from a template form (its name and items; targets come next).
    pub fn add_round_from_form(
        &mut self,
        form: &BallotForm,
        stamp: &Stamp,
    ) -> Result<Id, BallotError> {
        let id = self.add_round(&form.name, stamp)?;
        if let Some(r) = self.rounds.iter_mut().find(|r| r.id == id) {
            r.items = form.items.clone();
            r.instructions = form.instructions.clone();
            for (k, item) in r.items.iter_mut().enumerate() {
                item.id = super::types::count_u32(k + 1);
            }
        }
        Ok(id)
    }

    /// Removes a round that has nothing counted in it.
    pub fn remove_round(&mut self, id: Id, stamp: &Stamp) -> Result<(), BallotError> {
        let ri = self
            .rounds
            .iter()
            .position(|r| r.id == id)
            .ok_or(BallotError::RoundNotFound { id })?;
        let r = &self.rounds[ri];
        r.check_not_frozen()?;
        if r.has_counts() {
            return Err(BallotError::CountsExist {
                round: r.name.clone(),
            });
        }
        let r = self.rounds.remove(ri);
        self.log(
            crate::model::AuditEntry::new(stamp, AuditKind::Round, "round.remove", r.name)
                .old(id.to_string()),
        );
        Ok(())
    }

    /// Round `id`'s accounting line, 应到 and 实到 taken from the attendance roster.
    pub fn round_accounting(&self, id: Id) -> Option<Accounting> {
        self.round(id).map(|r| Accounting::of(r, &self.attendance))
    }

    /// Round `id`'s results from its batches as they stand.
    pub fn round_results(&self, id: Id) -> Option<RoundResults> {
        let r = self.round(id)?;
        Some(RoundResults::of(
            r,
            Tally::of_round(r),
            Accounting::of(r, &self.attendance),
        ))
    }
}
