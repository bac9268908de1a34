//! Why a change to a ballot round was refused, in one sentence in both languages.
//!
//! A refused change leaves the round exactly as it was: every method checks before it writes.

use super::{AccountingIssue, AccountingWarning, Blocker, EntryMode};
use crate::i18n::{Lang, Message, ballots as tx};
use crate::model::Id;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message().en)]
pub enum BallotError {
    RoundNotFound {
        id: Id,
    },
    BatchNotFound {
        uid: String,
    },
    TargetNotFound {
        id: Id,
    },
    ItemNotFound {
        id: Id,
    },
    /// A grade index (column, rate, flag, weight) that the item's scale does not have.
    GradeNotOnScale {
        grade: usize,
        grades: usize,
    },
    DuplicateBatch {
        uid: String,
    },
    /// The round is published (已公布): its counts are frozen until reopened.
    Frozen {
        round: String,
    },
    /// The batch is entered the other way (grid vs ballot by ballot).
    WrongMode {
        batch: String,
        mode: EntryMode,
    },
    /// Typed text that is not a whole number of ballots (letters, a minus sign).
    NotACount {
        text: String,
    },
    CountAboveValid {
        value: u32,
        valid: u32,
    },
    NoValidBallotsYet {
        batch: String,
    },
    /// Valid ballots below a count already typed in the batch's grid.
    ValidBelowCounts {
        valid: u32,
        highest: u32,
    },
    CountedAboveReturned {
        counted: u32,
        returned: u32,
    },
    ReturnedAboveIssued {
        returned: u32,
        issued: u32,
    },
    MarksLength {
        expected: usize,
        got: usize,
    },
    NotAMark {
        ch: char,
        pos: usize,
    },
    GradeOutsideScale {
        key: u32,
        grades: usize,
        target: String,
        item: String,
    },
    NothingToUndo {
        batch: String,
    },
    /// A serial typed in review was scanned already.
    SerialScanned {
        serial: String,
    },
    /// The form cannot change shape once counting has started.
    CountsExist {
        round: String,
    },
    EmptyName,
    ScaleSize {
        grades: usize,
    },
    DuplicateGrade {
        label: String,
    },
    BadFraction {
        num: u32,
        den: u32,
    },
    NotReady {
        blockers: Vec<Blocker>,
    },
    NotVerified {
        round: String,
    },
    AlreadyCounting {
        round: String,
    },
    EmptyReason,
    FormDiffers {
        round: String,
        detail: Message,
    },
    NoMatchingRound {
        round: String,
    },
    /// A serial printed twice for one round.
    SerialReused {
        serial: String,
    },
}

impl BallotError {
    /// The refusal in both languages, saying what, where and what to do.
    pub fn message(&self) -> Message {
        use BallotError as E;
        match self {
            E::RoundNotFound { id } => tx::round_not_found(*id),
            E::SerialReused { serial } => crate::i18n::paper::serial_reused(serial),
            E::BatchNotFound { uid } => tx::batch_not_found(uid),
            E::TargetNotFound { id } => tx::target_not_found(*id),
            E::ItemNotFound { id } => tx::item_not_found(*id),
            E::GradeNotOnScale { grade, grades } => tx::grade_not_on_scale(*grade, *grades),
            E::DuplicateBatch { uid } => tx::duplicate_batch(uid),
            E::Frozen { round } => tx::frozen(round),
            E::WrongMode { batch, mode } => tx::wrong_mode(batch, *mode == EntryMode::Grid),
            E::NotACount { text } => tx::not_a_count(text),
            E::CountAboveValid { value, valid } => tx::count_above_valid(*value, *valid),
            E::NoValidBallotsYet { batch } => tx::no_valid_ballots_yet(batch),
            E::ValidBelowCounts { valid, highest } => tx::valid_below_counts(*valid, *highest),
            E::CountedAboveReturned { counted, returned } => {
                tx::counted_above_returned(*counted, *returned)
            }
            E::ReturnedAboveIssued { returned, issued } => {
                tx::returned_above_issued(*returned, *issued)
            }
            E::MarksLength { expected, got } => tx::marks_length(*expected, *got),
            E::NotAMark { ch, pos } => tx::not_a_mark(*ch, *pos),
            E::GradeOutsideScale {
                key,
                grades,
                target,
                item,
            } => tx::grade_outside_scale(*key, *grades, target, item),
            E::NothingToUndo { batch } => tx::nothing_to_undo(batch),
            E::SerialScanned { serial } => crate::i18n::scan::serial_scanned(serial),
            E::CountsExist { round } => tx::counts_exist(round),
            E::EmptyName => tx::EMPTY_NAME.into(),
            E::ScaleSize { grades } => tx::scale_size(*grades),
            E::DuplicateGrade { label } => tx::duplicate_grade(label),
            E::BadFraction { num, den } => tx::bad_fraction(*num, *den),
            E::NotReady { blockers } => {
                let parts: Vec<Message> = blockers.iter().map(Blocker::message).collect();
                tx::not_ready(&parts)
            }
            E::NotVerified { round } => tx::not_verified(round),
            E::AlreadyCounting { round } => tx::already_counting(round),
            E::EmptyReason => tx::EMPTY_REASON.into(),
            E::FormDiffers { round, detail } => tx::form_differs(round, detail),
            E::NoMatchingRound { round } => tx::no_matching_round(round),
        }
    }

