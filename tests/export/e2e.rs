//! End to end in a pseudo-terminal: the projector following a file that another process
//! rewrites, and review mode never writing the file it shows.

use crate::common::pty::{Pty, keys};
use pingyi::export::fixture::town;
use pingyi::model::Session;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(20);

/// Another process puts `s` in place the way the store saves: a temporary file renamed over.
fn rewrite_by_another_process(path: &Path, s: &Session) {
    let tmp = path.with_extension("json.tmp");
    pingyi::store::save(&tmp, s).expect("write the new version");
    let ok = Command::new("mv")
        .arg(&tmp)
        .arg(path)
        .status()
        .expect("run mv")
        .success();
    assert!(ok);
}

#[test]
fn projector_follows_the_podium_file() {
    let tmp = tempfile::tempdir().expect("temp folder");
    let path = tmp.path().join("town.json");
    let mut s = town();
    s.agenda.current = Some(2);
    pingyi::store::save(&path, &s).expect("save");
    let file = path.display().to_string();
    let mut pty = Pty::spawn(&["show", &file], tmp.path(), &[], 100, 30);
    pty.wait_for("清点到会人数", WAIT);
    pty.wait_for("实到 70", WAIT);

    s.agenda.current = Some(7);
    let start = Instant::now();
    rewrite_by_another_process(&path, &s);
    pty.wait_for("征求意见建议", WAIT);
    // Polled four times a second: well within a second on an idle machine; the bound here leaves
    // room for a loaded CI machine.
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
    assert!(
        pty.screen().contains("发挥战斗堡垒作用"),
        "published results show as bars"
    );

    // A copy caught half written: the screen keeps the last good state and says so.
    std::fs::write(&path, "{\"format\": \"pingyi-se").expect("write half a file");
    pty.wait_for("文件暂时无法读取", WAIT);
    assert!(pty.screen().contains("征求意见建议"));

    rewrite_by_another_process(&path, &s);
    pty.wait_for("q 退出", WAIT);
    pty.send("q");
    assert!(pty.wait_exit(WAIT), "q quits the projector");
    assert!(
        !tmp.path().join("town.json.lock").exists(),
        "the projector takes no lock"
    );
}

#[test]
fn review_never_writes_the_file() {
    let tmp = tempfile::tempdir().expect("temp folder");
    let path = tmp.path().join("town.json");
    pingyi::store::save(&path, &town()).expect("save");
    let before = std::fs::read(&path).expect("read");
    let modified = std::fs::metadata(&path)
        .and_then(|m| m.modified())
        .expect("mtime");
    let file = path.display().to_string();
    let mut pty = Pty::spawn(&["review", &file], tmp.path(), &[], 100, 30);
    pty.wait_for("只读", WAIT);
    pty.send(keys::F10);
    pty.wait_for("黄武 开始", WAIT);
    pty.send(keys::DOWN);
    pty.send("\x1b[21;2~"); // Shift+F10: the audit log
    pty.wait_for("筛选", WAIT);
    pty.send("f");
    pty.send(keys::F2);
    pty.send(keys::ENTER);
    pty.type_text("改不了");
    pty.send(keys::ENTER);
    pty.send(keys::CTRL_Q);
    assert!(pty.wait_exit(WAIT), "Ctrl+Q quits review");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "bytes unchanged"
    );
    assert_eq!(
        std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .expect("mtime"),
        modified,
        "modification time unchanged"
    );
    assert!(!tmp.path().join("town.json.lock").exists(), "no lock taken");
    assert!(!tmp.path().join("town.json.bak").exists(), "no backup made");
}
