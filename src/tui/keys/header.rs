//! Keys of the header screen (the meeting's 关于/主题/时间/地点… fields).

use super::{Binding, KeyCombo};
use crate::i18n::{Text, tui};
use crossterm::event::KeyCode;

pub const TITLE: Text = tui::SCREEN_HEADER;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderCmd {
    Up,
    Down,
    Edit,
}

impl HeaderCmd {
    /// Whether the command changes the record (refused, by the app, on a read-only meeting).
    pub fn changes_record(self) -> bool {
        self == HeaderCmd::Edit
    }
}

/// Outside a field: move and start editing. Inside a field, Enter keeps the value and moves to the
/// next field, Tab/Shift+Tab keep it and move, Esc drops the edit.
pub const KEYS: &[Binding<HeaderCmd>] = &[
    Binding {
        cmd: HeaderCmd::Up,
        keys: &[
            KeyCombo::plain(KeyCode::Up),
            KeyCombo::plain(KeyCode::BackTab),
        ],
        help: tui::KEY_UP,
    },
    Binding {
        cmd: HeaderCmd::Down,
        keys: &[
            KeyCombo::plain(KeyCode::Down),
            KeyCombo::plain(KeyCode::Tab),
        ],
        help: tui::KEY_DOWN,
    },
    Binding {
        cmd: HeaderCmd::Edit,
        keys: &[KeyCombo::plain(KeyCode::Enter)],
        help: tui::KEY_HEADER_EDIT,
    },
];
