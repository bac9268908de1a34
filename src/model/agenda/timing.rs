//! Planned against actual time on the agenda: per item and for the whole meeting, as of `now`.
//!
//! An item reopened with “previous” keeps its first start, so its actual time is the span from
//! its first start to its last end.

use super::{Agenda, AgendaItem};
use crate::model::Timestamp;

impl AgendaItem {
    /// Under way: started and not ended.
    pub fn is_running(&self) -> bool {
        self.started.is_some() && self.ended.is_none()
    }

    /// Seconds the item has taken (so far, when running); `None` before it starts.
    pub fn actual_seconds(&self, now: Timestamp) -> Option<i64> {
        let start = self.started?;
        let end = self.ended.unwrap_or(now);
        Some((end - start).num_seconds().max(0))
    }

    /// Seconds beyond the planned minutes (0 when on time or not started).
    pub fn overrun_seconds(&self, now: Timestamp) -> i64 {
        self.actual_seconds(now)
            .map_or(0, |a| (a - i64::from(self.planned_minutes) * 60).max(0))
    }
}

/// The agenda's clock as the moderator sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgendaTiming {
    /// Planned minutes of the items not skipped.
    pub planned_minutes: u32,
    /// Seconds from the first start to the last end (or `now` while an item runs).
    pub meeting_seconds: i64,
    /// Overrun summed over the items that ran long.
    pub overrun_seconds: i64,
    /// Items held to their end, items skipped, items in all.
    pub done: usize,
    pub skipped: usize,
    pub total: usize,
}

impl Agenda {
    pub fn timing(&self, now: Timestamp) -> AgendaTiming {
        let first = self.items.iter().filter_map(|i| i.started).min();
        let running = self.items.iter().any(AgendaItem::is_running);
        let last = if running {
            Some(now)
        } else {
            self.items.iter().filter_map(|i| i.ended).max()
        };
        let meeting_seconds = match (first, last) {
            (Some(a), Some(b)) => (b - a).num_seconds().max(0),
            _ => 0,
        };
        AgendaTiming {
            planned_minutes: self
                .items
                .iter()
                .filter(|i| !i.skipped)
                .map(|i| i.planned_minutes)
                .fold(0u32, u32::saturating_add),
            meeting_seconds,
            overrun_seconds: self.items.iter().map(|i| i.overrun_seconds(now)).sum(),
            done: self.items.iter().filter(|i| i.ended.is_some()).count(),
            skipped: self.items.iter().filter(|i| i.skipped).count(),
            total: self.items.len(),
        }
    }
}

/// Seconds as the screens print them: `12:05`, `1:02:03`, with `-` before a negative span.
pub fn clock(seconds: i64) -> String {
    let sign = if seconds < 0 { "-" } else { "" };
    let s = seconds.unsigned_abs();
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    if h > 0 {
        format!("{sign}{h}:{m:02}:{sec:02}")
    } else {
        format!("{sign}{m:02}:{sec:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::session::town_meeting_at as at;
    use crate::model::{Session, Stamp};

    #[test]
    fn planned_vs_actual_overrun_and_meeting_total() {
        let mut s = Session::new(at(8, 50), Lang::Zh);
        let st = |h, m| Stamp::new(at(h, m), "主持人");
        s.agenda_next(&st(9, 0)).unwrap(); // opening, 5 planned
        s.agenda_next(&st(9, 7)).unwrap(); // attendance, 5 planned
        s.agenda_next(&st(9, 10)).unwrap(); // work report, 20 planned
        let now = at(9, 35);
        let opening = s.agenda.item(1).unwrap();
        assert_eq!(opening.actual_seconds(now), Some(7 * 60));
        assert_eq!(opening.overrun_seconds(now), 2 * 60);
        let report = s.agenda.item(3).unwrap();
        assert!(report.is_running());
        assert_eq!(report.overrun_seconds(now), 5 * 60);
        let t = s.agenda.timing(now);
        assert_eq!(t.planned_minutes, 90);
        assert_eq!(t.meeting_seconds, 35 * 60);
        assert_eq!(t.overrun_seconds, 7 * 60);
        assert_eq!((t.done, t.total), (2, 8));
        assert_eq!(s.agenda.item(4).unwrap().actual_seconds(now), None);
    }

    #[test]
    fn clock_prints_minutes_and_hours() {
        assert_eq!(clock(0), "00:00");
        assert_eq!(clock(725), "12:05");
        assert_eq!(clock(3723), "1:02:03");
        assert_eq!(clock(-65), "-01:05");
    }
}
