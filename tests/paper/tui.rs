//! Printing from the terminal application: `P` on a round asks how many and prints its ballots
//! beside the meeting file, recording their serials through the audited path; `p` on the
//! attendance list prints the sign-in sheet; both say where the file went.

use super::support::*;
use crossterm::event::KeyCode;
use pingyi::i18n::Lang;
use pingyi::tui::app::App;
use pingyi::tui::doc::{Doc, MemoryPersist, ReadOnly};
use pingyi::tui::testing::*;

fn app_at(dir: &std::path::Path, read_only: bool) -> App {
    let path = dir.join("2010-10-19-town.json");
    let session = pingyi::export::fixture::town();
    let doc = if read_only {
        Doc::read_only(session, path, ReadOnly::Review)
    } else {
        Doc::new(session, path, Box::new(MemoryPersist::default()))
    };
    App::with_doc(Lang::Zh, "记录人", doc, meeting_time(9, 0))
}

/// The app on the first round's view (F6, Enter) with `P` pressed: the question how many.
fn print_question(dir: &std::path::Path, read_only: bool) -> App {
    let mut app = app_at(dir, read_only);
    press(&mut app, KeyCode::F(6));
    press(&mut app, KeyCode::Enter);
    type_str(&mut app, "P");
    app
}

fn flash(app: &App) -> Option<(String, bool)> {
    app.flash.as_ref().map(|f| (f.message.zh.clone(), f.error))
}

#[test]
fn capital_p_on_a_round_prints_its_ballots_and_records_the_serials() {
    if !have_font() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut app = print_question(dir.path(), false);
    // The question offers the round's 发出 (66); the clerk prints 3.
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    type_str(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    let out = dir.path().join("2010-10-19-town.ballots-1.pdf");
    assert_eq!(
        flash(&app),
        Some((format!("已打印 3 张测评票:{}", out.display()), false))
    );
    assert!(out.exists());
    let s = &app.doc.as_ref().unwrap().session;
    assert_eq!(s.rounds[0].printed_serials().count(), 3);
    assert_eq!(s.audit.last().unwrap().action, "ballots.print");
    if have("pdfinfo") {
        assert_eq!(pdf_pages(&out), 3);
    }
}

/// The offered count (the round's 发出) is a proposal: the first digit typed replaces it, as in a
/// spreadsheet cell, so "5" prints 5 ballots, not 665.
#[test]
fn typing_a_count_replaces_the_offered_one() {
    if !have_font() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut app = print_question(dir.path(), false);
    type_str(&mut app, "5");
    press(&mut app, KeyCode::Enter);
    let s = &app.doc.as_ref().unwrap().session;
    assert_eq!(s.rounds[0].printed_serials().count(), 5);
}

#[test]
fn a_count_that_is_not_a_number_stays_in_the_question() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = print_question(dir.path(), false);
    type_str(&mut app, "张");
    press(&mut app, KeyCode::Enter);
    let screen = format!("{}", draw(&app, 100, 30).backend());
    assert!(screen.contains("不是张数"), "{screen}");
    assert!(!dir.path().join("2010-10-19-town.ballots-1.pdf").exists());
}

#[test]
fn a_read_only_meeting_prints_no_ballots() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = print_question(dir.path(), true);
    press(&mut app, KeyCode::Enter);
    assert!(!dir.path().join("2010-10-19-town.ballots-1.pdf").exists());
    let refused = pingyi::i18n::tui::READ_ONLY_REFUSED.get(Lang::Zh);
    assert_eq!(
        flash(&app).map(|f| f.0),
        Some(refused.to_string()),
        "says why"
    );
}

#[test]
fn p_on_the_attendance_list_prints_the_sign_in_sheet_even_read_only() {
    if !have_font() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_at(dir.path(), true);
    press(&mut app, KeyCode::F(4));
    press(&mut app, KeyCode::Tab);
    type_str(&mut app, "p");
    let out = dir.path().join("2010-10-19-town.signin.pdf");
    assert_eq!(
        flash(&app),
        Some((format!("已写入 {}", out.display()), false))
    );
    if have("pdftotext") {
        let words = pdftotext(&out);
        assert!(words.contains("签名"));
    }
}
