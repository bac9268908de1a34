//! Changing the roster and who is present: add, walk-in, edit, remove, check in, excuse, reset,
//! import, copy from an earlier meeting. Each change is audited and returns its undo.

use super::{Attendance, Attendee, Presence, QuorumRule};
use crate::i18n::{Message, attendance as txt};
use crate::model::input::{LINE_MAX, NAME_MAX, Refused, line_field};
use crate::model::suggestion::RaisedBy;
use crate::model::undo::{Restore, Step, Undo};
use crate::model::{AuditEntry, AuditKind, Id, Session, Stamp, next_id};

/// A person as typed on the roster form, or read from an imported row.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PersonInput {
    pub name: String,
    pub category: String,
    pub unit: String,
    pub note: String,
}

impl PersonInput {
    pub fn new(name: &str, category: &str, unit: &str) -> PersonInput {
        PersonInput {
            name: name.to_string(),
            category: category.to_string(),
            unit: unit.to_string(),
            note: String::new(),
        }
    }
}

fn describe(p: &Attendee) -> String {
    let mut s = format!("{} · {}", p.name, p.category);
    if !p.unit.is_empty() {
        s.push_str(" · ");
        s.push_str(&p.unit);
    }
    s
}

fn log_entry(stamp: &Stamp, action: &str, target: &str) -> AuditEntry {
    AuditEntry::new(stamp, AuditKind::Attendance, action, target)
}

impl Attendance {
    pub fn person(&self, id: Id) -> Option<&Attendee> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The person of this name and unit already on the roster (other than `except`).
    pub fn same_person(&self, name: &str, unit: &str, except: Option<Id>) -> Option<&Attendee> {
        self.people
            .iter()
            .find(|p| Some(p.id) != except && p.name == name && p.unit == unit)
    }

    /// The input cleaned and checked: a name, a known category, no second person of the same
    /// name and unit.
    pub fn check_person(
        &self,
        input: &PersonInput,
        except: Option<Id>,
    ) -> Result<PersonInput, Refused> {
        let clean = PersonInput {
            name: line_field(&input.name, txt::NAME, NAME_MAX, true)?,
            category: line_field(&input.category, txt::CATEGORY, NAME_MAX, true)?,
            unit: line_field(&input.unit, txt::UNIT, LINE_MAX, false)?,
            note: line_field(&input.note, txt::NOTE, LINE_MAX, false)?,
        };
        if !self.categories.contains(&clean.category) {
            return Err(txt::unknown_category(&clean.category, &self.categories).into());
        }
        if self.same_person(&clean.name, &clean.unit, except).is_some() {
            return Err(txt::duplicate(&clean.name, &clean.unit).into());
        }
        Ok(clean)
    }

    /// The people of an earlier roster not on this one (same name and unit), as rows to import,
    /// with the categories they bring that this meeting does not have.
    pub fn rows_to_copy(&self, earlier: &Attendance) -> (Vec<PersonInput>, Vec<String>) {
        let mut new_categories: Vec<String> = Vec::new();
        let mut people: Vec<PersonInput> = Vec::new();
        for p in &earlier.people {
            let here = self.same_person(&p.name, &p.unit, None).is_some();
            if here || people.iter().any(|q| q.name == p.name && q.unit == p.unit) {
                continue;
            }
            if !self.categories.contains(&p.category) && !new_categories.contains(&p.category) {
                new_categories.push(p.category.clone());
            }
            people.push(PersonInput {
                name: p.name.clone(),
                category: p.category.clone(),
                unit: p.unit.clone(),
                note: p.note.clone(),
            });
        }
        (people, new_categories)
    }

    fn next_person_id(&self) -> Id {
        next_id(self.people.iter().map(|p| p.id))
    }
}

fn attendee(id: Id, p: PersonInput, presence: Presence, walk_in: bool) -> Attendee {
    Attendee {
        id,
        name: p.name,
        category: p.category,
        unit: p.unit,
        note: p.note,
        presence,
        walk_in,
    }
}

impl Session {
    fn person_or_refuse(&self, id: Id) -> Result<&Attendee, Refused> {
        self.attendance
            .person(id)
            .ok_or_else(|| txt::no_person(id).into())
    }

