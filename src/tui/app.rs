//! The one `App`: the open meeting, the screens' view state, and `update`, the single path by which
//! every action (and so every change to the record) goes.

use super::action::{Action, Reply};
use super::doc::Doc;
use super::keys::{self, global::GlobalCmd};
use super::ops::{Applied, BallotOp, Change};
use super::screen_id::ScreenId;
use super::screens::help::HelpView;
use super::screens::{Ctx, Outcome, Screens};
use super::theme::THEME;
use crate::i18n::{Lang, Message, tui};
use crate::model::{Stamp, Timestamp};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

/// How long a message stays in the status area.
const FLASH_SECONDS: i64 = 8;
/// How long quitting waits for the last save.
const QUIT_FLUSH: Duration = Duration::from_secs(5);

/// A message for the status area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flash {
    pub message: Message,
    pub error: bool,
    pub at: Timestamp,
}

pub struct App {
    pub lang: Lang,
    /// Who is at the keyboard: written into every audit entry.
    pub who: String,
    /// The sessions folder.
    pub dir: PathBuf,
    /// The wall clock, set by the loop before each event and frame (never read by screens).
    pub now: Timestamp,
    pub doc: Option<Doc>,
    pub screen: ScreenId,
    pub screens: Screens,
    pub help: Option<HelpView>,
    pub flash: Option<Flash>,
    pub should_quit: bool,
    /// Set after a quit whose final save failed: the next Ctrl+Q quits anyway.
    quit_armed: bool,
    /// Per screen, the changes that take back its changes, newest last.
    undo: HashMap<ScreenId, Vec<Change>>,
}

/// What screens read, from the app's fields rather than `&self`, so a screen (another field)
/// can be borrowed mutably beside it.
pub(super) fn ctx_of(lang: Lang, now: Timestamp, doc: Option<&Doc>) -> Ctx<'_> {
    Ctx {
        lang,
        now,
        doc,
        theme: &THEME,
    }
}

impl App {
    /// The application on the session picker.
    pub fn new(lang: Lang, who: impl Into<String>, dir: PathBuf, now: Timestamp) -> App {
        App {
            lang,
            who: who.into(),
            dir,
            now,
            doc: None,
            screen: ScreenId::Picker,
            screens: Screens::default(),
            help: None,
            flash: None,
            should_quit: false,
            quit_armed: false,
            undo: HashMap::new(),
        }
    }

