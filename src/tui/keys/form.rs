//! Keys of every form and question (`widgets::form`): the form looks its keys up here, F1 lists
//! them, and the hint line under a form is made from this same table.

use super::{Binding, KeyCombo};
use crate::i18n::{Text, live as txt};
use crossterm::event::KeyCode;

pub const TITLE: Text = txt::KEYS_FORM;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormCmd {
    /// The next field.
    Next,
    /// The field before.
    Prev,
    /// The next field, or on the last one: done.
    Enter,
    /// Done, from any field.
    Save,
    /// Drop the form.
    Cancel,
    /// A choice field: the option before / after.
    OptionBefore,
    OptionAfter,
    /// A choice field: option 1–9 at once (the digit pressed says which).
    Pick,
}

pub const KEYS: &[Binding<FormCmd>] = &[
    Binding {
        cmd: FormCmd::Next,
        keys: &[
            KeyCombo::plain(KeyCode::Tab),
            KeyCombo::plain(KeyCode::Down),
        ],
        help: txt::KEY_NEXT_FIELD,
    },
    Binding {
        cmd: FormCmd::Prev,
        keys: &[
            KeyCombo::plain(KeyCode::BackTab),
            KeyCombo::plain(KeyCode::Up),
        ],
        help: txt::KEY_PREV_FIELD,
    },
    Binding {
        cmd: FormCmd::Enter,
        keys: &[KeyCombo::plain(KeyCode::Enter)],
        help: txt::KEY_ENTER_FIELD,
    },
    Binding {
        cmd: FormCmd::Save,
        keys: &[KeyCombo::ctrl('s')],
        help: txt::KEY_SAVE_FORM,
    },
    Binding {
        cmd: FormCmd::OptionBefore,
        keys: &[KeyCombo::plain(KeyCode::Left)],
        help: txt::KEY_OPTION_BEFORE,
    },
    Binding {
        cmd: FormCmd::OptionAfter,
        keys: &[KeyCombo::plain(KeyCode::Right), KeyCombo::ch(' ')],
        help: txt::KEY_OPTION_AFTER,
    },
    Binding {
        cmd: FormCmd::Pick,
        keys: &[
            KeyCombo::ch('1'),
            KeyCombo::ch('2'),
            KeyCombo::ch('3'),
            KeyCombo::ch('4'),
            KeyCombo::ch('5'),
            KeyCombo::ch('6'),
            KeyCombo::ch('7'),
            KeyCombo::ch('8'),
            KeyCombo::ch('9'),
        ],
        help: txt::KEY_PICK_OPTION,
    },
    Binding {
        cmd: FormCmd::Cancel,
        keys: &[KeyCombo::plain(KeyCode::Esc)],
        help: txt::KEY_CANCEL_FORM,
    },
];

/// The commands the hint line under a form names, in its order.
pub const HINT: &[FormCmd] = &[
    FormCmd::Next,
    FormCmd::Enter,
    FormCmd::Save,
    FormCmd::Pick,
    FormCmd::Cancel,
];