    fn add_person(
        &mut self,
        input: &PersonInput,
        walk_in: bool,
        stamp: &Stamp,
    ) -> Result<(Id, Undo), Refused> {
        let clean = self.attendance.check_person(input, None)?;
        let id = self.attendance.next_person_id();
        let (presence, what, action) = if walk_in {
            let p = Presence::Present { at: stamp.at };
            (p, txt::walked_in(&clean.name), "attendance.walk_in")
        } else {
            (
                Presence::Expected,
                txt::added(&clean.name),
                "attendance.add",
            )
        };
        let person = attendee(id, clean, presence, walk_in);
        let desc = describe(&person);
        let name = person.name.clone();
        self.attendance.people.push(person);
        self.log(log_entry(stamp, action, &name).new_value(desc));
        Ok((id, Undo::attendance(what, vec![Step::Remove { id }])))
    }

    /// Adds a person to the roster (expected, not yet present).
    pub fn attendee_add(
        &mut self,
        input: &PersonInput,
        stamp: &Stamp,
    ) -> Result<(Id, Undo), Refused> {
        self.add_person(input, false, stamp)
    }

    /// Adds a walk-in: present now, not on the roster, so not counted as expected.
    pub fn attendee_walk_in(
        &mut self,
        input: &PersonInput,
        stamp: &Stamp,
    ) -> Result<(Id, Undo), Refused> {
        self.add_person(input, true, stamp)
    }

    /// Changes a person's name, category, unit and note (presence stays).
    pub fn attendee_edit(
        &mut self,
        id: Id,
        input: &PersonInput,
        stamp: &Stamp,
    ) -> Result<Option<Undo>, Refused> {
        let old = self.person_or_refuse(id)?.clone();
        let clean = self.attendance.check_person(input, Some(id))?;
        let new = attendee(id, clean, old.presence.clone(), old.walk_in);
        if new == old {
            return Ok(None);
        }
        let undo = Undo::attendance(
            txt::edited(&new.name),
            vec![Step::Replace { item: old.clone() }],
        );
        let (before, after) = (describe(&old), describe(&new));
        let name = new.name.clone();
        if let Some(slot) = self.attendance.people.iter_mut().find(|p| p.id == id) {
            *slot = new;
        }
        self.log(log_entry(stamp, "attendance.edit", &name).change(before, after));
        Ok(Some(undo))
    }

    /// Removes a person (one who raised a suggestion stays, so the suggestion keeps its author).
    pub fn attendee_remove(&mut self, id: Id, stamp: &Stamp) -> Result<Undo, Refused> {
        let person = self.person_or_refuse(id)?;
        let raised = self
            .suggestions
            .iter()
            .filter(|s| s.raised_by == RaisedBy::Attendee { id })
            .count();
        if raised > 0 {
            return Err(txt::raised_suggestions(&person.name, raised).into());
        }
        let (name, desc) = (person.name.clone(), describe(person));
        let step = Step::put_back(&self.attendance.people, id);
        self.attendance.people.retain(|p| p.id != id);
        self.log(log_entry(stamp, "attendance.remove", &name).old(desc));
        Ok(Undo::attendance(
            txt::removed(&name),
            step.into_iter().collect(),
        ))
    }

    fn set_presence(
        &mut self,
        id: Id,
        presence: Presence,
        action: &str,
        what: Message,
        stamp: &Stamp,
    ) -> Result<Undo, Refused> {
        let step = Step::keep(&self.attendance.people, id);
        let mut change = None;
        if let Some(p) = self.attendance.people.iter_mut().find(|p| p.id == id) {
            let old = std::mem::replace(&mut p.presence, presence);
            change = Some((
                p.name.clone(),
                presence_text(&old),
                presence_text(&p.presence),
            ));
        }
        let (name, old, new) = change.ok_or_else(|| Refused::from(txt::no_person(id)))?;
        self.log(log_entry(stamp, action, &name).change(old, new));
        Ok(Undo::attendance(what, step.into_iter().collect()))
    }

    /// Marks a person present now (实到).
    pub fn check_in(&mut self, id: Id, stamp: &Stamp) -> Result<Undo, Refused> {
        let p = self.person_or_refuse(id)?;
        if let Presence::Present { at } = p.presence {
            return Err(txt::already_present(&p.name, &at.format("%H:%M").to_string()).into());
        }
        let what = txt::checked_in(&p.name);
        self.set_presence(
            id,
            Presence::Present { at: stamp.at },
            "attendance.check_in",
            what,
            stamp,
        )
    }

    /// Marks a person excused (请假) with the reason given (it may be left empty).
    pub fn excuse(&mut self, id: Id, reason: &str, stamp: &Stamp) -> Result<Undo, Refused> {
        let reason = line_field(reason, txt::REASON, LINE_MAX, false)?;
        let p = self.person_or_refuse(id)?;
        if p.walk_in {
            return Err(txt::walk_in_reset(&p.name).into());
        }
        let what = txt::excused(&p.name);
        let presence = Presence::Excused { reason };
        if p.presence == presence {
            return Err(Refused::from(what));
        }
        self.set_presence(id, presence, "attendance.excuse", what, stamp)
    }

