//! Building a generated meeting step by step, as a minute-taker, the clerks and the scrutineers
//! would: header, agenda, roster, reports and rounds prepared, then the meeting run item by item
//! (check-ins, reports with notes, ballots read in, rounds signed off, suggestions taken), then
//! the weeks of follow-up after it.

use super::words::{AGENDA, ASKS, CATEGORY_SHARE, PLACES, TOPICS, name};
use super::{Result, Size, at};
use crate::i18n::{Lang, large as txt};
use crate::model::{
    AgendaKind, EntryMode, HeaderField, Id, LedgerInput, LedgerStatus, PersonInput, RaisedBy,
    ReportInput, Session, Stamp, SuggestionInput, Template, TimerEventKind, Timestamp,
};
use chrono::{Duration, NaiveDate};

/// SplitMix64: small, fast and the same on every machine.
pub(super) struct Rng(pub(super) u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 for n = 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list.get(self.below(list.len()))
            .copied()
            .unwrap_or_default()
    }
}

pub(super) struct Gen {
    pub(super) rng: Rng,
    /// The meeting's wall clock; every change moves it on.
    pub(super) at: Timestamp,
    pub(super) size: Size,
}

impl Gen {
    /// The clock `secs` seconds on, stamped for `who`.
    fn stamp(&mut self, secs: i64, who: &str) -> Stamp {
        self.at += Duration::seconds(secs.max(1));
        Stamp::new(self.at, who)
    }

    /// The clock `secs` and up to `spread` more seconds on, as people are not machines.
    fn stamp_about(&mut self, secs: i64, spread: usize, who: &str) -> Stamp {
        let extra = self.rng.below(spread) as i64;
        self.stamp(secs + extra, who)
    }

    pub(super) fn header(
        &mut self,
        s: &mut Session,
        committee: &str,
        date: NaiveDate,
    ) -> Result<()> {
        let county = self.size.attendees > 500;
        let subject = if county {
            format!("{committee}创先争优群众评议大会")
        } else {
            format!("{committee}党委创先争优群众评议会")
        };
        let place = format!("{committee}会议中心");
        let participants = format!(
            "各村(居)支部书记、机关干部、党代表、人大代表、政协委员、驻地单位代表、老干部代表、群众代表,共计{}人",
            self.size.attendees
        );
        let fields = [
            (HeaderField::Evaluated, format!("{committee}党委")),
            (HeaderField::Subject, subject),
            (HeaderField::Date, date.to_string()),
            (HeaderField::StartTime, "08:30".to_string()),
            (HeaderField::Place, place),
            (HeaderField::Chair, "陈明(党委副书记)".to_string()),
            (HeaderField::MinuteTaker, "李静(党政办)".to_string()),
            (HeaderField::Scrutineers, "王立新、赵红梅".to_string()),
            (HeaderField::Counters, "周强、孙丽".to_string()),
            (HeaderField::Participants, participants),
        ];
        for (field, value) in fields {
            let stamp = self.stamp(20, "李静");
            s.set_header_field(field, &value, &stamp)?;
        }
        Ok(())
    }

    pub(super) fn agenda(&mut self, s: &mut Session) -> Result<()> {
        let extra = self.size.agenda_items.saturating_sub(s.agenda.items.len());
        let mut added = 0;
        for (index, (template, title, kind, minutes)) in AGENDA.iter().enumerate() {
            if *template || added >= extra {
                continue;
            }
            let stamp = self.stamp(15, "李静");
            let index = index.min(s.agenda.items.len());
            s.agenda_add(title, *kind, &minutes.to_string(), Some(index), &stamp)?;
            added += 1;
        }
        Ok(())
    }

    /// The roster's category (an index into the template's 8) of person `i`.
    fn category_index(&self, i: usize) -> usize {
        let thousandth = i * 1000 / self.size.attendees.max(1);
        let mut upto = 0;
        CATEGORY_SHARE
            .iter()
            .position(|share| {
                upto += share;
                thousandth < upto
            })
            .unwrap_or(CATEGORY_SHARE.len() - 1)
    }

