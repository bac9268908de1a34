//! A ballot taken back with Ctrl+Z in ballot-by-ballot entry comes back into the entry row for
//! correcting: its marks shown and kept, Backspace to the wrong one, press it again, Enter (or
//! the last mark) commits it under its own number; every step in the audit log. zh and en.

use crossterm::event::KeyCode;
use pingyi::i18n::Lang;
use pingyi::model::{Mark, Session};
use pingyi::tui::app::App;
use pingyi::tui::screens::ballots::View;
use pingyi::tui::testing::*;

fn session(app: &App) -> &Session {
    &app.doc.as_ref().unwrap().session
}

/// F6, the round, its batch (the line after the batches' head): ballot entry.
fn open_entry(lang: Lang) -> App {
    let mut app = app_with(
        crate::tui::town_form_named(lang, "网岭镇党委", "第一组"),
        lang,
    );
    press(&mut app, KeyCode::F(6));
    press(&mut app, KeyCode::Enter);
    let r = &session(&app).rounds[0];
    for _ in 0..(6 + 1 + r.targets.len() + 1 + r.items.len() + 1) {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screens.ballots.view, View::Entry("t1".into()));
    app
}

/// The ballots committed: (number, marks, void).
fn ballots(app: &App) -> Vec<(u32, String, bool)> {
    session(app).rounds[0].batches[0]
        .ballots
        .iter()
        .map(|b| (b.no, b.marks.clone(), b.void))
        .collect()
}

/// The last `n` audit entries as (action, target, old, new).
fn audit_tail(app: &App, n: usize) -> Vec<(String, String, Option<String>, Option<String>)> {
    let a = &session(app).audit;
    a[a.len() - n..]
        .iter()
        .map(|e| {
            (
                e.action.clone(),
                e.target.clone(),
                e.old.clone(),
                e.new.clone(),
            )
        })
        .collect()
}

#[test]
fn a_ballot_taken_back_is_offered_for_correcting_and_committed_again() {
    for lang in [Lang::Zh, Lang::En] {
        let mut app = open_entry(lang);
        type_str(&mut app, "11");
        type_str(&mut app, "21");
        assert_eq!(ballots(&app).len(), 2);
        // No. 2 was misheard: 好, not 较好. Ctrl+Z takes it back into the row.
        ctrl(&mut app, 'z');
        assert_eq!(ballots(&app), vec![(1, "11".into(), false)]);
        let e = &app.screens.ballots.entry;
        assert_eq!(e.marks, vec![Mark::Grade(1), Mark::Grade(0)]);
        assert_eq!((e.at, e.correcting), (2, Some(2)));
        let text = screen_text(&app, 100, 24);
        let note = match lang {
            Lang::Zh => "更正第 2 张:21▸",
            Lang::En => "Correcting No. 2: 21▸",
        };
        assert!(text.contains(note), "{text}");
        insta::assert_snapshot!(
            format!("entry_taken_back_{}_80x24", lang.code()),
            draw(&app, 80, 24).backend()
        );
        // Backspace to the first mark: the second stays, shown, until pressed again.
        press(&mut app, KeyCode::Backspace);
        press(&mut app, KeyCode::Backspace);
        assert_eq!(app.screens.ballots.entry.at, 0);
        assert_eq!(app.screens.ballots.entry.marks.len(), 2);
        assert!(screen_text(&app, 100, 24).contains("▸21"));
        type_str(&mut app, "1");
        assert_eq!(ballots(&app).len(), 1, "not committed before Enter");
        insta::assert_snapshot!(
            format!("entry_correcting_{}_80x24", lang.code()),
            draw(&app, 80, 24).backend()
        );
        press(&mut app, KeyCode::Enter);
        assert_eq!(
            ballots(&app),
            vec![(1, "11".into(), false), (2, "11".into(), false)],
            "committed again under its own number"
        );
        assert_eq!(app.screens.ballots.entry.correcting, None);
        // The audit log has both: No. 2 taken back as 21, committed as 11.
        let tail = audit_tail(&app, 2);
        assert_eq!(
            (tail[0].0.as_str(), tail[0].2.as_deref()),
            ("ballot.undo", Some("21"))
        );
        assert_eq!(
            (tail[1].0.as_str(), tail[1].3.as_deref()),
            ("ballot.commit", Some("11"))
        );
        assert!(tail[0].1.ends_with("No.2") && tail[1].1.ends_with("No.2"));
        for (w, h) in [(0, 0), (1, 1), (20, 5)] {
            draw(&app, w, h);
        }
    }
}

