//! Scanning from the round view as a clerk does it: `i` reads a folder of scans in the
//! background and the round fills while the panel counts; `W` watches the folder an office
//! scanner saves into, so ballots are counted as pages arrive — a file still being written is
//! waited for, a file renamed or copied in twice is counted once, verification is refused while
//! the watch runs — and after review by keys the round equals the generator's truth. Every
//! ballot is on disk as soon as it is read.

use crate::review_tui::{head_serial, round, session, true_marks, truth};
use crate::scan::demo;
use crossterm::event::KeyCode;
use pingyi::i18n::Lang;
use pingyi::model::Session;
use pingyi::scan::gray::Gray;
use pingyi::tui::app::App;
use pingyi::tui::screens::ballots::View;
use pingyi::tui::testing::*;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The meeting made by `pingyi demo --scans`, open on its round view.
fn open_round(town: &Path, lang: Lang) -> App {
    let doc = pingyi::tui::open::open(town, false, "clerk", meeting_time(10, 0)).expect("opens");
    let mut app = App::with_doc(lang, "clerk", doc, meeting_time(10, 0));
    press(&mut app, KeyCode::F(6));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screens.ballots.view, View::Round);
    app
}

/// Lets the app take in what the background readers have done (as the event loop's tick does)
/// until `done` holds; gives up after two minutes, which no run of 12 pages comes near.
fn tick_until(app: &mut App, what: &str, done: impl Fn(&App) -> bool) {
    let start = Instant::now();
    while !done(app) {
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "waited too long for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
        app.tick(meeting_time(10, 1));
    }
}

/// Ticks for `d` (for what must not happen: a file half written, a copy).
fn tick_for(app: &mut App, d: Duration) {
    let start = Instant::now();
    while start.elapsed() < d {
        std::thread::sleep(Duration::from_millis(50));
        app.tick(meeting_time(10, 1));
    }
}

fn scanning(app: &App) -> bool {
    let intake = app.doc.as_ref().and_then(|d| d.intake.as_ref());
    intake.is_some_and(|i| i.running())
}

/// Ballots in the round, counted or waiting for review.
fn taken(app: &App) -> usize {
    let r = round(app);
    r.counted() as usize + r.waiting_review()
}

/// The generated pages, in name order.
fn pages(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| pingyi::scan::load::has_scan_extension(p))
        .collect();
    v.sort();
    v
}

/// Decides every waiting ballot with its true marks, typed as a clerk types them, in review
/// (already open); each ballot in front shows the pictures of its doubtful items.
fn review_to_truth(app: &mut App, dir: &Path) {
    let truth = truth(dir);
    assert_eq!(app.screens.ballots.view, View::Review);
    let mut guard = 0;
    while let Some(serial) = head_serial(app) {
        let text = screen_text(app, 120, 40);
        assert!(text.contains('\u{2580}'), "{serial}'s picture: {text}");
        assert!(!text.contains("could not be found"), "{text}");
        type_str(app, &true_marks(&truth, &serial).replace('x', "."));
        guard += 1;
        assert!(guard <= 12, "review does not end");
    }
    press(app, KeyCode::Esc);
}

/// A copy of a generated page with both first boxes of its first item inked: two marks, so
/// the ballot waits for review.
fn with_two_marks(town: &Path, page: &Path, out: &Path) {
    let s: Session = pingyi::store::load(town).expect("town");
    let form = pingyi::scan::form::Form::of(&s, &s.rounds[0]);
    let frame = form.frame().expect("printed form");
    let mut img = Gray::from_luma(image::open(page).expect("page").into_luma8());
    let at = pingyi::scan::read::locate(&img, frame).expect("squares found");
    for b in frame.item_boxes(0, 0).into_iter().take(2) {
        let r = b.rect.grown(-1.0);
        let steps = (r.w * 20.0) as usize;
        for i in 0..=steps {
            for k in 0..=steps {
                let (x, y) = at.map.map(
                    r.x + r.w * i as f64 / steps as f64,
                    r.y + r.h * k as f64 / steps as f64,
                );
                let (x, y) = (x.round() as usize, y.round() as usize);
                if x < img.w && y < img.h {
                    img.px[y * img.w + x] = 40;
                }
            }
        }
    }
    img.to_luma().expect("image").save(out).expect("written");
}

/// Every ballot in the round carries its true marks, and nothing waits.
pub(crate) fn assert_truth(app: &App, dir: &Path, n: usize) {
    let truth = truth(dir);
    let r = round(app);
    assert_eq!(r.waiting_review(), 0);
    assert_eq!(r.counted() as usize, n);
    for b in r.batches.iter().flat_map(|b| &b.ballots) {
        let serial = b
            .scan
            .as_ref()
            .and_then(|s| s.serial.clone())
            .expect("serial");
        assert_eq!(b.marks, true_marks(&truth, &serial), "{serial}");
    }
}

