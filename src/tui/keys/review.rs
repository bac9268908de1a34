//! Keys of review's two screens: the timeline and the audit log.

use super::{Binding, KeyCombo};
use crate::i18n::{Text, review, tui};
use crossterm::event::KeyCode;

pub const TITLE_TIMELINE: Text = review::KEYS_TIMELINE;
pub const TITLE_AUDIT: Text = review::KEYS_AUDIT;

/// Moving through a list, shared by both screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListCmd {
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
}

pub const LIST_KEYS: &[Binding<ListCmd>] = &[
    Binding {
        cmd: ListCmd::Up,
        keys: &[KeyCombo::plain(KeyCode::Up), KeyCombo::ch('k')],
        help: tui::KEY_UP,
    },
    Binding {
        cmd: ListCmd::Down,
        keys: &[KeyCombo::plain(KeyCode::Down), KeyCombo::ch('j')],
        help: tui::KEY_DOWN,
    },
    Binding {
        cmd: ListCmd::PageUp,
        keys: &[KeyCombo::plain(KeyCode::PageUp)],
        help: review::KEY_PAGE,
    },
    Binding {
        cmd: ListCmd::PageDown,
        keys: &[KeyCombo::plain(KeyCode::PageDown)],
        help: review::KEY_PAGE,
    },
    Binding {
        cmd: ListCmd::First,
        keys: &[KeyCombo::plain(KeyCode::Home)],
        help: review::KEY_ENDS,
    },
    Binding {
        cmd: ListCmd::Last,
        keys: &[KeyCombo::plain(KeyCode::End)],
        help: review::KEY_ENDS,
    },
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditCmd {
    NextFilter,
    PrevFilter,
    AllKinds,
}

pub const AUDIT_KEYS: &[Binding<AuditCmd>] = &[
    Binding {
        cmd: AuditCmd::NextFilter,
        keys: &[KeyCombo::ch('f'), KeyCombo::plain(KeyCode::Tab)],
        help: review::KEY_FILTER_NEXT,
    },
    Binding {
        cmd: AuditCmd::PrevFilter,
        keys: &[KeyCombo::ch('F'), KeyCombo::plain(KeyCode::BackTab)],
        help: review::KEY_FILTER_PREV,
    },
    Binding {
        cmd: AuditCmd::AllKinds,
        keys: &[KeyCombo::ch('0')],
        help: review::KEY_FILTER_ALL,
    },
];
