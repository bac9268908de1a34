//! The projector view (`pingyi show FILE`): a read-only full screen for the hall that follows the
//! meeting file as the podium's copy of pingyi saves it. Its own small loop: it never takes the
//! lock, never writes, and keeps the last good state while the file is briefly unreadable.

pub mod digits;
pub mod follow;
pub mod state;
pub mod view;

use crate::i18n::{Lang, Message};
use crate::model::Session;
use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use follow::Follower;
use state::Projector;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How often the file is looked at and the screen redrawn: the hall sees a save within a second.
pub const POLL: Duration = Duration::from_millis(250);

#[derive(Debug, thiserror::Error)]
pub enum ShowError {
    /// The file did not load at the start (later failures only mark the view stale).
    #[error("{}", .0.en)]
    Load(Message),
    #[error("terminal: {0}")]
    Terminal(#[from] std::io::Error),
}

impl ShowError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ShowError::Load(m) => m.get(lang).to_string(),
            ShowError::Terminal(e) => crate::i18n::tui::terminal_error(e).get(lang).to_string(),
        }
    }
}

/// What a key does on the projector.
fn wants_quit(code: KeyCode, mods: KeyModifiers) -> bool {
    matches!(code, KeyCode::Char('q') | KeyCode::Esc)
        || (mods.contains(KeyModifiers::CONTROL) && matches!(code, KeyCode::Char('c' | 'q')))
}

/// One frame's inputs from the follower, the clock and the language.
pub fn frame_inputs(
    follower: &Follower,
    now: Instant,
    lang: Lang,
) -> (Option<Projector>, Option<(String, u64)>) {
    let wall = crate::tui::now();
    let projector = follower
        .session
        .as_ref()
        .map(|s| Projector::of(s, wall, lang));
    let stale = follower.trouble.as_ref().map(|(m, since)| {
        (
            m.get(lang).to_string(),
            now.saturating_duration_since(*since).as_secs(),
        )
    });
    (projector, stale)
}

/// Runs the projector on `path` until q, Esc or Ctrl+C. F12 switches the language.
pub fn run<F>(path: PathBuf, mut lang: Lang, load: F) -> Result<(), ShowError>
where
    F: Fn(&Path) -> Result<Session, Message>,
{
    let mut follower = Follower::new(path);
    follower.poll(Instant::now(), &load);
    if follower.session.is_none()
        && let Some((m, _)) = follower.trouble.take()
    {
        return Err(ShowError::Load(m));
    }
    let mut terminal = ratatui::try_init()?;
    let result = (|| -> Result<(), ShowError> {
        loop {
            let now = Instant::now();
            follower.poll(now, &load);
            let (projector, stale) = frame_inputs(&follower, now, lang);
            let clock = crate::tui::now().format("%H:%M:%S").to_string();
            terminal.draw(|f| {
                view::render(
                    f,
                    &view::ShowFrame {
                        lang,
                        projector: projector.as_ref(),
                        clock: &clock,
                        stale,
                    },
                )
            })?;
            if event::poll(POLL)?
                && let Event::Key(k) = event::read()?
                && k.kind != KeyEventKind::Release
            {
                if wants_quit(k.code, k.modifiers) {
                    return Ok(());
                }
                if k.code == KeyCode::F(12) {
                    lang = lang.other();
                }
            }
        }
    })();
    ratatui::restore();
    result
}

#[cfg(test)]
mod tests;
