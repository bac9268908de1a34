//! What a new user meets first (issue 12): an empty roster, a new meeting's date, the projector
//! after the meeting. Driven through the same keys and commands a user gives, in zh and en.

use crossterm::event::KeyCode;
use pingyi::i18n::Lang;
use pingyi::tui::testing::*;

fn screen_text(app: &pingyi::tui::app::App, w: u16, h: u16) -> String {
    draw(app, w, h).backend().to_string()
}

#[test]
fn an_empty_roster_says_there_is_no_roster_rather_than_a_quorum() {
    for (lang, want, wrong) in [
        (Lang::Zh, "尚无名单", "可以开会"),
        (Lang::En, "no roster yet", "may proceed"),
    ] {
        let mut app = app_with(empty_session(lang), lang);
        press(&mut app, KeyCode::F(4));
        let text = screen_text(&app, 120, 40);
        assert!(text.contains(want), "{lang:?}: {text}");
        assert!(!text.contains(wrong), "{lang:?}: {text}");
    }
}

#[test]
fn a_new_meeting_from_the_picker_is_dated_today_and_the_header_says_so() {
    for (lang, note) in [
        (Lang::Zh, "默认为当天"),
        (Lang::En, "the day the meeting was made"),
    ] {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let mut app =
            pingyi::tui::app::App::new(lang, "记录人", tmp.path().into(), meeting_time(9, 0));
        app.refresh_picker();
        press(&mut app, KeyCode::Char('n'));
        let doc = app.doc.as_ref().expect("a new meeting is open");
        assert_eq!(
            doc.session.header.date,
            Some(meeting_time(9, 0).date_naive())
        );
        assert!(doc.session.header.date_is_default);
        let text = screen_text(&app, 120, 30);
        assert!(text.contains("2010-10-19"), "{text}");
        assert!(text.contains(note), "{lang:?}: {text}");
        // Typing a date takes the default's place, and the note goes.
        let path = doc.path.clone();
        let field = pingyi::model::HeaderField::ALL
            .iter()
            .position(|f| *f == pingyi::model::HeaderField::Date)
            .expect("a date field");
        for _ in 0..field {
            press(&mut app, KeyCode::Down);
        }
        press(&mut app, KeyCode::Enter);
        for _ in 0..12 {
            press(&mut app, KeyCode::Backspace);
        }
        type_str(&mut app, "2010-10-20");
        press(&mut app, KeyCode::Enter);
        let header = &app.doc.as_ref().expect("open").session.header;
        assert_eq!(header.date, chrono::NaiveDate::from_ymd_opt(2010, 10, 20));
        assert!(!header.date_is_default);
        assert!(!screen_text(&app, 120, 30).contains(note));
        assert!(path.exists());
    }
}

#[test]
fn pingyi_new_without_a_date_dates_the_meeting_today() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let args = pingyi::cli::new::Args {
        title: Some("网岭镇群众评议".into()),
        date: None,
        template: None,
    };
    let ctx = pingyi::cli::Context {
        lang: Lang::Zh,
        lang_asked: None,
        dir: tmp.path().to_path_buf(),
        who: "记录人".into(),
    };
    let path = pingyi::cli::new::create_meeting(&args, &ctx, meeting_time(9, 0)).expect("created");
    let s = pingyi::store::load(&path).expect("loads");
    assert_eq!(s.header.date, Some(meeting_time(9, 0).date_naive()));
    assert!(s.audit.iter().any(|a| a.action == "header.date_default"));
}

/// The tab bar at the widths of a podium laptop's terminal: every screen named at 100 and 120
/// columns in Chinese, and the bar never runs off the edge.
#[test]
fn the_tab_bar_names_the_screens_at_80_100_and_120_columns() {
    for lang in [Lang::Zh, Lang::En] {
        let mut app = app_with(empty_session(lang), lang);
        press(&mut app, KeyCode::F(6));
        for w in [80u16, 100, 120] {
            let screen = pingyi::tui::testing::screen_text(&app, w, 24);
            let bar = screen.lines().next().unwrap_or_default().trim_end();
            insta::assert_snapshot!(format!("tab_bar_{}_{w}", lang.code()), bar);
        }
    }
}

