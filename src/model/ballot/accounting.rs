//! The round's accounting line: 应到, 实到, 发出, 收回, 无效, 有效, and the response rate 收回/应到.
//!
//! One line speaks of one population: a round that types its own 应到 or 实到 (ballots handed to
//! people beyond the meeting's roster) takes both from the round, and never the roster's 实到.

use super::BallotRound;
use crate::model::{Attendance, Percent, Presence};

/// Where the round's 应到 comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpectedFrom {
    /// Typed for this round (its 实到 too, when typed).
    Round,
    /// The attendance roster.
    Attendance,
    /// Neither: no response rate can be given.
    Unknown,
}

/// Something in the accounting that does not hold; the round cannot be verified while it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AccountingIssue {
    IssuedMissing,
    ReturnedMissing,
    /// More ballots came back than were handed out: the round is void until corrected.
    ReturnedAboveIssued {
        returned: u32,
        issued: u32,
    },
    /// More ballots came back than people were present: someone voted twice, or 实到 is wrong.
    ReturnedAbovePresent {
        returned: u32,
        present: u32,
    },
    /// The batches account for a different number of ballots than came back.
    CountedDiffers {
        counted: u32,
        returned: u32,
    },
}

/// Something in the figures that may be right but needs a word beside them: it does not block
/// verification (walk-ins can take ballots beyond 应到), but a response rate above 100% must not
/// stand without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AccountingWarning {
    /// More ballots handed out than people expected.
    IssuedAboveExpected { issued: u32, expected: u32 },
    /// More ballots came back than people expected (发出 not entered).
    ReturnedAboveExpected { returned: u32, expected: u32 },
}

/// The accounting line of a round, with every figure's source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accounting {
    /// 应到.
    pub expected: Option<u32>,
    pub expected_from: ExpectedFrom,
    /// 实到 of the same people as 应到: the round's own when it has its own population, else
    /// the roster's when one is kept.
    pub present: Option<u32>,
    /// 发出.
    pub issued: Option<u32>,
    /// 收回.
    pub returned: Option<u32>,
    /// 无效/废票: void ballots found in the batches.
    pub void: u32,
    /// 有效: valid ballots counted in the batches.
    pub valid: u32,
}

/// 应到 and 实到 from a roster: everyone on it (excused included) is expected; walk-ins count
/// as present but not as expected. `None` when no roster is kept.
pub fn attendance_figures(att: &Attendance) -> (Option<u32>, Option<u32>) {
    if att.people.is_empty() {
        return (None, None);
    }
    let expected = att.people.iter().filter(|p| !p.walk_in).count();
    let present = att
        .people
        .iter()
        .filter(|p| matches!(p.presence, Presence::Present { .. }))
        .count();
    let n = |x: usize| Some(u32::try_from(x).unwrap_or(u32::MAX));
    (n(expected), n(present))
}

impl Accounting {
    /// The round's accounting: 应到 and 实到 both from the round when it types either, else both
    /// from `attendance`.
    pub fn of(round: &BallotRound, attendance: &Attendance) -> Accounting {
        let (expected, present, expected_from) = if round.has_own_population() {
            (round.expected, round.present, ExpectedFrom::Round)
        } else {
            match attendance_figures(attendance) {
                (Some(e), p) => (Some(e), p, ExpectedFrom::Attendance),
                (None, p) => (None, p, ExpectedFrom::Unknown),
            }
        };
        let (mut valid, mut void) = (0u32, 0u32);
        for b in &round.batches {
            valid = valid.saturating_add(b.valid());
            void = void.saturating_add(b.void());
        }
        Accounting {
            expected,
            expected_from,
            present,
            issued: round.issued,
            returned: round.returned,
            void,
            valid,
        }
    }

    /// Ballots the batches account for, valid and void.
    pub fn counted(&self) -> u32 {
        self.valid.saturating_add(self.void)
    }

    /// 有效 as the accounting line has it: 收回 − 无效 (`None` until 收回 is known).
    pub fn valid_by_returns(&self) -> Option<u32> {
        self.returned.map(|r| r.saturating_sub(self.void))
    }

    /// Response rate 收回/应到 (— when either is unknown).
    pub fn response_rate(&self) -> Percent {
        match (self.returned, self.expected) {
            (Some(r), Some(e)) => Percent::new(u64::from(r), u64::from(e)),
            _ => Percent::new(0, 0),
        }
    }

    /// More ballots came back than were handed out: the round's results do not stand.
    pub fn round_void(&self) -> bool {
        matches!((self.returned, self.issued), (Some(r), Some(i)) if r > i)
    }

    /// What needs a word beside the figures without blocking verification.
    pub fn warnings(&self) -> Vec<AccountingWarning> {
        let Some(expected) = self.expected else {
            return Vec::new();
        };
        match (self.issued, self.returned) {
            (Some(issued), _) if issued > expected => {
                vec![AccountingWarning::IssuedAboveExpected { issued, expected }]
            }
            (None, Some(returned)) if returned > expected => {
                vec![AccountingWarning::ReturnedAboveExpected { returned, expected }]
            }
            _ => Vec::new(),
        }
    }

    /// What does not hold, in the order a scrutineer would check it.
    pub fn issues(&self) -> Vec<AccountingIssue> {
        let mut out = Vec::new();
        if self.issued.is_none() {
            out.push(AccountingIssue::IssuedMissing);
        }
        match self.returned {
            None => out.push(AccountingIssue::ReturnedMissing),
            Some(returned) => {
                if let Some(issued) = self.issued
                    && returned > issued
                {
                    out.push(AccountingIssue::ReturnedAboveIssued { returned, issued });
                }
                if let Some(present) = self.present
                    && returned > present
                {
                    out.push(AccountingIssue::ReturnedAbovePresent { returned, present });
                }
                if self.counted() != returned {
                    out.push(AccountingIssue::CountedDiffers {
                        counted: self.counted(),
                        returned,
                    });
                }
            }
        }
        out
    }

    pub fn holds(&self) -> bool {
        self.issues().is_empty()
    }
}

impl BallotRound {
    /// Whether the round counts its own people (a typed 应到 or 实到) rather than the roster's.
    pub fn has_own_population(&self) -> bool {
        self.expected.is_some() || self.present.is_some()
    }
}
