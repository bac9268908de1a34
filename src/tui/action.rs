//! What can happen in the application, as data. Screens turn key presses into actions;
//! `App::update` applies them, the one path every change takes.

use crate::i18n::Message;
use crate::model::HeaderField;
use crate::tui::screens::ScreenId;
use crate::tui::screens::live_ops::LiveOp;
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
    /// Set one header field from text (already checked by the screen).
    SetHeader {
        field: HeaderField,
        value: String,
    },
    /// A change made on a live-meeting screen (agenda, attendance, report, suggestions, ledger).
    Live(LiveOp),
    /// A change to a ballot round (counts, form, batches, state).
    Ballots(crate::tui::screens::ballots_ops::BallotOp),
    /// Merge the batches of another copy of the meeting (loaded by the app).
    MergeFile(PathBuf),
}

impl Action {
    /// Whether the action changes the meeting record (and so is refused in read-only mode).
    pub fn changes_record(&self) -> bool {
        matches!(
            self,
            Action::SetHeader { .. } | Action::Live(_) | Action::Ballots(_) | Action::MergeFile(_)
        )
    }
}