    /// The application with a meeting open (the header screen in front).
    pub fn with_doc(lang: Lang, who: impl Into<String>, doc: Doc, now: Timestamp) -> App {
        let dir = doc
            .path
            .parent()
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("."));
        let mut app = App::new(lang, who, dir, now);
        app.doc = Some(doc);
        app.goto(ScreenId::Header);
        app
    }

    pub fn tick(&mut self, now: Timestamp) {
        self.now = now;
        self.poll_intake();
        if let Some(f) = &self.flash
            && (now - f.at).num_seconds() >= FLASH_SECONDS
        {
            self.flash = None;
        }
    }

    /// What screens read: language, clock, the open meeting, the theme.
    pub fn ctx(&self) -> Ctx<'_> {
        ctx_of(self.lang, self.now, self.doc.as_ref())
    }

    pub fn on_event(&mut self, event: Event) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.on_key(key),
            Event::Paste(text) => self.on_paste(&text),
            _ => {}
        }
    }

    pub fn on_key(&mut self, key: KeyEvent) {
        let is_quit = keys::lookup(keys::global::KEYS, &key) == Some(GlobalCmd::Quit);
        if !is_quit {
            self.quit_armed = false;
        }
        if let Some(view) = &mut self.help {
            match key.code {
                KeyCode::Up => view.scroll = view.scroll.saturating_sub(1),
                KeyCode::Down => view.scroll = view.scroll.saturating_add(1),
                KeyCode::PageUp => view.scroll = view.scroll.saturating_sub(10),
                KeyCode::PageDown => view.scroll = view.scroll.saturating_add(10),
                _ if is_quit => self.update(Action::Quit),
                _ => self.help = None,
            }
            return;
        }
        if let Some(cmd) = keys::lookup(keys::global::KEYS, &key) {
            self.update(global_action(cmd));
            return;
        }
        let outcome = {
            let ctx = ctx_of(self.lang, self.now, self.doc.as_ref());
            let screen = self.screens.get_mut(self.screen);
            if ctx.read_only() && screen.changes_record(&key, &ctx) {
                Outcome::Do(Action::Flash(tui::READ_ONLY_REFUSED.into()))
            } else {
                screen.on_key(key, &ctx)
            }
        };
        match outcome {
            Outcome::Do(action) => self.update(action),
            Outcome::Consumed => {}
            Outcome::Ignored => {
                if !self.screens.get(self.screen).editing()
                    && let Some(cmd) = keys::lookup(keys::global::OUTSIDE_FIELDS, &key)
                {
                    self.update(global_action(cmd));
                }
            }
        }
    }

    pub fn on_paste(&mut self, text: &str) {
        if self.help.is_some() {
            return;
        }
        let outcome = {
            let ctx = ctx_of(self.lang, self.now, self.doc.as_ref());
            self.screens.get_mut(self.screen).on_paste(text, &ctx)
        };
        if let Outcome::Do(action) = outcome {
            self.update(action);
        }
    }

    /// Applies one action. Every change to the record passes through here.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit(),
            Action::ShowHelp => self.help = Some(HelpView::default()),
            Action::CloseHelp => self.help = None,
            Action::Goto(id) => self.goto(id),
            Action::PrevScreen => self.step_screen(-1),
            Action::NextScreen => self.step_screen(1),
            Action::ToggleLang => self.lang = self.lang.other(),
            Action::Undo => self.undo(),
            Action::Flash(m) => self.flash(m, false),
            Action::ExportBeside => self.export_beside(),
            Action::Open { path, read_only } => self.open(path, read_only),
            Action::NewMeeting => self.new_meeting(),
            Action::RefreshPicker => self.refresh_picker(),
            Action::Effect(effect) => self.run_effect(effect),
            Action::Change(Change::Ballots(BallotOp::Verify { round, .. }))
                if self.scanning_into(round) =>
            {
                self.reply(Reply::Refused(
                    crate::i18n::scan::VERIFY_WHILE_SCANNING.into(),
                ));
            }
            Action::Change(change) => self.change_for_screen(change),
        }
    }

    pub fn flash(&mut self, message: Message, error: bool) {
        self.flash = Some(Flash {
            message,
            error,
            at: self.now,
        });
    }

    fn goto(&mut self, id: ScreenId) {
        if id != ScreenId::Picker && self.doc.is_none() {
            return;
        }
        // A message belongs to the screen it was said on ("not found …" is about that search).
        if id != self.screen {
            self.flash = None;
        }
        self.screen = id;
        let ctx = ctx_of(self.lang, self.now, self.doc.as_ref());
        self.screens.get_mut(id).refresh(&ctx);
    }

    fn step_screen(&mut self, by: isize) {
        let list = ScreenId::MEETING;
        if self.doc.is_none() || list.is_empty() {
            return;
        }
        let at = list.iter().position(|s| *s == self.screen).unwrap_or(0) as isize;
        let n = list.len() as isize;
        let next = list[((at + by).rem_euclid(n)) as usize];
        self.goto(next);
    }

    /// Who and when, for the audit entries of a change made now.
    pub(super) fn stamp(&self) -> Stamp {
        Stamp::new(self.now, self.who.clone())
    }

    /// Applies a change to the record (through `Doc::change`) and keeps its inverse for Ctrl+Z.
    pub(super) fn change(&mut self, change: Change) -> Result<Applied, Message> {
        let stamp = self.stamp();
        let Some(doc) = self.doc.as_mut() else {
            // No meeting is open: there is no record to change.
            return Ok(Applied::default());
        };
        let mut applied = doc.change(change, &stamp, None)?;
        if let Some(inverse) = applied.undo.take() {
            self.undo.entry(self.screen).or_default().push(inverse);
        }
        Ok(applied)
    }

    /// A change the screen in front asked for: its outcome goes back to that screen.
    fn change_for_screen(&mut self, change: Change) {
        let reply = match self.change(change) {
            Ok(applied) => Reply::Applied(applied.made),
            Err(m) => Reply::Refused(m),
        };
        self.reply(reply);
    }

    /// Hands `reply` to the screen in front; what it does not show itself (a refusal, a file
    /// that could not be read) goes to the status line.
    pub(super) fn reply(&mut self, reply: Reply) {
        let ctx = ctx_of(self.lang, self.now, self.doc.as_ref());
        if self.screens.get_mut(self.screen).on_reply(&reply, &ctx) {
            return;
        }
        if let Reply::Refused(m) | Reply::Roster(Err(m)) = reply {
            self.flash(m, true);
        }
    }

    fn undo(&mut self) {
        let Some(inverse) = self.undo.get_mut(&self.screen).and_then(Vec::pop) else {
            self.flash(tui::NOTHING_TO_UNDO.into(), false);
            return;
        };
        let stamp = self.stamp();
        let Some(doc) = &mut self.doc else {
            return;
        };
        let made = match doc.change(inverse, &stamp, Some(tui::UNDO_REASON)) {
            Ok(applied) => {
                self.flash(tui::UNDONE.into(), false);
                applied.made
            }
            Err(m) => {
                self.flash(m, true);
                None
            }
        };
        let ctx = ctx_of(self.lang, self.now, self.doc.as_ref());
        self.screens.get_mut(self.screen).refresh(&ctx);
        // What the undo made (a ballot taken back) goes to the screen like any change's reply,
        // so ballot entry can offer the ballot back for correcting.
        if made.is_some() {
            self.reply(Reply::Applied(made));
        }
    }

    fn quit(&mut self) {
        self.end_intake();
        if self.quit_armed {
            self.should_quit = true;
            return;
        }
        match self.doc.as_mut().map(|d| d.persist.flush(QUIT_FLUSH)) {
            None | Some(Ok(())) => self.should_quit = true,
            Some(Err(m)) => {
                self.quit_armed = true;
                self.flash(tui::quit_save_failed(&m), true);
            }
        }
    }

    fn open(&mut self, path: PathBuf, read_only: bool) {
        self.end_intake();
        match super::open::open(&path, read_only, &self.who, self.now) {
            Ok(doc) => {
                self.doc = Some(doc);
                self.undo.clear();
                self.goto(ScreenId::Header);
            }
            Err(m) => self.flash(m, true),
        }
    }

    fn new_meeting(&mut self) {
        self.end_intake();
        match super::open::create(&self.dir, self.lang, &self.who, self.now) {
            Ok(doc) => {
                self.doc = Some(doc);
                self.undo.clear();
                self.goto(ScreenId::Header);
                self.screens.header.selected = 0;
            }
            Err(m) => self.flash(m, true),
        }
    }

    fn export_beside(&mut self) {
        let Some(doc) = &self.doc else { return };
        let day = self.now.date_naive();
        match crate::export::beside::export_beside(&doc.path, &doc.session, self.lang, day) {
            Ok(written) => self.flash(crate::export::beside::done_message(&written), false),
            Err(m) => self.flash(m, true),
        }
    }

    pub fn refresh_picker(&mut self) {
        let rows = super::open::list(&self.dir, self.now.date_naive());
        self.screens.picker.set_rows(self.dir.clone(), rows);
    }
}

fn global_action(cmd: GlobalCmd) -> Action {
    match cmd {
        GlobalCmd::Quit => Action::Quit,
        GlobalCmd::Help => Action::ShowHelp,
        GlobalCmd::Undo => Action::Undo,
        GlobalCmd::ToggleLang => Action::ToggleLang,
        GlobalCmd::PrevScreen => Action::PrevScreen,
        GlobalCmd::NextScreen => Action::NextScreen,
        GlobalCmd::Goto(id) => Action::Goto(id),
        GlobalCmd::Export => Action::ExportBeside,
    }
}

/// A key press as a terminal sends it (for tests and scripted input).
pub fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}
