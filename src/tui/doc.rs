//! The open meeting: its record, its file, whether it may be changed, and how it reaches the disk.

use crate::i18n::{Lang, Message, tui as s};
use crate::model::Session;
use std::path::PathBuf;
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
            SaveView::Saved => s::SAVE_SAVED.get(lang).to_string(),
            SaveView::Pending => s::SAVE_PENDING.get(lang).to_string(),
            SaveView::Saving => s::SAVE_SAVING.get(lang).to_string(),
            SaveView::Failed(m) => format!(
                "{}: {} ({})",
                s::SAVE_FAILED.get(lang),
                m.get(lang),
                s::SAVE_RETRYING.get(lang)
            ),
        }
    }
}

/// Where changes go: the store's background saver, or memory in tests.
pub trait Persist {
    /// Hands over the newest state; never blocks on the disk.
    fn submit(&mut self, session: &Session);
    fn status(&self) -> SaveView;
    /// Waits until the newest state is durable, at most `timeout`.
    fn flush(&mut self, timeout: Duration) -> Result<(), Message>;
}

/// Keeps every submitted state in memory (tests and the read-only case).
#[derive(Debug, Default)]
pub struct MemoryPersist {
    pub submitted: usize,
    pub last: Option<Session>,
    /// When set, saving "fails" with this message (to test the failure path).
    pub fail_with: Option<Message>,
}

impl Persist for MemoryPersist {
    fn submit(&mut self, session: &Session) {
        self.submitted += 1;
        self.last = Some(session.clone());
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
    pub session: Session,
    pub path: PathBuf,
    pub read_only: Option<ReadOnly>,
    pub persist: Box<dyn Persist>,
}

impl Doc {
    pub fn new(session: Session, path: PathBuf, persist: Box<dyn Persist>) -> Doc {
        Doc {
            session,
            path,
            read_only: None,
            persist,
        }
    }

    pub fn read_only(session: Session, path: PathBuf, why: ReadOnly) -> Doc {
        Doc {
            session,
            path,
            read_only: Some(why),
            persist: Box::new(MemoryPersist::default()),
        }
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    /// What the status line shows for this document's saving.
    pub fn save_view(&self, lang: Lang) -> String {
        match &self.read_only {
            Some(ReadOnly::Review) => s::READ_ONLY_REVIEW.get(lang).to_string(),
            Some(ReadOnly::Locked(m) | ReadOnly::Unwritable(m)) => {
                format!("{}: {}", s::READ_ONLY.get(lang), m.get(lang))
            }
            None => self.persist.status().label(lang),
        }
    }
}
