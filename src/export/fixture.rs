//! Test meetings with the seed's figures, built field by field so the export tests do not depend on
//! the example sessions or on the live-meeting methods.

use crate::i18n::Lang;
use crate::model::{
    Attendee, BallotItem, BallotRound, Batch, CellTally, Decision, EntryMode, LedgerEntry,
    LedgerStatus, Presence, RaisedBy, ReportNote, RoundState, Session, Suggestion, Target,
    TargetKind, TimerEvent, TimerEventKind, Timestamp, Verification, WorkReport,
};
use chrono::{FixedOffset, NaiveDate, NaiveTime, TimeZone};

pub fn at(month: u32, day: u32, h: u32, m: u32) -> Timestamp {
    let tz = FixedOffset::east_opt(8 * 3600).expect("+08:00 is a valid offset");
    tz.with_ymd_and_hms(2010, month, day, h, m, 0)
        .single()
        .expect("a fixed-offset time is never ambiguous")
}

/// The seed's town meeting of 19 October 2010: 72 on the roster in its 8 categories (70 present,
/// 2 excused), the secretary's work report, one round of 66 ballots, 21 suggestions.
pub fn town() -> Session {
    let mut s = Session::new(at(10, 18, 16, 0), Lang::Zh);
    let h = &mut s.header;
    h.evaluated = "网岭镇党委".into();
    h.subject = "网岭镇党委创先争优群众评议".into();
    h.date = NaiveDate::from_ymd_opt(2010, 10, 19);
    h.start_time = NaiveTime::from_hms_opt(9, 0, 0);
    h.place = "镇政府三楼会议室".into();
    h.chair = "刘建国".into();
    h.minute_taker = "陈静".into();
    h.scrutineers = vec!["王德胜".into(), "李秀英".into()];
    h.counters = vec!["赵磊".into(), "孙敏".into()];
    h.participants =
        "村(居)支部书记、机关干部、党代表、人大代表、政协委员、驻镇单位代表、老干部代表、群众代表"
            .into();

    // Agenda: the default eight items, held from 9:00 in order, each on its planned length.
    let mut minute = 0;
    for item in &mut s.agenda.items {
        item.started = Some(at(10, 19, 9 + minute / 60, minute % 60));
        minute += item.planned_minutes;
        item.ended = Some(at(10, 19, 9 + minute / 60, minute % 60));
    }

    let per_cat = [12u32, 20, 8, 6, 4, 8, 6, 8];
    let mut id = 0;
    for (ci, n) in per_cat.iter().enumerate() {
        for k in 0..*n {
            id += 1;
            let presence = if id == 5 || id == 40 {
                Presence::Excused {
                    reason: "外出".into(),
                }
            } else {
                Presence::Present {
                    at: at(10, 19, 8, 30 + (id % 25)),
                }
            };
            s.attendance.people.push(Attendee {
                id,
                name: format!(
                    "{}{}",
                    ["张", "王", "李", "赵", "刘", "陈", "杨", "黄"][ci],
                    k + 1
                ),
                category: s.attendance.categories[ci].clone(),
                unit: String::new(),
                note: String::new(),
                presence,
                walk_in: false,
            });
        }
    }

    s.reports.push(WorkReport {
        id: 1,
        reporter: "黄武".into(),
        position: "镇党委书记".into(),
        title: "1至9月份创先争优工作情况".into(),
        planned_minutes: 20,
        warn_minutes: 2,
        timer: vec![
            TimerEvent {
                kind: TimerEventKind::Start,
                at: at(10, 19, 9, 10),
            },
            TimerEvent {
                kind: TimerEventKind::Pause,
                at: at(10, 19, 9, 20),
            },
            TimerEvent {
                kind: TimerEventKind::Resume,
                at: at(10, 19, 9, 22),
            },
            TimerEvent {
                kind: TimerEventKind::End,
                at: at(10, 19, 9, 31),
            },
        ],
        notes: vec![
            ReportNote {
                at: at(10, 19, 9, 12),
                text: "扶贫开发:新建产业基地三处".into(),
            },
            ReportNote {
                at: at(10, 19, 9, 25),
                text: "农村基础设施:硬化村道 12 公里".into(),
            },
        ],
    });

    let form = &crate::model::Template::default_for(Lang::Zh).forms[0];
    s.rounds.push(BallotRound {
        id: 1,
        name: form.name.clone(),
        confidential: false,
        targets: vec![Target {
            id: 1,
            name: "网岭镇党委".into(),
            kind: TargetKind::Organisation,
        }],
        items: form.items.clone(),
        expected: None,
        present: None,
        issued: Some(66),
        returned: Some(66),
        batches: vec![town_batch(&form.items)],
        recheck: None,
        state: RoundState::Published,
        verification: Some(Verification {
            at: at(10, 19, 9, 52),
            scrutineers: vec!["王德胜".into(), "李秀英".into()],
        }),
        published_at: Some(at(10, 19, 9, 56)),
        instructions: None,
        printed: Vec::new(),
    });

    let cats = s.suggestion_categories.clone();
    for i in 0..21u32 {
        let cat = cats[(i as usize) % 7].clone();
        let accepted = i % 3 != 2;
        let ledger = accepted.then(|| LedgerEntry {
            measure: format!("落实第 {} 条建议", i + 1),
            owner: "镇党政办".into(),
            deadline: NaiveDate::from_ymd_opt(2010, 12, 1 + i % 28),
            status: match i % 4 {
                0 => LedgerStatus::Closed,
                1 => LedgerStatus::Done,
                2 => LedgerStatus::InProgress,
                _ => LedgerStatus::Pending,
            },
            progress: Vec::new(),
            closed_at: None,
        });
        s.suggestions.push(Suggestion {
            id: i + 1,
            at: at(10, 19, 10, i),
            text: format!("{cat}方面的建议第 {} 条", i + 1),
            category: cat,
            raised_by: if i % 2 == 0 {
                RaisedBy::Attendee { id: i + 10 }
            } else {
                RaisedBy::Anonymous
            },
            concerns: "网岭镇党委".into(),
            decision: if accepted {
                Decision::Accepted
            } else {
                Decision::Declined {
                    reason: "不属本级职权".into(),
                }
            },
            ledger,
        });
    }
    s
}

/// The town round's paper tally: 66 valid ballots. 整体评价 66 满意 (the seed's 满意率 100%);
/// 发挥战斗堡垒作用 64 好 and 2 较好 (the seed's "96% 好", 64/66 = 96.97%); the other items
/// mostly 满意 with a few 基本满意, one 不满意 and one blank.
fn town_batch(items: &[BallotItem]) -> Batch {
    let cells = items
        .iter()
        .map(|item| {
            let (grades, blank) = match item.name.as_str() {
                "整体评价" => (vec![66, 0, 0], 0),
                "发挥战斗堡垒作用" => (vec![64, 2, 0, 0], 0),
                "领导班子好" => (vec![60, 5, 1], 0),
                "群众反映好" => (vec![58, 7, 0], 1),
                _ => (vec![62, 4, 0], 0),
            };
            CellTally {
                target: 1,
                item: item.id,
                grades,
                blank,
                void_mark: 0,
            }
        })
        .collect();
    Batch {
        uid: "town-table-1".into(),
        label: "第一计票组".into(),
        clerk: "赵磊".into(),
        mode: EntryMode::Grid,
        valid_ballots: 66,
        void_ballots: 0,
        cells,
        ballots: Vec::new(),
        review: Vec::new(),
    }
}
