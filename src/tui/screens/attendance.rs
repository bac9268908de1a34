//! The attendance screen (清点到会人数): type part of a name or its pinyin and press Enter to
//! check the first match in (黄武: `h` `w` Enter); excuse, walk-ins, roster edits and import
//! from the list; counts per category and the quorum always in view (drawn by
//! `attendance_view`).

use super::form_screen::FormScreen;
use super::{Ctx, Outcome, Screen};
use crate::i18n::common;
use crate::i18n::{Lang, attendance as txt};
use crate::import::{ImportOptions, RosterImport};
use crate::model::{Attendee, Id, PersonInput, Presence, RosterIndex, Session};
use crate::tui::action::{Action, Effect, Reply};
use crate::tui::keys::{self, attendance::AttendanceCmd};
use crate::tui::ops::LiveOp;
use crate::tui::widgets::form::{Field, Form};
use crate::tui::widgets::list;
use crate::tui::widgets::{InputOutcome, TextInput};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PersonForm {
    Add,
    WalkIn,
    Edit(Id),
    Excuse(Id),
    ImportPath,
    CopyPath,
}

#[derive(Debug, Default)]
pub struct AttendanceScreen {
    pub(super) query: TextInput,
    /// Keys go to the search box (the usual state); Tab leaves it for the roster keys.
    pub(super) list_mode: bool,
    pub(super) selected: usize,
    pub(super) index: RosterIndex,
    pub(super) form: Option<(PersonForm, Form)>,
    /// An import read and waiting for Enter.
    pub(super) import: Option<RosterImport>,
}

