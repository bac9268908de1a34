//! End to end: the real binary in a pseudo-terminal. A new meeting is made from the picker, a
//! Chinese title is typed, Ctrl+Q quits, and the saved JSON holds what was typed.

use crate::common::pty::{Pty, keys};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(20);

fn session_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn new_meeting_typed_in_chinese_is_saved_on_quit() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("sessions");
    std::fs::create_dir(&dir).unwrap();
    let mut pty = Pty::spawn(&["--who", "记录人"], tmp.path(), &[], 100, 30);
    pty.wait_for("按 n 新建会议", WAIT);
    pty.send("n");
    pty.wait_for("记录抬头预览", WAIT);
    // Second field is the subject (主题).
    pty.send(keys::DOWN);
    pty.send(keys::ENTER);
    pty.type_text("网岭镇创先争优群众评议");
    pty.send(keys::ENTER);
    // The date field holds today's date (a new meeting's default): Ctrl+U clears it.
    pty.send("\u{15}");
    pty.type_text("2010-10-19");
    pty.send(keys::ENTER);
    pty.wait_for("2010年10月19日(星期二)", WAIT);
    // Esc leaves the next field; wait until the screen says so, or an Esc still in the terminal's
    // input when Ctrl+Q follows is read with it as Alt+Ctrl+Q.
    pty.send(keys::ESC);
    pty.wait_for("Enter 编辑", WAIT);
    pty.send(keys::CTRL_Q);
    assert!(pty.wait_exit(WAIT), "pingyi exits cleanly");

    let files = session_files(&dir);
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("20"), "{name}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap();
    assert_eq!(json["format"], "pingyi-session");
    assert_eq!(json["header"]["subject"], "网岭镇创先争优群众评议");
    assert_eq!(json["header"]["date"], "2010-10-19");
    let audit = json["audit"].as_array().unwrap();
    assert!(
        audit
            .iter()
            .any(|e| e["who"] == "记录人" && e["new"] == "网岭镇创先争优群众评议"),
        "{audit:?}"
    );
    // The lock is gone after a clean quit.
    assert!(
        !std::fs::read_dir(&dir).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .ends_with(".lock"))
    );
}

#[test]
fn caret_follows_chinese_text_in_the_real_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("sessions");
    std::fs::create_dir(&dir).unwrap();
    let mut pty = Pty::spawn(&[], tmp.path(), &[], 100, 30);
    pty.wait_for("按 n 新建会议", WAIT);
    pty.send("n");
    pty.wait_for("记录抬头预览", WAIT);
    pty.send(keys::ENTER);
    pty.type_text("你好");
    pty.wait_for("你好", WAIT);
    let (row, col) = pty.cursor();
    // Row 1 (under the tab bar); the value column starts after the label column and a space.
    assert_eq!(row, 1);
    let screen = pty.screen();
    let line = screen.lines().nth(1).unwrap_or_default();
    let before_caret: String = line.split("你好").next().unwrap_or_default().to_string();
    let start = unicode_width::UnicodeWidthStr::width(before_caret.as_str()) as u16;
    assert_eq!(col, start + 4, "caret after two wide characters:\n{screen}");
    pty.send(keys::CTRL_Q);
    assert!(pty.wait_exit(WAIT));
}
