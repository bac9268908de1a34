//! The work report screen driven by keys: add 黄武's report, run the timer into the warning
//! and the overrun, type a two-line note in Chinese; drawn in zh and en, 80x24 and 20x5.

use crossterm::event::{KeyCode, KeyModifiers};
use pingyi::i18n::Lang;
use pingyi::model::{TimerEventKind, TimerPhase};
use pingyi::tui::app::App;
use pingyi::tui::testing::*;

fn add_report(app: &mut App) {
    press(app, KeyCode::F(5));
    type_str(app, "a");
    type_str(app, "黄武");
    press(app, KeyCode::Tab);
    type_str(app, "镇党委书记");
    press(app, KeyCode::Tab);
    type_str(app, "1至9月工作述职");
    press(app, KeyCode::Tab);
    type_str(app, "20");
    ctrl(app, 's');
}

fn at_sec(h: u32, m: u32, s: i64) -> pingyi::model::Timestamp {
    meeting_time(h, m) + chrono::Duration::seconds(s)
}

#[test]
fn timer_keys_warning_overrun_and_a_note() {
    for lang in [Lang::Zh, Lang::En] {
        let mut app = app_with(empty_session(lang), lang);
        add_report(&mut app);
        assert_eq!(app.doc.as_ref().unwrap().session.reports.len(), 1);
        type_str(&mut app, "s");
        app.tick(meeting_time(9, 10));
        insta::assert_snapshot!(
            format!("report_{}_running", lang.code()),
            draw(&app, 80, 24).backend()
        );
        app.tick(at_sec(9, 18, 30));
        let shot = format!("{:?}", draw(&app, 80, 24).backend());
        assert!(
            shot.contains("Yellow"),
            "the last two minutes are in the warning colour"
        );
        type_str(&mut app, "p");
        app.tick(meeting_time(9, 20));
        type_str(&mut app, " ");
        app.tick(meeting_time(9, 23));
        type_str(&mut app, "n");
        type_str(&mut app, "扶贫开发:危房改造 126 户");
        press_mod(&mut app, KeyCode::Enter, KeyModifiers::ALT);
        type_str(&mut app, "扩大就业:新增岗位 310 个");
        press(&mut app, KeyCode::Enter);
        app.tick(at_sec(9, 23, 45));
        insta::assert_snapshot!(
            format!("report_{}_overrun", lang.code()),
            draw(&app, 80, 24).backend()
        );
        for (w, h) in [(0, 0), (1, 1), (16, 4), (300, 100)] {
            draw(&app, w, h);
        }
        insta::assert_snapshot!(
            format!("report_{}_20x5", lang.code()),
            draw(&app, 20, 5).backend()
        );
        type_str(&mut app, "e");
        let r = &app.doc.as_ref().unwrap().session.reports[0];
        assert_eq!(r.phase(), TimerPhase::Ended);
        let kinds: Vec<TimerEventKind> = r.timer.iter().map(|e| e.kind).collect();
        use TimerEventKind::*;
        assert_eq!(kinds, [Start, Pause, Resume, End]);
        assert_eq!(r.timer_state(meeting_time(10, 0)).overrun, 135);
        assert_eq!(
            r.notes[0].text,
            "扶贫开发:危房改造 126 户\n扩大就业:新增岗位 310 个"
        );
        assert_eq!(r.notes[0].at, meeting_time(9, 23));
        ctrl(&mut app, 'z');
        let r = &app.doc.as_ref().unwrap().session.reports[0];
        assert_eq!(r.phase(), TimerPhase::Running, "Ctrl+Z takes the end back");
    }
}

#[test]
fn zero_minutes_are_refused_in_the_form_and_nothing_is_lost() {
    let mut app = app_with(empty_session(Lang::Zh), Lang::Zh);
    press(&mut app, KeyCode::F(5));
    type_str(&mut app, "a");
    type_str(&mut app, "黄武");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    type_str(&mut app, "0");
    ctrl(&mut app, 's');
    assert!(app.doc.as_ref().unwrap().session.reports.is_empty());
    insta::assert_snapshot!("report_zh_refused", draw(&app, 80, 24).backend());
    press(&mut app, KeyCode::Backspace);
    type_str(&mut app, "15");
    ctrl(&mut app, 's');
    let r = &app.doc.as_ref().unwrap().session.reports[0];
    assert_eq!((r.reporter.as_str(), r.planned_minutes), ("黄武", 15));
}
