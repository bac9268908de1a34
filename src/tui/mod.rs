//! The terminal application: one `App`, screens in their own files, actions as data.
//!
//! Flow: terminal event → the screen in front turns it into an [`action::Action`] →
//! [`app::App::update`] changes the record through the model's audited methods → the store's
//! background saver writes it → [`ui::render`] draws `&App`.

pub mod action;
pub mod app;
pub mod doc;
mod effects;
mod intake;
pub mod keys;
pub mod open;
pub mod ops;
pub mod pictures;
pub mod screen_id;
pub mod screens;
pub mod show;
pub mod testing;
pub mod theme;
pub mod ui;
#[cfg(test)]
mod update_tests;
pub mod widgets;

use crate::i18n::{Lang, Message};
use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{self, Stdout, stdout};
use std::path::PathBuf;
use std::time::Duration;

/// What the terminal application starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// The session picker on `Launch::dir`.
    Picker,
    /// One meeting file; `read_only` for review.
    Open { path: PathBuf, read_only: bool },
}

/// Everything the command line hands to the terminal application.
#[derive(Debug, Clone)]
pub struct Launch {
    pub lang: Lang,
    /// The sessions folder (picker, new meetings).
    pub dir: PathBuf,
    /// Who is at the keyboard; written into every audit entry.
    pub who: String,
    pub start: Start,
}

/// Why the application could not start.
#[derive(Debug, thiserror::Error)]
pub enum LaunchError {
    #[error("{}", .0.en)]
    Open(Message),
    #[error("terminal: {0}")]
    Terminal(#[from] io::Error),
}

impl LaunchError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LaunchError::Open(m) => m.get(lang).to_string(),
            LaunchError::Terminal(e) => crate::i18n::tui::terminal_error(e).get(lang).to_string(),
        }
    }
}

/// The wall clock, read here and nowhere else in the application.
pub fn now() -> crate::model::Timestamp {
    chrono::Local::now().fixed_offset()
}

/// How often the screen redraws without input (the clock, timers, the save state).
const TICK: Duration = Duration::from_millis(250);

/// Runs the terminal application until the user quits.
pub fn run(launch: Launch) -> Result<(), LaunchError> {
    let mut app = match &launch.start {
        Start::Picker => {
            let mut app = app::App::new(launch.lang, &launch.who, launch.dir.clone(), now());
            app.refresh_picker();
            app
        }
        Start::Open { path, read_only } => {
            let doc =
                open::open(path, *read_only, &launch.who, now()).map_err(LaunchError::Open)?;
            app::App::with_doc(launch.lang, &launch.who, doc, now())
        }
    };
    let mut terminal = TerminalGuard::enter()?;
    pictures::detect();
    let result = event_loop(&mut terminal.terminal, &mut app);
    drop(terminal);
    // The meeting's memory goes back with the process: freeing a large meeting's many small
    // allocations one by one only delays the exit. The app itself is dropped, so the saver
    // finishes its last save and the lock is released.
    let session = app.doc.as_ref().map(|d| std::sync::Arc::clone(&d.session));
    drop(app);
    std::mem::forget(session);
    result.map_err(LaunchError::Terminal)
}

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    app: &mut app::App,
) -> io::Result<()> {
    while !app.should_quit {
        app.tick(now());
        terminal.draw(|f| ui::render(app, f))?;
        if event::poll(TICK)? {
            // Take everything already waiting (a paste, fast typing) before drawing again.
            loop {
                let ev = event::read()?;
                app.tick(now());
                app.on_event(ev);
                if app.should_quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
    }
    Ok(())
}

/// Raw mode, the alternate screen and bracketed paste, undone on drop and on panic.
struct TerminalGuard {
    terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl TerminalGuard {
    fn enter() -> io::Result<TerminalGuard> {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            // A page reader that fails is caught and its file named as unreadable; the
            // meeting goes on, so the terminal stays as it is and nothing is printed over it.
            if crate::scan::feed::is_reader_thread() {
                return;
            }
            restore_terminal();
            previous(info);
        }));
        enable_raw_mode()?;
        if let Err(e) = execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste) {
            restore_terminal();
            return Err(e);
        }
        match Terminal::new(CrosstermBackend::new(stdout())) {
            Ok(terminal) => Ok(TerminalGuard { terminal }),
            Err(e) => {
                restore_terminal();
                Err(e)
            }
        }
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

fn restore_terminal() {
    let _ = disable_raw_mode();
    let _ = execute!(
        stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
}
