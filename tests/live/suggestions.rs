//! Suggestions and the ledger through the model, with the oil-field department's figures:
//! 12 suggestions collected, 7 solved.

use chrono::{NaiveDate, TimeZone};
use pingyi::i18n::Lang;
use pingyi::model::{
    Decision, HeaderField, LedgerInput, LedgerStatus, PersonInput, RaisedBy, Session, Stamp,
    StatusFilter, SuggestionFilter, SuggestionInput, SuggestionStatus, Timestamp,
};

fn at(d: u32, h: u32) -> Timestamp {
    chrono::FixedOffset::east_opt(8 * 3600)
        .unwrap()
        .with_ymd_and_hms(2010, 10, d, h, 0, 0)
        .unwrap()
}

fn st(d: u32, h: u32) -> Stamp {
    Stamp::new(at(d, h), "记录人")
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2010, m, d).unwrap()
}

fn input(text: &str, category: &str) -> SuggestionInput {
    SuggestionInput {
        text: text.to_string(),
        category: category.to_string(),
        raised_by: RaisedBy::Anonymous,
        concerns: "管理部党总支".to_string(),
    }
}

fn ledger(deadline: &str) -> LedgerInput {
    LedgerInput {
        measure: "列入创先争优活动内容,限期整改".to_string(),
        owner: "管理部主管领导".to_string(),
        deadline: deadline.to_string(),
    }
}

/// The oil-field meeting on 19 October: 12 suggestions, 9 accepted with ledger rows, 7 solved.
fn oilfield() -> Session {
    let mut s = Session::new(at(19, 8), Lang::Zh);
    s.set_header_field(HeaderField::Date, "2010-10-19", &st(19, 8))
        .unwrap();
    let cats = ["工作作风", "社会保障", "医疗卫生", "其他"];
    for i in 0..12u32 {
        let text = format!("合理化建议第 {} 条:改善井区员工生活条件", i + 1);
        s.suggestion_add(&input(&text, cats[i as usize % 4]), &st(19, 10))
            .unwrap();
    }
    for id in 1..=9 {
        s.suggestion_accept(id, &st(20, 9)).unwrap();
        s.ledger_set(id, &ledger("2010-11-30"), &st(20, 9)).unwrap();
    }
    for id in 1..=7 {
        s.ledger_status(id, LedgerStatus::Done, &st(25, 9)).unwrap();
    }
    s.ledger_status(1, LedgerStatus::Closed, &st(26, 9))
        .unwrap();
    s.ledger_status(8, LedgerStatus::InProgress, &st(26, 9))
        .unwrap();
    s.suggestion_decline(10, "不属于管理部职责范围", &st(20, 9))
        .unwrap();
    s
}

#[test]
fn twelve_collected_seven_solved_and_overdue_after_the_deadline() {
    let s = oilfield();
    let c = s.suggestion_counts(day(11, 30));
    assert_eq!((c.collected, c.accepted, c.solved), (12, 9, 7));
    assert_eq!((c.declined, c.open, c.overdue), (1, 2, 0));
    let c = s.suggestion_counts(day(12, 1));
    assert_eq!(
        c.overdue, 2,
        "items 8 (in progress) and 9 (pending) are past 30 November"
    );
    assert!(
        s.suggestion(1)
            .unwrap()
            .ledger
            .as_ref()
            .unwrap()
            .closed_at
            .is_some()
    );
    assert!(s.problems().is_empty(), "{:?}", s.problems());
}

#[test]
fn filters_by_category_person_and_status() {
    let mut s = oilfield();
    let (pid, _) = s
        .attendee_add(
            &PersonInput::new("李明", "群众代表", "第一井区"),
            &st(19, 9),
        )
        .unwrap();
    let mut by_li = input("职工食堂晚上延长开放时间", "其他");
    by_li.raised_by = RaisedBy::Attendee { id: pid };
    s.suggestion_add(&by_li, &st(19, 11)).unwrap();
    let today = day(12, 1);
    let f = |category: Option<&str>, raised_by: Option<RaisedBy>, status| SuggestionFilter {
        category: category.map(str::to_string),
        raised_by,
        status,
    };
    assert_eq!(
        s.suggestions_filtered(&f(Some("工作作风"), None, None), today)
            .len(),
        3
    );
    let mine = s.suggestions_filtered(&f(None, Some(RaisedBy::Attendee { id: pid }), None), today);
    assert_eq!(mine.len(), 1);
    assert_eq!(s.raised_by_name(&mine[0].raised_by), "李明");
    assert_eq!(
        s.suggestions_filtered(&f(None, None, Some(StatusFilter::Overdue)), today)
            .len(),
        2
    );
    let done = f(
        None,
        None,
        Some(StatusFilter::Is(SuggestionStatus::Ledger(
            LedgerStatus::Done,
        ))),
    );
    assert_eq!(s.suggestions_filtered(&done, today).len(), 6);
    let open = f(None, None, Some(StatusFilter::Is(SuggestionStatus::Open)));
    assert_eq!(s.suggestions_filtered(&open, today).len(), 3);
    assert_eq!(
        s.suggestions_filtered(&f(None, None, Some(StatusFilter::AnyAccepted)), today)
            .len(),
        9
    );
    assert!(
        s.attendee_remove(pid, &st(19, 12)).is_err(),
        "the author of a suggestion stays"
    );
}

