//! Ballots printed for a round: which serials went onto paper, so a scanner can refuse a ballot
//! that was never issued; and the instructions printed on the form.
//!
//! Nothing here ties a serial to a person: a print run records the serials as a set, in the
//! order drawn (random), never who received which.

use super::{BallotError, BallotRound, Journal};
use crate::model::{AuditKind, Timestamp};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One printing of a round's ballots.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PrintRun {
    pub at: Timestamp,
    pub who: String,
    /// The form's fingerprint when printed (`paper::code::fingerprint`).
    pub fingerprint: String,
    /// `a4`, `b5` or `16k`.
    pub paper: String,
    /// Ballots printed.
    pub count: u32,
    pub pages_per_ballot: u32,
    /// The serials printed, one per ballot; empty when printed with `--no-serial`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub serials: Vec<String>,
}

impl BallotRound {
    /// Every serial ever printed for this round.
    pub fn printed_serials(&self) -> impl Iterator<Item = &str> {
        self.printed
            .iter()
            .flat_map(|p| p.serials.iter().map(String::as_str))
    }

    /// Whether a ballot with `serial` was printed for this round.
    pub fn was_printed(&self, serial: &str) -> bool {
        self.printed_serials().any(|s| s == serial)
    }

    /// Records a print run; refuses a serial already printed for the round (a scanner could
    /// no longer tell the two ballots apart).
    pub fn record_print(&mut self, run: PrintRun, j: &mut Journal) -> Result<(), BallotError> {
        if let Some(dup) = run.serials.iter().find(|s| self.was_printed(s)) {
            return Err(BallotError::SerialReused {
                serial: dup.clone(),
            });
        }
        let what = if run.serials.is_empty() {
            format!("{} × {} (no serial)", run.count, run.paper)
        } else {
            format!("{} × {}", run.count, run.paper)
        };
        j.record(AuditKind::Round, "ballots.print", self.name.clone())
            .new = Some(what);
        self.printed.push(run);
        Ok(())
    }

    /// The instructions printed on this round's ballots; `None` prints the default line.
    pub fn set_instructions(
        &mut self,
        text: Option<&str>,
        j: &mut Journal,
    ) -> Result<(), BallotError> {
        let new = text
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string);
        if new == self.instructions {
            return Ok(());
        }
        let e = j.record(AuditKind::Round, "round.instructions", self.name.clone());
        e.old = self.instructions.clone();
        e.new = new.clone();
        self.instructions = new;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Stamp;

    fn run(serials: &[&str]) -> PrintRun {
        PrintRun {
            at: crate::demo::at(2010, 10, 19, 9, 0),
            who: "李静".into(),
            fingerprint: "0123456789ABCDEF".into(),
            paper: "16k".into(),
            count: serials.len().max(1) as u32,
            pages_per_ballot: 1,
            serials: serials.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn printed_serials_are_recorded_logged_and_never_reused() {
        let mut s = crate::demo::town();
        let id = s.rounds[0].id;
        let stamp = Stamp::new(crate::demo::at(2010, 10, 19, 9, 0), "李静");
        let before = s.audit.len();
        s.with_round(id, &stamp, |r, j| r.record_print(run(&["12345674"]), j))
            .unwrap();
        assert!(s.rounds[0].was_printed("12345674"));
        assert!(!s.rounds[0].was_printed("76543210"));
        assert_eq!(s.audit.len(), before + 1);
        assert_eq!(s.audit.last().unwrap().action, "ballots.print");
        let again = s.with_round(id, &stamp, |r, j| r.record_print(run(&["12345674"]), j));
        assert!(matches!(again, Err(BallotError::SerialReused { .. })));
        assert_eq!(s.rounds[0].printed.len(), 1, "nothing half-recorded");
        // A run without serials records the count and no serials.
        s.with_round(id, &stamp, |r, j| r.record_print(run(&[]), j))
            .unwrap();
        assert_eq!(s.rounds[0].printed_serials().count(), 1);
    }

    #[test]
    fn instructions_change_through_the_log() {
        let mut s = crate::demo::town();
        let id = s.rounds[0].id;
        let stamp = Stamp::new(crate::demo::at(2010, 10, 19, 9, 0), "李静");
        s.with_round(id, &stamp, |r, j| r.set_instructions(Some(" 请划√ "), j))
            .unwrap();
        assert_eq!(s.rounds[0].instructions.as_deref(), Some("请划√"));
        assert_eq!(s.audit.last().unwrap().action, "round.instructions");
        s.with_round(id, &stamp, |r, j| r.set_instructions(None, j))
            .unwrap();
        assert_eq!(s.rounds[0].instructions, None);
    }
}
