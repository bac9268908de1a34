//! The command line: every failure is one sentence on stderr with a non-zero exit status, wrong
//! arguments are refused by the parser, help follows `--lang`.

use std::path::Path;
use std::process::{Command, Output};

fn pingyi(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pingyi"))
        .args(args)
        .current_dir(cwd)
        .env("PINGYI_LANG", "en")
        .env("PINGYI_DIR", cwd)
        .output()
        .unwrap()
}

fn one_sentence(out: &Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(err.starts_with("pingyi: "), "{err}");
    err
}

#[test]
fn opening_a_missing_file_fails_before_the_terminal_starts() {
    let tmp = tempfile::tempdir().unwrap();
    for cmd in ["open", "review"] {
        let out = pingyi(&[cmd, "nowhere.json"], tmp.path());
        assert_eq!(out.status.code(), Some(1), "{cmd}");
        assert!(one_sentence(&out).contains("nowhere.json does not exist"));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn opening_a_folder_or_a_damaged_file_fails_with_its_reason() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("d.json")).unwrap();
    let out = pingyi(&["open", "d.json"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(one_sentence(&out).contains("is a folder"));

    std::fs::write(
        tmp.path().join("bad.json"),
        "{\n  \"format\": \"pingyi-session\",\n  oops\n}",
    )
    .unwrap();
    let out = pingyi(&["--lang", "zh", "open", "bad.json"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let err = one_sentence(&out);
    assert!(err.contains("第 3 行第 3 列"), "{err}");
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("bad.json")).unwrap(),
        "{\n  \"format\": \"pingyi-session\",\n  oops\n}"
    );
}

#[test]
fn check_fails_when_any_file_is_bad() {
    let tmp = tempfile::tempdir().unwrap();
    let good = tmp.path().join("good.json");
    pingyi::store::save(&good, &pingyi::demo::town()).unwrap();
    let ok = pingyi(&["check", "good.json"], tmp.path());
    assert_eq!(ok.status.code(), Some(0));
    let bad = pingyi(&["check", "good.json", "missing.json"], tmp.path());
    assert_eq!(bad.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&bad.stdout);
    assert!(stdout.contains("1 of 2 file(s) have problems."), "{stdout}");
}

#[test]
fn new_with_a_bad_date_says_so_and_creates_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let out = pingyi(&["new", "--date", "next Tuesday"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(one_sentence(&out).contains("“next Tuesday” is not a date"));
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);
}

#[test]
fn wrong_arguments_exit_with_usage_status() {
    let tmp = tempfile::tempdir().unwrap();
    for args in [
        &["check"][..],
        &["frobnicate"],
        &["--lang", "fr", "schema"],
        &["demo", "--example", "moon"],
    ] {
        let out = pingyi(args, tmp.path());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn help_is_in_the_chosen_language() {
    let tmp = tempfile::tempdir().unwrap();
    let zh = pingyi(&["--lang", "zh", "check", "--help"], tmp.path());
    assert_eq!(zh.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&zh.stdout).contains("检查会议文件"));
    let en = pingyi(&["--help"], tmp.path());
    let text = String::from_utf8_lossy(&en.stdout);
    for cmd in ["new", "open", "review", "check", "schema", "demo"] {
        assert!(text.contains(cmd), "{cmd} in {text}");
    }
    assert!(text.contains("PINGYI_DIR"), "{text}");
}

#[test]
fn schema_is_json_describing_a_session() {
    let tmp = tempfile::tempdir().unwrap();
    let out = pingyi(&["schema"], tmp.path());
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "Session");
    assert!(v["$defs"]["Header"]["properties"]["scrutineers"].is_object());
}