    pub fn describe(&self, lang: Lang) -> String {
        self.message().get(lang).to_string()
    }
}

impl AccountingIssue {
    pub fn message(&self) -> Message {
        match *self {
            AccountingIssue::IssuedMissing => tx::ISSUED_MISSING.into(),
            AccountingIssue::ReturnedMissing => tx::RETURNED_MISSING.into(),
            AccountingIssue::ReturnedAboveIssued { returned, issued } => {
                tx::returned_above_issued(returned, issued)
            }
            AccountingIssue::ReturnedAbovePresent { returned, present } => {
                tx::returned_above_present(returned, present)
            }
            AccountingIssue::CountedDiffers { counted, returned } => {
                tx::counted_differs(counted, returned)
            }
        }
    }
}

impl AccountingWarning {
    /// The sentence under the accounting line.
    pub fn message(&self) -> Message {
        match *self {
            AccountingWarning::IssuedAboveExpected { issued, expected } => {
                tx::issued_above_expected(issued, expected)
            }
            AccountingWarning::ReturnedAboveExpected { returned, expected } => {
                tx::returned_above_expected(returned, expected)
            }
        }
    }

    /// A few words beside the figure it is about.
    pub fn short(&self) -> Message {
        match *self {
            AccountingWarning::IssuedAboveExpected { expected, .. }
            | AccountingWarning::ReturnedAboveExpected { expected, .. } => {
                tx::above_expected_short(expected)
            }
        }
    }
}

impl Blocker {
    pub fn message(&self) -> Message {
        match self {
            Blocker::NoCounts => tx::NO_COUNTS.into(),
            Blocker::Unbalanced {
                batch,
                cell,
                balance,
            } => tx::unbalanced(batch.as_deref(), cell, &balance.label()),
            Blocker::Accounting(issue) => issue.message(),
            Blocker::NoScrutineers => tx::NO_SCRUTINEERS.into(),
            Blocker::RecheckDiffers { cells } => tx::recheck_differs(*cells),
            Blocker::ToReview { ballots } => crate::i18n::scan::waiting_review(*ballots),
        }
    }
}

/// Reads a typed count: digits only (full-width too); letters and minus signs are refused.
pub fn parse_count(text: &str) -> Result<u32, BallotError> {
    let trimmed = text.trim();
    let digits: Option<String> = trimmed
        .chars()
        .map(|c| match c {
            '0'..='9' => Some(c),
            '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')),
            _ => None,
        })
        .collect();
    match digits {
        Some(d) if !d.is_empty() => d.parse::<u32>().map_err(|_| BallotError::NotACount {
            text: trimmed.to_string(),
        }),
        Some(_) => Ok(0),
        None => Err(BallotError::NotACount {
            text: trimmed.to_string(),
        }),
    }
}

/// Reads a typed count where empty means "not entered" (`None`).
pub fn parse_count_opt(text: &str) -> Result<Option<u32>, BallotError> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_count(text).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_digits_only() {
        assert_eq!(parse_count("66"), Ok(66));
        assert_eq!(parse_count(" ６６ "), Ok(66));
        assert_eq!(parse_count(""), Ok(0));
        assert!(parse_count("-3").is_err());
        assert!(parse_count("abc").is_err());
        assert!(parse_count("3.5").is_err());
        assert!(parse_count("99999999999").is_err());
        let e = parse_count("-3").unwrap_err();
        assert!(e.describe(Lang::Zh).contains("-3"));
        assert!(e.to_string().contains("-3"));
    }
}
