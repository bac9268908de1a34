//! Tests of the record's layout with the seed's town meeting.

use super::*;
use crate::export::fixture::{at, town};

fn opts(lang: Lang) -> RecordOptions {
    RecordOptions {
        lang,
        as_of: NaiveDate::from_ymd_opt(2010, 12, 15).expect("a real date"),
    }
}

fn headings(d: &Document) -> Vec<String> {
    d.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) => Some(h.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn record_follows_the_seed_template() {
    let d = record(&town(), &opts(Lang::Zh));
    assert_eq!(
        d.blocks[0],
        Block::Title("关于网岭镇党委的群众评议材料".into())
    );
    let Block::Fields(f) = &d.blocks[1] else {
        panic!("the header follows the title")
    };
    let labels: Vec<&str> = f.iter().map(|x| x.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "主题",
            "时间",
            "地点",
            "会议主持",
            "记录人",
            "监票人",
            "计票人",
            "会议参加人"
        ]
    );
    assert_eq!(f[1].value, "2010年10月19日(星期二) 09:00");
    assert_eq!(f[5].value, "王德胜、李秀英");
    assert_eq!(
        f[7].value,
        "应到 72 人,实到 70 人,请假 2 人。其中:村(居)支部书记 11 人、机关干部 20 人、党代表 7 人、人大代表 6 人、政协委员 4 人、驻镇单位代表 8 人、老干部代表 6 人、群众代表 8 人"
    );
    assert_eq!(
        headings(&d),
        [
            "一、会议议程",
            "二、述职",
            "三、民主测评",
            "四、意见建议",
            "五、整改台账"
        ]
    );
}

#[test]
fn english_record_has_the_same_sections() {
    let d = record(&town(), &opts(Lang::En));
    assert_eq!(
        d.blocks[0],
        Block::Title("Public evaluation record: 网岭镇党委".into())
    );
    assert_eq!(
        headings(&d),
        [
            "1. Agenda as held",
            "2. Work reports",
            "3. Ballot rounds",
            "4. Suggestions",
            "5. Follow-up ledger"
        ]
    );
    let Block::Fields(f) = &d.blocks[1] else {
        panic!("the header follows the title")
    };
    assert_eq!(f[1].value, "Tuesday, 19 October 2010, 09:00");
}

#[test]
fn agenda_shows_actual_times_and_skips() {
    let mut s = town();
    s.agenda.items[6].skipped = true;
    s.agenda.items[7].ended = None;
    let t = agenda_table(&s, Lang::Zh);
    assert_eq!(t.rows.len(), 8);
    assert_eq!(t.rows[0][3], "09:00");
    assert_eq!(t.rows[0][4], "09:05");
    assert_eq!(t.rows[2][5], "20");
    assert_eq!(t.rows[6][6], "已跳过");
    assert_eq!(t.rows[7][6], "进行中");
    assert_eq!(t.rows[7][5], "");
}

#[test]
fn report_time_leaves_out_the_pause() {
    let s = town();
    // 9:10–9:20 and 9:22–9:31: 19 minutes of speaking.
    assert_eq!(report_seconds(&s.reports[0]), Some(19 * 60));
    let d = record(&s, &opts(Lang::Zh));
    let took = d.blocks.iter().find_map(|b| match b {
        Block::Fields(f) => f.iter().find(|x| x.label == "实际用时").cloned(),
        _ => None,
    });
    assert_eq!(
        took.map(|f| f.value),
        Some("19 分钟 (09:10–09:31)".to_string())
    );
}

#[test]
fn a_report_never_started_says_so() {
    let mut s = town();
    s.reports[0].timer.clear();
    assert_eq!(report_seconds(&s.reports[0]), None);
    let d = record(&s, &opts(Lang::En));
    let found = d.blocks.iter().any(|b| match b {
        Block::Fields(f) => f.iter().any(|x| x.value == "not started"),
        _ => false,
    });
    assert!(found);
}

