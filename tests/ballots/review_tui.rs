//! Review of scanned ballots on the ballots screen, as a clerk does it: `pingyi demo --scans`
//! and `pingyi scan` leave doubtful ballots waiting; the round view says how many, `c` opens
//! review with the pictures of the doubtful items, Enter confirms a proposal, Ctrl+Z takes a
//! decision back, and typing each ballot's true marks leaves the round equal to the
//! generator's truth, nothing waiting and verification no longer blocked by review.

use crate::scan::{demo, ok, pingyi};
use crossterm::event::KeyCode;
use pingyi::i18n::Lang;
use pingyi::model::ballot::Blocker;
use pingyi::model::{BallotRound, Session};
use pingyi::tui::app::App;
use pingyi::tui::screens::ballots::View;
use pingyi::tui::testing::*;
use std::path::Path;

pub(crate) fn session(app: &App) -> &Session {
    &app.doc.as_ref().expect("open").session
}

pub(crate) fn round(app: &App) -> &BallotRound {
    &session(app).rounds[0]
}

/// 12 generated town ballots scanned into `dir`, opened in the app on the round view.
fn scanned(dir: &Path, lang: Lang) -> App {
    let town = demo(dir, 12);
    let f = town.to_str().expect("path");
    ok(&pingyi(
        &["scan", f, "--round", "1", dir.to_str().expect("dir")],
        dir,
    ));
    let doc = pingyi::tui::open::open(&town, false, "clerk", meeting_time(10, 0)).expect("opens");
    let mut app = App::with_doc(lang, "clerk", doc, meeting_time(10, 0));
    press(&mut app, KeyCode::F(6));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screens.ballots.view, View::Round);
    app
}

pub(crate) fn truth(dir: &Path) -> Vec<serde_json::Value> {
    serde_json::from_slice(&std::fs::read(dir.join("truth.json")).expect("truth")).expect("json")
}

pub(crate) fn true_marks(truth: &[serde_json::Value], serial: &str) -> String {
    let t = truth
        .iter()
        .find(|t| t["serial"] == serial)
        .expect("serial in truth");
    t["marks"].as_str().expect("marks").to_string()
}

/// The serial of the ballot review shows first.
pub(crate) fn head_serial(app: &App) -> Option<String> {
    let r = round(app);
    let (uid, i) = r.review_queue().into_iter().next()?;
    r.pending(&uid, i).and_then(|p| p.scan.serial.clone())
}

#[test]
fn doubtful_ballots_are_reviewed_by_keys_and_the_round_equals_the_truth() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let mut app = scanned(dir, Lang::En);
    let waiting = round(&app).waiting_review();
    assert!(waiting >= 1, "the seed gives doubtful ballots to review");
    assert!(
        round(&app)
            .blockers(&[])
            .contains(&Blocker::ToReview { ballots: waiting })
    );
    let text = screen_text(&app, 120, 60);
    assert!(
        text.contains(&format!("{waiting} waiting for review")),
        "{text}"
    );

    press(&mut app, KeyCode::Char('c'));
    assert_eq!(app.screens.ballots.view, View::Review);
    let text = screen_text(&app, 120, 40);
    assert!(text.contains("Scan review"), "{text}");
    assert!(
        text.contains('\u{2580}'),
        "the doubtful item's picture: {text}"
    );
    assert!(!text.contains("could not be found"), "{text}");

    // Enter confirms the proposal; Ctrl+Z puts the ballot back in review.
    let audit = session(&app).audit.len();
    press(&mut app, KeyCode::Enter);
    assert_eq!(round(&app).waiting_review(), waiting - 1);
    assert!(
        session(&app)
            .audit
            .iter()
            .skip(audit)
            .any(|e| e.action == "scan.review")
    );
    ctrl(&mut app, 'z');
    assert_eq!(round(&app).waiting_review(), waiting);
    assert_eq!(round(&app).counted() as usize + waiting, 12);

    let truth = truth(dir);
    let mut decided = 0;
    while let Some(serial) = head_serial(&app) {
        let marks = true_marks(&truth, &serial).replace('x', ".");
        type_str(&mut app, &marks);
        decided += 1;
        assert!(decided <= waiting, "review does not end");
    }
    assert_eq!(decided, waiting);
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("Everything is reviewed"), "{text}");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screens.ballots.view, View::Round);

    crate::scan_tui::assert_truth(&app, dir, 12);
    let r = round(&app);
    assert!(
        !r.blockers(&[])
            .iter()
            .any(|b| matches!(b, Blocker::ToReview { .. }))
    );
    let reviews = session(&app)
        .audit
        .iter()
        .filter(|e| e.action == "scan.review")
        .count();
    assert_eq!(
        reviews,
        waiting + 1,
        "each decision, and the one taken back"
    );
}

