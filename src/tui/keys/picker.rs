//! Keys of the session picker.

use super::{Binding, KeyCombo};
use crate::i18n::{Text, tui};
use crossterm::event::KeyCode;

pub const TITLE: Text = tui::SCREEN_PICKER;

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
        help: tui::KEY_UP,
    },
    Binding {
        cmd: PickerCmd::Down,
        keys: &[KeyCombo::plain(KeyCode::Down), KeyCombo::ch('j')],
        help: tui::KEY_DOWN,
    },
    Binding {
        cmd: PickerCmd::Open,
        keys: &[KeyCombo::plain(KeyCode::Enter)],
        help: tui::KEY_PICKER_OPEN,
    },
    Binding {
        cmd: PickerCmd::OpenReadOnly,
        keys: &[KeyCombo::ch('r')],
        help: tui::KEY_PICKER_REVIEW,
    },
    Binding {
        cmd: PickerCmd::New,
        keys: &[KeyCombo::ch('n')],
        help: tui::KEY_PICKER_NEW,
    },
    Binding {
        cmd: PickerCmd::Refresh,
        keys: &[KeyCombo::plain(KeyCode::F(5))],
        help: tui::KEY_PICKER_REFRESH,
    },
];
