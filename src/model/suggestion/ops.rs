//! Capturing and sorting suggestions: add, edit, remove, merge (梳理归类), accept, decline,
//! reopen. Each change is audited and returns its undo.

use super::{Decision, RaisedBy, Suggestion};
use crate::i18n::{Message, suggestions as txt};
use crate::model::input::{LINE_MAX, NAME_MAX, Refused, TEXT_MAX, line_field, text_field};
use crate::model::undo::{Restore, Step, Undo};
use crate::model::{AuditEntry, AuditKind, Id, Session, Stamp, next_id};

/// A suggestion as typed on the capture form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SuggestionInput {
    pub text: String,
    pub category: String,
    pub raised_by: RaisedBy,
    pub concerns: String,
}

pub(super) fn log_entry(stamp: &Stamp, action: &str, id: Id) -> AuditEntry {
    AuditEntry::new(
        stamp,
        AuditKind::Suggestions,
        action,
        format!("意见建议 {id}"),
    )
}

pub(super) fn undo(what: Message, steps: Vec<Step<Suggestion>>) -> Undo {
    Undo::new(what, Restore::Suggestions(steps))
}

/// What a decision reads as in the audit log.
pub(super) fn decision_text(d: &Decision) -> String {
    match d {
        Decision::Open => txt::OPEN.zh.to_string(),
        Decision::Accepted => txt::ACCEPTED.zh.to_string(),
        Decision::Declined { reason } => format!("{}({reason})", txt::DECLINED.zh),
        Decision::Merged { into } => format!("{} → {into}", txt::MERGED.zh),
    }
}

impl Session {
    pub fn suggestion(&self, id: Id) -> Option<&Suggestion> {
        self.suggestions.iter().find(|s| s.id == id)
    }

    pub(super) fn suggestion_or_refuse(&self, id: Id) -> Result<&Suggestion, Refused> {
        self.suggestion(id)
            .ok_or_else(|| txt::no_suggestion(id).into())
    }

    pub(super) fn suggestion_mut(&mut self, id: Id) -> Option<&mut Suggestion> {
        self.suggestions.iter_mut().find(|s| s.id == id)
    }

    fn check_suggestion(&self, input: &SuggestionInput) -> Result<SuggestionInput, Refused> {
        let text = text_field(&input.text, txt::TEXT, TEXT_MAX, true)?;
        let category = line_field(&input.category, txt::CATEGORY, NAME_MAX, true)?;
        if !self.suggestion_categories.is_empty() && !self.suggestion_categories.contains(&category)
        {
            return Err(txt::unknown_category(&category, &self.suggestion_categories).into());
        }
        let raised_by = match &input.raised_by {
            RaisedBy::Attendee { id } if self.attendance.person(*id).is_none() => {
                return Err(txt::unknown_attendee(*id).into());
            }
            RaisedBy::Named { name } => {
                let name = line_field(name, txt::RAISED_BY, NAME_MAX, false)?;
                if name.is_empty() {
                    RaisedBy::Anonymous
                } else {
                    RaisedBy::Named { name }
                }
            }
            other => other.clone(),
        };
        Ok(SuggestionInput {
            text,
            category,
            raised_by,
            concerns: line_field(&input.concerns, txt::CONCERNS, LINE_MAX, false)?,
        })
    }

    /// Who raised a suggestion, as a name (the roster's, the typed one, or 匿名).
    pub fn raised_by_name(&self, by: &RaisedBy) -> String {
        match by {
            RaisedBy::Anonymous => txt::ANONYMOUS.zh.to_string(),
            RaisedBy::Attendee { id } => self
                .attendance
                .person(*id)
                .map_or_else(|| format!("#{id}"), |p| p.name.clone()),
            RaisedBy::Named { name } => name.clone(),
        }
    }

    /// Records a suggestion from the floor, stamped with the time.
    pub fn suggestion_add(
        &mut self,
        input: &SuggestionInput,
        stamp: &Stamp,
    ) -> Result<(Id, Undo), Refused> {
        let c = self.check_suggestion(input)?;
        let id = next_id(self.suggestions.iter().map(|s| s.id));
        let summary = format!("{} · {}", c.category, c.text);
        self.suggestions.push(Suggestion {
            id,
            at: stamp.at,
            text: c.text,
            category: c.category,
            raised_by: c.raised_by,
            concerns: c.concerns,
            decision: Decision::Open,
            ledger: None,
        });
        self.log(log_entry(stamp, "suggestion.add", id).new_value(summary));
        Ok((id, undo(txt::added(id), vec![Step::Remove { id }])))
    }

