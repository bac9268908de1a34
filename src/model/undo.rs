//! Undo for the live-meeting areas: every change returns an [`Undo`] that puts back what it
//! changed; undoing is itself an audited change and returns the redo.
//!
//! An undo holds the parts of the record as they were, not a replay of operations, so it is
//! exact however the change was made. Each screen keeps its own stack (Ctrl+Z on that screen).

use super::{
    Agenda, Attendee, AuditEntry, AuditKind, Id, QuorumRule, Session, Stamp, Suggestion, WorkReport,
};
use crate::i18n::Message;

/// Something kept in a list by its id.
pub trait Keyed {
    fn key(&self) -> Id;
}

impl Keyed for Attendee {
    fn key(&self) -> Id {
        self.id
    }
}

impl Keyed for WorkReport {
    fn key(&self) -> Id {
        self.id
    }
}

impl Keyed for Suggestion {
    fn key(&self) -> Id {
        self.id
    }
}

/// One step that restores a list: put an entry back, take one out, swap one, or swap them all.
#[derive(Debug, Clone, PartialEq)]
pub enum Step<T> {
    Insert { index: usize, item: T },
    Remove { id: Id },
    Replace { item: T },
    All(Vec<T>),
}

impl<T: Keyed + Clone> Step<T> {
    /// The step that restores entry `id` as it is now (before a change to it).
    pub fn keep(list: &[T], id: Id) -> Option<Step<T>> {
        list.iter()
            .find(|x| x.key() == id)
            .map(|x| Step::Replace { item: x.clone() })
    }

    /// The step that restores the list after entry `id` is removed.
    pub fn put_back(list: &[T], id: Id) -> Option<Step<T>> {
        list.iter()
            .position(|x| x.key() == id)
            .map(|index| Step::Insert {
                index,
                item: list[index].clone(),
            })
    }

    /// Applies the step and returns its inverse (`None` when the entry is no longer there).
    pub fn apply(self, list: &mut Vec<T>) -> Option<Step<T>> {
        match self {
            Step::Insert { index, item } => {
                let id = item.key();
                list.insert(index.min(list.len()), item);
                Some(Step::Remove { id })
            }
            Step::Remove { id } => {
                let index = list.iter().position(|x| x.key() == id)?;
                let item = list.remove(index);
                Some(Step::Insert { index, item })
            }
            Step::Replace { item } => {
                let slot = list.iter_mut().find(|x| x.key() == item.key())?;
                let old = std::mem::replace(slot, item);
                Some(Step::Replace { item: old })
            }
            Step::All(items) => Some(Step::All(std::mem::replace(list, items))),
        }
    }
}

/// Applies steps last first (the reverse of how the change made them) and returns the redo.
fn apply_steps<T: Keyed + Clone>(steps: Vec<Step<T>>, list: &mut Vec<T>) -> Vec<Step<T>> {
    steps
        .into_iter()
        .rev()
        .filter_map(|s| s.apply(list))
        .collect()
}

/// What an undo puts back.
#[derive(Debug, Clone, PartialEq)]
pub enum Restore {
    /// The whole agenda (it is short, and moving between items touches several).
    Agenda(Agenda),
    Attendance {
        people: Vec<Step<Attendee>>,
        categories: Option<Vec<String>>,
        quorum: Option<QuorumRule>,
    },
    Reports(Vec<Step<WorkReport>>),
    Suggestions(Vec<Step<Suggestion>>),
}

/// The way back from one change: what it was (for “已撤销:签到 黄武”) and what to put back.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    pub what: Message,
    pub restore: Restore,
}

impl Undo {
    pub fn new(what: Message, restore: Restore) -> Undo {
        Undo { what, restore }
    }

    pub fn attendance(what: Message, people: Vec<Step<Attendee>>) -> Undo {
        Undo::new(
            what,
            Restore::Attendance {
                people,
                categories: None,
                quorum: None,
            },
        )
    }

    /// The area of the record this undo belongs to (and which screen's stack keeps it).
    pub fn kind(&self) -> AuditKind {
        match self.restore {
            Restore::Agenda(_) => AuditKind::Agenda,
            Restore::Attendance { .. } => AuditKind::Attendance,
            Restore::Reports(_) => AuditKind::Report,
            Restore::Suggestions(_) => AuditKind::Suggestions,
        }
    }
}

impl Session {
    /// Undoes one change: puts back what it changed, writes the audit entry, returns the redo.
    pub fn undo(&mut self, undo: Undo, stamp: &Stamp) -> Undo {
        let kind = undo.kind();
        let action = match kind {
            AuditKind::Agenda => "agenda.undo",
            AuditKind::Attendance => "attendance.undo",
            AuditKind::Report => "report.undo",
            _ => "suggestion.undo",
        };
        let restore = match undo.restore {
            Restore::Agenda(a) => Restore::Agenda(std::mem::replace(&mut self.agenda, a)),
            Restore::Attendance {
                people,
                categories,
                quorum,
            } => Restore::Attendance {
                people: apply_steps(people, &mut self.attendance.people),
                categories: categories
                    .map(|c| std::mem::replace(&mut self.attendance.categories, c)),
                quorum: quorum.map(|q| std::mem::replace(&mut self.attendance.quorum, q)),
            },
            Restore::Reports(steps) => Restore::Reports(apply_steps(steps, &mut self.reports)),
            Restore::Suggestions(steps) => {
                Restore::Suggestions(apply_steps(steps, &mut self.suggestions))
            }
        };
        self.log(AuditEntry::new(stamp, kind, action, undo.what.zh.clone()));
        Undo::new(undo.what, restore)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq)]
    struct Row(Id, &'static str);
    impl Keyed for Row {
        fn key(&self) -> Id {
            self.0
        }
    }

    #[test]
    fn steps_undo_in_reverse_and_redo_in_order() {
        let start = vec![Row(1, "a"), Row(2, "b")];
        let mut list = start.clone();
        // A change that removes 1, then inserts 3 at the front.
        let mut steps = vec![Step::put_back(&list, 1).unwrap()];
        list.remove(0);
        list.insert(0, Row(3, "c"));
        steps.push(Step::Remove { id: 3 });
        let after = list.clone();
        let redo = apply_steps(steps, &mut list);
        assert_eq!(list, start);
        let undo_again = apply_steps(redo, &mut list);
        assert_eq!(list, after);
        apply_steps(undo_again, &mut list);
        assert_eq!(list, start);
    }

    #[test]
    fn a_step_for_a_vanished_entry_does_nothing() {
        let mut list = vec![Row(1, "a")];
        assert_eq!(Step::Replace { item: Row(9, "z") }.apply(&mut list), None);
        assert_eq!(Step::<Row>::Remove { id: 9 }.apply(&mut list), None);
        assert_eq!(list, vec![Row(1, "a")]);
    }
}
