//! Review's timeline and audit screens driven by key presses and drawn into a TestBackend.

use crate::export::fixture::{at, town};
use crate::i18n::Lang;
use crate::model::{AuditEntry, AuditKind, HeaderField, Session, Stamp};
use crate::tui::app::App;
use crate::tui::screens::ScreenId;
use crate::tui::testing::{app_with, draw, press, press_mod};
use crossterm::event::{KeyCode, KeyModifiers};

fn with_audit() -> Session {
    let mut s = town();
    let clerk = Stamp::new(at(10, 19, 8, 40), "陈静");
    s.set_header_field(HeaderField::Place, "镇政府会议室", &clerk)
        .expect("a place is any text");
    let counter = Stamp::new(at(10, 19, 10, 30), "赵磊");
    s.log(
        AuditEntry::new(
            &counter,
            AuditKind::Counts,
            "tally.set",
            "第1轮 / 网岭镇党委 / 整体评价 / 满意",
        )
        .change("65", "66"),
    );
    let clerk2 = Stamp::new(at(10, 19, 8, 45), "陈静");
    s.log(AuditEntry::new(&clerk2, AuditKind::Attendance, "checkin", "张1").new_value("实到"));
    s
}

fn app(lang: Lang) -> App {
    let mut app = app_with(with_audit(), lang);
    press(&mut app, KeyCode::F(10));
    app
}

#[test]
fn f10_opens_the_timeline_and_shift_f10_the_audit_log() {
    let mut a = app(Lang::Zh);
    assert_eq!(a.screen, ScreenId::Timeline);
    press_mod(&mut a, KeyCode::F(10), KeyModifiers::SHIFT);
    assert_eq!(a.screen, ScreenId::Audit);
    press_mod(&mut a, KeyCode::Left, KeyModifiers::ALT);
    assert_eq!(a.screen, ScreenId::Timeline);
}

#[test]
fn timeline_snapshots() {
    for lang in [Lang::Zh, Lang::En] {
        let mut a = app(lang);
        press(&mut a, KeyCode::Down);
        press(&mut a, KeyCode::Down);
        insta::assert_snapshot!(
            format!("timeline_{}_80x24", lang.code()),
            draw(&a, 80, 24).backend()
        );
        insta::assert_snapshot!(
            format!("timeline_{}_20x5", lang.code()),
            draw(&a, 20, 5).backend()
        );
        press(&mut a, KeyCode::End);
        insta::assert_snapshot!(
            format!("timeline_{}_end_80x24", lang.code()),
            draw(&a, 80, 24).backend()
        );
    }
}

#[test]
fn audit_filters_by_kind() {
    let mut a = app(Lang::Zh);
    press_mod(&mut a, KeyCode::F(10), KeyModifiers::SHIFT);
    let all = a
        .doc
        .as_ref()
        .map_or(0, |d| a.screens.audit.shown(&d.session).len());
    assert_eq!(all, 3);
    press(&mut a, KeyCode::Char('f'));
    assert_eq!(a.screens.audit.filter(), Some(AuditKind::Counts));
    let counts = a
        .doc
        .as_ref()
        .map_or(0, |d| a.screens.audit.shown(&d.session).len());
    assert_eq!(counts, 1);
    insta::assert_snapshot!("audit_zh_counts_80x24", draw(&a, 80, 24).backend());
    press(&mut a, KeyCode::Tab);
    assert_eq!(a.screens.audit.filter(), Some(AuditKind::Attendance));
    press(&mut a, KeyCode::BackTab);
    press(&mut a, KeyCode::BackTab);
    assert_eq!(a.screens.audit.filter(), None);
    press(&mut a, KeyCode::BackTab);
    assert_eq!(a.screens.audit.filter(), Some(AuditKind::Session));
    let none = a
        .doc
        .as_ref()
        .map_or(1, |d| a.screens.audit.shown(&d.session).len());
    assert_eq!(none, 0);
    insta::assert_snapshot!("audit_zh_empty_80x24", draw(&a, 80, 24).backend());
    press(&mut a, KeyCode::Char('0'));
    assert_eq!(a.screens.audit.filter(), None);
}

#[test]
fn audit_snapshots() {
    for lang in [Lang::Zh, Lang::En] {
        let mut a = app(lang);
        press_mod(&mut a, KeyCode::F(10), KeyModifiers::SHIFT);
        insta::assert_snapshot!(
            format!("audit_{}_80x24", lang.code()),
            draw(&a, 80, 24).backend()
        );
        insta::assert_snapshot!(
            format!("audit_{}_20x5", lang.code()),
            draw(&a, 20, 5).backend()
        );
    }
}

#[test]
fn tiny_terminals_do_not_panic() {
    let mut a = app(Lang::Zh);
    for screen in [KeyCode::F(10)] {
        press(&mut a, screen);
        for (w, h) in [(0, 0), (1, 1), (20, 5), (80, 24)] {
            draw(&a, w, h);
        }
    }
    press_mod(&mut a, KeyCode::F(10), KeyModifiers::SHIFT);
    for (w, h) in [(0, 0), (1, 1), (20, 5), (80, 24)] {
        draw(&a, w, h);
    }
}

#[test]
fn review_screens_never_change_the_record() {
    let mut a = app(Lang::Zh);
    let before = a.doc.as_ref().map(|d| d.session.clone());
    for code in [
        KeyCode::Down,
        KeyCode::PageDown,
        KeyCode::End,
        KeyCode::Char('f'),
        KeyCode::Enter,
        KeyCode::Char('x'),
    ] {
        press(&mut a, code);
    }
    press_mod(&mut a, KeyCode::F(10), KeyModifiers::SHIFT);
    for code in [
        KeyCode::Char('f'),
        KeyCode::Down,
        KeyCode::Enter,
        KeyCode::Delete,
    ] {
        press(&mut a, code);
    }
    assert_eq!(a.doc.as_ref().map(|d| d.session.clone()), before);
}

#[test]
fn ctrl_p_exports_beside_the_file_even_in_review_and_leaves_the_meeting_alone() {
    use crate::tui::doc::{Doc, ReadOnly};
    use crate::tui::testing::{ctrl, meeting_time};
    let dir = tempfile::tempdir().expect("temp folder");
    let path = dir.path().join("2010-10-19-town.json");
    crate::store::save(&path, &town()).expect("save");
    let before = std::fs::read(&path).expect("read");
    let modified = std::fs::metadata(&path)
        .and_then(|m| m.modified())
        .expect("mtime");
    let doc = Doc::read_only(town(), path.clone(), ReadOnly::Review);
    let mut a = App::with_doc(Lang::Zh, "记录人", doc, meeting_time(11, 0));
    press(&mut a, KeyCode::F(10));
    ctrl(&mut a, 'p');
    let flash = a.flash.as_ref().map(|f| (f.message.zh.clone(), f.error));
    assert_eq!(
        flash,
        Some((
            "已导出:2010-10-19-town.record.md、2010-10-19-town.record.html、2010-10-19-town.notice.md"
                .to_string(),
            false
        ))
    );
    assert!(dir.path().join("2010-10-19-town.record.html").exists());
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the meeting file is untouched"
    );
    assert_eq!(
        std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .expect("mtime"),
        modified
    );
}
