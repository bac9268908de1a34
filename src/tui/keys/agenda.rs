//! Keys of the agenda screen: step through the items, skip, add, edit, remove, reorder.

use super::{Binding, KeyCombo};
use crate::i18n::{Text, agenda};
use crossterm::event::KeyCode;

pub const TITLE: Text = agenda::SCREEN;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaCmd {
    Up,
    Down,
    Next,
    Previous,
    Start,
    Finish,
    Skip,
    Open,
    Add,
    Edit,
    Remove,
    MoveUp,
    MoveDown,
}

impl AgendaCmd {
    /// Whether the command changes the record (refused, by the app, on a read-only meeting).
    pub fn changes_record(self) -> bool {
        !matches!(self, AgendaCmd::Up | AgendaCmd::Down | AgendaCmd::Open)
    }
}

pub const KEYS: &[Binding<AgendaCmd>] = &[
    Binding {
        cmd: AgendaCmd::Up,
        keys: &[KeyCombo::plain(KeyCode::Up)],
        help: agenda::KEY_SELECT,
    },
    Binding {
        cmd: AgendaCmd::Down,
        keys: &[KeyCombo::plain(KeyCode::Down)],
        help: agenda::KEY_SELECT,
    },
    Binding {
        cmd: AgendaCmd::Next,
        keys: &[KeyCombo::plain(KeyCode::Right), KeyCombo::ch('n')],
        help: agenda::KEY_NEXT,
    },
    Binding {
        cmd: AgendaCmd::Previous,
        keys: &[KeyCombo::plain(KeyCode::Left), KeyCombo::ch('p')],
        help: agenda::KEY_PREVIOUS,
    },
    Binding {
        cmd: AgendaCmd::Start,
        keys: &[KeyCombo::plain(KeyCode::Enter)],
        help: agenda::KEY_START,
    },
    Binding {
        cmd: AgendaCmd::Finish,
        keys: &[KeyCombo::ch('f')],
        help: agenda::KEY_FINISH,
    },
    Binding {
        cmd: AgendaCmd::Skip,
        keys: &[KeyCombo::ch('s')],
        help: agenda::KEY_SKIP,
    },
    Binding {
        cmd: AgendaCmd::Open,
        keys: &[KeyCombo::ch('o')],
        help: agenda::KEY_OPEN,
    },
    Binding {
        cmd: AgendaCmd::Add,
        keys: &[KeyCombo::ch('a')],
        help: agenda::KEY_ADD,
    },
    Binding {
        cmd: AgendaCmd::Edit,
        keys: &[KeyCombo::ch('e')],
        help: agenda::KEY_EDIT,
    },
    Binding {
        cmd: AgendaCmd::Remove,
        keys: &[KeyCombo::plain(KeyCode::Delete)],
        help: agenda::KEY_REMOVE,
    },
    Binding {
        cmd: AgendaCmd::MoveUp,
        keys: &[KeyCombo::ch('[')],
        help: agenda::KEY_MOVE_UP,
    },
    Binding {
        cmd: AgendaCmd::MoveDown,
        keys: &[KeyCombo::ch(']')],
        help: agenda::KEY_MOVE_DOWN,
    },
];
