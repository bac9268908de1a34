//! Keys of the suggestions screen and of the ledger screen.

use super::{Binding, KeyCombo};
use crate::i18n::{Text, suggestions};
use crossterm::event::KeyCode;

pub const TITLE: Text = suggestions::SCREEN;
pub const LEDGER_TITLE: Text = suggestions::LEDGER_SCREEN;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuggestionCmd {
    Up,
    Down,
    Capture,
    Edit,
    Accept,
    Decline,
    Merge,
    Reopen,
    Remove,
    FilterCategory,
    FilterStatus,
    FilterPerson,
    ClearFilters,
}

impl SuggestionCmd {
    /// Whether the command changes the record (refused, by the app, on a read-only meeting).
    pub fn changes_record(self) -> bool {
        !matches!(
            self,
            SuggestionCmd::Up
                | SuggestionCmd::Down
                | SuggestionCmd::FilterCategory
                | SuggestionCmd::FilterStatus
                | SuggestionCmd::FilterPerson
                | SuggestionCmd::ClearFilters
        )
    }
}

pub const KEYS: &[Binding<SuggestionCmd>] = &[
    Binding {
        cmd: SuggestionCmd::Up,
        keys: &[KeyCombo::plain(KeyCode::Up)],
        help: suggestions::KEY_SELECT,
    },
    Binding {
        cmd: SuggestionCmd::Down,
        keys: &[KeyCombo::plain(KeyCode::Down)],
        help: suggestions::KEY_SELECT,
    },
    Binding {
        cmd: SuggestionCmd::Capture,
        keys: &[KeyCombo::ch('a')],
        help: suggestions::KEY_CAPTURE,
    },
    Binding {
        cmd: SuggestionCmd::Edit,
        keys: &[KeyCombo::ch('e'), KeyCombo::plain(KeyCode::Enter)],
        help: suggestions::KEY_EDIT,
    },
    Binding {
        cmd: SuggestionCmd::Accept,
        keys: &[KeyCombo::ch('y')],
        help: suggestions::KEY_ACCEPT,
    },
    Binding {
        cmd: SuggestionCmd::Decline,
        keys: &[KeyCombo::ch('d')],
        help: suggestions::KEY_DECLINE,
    },
    Binding {
        cmd: SuggestionCmd::Merge,
        keys: &[KeyCombo::ch('m')],
        help: suggestions::KEY_MERGE,
    },
    Binding {
        cmd: SuggestionCmd::Reopen,
        keys: &[KeyCombo::ch('o')],
        help: suggestions::KEY_REOPEN,
    },
    Binding {
        cmd: SuggestionCmd::Remove,
        keys: &[KeyCombo::plain(KeyCode::Delete)],
        help: suggestions::KEY_REMOVE,
    },
    Binding {
        cmd: SuggestionCmd::FilterCategory,
        keys: &[KeyCombo::ch('c')],
        help: suggestions::KEY_FILTER_CATEGORY,
    },
    Binding {
        cmd: SuggestionCmd::FilterStatus,
        keys: &[KeyCombo::ch('t')],
        help: suggestions::KEY_FILTER_STATUS,
    },
    Binding {
        cmd: SuggestionCmd::FilterPerson,
        keys: &[KeyCombo::ch('w')],
        help: suggestions::KEY_FILTER_PERSON,
    },
    Binding {
        cmd: SuggestionCmd::ClearFilters,
        keys: &[KeyCombo::ch('x')],
        help: suggestions::KEY_FILTER_CLEAR,
    },
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LedgerCmd {
    Up,
    Down,
    Edit,
    Status(usize),
    Progress,
    Overdue,
}

impl LedgerCmd {
    /// Whether the command changes the record (refused, by the app, on a read-only meeting).
    pub fn changes_record(self) -> bool {
        !matches!(self, LedgerCmd::Up | LedgerCmd::Down | LedgerCmd::Overdue)
    }
}

pub const LEDGER_KEYS: &[Binding<LedgerCmd>] = &[
    Binding {
        cmd: LedgerCmd::Up,
        keys: &[KeyCombo::plain(KeyCode::Up)],
        help: suggestions::KEY_SELECT,
    },
    Binding {
        cmd: LedgerCmd::Down,
        keys: &[KeyCombo::plain(KeyCode::Down)],
        help: suggestions::KEY_SELECT,
    },
    Binding {
        cmd: LedgerCmd::Edit,
        keys: &[KeyCombo::ch('e'), KeyCombo::plain(KeyCode::Enter)],
        help: suggestions::KEY_LEDGER_EDIT,
    },
    Binding {
        cmd: LedgerCmd::Status(0),
        keys: &[KeyCombo::ch('1')],
        help: suggestions::KEY_LEDGER_STATUS,
    },
    Binding {
        cmd: LedgerCmd::Status(1),
        keys: &[KeyCombo::ch('2')],
        help: suggestions::KEY_LEDGER_STATUS,
    },
    Binding {
        cmd: LedgerCmd::Status(2),
        keys: &[KeyCombo::ch('3')],
        help: suggestions::KEY_LEDGER_STATUS,
    },
    Binding {
        cmd: LedgerCmd::Status(3),
        keys: &[KeyCombo::ch('4')],
        help: suggestions::KEY_LEDGER_STATUS,
    },
    Binding {
        cmd: LedgerCmd::Progress,
        keys: &[KeyCombo::ch('n')],
        help: suggestions::KEY_PROGRESS,
    },
    Binding {
        cmd: LedgerCmd::Overdue,
        keys: &[KeyCombo::ch('f')],
        help: suggestions::KEY_OVERDUE,
    },
];
