//! A disk that fails under a meeting in progress: full, or its folder turned read-only. The app
//! keeps every change in memory, says on its status line that saving fails, leaves the file on
//! disk exactly as it was, and saves everything once the disk is back (the earlier version
//! kept as the backup). First with the store's injectable `Disk`, then, where this machine lets
//! a test mount one, with a real tmpfs that fills up and is remounted read-only.
//!
//! Also the hand-over the saver and the app share: the saver lets go of a snapshot before it
//! waits for the disk, and gives back one it has not started on.

use crate::common::meeting;
use crossterm::event::KeyCode;
use pingyi::i18n::{Lang, Message};
use pingyi::model::Session;
use pingyi::store::{Disk, RealDisk, SaveStatus, Saver};
use pingyi::tui::app::App;
use pingyi::tui::doc::{Doc, Persist, SaveView};
use pingyi::tui::testing::{draw, meeting_time, press, type_str};
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU8, AtomicU32, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tempfile::NamedTempFile;

const PATIENCE: Duration = Duration::from_secs(10);

/// The disk as it is, or full (writes fail), or read-only (no file can be made).
#[derive(Default)]
struct Switchable(AtomicU8);

const WORKING: u8 = 0;
const FULL: u8 = 1;
const READ_ONLY: u8 = 2;

impl Switchable {
    fn set(&self, state: u8) {
        self.0.store(state, Ordering::SeqCst);
    }
}

impl Disk for Switchable {
    fn create_temp(&self, dir: &Path, name: &str) -> io::Result<NamedTempFile> {
        if self.0.load(Ordering::SeqCst) == READ_ONLY {
            return Err(io::Error::from_raw_os_error(libc::EROFS));
        }
        RealDisk.create_temp(dir, name)
    }

    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        if self.0.load(Ordering::SeqCst) == FULL {
            return Err(io::Error::from_raw_os_error(libc::ENOSPC));
        }
        RealDisk.write(file, bytes)
    }
}

/// The store's saver behind the app, as `pingyi open` wires it, on the disk given.
struct SaverPersist(Saver);

impl Persist for SaverPersist {
    fn submit(&mut self, session: &Arc<Session>) {
        self.0.submit_shared(Arc::clone(session));
    }

    fn reclaim(&mut self) -> bool {
        self.0.reclaim()
    }

    fn status(&self) -> SaveView {
        match self.0.status() {
            SaveStatus::Idle | SaveStatus::Saved { .. } => SaveView::Saved,
            SaveStatus::Pending => SaveView::Pending,
            SaveStatus::Saving => SaveView::Saving,
            SaveStatus::Failed { message, .. } => SaveView::Failed(message),
        }
    }

    fn flush(&mut self, timeout: Duration) -> Result<(), Message> {
        self.0.flush(timeout).map_err(|e| e.bilingual())
    }
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let end = Instant::now() + PATIENCE;
    while !done() {
        assert!(Instant::now() < end, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn app_on(path: &Path, persist: Box<dyn Persist>) -> App {
    let session = pingyi::store::load(path).expect("the meeting loads");
    let doc = Doc::new(session, path.to_path_buf(), persist);
    let mut app = App::with_doc(Lang::Zh, "记录人", doc, meeting_time(9, 0));
    press(&mut app, KeyCode::F(4));
    app
}

fn check_in(app: &mut App, name: &str) {
    type_str(app, name);
    press(app, KeyCode::Enter);
}

fn present_in_memory(app: &App) -> usize {
    app.doc
        .as_ref()
        .map_or(0, |d| d.session.attendance.counts().total.present as usize)
}

fn status_line(app: &App) -> String {
    let t = draw(app, 200, 50);
    let buf = t.backend().buffer();
    let row = buf.area.height - 1;
    // A wide character's second cell holds nothing of its own.
    let mut line = String::new();
    let mut x = 0;
    while x < buf.area.width {
        let symbol = buf[(x, row)].symbol();
        line.push_str(symbol);
        x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
    }
    line
}

fn temporary_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .expect("the folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "tmp"))
        .collect()
}

/// While the disk fails, every change stays in memory and on the status line, the file stays
/// as it was; once the disk is back, all of it is saved and the earlier file is the backup.
fn rides_out(app: &mut App, path: &Path, fail: impl Fn(), recover: impl Fn(), names: &[String]) {
    let before = std::fs::read(path).expect("the file");
    let on_disk = meeting::present(path).len();
    fail();
    for name in names {
        check_in(app, name);
    }
    assert_eq!(present_in_memory(app), on_disk + names.len());
    wait_until("the failure to show", || {
        matches!(
            app.doc.as_ref().map(|d| d.persist.status()),
            Some(SaveView::Failed(_))
        )
    });
    let line = status_line(app);
    assert!(line.contains("保存失败"), "the status line says so: {line}");
    assert_eq!(
        std::fs::read(path).expect("the file"),
        before,
        "the file is untouched"
    );
    assert!(temporary_files(path.parent().expect("a folder")).is_empty());
    recover();
    wait_until("the save once the disk is back", || {
        meeting::present(path).len() == on_disk + names.len()
    });
    if let Some(doc) = app.doc.as_mut() {
        doc.persist.flush(PATIENCE).expect("saved");
    }
    assert!(!status_line(app).contains("保存失败"));
    let backup = pingyi::store::backup_path(path);
    assert_eq!(std::fs::read(backup).expect("the backup"), before);
    meeting::check_passes(path);
}

#[test]
fn a_full_disk_and_a_read_only_folder_lose_nothing() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let path = tmp.path().join("2010-10-19-disk.json");
    meeting::write(&path);
    let disk = Arc::new(Switchable::default());
    let saver = Saver::spawn_with(path.clone(), disk.clone(), Duration::from_millis(20));
    let mut app = app_on(&path, Box::new(SaverPersist(saver)));
    let names = meeting::names();
    check_in(&mut app, &names[0]);
    wait_until("the first check-in on disk", || {
        meeting::present(&path).len() == 1
    });

    rides_out(
        &mut app,
        &path,
        || disk.set(FULL),
        || disk.set(WORKING),
        &names[1..4],
    );
    rides_out(
        &mut app,
        &path,
        || disk.set(READ_ONLY),
        || disk.set(WORKING),
        &names[4..6],
    );
    assert_eq!(meeting::present(&path), names[..6].to_vec());
}

/// A tmpfs mounted for the test, unmounted when dropped.
struct Tmpfs(PathBuf);

impl Tmpfs {
    /// `None` where this machine does not let a test mount one (not root, no capability).
    fn mount(at: &Path, size: &str) -> Option<Tmpfs> {
        std::fs::create_dir_all(at).ok()?;
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Tmpfs(at.to_path_buf()))
    }

    fn remount(&self, mode: &str) {
        let ok = std::process::Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "remount {mode}");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.0)
            .status();
    }
}

