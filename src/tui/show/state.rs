//! What the projector shows, derived from the record and the time: the title, the agenda step,
//! the turnout and quorum, the running work report's countdown, and the results the public may see.

use crate::archive::Turnout;
use crate::i18n::Lang;
use crate::model::{QuorumRule, RoundState, Session, TimerEventKind, Timestamp, WorkReport};

/// The work report under way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Countdown {
    pub reporter: String,
    /// Seconds left; negative once over time.
    pub remaining: i64,
    pub paused: bool,
    /// Within the warning minutes of the end.
    pub warn: bool,
}

/// A round as the hall may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoundPanel {
    /// Not yet published: only "计票中".
    Counting {
        name: String,
    },
    Published {
        name: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Projector {
    pub title: String,
    /// The agenda item under way, with its place: (title, n, of).
    pub step: Option<(String, usize, usize)>,
    pub turnout: Turnout,
    /// `None` when no quorum is required or there is no roster.
    pub quorum_met: Option<bool>,
    pub countdown: Option<Countdown>,
    pub rounds: Vec<RoundPanel>,
}

/// Seconds the report's timer has run by `now` (the running stretch counted up to `now`).
pub fn elapsed(r: &WorkReport, now: Timestamp) -> (i64, bool) {
    let mut since: Option<Timestamp> = None;
    let mut total = 0i64;
    let mut paused = false;
    for e in &r.timer {
        match e.kind {
            TimerEventKind::Start | TimerEventKind::Resume => {
                paused = false;
                since.get_or_insert(e.at);
            }
            TimerEventKind::Pause | TimerEventKind::End => {
                paused = e.kind == TimerEventKind::Pause;
                if let Some(from) = since.take() {
                    total += (e.at - from).num_seconds().max(0);
                }
            }
        }
    }
    if let Some(from) = since {
        total += (now - from).num_seconds().max(0);
    }
    (total, paused)
}

/// The report whose timer has started and not ended (the newest such, should there be two).
fn running_report(s: &Session) -> Option<&WorkReport> {
    s.reports.iter().rev().find(|r| {
        r.timer.iter().any(|e| e.kind == TimerEventKind::Start)
            && !r.timer.iter().any(|e| e.kind == TimerEventKind::End)
    })
}

/// Whether enough came, by the meeting's rule; integer arithmetic so 2/3 of 72 is exact.
pub fn quorum_met(rule: &QuorumRule, t: &Turnout) -> Option<bool> {
    match *rule {
        QuorumRule::None => None,
        _ if t.expected == 0 => None,
        QuorumRule::Fraction { num, den } => {
            Some(u64::from(t.present) * u64::from(den) >= u64::from(t.expected) * u64::from(num))
        }
        QuorumRule::AtLeast { count } => Some(t.present >= count),
    }
}

impl Projector {
    pub fn of(s: &Session, now: Timestamp, lang: Lang) -> Projector {
        let items = &s.agenda.items;
        let step = s.agenda.current.and_then(|id| {
            let i = items.iter().position(|x| x.id == id)?;
            Some((items[i].title.clone(), i + 1, items.len()))
        });
        let turnout = Turnout::of(s);
        let countdown = running_report(s).map(|r| {
            let (secs, paused) = elapsed(r, now);
            let remaining = i64::from(r.planned_minutes) * 60 - secs;
            Countdown {
                reporter: r.reporter.clone(),
                remaining,
                paused,
                warn: remaining <= i64::from(r.warn_minutes) * 60,
            }
        });
        // Confidential rounds never reach the hall's screen, not even as "counting".
        let rounds = s
            .rounds
            .iter()
            .filter(|r| !r.confidential)
            .map(|r| match r.state {
                RoundState::Published => RoundPanel::Published {
                    name: r.name.clone(),
                },
                RoundState::Counting | RoundState::Verified => RoundPanel::Counting {
                    name: r.name.clone(),
                },
            })
            .collect();
        Projector {
            title: s.title(lang),
            step,
            quorum_met: quorum_met(&s.attendance.quorum, &turnout),
            turnout,
            countdown,
            rounds,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture::{at, town};

    #[test]
    fn countdown_runs_pauses_and_goes_over() {
        let mut s = town();
        s.reports[0].timer.truncate(1); // started at 9:10, still running
        let p = Projector::of(&s, at(10, 19, 9, 15), Lang::Zh);
        let c = p.countdown.expect("a report is running");
        assert_eq!((c.remaining, c.paused, c.warn), (15 * 60, false, false));
        let late = Projector::of(&s, at(10, 19, 9, 31), Lang::Zh)
            .countdown
            .expect("still running");
        assert_eq!(late.remaining, -60);
        assert!(late.warn);
        let mut town2 = town();
        town2.reports[0].timer.truncate(2); // paused at 9:20
        let paused = Projector::of(&town2, at(10, 19, 9, 25), Lang::Zh)
            .countdown
            .expect("paused counts as under way");
        assert_eq!((paused.remaining, paused.paused), (10 * 60, true));
        assert!(
            Projector::of(&town(), at(10, 19, 9, 40), Lang::Zh)
                .countdown
                .is_none()
        );
    }

    #[test]
    fn quorum_two_thirds_of_the_roster() {
        let t = |expected, present| Turnout {
            expected,
            present,
            excused: 0,
        };
        let rule = QuorumRule::Fraction { num: 2, den: 3 };
        assert_eq!(quorum_met(&rule, &t(72, 48)), Some(true));
        assert_eq!(quorum_met(&rule, &t(72, 47)), Some(false));
        assert_eq!(quorum_met(&rule, &t(0, 0)), None);
        assert_eq!(quorum_met(&QuorumRule::None, &t(72, 1)), None);
        assert_eq!(
            quorum_met(&QuorumRule::AtLeast { count: 23 }, &t(23, 23)),
            Some(true)
        );
        let p = Projector::of(&town(), at(10, 19, 9, 5), Lang::Zh);
        assert_eq!(p.quorum_met, Some(true));
        assert_eq!((p.turnout.expected, p.turnout.present), (72, 70));
    }

    #[test]
    fn confidential_rounds_never_show_unpublished_ones_say_counting() {
        let mut s = town();
        let mut secret = s.rounds[0].clone();
        secret.confidential = true;
        secret.name = "干部测评".into();
        let mut counting = s.rounds[0].clone();
        counting.state = RoundState::Verified;
        counting.name = "党员评议".into();
        s.rounds.extend([secret, counting]);
        let p = Projector::of(&s, at(10, 19, 10, 0), Lang::Zh);
        assert_eq!(
            p.rounds,
            [
                RoundPanel::Published {
                    name: "党组织群众评议表".into()
                },
                RoundPanel::Counting {
                    name: "党员评议".into()
                }
            ]
        );
    }

    #[test]
    fn the_current_agenda_step_and_its_place() {
        let mut s = town();
        s.agenda.current = Some(3);
        let p = Projector::of(&s, at(10, 19, 9, 15), Lang::Zh);
        assert_eq!(p.step, Some(("述职".to_string(), 3, 8)));
    }
}
