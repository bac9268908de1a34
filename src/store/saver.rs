//! The background saver: the terminal hands it snapshots and never waits for the disk. Only the
//! newest snapshot is written; a failed save is retried until it succeeds, and the newest
//! snapshot stays in memory all that time.

use super::error::StoreError;
use super::save::{Disk, RealDisk, save_with};
use crate::i18n::{Message, store as msg};
use crate::model::Session;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How often a failed save is tried again.
pub const RETRY_EVERY: Duration = Duration::from_secs(1);
/// How long dropping a `Saver` waits for the last snapshot to reach the disk.
pub const DROP_WAIT: Duration = Duration::from_secs(3);

/// What the status line shows about saving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing submitted yet.
    Idle,
    /// A snapshot waits to be written.
    Pending,
    /// A snapshot is being written.
    Saving,
    /// The newest snapshot is on disk since `at`.
    Saved { at: Instant },
    /// Saving fails since `since` and is being retried; `message` says why.
    Failed { message: Message, since: Instant },
}

struct State {
    /// The newest snapshot not yet on disk, with its submission number.
    pending: Option<(u64, Session)>,
    /// Number of the newest submission.
    submitted: u64,
    /// Number of the newest submission known to be on disk.
    durable: u64,
    status: SaveStatus,
    last_error: Option<StoreError>,
    /// `flush` asks for a retry now rather than at the end of the retry pause.
    retry_now: bool,
    shutdown: bool,
}

struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic on the saver thread cannot leave the state half changed (every change is a
        // plain assignment), so a poisoned lock is still good to use.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn wait_for<'a>(&self, g: MutexGuard<'a, State>, d: Duration) -> MutexGuard<'a, State> {
        match self.changed.wait_timeout(g, d) {
            Ok((g, _)) => g,
            Err(e) => e.into_inner().0,
        }
    }
}

/// Saves one session file on its own thread.
pub struct Saver {
    path: PathBuf,
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Saver {
    /// Starts saving to `path` on the real disk.
    pub fn spawn(path: PathBuf) -> Saver {
        Saver::spawn_with(path, Arc::new(RealDisk), RETRY_EVERY)
    }

    /// Starts saving with the disk steps and retry pause given (tests inject failures).
    pub fn spawn_with(path: PathBuf, disk: Arc<dyn Disk>, retry_every: Duration) -> Saver {
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                pending: None,
                submitted: 0,
                durable: 0,
                status: SaveStatus::Idle,
                last_error: None,
                retry_now: false,
                shutdown: false,
            }),
            changed: Condvar::new(),
        });
        let worker = Arc::clone(&shared);
        let target = path.clone();
        let thread = std::thread::Builder::new()
            .name("pingyi-saver".to_string())
            .spawn(move || run(&worker, &target, &*disk, retry_every))
            .ok();
        let saver = Saver {
            path,
            shared,
            thread,
        };
        if saver.thread.is_none() {
            // Without a thread nothing would ever be written; say so where saving is shown.
            let mut st = saver.shared.lock();
            st.status = SaveStatus::Failed {
                message: msg::SAVER_NOT_STARTED.into(),
                since: Instant::now(),
            };
        }
        saver
    }

    /// The file this saver writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Hands over a snapshot to save; returns at once. A snapshot still waiting is replaced.
    pub fn submit(&self, session: Session) {
        let mut st = self.shared.lock();
        st.submitted += 1;
        st.pending = Some((st.submitted, session));
        if !matches!(st.status, SaveStatus::Failed { .. } | SaveStatus::Saving) {
            st.status = SaveStatus::Pending;
        }
        drop(st);
        self.shared.changed.notify_all();
    }

    pub fn status(&self) -> SaveStatus {
        self.shared.lock().status.clone()
    }

    /// Waits until the newest snapshot submitted so far is on disk, at most `timeout`. On time-out
    /// it returns the last save failure if there is one, else `SaveTimedOut`.
    pub fn flush(&self, timeout: Duration) -> Result<(), StoreError> {
        let deadline = Instant::now() + timeout;
        let mut st = self.shared.lock();
        let target = st.submitted;
        st.retry_now = true;
        self.shared.changed.notify_all();
        while st.durable < target {
            let now = Instant::now();
            if now >= deadline || self.thread.is_none() {
                return Err(st.last_error.clone().unwrap_or(StoreError::SaveTimedOut {
                    path: self.path.clone(),
                    waited: timeout,
                }));
            }
            st = self.shared.wait_for(st, deadline - now);
        }
        Ok(())
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        let _ = self.flush(DROP_WAIT);
        self.shared.lock().shutdown = true;
        self.shared.changed.notify_all();
        if let Some(t) = self.thread.take() {
            // A thread stuck in a slow write is left to finish on its own rather than hanging
            // the quit; the save is atomic, so cutting it short cannot damage the file.
            let give_up = Instant::now() + Duration::from_millis(500);
            while !t.is_finished() && Instant::now() < give_up {
                std::thread::sleep(Duration::from_millis(5));
            }
            if t.is_finished() {
                let _ = t.join();
            }
        }
    }
}

fn run(shared: &Shared, path: &Path, disk: &dyn Disk, retry_every: Duration) {
    loop {
        let (number, session) = {
            let mut st = shared.lock();
            loop {
                if let Some(p) = st.pending.take() {
                    break p;
                }
                if st.shutdown {
                    return;
                }
                st = shared.wait_for(st, Duration::from_secs(60));
            }
        };
        {
            let mut st = shared.lock();
            if !matches!(st.status, SaveStatus::Failed { .. }) {
                st.status = SaveStatus::Saving;
            }
        }
        let result = save_with(path, &session, disk);
        let mut st = shared.lock();
        match result {
            Ok(()) => {
                st.durable = st.durable.max(number);
                st.last_error = None;
                st.status = if st.pending.is_some() {
                    SaveStatus::Pending
                } else {
                    SaveStatus::Saved { at: Instant::now() }
                };
                shared.changed.notify_all();
            }
            Err(e) => {
                // Keep this snapshot for the retry unless a newer one arrived meanwhile.
                if st.pending.is_none() {
                    st.pending = Some((number, session));
                }
                let since = match st.status {
                    SaveStatus::Failed { since, .. } => since,
                    _ => Instant::now(),
                };
                st.status = SaveStatus::Failed {
                    message: e.bilingual(),
                    since,
                };
                st.last_error = Some(e);
                shared.changed.notify_all();
                if st.shutdown {
                    return;
                }
                let resume = Instant::now() + retry_every;
                st.retry_now = false;
                while !st.shutdown && !st.retry_now {
                    let now = Instant::now();
                    if now >= resume {
                        break;
                    }
                    st = shared.wait_for(st, resume - now);
                }
                st.retry_now = false;
            }
        }
    }
}
