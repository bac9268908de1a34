//! The work report's timer, derived from its recorded events (start, pauses, resumes, end) and
//! the time `now`: nothing is stored but the events, so a crash loses no time.

use super::{TimerEvent, TimerEventKind, WorkReport};
use crate::i18n::{Text, report as txt};
use crate::model::Timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimerPhase {
    NotStarted,
    Running,
    Paused,
    Ended,
}

impl TimerPhase {
    pub fn label(self) -> Text {
        match self {
            TimerPhase::NotStarted => txt::NOT_STARTED,
            TimerPhase::Running => txt::RUNNING,
            TimerPhase::Paused => txt::PAUSED,
            TimerPhase::Ended => txt::ENDED,
        }
    }

    /// Whether the timer may take `kind` next.
    pub fn allows(self, kind: TimerEventKind) -> bool {
        matches!(
            (self, kind),
            (TimerPhase::NotStarted, TimerEventKind::Start)
                | (TimerPhase::Running, TimerEventKind::Pause)
                | (TimerPhase::Paused, TimerEventKind::Resume)
                | (
                    TimerPhase::Running | TimerPhase::Paused,
                    TimerEventKind::End
                )
        )
    }
}

/// What the big countdown shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimerState {
    pub phase: TimerPhase,
    /// Seconds spoken (pauses left out).
    pub elapsed: i64,
    /// Seconds left of the planned time (0 once it is used up).
    pub remaining: i64,
    /// Seconds beyond the planned time (counted up in red).
    pub overrun: i64,
    /// In the last warning minutes and not yet over.
    pub warning: bool,
}

/// The phase after `events`, in order.
pub fn phase_of(events: &[TimerEvent]) -> TimerPhase {
    match events.last().map(|e| e.kind) {
        None => TimerPhase::NotStarted,
        Some(TimerEventKind::Start | TimerEventKind::Resume) => TimerPhase::Running,
        Some(TimerEventKind::Pause) => TimerPhase::Paused,
        Some(TimerEventKind::End) => TimerPhase::Ended,
    }
}

impl WorkReport {
    pub fn phase(&self) -> TimerPhase {
        phase_of(&self.timer)
    }

    /// Seconds spoken up to `now` (pauses left out; a clock set back counts as no time).
    pub fn elapsed_seconds(&self, now: Timestamp) -> i64 {
        let mut total = 0i64;
        let mut since: Option<Timestamp> = None;
        for e in &self.timer {
            match e.kind {
                TimerEventKind::Start | TimerEventKind::Resume => {
                    since = since.or(Some(e.at));
                }
                TimerEventKind::Pause | TimerEventKind::End => {
                    if let Some(s) = since.take() {
                        total += (e.at - s).num_seconds().max(0);
                    }
                }
            }
        }
        if let Some(s) = since {
            total += (now - s).num_seconds().max(0);
        }
        total
    }

    pub fn timer_state(&self, now: Timestamp) -> TimerState {
        let elapsed = self.elapsed_seconds(now);
        let planned = i64::from(self.planned_minutes) * 60;
        let remaining = (planned - elapsed).max(0);
        let overrun = (elapsed - planned).max(0);
        let phase = self.phase();
        let live = matches!(phase, TimerPhase::Running | TimerPhase::Paused);
        TimerState {
            phase,
            elapsed,
            remaining,
            overrun,
            warning: live && remaining > 0 && remaining <= i64::from(self.warn_minutes) * 60,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(m: u32, s: u32) -> Timestamp {
        chrono::FixedOffset::east_opt(8 * 3600)
            .unwrap()
            .with_ymd_and_hms(2010, 10, 19, 9, m, s)
            .unwrap()
    }

    fn report(events: &[(TimerEventKind, Timestamp)]) -> WorkReport {
        WorkReport {
            id: 1,
            reporter: "黄武".to_string(),
            position: "镇党委书记".to_string(),
            title: String::new(),
            planned_minutes: 20,
            warn_minutes: 2,
            timer: events
                .iter()
                .map(|&(kind, at)| TimerEvent { kind, at })
                .collect(),
            notes: Vec::new(),
        }
    }

    #[test]
    fn pauses_are_left_out_and_the_warning_comes_in_the_last_minutes() {
        use TimerEventKind::*;
        let r = report(&[(Start, at(10, 0)), (Pause, at(15, 0)), (Resume, at(17, 30))]);
        let s = r.timer_state(at(30, 0));
        assert_eq!(s.phase, TimerPhase::Running);
        assert_eq!(s.elapsed, (5 + 12) * 60 + 30);
        assert_eq!(s.remaining, 2 * 60 + 30);
        assert!(!s.warning);
        let s = r.timer_state(at(31, 0));
        assert!(s.warning);
        assert_eq!(s.overrun, 0);
    }

    #[test]
    fn overrun_counts_up_after_zero_and_stops_at_the_end() {
        use TimerEventKind::*;
        let r = report(&[(Start, at(0, 0)), (End, at(23, 15))]);
        let s = r.timer_state(at(59, 0));
        assert_eq!(s.phase, TimerPhase::Ended);
        assert_eq!((s.remaining, s.overrun), (0, 3 * 60 + 15));
        assert!(!s.warning);
        let r = report(&[(Start, at(0, 0))]);
        assert_eq!(r.timer_state(at(25, 0)).overrun, 5 * 60);
        assert_eq!(report(&[]).timer_state(at(0, 0)).remaining, 20 * 60);
    }

    #[test]
    fn transitions_follow_the_phase() {
        use TimerEventKind::*;
        assert!(TimerPhase::NotStarted.allows(Start));
        assert!(!TimerPhase::NotStarted.allows(Pause));
        assert!(!TimerPhase::Running.allows(Resume));
        assert!(TimerPhase::Paused.allows(End));
        assert!(!TimerPhase::Ended.allows(Start));
    }
}
