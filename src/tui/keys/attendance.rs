//! Keys of the attendance screen outside the search box (inside it, typing finds people and
//! Enter checks the first one in).

use super::{Binding, KeyCombo};
use crate::i18n::{Text, attendance};
use crossterm::event::KeyCode;

pub const TITLE: Text = attendance::SCREEN;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttendanceCmd {
    Up,
    Down,
    Find,
    CheckIn,
    Excuse,
    Reset,
    WalkIn,
    Add,
    Edit,
    Remove,
    Import,
    Copy,
}

impl AttendanceCmd {
    /// Whether the command changes the record (refused, by the app, on a read-only meeting).
    pub fn changes_record(self) -> bool {
        !matches!(
            self,
            AttendanceCmd::Up | AttendanceCmd::Down | AttendanceCmd::Find
        )
    }
}

pub const KEYS: &[Binding<AttendanceCmd>] = &[
    Binding {
        cmd: AttendanceCmd::Up,
        keys: &[KeyCombo::plain(KeyCode::Up)],
        help: attendance::KEY_SELECT,
    },
    Binding {
        cmd: AttendanceCmd::Down,
        keys: &[KeyCombo::plain(KeyCode::Down)],
        help: attendance::KEY_SELECT,
    },
    Binding {
        cmd: AttendanceCmd::Find,
        keys: &[KeyCombo::ch('/'), KeyCombo::plain(KeyCode::Tab)],
        help: attendance::KEY_FIND,
    },
    Binding {
        cmd: AttendanceCmd::CheckIn,
        keys: &[KeyCombo::plain(KeyCode::Enter)],
        help: attendance::KEY_CHECK_IN,
    },
    Binding {
        cmd: AttendanceCmd::Excuse,
        keys: &[KeyCombo::ch('x')],
        help: attendance::KEY_EXCUSE,
    },
    Binding {
        cmd: AttendanceCmd::Reset,
        keys: &[KeyCombo::ch('u')],
        help: attendance::KEY_RESET,
    },
    Binding {
        cmd: AttendanceCmd::WalkIn,
        keys: &[KeyCombo::ch('w')],
        help: attendance::KEY_WALK_IN,
    },
    Binding {
        cmd: AttendanceCmd::Add,
        keys: &[KeyCombo::ch('a')],
        help: attendance::KEY_ADD,
    },
    Binding {
        cmd: AttendanceCmd::Edit,
        keys: &[KeyCombo::ch('e')],
        help: attendance::KEY_EDIT,
    },
    Binding {
        cmd: AttendanceCmd::Remove,
        keys: &[KeyCombo::plain(KeyCode::Delete)],
        help: attendance::KEY_REMOVE,
    },
    Binding {
        cmd: AttendanceCmd::Import,
        keys: &[KeyCombo::ch('i')],
        help: attendance::KEY_IMPORT,
    },
    Binding {
        cmd: AttendanceCmd::Copy,
        keys: &[KeyCombo::ch('c')],
        help: attendance::KEY_COPY,
    },
];
