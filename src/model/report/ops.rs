//! Changing work reports: add, edit, remove, the timer's start/pause/resume/end, and the
//! clerk's time-stamped notes. Each change is audited and returns its undo.

use super::{ReportNote, TimerEvent, TimerEventKind, WorkReport};
use crate::i18n::{Message, report as txt};
use crate::model::input::{
    LINE_MAX, NAME_MAX, Refused, TEXT_MAX, line_field, minutes_field, one_line, text_field,
};
use crate::model::undo::{Restore, Step, Undo};
use crate::model::{AuditEntry, AuditKind, Id, Session, Stamp, next_id};

/// Longest planned report, in minutes.
pub const MAX_REPORT_MINUTES: u32 = 240;
/// Longest warning before the end, in minutes.
pub const MAX_WARN_MINUTES: u32 = 60;

/// A report as typed on its form; minutes as text so zero and letters can be refused.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReportInput {
    pub reporter: String,
    pub position: String,
    pub title: String,
    pub planned_minutes: String,
    /// Empty for the default (2 minutes).
    pub warn_minutes: String,
}

struct CleanReport {
    reporter: String,
    position: String,
    title: String,
    planned: u32,
    warn: u32,
}

fn clean(input: &ReportInput) -> Result<CleanReport, Refused> {
    let planned = minutes_field(
        &input.planned_minutes,
        txt::PLANNED_MINUTES,
        MAX_REPORT_MINUTES,
    )?;
    let typed = one_line(&input.warn_minutes);
    let warn = if typed.is_empty() {
        2.min(planned.saturating_sub(1))
    } else {
        match typed.parse::<u32>() {
            Ok(w) if w <= MAX_WARN_MINUTES => w,
            _ => return Err(txt::bad_warn(&typed).into()),
        }
    };
    if warn >= planned {
        return Err(txt::warn_too_long(warn, planned).into());
    }
    Ok(CleanReport {
        reporter: line_field(&input.reporter, txt::REPORTER, NAME_MAX, true)?,
        position: line_field(&input.position, txt::POSITION, LINE_MAX, false)?,
        title: line_field(&input.title, txt::TITLE, LINE_MAX, false)?,
        planned,
        warn,
    })
}

fn describe(r: &WorkReport) -> String {
    format!(
        "{} · {} · {} · {} 分钟(提前 {} 分钟提醒)",
        r.reporter, r.position, r.title, r.planned_minutes, r.warn_minutes
    )
}

/// The text of note `index` (from 0), refused when there is no such note.
fn note_text(r: &WorkReport, index: usize) -> Result<String, Refused> {
    r.notes
        .get(index)
        .map(|n| n.text.clone())
        .ok_or_else(|| txt::no_note(index + 1).into())
}

fn log_entry(stamp: &Stamp, action: &str, target: &str) -> AuditEntry {
    AuditEntry::new(stamp, AuditKind::Report, action, target)
}

fn undo(what: Message, step: Option<Step<WorkReport>>) -> Undo {
    Undo::new(what, Restore::Reports(step.into_iter().collect()))
}

impl Session {
    pub fn report(&self, id: Id) -> Option<&WorkReport> {
        self.reports.iter().find(|r| r.id == id)
    }

    fn report_or_refuse(&self, id: Id) -> Result<&WorkReport, Refused> {
        self.report(id).ok_or_else(|| txt::no_report(id).into())
    }

    fn report_mut(&mut self, id: Id) -> Option<&mut WorkReport> {
        self.reports.iter_mut().find(|r| r.id == id)
    }

    /// Changes report `id` in place; the step that puts it back as it was.
    fn change_report(
        &mut self,
        id: Id,
        change: impl FnOnce(&mut WorkReport),
    ) -> Option<Step<WorkReport>> {
        let step = Step::keep(&self.reports, id);
        if let Some(r) = self.report_mut(id) {
            change(r);
        }
        step
    }

    /// Adds a work report (reporter, position, title, planned and warning minutes).
    pub fn report_add(
        &mut self,
        input: &ReportInput,
        stamp: &Stamp,
    ) -> Result<(Id, Undo), Refused> {
        let c = clean(input)?;
        let id = next_id(self.reports.iter().map(|r| r.id));
        let r = WorkReport {
            id,
            reporter: c.reporter,
            position: c.position,
            title: c.title,
            planned_minutes: c.planned,
            warn_minutes: c.warn,
            timer: Vec::new(),
            notes: Vec::new(),
        };
        let (desc, who) = (describe(&r), r.reporter.clone());
        self.reports.push(r);
        self.log(log_entry(stamp, "report.add", &who).new_value(desc));
        Ok((id, undo(txt::added(&who), Some(Step::Remove { id }))))
    }