/// Fills the file system holding `dir` with one file; returns it.
fn fill(dir: &Path) -> PathBuf {
    use std::io::Write;
    let filler = dir.join("filler");
    let mut f = File::create(&filler).expect("the filler");
    let block = vec![0u8; 64 * 1024];
    while f.write_all(&block).is_ok() {}
    let _ = f.sync_all();
    filler
}

#[test]
fn a_real_tmpfs_that_fills_up_and_turns_read_only() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let Some(fs) = Tmpfs::mount(&tmp.path().join("mnt"), "2m") else {
        eprintln!(
            "skipped: this machine does not let the test mount a tmpfs (the injected-disk test covers the same ground)"
        );
        return;
    };
    let path = fs.0.join("2010-10-19-tmpfs.json");
    meeting::write(&path);
    let now = meeting_time(9, 0);
    let doc = pingyi::tui::open::open(&path, false, "记录人", now).expect("open");
    assert!(!doc.is_read_only());
    let mut app = App::with_doc(Lang::Zh, "记录人", doc, now);
    press(&mut app, KeyCode::F(4));
    let names = meeting::names();
    let filler = std::cell::RefCell::new(None);
    rides_out(
        &mut app,
        &path,
        || *filler.borrow_mut() = Some(fill(&fs.0)),
        || {
            if let Some(f) = filler.borrow_mut().take() {
                std::fs::remove_file(f).expect("make room");
            }
        },
        &names[..3],
    );
    rides_out(
        &mut app,
        &path,
        || fs.remount("ro"),
        || fs.remount("rw"),
        &names[3..5],
    );
    drop(app);
    assert_eq!(meeting::present(&path), names[..5].to_vec());
}

/// A disk whose first write waits until the test lets it go.
struct Slow {
    entered: Mutex<Sender<()>>,
    release: Mutex<Receiver<()>>,
    writes: AtomicU32,
}

impl Disk for Slow {
    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        if self.writes.fetch_add(1, Ordering::SeqCst) == 0 {
            let _ = self.entered.lock().map(|tx| tx.send(()));
            let _ = self.release.lock().map(|rx| rx.recv());
        }
        RealDisk.write(file, bytes)
    }
}

#[test]
fn the_saver_lets_go_of_snapshots_and_gives_back_unused_ones() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let path = tmp.path().join("2010-10-19-handover.json");
    let (entered_tx, entered) = channel();
    let (release, release_rx) = channel();
    let disk = Arc::new(Slow {
        entered: Mutex::new(entered_tx),
        release: Mutex::new(release_rx),
        writes: AtomicU32::new(0),
    });
    let saver = Saver::spawn_with(path.clone(), disk, Duration::from_millis(10));
    let with_place = |place: &str| {
        let mut s = pingyi::demo::town();
        s.header.place = place.to_string();
        Arc::new(s)
    };
    let first = with_place("第一会议室");
    saver.submit_shared(Arc::clone(&first));
    entered.recv_timeout(PATIENCE).expect("the write starts");
    assert_eq!(
        Arc::strong_count(&first),
        1,
        "serialized, then let go before the disk"
    );

    let second = with_place("第二会议室");
    saver.submit_shared(Arc::clone(&second));
    assert_eq!(Arc::strong_count(&second), 2, "waiting its turn");
    assert!(saver.reclaim(), "not started on: given back");
    assert_eq!(Arc::strong_count(&second), 1);
    assert!(!saver.reclaim(), "nothing more to give back");
    assert!(
        saver.flush(Duration::from_millis(50)).is_err(),
        "flush still waits for the write under way"
    );
    // Given back and handed over again, and again…: past RECLAIM_WITHIN it is no longer given
    // back, so changes made back to back cannot keep the saver waiting for ever.
    saver.submit_shared(Arc::clone(&second));
    std::thread::sleep(pingyi::store::saver::RECLAIM_WITHIN + Duration::from_millis(50));
    assert!(!saver.reclaim(), "waited too long to be given back");
    assert_eq!(Arc::strong_count(&second), 2);
    release.send(()).expect("let the disk go");
    saver.flush(PATIENCE).expect("the first, then the second");
    assert_eq!(
        pingyi::store::load(&path).expect("load").header.place,
        "第二会议室"
    );

    saver.submit_shared(with_place("第三会议室"));
    saver.flush(PATIENCE).expect("saved");
    assert_eq!(
        pingyi::store::load(&path).expect("load").header.place,
        "第三会议室"
    );
}
