//! The agenda and attendance screens driven by key events, drawn into a TestBackend (zh and
//! en, 80x24 and 20x5; 0x0 and 1x1 must not panic).

use crossterm::event::KeyCode;
use pingyi::i18n::Lang;
use pingyi::model::{PersonInput, Presence, Session, Stamp};
use pingyi::tui::app::App;
use pingyi::tui::testing::*;

fn session(lang: Lang) -> Session {
    let mut s = empty_session(lang);
    let st = Stamp::new(meeting_time(8, 30), "记录人");
    let cats = s.attendance.categories.clone();
    let people = [
        ("黄武", 1, "网岭镇机关"),
        ("胡伟", 2, "下洋村"),
        ("王伟", 2, "网岭村"),
        ("王伟", 3, "东山村"),
        ("曾庆红", 7, "溪口村"),
        ("李明", 7, "前坪村"),
    ];
    for (name, cat, unit) in people {
        s.attendee_add(&PersonInput::new(name, &cats[cat], unit), &st)
            .unwrap();
    }
    s
}

fn session_of(app: &App) -> &Session {
    &app.doc.as_ref().unwrap().session
}

fn tiny(app: &App, name: &str) {
    for (w, h) in [(0, 0), (1, 1), (16, 4), (300, 100)] {
        draw(app, w, h);
    }
    insta::assert_snapshot!(format!("{name}_20x5"), draw(app, 20, 5).backend());
}

#[test]
fn checking_in_by_pinyin_initials_takes_three_keys() {
    let mut app = app_with(session(Lang::Zh), Lang::Zh);
    press(&mut app, KeyCode::F(4));
    let before = session_of(&app).audit.len();
    type_str(&mut app, "hw");
    press(&mut app, KeyCode::Enter);
    let s = session_of(&app);
    let huang = s
        .attendance
        .people
        .iter()
        .find(|p| p.name == "黄武")
        .unwrap();
    assert_eq!(
        huang.presence,
        Presence::Present {
            at: meeting_time(9, 0)
        }
    );
    assert_eq!(s.audit.len(), before + 1);
    // The search box is empty again for the next person: full pinyin this time.
    type_str(&mut app, "zengqh");
    press(&mut app, KeyCode::Enter);
    // Two people called 王伟: the list shows both units; ↓ picks the second.
    type_str(&mut app, "wangwei");
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let s = session_of(&app);
    let present: Vec<(&str, &str)> = s
        .attendance
        .people
        .iter()
        .filter(|p| matches!(p.presence, Presence::Present { .. }))
        .map(|p| (p.name.as_str(), p.unit.as_str()))
        .collect();
    assert_eq!(
        present,
        [
            ("黄武", "网岭镇机关"),
            ("王伟", "东山村"),
            ("曾庆红", "溪口村")
        ]
    );
    type_str(&mut app, "w");
    insta::assert_snapshot!("attendance_zh_80x24", draw(&app, 80, 24).backend());
    tiny(&app, "attendance_zh");
    // Ctrl+Z takes the last check-in back.
    ctrl(&mut app, 'z');
    let s = session_of(&app);
    assert_eq!(s.attendance.counts().total.present, 2);
}

#[test]
fn excuse_walk_in_and_a_refused_name_in_english() {
    let mut app = app_with(session(Lang::En), Lang::En);
    press(&mut app, KeyCode::F(4));
    type_str(&mut app, "lm");
    press(&mut app, KeyCode::Tab);
    type_str(&mut app, "x");
    type_str(&mut app, "sick leave");
    press(&mut app, KeyCode::Enter);
    let s = session_of(&app);
    let li = s
        .attendance
        .people
        .iter()
        .find(|p| p.name == "李明")
        .unwrap();
    assert_eq!(
        li.presence,
        Presence::Excused {
            reason: "sick leave".into()
        }
    );
    // After the excuse the search box is empty and has the caret (issue 12, item 7): Tab for
    // the roster keys again. A walk-in with an empty name is refused in the form, which stays open.
    press(&mut app, KeyCode::Tab);
    type_str(&mut app, "w");
    press(&mut app, KeyCode::Tab);
    type_str(&mut app, "Xiayang");
    ctrl(&mut app, 's');
    insta::assert_snapshot!(
        "attendance_en_walk_in_refused",
        draw(&app, 80, 24).backend()
    );
    press(&mut app, KeyCode::BackTab);
    type_str(&mut app, "林秋菊");
    ctrl(&mut app, 's');
    let s = session_of(&app);
    let walk_in = s.attendance.people.last().unwrap();
    assert!(walk_in.walk_in && walk_in.name == "林秋菊" && walk_in.unit == "Xiayang");
    assert_eq!(s.attendance.counts().total.present, 1);
    insta::assert_snapshot!("attendance_en_80x24", draw(&app, 80, 24).backend());
    tiny(&app, "attendance_en");
}

