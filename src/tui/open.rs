//! Opening, creating and listing meeting files for the application: the store does the disk
//! work; this turns its results into a `Doc` (with its lock and background saver) or a message.

use super::doc::{Doc, Persist, ReadOnly, SaveView};
use super::screens::picker::PickerRow;
use crate::archive::MeetingSummary;
use crate::i18n::{Lang, Message};
use crate::model::{Session, Timestamp};
use crate::store::{self, Lock, LockError, SaveStatus, Saver};
use chrono::NaiveDate;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// Saving through the store's background saver, holding the file's lock while open.
struct StorePersist {
    // Field order matters: the saver flushes on drop before the lock is released.
    saver: Saver,
    _lock: Lock,
}

impl Persist for StorePersist {
    fn submit(&mut self, session: &Arc<Session>) {
        self.saver.submit_shared(Arc::clone(session));
    }

    fn reclaim(&mut self) -> bool {
        self.saver.reclaim()
    }

    fn status(&self) -> SaveView {
        match self.saver.status() {
            SaveStatus::Idle | SaveStatus::Saved { .. } => SaveView::Saved,
            SaveStatus::Pending => SaveView::Pending,
            SaveStatus::Saving => SaveView::Saving,
            SaveStatus::Failed { message, .. } => SaveView::Failed(message),
        }
    }

    fn flush(&mut self, timeout: Duration) -> Result<(), Message> {
        self.saver.flush(timeout).map_err(|e| e.bilingual())
    }
}

/// Loads a meeting; read-write when its lock can be taken, else read-only saying why.
pub fn open(path: &Path, read_only: bool, who: &str, now: Timestamp) -> Result<Doc, Message> {
    let session = store::load(path).map_err(|e| e.bilingual())?;
    let path_buf = path.to_path_buf();
    if read_only {
        return Ok(Doc::read_only(session, path_buf, ReadOnly::Review));
    }
    match Lock::acquire(path, who, now) {
        Ok(lock) => {
            let saver = Saver::spawn(path_buf.clone());
            Ok(Doc::new(
                session,
                path_buf,
                Box::new(StorePersist { saver, _lock: lock }),
            ))
        }
        Err(e @ LockError::Held(_)) => {
            let why = e.to_store_error(path).bilingual();
            Ok(Doc::read_only(session, path_buf, ReadOnly::Locked(why)))
        }
        Err(LockError::Store(e)) => Ok(Doc::read_only(
            session,
            path_buf,
            ReadOnly::Unwritable(e.bilingual()),
        )),
    }
}

/// Starts a new meeting file in `dir` and opens it.
pub fn create(dir: &Path, lang: Lang, who: &str, now: Timestamp) -> Result<Doc, Message> {
    let mut session = Session::new(now, lang);
    session.date_today_by_default(&crate::model::Stamp::new(now, who));
    let path = store::create(dir, &session).map_err(|e| e.bilingual())?;
    open(&path, false, who, now)
}

/// The picker's rows for `dir`: every meeting file, newest first, with the archive's columns
/// (overdue reckoned as of `today`); broken files with their reason.
pub fn list(dir: &Path, today: NaiveDate) -> Vec<PickerRow> {
    store::list_with(dir, |path, s| {
        MeetingSummary::of(path.to_path_buf(), s, today)
    })
    .into_iter()
    .map(|(l, archive)| match l.summary {
        Ok(s) => PickerRow {
            path: l.path,
            date: s.date,
            title: s.title,
            state: Message::new(s.state.label(Lang::Zh), s.state.label(Lang::En)),
            broken: false,
            archive,
        },
        Err(e) => PickerRow {
            path: l.path,
            date: None,
            title: String::new(),
            state: e.bilingual(),
            broken: true,
            archive: None,
        },
    })
    .collect()
}
