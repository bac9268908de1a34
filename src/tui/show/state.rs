//! What the projector shows, derived from the record and the time: the title, the agenda step,
//! the turnout and quorum, the running work report's countdown, and the results the public may see.

use crate::archive::Turnout;
use crate::i18n::Lang;
use crate::model::{
    BallotRound, MeetingState, Percent, QuorumRule, RoundState, Session, TimerPhase, Timestamp,
    WorkReport,
};

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

/// One bar on the big screen: a target's (or an item's) headline rate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    /// The rate's name (满意率, 好评率…), so the hall knows what is counted.
    pub rate: String,
    pub share: Percent,
}

/// A round as the hall may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoundPanel {
    /// Not yet published: only "计票中".
    Counting { name: String },
    /// Published: its bars and the response rate that stands beside them.
    Published {
        name: String,
        bars: Vec<Bar>,
        response: Percent,
    },
}

/// The bars of a published round: on a one-target form every item's first rate; otherwise every
/// target's first rate of the overall item (整体评价/综合评价, else the last), ranked.
pub fn bars(s: &Session, round: &BallotRound) -> (Vec<Bar>, Percent) {
    let Some(r) = s.round_results(round.id) else {
        return (Vec::new(), Percent::default());
    };
    let response = r.accounting.response_rate();
    let rate_of = |ii: usize| round.items.get(ii).and_then(|i| i.rates.first());
    let bars = if round.targets.len() == 1 {
        (0..round.items.len())
            .filter_map(|ii| {
                let rate = rate_of(ii)?;
                let row = r.row(0, ii)?;
                Some(Bar {
                    label: round.items[ii].name.clone(),
                    rate: rate.name.clone(),
                    share: row.rates.first()?.share,
                })
            })
            .collect()
    } else {
        let overall = round
            .items
            .iter()
            .position(|i| crate::i18n::ballots::is_overall_item(&i.name))
            .or_else(|| round.items.len().checked_sub(1));
        match overall.and_then(|ii| Some((ii, rate_of(ii)?))) {
            Some((ii, rate)) => r
                .ranked(ii, 0)
                .into_iter()
                .filter_map(|(ti, share)| {
                    Some(Bar {
                        label: round.targets.get(ti)?.name.clone(),
                        rate: rate.name.clone(),
                        share,
                    })
                })
                .collect(),
            None => Vec::new(),
        }
    };
    (bars, response)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Projector {
    pub title: String,
    /// The agenda item under way, with its place: (title, n, of).
    pub step: Option<(String, usize, usize)>,
    /// Where the meeting stands, for the step line when no item is under way (not started,
    /// between items, over).
    pub meeting: MeetingState,
    pub turnout: Turnout,
    /// `None` when no quorum is required or there is no roster.
    pub quorum_met: Option<bool>,
    pub countdown: Option<Countdown>,
    pub rounds: Vec<RoundPanel>,
}

/// The report whose timer is running or paused (the newest such, should there be two).
fn running_report(s: &Session) -> Option<&WorkReport> {
    s.reports
        .iter()
        .rev()
        .find(|r| matches!(r.phase(), TimerPhase::Running | TimerPhase::Paused))
}

/// Whether enough came, by the meeting's rule; `None` when no rule applies or no roster is kept.
pub fn quorum_met(s: &Session) -> Option<bool> {
    if s.attendance.quorum == QuorumRule::None || s.attendance.counts().total.expected == 0 {
        return None;
    }
    Some(s.attendance.quorum_status().met)
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
            let t = r.timer_state(now);
            Countdown {
                reporter: r.reporter.clone(),
                remaining: t.remaining - t.overrun,
                paused: t.phase == TimerPhase::Paused,
                warn: t.warning || t.overrun > 0,
            }
        });
        // Confidential rounds never reach the hall's screen, not even as "counting".
        let rounds = s
            .rounds
            .iter()
            .filter(|r| !r.confidential)
            .map(|r| match r.state {
                RoundState::Published => {
                    let (bars, response) = bars(s, r);
                    RoundPanel::Published {
                        name: r.name.clone(),
                        bars,
                        response,
                    }
                }
                RoundState::Counting | RoundState::Verified => RoundPanel::Counting {
                    name: r.name.clone(),
                },
            })
            .collect();
        Projector {
            title: s.title(lang),
            step,
            meeting: s.state(),
            quorum_met: quorum_met(s),
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
        let mut s = town();
        assert_eq!(quorum_met(&s), Some(true), "70 of 72");
        for p in s.attendance.people.iter_mut().skip(48) {
            p.presence = crate::model::Presence::Expected;
        }
        assert_eq!(s.attendance.counts().total.present, 46);
        assert_eq!(quorum_met(&s), Some(false), "46 of 72 is under 2/3 (48)");
        s.attendance.quorum = QuorumRule::None;
        assert_eq!(quorum_met(&s), None);
        let p = Projector::of(&town(), at(10, 19, 9, 5), Lang::Zh);
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
        assert_eq!(p.rounds.len(), 2);
        let RoundPanel::Published {
            name,
            bars,
            response,
        } = &p.rounds[0]
        else {
            panic!("the first round is published")
        };
        assert_eq!(name, "党组织群众评议表");
        assert_eq!(bars.len(), 8, "one target: a bar per item");
        assert_eq!(bars[7].label, "整体评价");
        assert_eq!(bars[7].share.to_string(), "100.00%");
        assert_eq!(bars[6].rate, "好评率");
        assert_eq!(response.to_string(), "91.67%");
        assert_eq!(
            p.rounds[1],
            RoundPanel::Counting {
                name: "党员评议".into()
            }
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