#[test]
fn agenda_steps_with_one_key_and_opens_the_attendance_screen() {
    for lang in [Lang::Zh, Lang::En] {
        let mut app = app_with(session(lang), lang);
        press(&mut app, KeyCode::F(3));
        press(&mut app, KeyCode::Right);
        app.tick(meeting_time(9, 7));
        press(&mut app, KeyCode::Char('n'));
        app.tick(meeting_time(9, 9));
        let s = session_of(&app);
        assert_eq!(s.agenda.current, Some(2));
        assert_eq!(s.agenda.items[0].ended, Some(meeting_time(9, 7)));
        // Adding an item with letters for minutes is refused beside the field.
        type_str(&mut app, "a");
        type_str(&mut app, "宣读承诺");
        press(&mut app, KeyCode::Tab);
        type_str(&mut app, "ten");
        ctrl(&mut app, 's');
        assert_eq!(session_of(&app).agenda.items.len(), 8);
        let name = format!("agenda_{}_refused", lang.code());
        insta::assert_snapshot!(name, draw(&app, 80, 24).backend());
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Char('o'));
        assert_eq!(app.screen, pingyi::tui::screens::ScreenId::Attendance);
        press(&mut app, KeyCode::F(3));
        let name = format!("agenda_{}_80x24", lang.code());
        insta::assert_snapshot!(name, draw(&app, 80, 24).backend());
        tiny(&app, &format!("agenda_{}", lang.code()));
    }
}

#[test]
fn import_preview_then_enter_imports_the_good_rows() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("roster.csv");
    let (gbk, _, _) =
        encoding_rs::GBK.encode("姓名,类别,单位\n周强,机关干部,党政办\n孙丽,外星人,\n");
    std::fs::write(&file, &gbk).unwrap();
    let mut app = app_with(session(Lang::Zh), Lang::Zh);
    press(&mut app, KeyCode::F(4));
    press(&mut app, KeyCode::Esc);
    type_str(&mut app, "i");
    app.on_paste(&file.display().to_string());
    ctrl(&mut app, 's');
    let shot = format!("{:?}", draw(&app, 80, 24).backend());
    assert!(shot.contains("第3行"), "{shot}");
    press(&mut app, KeyCode::Enter);
    let s = session_of(&app);
    assert_eq!(s.attendance.people.len(), 7);
    assert_eq!(s.attendance.people[6].name, "周强");
}

#[test]
fn roster_copied_from_an_earlier_meeting_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("2010-10-19-wangling-town.json");
    pingyi::store::save(&file, &pingyi::demo::town()).unwrap();
    let mut app = app_with(empty_session(Lang::Zh), Lang::Zh);
    press(&mut app, KeyCode::F(4));
    press(&mut app, KeyCode::Tab);
    type_str(&mut app, "c");
    app.on_paste(&file.display().to_string());
    press(&mut app, KeyCode::Enter);
    let shot = format!("{:?}", draw(&app, 80, 24).backend());
    assert!(
        shot.contains("可导入 74 人"),
        "72 on the roster and 2 walk-ins:\n{shot}"
    );
    press(&mut app, KeyCode::Enter);
    let s = session_of(&app);
    assert_eq!(s.attendance.people.len(), 74);
    assert!(
        s.attendance
            .people
            .iter()
            .all(|p| p.presence == Presence::Expected && !p.walk_in)
    );
    let bad = dir.path().join("nope.json");
    type_str(&mut app, "c");
    app.on_paste(&bad.display().to_string());
    press(&mut app, KeyCode::Enter);
    let shot = format!("{:?}", draw(&app, 80, 24).backend());
    assert!(
        shot.contains("nope.json"),
        "the refusal names the file:\n{shot}"
    );
}
