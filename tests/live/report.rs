//! The work report (述职) through the model: 镇党委书记 黄武 reports on January–September.

use chrono::TimeZone;
use pingyi::i18n::Lang;
use pingyi::model::{ReportInput, Session, Stamp, TimerEventKind, TimerPhase, Timestamp};

fn at(m: u32, s: u32) -> Timestamp {
    chrono::FixedOffset::east_opt(8 * 3600)
        .unwrap()
        .with_ymd_and_hms(2010, 10, 19, 9, m, s)
        .unwrap()
}

fn st(m: u32, s: u32) -> Stamp {
    Stamp::new(at(m, s), "记录人")
}

fn input(minutes: &str) -> ReportInput {
    ReportInput {
        reporter: "黄武".to_string(),
        position: "镇党委书记".to_string(),
        title: "1至9月工作述职".to_string(),
        planned_minutes: minutes.to_string(),
        warn_minutes: String::new(),
    }
}

#[test]
fn timer_events_notes_and_undo() {
    use TimerEventKind::*;
    let mut s = Session::new(at(0, 0), Lang::Zh);
    let (id, _) = s.report_add(&input("20"), &st(1, 0)).unwrap();
    assert_eq!(s.report(id).unwrap().warn_minutes, 2);
    assert!(s.report_timer(id, Pause, &st(2, 0)).is_err());
    s.report_timer(id, Start, &st(10, 0)).unwrap();
    s.report_note_add(
        id,
        "扶贫开发:完成危房改造 120 户\n扩大就业:新增岗位 300 个",
        &st(12, 0),
    )
    .unwrap();
    s.report_timer(id, Pause, &st(15, 0)).unwrap();
    let undo = s.report_timer(id, Resume, &st(16, 0)).unwrap();
    s.undo(undo, &st(16, 1));
    assert_eq!(s.report(id).unwrap().phase(), TimerPhase::Paused);
    s.report_timer(id, Resume, &st(17, 0)).unwrap();
    s.report_timer(id, End, &st(33, 0)).unwrap();
    let r = s.report(id).unwrap();
    let state = r.timer_state(at(59, 0));
    assert_eq!(state.elapsed, 21 * 60);
    assert_eq!(state.overrun, 60);
    assert_eq!(r.notes[0].at, at(12, 0));
    assert!(r.notes[0].text.contains('\n'));
    assert!(
        s.report_timer(id, Start, &st(40, 0)).is_err(),
        "ended stays ended"
    );
    assert!(
        s.report_remove(id, &st(40, 0)).is_err(),
        "a report that ran is on record"
    );
    assert!(s.problems().is_empty(), "{:?}", s.problems());
    let actions: Vec<&str> = s.audit.iter().map(|a| a.action.as_str()).collect();
    assert!(actions.contains(&"report.start") && actions.contains(&"report.end"));
}

#[test]
fn bad_minutes_and_a_clock_set_back_are_refused() {
    let mut s = Session::new(at(0, 0), Lang::En);
    for bad in ["0", "twenty", "", "1.5"] {
        let e = s.report_add(&input(bad), &st(1, 0)).unwrap_err();
        assert!(e.0.en.contains("minutes"), "{bad}: {e:?}");
    }
    let mut warn = input("5");
    warn.warn_minutes = "5".to_string();
    assert!(s.report_add(&warn, &st(1, 0)).is_err());
    let (id, _) = s.report_add(&input("5"), &st(1, 0)).unwrap();
    s.report_timer(id, TimerEventKind::Start, &st(10, 0))
        .unwrap();
    let e = s
        .report_timer(id, TimerEventKind::Pause, &st(9, 0))
        .unwrap_err();
    assert!(e.0.en.contains("clock"));
    assert!(s.report_note_add(id, " \n ", &st(11, 0)).is_err());
    let paste = "要点".repeat(5_000);
    s.report_note_add(id, &paste, &st(11, 0)).unwrap();
    assert_eq!(s.report(id).unwrap().notes[0].text.chars().count(), 10_000);
}
