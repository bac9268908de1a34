//! Keys that work on every screen.

use super::{Binding, KeyCombo};
use crate::i18n::{Text, tui};
use crate::tui::screen_id::ScreenId;
use crossterm::event::KeyCode;

pub const TITLE: Text = tui::KEYS_GLOBAL;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GlobalCmd {
    Quit,
    Help,
    Undo,
    ToggleLang,
    PrevScreen,
    NextScreen,
    Goto(ScreenId),
    /// Write the record and the notice next to the meeting file.
    Export,
}

/// Keys that work even while a text field has focus.
pub const KEYS: &[Binding<GlobalCmd>] = &[
    Binding {
        cmd: GlobalCmd::Quit,
        keys: &[KeyCombo::ctrl('q')],
        help: tui::KEY_QUIT,
    },
    Binding {
        cmd: GlobalCmd::Help,
        keys: &[KeyCombo::plain(KeyCode::F(1))],
        help: tui::KEY_HELP,
    },
    Binding {
        cmd: GlobalCmd::Undo,
        keys: &[KeyCombo::ctrl('z')],
        help: tui::KEY_UNDO,
    },
    Binding {
        cmd: GlobalCmd::Export,
        keys: &[KeyCombo::ctrl('p')],
        help: crate::i18n::export::KEY_EXPORT,
    },
    Binding {
        cmd: GlobalCmd::ToggleLang,
        keys: &[KeyCombo::plain(KeyCode::F(12))],
        help: tui::KEY_LANG,
    },
    Binding {
        cmd: GlobalCmd::PrevScreen,
        keys: &[KeyCombo::alt(KeyCode::Left)],
        help: tui::KEY_PREV_SCREEN,
    },
    Binding {
        cmd: GlobalCmd::NextScreen,
        keys: &[KeyCombo::alt(KeyCode::Right)],
        help: tui::KEY_NEXT_SCREEN,
    },
    Binding {
        cmd: GlobalCmd::Goto(ScreenId::Header),
        keys: &[KeyCombo::plain(KeyCode::F(2))],
        help: tui::SCREEN_HEADER,
    },
    Binding {
        cmd: GlobalCmd::Goto(ScreenId::Agenda),
        keys: &[KeyCombo::plain(KeyCode::F(3))],
        help: crate::i18n::agenda::SCREEN,
    },
    Binding {
        cmd: GlobalCmd::Goto(ScreenId::Attendance),
        keys: &[KeyCombo::plain(KeyCode::F(4))],
        help: crate::i18n::attendance::SCREEN,
    },
    Binding {
        cmd: GlobalCmd::Goto(ScreenId::Report),
        keys: &[KeyCombo::plain(KeyCode::F(5))],
        help: crate::i18n::report::SCREEN,
    },
    Binding {
        cmd: GlobalCmd::Goto(ScreenId::Ballots),
        keys: &[KeyCombo::plain(KeyCode::F(6))],
        help: crate::i18n::tally::SCREEN_BALLOTS,
    },
    Binding {
        cmd: GlobalCmd::Goto(ScreenId::Results),
        keys: &[KeyCombo::plain(KeyCode::F(7))],
        help: crate::i18n::tally::SCREEN_RESULTS,
    },
    Binding {
        cmd: GlobalCmd::Goto(ScreenId::Suggestions),
        keys: &[KeyCombo::plain(KeyCode::F(8))],
        help: crate::i18n::suggestions::SCREEN,
    },
    Binding {
        cmd: GlobalCmd::Goto(ScreenId::Ledger),
        keys: &[KeyCombo::plain(KeyCode::F(9))],
        help: crate::i18n::suggestions::LEDGER_SCREEN,
    },
    Binding {
        cmd: GlobalCmd::Goto(ScreenId::Timeline),
        keys: &[KeyCombo::plain(KeyCode::F(10))],
        help: crate::i18n::review::SCREEN_TIMELINE,
    },
    Binding {
        cmd: GlobalCmd::Goto(ScreenId::Audit),
        keys: &[KeyCombo {
            code: KeyCode::F(10),
            mods: crossterm::event::KeyModifiers::SHIFT,
        }],
        help: crate::i18n::review::SCREEN_AUDIT,
    },
];

/// Keys that work outside text fields only (a text field takes them as typed characters).
pub const OUTSIDE_FIELDS: &[Binding<GlobalCmd>] = &[Binding {
    cmd: GlobalCmd::Help,
    keys: &[KeyCombo::ch('?')],
    help: tui::KEY_HELP_OUTSIDE_FIELDS,
}];

/// The function key that brings screen `id` to the front, as the tab bar shows it.
pub fn goto_label(id: ScreenId) -> String {
    KEYS.iter()
        .find(|b| b.cmd == GlobalCmd::Goto(id))
        .and_then(|b| b.keys.first())
        .map(|k| k.label())
        .unwrap_or_default()
}
