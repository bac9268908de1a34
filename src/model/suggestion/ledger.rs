//! The follow-up ledger (整改台账) of accepted suggestions, and the list's filters and counts
//! (征集 collected, 采纳 accepted, 解决 solved, 逾期 overdue) as of a given day.

use super::ops::{log_entry, undo};
use super::{Decision, LedgerEntry, LedgerStatus, RaisedBy, Suggestion};
use crate::i18n::{Message, Text, suggestions as txt};
use crate::model::input::{NAME_MAX, Refused, TEXT_MAX, line_field, text_field};
use crate::model::session::parse_date;
use crate::model::undo::{Step, Undo};
use crate::model::{Id, ReportNote, Session, Stamp};
use chrono::NaiveDate;

/// A ledger row as typed: the deadline as text (2010-12-31, 2010年12月31日…), empty for none yet.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LedgerInput {
    pub measure: String,
    pub owner: String,
    pub deadline: String,
}

impl LedgerStatus {
    pub const ALL: [LedgerStatus; 4] = [
        LedgerStatus::Pending,
        LedgerStatus::InProgress,
        LedgerStatus::Done,
        LedgerStatus::Closed,
    ];

    pub fn label(self) -> Text {
        match self {
            LedgerStatus::Pending => txt::PENDING,
            LedgerStatus::InProgress => txt::IN_PROGRESS,
            LedgerStatus::Done => txt::DONE,
            LedgerStatus::Closed => txt::CLOSED,
        }
    }

    /// Done or closed off: the problem is solved (解决).
    pub fn is_solved(self) -> bool {
        matches!(self, LedgerStatus::Done | LedgerStatus::Closed)
    }
}

/// Where a suggestion stands, for its list and its filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuggestionStatus {
    Open,
    /// Accepted, no ledger row yet.
    Accepted,
    Declined,
    Merged,
    Ledger(LedgerStatus),
}

impl SuggestionStatus {
    pub fn label(self) -> Text {
        match self {
            SuggestionStatus::Open => txt::OPEN,
            SuggestionStatus::Accepted => txt::ACCEPTED,
            SuggestionStatus::Declined => txt::DECLINED,
            SuggestionStatus::Merged => txt::MERGED,
            SuggestionStatus::Ledger(s) => s.label(),
        }
    }
}

impl Suggestion {
    pub fn status(&self) -> SuggestionStatus {
        match (&self.decision, &self.ledger) {
            (Decision::Accepted, Some(l)) => SuggestionStatus::Ledger(l.status),
            (Decision::Accepted, None) => SuggestionStatus::Accepted,
            (Decision::Open, _) => SuggestionStatus::Open,
            (Decision::Declined { .. }, _) => SuggestionStatus::Declined,
            (Decision::Merged { .. }, _) => SuggestionStatus::Merged,
        }
    }

    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.ledger.as_ref().is_some_and(|l| l.is_overdue(today))
    }
}

/// Which suggestions the list shows; `None` fields let everything through.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SuggestionFilter {
    pub category: Option<String>,
    pub raised_by: Option<RaisedBy>,
    pub status: Option<StatusFilter>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFilter {
    Is(SuggestionStatus),
    /// Past the deadline and not done, as of the day given.
    Overdue,
    /// Accepted, whatever the ledger says.
    AnyAccepted,
}

impl SuggestionFilter {
    pub fn matches(&self, s: &Suggestion, today: NaiveDate) -> bool {
        self.category.as_ref().is_none_or(|c| *c == s.category)
            && self.raised_by.as_ref().is_none_or(|r| *r == s.raised_by)
            && self.status.is_none_or(|f| match f {
                StatusFilter::Is(st) => s.status() == st,
                StatusFilter::Overdue => s.is_overdue(today),
                StatusFilter::AnyAccepted => s.decision == Decision::Accepted,
            })
    }
}

/// The figures reported after the meeting (the seed: “征集 12 条, 解决 7 条”).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SuggestionCounts {
    /// Every suggestion captured, merged ones included.
    pub collected: u32,
    pub open: u32,
    pub accepted: u32,
    pub declined: u32,
    pub merged: u32,
    /// Accepted with the ledger row done or closed off.
    pub solved: u32,
    pub overdue: u32,
}

pub fn suggestion_counts(list: &[Suggestion], today: NaiveDate) -> SuggestionCounts {
    let mut c = SuggestionCounts::default();
    for s in list {
        c.collected += 1;
        match s.decision {
            Decision::Open => c.open += 1,
            Decision::Accepted => c.accepted += 1,
            Decision::Declined { .. } => c.declined += 1,
            Decision::Merged { .. } => c.merged += 1,
        }
        if s.ledger.as_ref().is_some_and(|l| l.status.is_solved()) {
            c.solved += 1;
        }
        if s.is_overdue(today) {
            c.overdue += 1;
        }
    }
    c
}

