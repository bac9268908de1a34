//! Meetings generated at scale, to prove pingyi stays instant and loses nothing: the large
//! meeting of `pingyi demo --large` (1,000 attendees, 4 rounds × 2,000 ballots, 2,000
//! suggestions…) and folders of town-sized meetings for the archive (`pingyi demo --folder`).
//!
//! Every change goes through the model's audited methods, as the screens make them, so the audit
//! log is the one such a meeting writes. A fixed clock and a fixed pseudo-random sequence make
//! the same bytes every time.

use crate::i18n::{Lang, Message, large as txt};
use crate::model::ballot::BallotError;
use crate::model::input::Refused;
use crate::model::{
    AgendaKind, EntryMode, FieldError, HeaderField, Id, LedgerInput, LedgerStatus, PersonInput,
    RaisedBy, ReportInput, Session, Stamp, SuggestionInput, Template, TimerEventKind, Timestamp,
};
use crate::store::{self, StoreError};
use chrono::{Duration, NaiveDate};
use std::path::{Path, PathBuf};

/// How big a generated meeting is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// Everyone on the roster, walk-ins included.
    pub attendees: usize,
    /// Agenda items: the template's 8 and up to 12 more.
    pub agenda_items: usize,
    pub reports: usize,
    /// Notes over all the reports.
    pub notes: usize,
    pub rounds: usize,
    pub targets: usize,
    /// Ballots per round, entered one by one.
    pub ballots: usize,
    /// Counting tables per round; the ballots are shared out among them.
    pub batches: usize,
    pub suggestions: usize,
    pub ledger_rows: usize,
}

impl Size {
    /// The largest meeting pingyi is built for (issue 6).
    pub const LARGE: Size = Size {
        attendees: 1_000,
        agenda_items: 20,
        reports: 3,
        notes: 200,
        rounds: 4,
        targets: 60,
        ballots: 2_000,
        batches: 4,
        suggestions: 2_000,
        ledger_rows: 500,
    };

    /// A typical meeting, the size of the seed's town meeting: 72 people, one form of 8 items
    /// about the town committee, 66 ballots, 22 suggestions of which 7 get a ledger row.
    pub const TOWN: Size = Size {
        attendees: 72,
        agenda_items: 8,
        reports: 1,
        notes: 12,
        rounds: 1,
        targets: 1,
        ballots: 66,
        batches: 1,
        suggestions: 22,
        ledger_rows: 7,
    };
}

/// A generation step the model refused: a fault in this generator, said in both languages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.en)]
pub struct GenerateError(pub Message);

impl From<Refused> for GenerateError {
    fn from(e: Refused) -> Self {
        GenerateError(txt::step_refused(&e.0))
    }
}

impl From<BallotError> for GenerateError {
    fn from(e: BallotError) -> Self {
        GenerateError(txt::step_refused(&e.message()))
    }
}

impl From<FieldError> for GenerateError {
    fn from(e: FieldError) -> Self {
        GenerateError(txt::step_refused(&e.0))
    }
}

impl From<StoreError> for GenerateError {
    fn from(e: StoreError) -> Self {
        GenerateError(e.bilingual())
    }
}

type Result<T> = std::result::Result<T, GenerateError>;

/// The large meeting of issue 6.
pub fn large() -> Result<Session> {
    generate(&Size::LARGE, 0)
}

/// Writes `count` town-sized meetings into `dir` (made if missing), as the 72 grassroots
/// committees of a county keep them over the years; returns their paths.
pub fn write_folder(dir: &Path, count: usize) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).map_err(|e| GenerateError(txt::folder_failed(dir, &e)))?;
    let mut paths = Vec::with_capacity(count);
    for n in 0..count {
        let s = generate(&Size::TOWN, n as u64 + 1)?;
        let path = dir.join(format!("{}.json", store::file_stem(&s)));
        let path = if paths.contains(&path) {
            dir.join(format!("{}-{n}.json", store::file_stem(&s)))
        } else {
            path
        };
        store::save(&path, &s)?;
        paths.push(path);
    }
    Ok(paths)
}

/// A meeting of `size`; `seed` 0 is the county-wide meeting, any other a committee's meeting.
pub fn generate(size: &Size, seed: u64) -> Result<Session> {
    let (date, committee) = meeting_of(seed);
    let start = at(date, 7, 30);
    let mut s = Session::new(start, Lang::Zh);
    let mut g = Gen {
        rng: Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5EED),
        at: start,
        size: *size,
    };
    g.header(&mut s, &committee, date)?;
    g.agenda(&mut s)?;
    g.roster(&mut s)?;
    g.prepare_reports(&mut s)?;
    let rounds = g.prepare_rounds(&mut s)?;
    g.run_meeting(&mut s, &rounds)?;
    g.follow_up(&mut s)?;
    Ok(s)
}

/// The day and the committee of meeting `seed`: 0 is the county, then every third day from 2008.
fn meeting_of(seed: u64) -> (NaiveDate, String) {
    if seed == 0 {
        let d = NaiveDate::from_ymd_opt(2010, 12, 10).unwrap_or_default();
        return (d, "河阳县直机关".to_string());
    }
    let first = NaiveDate::from_ymd_opt(2008, 1, 8).unwrap_or_default();
    let d = first + Duration::days((seed as i64 % 3000) * 3);
    let place = PLACES[(seed as usize) % PLACES.len()];
    let kind = ["镇", "乡", "街道"][(seed as usize / PLACES.len()) % 3];
    (d, format!("{place}{kind}"))
}

