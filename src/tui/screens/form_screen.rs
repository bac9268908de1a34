//! Screens with a form that may be open over them (agenda, attendance, report, suggestions,
//! ledger): the form takes every key while it is open, and the app's reply to its change
//! closes it or puts the refusal in it.

use super::{Ctx, Outcome};
use crate::i18n::Lang;
use crate::tui::action::Reply;
use crate::tui::keys;
use crate::tui::widgets::form::{Form, FormEvent};
use crossterm::event::KeyEvent;

/// A screen with a form that may be open over it (agenda, attendance, report, suggestions,
/// ledger). While the form is open it takes every key and paste: Enter on the last field or
/// Ctrl+S submits through the screen, Esc drops the form. The screens call the provided methods
/// first and fall back to their own keys when they answer `None`.
pub(super) trait FormScreen {
    /// What the open form edits (a new entry, an existing one, …).
    type Editing;

    fn form_slot(&self) -> &Option<(Self::Editing, Form)>;

    fn form_slot_mut(&mut self) -> &mut Option<(Self::Editing, Form)>;

    /// Turns the open form into an action; the form stays open until the app's reply says
    /// whether the change was taken (see `form_reply`).
    fn submit_form(&mut self, ctx: &Ctx) -> Outcome;

    /// After the form's change was taken and the form closed: select what was added, clear a
    /// search, ….
    fn form_done(&mut self, _editing: Self::Editing, _ctx: &Ctx) {}

    /// The app's reply to the form's change: taken, the form closes; refused, the reason goes
    /// under the fields and what was typed stays. `false` when no form is open.
    fn form_reply(&mut self, reply: &Reply, ctx: &Ctx) -> bool {
        let Some((_, form)) = self.form_slot_mut().as_mut() else {
            return false;
        };
        match reply {
            Reply::Refused(m) => {
                form.error = Some(m.clone());
                true
            }
            Reply::Applied(_) => {
                if let Some((editing, _)) = self.form_slot_mut().take() {
                    self.form_done(editing, ctx);
                }
                true
            }
            Reply::Roster(_) | Reply::Crops(_) => false,
        }
    }

    /// The open form's answer to a key; `None` when no form is open.
    fn form_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Option<Outcome> {
        let (_, form) = self.form_slot_mut().as_mut()?;
        Some(match form.on_key(key) {
            FormEvent::Submit => self.submit_form(ctx),
            FormEvent::Cancel => {
                *self.form_slot_mut() = None;
                Outcome::Consumed
            }
            FormEvent::Editing => Outcome::Consumed,
        })
    }

    /// Pasted text goes into the open form's field; `None` when no form is open.
    fn form_paste(&mut self, text: &str) -> Option<Outcome> {
        let (_, form) = self.form_slot_mut().as_mut()?;
        form.on_paste(text);
        Some(Outcome::Consumed)
    }

    fn form_open(&self) -> bool {
        self.form_slot().is_some()
    }

    /// The hint line while a form is open (how to move, submit, drop), from the form key
    /// table; `None` when none is.
    fn form_hint(&self, lang: Lang) -> Option<String> {
        self.form_open()
            .then(|| keys::hint(keys::form::KEYS, keys::form::HINT, lang))
    }
}

/// The `Screen` methods a screen with a form over its own key table shares with the others
/// (agenda, report, suggestions, ledger): the form first, then the table; a key changes the
/// record only when no form is open and its command does; the form's hint, else the screen's.
/// Used inside `impl Screen for …` as `form_screen_methods!(keys::agenda::KEYS, AgendaCmd, HINT)`.
macro_rules! form_screen_methods {
    ($keys:expr, $cmd:ty, $hint:expr) => {
        fn on_reply(
            &mut self,
            reply: &$crate::tui::action::Reply,
            ctx: &$crate::tui::screens::Ctx,
        ) -> bool {
            self.form_reply(reply, ctx)
        }

        fn changes_record(
            &self,
            key: &::crossterm::event::KeyEvent,
            _ctx: &$crate::tui::screens::Ctx,
        ) -> bool {
            !self.form_open()
                && $crate::tui::keys::lookup($keys, key).is_some_and(<$cmd>::changes_record)
        }

        fn on_key(
            &mut self,
            key: ::crossterm::event::KeyEvent,
            ctx: &$crate::tui::screens::Ctx,
        ) -> $crate::tui::screens::Outcome {
            if let Some(outcome) = self.form_key(key, ctx) {
                return outcome;
            }
            match $crate::tui::keys::lookup($keys, &key) {
                Some(cmd) => self.command(cmd, ctx),
                None => $crate::tui::screens::Outcome::Ignored,
            }
        }

        fn on_paste(
            &mut self,
            text: &str,
            _ctx: &$crate::tui::screens::Ctx,
        ) -> $crate::tui::screens::Outcome {
            self.form_paste(text)
                .unwrap_or($crate::tui::screens::Outcome::Ignored)
        }

        fn editing(&self) -> bool {
            self.form_open()
        }

        fn hint(&self, lang: $crate::i18n::Lang) -> String {
            self.form_hint(lang)
                .unwrap_or_else(|| $hint.get(lang).into())
        }
    };
}
pub(super) use form_screen_methods;