#[test]
fn merge_moves_followers_along_and_undoes_exactly() {
    let mut s = oilfield();
    s.suggestion_merge(12, 11, &st(21, 9)).unwrap();
    let before = s.suggestions.clone();
    let undo = s.suggestion_merge(11, 10, &st(21, 10));
    assert!(
        undo.is_ok(),
        "merging into a declined one is allowed: {undo:?}"
    );
    assert_eq!(
        s.suggestion(12).unwrap().decision,
        Decision::Merged { into: 10 }
    );
    assert_eq!(s.merged_into(10), vec![11, 12]);
    s.undo(undo.unwrap(), &st(21, 11));
    assert_eq!(s.suggestions, before);
    let e = s.suggestion_merge(10, 12, &st(21, 12)).unwrap_err();
    assert!(e.0.zh.contains("11"), "{e:?}");
    assert!(
        s.suggestion_merge(1, 11, &st(21, 12)).is_err(),
        "a ledger row stays put"
    );
    assert!(s.suggestion_merge(11, 11, &st(21, 12)).is_err());
    assert!(
        s.suggestion_remove(11, &st(21, 12)).is_err(),
        "12 is merged into it"
    );
    assert!(s.problems().is_empty(), "{:?}", s.problems());
}

#[test]
fn refusals_decline_needs_a_reason_deadline_not_before_the_meeting() {
    let mut s = oilfield();
    let before = s.clone();
    let e = s.suggestion_decline(11, "  ", &st(20, 9)).unwrap_err();
    assert!(e.0.zh.contains("理由"));
    let e = s
        .ledger_set(2, &ledger("2010-10-18"), &st(20, 9))
        .unwrap_err();
    assert!(e.0.en.contains("before the meeting"), "{e:?}");
    assert!(s.ledger_set(2, &ledger("明天"), &st(20, 9)).is_err());
    assert!(
        s.ledger_set(11, &ledger("2010-12-01"), &st(20, 9)).is_err(),
        "not accepted"
    );
    assert!(
        s.ledger_status(9, LedgerStatus::Closed, &st(20, 9))
            .is_err(),
        "close needs done"
    );
    assert!(s.suggestion_add(&input("", "其他"), &st(20, 9)).is_err());
    assert!(
        s.suggestion_add(&input("修路", "天文"), &st(20, 9))
            .is_err()
    );
    let mut ghost = input("修路", "其他");
    ghost.raised_by = RaisedBy::Attendee { id: 999 };
    assert!(s.suggestion_add(&ghost, &st(20, 9)).is_err());
    assert_eq!(s, before, "refusals change nothing");
    let paste = format!("{}🙂e\u{301}", "路".repeat(10_000));
    let (id, _) = s
        .suggestion_add(&input(&paste, "其他"), &st(20, 9))
        .unwrap();
    assert_eq!(s.suggestion(id).unwrap().text, paste);
    s.ledger_set(2, &ledger("2010年10月19日"), &st(20, 9))
        .unwrap();
}

#[test]
fn accept_reopen_and_progress_notes() {
    let mut s = oilfield();
    let undo = s.suggestion_accept(11, &st(20, 9)).unwrap();
    assert!(s.suggestion_accept(11, &st(20, 9)).is_err());
    s.undo(undo, &st(20, 10));
    assert_eq!(s.suggestion(11).unwrap().decision, Decision::Open);
    assert!(
        s.suggestion_reopen(1, &st(20, 10)).is_err(),
        "has a ledger row"
    );
    s.suggestion_reopen(10, &st(20, 10)).unwrap();
    s.ledger_progress(9, "已联系供应商,月底前到货", &st(22, 9))
        .unwrap();
    let row = s.suggestion(9).unwrap().ledger.clone().unwrap();
    assert_eq!(row.progress[0].at, at(22, 9));
    assert!(s.ledger_progress(11, "x", &st(22, 9)).is_err());
}