    /// Changes a report's details; its timer and notes stay.
    pub fn report_edit(
        &mut self,
        id: Id,
        input: &ReportInput,
        stamp: &Stamp,
    ) -> Result<Option<Undo>, Refused> {
        let old = self.report_or_refuse(id)?.clone();
        let c = clean(input)?;
        let mut new = old.clone();
        new.reporter = c.reporter;
        new.position = c.position;
        new.title = c.title;
        new.planned_minutes = c.planned;
        new.warn_minutes = c.warn;
        if new == old {
            return Ok(None);
        }
        let (before, after, who) = (describe(&old), describe(&new), new.reporter.clone());
        if let Some(slot) = self.report_mut(id) {
            *slot = new;
        }
        self.log(log_entry(stamp, "report.edit", &who).change(before, after));
        Ok(Some(undo(
            txt::edited(&who),
            Some(Step::Replace { item: old }),
        )))
    }

    /// Removes a report whose timer has not started.
    pub fn report_remove(&mut self, id: Id, stamp: &Stamp) -> Result<Undo, Refused> {
        let r = self.report_or_refuse(id)?;
        if !r.timer.is_empty() {
            return Err(txt::started_cannot_remove(&r.reporter).into());
        }
        let (desc, who) = (describe(r), r.reporter.clone());
        let step = Step::put_back(&self.reports, id);
        self.reports.retain(|r| r.id != id);
        self.log(log_entry(stamp, "report.remove", &who).old(desc));
        Ok(undo(txt::removed(&who), step))
    }

    /// Records a timer event (start, pause, resume, end) now, if the timer's phase allows it.
    pub fn report_timer(
        &mut self,
        id: Id,
        kind: TimerEventKind,
        stamp: &Stamp,
    ) -> Result<Undo, Refused> {
        let r = self.report_or_refuse(id)?;
        let phase = r.phase();
        let action = match kind {
            TimerEventKind::Start => txt::START,
            TimerEventKind::Pause => txt::PAUSE,
            TimerEventKind::Resume => txt::RESUME,
            TimerEventKind::End => txt::END,
        };
        if !phase.allows(kind) {
            return Err(txt::cannot(action, phase.label()).into());
        }
        if r.timer.last().is_some_and(|e| e.at > stamp.at) {
            return Err(Message::from(txt::CLOCK_BACK).into());
        }
        let who = r.reporter.clone();
        let mut after = phase;
        let step = self.change_report(id, |r| {
            r.timer.push(TimerEvent { kind, at: stamp.at });
            after = r.phase();
        });
        let code = match kind {
            TimerEventKind::Start => "report.start",
            TimerEventKind::Pause => "report.pause",
            TimerEventKind::Resume => "report.resume",
            TimerEventKind::End => "report.end",
        };
        self.log(log_entry(stamp, code, &who).change(phase.label().zh, after.label().zh));
        Ok(undo(txt::timer(action, &who), step))
    }

    /// Adds a note stamped with the time (multi-line; any length up to a pasted letter).
    pub fn report_note_add(&mut self, id: Id, text: &str, stamp: &Stamp) -> Result<Undo, Refused> {
        let text = text_field(text, txt::NOTE, TEXT_MAX, true)?;
        let who = self.report_or_refuse(id)?.reporter.clone();
        let step = self.change_report(id, |r| {
            r.notes.push(ReportNote {
                at: stamp.at,
                text: text.clone(),
            })
        });
        self.log(log_entry(stamp, "report.note", &who).new_value(text));
        Ok(undo(txt::noted(&who), step))
    }

    /// Changes the text of note `index` (its time stays).
    pub fn report_note_edit(
        &mut self,
        id: Id,
        index: usize,
        text: &str,
        stamp: &Stamp,
    ) -> Result<Option<Undo>, Refused> {
        let text = text_field(text, txt::NOTE, TEXT_MAX, true)?;
        let r = self.report_or_refuse(id)?;
        let old = note_text(r, index)?;
        if old == text {
            return Ok(None);
        }
        let who = r.reporter.clone();
        let step = self.change_report(id, |r| {
            if let Some(note) = r.notes.get_mut(index) {
                note.text = text.clone();
            }
        });
        self.log(log_entry(stamp, "report.note_edit", &who).change(old, text));
        Ok(Some(undo(txt::note_edited(&who), step)))
    }

    /// Removes note `index`.
    pub fn report_note_remove(
        &mut self,
        id: Id,
        index: usize,
        stamp: &Stamp,
    ) -> Result<Undo, Refused> {
        let r = self.report_or_refuse(id)?;
        let old = note_text(r, index)?;
        let who = r.reporter.clone();
        let step = self.change_report(id, |r| {
            r.notes.remove(index);
        });
        self.log(log_entry(stamp, "report.note_remove", &who).old(old));
        Ok(undo(txt::note_removed(&who), step))
    }
}