fn at(d: NaiveDate, h: u32, m: u32) -> Timestamp {
    let local = d.and_hms_opt(h, m, 0).unwrap_or_default();
    chrono::FixedOffset::east_opt(8 * 3600)
        .and_then(|cst| local.and_local_timezone(cst).single())
        .unwrap_or_default()
}

/// SplitMix64: small, fast and the same on every machine.
struct Rng(u64);

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

struct Gen {
    rng: Rng,
    /// The meeting's wall clock; every change moves it on.
    at: Timestamp,
    size: Size,
}

/// The agenda of the large meeting: `true` for the template's own items (in its order), else an
/// item added with its kind and minutes.
const AGENDA: [(bool, &str, AgendaKind, u32); 20] = [
    (true, "", AgendaKind::Opening, 0),
    (false, "宣读评议办法", AgendaKind::Other, 5),
    (true, "", AgendaKind::Attendance, 0),
    (true, "", AgendaKind::WorkReport, 0),
    (false, "述职(县纪委)", AgendaKind::WorkReport, 15),
    (false, "述职(县政府)", AgendaKind::WorkReport, 15),
    (false, "现场提问与答复", AgendaKind::Other, 15),
    (true, "", AgendaKind::BallotsOut, 0),
    (true, "", AgendaKind::Counting, 0),
    (false, "发放第二轮测评票", AgendaKind::BallotsOut, 10),
    (false, "第二轮计票", AgendaKind::Counting, 30),
    (true, "", AgendaKind::Results, 0),
    (false, "分组讨论(一)", AgendaKind::Other, 20),
    (false, "分组讨论(二)", AgendaKind::Other, 20),
    (true, "", AgendaKind::Suggestions, 0),
    (false, "意见建议梳理归类", AgendaKind::Other, 15),
    (false, "群众代表发言", AgendaKind::Other, 10),
    (false, "党员代表发言", AgendaKind::Other, 10),
    (false, "上级领导讲话", AgendaKind::Other, 10),
    (true, "", AgendaKind::Closing, 0),
];

const SURNAMES: [&str; 50] = [
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
    "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁",
    "任", "沈",
];
const GIVEN: [&str; 40] = [
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "兰", "萍", "红", "建", "国", "文", "德",
    "志", "海", "春", "燕", "云", "峰", "亮", "辉",
];
const PLACES: [&str; 24] = [
    "东关", "西关", "南河", "北坡", "柳林", "杏园", "石桥", "龙泉", "白杨", "青山", "清水", "马庄",
    "新华", "红星", "前进", "胜利", "永安", "太平", "长乐", "双河", "三里", "五里", "八角", "九龙",
];
const TOPICS: [&str; 12] = [
    "道路硬化",
    "饮水安全",
    "村卫生室",
    "留守儿童",
    "就业培训",
    "低保评定",
    "惠农补贴发放",
    "垃圾清运",
    "路灯维修",
    "文化广场",
    "危房改造",
    "办事效率",
];
const ASKS: [&str; 6] = [
    "建议加快解决",
    "希望尽快落实",
    "请镇里统筹安排",
    "群众反映强烈,要求公开",
    "建议列入明年计划",
    "希望干部多下村了解",
];
/// How the roster shares out among the template's 8 categories, in thousandths.
const CATEGORY_SHARE: [usize; 8] = [120, 150, 100, 80, 60, 90, 50, 350];

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

    fn header(&mut self, s: &mut Session, committee: &str, date: NaiveDate) -> Result<()> {
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

    fn agenda(&mut self, s: &mut Session) -> Result<()> {
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

    fn roster(&mut self, s: &mut Session) -> Result<()> {
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

    fn prepare_reports(&mut self, s: &mut Session) -> Result<()> {
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
    fn prepare_rounds(&mut self, s: &mut Session) -> Result<Vec<Id>> {
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
    fn run_meeting(&mut self, s: &mut Session, rounds: &[Id]) -> Result<()> {
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
    fn follow_up(&mut self, s: &mut Session) -> Result<()> {
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

/// The name of person `i`: unique for the first 2,000.
fn name(i: usize) -> String {
    format!(
        "{}{}{}",
        SURNAMES[i % SURNAMES.len()],
        GIVEN[(i / SURNAMES.len()) % GIVEN.len()],
        GIVEN[(i * 7 + 3) % GIVEN.len()]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_town_sized_meeting_is_sound_and_the_same_every_time() {
        let a = generate(&Size::TOWN, 7).unwrap();
        assert!(a.problems().is_empty(), "{:?}", a.problems());
        assert_eq!(a, generate(&Size::TOWN, 7).unwrap());
        assert_ne!(a, generate(&Size::TOWN, 8).unwrap());
        assert_eq!(a.attendance.people.len(), 72);
        assert_eq!(a.attendance.categories.len(), 8);
        assert_eq!(a.agenda.items.len(), 8);
        let round = &a.rounds[0];
        assert_eq!(round.counted(), 66);
        assert_eq!(round.state, crate::model::RoundState::Published);
        assert_eq!(a.suggestions.len(), 22);
        assert_eq!(
            a.suggestions.iter().filter(|x| x.ledger.is_some()).count(),
            7
        );
    }
}