    /// Person `i` in the session's category `cat` (the last one when it has fewer).
    fn person(&self, s: &Session, i: usize, cat: usize) -> PersonInput {
        let cats = &s.attendance.categories;
        PersonInput {
            name: name(i),
            category: cats.get(cat).or(cats.last()).cloned().unwrap_or_default(),
            unit: format!("{}村", PLACES[(i / 3) % PLACES.len()]),
            note: String::new(),
        }
    }

    pub(super) fn roster(&mut self, s: &mut Session) -> Result<()> {
        let walk_ins = (self.size.attendees / 100).max(1);
        let on_roster = self.size.attendees.saturating_sub(walk_ins);
        for i in 0..on_roster {
            let p = self.person(s, i, self.category_index(i));
            let stamp = self.stamp(2, "李静");
            s.attendee_add(&p, &stamp)?;
        }
        Ok(())
    }

    fn check_in_everyone(&mut self, s: &mut Session) -> Result<()> {
        let ids: Vec<Id> = s.attendance.people.iter().map(|p| p.id).collect();
        for id in ids {
            let stamp = self.stamp_about(1, 3, "李静");
            match self.rng.below(100) {
                0..=94 => drop(s.check_in(id, &stamp)?),
                95..=97 => drop(s.excuse(
                    id,
                    ["出差", "生病住院", "外出务工"][id as usize % 3],
                    &stamp,
                )?),
                _ => {}
            }
        }
        let walk_ins = self.size.attendees - s.attendance.people.len();
        for k in 0..walk_ins {
            let mut p = self.person(s, self.size.attendees + k, CATEGORY_SHARE.len() - 1);
            p.note = txt::WALK_IN_NOTE.zh.to_string();
            let stamp = self.stamp(5, "李静");
            s.attendee_walk_in(&p, &stamp)?;
        }
        Ok(())
    }

    pub(super) fn prepare_reports(&mut self, s: &mut Session) -> Result<()> {
        let reporters = [
            ("黄武", "党委书记"),
            ("钱立", "纪委书记"),
            ("孔德成", "镇长"),
        ];
        for k in 0..self.size.reports {
            let (who, position) = reporters[k % reporters.len()];
            let input = ReportInput {
                reporter: who.to_string(),
                position: position.to_string(),
                title: format!("{position}{}年1至9月工作述职", self.at.format("%Y")),
                planned_minutes: "20".to_string(),
                warn_minutes: String::new(),
            };
            let stamp = self.stamp(30, "李静");
            s.report_add(&input, &stamp)?;
        }
        Ok(())
    }

    /// Starts every round with its targets and accounting ready; returns their ids.
    pub(super) fn prepare_rounds(&mut self, s: &mut Session) -> Result<Vec<Id>> {
        let forms = Template::default_for(Lang::Zh).forms;
        let mut ids = Vec::new();
        for r in 0..self.size.rounds {
            let Some(form) = forms.get(r % forms.len().max(1)) else {
                break;
            };
            let stamp = self.stamp(30, "周强");
            let id = s.add_round_from_form(form, &stamp)?;
            let member_form = r % 2 == 1;
            let names: Vec<String> = (0..self.size.targets)
                .map(|t| match (member_form, self.size.targets) {
                    (true, _) => name(t * 13 + 5),
                    (false, 1) => s.header.evaluated.clone(),
                    (false, _) => format!("第{}党支部", t + 1),
                })
                .collect();
            let issued = (self.size.ballots + self.size.ballots / 40) as u32;
            let kind = form.target_kind;
            s.with_round(id, &stamp, |round, j| {
                round.add_targets(&names, kind, j)?;
                round.set_expected(Some(issued), j)?;
                round.set_issued(Some(issued), j)
            })?;
            ids.push(id);
        }
        Ok(ids)
    }

