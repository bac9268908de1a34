//! Faults: a full or read-only disk, SIGKILL mid-meeting, two copies on one file.
//!
//! One test binary per area (a binary each for 45 files cost most of CI's link time); each
//! module is one former test file.

#[path = "../common/mod.rs"]
mod common;

mod disk;
mod kill;
mod lock;

/// The tests that run copies of pingyi against the clock take turns: two copies saving at once
/// on 2 cores would measure the machine, not pingyi.
pub fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());
    TURN.lock().unwrap_or_else(|e| e.into_inner())
}