#[test]
fn review_is_drawn_in_both_languages_and_at_any_size() {
    for (lang, words) in [
        (Lang::Zh, ["扫描复核", "建议读法"]),
        (Lang::En, ["Scanreview", "proposed"]),
    ] {
        let tmp = tempfile::tempdir().expect("tmp");
        let mut app = scanned(tmp.path(), lang);
        let waiting = round(&app).waiting_review().to_string();
        assert!(screen_text(&app, 120, 60).contains(&waiting));
        press(&mut app, KeyCode::Char('c'));
        // Wide characters take two cells: compare without the spaces between them.
        let text = screen_text(&app, 120, 40).replace(' ', "");
        for w in words {
            assert!(text.contains(w), "{w}: {text}");
        }
        // A key that is no mark is named, and nothing is decided.
        press(&mut app, KeyCode::Char('q'));
        assert_eq!(round(&app).waiting_review().to_string(), waiting);
        for (w, h) in [(0, 0), (1, 1), (20, 5), (80, 24)] {
            draw(&app, w, h);
        }
    }
}

#[test]
fn a_ballot_whose_code_was_not_read_gets_its_serial_typed_first() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let town = demo(dir, 12);
    let f = town.to_str().expect("path");
    ok(&pingyi(
        &["scan", f, "--round", "1", dir.to_str().expect("dir")],
        dir,
    ));
    // As if the first waiting ballot's QR code had not been read.
    let mut file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&town).expect("file")).expect("json");
    let p = &mut file["rounds"][0]["batches"][0]["review"][0];
    let serial = p["scan"]["serial"].as_str().expect("serial").to_string();
    p["serial_unread"] = true.into();
    p["scan"].as_object_mut().expect("scan").remove("serial");
    std::fs::write(&town, serde_json::to_vec(&file).expect("json")).expect("written");

    let doc = pingyi::tui::open::open(&town, false, "clerk", meeting_time(10, 0)).expect("opens");
    let mut app = App::with_doc(Lang::En, "clerk", doc, meeting_time(10, 0));
    press(&mut app, KeyCode::F(6));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('c'));
    assert!(head_serial(&app).is_none(), "the unread one is shown first");
    assert!(screen_text(&app, 120, 40).contains("type the 8-digit serial"));
    let waiting = round(&app).waiting_review();
    // Enter before the serial is typed decides nothing; a wrong check digit is named.
    press(&mut app, KeyCode::Enter);
    assert_eq!(round(&app).waiting_review(), waiting);
    let mut wrong = serial.clone();
    let last = wrong.pop().expect("digit");
    wrong.push(if last == '0' { '1' } else { '0' });
    type_str(&mut app, &wrong);
    assert!(screen_text(&app, 120, 40).contains("not a valid serial"));
    type_str(&mut app, &serial);
    let truth = truth(dir);
    type_str(&mut app, &true_marks(&truth, &serial).replace('x', "."));
    assert_eq!(round(&app).waiting_review(), waiting - 1);
    let b = round(&app)
        .batches
        .iter()
        .flat_map(|b| &b.ballots)
        .find(|b| b.scan.as_ref().and_then(|s| s.serial.as_deref()) == Some(serial.as_str()))
        .expect("counted with the typed serial");
    assert_eq!(b.marks, true_marks(&truth, &serial));
}

/// What review draws of its pictures: escape sequences of a graphics protocol, or half blocks.
fn drawn_symbols(app: &App) -> String {
    let t = draw(app, 120, 40);
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
    }
    out
}

#[test]
fn review_pictures_use_the_terminals_graphics_where_it_has_them() {
    use ratatui_image::picker::{Picker, ProtocolType};
    let tmp = tempfile::tempdir().expect("tmp");
    let mut app = scanned(tmp.path(), Lang::En);
    press(&mut app, KeyCode::Char('c'));
    // No graphics: half blocks.
    pingyi::tui::pictures::use_on_this_thread(None);
    let plain = drawn_symbols(&app);
    assert!(plain.contains('\u{2580}') && !plain.contains('\u{1b}'));
    for (kind, start) in [
        (ProtocolType::Kitty, "\u{1b}_G"),
        (ProtocolType::Sixel, "\u{1b}P"),
        (ProtocolType::Iterm2, "\u{1b}]1337;File="),
    ] {
        let mut picker = Picker::halfblocks();
        picker.set_protocol_type(kind);
        pingyi::tui::pictures::use_on_this_thread(Some(picker));
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Char('c'));
        let drawn = drawn_symbols(&app);
        assert!(drawn.contains(start), "{kind:?}");
        assert!(!drawn.contains('\u{2580}'), "{kind:?}: no half blocks");
    }
    pingyi::tui::pictures::use_on_this_thread(None);
}