    /// Steps through the agenda, doing at each item what it is for.
    pub(super) fn run_meeting(&mut self, s: &mut Session, rounds: &[Id]) -> Result<()> {
        self.at = at(s.meeting_date(), 8, 30);
        let kinds: Vec<AgendaKind> = s.agenda.items.iter().map(|i| i.kind).collect();
        let share = |kind: AgendaKind, pos: usize, n: usize| {
            let of_kind: Vec<usize> = (0..kinds.len()).filter(|&i| kinds[i] == kind).collect();
            let k = of_kind.len().max(1);
            let nth = of_kind.iter().position(|&i| i == pos).unwrap_or(0);
            (nth * n / k)..((nth + 1) * n / k)
        };
        let report_ids: Vec<Id> = s.reports.iter().map(|r| r.id).collect();
        for (pos, kind) in kinds.iter().enumerate() {
            let stamp = self.stamp(60, "李静");
            s.agenda_next(&stamp)?;
            match kind {
                AgendaKind::Attendance => self.check_in_everyone(s)?,
                AgendaKind::WorkReport => {
                    let range = share(*kind, pos, report_ids.len());
                    let notes = self.size.notes;
                    for (k, id) in report_ids[range.clone()].iter().enumerate() {
                        let n = range.start + k;
                        let count =
                            (n + 1) * notes / report_ids.len() - n * notes / report_ids.len();
                        self.run_report(s, *id, count)?;
                    }
                }
                AgendaKind::Counting => {
                    for id in &rounds[share(*kind, pos, rounds.len())] {
                        self.count_round(s, *id)?;
                    }
                }
                AgendaKind::Results => self.sign_off(s, rounds)?,
                AgendaKind::Suggestions => self.collect_suggestions(s)?,
                _ => self.at += Duration::minutes(5),
            }
        }
        Ok(())
    }

    fn run_report(&mut self, s: &mut Session, id: Id, notes: usize) -> Result<()> {
        let stamp = self.stamp(10, "李静");
        s.report_timer(id, TimerEventKind::Start, &stamp)?;
        for n in 0..notes {
            if n == notes / 2 {
                let stamp = self.stamp(20, "李静");
                s.report_timer(id, TimerEventKind::Pause, &stamp)?;
                let stamp = self.stamp(90, "李静");
                s.report_timer(id, TimerEventKind::Resume, &stamp)?;
            }
            let text = format!(
                "第{}点:{}方面,{}。",
                n + 1,
                self.rng.pick(&TOPICS),
                [
                    "已完成年度任务",
                    "推进较慢,需加力",
                    "群众满意度提高",
                    "资金已到位"
                ][self.rng.below(4)]
            );
            let stamp = self.stamp_about(8, 20, "李静");
            s.report_note_add(id, &text, &stamp)?;
        }
        let stamp = self.stamp(30, "李静");
        s.report_timer(id, TimerEventKind::End, &stamp)?;
        Ok(())
    }

    /// One ballot's marks: mostly the best grade, some lower, a few blanks and double marks.
    fn marks(&mut self, s: &Session, round: Id) -> String {
        let Some(r) = s.round(round) else {
            return String::new();
        };
        let mut out = String::with_capacity(r.cells_per_ballot());
        for _ in &r.targets {
            for item in &r.items {
                let grades = item.scale.grades.len().max(1);
                let c = match self.rng.below(1000) {
                    0..=869 => '1',
                    870..=949 => '2',
                    950..=979 => char::from(
                        b'1' + (2 + self.rng.below(grades.saturating_sub(2).max(1))).min(grades - 1)
                            as u8,
                    ),
                    980..=994 => '0',
                    _ => 'x',
                };
                out.push(c);
            }
        }
        out
    }

    fn count_round(&mut self, s: &mut Session, id: Id) -> Result<()> {
        let n = self.size.ballots;
        let clerks = ["周强", "孙丽", "吴磊", "杨帆"];
        let stamp = self.stamp(60, "周强");
        s.with_round(id, &stamp, |r, j| r.set_returned(Some(n as u32), j))?;
        let batches = self.size.batches.max(1);
        for b in 0..batches {
            let clerk = clerks[b % clerks.len()];
            let uid = format!("r{id}-t{}", b + 1);
            let label = format!("第{}计票组", b + 1);
            let stamp = self.stamp(10, clerk);
            s.with_round(id, &stamp, |r, j| {
                r.add_batch(&uid, &label, clerk, EntryMode::Ballots, j)
            })?;
            for k in (b * n / batches)..((b + 1) * n / batches) {
                let marks = self.marks(s, id);
                let stamp = self.stamp(1, clerk);
                if k % 100 == 99 {
                    s.with_round(id, &stamp, |r, j| r.commit_void_ballot(&uid, j))?;
                } else {
                    s.with_round(id, &stamp, |r, j| r.commit_ballot(&uid, &marks, j))?;
                }
            }
        }
        Ok(())
    }

