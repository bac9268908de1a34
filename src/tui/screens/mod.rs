//! The screens, one file each. A screen owns only its view state (selection, open text field);
//! the record is read through [`Ctx`] and changed only by returning an [`Action`].

pub mod agenda;
pub mod attendance;
mod attendance_view;
pub mod audit;
pub mod ballots;
mod form_screen;
pub mod header;
pub mod help;
pub mod ledger;
pub mod list_view;
pub mod picker;
pub mod report;
pub mod suggestions;
pub mod timeline;

use super::action::{Action, Reply};
use super::doc::Doc;
pub use super::screen_id::ScreenId;
use super::theme::Theme;
use crate::i18n::Lang;
use crate::model::{Session, Timestamp};
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;

/// What a screen reads while handling a key or drawing: never a clock or a file of its own.
pub struct Ctx<'a> {
    pub lang: Lang,
    pub now: Timestamp,
    pub doc: Option<&'a Doc>,
    pub theme: &'a Theme,
}

impl Ctx<'_> {
    pub fn session(&self) -> Option<&Session> {
        self.doc.map(|d| &*d.session)
    }

    pub fn read_only(&self) -> bool {
        self.doc.is_some_and(Doc::is_read_only)
    }
}

/// What a screen made of a key press.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Not for this screen; global single-key commands may take it.
    Ignored,
    /// Handled inside the screen (a caret moved, a selection changed).
    Consumed,
    /// Handled, and this should happen.
    Do(Action),
}

/// A screen of the application.
pub trait Screen {
    fn on_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Outcome;

    /// Pasted text (bracketed paste); screens with text fields insert it.
    fn on_paste(&mut self, _text: &str, _ctx: &Ctx) -> Outcome {
        Outcome::Ignored
    }

    /// Draws into `area`; sets the terminal cursor when a text field has focus.
    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx);

    /// Whether a text field has focus (then printable keys are text, not commands).
    fn editing(&self) -> bool {
        false
    }

    /// The one-line key hint under the screen.
    fn hint(&self, lang: Lang) -> String;

    /// Called when the screen comes to the front or the record was replaced (e.g. after undo).
    fn refresh(&mut self, _ctx: &Ctx) {}

    /// The outcome of the screen's last action (a change taken or refused, a file read; or what
    /// an undo made, such as a ballot taken back); returns whether the screen shows it itself (a
    /// refusal beside the field that caused it), else the app shows a refusal in the status line.
    fn on_reply(&mut self, _reply: &Reply, _ctx: &Ctx) -> bool {
        false
    }

    /// Whether `key` would change the record, or open a form that does: on a read-only meeting
    /// the app refuses such keys, in this one place, before the screen sees them.
    fn changes_record(&self, _key: &KeyEvent, _ctx: &Ctx) -> bool {
        false
    }
}

/// Every screen's view state.
#[derive(Default)]
pub struct Screens {
    pub picker: picker::PickerScreen,
    pub header: header::HeaderScreen,
    pub agenda: agenda::AgendaScreen,
    pub attendance: attendance::AttendanceScreen,
    pub report: report::ReportScreen,
    pub suggestions: suggestions::SuggestionsScreen,
    pub ledger: ledger::LedgerScreen,
    pub timeline: timeline::TimelineScreen,
    pub audit: audit::AuditScreen,
    pub ballots: ballots::BallotsScreen,
    pub results: ballots::results::ResultsScreen,
}

impl Screens {
    pub fn get(&self, id: ScreenId) -> &dyn Screen {
        match id {
            ScreenId::Picker => &self.picker,
            ScreenId::Header => &self.header,
            ScreenId::Agenda => &self.agenda,
            ScreenId::Attendance => &self.attendance,
            ScreenId::Report => &self.report,
            ScreenId::Suggestions => &self.suggestions,
            ScreenId::Ledger => &self.ledger,
            ScreenId::Timeline => &self.timeline,
            ScreenId::Audit => &self.audit,
            ScreenId::Ballots => &self.ballots,
            ScreenId::Results => &self.results,
        }
    }

    pub fn get_mut(&mut self, id: ScreenId) -> &mut dyn Screen {
        match id {
            ScreenId::Picker => &mut self.picker,
            ScreenId::Header => &mut self.header,
            ScreenId::Agenda => &mut self.agenda,
            ScreenId::Attendance => &mut self.attendance,
            ScreenId::Report => &mut self.report,
            ScreenId::Suggestions => &mut self.suggestions,
            ScreenId::Ledger => &mut self.ledger,
            ScreenId::Timeline => &mut self.timeline,
            ScreenId::Audit => &mut self.audit,
            ScreenId::Ballots => &mut self.ballots,
            ScreenId::Results => &mut self.results,
        }
    }
}

#[cfg(test)]
mod timeline_tests;