#[test]
fn suggestions_are_grouped_by_category_in_template_order() {
    let s = town();
    let cats = categories_in_order(&s);
    assert_eq!(cats.len(), 7);
    assert_eq!(cats[0], "扶贫开发");
    let d = record(&s, &opts(Lang::Zh));
    let subs: Vec<&String> = d
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Subheading(h) if h.starts_with("扶贫开发") => Some(h),
            _ => None,
        })
        .collect();
    assert_eq!(subs, [&"扶贫开发(3 条)".to_string()]);
}

#[test]
fn a_category_outside_the_template_is_still_listed() {
    let mut s = town();
    s.suggestions[0].category = "道路交通".into();
    let cats = categories_in_order(&s);
    assert_eq!(cats.last().map(String::as_str), Some("道路交通"));
}

#[test]
fn raised_by_is_looked_up_in_the_roster() {
    let s = town();
    assert_eq!(
        raised_by_name(&s, &RaisedBy::Attendee { id: 10 }, Lang::Zh),
        "张10"
    );
    assert_eq!(
        raised_by_name(&s, &RaisedBy::Attendee { id: 13 }, Lang::Zh),
        "王1"
    );
    assert_eq!(
        raised_by_name(&s, &RaisedBy::Attendee { id: 999 }, Lang::Zh),
        "#999"
    );
    assert_eq!(
        raised_by_name(&s, &RaisedBy::Anonymous, Lang::En),
        "anonymous"
    );
}

#[test]
fn ledger_marks_overdue_rows_as_of_the_given_day() {
    let s = town();
    let t = ledger_table(
        &s,
        Lang::Zh,
        NaiveDate::from_ymd_opt(2010, 12, 15).expect("date"),
    );
    assert_eq!(t.rows.len(), 14, "14 of the 21 suggestions were accepted");
    let overdue = t.rows.iter().filter(|r| r[5].contains("已逾期")).count();
    // Accepted rows whose deadline (1 + i % 28 December) is before the 15th and status is open.
    let expected = s
        .suggestions
        .iter()
        .filter_map(|x| x.ledger.as_ref())
        .filter(|l| l.is_overdue(NaiveDate::from_ymd_opt(2010, 12, 15).expect("date")))
        .count();
    assert!(expected > 0);
    assert_eq!(overdue, expected);
    let none_late = ledger_table(
        &s,
        Lang::Zh,
        NaiveDate::from_ymd_opt(2010, 11, 1).expect("date"),
    );
    assert!(none_late.rows.iter().all(|r| !r[5].contains("已逾期")));
}

#[test]
fn a_round_shows_its_accounting_and_a_table_per_item() {
    let d = record(&town(), &opts(Lang::Zh));
    assert!(
        d.blocks
            .contains(&Block::Subheading("第 1 轮:党组织群众评议表".into()))
    );
    assert!(
        d.blocks
            .contains(&Block::Caption("【整体评价】(满意/基本满意/不满意)".into()))
    );
    // Agenda, accounting, 8 items, 7 suggestion categories, ledger.
    assert_eq!(d.tables().count(), 1 + 1 + 8 + 7 + 1);
}

#[test]
fn empty_meeting_says_none_recorded_in_every_section() {
    let s = Session::new(at(10, 19, 8, 0), Lang::En);
    let d = record(&s, &opts(Lang::En));
    let notes = d
        .blocks
        .iter()
        .filter(|b| **b == Block::Note("(none recorded)".into()))
        .count();
    // Reports, rounds, suggestions and ledger are empty; the default agenda is listed.
    assert_eq!(notes, 4);
    assert_eq!(d.blocks[0], Block::Title("Public evaluation record".into()));
}

#[test]
fn fixture_is_sound() {
    let probs: Vec<String> = town()
        .problems()
        .iter()
        .map(|p| p.describe(Lang::En))
        .collect();
    assert!(probs.is_empty(), "{probs:#?}");
}
