//! The session picker drawn into a TestBackend after key presses, in zh and en.

use chrono::NaiveDate;
use crossterm::event::KeyCode;
use pingyi::i18n::{Lang, Message};
use pingyi::tui::app::App;
use pingyi::tui::screens::ScreenId;
use pingyi::tui::screens::picker::PickerRow;
use pingyi::tui::testing::*;
use std::path::PathBuf;

fn rows() -> Vec<PickerRow> {
    vec![
        PickerRow {
            path: PathBuf::from("sessions/2010-11-05-oilfield-department.json"),
            date: NaiveDate::from_ymd_opt(2010, 11, 5),
            title: "超低渗油田开发管理部创先争优群众评议".into(),
            state: Message::new("已结束", "Finished"),
            broken: false,
            archive: None,
        },
        PickerRow {
            path: PathBuf::from("sessions/2010-10-19-wangling-town.json"),
            date: NaiveDate::from_ymd_opt(2010, 10, 19),
            title: "网岭镇创先争优活动群众评议大会".into(),
            state: Message::new("进行中", "In progress"),
            broken: false,
            archive: None,
        },
        PickerRow {
            path: PathBuf::from("sessions/broken.json"),
            date: None,
            title: String::new(),
            state: Message::new(
                "第 3 行第 5 列 JSON 语法错误",
                "JSON syntax error at line 3, column 5",
            ),
            broken: true,
            archive: None,
        },
    ]
}

fn picker(lang: Lang) -> App {
    let mut app = App::new(
        lang,
        "记录人",
        PathBuf::from("sessions"),
        meeting_time(9, 0),
    );
    app.screens
        .picker
        .set_rows(PathBuf::from("sessions"), rows());
    app
}

#[test]
fn picker_lists_meetings_and_moves() {
    for lang in [Lang::Zh, Lang::En] {
        let mut app = picker(lang);
        press(&mut app, KeyCode::Down);
        assert_eq!(app.screens.picker.selected, 1);
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Down);
        assert_eq!(app.screens.picker.selected, 2, "stops at the last row");
        press(&mut app, KeyCode::Up);
        insta::assert_snapshot!(
            format!("picker_{}_80x24", lang.code()),
            draw(&app, 80, 24).backend()
        );
        insta::assert_snapshot!(
            format!("picker_{}_20x5", lang.code()),
            draw(&app, 20, 5).backend()
        );
        insta::assert_snapshot!(
            format!("picker_{}_1x1", lang.code()),
            draw(&app, 1, 1).backend()
        );
        for (w, h) in [(0, 0), (300, 100)] {
            draw(&app, w, h);
        }
    }
}

#[test]
fn empty_folder_says_how_to_start() {
    let mut app = App::new(
        Lang::Zh,
        "记录人",
        PathBuf::from("sessions"),
        meeting_time(9, 0),
    );
    app.screens
        .picker
        .set_rows(PathBuf::from("sessions"), Vec::new());
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, ScreenId::Picker);
    let screen = draw(&app, 80, 24).backend().to_string();
    assert!(screen.contains("按 n 新建会议"), "{screen}");
    // Meeting screens need a meeting: F2 does nothing here.
    press(&mut app, KeyCode::F(2));
    assert_eq!(app.screen, ScreenId::Picker);
}

#[test]
fn picker_on_the_example_sessions_shows_the_archive_columns() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/sessions"));
    for lang in [Lang::Zh, Lang::En] {
        let mut app = App::new(lang, "审阅人", dir.clone(), meeting_time(9, 0));
        app.refresh_picker();
        assert_eq!(app.screens.picker.rows.len(), 2);
        let town = app
            .screens
            .picker
            .rows
            .iter()
            .find(|r| r.path.ends_with("2010-10-19-wangling-town.json"))
            .and_then(|r| r.archive.as_ref())
            .expect("the town meeting loads");
        assert_eq!((town.turnout.present, town.turnout.expected), (70, 72));
        let screen = draw(&app, 150, 8).backend().to_string();
        assert!(screen.contains("70/72"), "{screen}");
        // The folder path differs between machines, so only the table is snapshot.
        app.screens.picker.dir = PathBuf::from("sessions");
        insta::assert_snapshot!(
            format!("picker_examples_{}_150x8", lang.code()),
            draw(&app, 150, 8).backend()
        );
    }
}
