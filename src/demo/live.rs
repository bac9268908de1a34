//! The live part of the example meetings, entered through the model's audited methods as the
//! clerk would: the roster and check-in, the agenda stepped through, the work report with its
//! timer and notes, the suggestions from the floor and their ledger.
//!
//! Town (19 Oct 2010): 72 on the roster in the seed's eight categories, 68 checked in, 3 excused,
//! 2 walk-ins (实到 70); 镇党委书记 黄武 reports; 22 suggestions, 15 accepted into the ledger.
//! Oil field (5 Nov 2010): 23 staff, all present; 12 suggestions collected, 7 solved.

use super::at;
use crate::model::{
    LedgerInput, LedgerStatus, PersonInput, RaisedBy, ReportInput, Session, Stamp, SuggestionInput,
    TimerEventKind, Timestamp,
};
use chrono::Duration;

const SURNAMES: [&str; 24] = [
    "王", "李", "张", "刘", "陈", "杨", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何",
    "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩",
];
const GIVEN: [&str; 30] = [
    "建国", "秀英", "国强", "丽华", "志明", "海燕", "卫东", "春梅", "德胜", "玉兰", "振华", "桂芳",
    "光明", "红霞", "永刚", "淑珍", "文斌", "晓燕", "成林", "金凤", "立新", "素梅", "长青", "小平",
    "水生", "月娥", "家宝", "翠英", "正华", "雪琴",
];
const VILLAGES: [&str; 8] = [
    "网岭村",
    "下洋村",
    "东山村",
    "溪口村",
    "前坪村",
    "后垄村",
    "新街社区",
    "老街社区",
];

/// The n-th example name: distinct for n below 24 × 30.
fn name(n: usize) -> String {
    format!("{}{}", SURNAMES[n % 24], GIVEN[(n * 7 + n / 24) % 30])
}

fn stamp(at: Timestamp, who: &str) -> Stamp {
    Stamp::new(at, who)
}

/// A step of an example that the model refused would make a broken example: say which.
fn ok<T, E: std::fmt::Debug>(step: &str, r: Result<T, E>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("example step “{step}” was refused: {e:?}"),
    }
}

pub fn fill_town(s: &mut Session) {
    let clerk = "李静";
    let cats = s.attendance.categories.clone();
    let per_category = [12usize, 15, 10, 8, 5, 6, 6, 10];
    let mut rows = Vec::new();
    let mut n = 0;
    for (c, count) in cats.iter().zip(per_category) {
        for k in 0..count {
            let unit = match c.as_str() {
                "村(居)支部书记" | "群众代表" | "老干部代表" => VILLAGES[k % 8],
                "机关干部" => "网岭镇机关",
                "驻镇单位代表" => [
                    "网岭镇中心学校",
                    "网岭镇卫生院",
                    "网岭供电所",
                    "网岭派出所",
                    "信用社网岭分社",
                    "网岭邮政所",
                ][k % 6],
                _ => "网岭镇",
            };
            rows.push(PersonInput::new(&name(n), c, unit));
            n += 1;
        }
    }
    ok(
        "roster",
        s.roster_import(&rows, &[], &stamp(at(2010, 10, 18, 16, 0), clerk)),
    );
    let ids: Vec<u32> = s.attendance.people.iter().map(|p| p.id).collect();
    for (k, id) in ids.iter().enumerate().take(68) {
        let t = at(2010, 10, 19, 8, 30) + Duration::seconds(k as i64 * 25);
        ok("check-in", s.check_in(*id, &stamp(t, clerk)));
    }
    let excused = [(68, "外出学习"), (69, "病假"), (70, "村里防汛值班")];
    for (k, reason) in excused {
        ok(
            "excuse",
            s.excuse(ids[k], reason, &stamp(at(2010, 10, 19, 8, 59), clerk)),
        );
    }
    for (who, unit) in [("黄海生", "网岭村"), ("林秋菊", "下洋村")] {
        let p = PersonInput::new(who, "群众代表", unit);
        ok(
            "walk-in",
            s.attendee_walk_in(&p, &stamp(at(2010, 10, 19, 9, 3), clerk)),
        );
    }

    let chair = "陈明";
    let steps = [
        (9, 0),
        (9, 5),
        (9, 12),
        (9, 40),
        (9, 52),
        (10, 10),
        (10, 16),
        (10, 45),
    ];
    for (h, m) in steps {
        ok(
            "agenda",
            s.agenda_next(&stamp(at(2010, 10, 19, h, m), chair)),
        );
    }
    ok(
        "agenda end",
        s.agenda_finish(&stamp(at(2010, 10, 19, 10, 55), chair)),
    );

    let report = ReportInput {
        reporter: "黄武".into(),
        position: "镇党委书记".into(),
        title: "网岭镇党委2010年1至9月创先争优工作述职".into(),
        planned_minutes: "20".into(),
        warn_minutes: "3".into(),
    };
    let (rid, _) = ok(
        "report",
        s.report_add(&report, &stamp(at(2010, 10, 19, 8, 20), clerk)),
    );
    let timer = [
        (TimerEventKind::Start, (9, 13)),
        (TimerEventKind::Pause, (9, 24)),
        (TimerEventKind::Resume, (9, 25)),
        (TimerEventKind::End, (9, 36)),
    ];
    for (kind, (h, m)) in timer {
        ok(
            "timer",
            s.report_timer(rid, kind, &stamp(at(2010, 10, 19, h, m), clerk)),
        );
    }
    let notes = [
        (
            (9, 15),
            "扶贫开发:落实结对帮扶,全镇 126 户困难户完成危房改造",
        ),
        (
            (9, 19),
            "扩大就业:举办农村劳动力转移培训 6 期,新增就业岗位 310 个",
        ),
        (
            (9, 27),
            "农村基础设施建设:新修村道 12 公里,4 个村通上自来水\n医疗卫生:新农合参合率 96%",
        ),
        ((9, 33), "存在不足:联系群众还不够经常,部分承诺事项进度偏慢"),
    ];
    for ((h, m), text) in notes {
        ok(
            "note",
            s.report_note_add(rid, text, &stamp(at(2010, 10, 19, h, m), clerk)),
        );
    }

    town_suggestions(s, &ids, clerk);
}

