//! Keys of the session picker.

use super::{Binding, KeyCombo};
use crate::i18n::{Text, tui as s};
use crossterm::event::KeyCode;

pub const TITLE: Text = s::SCREEN_PICKER;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerCmd {
    Up,
    Down,
    Open,
    OpenReadOnly,
    New,
    Refresh,
}

pub const KEYS: &[Binding<PickerCmd>] = &[
    Binding {
        cmd: PickerCmd::Up,
        keys: &[KeyCombo::plain(KeyCode::Up), KeyCombo::ch('k')],
        help: s::KEY_UP,
    },
    Binding {
        cmd: PickerCmd::Down,
        keys: &[KeyCombo::plain(KeyCode::Down), KeyCombo::ch('j')],
        help: s::KEY_DOWN,
    },
    Binding {
        cmd: PickerCmd::Open,
        keys: &[KeyCombo::plain(KeyCode::Enter)],
        help: s::KEY_PICKER_OPEN,
    },
    Binding {
        cmd: PickerCmd::OpenReadOnly,
        keys: &[KeyCombo::ch('r')],
        help: s::KEY_PICKER_REVIEW,
    },
    Binding {
        cmd: PickerCmd::New,
        keys: &[KeyCombo::ch('n')],
        help: s::KEY_PICKER_NEW,
    },
    Binding {
        cmd: PickerCmd::Refresh,
        keys: &[KeyCombo::plain(KeyCode::F(5))],
        help: s::KEY_PICKER_REFRESH,
    },
];
