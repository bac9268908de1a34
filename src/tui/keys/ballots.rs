//! Keys of ballot counting: the round list, the round's form and batches, the tally grid,
//! ballot-by-ballot entry, verification, and the results screen.

use super::{Binding, KeyCombo};
use crate::i18n::{Text, tally};
use crossterm::event::{KeyCode, KeyModifiers};

pub const TITLE_ROUNDS: Text = tally::KEYS_ROUNDS;
pub const TITLE_ROUND: Text = tally::KEYS_ROUND;
pub const TITLE_GRID: Text = tally::KEYS_GRID;
pub const TITLE_ENTRY: Text = tally::KEYS_ENTRY;
pub const TITLE_VERIFY: Text = tally::KEYS_VERIFY;
pub const TITLE_RESULTS: Text = tally::KEYS_RESULTS;
pub const TITLE_REVIEW: Text = crate::i18n::scan::KEYS_REVIEW;

const UP: KeyCombo = KeyCombo::plain(KeyCode::Up);
const DOWN: KeyCombo = KeyCombo::plain(KeyCode::Down);
const ENTER: KeyCombo = KeyCombo::plain(KeyCode::Enter);
const ESC: KeyCombo = KeyCombo::plain(KeyCode::Esc);

const fn shift(code: KeyCode) -> KeyCombo {
    KeyCombo {
        code,
        mods: KeyModifiers::SHIFT,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundsCmd {
    Up,
    Down,
    Open,
    New,
    Remove,
}

impl RoundsCmd {
    /// Whether the command changes the record (refused, by the app, on a read-only meeting).
    pub fn changes_record(self) -> bool {
        matches!(self, RoundsCmd::New | RoundsCmd::Remove)
    }
}

pub const ROUNDS: &[Binding<RoundsCmd>] = &[
    Binding {
        cmd: RoundsCmd::Up,
        keys: &[UP],
        help: tally::KEY_UP,
    },
    Binding {
        cmd: RoundsCmd::Down,
        keys: &[DOWN],
        help: tally::KEY_DOWN,
    },
    Binding {
        cmd: RoundsCmd::Open,
        keys: &[ENTER],
        help: tally::KEY_OPEN_ROUND,
    },
    Binding {
        cmd: RoundsCmd::New,
        keys: &[KeyCombo::ch('n'), KeyCombo::plain(KeyCode::Insert)],
        help: tally::KEY_NEW_ROUND,
    },
    Binding {
        cmd: RoundsCmd::Remove,
        keys: &[KeyCombo::plain(KeyCode::Delete)],
        help: tally::KEY_REMOVE_ROUND,
    },
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundCmd {
    Up,
    Down,
    Edit,
    Add,
    PasteList,
    Remove,
    MoveUp,
    MoveDown,
    Scale,
    Weights,
    Rates,
    Flags,
    GridBatch,
    BallotBatch,
    Merge,
    Print,
    Review,
    ScanIn,
    Watch,
    Verify,
    Back,
}

impl RoundCmd {
    /// Whether the command changes the record (refused, by the app, on a read-only meeting).
    pub fn changes_record(self) -> bool {
        !matches!(
            self,
            RoundCmd::Up | RoundCmd::Down | RoundCmd::Back | RoundCmd::Verify | RoundCmd::Review
        )
    }
}

pub const ROUND: &[Binding<RoundCmd>] = &[
    Binding {
        cmd: RoundCmd::Up,
        keys: &[UP],
        help: tally::KEY_UP,
    },
    Binding {
        cmd: RoundCmd::Down,
        keys: &[DOWN],
        help: tally::KEY_DOWN,
    },
    Binding {
        cmd: RoundCmd::Edit,
        keys: &[ENTER],
        help: tally::KEY_ROUND_EDIT,
    },
    Binding {
        cmd: RoundCmd::Add,
        keys: &[KeyCombo::ch('a'), KeyCombo::plain(KeyCode::Insert)],
        help: tally::KEY_ROUND_ADD,
    },
    Binding {
        cmd: RoundCmd::PasteList,
        keys: &[KeyCombo::ch('p')],
        help: tally::KEY_PASTE_LIST,
    },
    Binding {
        cmd: RoundCmd::Remove,
        keys: &[KeyCombo::plain(KeyCode::Delete)],
        help: tally::KEY_ROUND_REMOVE,
    },
    Binding {
        cmd: RoundCmd::MoveUp,
        keys: &[shift(KeyCode::Up), KeyCombo::ch('<')],
        help: tally::KEY_MOVE_UP,
    },
    Binding {
        cmd: RoundCmd::MoveDown,
        keys: &[shift(KeyCode::Down), KeyCombo::ch('>')],
        help: tally::KEY_MOVE_DOWN,
    },
    Binding {
        cmd: RoundCmd::Scale,
        keys: &[KeyCombo::ch('s')],
        help: tally::KEY_SCALE,
    },
    Binding {
        cmd: RoundCmd::Weights,
        keys: &[KeyCombo::ch('w')],
        help: tally::KEY_WEIGHTS,
    },
    Binding {
        cmd: RoundCmd::Rates,
        keys: &[KeyCombo::ch('r')],
        help: tally::KEY_RATES,
    },
    Binding {
        cmd: RoundCmd::Flags,
        keys: &[KeyCombo::ch('f')],
        help: tally::KEY_FLAGS,
    },
    Binding {
        cmd: RoundCmd::GridBatch,
        keys: &[KeyCombo::ch('g')],
        help: tally::KEY_GRID_BATCH,
    },
    Binding {
        cmd: RoundCmd::BallotBatch,
        keys: &[KeyCombo::ch('b')],
        help: tally::KEY_BALLOT_BATCH,
    },
    Binding {
        cmd: RoundCmd::Merge,
        keys: &[KeyCombo::ch('m')],
        help: tally::KEY_MERGE,
    },
    Binding {
        cmd: RoundCmd::Print,
        keys: &[KeyCombo::ch('P')],
        help: crate::i18n::paper::KEY_PRINT_BALLOTS,
    },
    Binding {
        cmd: RoundCmd::Review,
        keys: &[KeyCombo::ch('c')],
        help: crate::i18n::scan::KEY_REVIEW,
    },
    Binding {
        cmd: RoundCmd::ScanIn,
        keys: &[KeyCombo::ch('i')],
        help: crate::i18n::scan::KEY_SCAN_IN,
    },
    Binding {
        cmd: RoundCmd::Watch,
        keys: &[KeyCombo::ch('W')],
        help: crate::i18n::scan::KEY_WATCH,
    },
    Binding {
        cmd: RoundCmd::Verify,
        keys: &[KeyCombo::ch('v')],
        help: tally::KEY_VERIFY_VIEW,
    },
    Binding {
        cmd: RoundCmd::Back,
        keys: &[ESC],
        help: tally::KEY_BACK,
    },
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridCmd {
    Up,
    Down,
    Left,
    Right,
    Next,
    Prev,
    Keep,
    FillBlank,
    Clear,
    Back,
}

impl GridCmd {
    /// Whether the command changes the record (refused, by the app, on a read-only meeting).
    pub fn changes_record(self) -> bool {
        matches!(self, GridCmd::FillBlank | GridCmd::Clear)
    }
}

/// Digits are typed into the cell; these move, keep and fill.
pub const GRID: &[Binding<GridCmd>] = &[
    Binding {
        cmd: GridCmd::Up,
        keys: &[UP],
        help: tally::KEY_UP,
    },
    Binding {
        cmd: GridCmd::Down,
        keys: &[DOWN],
        help: tally::KEY_DOWN,
    },
    Binding {
        cmd: GridCmd::Left,
        keys: &[KeyCombo::plain(KeyCode::Left)],
        help: tally::KEY_LEFT,
    },
    Binding {
        cmd: GridCmd::Right,
        keys: &[KeyCombo::plain(KeyCode::Right)],
        help: tally::KEY_RIGHT,
    },
    Binding {
        cmd: GridCmd::Next,
        keys: &[KeyCombo::plain(KeyCode::Tab)],
        help: tally::KEY_NEXT_CELL,
    },
    Binding {
        cmd: GridCmd::Prev,
        keys: &[KeyCombo::plain(KeyCode::BackTab), shift(KeyCode::BackTab)],
        help: tally::KEY_PREV_CELL,
    },
    Binding {
        cmd: GridCmd::Keep,
        keys: &[ENTER],
        help: tally::KEY_KEEP_DOWN,
    },
    Binding {
        cmd: GridCmd::FillBlank,
        keys: &[KeyCombo::ch('=')],
        help: tally::KEY_FILL_BLANK,
    },
    Binding {
        cmd: GridCmd::Clear,
        keys: &[KeyCombo::plain(KeyCode::Delete)],
        help: tally::KEY_CLEAR_CELL,
    },
    Binding {
        cmd: GridCmd::Back,
        keys: &[ESC],
        help: tally::KEY_GRID_BACK,
    },
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryCmd {
    VoidMark,
    VoidBallot,
    StepBack,
    /// Commits the ballot in the row as it stands (a ballot taken back, all its marks in).
    Commit,
    Back,
}

impl EntryCmd {
    /// Whether the command changes the record (refused, by the app, on a read-only meeting).
    pub fn changes_record(self) -> bool {
        self != EntryCmd::Back
    }
}

/// 1–9 give the grade and 0 a blank; the last mark of a ballot commits it.
pub const ENTRY: &[Binding<EntryCmd>] = &[
    Binding {
        cmd: EntryCmd::VoidMark,
        keys: &[KeyCombo::ch('.'), KeyCombo::ch('x')],
        help: tally::KEY_VOID_MARK,
    },
    Binding {
        cmd: EntryCmd::VoidBallot,
        keys: &[KeyCombo::ch('-'), KeyCombo::ch('v')],
        help: tally::KEY_VOID_BALLOT,
    },
    Binding {
        cmd: EntryCmd::StepBack,
        keys: &[KeyCombo::plain(KeyCode::Backspace)],
        help: tally::KEY_STEP_BACK,
    },
    Binding {
        cmd: EntryCmd::Commit,
        keys: &[ENTER],
        help: tally::KEY_COMMIT_BALLOT,
    },
    Binding {
        cmd: EntryCmd::Back,
        keys: &[ESC],
        help: tally::KEY_ENTRY_BACK,
    },
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewCmd {
    Confirm,
    VoidMark,
    VoidBallot,
    StepBack,
    Back,
}

impl ReviewCmd {
    /// Whether the command changes the record (refused, by the app, on a read-only meeting).
    pub fn changes_record(self) -> bool {
        matches!(self, ReviewCmd::Confirm | ReviewCmd::VoidBallot)
    }
}

/// Review of scanned ballots: 1–9 give the grade and 0 a blank, as in ballot-by-ballot entry;
/// the last mark of a ballot decides it.
pub const REVIEW: &[Binding<ReviewCmd>] = &[
    Binding {
        cmd: ReviewCmd::Confirm,
        keys: &[ENTER],
        help: crate::i18n::scan::KEY_REVIEW_CONFIRM,
    },
    Binding {
        cmd: ReviewCmd::VoidMark,
        keys: &[KeyCombo::ch('.'), KeyCombo::ch('x')],
        help: tally::KEY_VOID_MARK,
    },
    Binding {
        cmd: ReviewCmd::VoidBallot,
        keys: &[KeyCombo::ch('-'), KeyCombo::ch('v')],
        help: tally::KEY_VOID_BALLOT,
    },
    Binding {
        cmd: ReviewCmd::StepBack,
        keys: &[KeyCombo::plain(KeyCode::Backspace)],
        help: crate::i18n::scan::KEY_REVIEW_STEP_BACK,
    },
    Binding {
        cmd: ReviewCmd::Back,
        keys: &[ESC],
        help: crate::i18n::scan::KEY_REVIEW_BACK,
    },
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerifyCmd {
    Scrutineers,
    Verify,
    Publish,
    Reopen,
    Recheck,
    ClearRecheck,
    Up,
    Down,
    Back,
}

impl VerifyCmd {
    /// Whether the command changes the record (refused, by the app, on a read-only meeting).
    pub fn changes_record(self) -> bool {
        matches!(
            self,
            VerifyCmd::Verify | VerifyCmd::Publish | VerifyCmd::Reopen | VerifyCmd::ClearRecheck
        )
    }
}

pub const VERIFY: &[Binding<VerifyCmd>] = &[
    Binding {
        cmd: VerifyCmd::Scrutineers,
        keys: &[ENTER],
        help: tally::KEY_SCRUTINEERS,
    },
    Binding {
        cmd: VerifyCmd::Verify,
        keys: &[KeyCombo::ch('v')],
        help: tally::KEY_VERIFY,
    },
    Binding {
        cmd: VerifyCmd::Publish,
        keys: &[KeyCombo::ch('p')],
        help: tally::KEY_PUBLISH,
    },
    Binding {
        cmd: VerifyCmd::Reopen,
        keys: &[KeyCombo::ch('o')],
        help: tally::KEY_REOPEN,
    },
    Binding {
        cmd: VerifyCmd::Recheck,
        keys: &[KeyCombo::ch('r')],
        help: tally::KEY_RECHECK,
    },
    Binding {
        cmd: VerifyCmd::ClearRecheck,
        keys: &[KeyCombo::ch('x')],
        help: tally::KEY_CLEAR_RECHECK,
    },
    Binding {
        cmd: VerifyCmd::Up,
        keys: &[UP],
        help: tally::KEY_UP,
    },
    Binding {
        cmd: VerifyCmd::Down,
        keys: &[DOWN],
        help: tally::KEY_DOWN,
    },
    Binding {
        cmd: VerifyCmd::Back,
        keys: &[ESC],
        help: tally::KEY_BACK,
    },
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultsCmd {
    PrevRound,
    NextRound,
    View,
    Item,
    Rate,
    Up,
    Down,
    PageUp,
    PageDown,
}

pub const RESULTS: &[Binding<ResultsCmd>] = &[
    Binding {
        cmd: ResultsCmd::PrevRound,
        keys: &[KeyCombo::plain(KeyCode::Left)],
        help: tally::KEY_PREV_ROUND,
    },
    Binding {
        cmd: ResultsCmd::NextRound,
        keys: &[KeyCombo::plain(KeyCode::Right)],
        help: tally::KEY_NEXT_ROUND,
    },
    Binding {
        cmd: ResultsCmd::View,
        keys: &[KeyCombo::plain(KeyCode::Tab)],
        help: tally::KEY_RESULTS_VIEW,
    },
    Binding {
        cmd: ResultsCmd::Item,
        keys: &[KeyCombo::ch('i')],
        help: tally::KEY_RESULTS_ITEM,
    },
    Binding {
        cmd: ResultsCmd::Rate,
        keys: &[KeyCombo::ch('r')],
        help: tally::KEY_RESULTS_RATE,
    },
    Binding {
        cmd: ResultsCmd::Up,
        keys: &[UP],
        help: tally::KEY_UP,
    },
    Binding {
        cmd: ResultsCmd::Down,
        keys: &[DOWN],
        help: tally::KEY_DOWN,
    },
    Binding {
        cmd: ResultsCmd::PageUp,
        keys: &[KeyCombo::plain(KeyCode::PageUp)],
        help: tally::KEY_PAGE_UP,
    },
    Binding {
        cmd: ResultsCmd::PageDown,
        keys: &[KeyCombo::plain(KeyCode::PageDown)],
        help: tally::KEY_PAGE_DOWN,
    },
];
