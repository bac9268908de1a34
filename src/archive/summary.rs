//! One meeting reduced to its archive row: when, what, who came, how many rounds, what became of
//! the suggestions, and every follow-up that is late.

use crate::model::{BallotRound, LedgerStatus, Percent, Session};
use chrono::NaiveDate;
use serde::Serialize;
use std::path::PathBuf;

/// Who came, from the roster: 应到 counts everyone expected (the excused too), 实到 everyone
/// checked in (walk-ins too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Turnout {
    pub expected: u32,
    pub present: u32,
    pub excused: u32,
}

impl Turnout {
    pub fn of(s: &Session) -> Turnout {
        let t = s.attendance.counts().total;
        Turnout {
            expected: t.expected,
            present: t.present,
            excused: t.excused,
        }
    }
}

/// What became of the suggestions: collected (every one raised), accepted, solved (done or closed
/// off), overdue (past the deadline and not done, as of the day asked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct SuggestionCounts {
    pub collected: u32,
    pub accepted: u32,
    pub solved: u32,
    pub overdue: u32,
}

impl SuggestionCounts {
    pub fn of(s: &Session, as_of: NaiveDate) -> SuggestionCounts {
        let c = s.suggestion_counts(as_of);
        SuggestionCounts {
            collected: c.collected,
            accepted: c.accepted,
            solved: c.solved,
            overdue: c.overdue,
        }
    }

    pub fn add(&mut self, o: &SuggestionCounts) {
        self.collected += o.collected;
        self.accepted += o.accepted;
        self.solved += o.solved;
        self.overdue += o.overdue;
    }
}

/// A follow-up past its deadline, with the meeting it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OverdueRow {
    pub file: PathBuf,
    pub meeting_date: Option<NaiveDate>,
    pub meeting: String,
    pub suggestion: u32,
    pub text: String,
    pub measure: String,
    pub owner: String,
    pub deadline: NaiveDate,
    pub days_late: i64,
    pub status: LedgerStatus,
}

/// A round's headline: the first rate of its overall item (整体评价 / 综合评价, else the last
/// item), summed over the round's targets, named as the form names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Headline {
    pub round: String,
    pub item: String,
    pub rate: String,
    pub num: u64,
    pub den: u64,
    /// As printed: `100.00%`.
    pub text: String,
    #[serde(skip)]
    pub share: Percent,
}

fn overall_item(round: &BallotRound) -> Option<usize> {
    round
        .items
        .iter()
        .position(|i| crate::i18n::ballots::is_overall_item(&i.name))
        .or_else(|| round.items.len().checked_sub(1))
}

fn headlines(s: &Session) -> (u32, Vec<Headline>) {
    let mut ballots = 0u32;
    let mut out = Vec::new();
    for round in &s.rounds {
        let Some(r) = s.round_results(round.id) else {
            continue;
        };
        ballots = ballots.saturating_add(r.accounting.returned.unwrap_or(r.accounting.counted()));
        let Some(ii) = overall_item(round) else {
            continue;
        };
        let Some(rate) = round.items[ii].rates.first() else {
            continue;
        };
        if r.accounting.counted() == 0 {
            continue;
        }
        if let Some(share) = r.item_total(round, ii, 0) {
            out.push(Headline {
                round: round.name.clone(),
                item: round.items[ii].name.clone(),
                rate: rate.name.clone(),
                num: share.num(),
                den: share.den(),
                text: share.to_string(),
                share,
            });
        }
    }
    (ballots, out)
}

/// One meeting's archive row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingSummary {
    pub file: PathBuf,
    pub date: Option<NaiveDate>,
    pub title: String,
    pub evaluated: String,
    pub turnout: Turnout,
    pub rounds: u32,
    /// Ballots returned over all rounds (counted ones where 收回 was not typed).
    pub ballots: u32,
    pub headlines: Vec<Headline>,
    pub suggestions: SuggestionCounts,
    #[serde(skip)]
    pub overdue: Vec<OverdueRow>,
}

impl MeetingSummary {
    pub fn of(file: PathBuf, s: &Session, as_of: NaiveDate) -> MeetingSummary {
        let lang = s.lang;
        let title = s.title(lang);
        let overdue = s
            .suggestions
            .iter()
            .filter_map(|x| {
                let l = x.ledger.as_ref()?;
                let deadline = l.deadline?;
                l.is_overdue(as_of).then(|| OverdueRow {
                    file: file.clone(),
                    meeting_date: s.header.date,
                    meeting: title.clone(),
                    suggestion: x.id,
                    text: x.text.clone(),
                    measure: l.measure.clone(),
                    owner: l.owner.clone(),
                    deadline,
                    days_late: (as_of - deadline).num_days(),
                    status: l.status,
                })
            })
            .collect();
        let (ballots, headlines) = headlines(s);
        MeetingSummary {
            ballots,
            headlines,
            date: s.header.date.or_else(|| Some(s.created.date_naive())),
            title,
            evaluated: s.header.evaluated.clone(),
            turnout: Turnout::of(s),
            rounds: u32::try_from(s.rounds.len()).unwrap_or(u32::MAX),
            suggestions: SuggestionCounts::of(s, as_of),
            overdue,
            file,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture::town;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2010, m, d).expect("a real date")
    }

    #[test]
    fn town_meeting_row() {
        let s = town();
        let m = MeetingSummary::of("town.json".into(), &s, day(12, 15));
        assert_eq!(m.date, Some(day(10, 19)));
        assert_eq!(m.title, "网岭镇党委创先争优群众评议");
        assert_eq!(
            m.turnout,
            Turnout {
                expected: 72,
                present: 70,
                excused: 2
            }
        );
        assert_eq!(m.rounds, 1);
        assert_eq!(m.ballots, 66);
        assert_eq!(m.headlines.len(), 1);
        assert_eq!(m.headlines[0].item, "整体评价");
        assert_eq!(m.headlines[0].rate, "满意率");
        assert_eq!(m.headlines[0].text, "100.00%");
        assert_eq!(m.suggestions.collected, 21);
        assert_eq!(m.suggestions.accepted, 14);
        assert_eq!(m.overdue.len() as u32, m.suggestions.overdue);
        assert!(m.overdue.iter().all(|r| r.days_late > 0));
    }

    #[test]
    fn walk_ins_count_as_present_not_expected() {
        let mut s = town();
        let mut w = s.attendance.people[0].clone();
        w.id = 999;
        w.walk_in = true;
        s.attendance.people.push(w);
        let t = Turnout::of(&s);
        assert_eq!((t.expected, t.present), (72, 71));
    }

    #[test]
    fn nothing_is_overdue_before_the_deadlines() {
        let m = MeetingSummary::of("t.json".into(), &town(), day(11, 1));
        assert_eq!(m.suggestions.overdue, 0);
        assert!(m.overdue.is_empty());
    }
}