fn town_suggestions(s: &mut Session, ids: &[u32], clerk: &str) {
    let list: [(&str, &str, Option<usize>); 22] = [
        (
            "扶贫开发",
            "贫困户帮扶要建档立卡,帮扶责任落实到人",
            Some(60),
        ),
        (
            "扶贫开发",
            "建议扶持发展茶叶、毛竹等特色产业,带动群众增收",
            Some(2),
        ),
        ("扩大就业", "多组织面向留守妇女的手工编织培训", None),
        (
            "扩大就业",
            "镇里牵线,让本地企业优先招用本镇劳动力",
            Some(63),
        ),
        ("教育文化", "中心学校校车线路覆盖后垄村", Some(5)),
        ("教育文化", "农家书屋开放时间太短,晚上也应开放", None),
        ("医疗卫生", "卫生院增加儿科门诊时间", Some(64)),
        (
            "医疗卫生",
            "新农合报销手续繁琐,希望简化、一站式结算",
            Some(7),
        ),
        (
            "农村基础设施建设",
            "下洋村到东山村的村道有两处塌方,尽快修复",
            Some(1),
        ),
        ("农村基础设施建设", "后垄村饮水工程尽快通水", Some(6)),
        ("农村基础设施建设", "溪口村路灯年久失修", None),
        (
            "社会保障",
            "新农保宣传不够,很多老人不清楚怎么参保",
            Some(65),
        ),
        ("社会保障", "低保评定要公开公示,接受群众监督", None),
        ("惠农政策", "粮食直补资金发放情况张榜公布", Some(66)),
        ("惠农政策", "农机购置补贴申请流程在村务公开栏公布", Some(3)),
        ("工作作风", "镇干部下村要多到田间地头,少在会议室", None),
        ("工作作风", "便民服务中心中午也要有人值班", Some(20)),
        ("工作作风", "办事一次性告知,不要让群众来回跑", Some(67)),
        ("其他", "集镇环境卫生要加强,垃圾及时清运", Some(4)),
        ("其他", "集镇车辆乱停乱放,建议划定停车位", None),
        (
            "医疗卫生",
            "新农合报销太麻烦,能不能在卫生院直接结算",
            Some(61),
        ),
        ("其他", "希望每年都开这样的评议会", Some(62)),
    ];
    for (k, (category, text, by)) in list.iter().enumerate() {
        let raised_by = by.map_or(RaisedBy::Anonymous, |i| RaisedBy::Attendee { id: ids[i] });
        let input = SuggestionInput {
            text: (*text).to_string(),
            category: (*category).to_string(),
            raised_by,
            concerns: "网岭镇党委".to_string(),
        };
        let t = at(2010, 10, 19, 10, 17) + Duration::minutes(k as i64);
        ok("suggestion", s.suggestion_add(&input, &stamp(t, clerk)));
    }
    let sorter = "陈明";
    let day = |d: u32| stamp(at(2010, 10, d, 15, 0), sorter);
    ok("merge", s.suggestion_merge(21, 8, &day(20)));
    ok(
        "decline",
        s.suggestion_decline(22, "属会议安排,不列入整改", &day(20)),
    );
    let owners = ["陈明", "周强", "孙丽", "王立新", "赵红梅"];
    for (k, id) in [1u32, 2, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18]
        .iter()
        .enumerate()
    {
        ok("accept", s.suggestion_accept(*id, &day(20)));
        let input = LedgerInput {
            measure: "纳入镇党委整改清单,明确措施,限期办结并向群众反馈".to_string(),
            owner: owners[k % 5].to_string(),
            deadline: if k % 3 == 0 {
                "2010-11-30"
            } else {
                "2010-12-31"
            }
            .to_string(),
        };
        ok("ledger", s.ledger_set(*id, &input, &day(21)));
    }
    for id in [9u32, 10, 13, 14, 18] {
        ok(
            "progress",
            s.ledger_status(id, LedgerStatus::InProgress, &day(25)),
        );
    }
    ok(
        "note",
        s.ledger_progress(9, "塌方路段已清理,护坡施工中", &day(28)),
    );
    for id in [9u32, 13, 14, 18] {
        ok(
            "done",
            s.ledger_status(
                id,
                LedgerStatus::Done,
                &stamp(at(2010, 11, 20, 10, 0), sorter),
            ),
        );
    }
    ok(
        "closed",
        s.ledger_status(
            13,
            LedgerStatus::Closed,
            &stamp(at(2010, 11, 25, 10, 0), sorter),
        ),
    );
}