#[test]
fn the_last_mark_pressed_again_commits_and_esc_drops_the_offer() {
    let mut app = open_entry(Lang::Zh);
    type_str(&mut app, "12");
    ctrl(&mut app, 'z');
    // Backspace once: the last mark pressed again commits, as any ballot's last mark does.
    press(&mut app, KeyCode::Backspace);
    type_str(&mut app, "3");
    assert_eq!(ballots(&app), vec![(1, "13".into(), false)]);
    // Taken back again and dropped with Esc: the ballot stays out, said so; Esc again leaves.
    ctrl(&mut app, 'z');
    press(&mut app, KeyCode::Esc);
    assert!(ballots(&app).is_empty());
    let e = &app.screens.ballots.entry;
    assert!(e.marks.is_empty() && e.correcting.is_none());
    assert_eq!(
        e.error.as_ref().map(|m| m.zh.clone()),
        Some("已放弃本票的标记,请从本票第一项重新录入".into())
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screens.ballots.view, View::Round);
}

#[test]
fn a_void_ballot_taken_back_can_be_typed_as_marks() {
    for lang in [Lang::Zh, Lang::En] {
        let mut app = open_entry(lang);
        press(&mut app, KeyCode::Char('-'));
        ctrl(&mut app, 'z');
        assert!(ballots(&app).is_empty());
        let text = screen_text(&app, 100, 24);
        let note = match lang {
            Lang::Zh => "更正第 1 张(原为废票)",
            Lang::En => "Correcting No. 1 (it was void)",
        };
        assert!(text.contains(note), "{text}");
        // Enter with marks missing says how many.
        type_str(&mut app, "1");
        press(&mut app, KeyCode::Enter);
        let missing = match lang {
            Lang::Zh => "本票还缺 1 个标记",
            Lang::En => "This ballot still lacks 1 marks",
        };
        assert!(screen_text(&app, 100, 24).contains(missing));
        type_str(&mut app, "1");
        assert_eq!(ballots(&app), vec![(1, "11".into(), false)]);
        let tail = audit_tail(&app, 2);
        assert_eq!(tail[0].0, "ballot.undo");
        assert_eq!(tail[1].3.as_deref(), Some("11"));
    }
}

#[test]
fn a_half_typed_ballot_gives_way_to_the_one_taken_back_and_says_so() {
    let mut app = open_entry(Lang::En);
    type_str(&mut app, "11");
    type_str(&mut app, "2");
    ctrl(&mut app, 'z');
    let e = &app.screens.ballots.entry;
    assert_eq!(e.marks, vec![Mark::Grade(0), Mark::Grade(0)]);
    assert_eq!(e.correcting, Some(1));
    assert_eq!(
        e.error.as_ref().map(|m| m.en.clone()),
        Some("This ballot's marks were dropped; enter it again from its first item".into())
    );
    // Ctrl+Z while correcting No. 1 would take back nothing more here; with two ballots in,
    // the one before comes back and No. 2 is said to stay out.
    press(&mut app, KeyCode::Enter);
    type_str(&mut app, "21");
    ctrl(&mut app, 'z');
    ctrl(&mut app, 'z');
    assert_eq!(ballots(&app), vec![]);
    let e = &app.screens.ballots.entry;
    assert_eq!(e.correcting, Some(1));
    assert_eq!(
        e.error.as_ref().map(|m| m.en.clone()),
        Some("No. 2 stays taken back and uncounted (its marks are in the audit log)".into())
    );
    // Its marks are all in: another mark is refused, Enter commits it.
    type_str(&mut app, "1");
    assert!(ballots(&app).is_empty());
    assert_eq!(
        app.screens
            .ballots
            .entry
            .error
            .as_ref()
            .map(|m| m.en.clone()),
        Some(
            "This ballot has all its marks: Enter commits it, Backspace goes back to change one"
                .into()
        )
    );
    press(&mut app, KeyCode::Enter);
    // Ctrl+Z outside entry (the round view) takes back without offering anything.
    assert_eq!(ballots(&app).len(), 1);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screens.ballots.view, View::Round);
    ctrl(&mut app, 'z');
    assert!(ballots(&app).is_empty());
    assert!(app.screens.ballots.entry.correcting.is_none());
}
