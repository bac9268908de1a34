//! The application shell driven by key events and drawn into a TestBackend: header screen,
//! help, undo, read-only, language, tiny terminals.

use crossterm::event::{KeyCode, KeyModifiers};
use pingyi::i18n::Lang;
use pingyi::model::HeaderField;
use pingyi::tui::doc::{Doc, MemoryPersist, ReadOnly};
use pingyi::tui::screens::ScreenId;
use pingyi::tui::testing::*;
use std::path::PathBuf;

fn fill_header(app: &mut pingyi::tui::app::App) {
    // Enter starts editing the first field; each Enter keeps the value and moves to the next field.
    press(app, KeyCode::Enter);
    type_str(app, "网岭镇党委");
    press(app, KeyCode::Enter);
    type_str(app, "网岭镇创先争优活动群众评议大会");
    press(app, KeyCode::Enter);
    type_str(app, "2010-10-19");
    press(app, KeyCode::Enter);
    type_str(app, "9:00");
    press(app, KeyCode::Enter);
    type_str(app, "镇政府会议室");
    press(app, KeyCode::Esc);
}

#[test]
fn header_filled_by_keys_in_chinese() {
    let mut app = app_with(empty_session(Lang::Zh), Lang::Zh);
    fill_header(&mut app);
    let s = &app.doc.as_ref().unwrap().session;
    assert_eq!(s.header.evaluated, "网岭镇党委");
    assert_eq!(s.header.subject, "网岭镇创先争优活动群众评议大会");
    assert_eq!(s.header.weekday(Lang::Zh), Some("星期二"));
    assert_eq!(s.header.start_time.unwrap().to_string(), "09:00:00");
    // The Esc on the place field dropped that edit.
    assert_eq!(s.header.place, "");
    assert_eq!(s.audit.len(), 4, "one audit entry per recorded field");
    insta::assert_snapshot!("header_zh_80x24", draw(&app, 80, 24).backend());
}

#[test]
fn header_in_english_and_narrow() {
    let mut app = app_with(empty_session(Lang::En), Lang::En);
    fill_header(&mut app);
    insta::assert_snapshot!("header_en_80x24", draw(&app, 80, 24).backend());
    insta::assert_snapshot!("header_en_40x20", draw(&app, 40, 20).backend());
}

#[test]
fn header_survives_tiny_terminals() {
    for lang in [Lang::Zh, Lang::En] {
        let mut app = app_with(empty_session(lang), lang);
        fill_header(&mut app);
        press(&mut app, KeyCode::Enter);
        for (w, h) in [(0, 0), (1, 1), (20, 5), (16, 4), (15, 3), (300, 100)] {
            draw(&app, w, h);
        }
        insta::assert_snapshot!(
            format!("header_{}_20x5", lang.code()),
            draw(&app, 20, 5).backend()
        );
        insta::assert_snapshot!(
            format!("header_{}_1x1", lang.code()),
            draw(&app, 1, 1).backend()
        );
    }
}

#[test]
fn caret_sits_after_wide_characters() {
    let mut app = app_with(empty_session(Lang::Zh), Lang::Zh);
    press(&mut app, KeyCode::Enter);
    type_str(&mut app, "你好");
    let mut t = draw(&app, 80, 24);
    // Row 1 is the first field (row 0 is the tab bar); the value starts after the widest label
    // and one space; 你好 is four columns wide.
    let label_w = HeaderField::ALL
        .iter()
        .map(|f| unicode_width::UnicodeWidthStr::width(f.label(Lang::Zh)))
        .max()
        .unwrap() as u16;
    t.backend_mut()
        .assert_cursor_position((label_w.min(80 * 58 / 100 / 3) + 1 + 4, 1));
    // Backspace removes one character, and the caret follows.
    press(&mut app, KeyCode::Backspace);
    let mut t = draw(&app, 80, 24);
    t.backend_mut()
        .assert_cursor_position((label_w.min(80 * 58 / 100 / 3) + 1 + 2, 1));
}

#[test]
fn bad_date_is_refused_where_the_user_looks_and_nothing_is_lost() {
    let mut app = app_with(empty_session(Lang::Zh), Lang::Zh);
    for _ in 0..2 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    type_str(&mut app, "十月十九");
    press(&mut app, KeyCode::Enter);
    assert!(app.screens.header.editing.is_some(), "the field stays open");
    assert!(app.screens.header.error.is_some());
    assert_eq!(app.doc.as_ref().unwrap().session.header.date, None);
    let screen = draw(&app, 80, 24).backend().to_string();
    assert!(screen.contains("无法识别"), "{screen}");
    // Fixing the text and pressing Enter records it.
    ctrl(&mut app, 'u');
    type_str(&mut app, "2010年10月19日");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.doc
            .as_ref()
            .unwrap()
            .session
            .header
            .date
            .unwrap()
            .to_string(),
        "2010-10-19"
    );
}