pub fn fill_oilfield(s: &mut Session) {
    let clerk = "张敏";
    let t0 = at(2010, 11, 5, 13, 50);
    let staff = "管理部员工";
    ok(
        "category",
        s.attendance_add_category(staff, &stamp(t0, clerk)),
    );
    let units = ["第一井区", "第二井区", "第三井区", "第四井区", "机关"];
    let rows: Vec<PersonInput> = (0..23)
        .map(|k| PersonInput::new(&name(100 + k), staff, units[k % 5]))
        .collect();
    ok("roster", s.roster_import(&rows, &[], &stamp(t0, clerk)));
    let ids: Vec<u32> = s.attendance.people.iter().map(|p| p.id).collect();
    for (k, id) in ids.iter().enumerate() {
        let t = at(2010, 11, 5, 14, 10) + Duration::seconds(k as i64 * 40);
        ok("check-in", s.check_in(*id, &stamp(t, clerk)));
    }
    let texts = [
        ("工作作风", "井区倒班休息室条件差,建议改善"),
        ("医疗卫生", "每年组织一次全面体检"),
        ("工作作风", "党员承诺事项在井区公示栏公布"),
        ("社会保障", "倒班员工子女入学问题请管理部协调"),
        ("其他", "职工食堂增加夜班餐"),
        ("工作作风", "班组考核细则公开透明"),
        ("其他", "井场道路冬季及时除雪"),
        ("教育文化", "建立井区职工书屋"),
        ("其他", "单井巡检配发保暖工装"),
        ("扩大就业", "技能鉴定培训向一线倾斜"),
        ("工作作风", "QQ 群及时通报评议结果"),
        ("其他", "井区通勤车增加班次"),
    ];
    for (k, (category, text)) in texts.iter().enumerate() {
        let input = SuggestionInput {
            text: (*text).to_string(),
            category: (*category).to_string(),
            raised_by: RaisedBy::Attendee {
                id: ids[k * 2 % 23],
            },
            concerns: "管理部党总支".to_string(),
        };
        let t = at(2010, 11, 5, 15, 20) + Duration::minutes(k as i64 * 2);
        ok("suggestion", s.suggestion_add(&input, &stamp(t, clerk)));
    }
    let lead = "马卫东";
    for id in 1..=9u32 {
        ok(
            "accept",
            s.suggestion_accept(id, &stamp(at(2010, 11, 8, 9, 0), lead)),
        );
        let input = LedgerInput {
            measure: "列入创先争优活动内容,逐级审查把关后落实".to_string(),
            owner: "管理部主管领导".to_string(),
            deadline: "2010-12-31".to_string(),
        };
        ok(
            "ledger",
            s.ledger_set(id, &input, &stamp(at(2010, 11, 8, 9, 30), lead)),
        );
    }
    for id in 1..=7u32 {
        ok(
            "done",
            s.ledger_status(
                id,
                LedgerStatus::Done,
                &stamp(at(2010, 12, 20, 16, 0), lead),
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    #[test]
    fn town_has_70_present_in_eight_categories_and_22_suggestions() {
        let s = crate::demo::town();
        let c = s.attendance.counts();
        assert_eq!(
            (c.total.expected, c.total.present, c.total.excused),
            (72, 70, 3)
        );
        assert_eq!(c.categories.len(), 8);
        assert!(s.attendance.quorum_status().met);
        assert_eq!(s.reports[0].reporter, "黄武");
        assert_eq!(s.reports[0].notes.len(), 4);
        let counts = s.suggestion_counts(NaiveDate::from_ymd_opt(2010, 12, 1).unwrap_or_default());
        assert_eq!(
            (counts.collected, counts.accepted, counts.solved),
            (22, 15, 4)
        );
        assert_eq!(counts.overdue, 4, "five due 30 Nov, one of them done");
        assert!(s.agenda.items.iter().all(|i| i.ended.is_some()));
    }

    #[test]
    fn oilfield_has_23_staff_12_suggestions_7_solved() {
        let s = crate::demo::oilfield();
        assert_eq!(s.attendance.counts().total.present, 23);
        let counts = s.suggestion_counts(NaiveDate::from_ymd_opt(2011, 1, 1).unwrap_or_default());
        assert_eq!((counts.collected, counts.solved), (12, 7));
    }
}