impl AttendanceScreen {
    /// The people the list shows, best first: the search hits, or the whole roster.
    pub(super) fn shown<'a>(&self, session: &'a Session) -> Vec<&'a Attendee> {
        let people = &session.attendance.people;
        if self.query.text().trim().is_empty() {
            return people.iter().collect();
        }
        self.index
            .search(people, self.query.text())
            .into_iter()
            .filter_map(|h| people.get(h.index))
            .collect()
    }

    fn chosen(&self, ctx: &Ctx) -> Option<Attendee> {
        let session = ctx.session()?;
        self.shown(session).get(self.selected).map(|p| (*p).clone())
    }

    fn person_form(&mut self, kind: PersonForm, ctx: &Ctx) {
        let Some(session) = ctx.session() else {
            return;
        };
        let cats = session.attendance.categories.clone();
        let title = match kind {
            PersonForm::Add => txt::ADD_TITLE,
            PersonForm::WalkIn => txt::WALK_IN_TITLE,
            PersonForm::Edit(_) => txt::EDIT_TITLE,
            PersonForm::Excuse(_) => txt::EXCUSE_TITLE,
            PersonForm::ImportPath => txt::IMPORT_TITLE,
            PersonForm::CopyPath => txt::COPY_TITLE,
        };
        let fields = match kind {
            PersonForm::Excuse(_) => vec![Field::line(txt::REASON, "")],
            PersonForm::CopyPath => vec![Field::line(txt::COPY_PATH, "")],
            PersonForm::ImportPath => {
                let lang = ctx.lang;
                let mut defaults = vec![txt::IMPORT_NO_DEFAULT.get(lang).to_string()];
                defaults.extend(cats);
                vec![
                    Field::line(txt::IMPORT_PATH, ""),
                    Field::choice(txt::IMPORT_DEFAULT, defaults, 0),
                    Field::choice(
                        txt::IMPORT_UNKNOWN,
                        vec![
                            txt::IMPORT_REPORT.get(lang).to_string(),
                            txt::IMPORT_ADD.get(lang).to_string(),
                        ],
                        0,
                    ),
                ]
            }
            PersonForm::Edit(id) => {
                let p = session.attendance.person(id).cloned();
                let p = p.unwrap_or_else(|| blank(id));
                let at = cats.iter().position(|c| *c == p.category).unwrap_or(0);
                vec![
                    Field::line(txt::NAME, p.name),
                    Field::line(txt::UNIT, p.unit),
                    Field::choice(txt::CATEGORY, cats, at),
                    Field::line(txt::NOTE, p.note),
                ]
            }
            PersonForm::Add | PersonForm::WalkIn => {
                let typed = self.query.text();
                let name = if typed.is_ascii() { "" } else { typed };
                let last = cats.len().saturating_sub(1);
                vec![
                    Field::line(txt::NAME, name.to_string()),
                    Field::line(txt::UNIT, ""),
                    Field::choice(txt::CATEGORY, cats, last),
                    Field::line(txt::NOTE, ""),
                ]
            }
        };
        // A form that acts on one person names them.
        let title = match kind {
            PersonForm::Edit(id) | PersonForm::Excuse(id) => match session.attendance.person(id) {
                Some(p) => common::acting_on(title, &common::person_label(&p.name, &p.unit)),
                None => title.into(),
            },
            _ => title.into(),
        };
        self.form = Some((kind, Form::new(title, fields)));
    }

    /// An empty search box with the caret in it.
    fn back_to_search(&mut self) {
        self.query.clear();
        self.list_mode = false;
    }

    /// A roster read for import: shown for confirmation, or the reason under the form's path.
    fn roster_read(&mut self, read: &Result<RosterImport, crate::i18n::Message>) -> bool {
        let Some((_, form)) = &mut self.form else {
            return false;
        };
        match read {
            Ok(import) => {
                self.import = Some(import.clone());
                self.form = None;
            }
            Err(m) => form.error = Some(m.clone()),
        }
        true
    }

    fn command(&mut self, cmd: AttendanceCmd, ctx: &Ctx) -> Outcome {
        let n = ctx.session().map_or(0, |s| self.shown(s).len());
        let person = self.chosen(ctx);
        let id = person.as_ref().map(|p| p.id);
        match (cmd, id) {
            (AttendanceCmd::Up, _) => self.selected = list::up(self.selected),
            (AttendanceCmd::Down, _) => self.selected = list::down(self.selected, n),
            (AttendanceCmd::Find, _) => self.list_mode = false,
            (AttendanceCmd::CheckIn, Some(_)) => return self.check_in(ctx),
            (AttendanceCmd::Excuse, Some(id)) => self.person_form(PersonForm::Excuse(id), ctx),
            (AttendanceCmd::Reset, Some(id)) => {
                self.back_to_search();
                return Outcome::Do(Action::from(LiveOp::ResetPresence(id)));
            }
            (AttendanceCmd::WalkIn, _) => self.person_form(PersonForm::WalkIn, ctx),
            (AttendanceCmd::Add, _) => self.person_form(PersonForm::Add, ctx),
            (AttendanceCmd::Edit, Some(id)) => self.person_form(PersonForm::Edit(id), ctx),
            (AttendanceCmd::Remove, Some(id)) => {
                return Outcome::Do(Action::from(LiveOp::RemovePerson(id)));
            }
            (AttendanceCmd::Import, _) => self.person_form(PersonForm::ImportPath, ctx),
            (AttendanceCmd::Copy, _) => self.person_form(PersonForm::CopyPath, ctx),
            _ => {}
        }
        Outcome::Consumed
    }

    /// Enter: the selected (first, by default) match is checked in and the search box cleared
    /// for the next person.
    fn check_in(&mut self, ctx: &Ctx) -> Outcome {
        let Some(p) = self.chosen(ctx) else {
            return Outcome::Do(Action::Flash(txt::NOBODY.into()));
        };
        if let Presence::Present { at } = p.presence {
            let m = txt::already_present(&p.name, &at.format("%H:%M").to_string());
            return Outcome::Do(Action::Flash(m));
        }
        self.query.clear();
        self.selected = 0;
        Outcome::Do(Action::from(LiveOp::CheckIn(p.id)))
    }

    fn search_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Outcome {
        let n = ctx.session().map_or(0, |s| self.shown(s).len());
        match key.code {
            KeyCode::Up => self.selected = list::up(self.selected),
            KeyCode::Down => self.selected = list::down(self.selected, n),
            KeyCode::Tab => self.list_mode = true,
            _ => match self.query.handle_key(key) {
                InputOutcome::Submit => return self.check_in(ctx),
                InputOutcome::Cancel => {
                    if self.query.is_empty() {
                        self.list_mode = true;
                    }
                    self.query.clear();
                    self.selected = 0;
                }
                InputOutcome::Changed => self.selected = 0,
                InputOutcome::Moved => {}
                InputOutcome::Ignored => return Outcome::Ignored,
            },
        }
        Outcome::Consumed
    }
}

/// Asks the app to read the file named in the import form; what it offers is shown when
/// the app hands it back, and the roster changes only when that is confirmed.
fn read_import(form: &Form, ctx: &Ctx) -> Outcome {
    let categories = ctx.session().map(|s| &s.attendance.categories);
    let options = ImportOptions {
        default_category: form
            .chosen(txt::IMPORT_DEFAULT)
            .checked_sub(1)
            .and_then(|i| categories?.get(i).cloned()),
        add_unknown_categories: form.chosen(txt::IMPORT_UNKNOWN) == 1,
    };
    let path = PathBuf::from(form.value(txt::IMPORT_PATH).trim());
    Outcome::Do(Effect::ReadRoster { path, options }.into())
}

fn blank(id: Id) -> Attendee {
    Attendee {
        id,
        name: String::new(),
        category: String::new(),
        unit: String::new(),
        note: String::new(),
        presence: Presence::Expected,
        walk_in: false,
    }
}

impl FormScreen for AttendanceScreen {
    type Editing = PersonForm;

    fn form_slot(&self) -> &Option<(PersonForm, Form)> {
        &self.form
    }

    fn form_slot_mut(&mut self) -> &mut Option<(PersonForm, Form)> {
        &mut self.form
    }

