//! Changing the agenda during the meeting: stepping through items, skipping, adding, editing,
//! removing and reordering them. Each change is audited and returns its undo.

use super::{AgendaItem, AgendaKind};
use crate::i18n::{Message, agenda as txt};
use crate::model::input::{LINE_MAX, Refused, line_field, minutes_field};
use crate::model::undo::{Restore, Undo};
use crate::model::{AuditEntry, AuditKind, Id, Session, Stamp, Timestamp, next_id};

/// Longest planned length of one agenda item, in minutes (ten hours).
pub const MAX_ITEM_MINUTES: u32 = 600;

fn describe(item: &AgendaItem) -> String {
    format!(
        "{} · {} · {} 分钟",
        item.title,
        item.kind.label().zh,
        item.planned_minutes
    )
}

fn log_entry(stamp: &Stamp, action: &str, target: &str) -> AuditEntry {
    AuditEntry::new(stamp, AuditKind::Agenda, action, target)
}

impl Session {
    fn agenda_item_or_refuse(&self, id: Id) -> Result<&AgendaItem, Refused> {
        self.agenda.item(id).ok_or_else(|| txt::no_item(id).into())
    }

    fn agenda_snapshot(&self, what: Message) -> Undo {
        Undo::new(what, Restore::Agenda(self.agenda.clone()))
    }

    /// Makes item `id` the one under way: the current item ends now, `id` starts now (or goes on
    /// from its first start when it is reopened).
    pub fn agenda_go_to(&mut self, id: Id, stamp: &Stamp) -> Result<Undo, Refused> {
        let item = self.agenda_item_or_refuse(id)?;
        if self.agenda.current == Some(id) {
            return Err(txt::already_current(&item.title).into());
        }
        if item.skipped {
            return Err(txt::is_skipped(&item.title).into());
        }
        let title = item.title.clone();
        let undo = self.agenda_snapshot(txt::went_to(&title));
        let old = self.end_current_item(stamp.at);
        if let Some(item) = self.agenda.items.iter_mut().find(|i| i.id == id) {
            item.started = item.started.or(Some(stamp.at));
            item.ended = None;
        }
        self.agenda.current = Some(id);
        let entry =
            log_entry(stamp, "agenda.go_to", &title).change(old.unwrap_or_default(), title.clone());
        self.log(entry);
        Ok(undo)
    }

    /// Ends the item under way (not before it started); returns its title.
    fn end_current_item(&mut self, at: Timestamp) -> Option<String> {
        let id = self.agenda.current.take()?;
        let item = self.agenda.items.iter_mut().find(|i| i.id == id)?;
        if let Some(start) = item.started {
            item.ended = Some(at.max(start));
        }
        Some(item.title.clone())
    }

    /// Steps forward: starts the first item when none is under way, else ends the current item
    /// and starts the next one not skipped; after the last item the agenda is finished.
    pub fn agenda_next(&mut self, stamp: &Stamp) -> Result<Undo, Refused> {
        if self.agenda.items.is_empty() {
            return Err(Message::from(txt::EMPTY_AGENDA).into());
        }
        let items = &self.agenda.items;
        let next = match self.agenda.current.and_then(|c| self.agenda.position(c)) {
            Some(pos) => items[pos + 1..].iter().find(|i| !i.skipped).map(|i| i.id),
            None => items
                .iter()
                .find(|i| !i.skipped && i.ended.is_none())
                .map(|i| i.id),
        };
        match (next, self.agenda.current) {
            (Some(id), _) => self.agenda_go_to(id, stamp),
            (None, Some(_)) => self.agenda_finish(stamp),
            (None, None) => Err(Message::from(txt::AT_END).into()),
        }
    }

    /// Steps back: reopens the item before the current one (or the last one held, when the
    /// agenda is finished); the current item ends now.
    pub fn agenda_previous(&mut self, stamp: &Stamp) -> Result<Undo, Refused> {
        let items = &self.agenda.items;
        let prev = match self.agenda.current.and_then(|c| self.agenda.position(c)) {
            Some(pos) => items[..pos].iter().rev().find(|i| !i.skipped).map(|i| i.id),
            None => items
                .iter()
                .rev()
                .find(|i| !i.skipped && i.started.is_some())
                .map(|i| i.id),
        };
        match prev {
            Some(id) => self.agenda_go_to(id, stamp),
            None => Err(Message::from(txt::AT_START).into()),
        }
    }

    /// Ends the item under way without starting another (the meeting is over, or paused).
    pub fn agenda_finish(&mut self, stamp: &Stamp) -> Result<Undo, Refused> {
        if self.agenda.current.is_none() {
            return Err(Message::from(txt::NOTHING_RUNNING).into());
        }
        let undo = self.agenda_snapshot(txt::FINISHED.into());
        let old = self.end_current_item(stamp.at).unwrap_or_default();
        let entry = log_entry(stamp, "agenda.finish", &old).change(old.clone(), "");
        self.log(entry);
        Ok(undo)
    }

