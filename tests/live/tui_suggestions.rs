//! The suggestions and ledger screens driven by keys: fast capture (text, one digit for the
//! category, the author by pinyin), sorting, the ledger row with a refused deadline; zh and en,
//! 80x24 and 20x5.

use crossterm::event::{KeyCode, KeyModifiers};
use pingyi::i18n::Lang;
use pingyi::model::{Decision, HeaderField, LedgerStatus, PersonInput, RaisedBy, Session, Stamp};
use pingyi::tui::app::App;
use pingyi::tui::testing::*;

fn session(lang: Lang) -> Session {
    let mut s = empty_session(lang);
    let st = Stamp::new(meeting_time(8, 30), "记录人");
    s.set_header_field(HeaderField::Date, "2010-10-19", &st)
        .unwrap();
    s.set_header_field(HeaderField::Evaluated, "网岭镇党委", &st)
        .unwrap();
    let cats = s.attendance.categories.clone();
    for (name, unit) in [
        ("黄武", "网岭镇机关"),
        ("王伟", "网岭村"),
        ("王伟", "东山村"),
        ("李明", "前坪村"),
    ] {
        s.attendee_add(&PersonInput::new(name, &cats[7], unit), &st)
            .unwrap();
    }
    s
}

fn session_of(app: &App) -> &Session {
    &app.doc.as_ref().unwrap().session
}

/// a, the text, Enter, a digit for the category, the author, Enter, Enter.
fn capture(app: &mut App, text: &str, digit: char, by: &str) {
    type_str(app, "a");
    let mut lines = text.split('\n');
    type_str(app, lines.next().unwrap_or_default());
    for l in lines {
        press_mod(app, KeyCode::Enter, KeyModifiers::ALT);
        type_str(app, l);
    }
    press(app, KeyCode::Enter);
    press(app, KeyCode::Char(digit));
    type_str(app, by);
    press(app, KeyCode::Enter);
    press(app, KeyCode::Enter);
}

#[test]
fn capture_sort_and_ledger() {
    for lang in [Lang::Zh, Lang::En] {
        let mut app = app_with(session(lang), lang);
        press(&mut app, KeyCode::F(8));
        capture(
            &mut app,
            "下洋村到东山村的村道有两处塌方\n尽快修复",
            '5',
            "hw",
        );
        capture(&mut app, "村道塌方,请修", '5', "");
        capture(&mut app, "低保评定要公开公示", '6', "李明");
        let s = session_of(&app);
        assert_eq!(s.suggestions.len(), 3);
        let huang = s.attendance.people[0].id;
        assert_eq!(s.suggestions[0].raised_by, RaisedBy::Attendee { id: huang });
        assert_eq!(
            s.suggestions[0].text,
            "下洋村到东山村的村道有两处塌方\n尽快修复"
        );
        assert_eq!(s.suggestions[0].category, s.suggestion_categories[4]);
        assert_eq!(s.suggestions[0].concerns, "网岭镇党委");
        assert_eq!(s.suggestions[1].raised_by, RaisedBy::Anonymous);
        // “ww” finds both 王伟: the form says so and keeps the text.
        type_str(&mut app, "a");
        type_str(&mut app, "集镇垃圾及时清运");
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Char('9'));
        type_str(&mut app, "ww");
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Enter);
        assert_eq!(session_of(&app).suggestions.len(), 3);
        insta::assert_snapshot!(
            format!("suggestions_{}_ambiguous", lang.code()),
            draw(&app, 80, 24).backend()
        );
        press(&mut app, KeyCode::Esc);
        // Accept 1, merge 2 into 1, decline 3 with a reason.
        type_str(&mut app, "y");
        press(&mut app, KeyCode::Down);
        type_str(&mut app, "m");
        type_str(&mut app, "1");
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Down);
        type_str(&mut app, "d");
        press(&mut app, KeyCode::Enter);
        assert_eq!(
            session_of(&app).suggestions[2].decision,
            Decision::Open,
            "a reason is required"
        );
        type_str(&mut app, "已纳入县民政局统一安排");
        press(&mut app, KeyCode::Enter);
        let s = session_of(&app);
        assert_eq!(s.suggestions[0].decision, Decision::Accepted);
        assert_eq!(s.suggestions[1].decision, Decision::Merged { into: 1 });
        assert!(matches!(
            s.suggestions[2].decision,
            Decision::Declined { .. }
        ));
        insta::assert_snapshot!(
            format!("suggestions_{}_80x24", lang.code()),
            draw(&app, 80, 24).backend()
        );
        type_str(&mut app, "t");
        type_str(&mut app, "t");
        let shot = format!("{:?}", draw(&app, 80, 24).backend());
        assert!(!shot.contains("低保"), "only accepted ones are shown");
        for (w, h) in [(0, 0), (1, 1), (16, 4), (300, 100)] {
            draw(&app, w, h);
        }
        insta::assert_snapshot!(
            format!("suggestions_{}_20x5", lang.code()),
            draw(&app, 20, 5).backend()
        );

        press(&mut app, KeyCode::F(9));
        type_str(&mut app, "e");
        type_str(&mut app, "组织施工队清理塌方,修筑护坡");
        press(&mut app, KeyCode::Enter);
        type_str(&mut app, "周强");
        press(&mut app, KeyCode::Enter);
        type_str(&mut app, "2010-10-18");
        press(&mut app, KeyCode::Enter);
        assert!(
            session_of(&app).suggestions[0].ledger.is_none(),
            "deadline before the meeting"
        );
        insta::assert_snapshot!(
            format!("ledger_{}_refused", lang.code()),
            draw(&app, 80, 24).backend()
        );
        for _ in 0..2 {
            press(&mut app, KeyCode::Backspace);
        }
        type_str(&mut app, "30");
        press(&mut app, KeyCode::Enter);
        type_str(&mut app, "4");
        let row = session_of(&app).suggestions[0].ledger.clone().unwrap();
        assert_eq!(
            row.status,
            LedgerStatus::Pending,
            "closing off needs done first"
        );
        type_str(&mut app, "3");
        type_str(&mut app, "n");
        type_str(&mut app, "护坡已完工,群众满意");
        press(&mut app, KeyCode::Enter);
        let row = session_of(&app).suggestions[0].ledger.clone().unwrap();
        assert_eq!(
            (row.status, row.owner.as_str()),
            (LedgerStatus::Done, "周强")
        );
        assert_eq!(row.progress.len(), 1);
        insta::assert_snapshot!(
            format!("ledger_{}_80x24", lang.code()),
            draw(&app, 80, 24).backend()
        );
        for (w, h) in [(0, 0), (1, 1), (16, 4)] {
            draw(&app, w, h);
        }
        insta::assert_snapshot!(
            format!("ledger_{}_20x5", lang.code()),
            draw(&app, 20, 5).backend()
        );
        ctrl(&mut app, 'z');
        ctrl(&mut app, 'z');
        let row = session_of(&app).suggestions[0].ledger.clone().unwrap();
        assert_eq!((row.status, row.progress.len()), (LedgerStatus::Pending, 0));
    }
}