    fn submit_form(&mut self, ctx: &Ctx) -> Outcome {
        let Some((kind, form)) = &mut self.form else {
            return Outcome::Consumed;
        };
        let person = || PersonInput {
            name: form.value(txt::NAME),
            unit: form.value(txt::UNIT),
            category: form.value(txt::CATEGORY),
            note: form.value(txt::NOTE),
        };
        let op = match *kind {
            PersonForm::Add => LiveOp::AddPerson {
                person: person(),
                walk_in: false,
            },
            PersonForm::WalkIn => LiveOp::AddPerson {
                person: person(),
                walk_in: true,
            },
            PersonForm::Edit(id) => LiveOp::EditPerson {
                id,
                person: person(),
            },
            PersonForm::Excuse(id) => LiveOp::Excuse {
                id,
                reason: form.value(txt::REASON),
            },
            PersonForm::ImportPath => return read_import(form, ctx),
            PersonForm::CopyPath => {
                let path = PathBuf::from(form.value(txt::COPY_PATH).trim());
                return Outcome::Do(Effect::LoadEarlier(path).into());
            }
        };
        Outcome::Do(Action::from(op))
    }

    /// Someone added: back to the search box, empty, for the next person.
    /// After a change to a person the search box is empty and has the caret again, so the next
    /// name typed is a new search, not appended to the last one.
    fn form_done(&mut self, kind: PersonForm, _ctx: &Ctx) {
        if !matches!(kind, PersonForm::ImportPath | PersonForm::CopyPath) {
            self.back_to_search();
        }
    }
}

impl Screen for AttendanceScreen {
    fn on_reply(&mut self, reply: &Reply, ctx: &Ctx) -> bool {
        match reply {
            Reply::Roster(read) => self.roster_read(read),
            _ => self.form_reply(reply, ctx),
        }
    }

    /// Enter in the search box checks someone in; in the list, the roster keys.
    fn changes_record(&self, key: &KeyEvent, _ctx: &Ctx) -> bool {
        if self.form_open() || self.import.is_some() {
            return false;
        }
        if !self.list_mode {
            return key.code == KeyCode::Enter;
        }
        keys::lookup(keys::attendance::KEYS, key).is_some_and(AttendanceCmd::changes_record)
    }

    fn on_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Outcome {
        if let Some(outcome) = self.form_key(key, ctx) {
            return outcome;
        }
        if let Some(import) = &self.import {
            return match key.code {
                KeyCode::Enter if !import.rows.is_empty() => {
                    let op = LiveOp::ImportPeople {
                        people: import.people(),
                        new_categories: import.new_categories.clone(),
                    };
                    self.import = None;
                    Outcome::Do(Action::from(op))
                }
                KeyCode::Esc | KeyCode::Enter => {
                    self.import = None;
                    Outcome::Consumed
                }
                _ => Outcome::Consumed,
            };
        }
        if !self.list_mode {
            return self.search_key(key, ctx);
        }
        match keys::lookup(keys::attendance::KEYS, &key) {
            Some(cmd) => self.command(cmd, ctx),
            None => Outcome::Ignored,
        }
    }

    fn on_paste(&mut self, text: &str, _ctx: &Ctx) -> Outcome {
        if let Some(outcome) = self.form_paste(text) {
            return outcome;
        }
        if self.list_mode {
            return Outcome::Ignored;
        }
        self.query.insert_str(text);
        self.selected = 0;
        Outcome::Consumed
    }

    fn editing(&self) -> bool {
        self.form_open() || !self.list_mode
    }

    fn hint(&self, lang: Lang) -> String {
        if let Some(hint) = self.form_hint(lang) {
            hint
        } else if self.import.is_some() {
            txt::IMPORT_CONFIRM.get(lang).into()
        } else if self.list_mode {
            txt::HINT_LIST.get(lang).into()
        } else {
            txt::HINT_SEARCH.get(lang).into()
        }
    }

    /// Coming back to the screen, or an undo: the context has changed, so the old search goes.
    fn refresh(&mut self, ctx: &Ctx) {
        self.back_to_search();
        if let Some(session) = ctx.session() {
            self.index.refresh(&session.attendance.people);
            let n = self.shown(session).len();
            self.selected = list::clamp(self.selected, n);
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        super::attendance_view::render(self, frame, area, ctx);
    }
}

/// How a person's presence reads in the list.
pub(super) fn presence_label(p: &Attendee, lang: Lang) -> String {
    match &p.presence {
        Presence::Present { at } if p.walk_in => {
            format!("{} {}", txt::WALK_IN_MARK.get(lang), at.format("%H:%M"))
        }
        Presence::Present { at } => format!("{} {}", txt::PRESENT.get(lang), at.format("%H:%M")),
        Presence::Excused { reason } if reason.is_empty() => txt::EXCUSED.get(lang).to_string(),
        Presence::Excused { reason } => format!("{}({reason})", txt::EXCUSED.get(lang)),
        Presence::Expected => String::new(),
    }
}

/// The import summary and its bad lines, as the preview shows them.
pub(super) fn import_lines(import: &RosterImport, lang: Lang) -> Vec<String> {
    let mut out = vec![import.summary().get(lang).to_string()];
    out.extend(import.bad.iter().map(|b| b.describe(lang)));
    out
}