    /// Marks an item skipped (recorded as skipped, passed over by next/previous) or not.
    pub fn agenda_set_skipped(
        &mut self,
        id: Id,
        skip: bool,
        stamp: &Stamp,
    ) -> Result<Undo, Refused> {
        let item = self.agenda_item_or_refuse(id)?;
        if skip && item.started.is_some() {
            return Err(txt::started_cannot_skip(&item.title).into());
        }
        let title = item.title.clone();
        let was = item.skipped;
        let undo = self.agenda_snapshot(txt::skipped(&title, skip));
        if let Some(item) = self.agenda.items.iter_mut().find(|i| i.id == id) {
            item.skipped = skip;
        }
        let action = if skip { "agenda.skip" } else { "agenda.unskip" };
        let entry = log_entry(stamp, action, &title).change(was.to_string(), skip.to_string());
        self.log(entry);
        Ok(undo)
    }

    /// Adds an item at `index` (the end when `None`); minutes as typed, zero and letters refused.
    pub fn agenda_add(
        &mut self,
        title: &str,
        kind: AgendaKind,
        minutes: &str,
        index: Option<usize>,
        stamp: &Stamp,
    ) -> Result<(Id, Undo), Refused> {
        let title = line_field(title, txt::TITLE, LINE_MAX, true)?;
        let minutes = minutes_field(minutes, txt::PLANNED_MINUTES, MAX_ITEM_MINUTES)?;
        let id = next_id(self.agenda.items.iter().map(|i| i.id));
        let undo = self.agenda_snapshot(txt::added(&title));
        let item = AgendaItem::new(id, title.clone(), kind, minutes);
        let desc = describe(&item);
        let at = index
            .unwrap_or(self.agenda.items.len())
            .min(self.agenda.items.len());
        self.agenda.items.insert(at, item);
        let entry = log_entry(stamp, "agenda.add", &title).new_value(desc);
        self.log(entry);
        Ok((id, undo))
    }

    /// Changes an item's title, kind and planned minutes (times already recorded stay).
    pub fn agenda_edit(
        &mut self,
        id: Id,
        title: &str,
        kind: AgendaKind,
        minutes: &str,
        stamp: &Stamp,
    ) -> Result<Option<Undo>, Refused> {
        let item = self.agenda_item_or_refuse(id)?;
        let title = line_field(title, txt::TITLE, LINE_MAX, true)?;
        let minutes = minutes_field(minutes, txt::PLANNED_MINUTES, MAX_ITEM_MINUTES)?;
        let old = describe(item);
        if item.title == title && item.kind == kind && item.planned_minutes == minutes {
            return Ok(None);
        }
        let undo = self.agenda_snapshot(txt::edited(&title));
        let mut new = String::new();
        if let Some(item) = self.agenda.items.iter_mut().find(|i| i.id == id) {
            item.title = title.clone();
            item.kind = kind;
            item.planned_minutes = minutes;
            new = describe(item);
        }
        let entry = log_entry(stamp, "agenda.edit", &title).change(old, new);
        self.log(entry);
        Ok(Some(undo))
    }

    /// Removes an item that has not started (one that has is part of the record).
    pub fn agenda_remove(&mut self, id: Id, stamp: &Stamp) -> Result<Undo, Refused> {
        let item = self.agenda_item_or_refuse(id)?;
        if item.started.is_some() {
            return Err(txt::started_cannot_remove(&item.title).into());
        }
        let (title, desc) = (item.title.clone(), describe(item));
        let undo = self.agenda_snapshot(txt::removed(&title));
        self.agenda.items.retain(|i| i.id != id);
        let entry = log_entry(stamp, "agenda.remove", &title).old(desc);
        self.log(entry);
        Ok(undo)
    }

