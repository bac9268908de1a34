//! The open meeting: its record, its file, whether it may be changed, and how it reaches the disk.

use super::ops::{Applied, Change};
use crate::i18n::{Lang, Message, Text, tui};
use crate::model::{Session, Stamp};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Why a meeting is open read-only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadOnly {
    /// `pingyi review` or `r` in the picker.
    Review,
    /// Another copy of pingyi holds the lock: who, where, since when.
    Locked(Message),
    /// The lock could not be written (a read-only folder or medium): nothing could be saved.
    Unwritable(Message),
}

/// What the status line says about saving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveView {
    Saved,
    Pending,
    Saving,
    Failed(Message),
}

impl SaveView {
    pub fn label(&self, lang: Lang) -> String {
        match self {
            SaveView::Saved => tui::SAVE_SAVED.get(lang).to_string(),
            SaveView::Pending => tui::SAVE_PENDING.get(lang).to_string(),
            SaveView::Saving => tui::SAVE_SAVING.get(lang).to_string(),
            SaveView::Failed(m) => format!(
                "{}: {} ({})",
                tui::SAVE_FAILED.get(lang),
                m.get(lang),
                tui::SAVE_RETRYING.get(lang)
            ),
        }
    }
}

/// Where changes go: the store's background saver, or memory in tests.
///
/// The state is shared, not copied: `submit` keeps a clone of the `Arc`, and `reclaim` gives
/// back one not yet used, so the app can change its session in place (`Arc::make_mut`) instead
/// of copying a large meeting for every change.
pub trait Persist {
    /// Hands over the newest state; never blocks on the disk.
    fn submit(&mut self, session: &Arc<Session>);
    /// Gives back a submitted state not yet used, because a newer one follows; returns whether
    /// there was one (then the caller must submit again, even if its change is refused).
    fn reclaim(&mut self) -> bool {
        false
    }
    fn status(&self) -> SaveView;
    /// Waits until the newest state is durable, at most `timeout`.
    fn flush(&mut self, timeout: Duration) -> Result<(), Message>;
}

/// Keeps every submitted state in memory (tests and the read-only case).
#[derive(Debug, Default)]
pub struct MemoryPersist {
    pub submitted: usize,
    pub last: Option<Arc<Session>>,
    /// When set, saving "fails" with this message (to test the failure path).
    pub fail_with: Option<Message>,
}

impl Persist for MemoryPersist {
    fn submit(&mut self, session: &Arc<Session>) {
        self.submitted += 1;
        self.last = Some(Arc::clone(session));
    }

    fn reclaim(&mut self) -> bool {
        self.last.take().is_some()
    }

    fn status(&self) -> SaveView {
        match &self.fail_with {
            Some(m) => SaveView::Failed(m.clone()),
            None => SaveView::Saved,
        }
    }

    fn flush(&mut self, _timeout: Duration) -> Result<(), Message> {
        match &self.fail_with {
            Some(m) => Err(m.clone()),
            None => Ok(()),
        }
    }
}

/// The meeting in front of the user.
pub struct Doc {
    /// Shared with the saver; change it through `App::update` only.
    pub session: Arc<Session>,
    pub path: PathBuf,
    pub read_only: Option<ReadOnly>,
    pub persist: Box<dyn Persist>,
    /// Scans being read into a round (or the last run, kept to show what it did).
    pub intake: Option<super::intake::Intake>,
}

impl Doc {
    pub fn new(session: Session, path: PathBuf, persist: Box<dyn Persist>) -> Doc {
        Doc {
            session: Arc::new(session),
            path,
            read_only: None,
            persist,
            intake: None,
        }
    }

    pub fn read_only(session: Session, path: PathBuf, why: ReadOnly) -> Doc {
        Doc {
            session: Arc::new(session),
            path,
            read_only: Some(why),
            persist: Box::new(MemoryPersist::default()),
            intake: None,
        }
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    /// The one place the record changes: refused when read-only; otherwise applied through the
    /// model's audited methods, handed to the saver, and (with `reason`, e.g. "undo") each new
    /// audit entry says why, in the meeting's language.
    pub fn change(
        &mut self,
        change: Change,
        stamp: &Stamp,
        reason: Option<Text>,
    ) -> Result<Applied, Message> {
        if self.is_read_only() {
            return Err(tui::READ_ONLY_REFUSED.into());
        }
        // With the saver's unused copy taken back, the session is changed in place, not copied.
        let reclaimed = self.persist.reclaim();
        let session = Arc::make_mut(&mut self.session);
        let before = session.audit.len();
        let result = change.apply(session, stamp);
        if result.is_ok()
            && let Some(reason) = reason
        {
            let why = reason.get(session.lang);
            for entry in session.audit.iter_mut().skip(before) {
                entry.reason = Some(why.to_string());
            }
        }
        // A reclaimed copy must be handed over again even when the change was refused.
        if result.is_ok() || reclaimed {
            self.persist.submit(&self.session);
        }
        result
    }

    /// What the status line shows for this document's saving.
    pub fn save_view(&self, lang: Lang) -> String {
        match &self.read_only {
            Some(ReadOnly::Review) => tui::READ_ONLY_REVIEW.get(lang).to_string(),
            Some(ReadOnly::Locked(m) | ReadOnly::Unwritable(m)) => {
                format!("{}: {}", tui::READ_ONLY.get(lang), m.get(lang))
            }
            None => self.persist.status().label(lang),
        }
    }
}