    /// Verifies and publishes the rounds; with several, the last stays in counting and the one
    /// before it verified, so a meeting still under way is what the screens show.
    fn sign_off(&mut self, s: &mut Session, rounds: &[Id]) -> Result<()> {
        let scrutineers = s.header.scrutineers.clone();
        for (k, id) in rounds.iter().enumerate() {
            let left = rounds.len() - k;
            if rounds.len() > 1 && left == 1 {
                continue;
            }
            let stamp = self.stamp(60, "王立新");
            s.with_round(*id, &stamp, |r, j| {
                r.verify(&scrutineers, j)?;
                if rounds.len() == 1 || left > 2 {
                    r.publish(j)?;
                }
                Ok(())
            })?;
        }
        Ok(())
    }

    fn collect_suggestions(&mut self, s: &mut Session) -> Result<()> {
        let categories = s.suggestion_categories.clone();
        let present: Vec<Id> = s.attendance.people.iter().map(|p| p.id).collect();
        for n in 0..self.size.suggestions {
            let topic = self.rng.pick(&TOPICS);
            let place = self.rng.pick(&PLACES);
            let mut text = format!("{place}村{topic}问题,{}。", self.rng.pick(&ASKS));
            if n % 25 == 0 {
                text.push_str("\n具体情况:去年已反映过一次,至今没有答复,希望这次能给个时间表。");
            }
            let raised_by = match self.rng.below(10) {
                0..=5 => RaisedBy::Attendee {
                    id: present[self.rng.below(present.len())],
                },
                6..=8 => RaisedBy::Anonymous,
                _ => RaisedBy::Named {
                    name: name(self.size.attendees * 2 + n),
                },
            };
            let input = SuggestionInput {
                text,
                category: categories[n % categories.len().max(1)].clone(),
                raised_by,
                concerns: s.header.evaluated.clone(),
            };
            let stamp = self.stamp_about(3, 10, "李静");
            s.suggestion_add(&input, &stamp)?;
        }
        Ok(())
    }

    /// The weeks after: suggestions sorted (merged, declined, accepted), ledger rows kept.
    pub(super) fn follow_up(&mut self, s: &mut Session) -> Result<()> {
        self.at = at(s.meeting_date() + Duration::days(3), 9, 0);
        let ids: Vec<Id> = s.suggestions.iter().map(|x| x.id).collect();
        for (n, id) in ids.iter().enumerate() {
            if n % 20 == 19 {
                let stamp = self.stamp(30, "李静");
                s.suggestion_merge(*id, ids[n - 1], &stamp)?;
            }
        }
        let mut accepted = Vec::new();
        for (n, id) in ids.iter().enumerate() {
            let stamp = self.stamp(30, "陈明");
            if n % 20 == 17 {
                s.suggestion_decline(*id, "不属于本级职权范围,已转交县有关部门", &stamp)?;
            } else if n % 20 != 19
                && accepted.len() < self.size.ledger_rows + self.size.ledger_rows / 10
            {
                s.suggestion_accept(*id, &stamp)?;
                accepted.push(*id);
            }
        }
        let meeting = s.meeting_date();
        for (k, id) in accepted.iter().take(self.size.ledger_rows).enumerate() {
            let input = LedgerInput {
                measure: format!("制定整改方案,明确时间节点,第{}项", k + 1),
                owner: name(k * 11 + 1),
                deadline: (meeting + Duration::days(30 + (k % 60) as i64)).to_string(),
            };
            let stamp = self.stamp(60, "陈明");
            s.ledger_set(*id, &input, &stamp)?;
            let steps: &[LedgerStatus] = match k % 4 {
                0 => &[],
                1 => &[LedgerStatus::InProgress],
                2 => &[LedgerStatus::InProgress, LedgerStatus::Done],
                _ => &[
                    LedgerStatus::InProgress,
                    LedgerStatus::Done,
                    LedgerStatus::Closed,
                ],
            };
            for status in steps {
                let stamp = self.stamp(3600, "陈明");
                if *status == LedgerStatus::Done {
                    s.ledger_progress(*id, "已按方案完成,群众代表回访满意", &stamp)?;
                }
                s.ledger_status(*id, *status, &stamp)?;
            }
        }
        Ok(())
    }
}