/// Lists size their columns by what they hold: a name with a middle dot keeps its last character,
/// the ledger's measure is not cut to five characters while the suggestion takes the row, and the
/// selected row's whole text is shown under the list.
#[test]
fn lists_size_their_columns_by_content_and_show_the_selected_row_whole() {
    use pingyi::model::{LedgerInput, PersonInput, RaisedBy, Stamp, SuggestionInput};
    for lang in [Lang::Zh, Lang::En] {
        let mut s = empty_session(lang);
        let st = Stamp::new(meeting_time(8, 30), "记录人");
        let cat = s.attendance.categories[0].clone();
        s.attendee_add(&PersonInput::new("欧阳·娜娜", &cat, "网岭镇机关"), &st)
            .expect("added");
        let category = s.suggestion_categories[0].clone();
        let text = "下洋村到东山村的村道有两处塌方,雨季前务必修好,否则学生上学要绕远路一个多小时";
        let (id, _) = s
            .suggestion_add(
                &SuggestionInput {
                    text: text.into(),
                    category,
                    raised_by: RaisedBy::Anonymous,
                    concerns: String::new(),
                },
                &st,
            )
            .expect("added");
        s.suggestion_accept(id, &st).expect("accepted");
        let measure = "组织施工队清理塌方,修筑护坡";
        s.ledger_set(
            id,
            &LedgerInput {
                measure: measure.into(),
                owner: "周强".into(),
                deadline: "2010-10-30".into(),
            },
            &st,
        )
        .expect("ledger row");
        let mut app = app_with(s, lang);
        press(&mut app, KeyCode::F(4));
        let text_now = screen_text(&app, 100, 30);
        assert!(text_now.contains("欧阳·娜娜"), "{text_now}");
        press(&mut app, KeyCode::F(9));
        let ledger = screen_text(&app, 100, 30);
        let row = ledger
            .lines()
            .find(|l| l.contains("周强"))
            .expect("the ledger row");
        assert!(row.contains(measure), "the measure is whole: {row}");
        assert!(
            ledger.contains("学生上学要绕远路一个多小时"),
            "the whole text below: {ledger}"
        );
    }
}

fn roster(lang: Lang) -> pingyi::model::Session {
    use pingyi::model::{PersonInput, Stamp};
    let mut s = empty_session(lang);
    let st = Stamp::new(meeting_time(8, 30), "记录人");
    let cats = s.attendance.categories.clone();
    for (name, cat, unit) in [("黄武", 1, "网岭镇机关"), ("李明", 7, "前坪村")] {
        s.attendee_add(&PersonInput::new(name, &cats[cat], unit), &st)
            .expect("added");
    }
    s
}

/// Item 6: a form that acts on one person names them; item 7: after it, the search box is empty
/// and the next name typed is a new search; a message does not follow the user to another screen.
#[test]
fn the_excuse_form_names_the_person_and_the_next_search_starts_empty() {
    for (lang, title) in [
        (Lang::Zh, "请假:李明(前坪村)"),
        (Lang::En, "Excused: 李明(前坪村)"),
    ] {
        let mut app = app_with(roster(lang), lang);
        press(&mut app, KeyCode::F(4));
        type_str(&mut app, "lm");
        press(&mut app, KeyCode::Tab);
        press(&mut app, KeyCode::Char('x'));
        let text = screen_text(&app, 100, 30);
        assert!(
            text.contains(title.split(' ').next().unwrap_or(title)),
            "{text}"
        );
        assert!(text.contains("李明"), "{text}");
        type_str(&mut app, "病假");
        press(&mut app, KeyCode::Enter);
        // The next name goes into an empty search box: 黄武 by his initials.
        type_str(&mut app, "hw");
        press(&mut app, KeyCode::Enter);
        let s = &app.doc.as_ref().expect("open").session;
        let huang = s
            .attendance
            .people
            .iter()
            .find(|p| p.name == "黄武")
            .expect("黄武");
        assert!(
            matches!(huang.presence, pingyi::model::Presence::Present { .. }),
            "{:?}",
            huang.presence
        );
        // A search that finds nobody says so; on the next screen the message is gone.
        type_str(&mut app, "zzz");
        press(&mut app, KeyCode::Enter);
        assert!(app.flash.is_some(), "the search says it found nobody");
        press(&mut app, KeyCode::F(3));
        assert!(app.flash.is_none(), "the message stayed on another screen");
    }
}

/// Item 5: the suggestion form's category choices wrap so all nine are seen at once.
#[test]
fn the_suggestion_forms_categories_are_all_in_view() {
    for lang in [Lang::Zh, Lang::En] {
        let mut app = app_with(empty_session(lang), lang);
        press(&mut app, KeyCode::F(8));
        press(&mut app, KeyCode::Char('a'));
        let text = screen_text(&app, 80, 24);
        let cats = app
            .doc
            .as_ref()
            .expect("open")
            .session
            .suggestion_categories
            .clone();
        assert!(cats.len() >= 9, "{cats:?}");
        for (k, c) in cats.iter().enumerate().take(9) {
            assert!(
                text.contains(&format!("{} {c}", k + 1)),
                "{lang:?}: {k} {c} not in view:\n{text}"
            );
        }
    }
}
