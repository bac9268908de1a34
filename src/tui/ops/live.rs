//! Changes the live-meeting screens (agenda, attendance, work report, suggestions, ledger) ask
//! for, as data. Each calls the model's audited method; the inverse is the model's own undo.

use crate::i18n::Message;
use crate::model::input::Refused;
use crate::model::{
    AgendaKind, Id, LedgerInput, LedgerStatus, PersonInput, ReportInput, Session, Stamp,
    SuggestionInput, TimerEventKind, Undo,
};

#[derive(Debug, Clone, PartialEq)]
pub enum LiveOp {
    /// Put back what a change changed (and, applied again, redo it).
    Undo(Undo),
    AgendaNext,
    AgendaPrevious,
    AgendaGoTo(Id),
    AgendaFinish,
    AgendaSkip {
        id: Id,
        skip: bool,
    },
    AgendaAdd {
        title: String,
        kind: AgendaKind,
        minutes: String,
        index: Option<usize>,
    },
    AgendaEdit {
        id: Id,
        title: String,
        kind: AgendaKind,
        minutes: String,
    },
    AgendaRemove(Id),
    AgendaMove {
        id: Id,
        to: usize,
    },
    CheckIn(Id),
    Excuse {
        id: Id,
        reason: String,
    },
    ResetPresence(Id),
    AddPerson {
        person: PersonInput,
        walk_in: bool,
    },
    EditPerson {
        id: Id,
        person: PersonInput,
    },
    RemovePerson(Id),
    ImportPeople {
        people: Vec<PersonInput>,
        new_categories: Vec<String>,
    },
    ReportAdd(ReportInput),
    ReportEdit {
        id: Id,
        report: ReportInput,
    },
    ReportTimer {
        id: Id,
        kind: TimerEventKind,
    },
    ReportNote {
        id: Id,
        text: String,
    },
    SuggestionAdd(SuggestionInput),
    SuggestionEdit {
        id: Id,
        suggestion: SuggestionInput,
    },
    SuggestionRemove(Id),
    Merge {
        from: Id,
        into: Id,
    },
    Accept(Id),
    Decline {
        id: Id,
        reason: String,
    },
    Reopen(Id),
    LedgerSet {
        id: Id,
        ledger: LedgerInput,
    },
    LedgerStatus {
        id: Id,
        status: LedgerStatus,
    },
    LedgerProgress {
        id: Id,
        text: String,
    },
}

impl LiveOp {
    /// Applies the change; returns the change that takes it back, or why it was refused.
    pub fn apply(self, s: &mut Session, stamp: &Stamp) -> Result<Option<LiveOp>, Message> {
        let done: Result<Option<Undo>, Refused> = match self {
            LiveOp::Undo(u) => return Ok(Some(LiveOp::Undo(s.undo(u, stamp)))),
            LiveOp::AgendaNext => s.agenda_next(stamp).map(Some),
            LiveOp::AgendaPrevious => s.agenda_previous(stamp).map(Some),
            LiveOp::AgendaGoTo(id) => s.agenda_go_to(id, stamp).map(Some),
            LiveOp::AgendaFinish => s.agenda_finish(stamp).map(Some),
            LiveOp::AgendaSkip { id, skip } => s.agenda_set_skipped(id, skip, stamp).map(Some),
            LiveOp::AgendaAdd {
                title,
                kind,
                minutes,
                index,
            } => s
                .agenda_add(&title, kind, &minutes, index, stamp)
                .map(|(_, u)| Some(u)),
            LiveOp::AgendaEdit {
                id,
                title,
                kind,
                minutes,
            } => s.agenda_edit(id, &title, kind, &minutes, stamp),
            LiveOp::AgendaRemove(id) => s.agenda_remove(id, stamp).map(Some),
            LiveOp::AgendaMove { id, to } => s.agenda_move(id, to, stamp),
            LiveOp::CheckIn(id) => s.check_in(id, stamp).map(Some),
            LiveOp::Excuse { id, reason } => s.excuse(id, &reason, stamp).map(Some),
            LiveOp::ResetPresence(id) => s.reset_presence(id, stamp).map(Some),
            LiveOp::AddPerson { person, walk_in } => if walk_in {
                s.attendee_walk_in(&person, stamp)
            } else {
                s.attendee_add(&person, stamp)
            }
            .map(|(_, u)| Some(u)),
            LiveOp::EditPerson { id, person } => s.attendee_edit(id, &person, stamp),
            LiveOp::RemovePerson(id) => s.attendee_remove(id, stamp).map(Some),
            LiveOp::ImportPeople {
                people,
                new_categories,
            } => s.roster_import(&people, &new_categories, stamp).map(Some),
            LiveOp::ReportAdd(r) => s.report_add(&r, stamp).map(|(_, u)| Some(u)),
            LiveOp::ReportEdit { id, report } => s.report_edit(id, &report, stamp),
            LiveOp::ReportTimer { id, kind } => s.report_timer(id, kind, stamp).map(Some),
            LiveOp::ReportNote { id, text } => s.report_note_add(id, &text, stamp).map(Some),
            LiveOp::SuggestionAdd(x) => s.suggestion_add(&x, stamp).map(|(_, u)| Some(u)),
            LiveOp::SuggestionEdit { id, suggestion } => s.suggestion_edit(id, &suggestion, stamp),
            LiveOp::SuggestionRemove(id) => s.suggestion_remove(id, stamp).map(Some),
            LiveOp::Merge { from, into } => s.suggestion_merge(from, into, stamp).map(Some),
            LiveOp::Accept(id) => s.suggestion_accept(id, stamp).map(Some),
            LiveOp::Decline { id, reason } => s.suggestion_decline(id, &reason, stamp).map(Some),
            LiveOp::Reopen(id) => s.suggestion_reopen(id, stamp).map(Some),
            LiveOp::LedgerSet { id, ledger } => s.ledger_set(id, &ledger, stamp),
            LiveOp::LedgerStatus { id, status } => s.ledger_status(id, status, stamp),
            LiveOp::LedgerProgress { id, text } => s.ledger_progress(id, &text, stamp).map(Some),
        };
        done.map(|u| u.map(LiveOp::Undo)).map_err(|e| e.0)
    }
}