#[test]
fn a_folder_read_with_i_fills_the_round_and_every_ballot_is_saved() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let town = demo(dir, 12);
    let mut app = open_round(&town, Lang::Zh);
    press(&mut app, KeyCode::Char('i'));
    assert!(
        screen_text(&app, 100, 30)
            .replace(' ', "")
            .contains("扫描件的文件或文件夹")
    );
    type_str(&mut app, &format!("'{}'", dir.display()));
    press(&mut app, KeyCode::Enter);
    assert!(scanning(&app), "reading in the background");
    tick_until(&mut app, "the folder to be read", |a| !scanning(a));
    assert_eq!(taken(&app), 12);
    let r = round(&app);
    assert_eq!(r.batches.len(), 1);
    assert_eq!(r.batches[0].label, "扫描 1");
    let text = screen_text(&app, 120, 40).replace(' ', "");
    assert!(text.contains("扫描件已读完"), "{text}");
    assert!(text.contains("计入"), "{text}");

    // On disk already, without quitting: each ballot was saved as it was read.
    let doc = app.doc.as_mut().expect("open");
    doc.persist.flush(Duration::from_secs(10)).expect("saved");
    let saved: Session = pingyi::store::load(&town).expect("loads");
    assert_eq!(
        saved.rounds[0].counted() as usize + saved.rounds[0].waiting_review(),
        12
    );
    assert!(
        saved
            .audit
            .iter()
            .any(|e| e.action == "scan.review_wait" || e.action == "ballot.commit")
    );

    // The same folder again: every serial is known, nothing is counted twice.
    press(&mut app, KeyCode::Char('i'));
    type_str(&mut app, &dir.display().to_string());
    press(&mut app, KeyCode::Enter);
    tick_until(&mut app, "the second read", |a| !scanning(a));
    assert_eq!(taken(&app), 12);
    assert!(
        screen_text(&app, 120, 40)
            .replace(' ', "")
            .contains("已经读过")
    );

    press(&mut app, KeyCode::Char('c'));
    review_to_truth(&mut app, dir);
    assert_truth(&app, dir, 12);
}

#[test]
fn a_watched_folder_counts_pages_as_they_arrive_and_each_once() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let town = demo(dir, 12);
    let pages = pages(dir);
    assert_eq!(pages.len(), 12);
    let inbox = dir.join("inbox");
    std::fs::create_dir(&inbox).expect("inbox");
    let mut app = open_round(&town, Lang::En);

    // A missing folder is named; nothing starts.
    press(&mut app, KeyCode::Char('W'));
    type_str(&mut app, &dir.join("nowhere").display().to_string());
    press(&mut app, KeyCode::Enter);
    assert!(!scanning(&app));
    assert!(screen_text(&app, 120, 40).contains("Not found"));

    press(&mut app, KeyCode::Char('W'));
    type_str(&mut app, &inbox.display().to_string());
    press(&mut app, KeyCode::Enter);
    assert!(scanning(&app));
    assert!(screen_text(&app, 120, 40).contains("Watching"));

    // Verification waits while the scanner may still feed.
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Char('v'));
    assert!(
        screen_text(&app, 120, 40).contains("stop with W before verifying"),
        "{}",
        screen_text(&app, 120, 40)
    );
    assert!(round(&app).verification.is_none());
    press(&mut app, KeyCode::Esc);

    for p in &pages[..5] {
        std::fs::copy(p, inbox.join(p.file_name().expect("name"))).expect("copy");
    }
    tick_until(&mut app, "five pages", |a| taken(a) == 5);

    // A page half written is waited for, never read half.
    let sixth = std::fs::read(&pages[5]).expect("page");
    let late = inbox.join("late.png");
    std::fs::write(&late, &sixth[..sixth.len() / 2]).expect("half");
    tick_for(&mut app, Duration::from_millis(2500));
    assert_eq!(taken(&app), 5);
    assert!(screen_text(&app, 120, 40).contains("still being written"));
    std::fs::write(&late, &sixth).expect("whole");
    tick_until(&mut app, "the sixth page", |a| taken(a) == 6);

    // Renamed, and copied in a second time: known by their contents, counted once.
    std::fs::rename(&late, inbox.join("renamed.png")).expect("rename");
    std::fs::copy(&pages[0], inbox.join("copy-again.png")).expect("copy");
    tick_for(&mut app, Duration::from_millis(2500));
    assert_eq!(taken(&app), 6);
    assert!(
        screen_text(&app, 120, 40).contains("not counted again"),
        "{}",
        screen_text(&app, 120, 40)
    );

    // The doubtful ballot (two marks, the generator's 12th) arrives; review opens on it while
    // the watch goes on, and a second doubtful ballot (the 10th, inked twice) joins it.
    std::fs::copy(&pages[11], inbox.join("ballot-0012-p1.png")).expect("copy");
    tick_until(&mut app, "the doubtful ballot", |a| taken(a) == 7);
    assert_eq!(round(&app).waiting_review(), 1);
    press(&mut app, KeyCode::Char('c'));
    assert_eq!(app.screens.ballots.view, View::Review);
    with_two_marks(&town, &pages[9], &inbox.join("ballot-0010-p1.png"));
    for k in [6, 7, 8, 10] {
        let p = &pages[k];
        std::fs::copy(p, inbox.join(p.file_name().expect("name"))).expect("copy");
    }
    tick_until(&mut app, "all twelve", |a| taken(a) == 12);
    assert!(round(&app).waiting_review() >= 2);
    review_to_truth(&mut app, dir);
    assert_eq!(app.screens.ballots.view, View::Round);
    press(&mut app, KeyCode::Char('W'));
    assert!(!scanning(&app));
    assert!(screen_text(&app, 120, 40).contains("Stopped watching"));
    let r = round(&app);
    assert_eq!(r.batches.len(), 1, "one watch, one batch");
    assert!(session(&app).audit.iter().any(|e| e.who == "clerk"));
    assert_truth(&app, dir, 12);
    for (w, h) in [(0, 0), (1, 1), (20, 5), (80, 24)] {
        draw(&app, w, h);
    }
}
