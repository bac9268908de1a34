//! What can happen in the application, as data. Screens turn key presses into actions;
//! `App::update` applies them, the one path every change takes, and hands the outcome of a
//! change or an effect back to the screen that asked ([`Reply`]), so no screen guesses it.

use super::ops::Made;
use super::ops::{BallotOp, Change, LiveOp};
use super::screen_id::ScreenId;
use crate::i18n::Message;
use crate::import::{ImportOptions, RosterImport};
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
    /// Work with the disk that the app does for a screen.
    Effect(Effect),
}

/// Work with the disk a screen asks for: the app does it (screens never touch the disk) and
/// hands the result back to the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Read a roster file for import; the screen shows what it offers before anything changes.
    ReadRoster {
        path: PathBuf,
        options: ImportOptions,
    },
    /// Read an earlier meeting's file for its roster (the people not here yet).
    LoadEarlier(PathBuf),
    /// Merge the batches of another copy of the meeting (a second laptop's file).
    MergeFile(PathBuf),
    /// Print `count` ballots of round `round` beside the meeting file (serials recorded).
    PrintBallots { round: crate::model::Id, count: u32 },
    /// Print the sign-in sheet beside the meeting file.
    PrintSignin,
    /// Load the pictures of doubtful items (paths inside the meeting's `X.scans/` folder) as
    /// half-block cells for review.
    LoadCrops(Vec<String>),
    /// Read a file or folder of scans into round `round` in the background, or (`watch`) count
    /// the files an office scanner saves into the folder as they arrive.
    Scan {
        round: crate::model::Id,
        path: PathBuf,
        watch: bool,
    },
    /// Stop the scan running (a watched folder).
    StopScan,
}

/// What the app hands back to the screen in front after its action.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The change (or an undo) was taken; what it made, if anything new (a ballot taken back).
    Applied(Option<Made>),
    /// The change was refused, and why.
    Refused(Message),
    /// A roster read for import, or why it could not be read.
    Roster(Result<RosterImport, Message>),
    /// The pictures of doubtful items that could be read, by path, as half-block cells.
    Crops(Vec<(String, crate::scan::halfblock::Picture)>),
}

impl From<Effect> for Action {
    fn from(effect: Effect) -> Action {
        Action::Effect(effect)
    }
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