    /// Puts a person back to expected (a check-in or an excuse taken back).
    pub fn reset_presence(&mut self, id: Id, stamp: &Stamp) -> Result<Undo, Refused> {
        let p = self.person_or_refuse(id)?;
        if p.walk_in {
            return Err(txt::walk_in_reset(&p.name).into());
        }
        let what = txt::reset(&p.name);
        if p.presence == Presence::Expected {
            return Err(Refused::from(what));
        }
        self.set_presence(id, Presence::Expected, "attendance.reset", what, stamp)
    }

    /// Adds attendee categories (those not there yet), as an import or a copy brings them.
    pub fn attendance_add_category(&mut self, name: &str, stamp: &Stamp) -> Result<Undo, Refused> {
        let name = line_field(name, txt::CATEGORY, NAME_MAX, true)?;
        if self.attendance.categories.contains(&name) {
            return Err(txt::category_exists(&name).into());
        }
        let old = self.attendance.categories.clone();
        self.attendance.categories.push(name.clone());
        self.log(log_entry(stamp, "attendance.category_add", &name).new_value(name.clone()));
        Ok(Undo::new(
            txt::category_added(&name),
            Restore::Attendance {
                people: Vec::new(),
                categories: Some(old),
                quorum: None,
            },
        ))
    }

    /// Adds many people at once (an imported roster), with any new categories they need: all
    /// of them or, when one is refused, none.
    pub fn roster_import(
        &mut self,
        people: &[PersonInput],
        new_categories: &[String],
        stamp: &Stamp,
    ) -> Result<Undo, Refused> {
        let mut staged = self.attendance.clone();
        for c in new_categories {
            let c = line_field(c, txt::CATEGORY, NAME_MAX, true)?;
            if !staged.categories.contains(&c) {
                staged.categories.push(c);
            }
        }
        for input in people {
            let clean = staged.check_person(input, None)?;
            let id = staged.next_person_id();
            staged
                .people
                .push(attendee(id, clean, Presence::Expected, false));
        }
        let old = std::mem::replace(&mut self.attendance, staged);
        let categories =
            (old.categories != self.attendance.categories).then(|| old.categories.clone());
        let count = people.len();
        self.log(
            log_entry(stamp, "attendance.import", &txt::imported(count).zh).change(
                old.people.len().to_string(),
                self.attendance.people.len().to_string(),
            ),
        );
        Ok(Undo::new(
            txt::imported(count),
            Restore::Attendance {
                people: vec![Step::All(old.people)],
                categories,
                quorum: None,
            },
        ))
    }

    /// Copies the roster of an earlier meeting: everyone (its walk-ins too) back to expected;
    /// people already here (same name and unit) are left out. Returns how many came over.
    pub fn roster_copy_from(
        &mut self,
        earlier: &Session,
        stamp: &Stamp,
    ) -> Result<(usize, Undo), Refused> {
        let (people, new_categories) = self.attendance.rows_to_copy(&earlier.attendance);
        let undo = self.roster_import(&people, &new_categories, stamp)?;
        Ok((people.len(), undo))
    }

    /// Sets the quorum rule (a fraction of those expected, or a head count, or none).
    pub fn set_quorum(&mut self, rule: QuorumRule, stamp: &Stamp) -> Result<Option<Undo>, Refused> {
        if let QuorumRule::Fraction { num, den } = rule
            && (den == 0 || num > den)
        {
            return Err(txt::bad_quorum(num, den).into());
        }
        if rule == self.attendance.quorum {
            return Ok(None);
        }
        let old = std::mem::replace(&mut self.attendance.quorum, rule);
        let (before, after) = (old.describe().zh, self.attendance.quorum.describe().zh);
        self.log(log_entry(stamp, "attendance.quorum", txt::QUORUM_SET.zh).change(before, after));
        Ok(Some(Undo::new(
            txt::QUORUM_SET.into(),
            Restore::Attendance {
                people: Vec::new(),
                categories: None,
                quorum: Some(old),
            },
        )))
    }
}

/// How a presence reads in the audit log.
fn presence_text(p: &Presence) -> String {
    match p {
        Presence::Expected => txt::EXPECTED.zh.to_string(),
        Presence::Present { at } => format!("{} {}", txt::PRESENT.zh, at.format("%H:%M:%S")),
        Presence::Excused { reason } if reason.is_empty() => txt::EXCUSED.zh.to_string(),
        Presence::Excused { reason } => format!("{}({reason})", txt::EXCUSED.zh),
    }
}
