//! The journal a round change writes into: who and when (the `Stamp`), and the audit entries of
//! every change made, which `Session::with_round` appends to the session's audit log.

use crate::model::{AuditEntry, AuditKind, Stamp, Timestamp};

#[derive(Debug)]
pub struct Journal<'s> {
    stamp: &'s Stamp,
    entries: Vec<AuditEntry>,
}

impl<'s> Journal<'s> {
    pub fn new(stamp: &'s Stamp) -> Journal<'s> {
        Journal {
            stamp,
            entries: Vec::new(),
        }
    }

    pub fn stamp(&self) -> &Stamp {
        self.stamp
    }

    pub fn at(&self) -> Timestamp {
        self.stamp.at
    }

    /// Records a change: `action` as a stable code, `target` readable.
    pub(crate) fn record(
        &mut self,
        kind: AuditKind,
        action: &str,
        target: impl Into<String>,
    ) -> &mut AuditEntry {
        self.entries
            .push(AuditEntry::new(self.stamp, kind, action, target));
        let last = self.entries.len() - 1;
        &mut self.entries[last]
    }

    /// A change of a count from `old` to `new`.
    pub(crate) fn counts(
        &mut self,
        action: &str,
        target: impl Into<String>,
        old: impl Into<String>,
        new: impl Into<String>,
    ) {
        let e = self.record(AuditKind::Counts, action, target);
        e.old = Some(old.into());
        e.new = Some(new.into());
    }

    pub fn entries(&self) -> &[AuditEntry] {
        &self.entries
    }

    pub fn into_entries(self) -> Vec<AuditEntry> {
        self.entries
    }
}
