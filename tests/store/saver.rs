//! The background saver: submitting never waits, only the newest snapshot is written, a failing
//! disk is retried until it recovers, and `flush` waits for the newest snapshot to be on disk.

use pingyi::model::Session;
use pingyi::store::{self, Disk, RealDisk, SaveStatus, Saver, StoreError};
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const PATIENCE: Duration = Duration::from_secs(10);

fn snapshot(n: u32) -> Session {
    let mut s = pingyi::demo::town();
    s.header.place = format!("第{n}会议室");
    s
}

fn place_on_disk(path: &Path) -> String {
    store::load(path).unwrap().header.place
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let end = Instant::now() + PATIENCE;
    while !done() {
        assert!(Instant::now() < end, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// A disk whose first write waits until the test lets it go: a slow disk.
struct Slow {
    entered: Mutex<Sender<()>>,
    release: Mutex<Receiver<()>>,
    writes: AtomicU32,
}

impl Disk for Slow {
    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        if self.writes.fetch_add(1, Ordering::SeqCst) == 0 {
            let _ = self.entered.lock().unwrap().send(());
            let _ = self.release.lock().unwrap().recv();
        }
        file.write_all(bytes)
    }
}

/// A disk that is full for its first `failures` writes, then has room again.
struct FullThenFree {
    failures: u32,
    attempts: AtomicU32,
}

impl Disk for FullThenFree {
    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        if self.attempts.fetch_add(1, Ordering::SeqCst) < self.failures {
            return Err(io::Error::from_raw_os_error(libc::ENOSPC));
        }
        RealDisk.write(file, bytes)
    }
}

fn target() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("2010-10-19-wangling-town.json");
    (tmp, path)
}

#[test]
fn only_the_newest_snapshot_is_written_while_the_disk_is_slow() {
    let (_tmp, path) = target();
    let (entered_tx, entered) = channel();
    let (release, release_rx) = channel();
    let disk = Arc::new(Slow {
        entered: Mutex::new(entered_tx),
        release: Mutex::new(release_rx),
        writes: AtomicU32::new(0),
    });
    let saver = Saver::spawn_with(path.clone(), disk.clone(), Duration::from_millis(10));
    assert_eq!(saver.status(), SaveStatus::Idle);
    saver.submit(snapshot(1));
    entered.recv_timeout(PATIENCE).unwrap();
    assert_eq!(saver.status(), SaveStatus::Saving);

    // Typing goes on while the disk is stuck: each submit returns at once.
    let started = Instant::now();
    for n in 2..=40 {
        saver.submit(snapshot(n));
    }
    assert!(started.elapsed() < Duration::from_secs(1));
    release.send(()).unwrap();

    saver.flush(PATIENCE).unwrap();
    assert_eq!(place_on_disk(&path), "第40会议室");
    assert_eq!(
        disk.writes.load(Ordering::SeqCst),
        2,
        "the first, then only the newest"
    );
    assert!(matches!(saver.status(), SaveStatus::Saved { .. }));
}

#[test]
fn a_full_disk_is_retried_until_it_has_room() {
    let (_tmp, path) = target();
    let disk = Arc::new(FullThenFree {
        failures: 3,
        attempts: AtomicU32::new(0),
    });
    let saver = Saver::spawn_with(path.clone(), disk.clone(), Duration::from_millis(20));
    saver.submit(snapshot(1));
    wait_until("the failure to show", || {
        matches!(saver.status(), SaveStatus::Failed { .. })
    });
    let SaveStatus::Failed { message, since } = saver.status() else {
        unreachable!()
    };
    assert!(message.en.contains("disk is full"), "{}", message.en);
    assert!(!path.exists());

    // A change made while failing is the one that finally lands.
    saver.submit(snapshot(2));
    wait_until("the save to succeed", || {
        matches!(saver.status(), SaveStatus::Saved { .. })
    });
    assert_eq!(place_on_disk(&path), "第2会议室");
    assert!(disk.attempts.load(Ordering::SeqCst) >= 4);
    assert!(since.elapsed() < PATIENCE);
    saver.flush(Duration::from_millis(100)).unwrap();
}

#[test]
fn the_failure_stays_shown_while_retrying() {
    let (_tmp, path) = target();
    let disk = Arc::new(FullThenFree {
        failures: 5,
        attempts: AtomicU32::new(0),
    });
    // Success can only come two retry pauses (100 ms) after the last check below saw fewer than
    // four attempts, so the loop cannot mistake a late success for a cleared failure.
    let saver = Saver::spawn_with(path, disk.clone(), Duration::from_millis(50));
    saver.submit(snapshot(1));
    wait_until("the first failure", || {
        disk.attempts.load(Ordering::SeqCst) >= 1
    });
    wait_until("the status", || {
        matches!(saver.status(), SaveStatus::Failed { .. })
    });
    let mut first_since = None;
    while disk.attempts.load(Ordering::SeqCst) < 4 {
        match saver.status() {
            SaveStatus::Failed { since, .. } => {
                assert_eq!(
                    *first_since.get_or_insert(since),
                    since,
                    "since is the first failure"
                );
            }
            other => panic!("the failure must stay shown while retrying, got {other:?}"),
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    saver.flush(PATIENCE).unwrap();
}

#[test]
fn flush_returns_the_failure_when_the_disk_stays_full() {
    let (_tmp, path) = target();
    store::save(&path, &snapshot(0)).unwrap();
    let before = std::fs::read(&path).unwrap();
    let disk = Arc::new(FullThenFree {
        failures: u32::MAX,
        attempts: AtomicU32::new(0),
    });
    let saver = Saver::spawn_with(path.clone(), disk, Duration::from_millis(10));
    saver.submit(snapshot(1));
    let err = saver.flush(Duration::from_millis(200)).unwrap_err();
    assert!(matches!(err, StoreError::DiskFull { .. }), "{err:?}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file on disk is untouched"
    );
}

#[test]
fn flush_with_nothing_submitted_returns_at_once() {
    let (_tmp, path) = target();
    let saver = Saver::spawn(path.clone());
    saver.flush(Duration::from_millis(1)).unwrap();
    assert!(!path.exists());
}

#[test]
fn dropping_the_saver_writes_the_last_snapshot() {
    let (_tmp, path) = target();
    let saver = Saver::spawn(path.clone());
    for n in 1..=5 {
        saver.submit(snapshot(n));
    }
    drop(saver);
    assert_eq!(place_on_disk(&path), "第5会议室");
}