    /// Changes the text, category, author and concern of a suggestion.
    pub fn suggestion_edit(
        &mut self,
        id: Id,
        input: &SuggestionInput,
        stamp: &Stamp,
    ) -> Result<Option<Undo>, Refused> {
        let old = self.suggestion_or_refuse(id)?.clone();
        let c = self.check_suggestion(input)?;
        let mut new = old.clone();
        new.text = c.text;
        new.category = c.category;
        new.raised_by = c.raised_by;
        new.concerns = c.concerns;
        if new == old {
            return Ok(None);
        }
        let before = format!("{} · {}", old.category, old.text);
        let after = format!("{} · {}", new.category, new.text);
        if let Some(slot) = self.suggestion_mut(id) {
            *slot = new;
        }
        self.log(log_entry(stamp, "suggestion.edit", id).change(before, after));
        Ok(Some(undo(
            txt::edited(id),
            vec![Step::Replace { item: old }],
        )))
    }

    /// Removes a suggestion entered by mistake (not one that others are merged into).
    pub fn suggestion_remove(&mut self, id: Id, stamp: &Stamp) -> Result<Undo, Refused> {
        let s = self.suggestion_or_refuse(id)?;
        let summary = format!("{} · {}", s.category, s.text);
        let merged_in = self.merged_into(id).len();
        if merged_in > 0 {
            return Err(txt::others_merged_in(id, merged_in).into());
        }
        let step = Step::put_back(&self.suggestions, id);
        self.suggestions.retain(|s| s.id != id);
        self.log(log_entry(stamp, "suggestion.remove", id).old(summary));
        Ok(undo(txt::removed(id), step.into_iter().collect()))
    }

    /// The suggestions merged into `id`.
    pub fn merged_into(&self, id: Id) -> Vec<Id> {
        self.suggestions
            .iter()
            .filter(|s| s.decision == Decision::Merged { into: id })
            .map(|s| s.id)
            .collect()
    }

    /// Merges `from` into `into` (梳理归类); those merged into `from` follow it.
    pub fn suggestion_merge(&mut self, from: Id, into: Id, stamp: &Stamp) -> Result<Undo, Refused> {
        if from == into {
            return Err(Message::from(txt::MERGE_SELF).into());
        }
        let source = self.suggestion_or_refuse(from)?;
        if source.ledger.is_some() {
            return Err(txt::has_ledger(from).into());
        }
        let old_decision = decision_text(&source.decision);
        let target = self.suggestion_or_refuse(into)?;
        if let Decision::Merged { into: further } = target.decision {
            return Err(txt::merge_into_merged(into, further).into());
        }
        let mut moved = self.merged_into(from);
        moved.push(from);
        let steps: Vec<Step<Suggestion>> = moved
            .iter()
            .filter_map(|id| Step::keep(&self.suggestions, *id))
            .collect();
        for id in &moved {
            if let Some(s) = self.suggestion_mut(*id) {
                s.decision = Decision::Merged { into };
            }
        }
        let new = decision_text(&Decision::Merged { into });
        self.log(log_entry(stamp, "suggestion.merge", from).change(old_decision, new));
        Ok(undo(txt::merged(from, into), steps))
    }

    fn decide(&mut self, id: Id, decision: Decision, stamp: &Stamp) -> Result<Undo, Refused> {
        let s = self.suggestion_or_refuse(id)?;
        if s.ledger.is_some() {
            return Err(txt::has_ledger(id).into());
        }
        let state = match decision {
            Decision::Accepted => txt::ACCEPTED,
            Decision::Declined { .. } => txt::DECLINED,
            _ => txt::OPEN,
        };
        if decision != Decision::Open {
            match &s.decision {
                Decision::Open => {}
                Decision::Accepted => return Err(txt::not_open(id, txt::ACCEPTED).into()),
                Decision::Declined { .. } => return Err(txt::not_open(id, txt::DECLINED).into()),
                Decision::Merged { .. } => return Err(txt::not_open(id, txt::MERGED).into()),
            }
        }
        if s.decision == decision {
            return Err(txt::decided(id, state).into());
        }
        let old = decision_text(&s.decision);
        let new = decision_text(&decision);
        let steps = Step::keep(&self.suggestions, id).into_iter().collect();
        let action = match decision {
            Decision::Accepted => "suggestion.accept",
            Decision::Declined { .. } => "suggestion.decline",
            _ => "suggestion.reopen",
        };
        if let Some(s) = self.suggestion_mut(id) {
            s.decision = decision;
        }
        self.log(log_entry(stamp, action, id).change(old, new));
        Ok(undo(txt::decided(id, state), steps))
    }

    /// Accepts an open suggestion; it may then get a ledger row.
    pub fn suggestion_accept(&mut self, id: Id, stamp: &Stamp) -> Result<Undo, Refused> {
        self.decide(id, Decision::Accepted, stamp)
    }

    /// Declines an open suggestion; the reason is required.
    pub fn suggestion_decline(
        &mut self,
        id: Id,
        reason: &str,
        stamp: &Stamp,
    ) -> Result<Undo, Refused> {
        let reason = line_field(reason, txt::REASON, LINE_MAX, true)?;
        self.decide(id, Decision::Declined { reason }, stamp)
    }

    /// Takes a decision or a merge back (not once a ledger row exists).
    pub fn suggestion_reopen(&mut self, id: Id, stamp: &Stamp) -> Result<Undo, Refused> {
        self.decide(id, Decision::Open, stamp)
    }
}
