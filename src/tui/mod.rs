//! The terminal application: one `App`, screens in their own files, actions as data.

use crate::i18n::Lang;
use std::path::PathBuf;

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

/// Runs the terminal application until the user quits.
pub fn run(launch: Launch) -> std::io::Result<()> {
    let _ = launch;
    Ok(())
}
