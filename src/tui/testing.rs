//! Helpers for driving the application in tests: a fixed clock, key presses as a terminal sends
//! them, and drawing into ratatui's `TestBackend`.

use super::app::App;
use super::doc::{Doc, MemoryPersist};
use crate::i18n::Lang;
use crate::model::{Session, Timestamp};
use chrono::TimeZone;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::PathBuf;

/// 2010-10-19 09:00 +08:00, the seed's town meeting.
pub fn meeting_time(h: u32, m: u32) -> Timestamp {
    chrono::FixedOffset::east_opt(8 * 3600)
        .and_then(|tz| tz.with_ymd_and_hms(2010, 10, 19, h, m, 0).single())
        .unwrap_or_default()
}

/// An app with `session` open read-write, saving into memory.
pub fn app_with(session: Session, lang: Lang) -> App {
    let doc = Doc::new(
        session,
        PathBuf::from("sessions/test.json"),
        Box::new(MemoryPersist::default()),
    );
    App::with_doc(lang, "记录人", doc, meeting_time(9, 0))
}

/// An empty meeting made at 09:00 on the seed's date.
pub fn empty_session(lang: Lang) -> Session {
    Session::new(meeting_time(9, 0), lang)
}

pub fn press(app: &mut App, code: KeyCode) {
    app.on_event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

pub fn press_mod(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    app.on_event(Event::Key(KeyEvent::new(code, mods)));
}

pub fn ctrl(app: &mut App, c: char) {
    press_mod(app, KeyCode::Char(c), KeyModifiers::CONTROL);
}

/// Types text one character at a time, as a terminal delivers what an input method commits.
pub fn type_str(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// The app drawn into a `width`×`height` test terminal, as text: a line per row, each wide
/// character once (its second column holds a filler, not text).
pub fn screen_text(app: &App, width: u16, height: u16) -> String {
    let t = draw(app, width, height);
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..height {
        let mut x = 0;
        while x < width {
            let sym = buf[(x, y)].symbol();
            out.push_str(sym);
            x += u16::try_from(unicode_width::UnicodeWidthStr::width(sym).max(1)).unwrap_or(1);
        }
        out.push('\n');
    }
    out
}

/// Draws the app into a `width`×`height` test terminal.
pub fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(t) => t,
        Err(e) => panic!("test backend: {e}"),
    };
    if let Err(e) = terminal.draw(|f| super::ui::render(app, f)) {
        panic!("draw: {e}");
    }
    terminal
}
