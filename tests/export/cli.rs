//! The export commands run as a user runs them: `pingyi report`, `notice`, `archive`.

use pingyi::export::fixture::town;
use std::path::Path;
use std::process::{Command, Output};

fn pingyi(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pingyi"))
        .args(args)
        .env_remove("PINGYI_DIR")
        .output()
        .expect("run pingyi")
}

fn saved_town(dir: &Path) -> String {
    let path = dir.join("2010-10-19-town.json");
    pingyi::store::save(&path, &town()).expect("save the test meeting");
    path.display().to_string()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn report_prints_markdown_by_default() {
    let dir = tempfile::tempdir().expect("temp folder");
    let file = saved_town(dir.path());
    let out = pingyi(&["--lang", "zh", "report", &file, "--as-of", "2010-12-15"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let md = text(&out.stdout);
    assert!(md.starts_with("# 关于网岭镇党委的群众评议材料\n"), "{md}");
    assert!(md.contains("## 三、民主测评"));
    assert!(md.contains("| 网岭镇党委 | 66 (100.00%) |"), "{md}");
    assert!(md.contains("已逾期"));
}

#[test]
fn report_writes_every_format_atomically_to_a_file() {
    let dir = tempfile::tempdir().expect("temp folder");
    let file = saved_town(dir.path());
    for (format, name, starts) in [
        ("md", "r.md", &b"# "[..]),
        ("txt", "r.txt", &b" "[..]),
        ("html", "r.html", &b"<!DOCTYPE html>"[..]),
        ("docx", "r.docx", &b"PK"[..]),
        ("csv", "r.csv", &b"\xEF\xBB\xBF"[..]),
        ("json", "r.json", &b"{"[..]),
    ] {
        let out_path = dir.path().join(name);
        let out = pingyi(&[
            "--lang",
            "en",
            "report",
            &file,
            "--format",
            format,
            "-o",
            &out_path.display().to_string(),
        ]);
        assert!(out.status.success(), "{format}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains("Written to"));
        let bytes = std::fs::read(&out_path).expect("the file was written");
        assert!(bytes.starts_with(starts), "{format}");
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn wrong_combinations_say_what_to_do() {
    let dir = tempfile::tempdir().expect("temp folder");
    let file = saved_town(dir.path());
    let out = pingyi(&["--lang", "en", "report", &file, "--format", "docx"]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("-o FILE.docx"));
    let out = pingyi(&["--lang", "en", "report", &file, "--table", "ledger"]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("--format csv"));
    let out = pingyi(&["--lang", "zh", "report", "/no/such/meeting.json"]);
    assert!(!out.status.success());
    assert!(!text(&out.stderr).is_empty());
}

#[test]
fn csv_table_reads_back_with_a_csv_parser() {
    let dir = tempfile::tempdir().expect("temp folder");
    let file = saved_town(dir.path());
    let out = pingyi(&[
        "--lang", "zh", "report", &file, "--format", "csv", "--table", "results",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut r = csv::Reader::from_reader(&out.stdout[3..]);
    let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().expect("rows");
    let rate = rows
        .iter()
        .find(|r| &r[2] == "发挥战斗堡垒作用" && &r[4] == "好评率")
        .expect("the bastion rate");
    assert_eq!((&rate[5], &rate[6], &rate[7]), ("64", "66", "96.97%"));
}

#[test]
fn notice_leaves_out_confidential_rounds() {
    let dir = tempfile::tempdir().expect("temp folder");
    let mut s = town();
    let mut secret = s.rounds[0].clone();
    secret.id = 2;
    secret.name = "班子成员测评(保密)".into();
    secret.confidential = true;
    s.rounds.push(secret);
    let path = dir.path().join("m.json");
    pingyi::store::save(&path, &s).expect("save");
    let out = pingyi(&["--lang", "zh", "notice", &path.display().to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let notice = text(&out.stdout);
    assert!(notice.contains("党组织群众评议表"), "{notice}");
    assert!(notice.contains("96.97%"), "{notice}");
    assert!(!notice.contains("班子成员测评"), "{notice}");
}

#[test]
fn archive_lists_good_files_and_fails_for_a_broken_one() {
    let dir = tempfile::tempdir().expect("temp folder");
    saved_town(dir.path());
    let d = dir.path().display().to_string();
    let out = pingyi(&["--lang", "zh", "archive", &d, "--as-of", "2010-12-15"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("网岭镇党委创先争优群众评议"));
    std::fs::write(dir.path().join("bad.json"), "{").expect("write");
    std::fs::write(dir.path().join("notes.txt"), "not a meeting").expect("write");
    let out = pingyi(&["--lang", "zh", "archive", &d, "--as-of", "2010-12-15"]);
    assert_eq!(out.status.code(), Some(1));
    let table = text(&out.stdout);
    assert!(
        table.contains("网岭镇党委创先争优群众评议"),
        "the good file is still listed"
    );
    assert!(table.contains("bad.json"));
    assert!(!table.contains("notes.txt"));
    let out = pingyi(&[
        "--lang",
        "en",
        "archive",
        &d,
        "--overdue",
        "--format",
        "json",
        "--as-of",
        "2011-01-01",
    ]);
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let rows = rows.as_array().expect("a list");
    assert!(!rows.is_empty());
    assert!(
        rows.windows(2)
            .all(|w| w[0]["deadline"].as_str() <= w[1]["deadline"].as_str())
    );
}

/// Issue 12, item 20: a round with its own 应到 and 实到 prints them, never the roster's 实到, and
/// 收回 above its 实到 is warned about under the figures, in both languages.
#[test]
fn report_warns_when_more_came_back_than_were_present() {
    let dir = tempfile::tempdir().expect("temp folder");
    let mut s = town();
    // Still counting: a verified round that fails its accounting is refused at load.
    s.rounds[0].state = pingyi::model::RoundState::Counting;
    s.rounds[0].verification = None;
    s.rounds[0].published_at = None;
    s.rounds[0].expected = Some(80);
    s.rounds[0].present = Some(60);
    let path = dir.path().join("2010-10-19-town.json");
    pingyi::store::save(&path, &s).expect("save");
    let file = path.display().to_string();
    let out = pingyi(&["--lang", "zh", "report", &file, "--format", "txt"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let zh = text(&out.stdout);
    assert!(
        zh.contains("收回 66 张多于实到 60 人:请核对实到人数和收回票数"),
        "{zh}"
    );
    let out = pingyi(&["--lang", "en", "report", &file, "--format", "txt"]);
    let en = text(&out.stdout);
    assert!(
        en.contains("66 returned is more than the 60 present: check the number present"),
        "{en}"
    );
    // The same round within its own 实到: no warning, and its 实到 is the round's own 66.
    s.rounds[0].present = Some(66);
    pingyi::store::save(&path, &s).expect("save");
    let out = pingyi(&["--lang", "zh", "report", &file, "--format", "txt"]);
    let zh = text(&out.stdout);
    assert!(!zh.contains("多于实到"), "{zh}");
    assert!(
        zh.lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>()[..]
                .starts_with(&["80", "66", "66", "66"])),
        "{zh}"
    );
}

fn pingyi_env(args: &[&str], locale: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pingyi"))
        .args(args)
        .env_remove("PINGYI_DIR")
        .env_remove("PINGYI_LANG")
        .env_remove("LANGUAGE")
        .env_remove("LC_MESSAGES")
        .env("LC_ALL", locale)
        .env("LANG", locale)
        .output()
        .expect("run pingyi")
}

/// Issue 12, item 15: the record and the notice come out in the meeting's own language whatever
/// the machine's locale; `--lang` overrides it.
#[test]
fn report_and_notice_follow_the_meetings_language_unless_told() {
    let dir = tempfile::tempdir().expect("temp folder");
    let zh_file = saved_town(dir.path());
    let mut en = town();
    en.lang = pingyi::i18n::Lang::En;
    let en_path = dir.path().join("en.json");
    pingyi::store::save(&en_path, &en).expect("save");
    let en_file = en_path.display().to_string();

    // A Chinese meeting on an English machine: Chinese.
    let out = pingyi_env(&["report", &zh_file, "--format", "txt"], "C.UTF-8");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("关于网岭镇党委的群众评议材料"));
    assert!(text(&out.stdout).contains("会议参加人"));
    let out = pingyi_env(&["notice", &zh_file], "C.UTF-8");
    assert!(
        text(&out.stdout).starts_with("# 关于网岭镇党委群众评议情况的通报"),
        "{}",
        text(&out.stdout)
    );
    // An English meeting on a Chinese machine: English.
    let out = pingyi_env(&["report", &en_file, "--format", "txt"], "zh_CN.UTF-8");
    let en_txt = text(&out.stdout);
    assert!(en_txt.contains("Attendees"), "{en_txt}");
    assert!(!en_txt.contains("会议参加人"), "{en_txt}");
    let out = pingyi_env(&["notice", &en_file], "zh_CN.UTF-8");
    assert!(!text(&out.stdout).contains("通报"), "{}", text(&out.stdout));
    // --lang overrides the meeting's language, both ways.
    let out = pingyi_env(
        &["--lang", "en", "report", &zh_file, "--format", "txt"],
        "zh_CN.UTF-8",
    );
    assert!(
        text(&out.stdout).contains("Attendees"),
        "{}",
        text(&out.stdout)
    );
    let out = pingyi_env(&["notice", &en_file, "--lang", "zh"], "C.UTF-8");
    assert!(text(&out.stdout).contains("通报"), "{}", text(&out.stdout));
}
