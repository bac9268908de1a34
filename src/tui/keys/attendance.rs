//! Keys of the attendance screen outside the search box (inside it, typing finds people and
//! Enter checks the first one in).

use super::{Binding, KeyCombo};
use crate::i18n::{Text, attendance as s};
use crossterm::event::KeyCode;

pub const TITLE: Text = s::SCREEN;

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
        help: s::KEY_SELECT,
    },
    Binding {
        cmd: AttendanceCmd::Down,
        keys: &[KeyCombo::plain(KeyCode::Down)],
        help: s::KEY_SELECT,
    },
    Binding {
        cmd: AttendanceCmd::Find,
        keys: &[KeyCombo::ch('/'), KeyCombo::plain(KeyCode::Tab)],
        help: s::KEY_FIND,
    },
    Binding {
        cmd: AttendanceCmd::CheckIn,
        keys: &[KeyCombo::plain(KeyCode::Enter)],
        help: s::KEY_CHECK_IN,
    },
    Binding {
        cmd: AttendanceCmd::Excuse,
        keys: &[KeyCombo::ch('x')],
        help: s::KEY_EXCUSE,
    },
    Binding {
        cmd: AttendanceCmd::Reset,
        keys: &[KeyCombo::ch('u')],
        help: s::KEY_RESET,
    },
    Binding {
        cmd: AttendanceCmd::WalkIn,
        keys: &[KeyCombo::ch('w')],
        help: s::KEY_WALK_IN,
    },
    Binding {
        cmd: AttendanceCmd::Add,
        keys: &[KeyCombo::ch('a')],
        help: s::KEY_ADD,
    },
    Binding {
        cmd: AttendanceCmd::Edit,
        keys: &[KeyCombo::ch('e')],
        help: s::KEY_EDIT,
    },
    Binding {
        cmd: AttendanceCmd::Remove,
        keys: &[KeyCombo::plain(KeyCode::Delete)],
        help: s::KEY_REMOVE,
    },
    Binding {
        cmd: AttendanceCmd::Import,
        keys: &[KeyCombo::ch('i')],
        help: s::KEY_IMPORT,
    },
    Binding {
        cmd: AttendanceCmd::Copy,
        keys: &[KeyCombo::ch('c')],
        help: s::KEY_COPY,
    },
];