#[test]
fn paste_goes_into_the_field_and_is_bounded() {
    let mut app = app_with(empty_session(Lang::Zh), Lang::Zh);
    press(&mut app, KeyCode::Enter);
    app.on_paste(&"长".repeat(12_000));
    press(&mut app, KeyCode::Enter);
    let s = &app.doc.as_ref().unwrap().session;
    assert_eq!(s.header.evaluated.chars().count(), 10_000);
    draw(&app, 80, 24);
}

#[test]
fn undo_takes_back_the_last_header_change_and_logs_it() {
    let mut app = app_with(empty_session(Lang::Zh), Lang::Zh);
    press(&mut app, KeyCode::Enter);
    type_str(&mut app, "黄武");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Enter);
    let before = app.doc.as_ref().unwrap().session.audit.len();
    press(&mut app, KeyCode::Esc);
    // Nothing recorded yet: Esc dropped it.
    assert_eq!(before, 0);
    press(&mut app, KeyCode::Enter);
    type_str(&mut app, "黄武");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.doc.as_ref().unwrap().session.header.evaluated, "黄武");
    ctrl(&mut app, 'z');
    let s = &app.doc.as_ref().unwrap().session;
    assert_eq!(s.header.evaluated, "");
    let last = s.audit.last().unwrap();
    assert_eq!(last.old.as_deref(), Some("黄武"));
    assert_eq!(last.reason.as_deref(), Some("撤销"));
    ctrl(&mut app, 'z');
    assert!(app.flash.is_some(), "nothing more to undo is said");
}

#[test]
fn help_lists_keys_from_the_key_map_and_closes() {
    let mut app = app_with(empty_session(Lang::En), Lang::En);
    press(&mut app, KeyCode::F(1));
    assert!(app.help.is_some());
    let screen = draw(&app, 80, 24).backend().to_string();
    assert!(screen.contains("Ctrl+Q"), "{screen}");
    assert!(screen.contains("Save and quit"), "{screen}");
    insta::assert_snapshot!("help_en_80x24", draw(&app, 80, 24).backend());
    press(&mut app, KeyCode::Esc);
    assert!(app.help.is_none());
    // `?` opens help outside a text field, but is typed inside one.
    press(&mut app, KeyCode::Char('?'));
    assert!(app.help.is_some());
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('?'));
    assert!(app.help.is_none());
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.doc.as_ref().unwrap().session.header.evaluated, "?");
}

#[test]
fn read_only_meeting_refuses_edits() {
    let doc = Doc::read_only(
        empty_session(Lang::Zh),
        PathBuf::from("sessions/x.json"),
        ReadOnly::Review,
    );
    let mut app = pingyi::tui::app::App::with_doc(Lang::Zh, "审阅人", doc, meeting_time(10, 0));
    press(&mut app, KeyCode::Enter);
    assert!(app.screens.header.editing.is_none());
    assert!(app.flash.is_some());
    let screen = draw(&app, 80, 24).backend().to_string();
    assert!(screen.contains("只读"), "{screen}");
}

#[test]
fn language_switch_and_quit() {
    let mut app = app_with(empty_session(Lang::Zh), Lang::Zh);
    press(&mut app, KeyCode::F(12));
    assert_eq!(app.lang, Lang::En);
    assert_eq!(app.screen, ScreenId::Header);
    press_mod(&mut app, KeyCode::Char('q'), KeyModifiers::CONTROL);
    assert!(app.should_quit);
}

#[test]
fn failed_save_is_shown_and_quit_asks_again() {
    let persist = MemoryPersist {
        fail_with: Some(pingyi::i18n::Message::new("磁盘已满", "disk full")),
        ..MemoryPersist::default()
    };
    let doc = Doc::new(
        empty_session(Lang::En),
        PathBuf::from("sessions/x.json"),
        Box::new(persist),
    );
    let mut app = pingyi::tui::app::App::with_doc(Lang::En, "clerk", doc, meeting_time(9, 0));
    let screen = draw(&app, 100, 24).backend().to_string();
    assert!(screen.contains("Save failed: disk full"), "{screen}");
    ctrl(&mut app, 'q');
    assert!(
        !app.should_quit,
        "a failed last save does not quit silently"
    );
    ctrl(&mut app, 'q');
    assert!(app.should_quit, "the second Ctrl+Q quits anyway");
}
