//! Following a meeting file that another copy of pingyi saves: poll its size, modification time
//! and inode, reload when they change, and keep the last good record while the file is briefly
//! unreadable (mid-rename, a network share hiccup, a half-written copy).

use crate::i18n::Message;
use crate::model::Session;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// What identifies one version of the file without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Signature {
    modified: Option<SystemTime>,
    len: u64,
    inode: u64,
}

fn signature(path: &Path) -> std::io::Result<Signature> {
    let m = std::fs::metadata(path)?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&m);
    #[cfg(not(unix))]
    let inode = 0;
    Ok(Signature {
        modified: m.modified().ok(),
        len: m.len(),
        inode,
    })
}

/// Re-reads the file at least this often even when nothing seems changed, for file systems
/// whose modification times are coarse (a rewrite of the same length within one tick).
const REREAD: Duration = Duration::from_secs(3);

pub struct Follower {
    path: PathBuf,
    seen: Option<Signature>,
    last_read: Option<Instant>,
    /// The last record that loaded.
    pub session: Option<Session>,
    /// Why the newest version did not load, and since when; cleared by the next good load.
    pub trouble: Option<(Message, Instant)>,
}

impl Follower {
    pub fn new(path: impl Into<PathBuf>) -> Follower {
        Follower {
            path: path.into(),
            seen: None,
            last_read: None,
            session: None,
            trouble: None,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Looks at the file and reloads it with `load` when it changed. Returns whether what is
    /// shown changed (a new record, or trouble starting or ending).
    pub fn poll<F>(&mut self, now: Instant, load: F) -> bool
    where
        F: Fn(&Path) -> Result<Session, Message>,
    {
        let sig = match signature(&self.path) {
            Ok(s) => s,
            Err(e) => return self.fail(crate::i18n::tui::os_error(&e), now),
        };
        let due = self
            .last_read
            .is_none_or(|t| now.saturating_duration_since(t) >= REREAD);
        if self.seen == Some(sig) && self.trouble.is_none() && !due {
            return false;
        }
        self.last_read = Some(now);
        match load(&self.path) {
            Ok(s) => {
                self.seen = Some(sig);
                let changed = self.session.as_ref() != Some(&s) || self.trouble.is_some();
                self.session = Some(s);
                self.trouble = None;
                changed
            }
            Err(m) => self.fail(m, now),
        }
    }

    fn fail(&mut self, m: Message, now: Instant) -> bool {
        // A file that fails keeps being retried every poll; `seen` is cleared so the next
        // version is read even if it has the old signature.
        self.seen = None;
        match &self.trouble {
            Some((old, _)) if *old == m => false,
            Some((_, since)) => {
                let since = *since;
                self.trouble = Some((m, since));
                true
            }
            None => {
                self.trouble = Some((m, now));
                true
            }
        }
    }
}
