//! Which screen is in front: the names of the screens, their tab order and titles. Its own
//! module so that the key tables (which name screens) and the screens (which use the key tables)
//! do not import each other.

use crate::i18n::{Text, tui};

/// Which screen is in front.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScreenId {
    Picker,
    Header,
    Agenda,
    Attendance,
    Report,
    Suggestions,
    Ledger,
    Timeline,
    Audit,
    Ballots,
    Results,
}

impl ScreenId {
    /// The screens of an open meeting, in tab order (Alt+←/→ walk this list).
    pub const MEETING: &'static [ScreenId] = &[
        ScreenId::Header,
        ScreenId::Agenda,
        ScreenId::Attendance,
        ScreenId::Report,
        ScreenId::Ballots,
        ScreenId::Results,
        ScreenId::Suggestions,
        ScreenId::Ledger,
        ScreenId::Timeline,
        ScreenId::Audit,
    ];

    pub fn title(self) -> Text {
        match self {
            ScreenId::Picker => tui::SCREEN_PICKER,
            ScreenId::Header => tui::SCREEN_HEADER,
            ScreenId::Agenda => crate::i18n::agenda::SCREEN,
            ScreenId::Attendance => crate::i18n::attendance::SCREEN,
            ScreenId::Report => crate::i18n::report::SCREEN,
            ScreenId::Suggestions => crate::i18n::suggestions::SCREEN,
            ScreenId::Ledger => crate::i18n::suggestions::LEDGER_SCREEN,
            ScreenId::Timeline => crate::i18n::review::SCREEN_TIMELINE,
            ScreenId::Audit => crate::i18n::review::SCREEN_AUDIT,
            ScreenId::Ballots => crate::i18n::tally::SCREEN_BALLOTS,
            ScreenId::Results => crate::i18n::tally::SCREEN_RESULTS,
        }
    }
}
