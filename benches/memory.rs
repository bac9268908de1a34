//! Peak memory with the large meeting open in the real `pingyi` (goal: ≤ 100 MB): the binary
//! runs in a pseudo-terminal at 200×50, every screen of the meeting is brought up in turn, a
//! change is made and saved, the record is exported beside the file (Ctrl+P), and the kernel's
//! high-water mark of the process (VmHWM) is read.
//! Run with `cargo bench --bench memory`; it prints the figure and fails above the goal.

#[path = "../tests/common/pty.rs"]
#[allow(dead_code)]
mod pty;

use pty::{Pty, keys};
use std::time::Duration;

const GOAL_KB: u64 = 100 * 1024;
const WAIT: Duration = Duration::from_secs(60);
/// Alt+→: the next screen of the meeting.
const NEXT_SCREEN: &str = "\x1b[1;3C";

fn status_kb(pid: u32, field: &str) -> u64 {
    let status =
        std::fs::read_to_string(format!("/proc/{pid}/status")).expect("the process's status");
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("the field")
}

fn main() {
    // `cargo bench` passes criterion's arguments; `--bench` is all this one needs to know.
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("large.json");
    let session = pingyi::demo::large::large().expect("the large meeting");
    pingyi::store::save(&path, &session).expect("save it");
    drop(session);
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);

    let file = path.to_str().expect("a UTF-8 path");
    let mut app = Pty::spawn(&["--who", "记录人", "open", file], dir.path(), &[], 200, 50);
    app.wait_for("河阳县直机关", WAIT);
    let pid = app.pid().expect("the pid");
    let opened = status_kb(pid, "VmHWM:");
    for _ in 0..pingyi::tui::screens::ScreenId::MEETING.len() {
        app.send(NEXT_SCREEN);
        std::thread::sleep(Duration::from_millis(300));
    }
    // Back on the header screen: change the place, which saves the whole meeting.
    app.send(keys::DOWN);
    app.send(keys::DOWN);
    app.send(keys::DOWN);
    app.send(keys::DOWN);
    app.send(keys::ENTER);
    app.type_text("第二会场");
    app.send(keys::ENTER);
    app.wait_for("第二会场", WAIT);
    std::thread::sleep(Duration::from_secs(2));
    let saved = status_kb(pid, "VmHWM:");
    app.send("\x10");
    app.wait_for("record.md", WAIT);
    std::thread::sleep(Duration::from_millis(500));
    let peak = status_kb(pid, "VmHWM:");
    let now = status_kb(pid, "VmRSS:");
    app.send(keys::CTRL_Q);
    let clean = app.wait_exit(WAIT);
    println!(
        "memory/large_meeting_open: file {:.1} MB; peak {:.1} MB after opening, {:.1} MB after every screen and a save, {:.1} MB after exporting the record (now {:.1} MB); goal ≤ 100 MB",
        size as f64 / 1e6,
        opened as f64 / 1024.0,
        saved as f64 / 1024.0,
        peak as f64 / 1024.0,
        now as f64 / 1024.0
    );
    assert!(clean, "pingyi quit cleanly");
    assert!(
        pingyi::store::load(&path).is_ok_and(|s| s.header.place.contains("第二会场")),
        "the change was saved"
    );
    assert!(peak <= GOAL_KB, "peak memory {peak} kB is above the goal");
}
