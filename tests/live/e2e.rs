//! End to end: the real binary in a pseudo-terminal checks people in by their pinyin initials
//! and captures a suggestion typed in Chinese; the saved file holds both.

use crate::common::pty::{Pty, keys};
use pingyi::i18n::Lang;
use pingyi::model::{PersonInput, Session, Stamp};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(20);

#[test]
fn check_in_by_initials_and_capture_a_suggestion_in_chinese() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("sessions");
    std::fs::create_dir(&dir).unwrap();
    let now = chrono::Local::now().fixed_offset();
    let mut s = Session::new(now, Lang::Zh);
    let st = Stamp::new(now, "记录人");
    let cats = s.attendance.categories.clone();
    for (name, unit) in [
        ("黄武", "网岭镇机关"),
        ("胡伟", "下洋村"),
        ("李明", "前坪村"),
    ] {
        s.attendee_add(&PersonInput::new(name, &cats[1], unit), &st)
            .unwrap();
    }
    let file = dir.join("2010-10-19-town.json");
    pingyi::store::save(&file, &s).unwrap();

    let path = file.display().to_string();
    let mut pty = Pty::spawn(
        &["--who", "记录人", "open", &path],
        tmp.path(),
        &[],
        100,
        30,
    );
    pty.wait_for("会议信息", WAIT);
    pty.send(keys::F4);
    pty.wait_for("查找", WAIT);
    pty.type_text("hw");
    pty.wait_for("网岭镇机关", WAIT);
    pty.send(keys::ENTER);
    pty.type_text("lm");
    pty.send(keys::ENTER);
    pty.wait_for("实到 2", WAIT);

    pty.send(keys::F8);
    pty.wait_for("征集 0 条", WAIT);
    pty.send("a");
    pty.type_text("下洋村村道塌方,尽快修复");
    pty.send(keys::ENTER);
    pty.send("5");
    // “hw” is both 胡伟 and 黄武 here; a little more pinyin settles it.
    pty.type_text("huangw");
    pty.send(keys::ENTER);
    pty.send(keys::ENTER);
    pty.wait_for("征集 1 条", WAIT);
    pty.send(keys::CTRL_Q);
    assert!(pty.wait_exit(WAIT), "pingyi exits cleanly");

    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let people = json["attendance"]["people"].as_array().unwrap();
    let present: Vec<&str> = people
        .iter()
        .filter(|p| p["presence"]["state"] == "present")
        .map(|p| p["name"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(present, ["黄武", "李明"]);
    let sugg = &json["suggestions"][0];
    assert_eq!(sugg["text"], "下洋村村道塌方,尽快修复");
    assert_eq!(sugg["category"], "农村基础设施建设");
    assert_eq!(sugg["raised_by"]["by"], "attendee");
    assert_eq!(sugg["raised_by"]["id"], people[0]["id"]);
    let audit = json["audit"].as_array().unwrap();
    assert!(
        audit
            .iter()
            .any(|e| e["action"] == "attendance.check_in" && e["who"] == "记录人")
    );
    assert!(audit.iter().any(|e| e["action"] == "suggestion.add"));
}
