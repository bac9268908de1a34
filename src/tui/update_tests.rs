//! The update path driven by key presses: what a change made goes back to the screen that asked
//! for it, read-only is refused before any form opens, an undo's reason is in the meeting's
//! language, and a refused form keeps what was typed.

use crate::i18n::{Lang, tui};
use crate::tui::app::App;
use crate::tui::doc::{Doc, ReadOnly};
use crate::tui::screens::{Screen, ScreenId};
use crate::tui::testing::{app_with, ctrl, draw, empty_session, meeting_time, press, type_str};
use crossterm::event::KeyCode;
use std::path::PathBuf;

fn audit_len(app: &App) -> usize {
    app.doc.as_ref().map_or(0, |d| d.session.audit.len())
}

#[test]
fn a_new_round_is_selected_once_the_app_says_it_was_made() {
    let mut app = app_with(empty_session(Lang::Zh), Lang::Zh);
    press(&mut app, KeyCode::F(6));
    for made in 0..2 {
        press(&mut app, KeyCode::Char('n'));
        press(&mut app, KeyCode::Char('1'));
        assert_eq!(app.screens.ballots.rounds.selected, made);
    }
    // Enter opens the round just made.
    press(&mut app, KeyCode::Enter);
    let rounds = app.doc.as_ref().map(|d| d.session.rounds.clone());
    assert_eq!(
        app.screens.ballots.round,
        rounds.and_then(|r| r.get(1).map(|r| r.id))
    );
}

#[test]
fn read_only_refuses_a_new_round_before_the_form_list_opens() {
    let doc = Doc::read_only(
        empty_session(Lang::Zh),
        PathBuf::from("sessions/test.json"),
        ReadOnly::Review,
    );
    let mut app = App::with_doc(Lang::Zh, "记录人", doc, meeting_time(9, 0));
    press(&mut app, KeyCode::F(6));
    press(&mut app, KeyCode::Char('n'));
    assert!(!app.screens.ballots.editing(), "no form list opens");
    let flash = app.flash.as_ref().map(|f| f.message.clone());
    assert_eq!(flash, Some(tui::READ_ONLY_REFUSED.into()));
    assert_eq!(audit_len(&app), 0);
}

#[test]
fn an_undo_says_why_in_the_meetings_language() {
    for lang in [Lang::Zh, Lang::En] {
        // The interface in the other language: the reason follows the meeting, not the screen.
        let mut app = app_with(empty_session(lang), lang.other());
        press(&mut app, KeyCode::F(6));
        press(&mut app, KeyCode::Char('n'));
        press(&mut app, KeyCode::Char('1'));
        let before = audit_len(&app);
        ctrl(&mut app, 'z');
        let doc = app.doc.as_ref().map(|d| d.session.clone());
        let entries = doc.map(|s| s.audit[before..].to_vec()).unwrap_or_default();
        assert!(!entries.is_empty(), "the undo is logged");
        for e in entries {
            assert_eq!(e.reason.as_deref(), Some(tui::UNDO_REASON.get(lang)));
        }
    }
}

#[test]
fn a_refused_form_stays_open_with_the_reason_and_what_was_typed() {
    let mut app = app_with(empty_session(Lang::Zh), Lang::Zh);
    press(&mut app, KeyCode::F(3));
    press(&mut app, KeyCode::Char('a'));
    type_str(&mut app, "述职");
    press(&mut app, KeyCode::Tab);
    type_str(&mut app, "abc");
    let before = audit_len(&app);
    ctrl(&mut app, 's');
    assert_eq!(audit_len(&app), before, "nothing recorded");
    assert_eq!(app.screen, ScreenId::Agenda);
    assert!(app.screens.agenda.editing(), "the form stays open");
    assert!(
        app.flash.is_none(),
        "the reason is beside the fields, not in the status line"
    );
    let screen = format!("{}", draw(&app, 80, 24).backend());
    assert!(screen.contains("abc"), "what was typed stays:\n{screen}");
}
