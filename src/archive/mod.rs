//! The evaluation archive (评议档案): one row per meeting file in a folder, totals, sorting and
//! date filters, and the overdue follow-ups across every meeting.

pub mod render;
pub mod scan;
pub mod summary;

pub use scan::{Entry, meeting_files, scan, summarise};
pub use summary::{Headline, MeetingSummary, OverdueRow, SuggestionCounts, Turnout};

use chrono::NaiveDate;
use serde::Serialize;

/// How the archive's rows are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Oldest meeting first (meetings without a date last).
    #[default]
    Date,
    /// Highest headline rate (the first round's) first; meetings without one last.
    Rate,
    /// Most overdue follow-ups first.
    Overdue,
}

impl SortBy {
    pub fn parse(s: &str) -> Option<SortBy> {
        match s.trim().to_ascii_lowercase().as_str() {
            "date" => Some(SortBy::Date),
            "rate" => Some(SortBy::Rate),
            "overdue" => Some(SortBy::Overdue),
            _ => None,
        }
    }
}

/// The rows to show: meetings within the date range, in order, and the files that failed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Archive {
    pub meetings: Vec<MeetingSummary>,
    pub failed: Vec<(std::path::PathBuf, crate::i18n::Message)>,
}

/// The sums under the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Totals {
    pub meetings: u32,
    pub expected: u32,
    pub present: u32,
    pub rounds: u32,
    pub ballots: u32,
    pub suggestions: SuggestionCounts,
    pub failed: u32,
}

impl Archive {
    /// Splits scanned entries into meetings and failures, keeps the meetings whose date lies in
    /// `from..=to` (a meeting without a date is kept only when no range is asked), and sorts them.
    pub fn build(
        entries: Vec<Entry>,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        sort: SortBy,
    ) -> Archive {
        let mut a = Archive::default();
        for e in entries {
            match e {
                Entry::Meeting(m) => {
                    let keep = match m.date {
                        Some(d) => from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t),
                        None => from.is_none() && to.is_none(),
                    };
                    if keep {
                        a.meetings.push(m);
                    }
                }
                Entry::Failed { file, problem } => a.failed.push((file, problem)),
            }
        }
        a.sort(sort);
        a.failed.sort_by(|x, y| x.0.cmp(&y.0));
        a
    }

    pub fn sort(&mut self, sort: SortBy) {
        // Meetings without a date go last; ties keep path order so the output is stable.
        let date_key = |m: &MeetingSummary| (m.date.is_none(), m.date, m.file.clone());
        match sort {
            SortBy::Date => self.meetings.sort_by_key(date_key),
            SortBy::Rate => self.meetings.sort_by(|a, b| {
                let share = |m: &MeetingSummary| m.headlines.first().map(|h| h.share);
                match (share(a), share(b)) {
                    (Some(x), Some(y)) => y.cmp_value(x),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                }
                .then_with(|| date_key(a).cmp(&date_key(b)))
            }),
            SortBy::Overdue => self.meetings.sort_by(|a, b| {
                b.suggestions
                    .overdue
                    .cmp(&a.suggestions.overdue)
                    .then_with(|| date_key(a).cmp(&date_key(b)))
            }),
        }
    }

    pub fn totals(&self) -> Totals {
        let mut t = Totals {
            meetings: u32::try_from(self.meetings.len()).unwrap_or(u32::MAX),
            failed: u32::try_from(self.failed.len()).unwrap_or(u32::MAX),
            ..Totals::default()
        };
        for m in &self.meetings {
            t.expected = t.expected.saturating_add(m.turnout.expected);
            t.present = t.present.saturating_add(m.turnout.present);
            t.rounds = t.rounds.saturating_add(m.rounds);
            t.ballots = t.ballots.saturating_add(m.ballots);
            t.suggestions.add(&m.suggestions);
        }
        t
    }

    /// Every overdue follow-up of the meetings shown, oldest deadline first.
    pub fn overdue(&self) -> Vec<&OverdueRow> {
        let mut rows: Vec<&OverdueRow> = self.meetings.iter().flat_map(|m| &m.overdue).collect();
        rows.sort_by(|a, b| {
            a.deadline
                .cmp(&b.deadline)
                .then_with(|| a.meeting_date.cmp(&b.meeting_date))
                .then_with(|| a.file.cmp(&b.file))
                .then_with(|| a.suggestion.cmp(&b.suggestion))
        });
        rows
    }

    pub fn any_failed(&self) -> bool {
        !self.failed.is_empty()
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