    /// Moves an item to position `to` (clamped to the list).
    pub fn agenda_move(
        &mut self,
        id: Id,
        to: usize,
        stamp: &Stamp,
    ) -> Result<Option<Undo>, Refused> {
        let from = self
            .agenda
            .position(id)
            .ok_or_else(|| Refused::from(txt::no_item(id)))?;
        let to = to.min(self.agenda.items.len().saturating_sub(1));
        if from == to {
            return Ok(None);
        }
        let title = self.agenda.items[from].title.clone();
        let undo = self.agenda_snapshot(txt::moved(&title));
        let item = self.agenda.items.remove(from);
        self.agenda.items.insert(to, item);
        let entry = log_entry(stamp, "agenda.move", &title)
            .change((from + 1).to_string(), (to + 1).to_string());
        self.log(entry);
        Ok(Some(undo))
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::model::session::town_meeting_at as at;
    use crate::model::{Session, Stamp};

    fn st(h: u32, m: u32) -> Stamp {
        Stamp::new(at(h, m), "主持人")
    }

    #[test]
    fn stepping_records_actual_start_and_end_and_skips_skipped_items() {
        let mut s = Session::new(at(8, 50), Lang::Zh);
        s.agenda_set_skipped(5, true, &st(8, 55)).unwrap();
        s.agenda_next(&st(9, 0)).unwrap();
        assert_eq!(s.agenda.current, Some(1));
        s.agenda_next(&st(9, 6)).unwrap();
        s.agenda_next(&st(9, 12)).unwrap();
        s.agenda_next(&st(9, 40)).unwrap();
        s.agenda_next(&st(9, 52)).unwrap();
        assert_eq!(s.agenda.current, Some(6), "item 5 is skipped");
        let one = s.agenda.item(1).unwrap();
        assert_eq!((one.started, one.ended), (Some(at(9, 0)), Some(at(9, 6))));
        assert!(s.agenda.item(5).unwrap().started.is_none());
        s.agenda_previous(&st(9, 53)).unwrap();
        assert_eq!(s.agenda.current, Some(4));
        assert_eq!(s.agenda.item(4).unwrap().ended, None, "reopened");
        assert!(s.problems().is_empty(), "{:?}", s.problems());
    }

    #[test]
    fn the_last_next_finishes_and_previous_reopens() {
        let mut s = Session::new(at(8, 50), Lang::En);
        for m in 0..8 {
            s.agenda_next(&st(9, m * 5)).unwrap();
        }
        assert_eq!(s.agenda.current, Some(8));
        s.agenda_next(&st(10, 0)).unwrap();
        assert_eq!(s.agenda.current, None);
        assert_eq!(s.agenda.item(8).unwrap().ended, Some(at(10, 0)));
        let e = s.agenda_next(&st(10, 1)).unwrap_err();
        assert!(e.0.en.contains("finished"));
        s.agenda_previous(&st(10, 2)).unwrap();
        assert_eq!(s.agenda.current, Some(8));
    }

    #[test]
    fn add_refuses_zero_and_letters_and_undo_restores() {
        let mut s = Session::new(at(8, 50), Lang::Zh);
        let before = s.agenda.clone();
        let n = s.audit.len();
        for bad in ["0", "abc", "", "十"] {
            let e = s
                .agenda_add(
                    "宣读承诺",
                    super::AgendaKind::Other,
                    bad,
                    Some(2),
                    &st(9, 0),
                )
                .unwrap_err();
            assert!(e.0.zh.contains("整数分钟"), "{e:?}");
        }
        assert_eq!(s.audit.len(), n, "refusals write nothing");
        let (id, undo) = s
            .agenda_add(
                "宣读承诺",
                super::AgendaKind::Other,
                "5",
                Some(2),
                &st(9, 0),
            )
            .unwrap();
        assert_eq!(s.agenda.items[2].id, id);
        assert_eq!(s.agenda.items.len(), 9);
        let redo = s.undo(undo, &st(9, 1));
        assert_eq!(s.agenda, before);
        s.undo(redo, &st(9, 2));
        assert_eq!(s.agenda.items[2].title, "宣读承诺");
        assert_eq!(s.audit.last().unwrap().action, "agenda.undo");
    }

    #[test]
    fn started_items_cannot_be_removed_or_skipped_but_can_be_moved_and_edited() {
        let mut s = Session::new(at(8, 50), Lang::Zh);
        s.agenda_next(&st(9, 0)).unwrap();
        assert!(s.agenda_remove(1, &st(9, 1)).is_err());
        assert!(s.agenda_set_skipped(1, true, &st(9, 1)).is_err());
        s.agenda_move(8, 0, &st(9, 2)).unwrap();
        assert_eq!(s.agenda.items[0].id, 8);
        let u = s
            .agenda_edit(
                3,
                "书记述职",
                super::AgendaKind::WorkReport,
                "25",
                &st(9, 3),
            )
            .unwrap();
        assert!(u.is_some());
        assert_eq!(s.agenda.item(3).unwrap().planned_minutes, 25);
        let last = s.audit.last().unwrap();
        assert_eq!(last.old.as_deref(), Some("述职 · 述职 · 20 分钟"));
        assert_eq!(last.new.as_deref(), Some("书记述职 · 述职 · 25 分钟"));
        s.agenda_remove(7, &st(9, 4)).unwrap();
        assert!(s.agenda.item(7).is_none());
    }
}
