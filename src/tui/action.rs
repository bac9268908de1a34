//! What can happen in the application, as data. Screens turn key presses into actions;
//! `App::update` applies them, the one path every change takes.

use super::ops::{BallotOp, Change, LiveOp};
use super::screen_id::ScreenId;
use crate::i18n::Message;
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Save and quit (asks again if the last save failed).
    Quit,
    ShowHelp,
    CloseHelp,
    Goto(ScreenId),
    PrevScreen,
    NextScreen,
    ToggleLang,
    /// Take back the last change made on the screen in front.
    Undo,
    /// Write the record and the notice next to the meeting file (read-only meetings too: the
    /// meeting file itself is not touched).
    ExportBeside,
    /// Show a message in the status line.
    Flash(Message),
    /// Open a meeting file (from the picker).
    Open {
        path: PathBuf,
        read_only: bool,
    },
    /// Start a new meeting in the sessions folder.
    NewMeeting,
    RefreshPicker,
    /// A change to the record (refused when read-only, saved, undoable).
    Change(Change),
    /// Merge the batches of another copy of the meeting (loaded by the app).
    MergeFile(PathBuf),
}

impl From<Change> for Action {
    fn from(change: Change) -> Action {
        Action::Change(change)
    }
}

impl From<LiveOp> for Action {
    fn from(op: LiveOp) -> Action {
        Action::Change(Change::Live(op))
    }
}

impl From<BallotOp> for Action {
    fn from(op: BallotOp) -> Action {
        Action::Change(Change::Ballots(op))
    }
}