impl Session {
    /// The meeting's day: the header's date, else the day the record was made.
    pub fn meeting_date(&self) -> NaiveDate {
        self.header.date.unwrap_or(self.created.date_naive())
    }

    fn ledger_row(&self, id: Id) -> Result<&LedgerEntry, Refused> {
        self.suggestion_or_refuse(id)?
            .ledger
            .as_ref()
            .ok_or_else(|| txt::no_ledger(id).into())
    }

    /// Creates or changes the ledger row of an accepted suggestion: measure and owner required,
    /// the deadline not before the meeting.
    pub fn ledger_set(
        &mut self,
        id: Id,
        input: &LedgerInput,
        stamp: &Stamp,
    ) -> Result<Option<Undo>, Refused> {
        let s = self.suggestion_or_refuse(id)?;
        if s.decision != Decision::Accepted {
            return Err(txt::not_accepted(id).into());
        }
        let measure = text_field(&input.measure, txt::MEASURE, TEXT_MAX, true)?;
        let owner = line_field(&input.owner, txt::OWNER, NAME_MAX, true)?;
        let deadline = parse_date(&input.deadline).map_err(|e| Refused(e.0))?;
        let meeting = self.meeting_date();
        if let Some(d) = deadline
            && d < meeting
        {
            return Err(txt::deadline_before_meeting(&d.to_string(), &meeting.to_string()).into());
        }
        let old = s.ledger.clone();
        let mut row = old.clone().unwrap_or_default();
        row.measure = measure;
        row.owner = owner;
        row.deadline = deadline;
        if old.as_ref() == Some(&row) {
            return Ok(None);
        }
        let describe = |l: &LedgerEntry| {
            let d = l.deadline.map(|d| d.to_string()).unwrap_or_default();
            format!("{} · {} · {d}", l.measure, l.owner)
        };
        let before = old.as_ref().map(describe).unwrap_or_default();
        let after = describe(&row);
        let steps = Step::keep(&self.suggestions, id).into_iter().collect();
        if let Some(s) = self.suggestion_mut(id) {
            s.ledger = Some(row);
        }
        self.log(log_entry(stamp, "ledger.set", id).change(before, after));
        Ok(Some(undo(txt::ledger_set(id), steps)))
    }

    /// Moves a ledger row to `status`; closing off (销号) needs it done first.
    pub fn ledger_status(
        &mut self,
        id: Id,
        status: LedgerStatus,
        stamp: &Stamp,
    ) -> Result<Option<Undo>, Refused> {
        let row = self.ledger_row(id)?;
        if row.status == status {
            return Ok(None);
        }
        if status == LedgerStatus::Closed && row.status != LedgerStatus::Done {
            return Err(Message::from(txt::CLOSE_NEEDS_DONE).into());
        }
        let old = row.status;
        let steps = Step::keep(&self.suggestions, id).into_iter().collect();
        if let Some(l) = self.suggestion_mut(id).and_then(|s| s.ledger.as_mut()) {
            l.status = status;
            l.closed_at = (status == LedgerStatus::Closed).then_some(stamp.at);
        }
        self.log(log_entry(stamp, "ledger.status", id).change(old.label().zh, status.label().zh));
        Ok(Some(undo(txt::ledger_set(id), steps)))
    }

    /// Adds a time-stamped progress note (完成情况) to a ledger row.
    pub fn ledger_progress(&mut self, id: Id, text: &str, stamp: &Stamp) -> Result<Undo, Refused> {
        let text = text_field(text, txt::PROGRESS, TEXT_MAX, true)?;
        self.ledger_row(id)?;
        let steps = Step::keep(&self.suggestions, id).into_iter().collect();
        if let Some(l) = self.suggestion_mut(id).and_then(|s| s.ledger.as_mut()) {
            l.progress.push(ReportNote {
                at: stamp.at,
                text: text.clone(),
            });
        }
        self.log(log_entry(stamp, "ledger.progress", id).new_value(text));
        Ok(undo(txt::progress_added(id), steps))
    }

    pub fn suggestion_counts(&self, today: NaiveDate) -> SuggestionCounts {
        suggestion_counts(&self.suggestions, today)
    }

    /// The suggestions the filter lets through, in the order captured.
    pub fn suggestions_filtered(
        &self,
        filter: &SuggestionFilter,
        today: NaiveDate,
    ) -> Vec<&Suggestion> {
        self.suggestions
            .iter()
            .filter(|s| filter.matches(s, today))
            .collect()
    }
}
