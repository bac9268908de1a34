//! Keys of the work report screen: the timer one key each, notes, reports.

use super::{Binding, KeyCombo};
use crate::i18n::{Text, report};
use crossterm::event::KeyCode;

pub const TITLE: Text = report::SCREEN;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportCmd {
    Start,
    Pause,
    Resume,
    End,
    Toggle,
    Note,
    Add,
    Edit,
    Previous,
    Next,
}

impl ReportCmd {
    /// Whether the command changes the record (refused, by the app, on a read-only meeting).
    pub fn changes_record(self) -> bool {
        !matches!(self, ReportCmd::Previous | ReportCmd::Next)
    }
}

pub const KEYS: &[Binding<ReportCmd>] = &[
    Binding {
        cmd: ReportCmd::Start,
        keys: &[KeyCombo::ch('s')],
        help: report::KEY_START,
    },
    Binding {
        cmd: ReportCmd::Pause,
        keys: &[KeyCombo::ch('p')],
        help: report::KEY_PAUSE,
    },
    Binding {
        cmd: ReportCmd::Resume,
        keys: &[KeyCombo::ch('r')],
        help: report::KEY_RESUME,
    },
    Binding {
        cmd: ReportCmd::End,
        keys: &[KeyCombo::ch('e')],
        help: report::KEY_END,
    },
    Binding {
        cmd: ReportCmd::Toggle,
        keys: &[KeyCombo::ch(' ')],
        help: report::KEY_TOGGLE,
    },
    Binding {
        cmd: ReportCmd::Note,
        keys: &[KeyCombo::ch('n'), KeyCombo::plain(KeyCode::Enter)],
        help: report::KEY_NOTE,
    },
    Binding {
        cmd: ReportCmd::Add,
        keys: &[KeyCombo::ch('a')],
        help: report::KEY_ADD,
    },
    Binding {
        cmd: ReportCmd::Edit,
        keys: &[KeyCombo::ch('m')],
        help: report::KEY_EDIT,
    },
    Binding {
        cmd: ReportCmd::Previous,
        keys: &[KeyCombo::plain(KeyCode::Left)],
        help: report::KEY_SWITCH,
    },
    Binding {
        cmd: ReportCmd::Next,
        keys: &[KeyCombo::plain(KeyCode::Right)],
        help: report::KEY_SWITCH,
    },
];
