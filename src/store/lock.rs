//! The lock beside a session file (`X.json.lock`) that stops two copies of pingyi editing one
//! meeting. It records who holds it; a lock left by a process that died on this host is taken
//! over, a lock from another host is always respected (we cannot see its processes).

use super::error::{IoAction, StoreError};
use super::save::{folder_of, sync_folder};
use crate::i18n::Lang;
use crate::model::Timestamp;
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Who holds a lock: written into the lock file as JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockInfo {
    pub host: String,
    pub pid: u32,
    pub who: String,
    pub since: Timestamp,
}

/// Why a lock was not granted.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LockError {
    /// Someone else is editing; open read-only and show them.
    #[error("{}", held_sentence(.0))]
    Held(LockInfo),
    /// The lock file, or its folder, could not be read or written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl LockError {
    /// One sentence about the lock on `session`, in `lang`.
    pub fn message(&self, session: &Path, lang: Lang) -> String {
        self.to_store_error(session).message(lang)
    }

    /// As a [`StoreError`] for `session` (the command line reports every failure as one).
    pub fn to_store_error(&self, session: &Path) -> StoreError {
        match self {
            LockError::Held(info) => StoreError::LockHeld {
                path: session.to_path_buf(),
                info: info.clone(),
            },
            LockError::Store(e) => e.clone(),
        }
    }
}

fn held_sentence(info: &LockInfo) -> String {
    LockError::Held(info.clone()).message(Path::new("the session"), Lang::En)
}

/// The lock file for a session: `X.json.lock` beside `X.json`.
pub fn lock_path(session: &Path) -> PathBuf {
    let mut name = session.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    session.with_file_name(name)
}

/// A held lock; dropping it removes the lock file.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    info: LockInfo,
}

/// How many times a stale lock is cleared and creation retried before giving up; more than one
/// only matters when another pingyi is taking over the same stale lock at the same moment.
const TAKEOVER_ATTEMPTS: usize = 3;

impl Lock {
    /// Takes the lock on the session at `session` for `who`, from `now`.
    pub fn acquire(session: &Path, who: &str, now: Timestamp) -> Result<Lock, LockError> {
        let info = LockInfo {
            host: this_host(),
            pid: std::process::id(),
            who: who.to_string(),
            since: now,
        };
        Lock::acquire_as(session, info)
    }

    /// Takes the lock with the given holder (tests play other processes and hosts through it).
    pub fn acquire_as(session: &Path, info: LockInfo) -> Result<Lock, LockError> {
        let path = lock_path(session);
        let dir = folder_of(session);
        let text = serde_json::to_vec_pretty(&info).map_err(|e| StoreError::Io {
            path: path.clone(),
            action: IoAction::Lock,
            kind: io::ErrorKind::InvalidData,
            detail: e.to_string(),
        })?;
        for _ in 0..TAKEOVER_ATTEMPTS {
            match place_new(&dir, &path, &text, Durability::NotNeeded) {
                Ok(()) => return Ok(Lock { path, info }),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(StoreError::from_io(&e, &path, &dir, IoAction::Create).into()),
            }
            let (held, raw) = read_lock(&path, &dir)?;
            let Some(held) = held else { continue };
            if !is_stale(&held, &info.host) {
                return Err(LockError::Held(held));
            }
            // Remove the stale lock only if it is still the one we judged: another pingyi may
            // have taken it over in between.
            if fs::read(&path).ok().as_deref() == Some(&raw[..]) {
                let _ = fs::remove_file(&path);
            }
        }
        match read_lock(&path, &dir)? {
            (Some(held), _) => Err(LockError::Held(held)),
            (None, _) => Err(StoreError::from_io(
                &io::Error::from(io::ErrorKind::AlreadyExists),
                &path,
                &dir,
                IoAction::Lock,
            )
            .into()),
        }
    }

    /// Who holds this lock (this process).
    pub fn info(&self) -> &LockInfo {
        &self.info
    }

    /// The lock file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Leave the file alone if it is no longer ours (someone judged it stale and took over).
        let ours = fs::read(&self.path)
            .ok()
            .and_then(|b| serde_json::from_slice::<LockInfo>(&b).ok())
            .is_some_and(|held| held == self.info);
        if ours {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Reads the lock file: `(None, _)` when it vanished meanwhile; an error when it is not a lock
/// pingyi wrote (we will not guess whether such a file may be removed).
fn read_lock(path: &Path, dir: &Path) -> Result<(Option<LockInfo>, Vec<u8>), StoreError> {
    let raw = match fs::read(path) {
        Ok(raw) => raw,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((None, Vec::new())),
        Err(e) => return Err(StoreError::from_io(&e, path, dir, IoAction::Read)),
    };
    match serde_json::from_slice::<LockInfo>(&raw) {
        Ok(info) => Ok((Some(info), raw)),
        Err(_) => Err(StoreError::LockUnreadable {
            lock: path.to_path_buf(),
        }),
    }
}

/// A lock is stale when its process is gone; only processes on this host can be checked.
fn is_stale(held: &LockInfo, host: &str) -> bool {
    held.host == host && !process_alive(held.pid)
}

fn this_host() -> String {
    gethostname::gethostname().to_string_lossy().into_owned()
}

/// Whether a process with this pid exists on this host.
#[cfg(unix)]
pub fn process_alive(pid: u32) -> bool {
    // 0 and values past i32::MAX would address process groups or every process; no real process
    // has them, so a lock naming one is stale.
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    if pid <= 0 {
        return false;
    }
    // SAFETY: signal 0 performs only the existence and permission check; nothing is sent.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

/// Without a way to ask, every lock is treated as live.
#[cfg(not(unix))]
pub fn process_alive(_pid: u32) -> bool {
    true
}

/// Whether a new file must reach the disk before `place_new` returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Durability {
    /// A new meeting file: flushed, and its folder too.
    Durable,
    /// A lock file: other processes see it (and the link is atomic) without a flush, and after a
    /// crash a lock that never reached the disk is simply not there. The two flushes cost 10–40 ms
    /// before the first frame on a busy disk.
    NotNeeded,
}

/// Creates `target` with `bytes` in it, failing with `AlreadyExists` if it is there. The text is
/// written to a temporary file first and linked into place, so no one ever reads a half-written
/// file; file systems without hard links fall back to `create_new`.
pub(crate) fn place_new(
    dir: &Path,
    target: &Path,
    bytes: &[u8],
    durability: Durability,
) -> io::Result<()> {
    let durable = durability == Durability::Durable;
    let mut tmp = tempfile::Builder::new()
        .prefix(".pingyi-new.")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    if durable {
        tmp.as_file().sync_all()?;
    }
    match fs::hard_link(tmp.path(), target) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Err(e),
        Err(_) => {
            let mut f = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(target)?;
            f.write_all(bytes)?;
            if durable {
                f.sync_all()?;
            }
        }
    }
    if durable {
        sync_folder(dir)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_is_alive_and_nonsense_pids_are_not() {
        assert!(process_alive(std::process::id()));
        assert!(!process_alive(0));
        assert!(!process_alive(u32::MAX));
    }

    #[test]
    fn lock_sits_beside_the_file() {
        assert_eq!(
            lock_path(Path::new("/s/a.json")),
            Path::new("/s/a.json.lock")
        );
    }
}
