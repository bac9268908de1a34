//! The background saver: the terminal hands it snapshots and never waits for the disk. Only the
//! newest snapshot is written; a failed save is retried until it succeeds, and the newest
//! snapshot stays in memory all that time.
//!
//! Snapshots are shared (`Arc<Session>`), not copied: copying the large meeting for every change
//! cost the typist 5–10 ms a keystroke. The saver lets go of a snapshot as soon as it has turned
//! it into text, and the terminal takes back one the saver has not started on ([`Saver::reclaim`])
//! before it changes its own, so the terminal's `Arc::make_mut` seldom has to copy.

use super::error::StoreError;
use super::save::{Disk, RealDisk, serialize, write_with};
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
/// A snapshot waiting longer than this is no longer given back by `reclaim`: changes made back
/// to back must not keep the saver from ever getting one.
pub const RECLAIM_WITHIN: Duration = Duration::from_millis(100);

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
    pending: Option<(u64, Arc<Session>)>,
    /// Since when a snapshot has been waiting for the saver (reclaiming and submitting again
    /// does not reset it; the saver taking one does).
    waiting_since: Option<Instant>,
    /// The submission being written now.
    in_flight: Option<u64>,
    /// The text of a save that failed, kept for the retry unless a newer snapshot comes.
    failed: Option<(u64, Vec<u8>)>,
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
                waiting_since: None,
                in_flight: None,
                failed: None,
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
        self.submit_shared(Arc::new(session));
    }

    /// [`submit`](Self::submit) for a snapshot shared with the caller, who keeps changing its
    /// own copy (with `Arc::make_mut`, after [`reclaim`](Self::reclaim)).
    pub fn submit_shared(&self, session: Arc<Session>) {
        let mut st = self.shared.lock();
        st.submitted += 1;
        st.pending = Some((st.submitted, session));
        st.waiting_since.get_or_insert_with(Instant::now);
        if !matches!(st.status, SaveStatus::Failed { .. } | SaveStatus::Saving) {
            st.status = SaveStatus::Pending;
        }
        drop(st);
        self.shared.changed.notify_all();
    }

    /// Takes back the snapshot waiting to be written, if the saver has not started on it; returns
    /// whether there was one. The caller is about to change the session and submit it again, and
    /// without its shared copy here it can change it in place. Until then `flush` waits only for
    /// what the saver is writing. A snapshot waiting longer than [`RECLAIM_WITHIN`] stays.
    pub fn reclaim(&self) -> bool {
        let mut st = self.shared.lock();
        if st
            .waiting_since
            .is_some_and(|t| t.elapsed() > RECLAIM_WITHIN)
            || st.pending.take().is_none()
        {
            return false;
        }
        let older = st.in_flight.max(st.failed.as_ref().map(|f| f.0));
        st.submitted = st.durable.max(older.unwrap_or(0));
        true
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
            // Short naps: the thread ends within microseconds of being told, and every quit
            // waits for this loop.
            while !t.is_finished() && Instant::now() < give_up {
                std::thread::sleep(Duration::from_micros(200));
            }
            if t.is_finished() {
                let _ = t.join();
            }
        }
    }
}

/// What the saver thread writes next.
enum Job {
    Snapshot(Arc<Session>),
    /// The text of a save that failed, tried again.
    Retry(Vec<u8>),
}

/// A save that failed, with its text when it got as far as having one.
struct Failure {
    error: StoreError,
    text: Option<Vec<u8>>,
}

/// The saver thread: writes each job as it comes, retrying a failed one, until shut down.
fn run(shared: &Shared, path: &Path, disk: &dyn Disk, retry_every: Duration) {
    while let Some((number, job)) = next_job(shared) {
        mark_in_flight(shared, number);
        // The snapshot is let go of here, before the disk: the terminal may change it meanwhile.
        let result = write_job(path, disk, job);
        let mut st = shared.lock();
        st.in_flight = None;
        match result {
            Ok(()) => {
                record_saved(&mut st, number);
                shared.changed.notify_all();
            }
            Err(failure) => {
                record_failure(&mut st, number, failure);
                shared.changed.notify_all();
                if st.shutdown {
                    return;
                }
                wait_to_retry(shared, st, retry_every);
            }
        }
    }
}

/// Waits for the next thing to write: the newest snapshot first, else a failed save's text to
/// retry. `None` when the saver is shut down with nothing left to write.
fn next_job(shared: &Shared) -> Option<(u64, Job)> {
    let mut st = shared.lock();
    loop {
        if let Some((n, s)) = st.pending.take() {
            st.failed = None;
            st.waiting_since = None;
            return Some((n, Job::Snapshot(s)));
        }
        if let Some((n, text)) = st.failed.take() {
            return Some((n, Job::Retry(text)));
        }
        if st.shutdown {
            return None;
        }
        st = shared.wait_for(st, Duration::from_secs(60));
    }
}

/// Marks submission `number` as being written; a failure already showing stays shown until a
/// save succeeds.
fn mark_in_flight(shared: &Shared, number: u64) {
    let mut st = shared.lock();
    st.in_flight = Some(number);
    if !matches!(st.status, SaveStatus::Failed { .. }) {
        st.status = SaveStatus::Saving;
    }
}

/// Turns the job into text and writes it atomically, without holding the lock.
fn write_job(path: &Path, disk: &dyn Disk, job: Job) -> Result<(), Failure> {
    let text = match job {
        Job::Snapshot(session) => serialize(path, &session),
        Job::Retry(text) => Ok(text),
    };
    match text {
        Err(error) => Err(Failure { error, text: None }),
        Ok(text) => write_with(path, &text, disk).map_err(|error| Failure {
            error,
            text: Some(text),
        }),
    }
}

/// Submission `number` reached the disk.
fn record_saved(st: &mut State, number: u64) {
    st.durable = st.durable.max(number);
    st.last_error = None;
    st.status = if st.pending.is_some() {
        SaveStatus::Pending
    } else {
        SaveStatus::Saved { at: Instant::now() }
    };
}

/// Submission `number` failed: keep its text for the retry and show since when saving fails.
fn record_failure(st: &mut State, number: u64, Failure { error, text }: Failure) {
    // Keep this save's text for the retry unless a newer snapshot arrived meanwhile.
    if st.pending.is_none() {
        st.failed = text.map(|t| (number, t));
    }
    let since = match st.status {
        SaveStatus::Failed { since, .. } => since,
        _ => Instant::now(),
    };
    st.status = SaveStatus::Failed {
        message: error.bilingual(),
        since,
    };
    st.last_error = Some(error);
}

/// The pause before a retry: ends after `retry_every`, or early on shutdown or when `flush`
/// asks for a retry now.
fn wait_to_retry<'a>(shared: &'a Shared, mut st: MutexGuard<'a, State>, retry_every: Duration) {
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
