//! What the benchmarks share: the large meeting (generated once per run), the app with it open,
//! and quick criterion settings, since the machine has 2 cores shared with other work.
#![allow(dead_code)]

use criterion::Criterion;
use crossterm::event::KeyCode;
use pingyi::i18n::Lang;
use pingyi::model::{EntryMode, Session, Stamp};
use pingyi::tui::app::App;
use pingyi::tui::testing::app_with;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

/// The large meeting of issue 6, made once.
pub fn large() -> &'static Session {
    static LARGE: OnceLock<Session> = OnceLock::new();
    LARGE.get_or_init(|| match pingyi::demo::large::large() {
        Ok(s) => s,
        Err(e) => panic!("the large meeting could not be generated: {e}"),
    })
}

/// The large meeting saved once under cargo's temporary folder for benchmarks; returns the file.
pub fn large_file() -> &'static PathBuf {
    static FILE: OnceLock<PathBuf> = OnceLock::new();
    FILE.get_or_init(|| {
        let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("large.json");
        pingyi::store::save(&path, large()).expect("save the large meeting");
        path
    })
}

/// The app with the large meeting open read-write (saving into memory).
pub fn large_app() -> App {
    app_with(large().clone(), Lang::Zh)
}

/// A test terminal kept across frames, as the real loop keeps its terminal.
pub fn terminal(width: u16, height: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(width, height)).expect("a test terminal")
}

/// Draws one frame of the app.
pub fn frame(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal
        .draw(|f| pingyi::tui::ui::render(app, f))
        .expect("draw a frame");
}

/// Few samples and short measurements: the figures are medians of milliseconds, not nanoseconds.
pub fn quick() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .without_plots()
}

/// The app with `session` open as `pingyi open` opens it: from its file, locked, saving on the
/// store's background thread. Keep the returned folder alive while the app is.
pub fn large_app_on_disk(session: Session) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("large.json");
    pingyi::store::save(&path, &session).expect("save the meeting");
    let now = pingyi::tui::testing::meeting_time(9, 0);
    let doc = match pingyi::tui::open::open(&path, false, "记录人", now) {
        Ok(doc) => doc,
        Err(m) => panic!("open the large meeting: {}", m.en),
    };
    (dir, App::with_doc(Lang::Zh, "记录人", doc, now))
}

/// A key press as the terminal delivers it.
pub fn key(code: crossterm::event::KeyCode) -> crossterm::event::Event {
    pingyi::tui::app::key(code, crossterm::event::KeyModifiers::NONE)
}

/// Ctrl + `c` end to end (Ctrl+Z takes back the last change on the screen).
pub fn ctrl(terminal: &mut Terminal<TestBackend>, app: &mut App, c: char) {
    app.on_event(pingyi::tui::app::key(
        KeyCode::Char(c),
        crossterm::event::KeyModifiers::CONTROL,
    ));
    frame(terminal, app);
}

/// One keystroke end to end: the event, the update it causes, the frame after it.
pub fn keystroke(
    terminal: &mut Terminal<TestBackend>,
    app: &mut App,
    code: crossterm::event::KeyCode,
) {
    app.on_event(key(code));
    frame(terminal, app);
}

/// Round 4 of the large meeting (60 targets × 8 items, 2,000 ballots, still counting) with room
/// for more ballots and a tally-grid batch of 100 valid ballots to type into.
pub fn counting_round() -> Session {
    let mut s = large().clone();
    let stamp = Stamp::new(s.updated, "周强");
    let round = s.rounds.last().map(|r| r.id).expect("a round");
    s.with_round(round, &stamp, |r, j| {
        r.set_issued(Some(3_000), j)?;
        r.set_returned(Some(3_000), j)?;
        r.add_batch("grid", "合计组", "孙丽", EntryMode::Grid, j)?;
        r.set_batch_ballots("grid", false, 100, j)
    })
    .expect("room for more ballots");
    s
}

/// Opens batch `uid` of the last round on the ballots screen, as a clerk does with the keys.
pub fn open_batch(t: &mut Terminal<TestBackend>, app: &mut App, uid: &str) {
    keystroke(t, app, KeyCode::F(6));
    let (rounds, line) = {
        let s = &app.doc.as_ref().expect("a meeting").session;
        let r = s.rounds.last().expect("a round");
        let k = r.batch_index_of(uid);
        (s.rounds.len(), 8 + r.targets.len() + r.items.len() + k)
    };
    for _ in 1..rounds {
        keystroke(t, app, KeyCode::Down);
    }
    keystroke(t, app, KeyCode::Enter);
    for _ in 0..line {
        keystroke(t, app, KeyCode::Down);
    }
    keystroke(t, app, KeyCode::Enter);
}

trait BatchIndex {
    fn batch_index_of(&self, uid: &str) -> usize;
}

impl BatchIndex for pingyi::model::BallotRound {
    fn batch_index_of(&self, uid: &str) -> usize {
        self.batches
            .iter()
            .position(|b| b.uid == uid)
            .expect("the batch")
    }
}
