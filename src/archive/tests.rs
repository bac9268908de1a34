//! Archive tests on a folder with good, broken and foreign files.

use super::*;
use crate::export::fixture::town;
use crate::i18n::{Lang, Message};
use crate::model::Session;
use std::path::Path;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

/// A loader that checks what the store checks first: JSON, then that it is a pingyi session.
fn load(p: &Path) -> Result<Session, Message> {
    let bytes = std::fs::read(p).map_err(|e| Message::new(e.to_string(), e.to_string()))?;
    let s: Session = serde_json::from_slice(&bytes)
        .map_err(|e| Message::new(format!("JSON 错误:{e}"), format!("bad JSON: {e}")))?;
    match s.problems().first() {
        Some(p) => Err(p.message.clone()),
        None => Ok(s),
    }
}

fn write(dir: &Path, name: &str, text: &str) {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("make the folder");
    }
    std::fs::write(p, text).expect("write the test file");
}

fn meeting(date: NaiveDate, title: &str) -> String {
    let mut s = town();
    s.header.date = Some(date);
    s.header.subject = title.into();
    serde_json::to_string(&s).expect("a session serialises")
}

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temp folder");
    let p = dir.path();
    write(
        p,
        "2010-10-19-town.json",
        &meeting(day(2010, 10, 19), "网岭镇"),
    );
    write(
        p,
        "2011/2011-03-02-spring.json",
        &meeting(day(2011, 3, 2), "春季评议"),
    );
    write(
        p,
        "2009/deep/2009-12-01-old.json",
        &meeting(day(2009, 12, 1), "旧会议"),
    );
    write(p, "broken.json", "{\"format\": \"pingyi-session\", ");
    write(p, "package.json", "{\"name\": \"not a meeting\"}");
    write(p, "notes.txt", "minutes on paper");
    write(p, "2010-10-19-town.json.bak", "{}");
    write(p, ".2010-10-19-town.json.123.tmp", "{}");
    write(p, ".hidden/secret.json", "{}");
    dir
}

#[test]
fn good_broken_and_foreign_files() {
    let dir = folder();
    let entries = scan(dir.path(), day(2010, 12, 15), load);
    assert_eq!(
        entries.len(),
        5,
        "three meetings, two .json files that fail"
    );
    let a = Archive::build(entries, None, None, SortBy::Date);
    let titles: Vec<&str> = a.meetings.iter().map(|m| m.title.as_str()).collect();
    assert_eq!(titles, ["旧会议", "网岭镇", "春季评议"]);
    let failed: Vec<String> = a
        .failed
        .iter()
        .map(|(f, _)| {
            f.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(failed, ["broken.json", "package.json"]);
    assert!(a.any_failed());
    assert!(a.failed[0].1.en.contains("bad JSON"), "{:?}", a.failed[0].1);
}

#[test]
fn date_range_and_totals() {
    let dir = folder();
    let entries = scan(dir.path(), day(2010, 12, 15), load);
    let a = Archive::build(
        entries,
        Some(day(2010, 1, 1)),
        Some(day(2010, 12, 31)),
        SortBy::Date,
    );
    assert_eq!(a.meetings.len(), 1);
    let t = a.totals();
    assert_eq!(
        (t.meetings, t.expected, t.present, t.rounds),
        (1, 72, 70, 1)
    );
    assert_eq!(t.suggestions.collected, 21);
    assert_eq!(t.failed, 2, "failures are reported whatever the range");
}

#[test]
fn overdue_rows_oldest_first_across_meetings() {
    let dir = folder();
    // As of mid-2011 every open ledger row of all three meetings is late.
    let entries = scan(dir.path(), day(2011, 6, 1), load);
    let a = Archive::build(entries, None, None, SortBy::Overdue);
    let rows = a.overdue();
    assert!(!rows.is_empty());
    assert!(rows.windows(2).all(|w| w[0].deadline <= w[1].deadline));
    let per_meeting = town()
        .suggestions
        .iter()
        .filter_map(|x| x.ledger.as_ref())
        .filter(|l| l.is_overdue(day(2011, 6, 1)))
        .count();
    assert_eq!(rows.len(), per_meeting * 3);
    let text = render::overdue_text(&a, Lang::Zh, dir.path());
    assert!(text.contains("逾期天数"), "{text}");
    assert!(text.contains("2 个文件无法读取"), "{text}");
}

#[test]
fn sort_by_overdue_puts_the_latest_first() {
    let dir = folder();
    let entries = scan(dir.path(), day(2010, 12, 15), load);
    let mut a = Archive::build(entries, None, None, SortBy::Date);
    a.meetings[0].suggestions.overdue = 0;
    a.meetings[1].suggestions.overdue = 9;
    a.meetings[2].suggestions.overdue = 3;
    a.sort(SortBy::Overdue);
    let o: Vec<u32> = a.meetings.iter().map(|m| m.suggestions.overdue).collect();
    assert_eq!(o, [9, 3, 0]);
}

#[test]
fn table_csv_and_json_outputs() {
    let dir = folder();
    let entries = scan(dir.path(), day(2010, 12, 15), load);
    let a = Archive::build(entries, None, None, SortBy::Date);
    let text = render::table(&a, Lang::Zh, dir.path());
    assert!(text.contains("合计"), "{text}");
    assert!(text.contains("3 次会议"), "{text}");
    assert!(text.contains("2011/2011-03-02-spring.json"), "{text}");
    assert!(
        text.contains("216/210"),
        "three meetings of 72 expected, 70 present: {text}"
    );

    let bytes = render::csv(&a, Lang::En, dir.path()).expect("csv");
    let mut r = ::csv::Reader::from_reader(&bytes[3..]);
    let rows: Vec<::csv::StringRecord> = r.records().collect::<Result<_, _>>().expect("rows");
    assert_eq!(rows.len(), 5);
    assert_eq!(&rows[0][3], "72/70");
    assert_eq!(&rows[0][5], "66");
    assert_eq!(&rows[0][6], "整体评价: 满意率 100.00%");
    assert_eq!(&rows[3][11], "broken.json");
    assert!(!rows[3][12].is_empty());

    let json = render::json(&a, day(2010, 12, 15), dir.path()).expect("json");
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(v["totals"]["meetings"], 3);
    assert_eq!(v["meetings"][0]["turnout"]["present"], 70);
    assert_eq!(v["meetings"][0]["headlines"][0]["num"], 66);
    assert_eq!(v["totals"]["ballots"], 198);
    assert_eq!(v["failed"][1]["file"], "package.json");
}

#[test]
fn an_empty_folder_says_so() {
    let dir = tempfile::tempdir().expect("a temp folder");
    let a = Archive::build(
        scan(dir.path(), day(2010, 1, 1), load),
        None,
        None,
        SortBy::Date,
    );
    assert_eq!(
        render::table(&a, Lang::En, dir.path()),
        "There are no meeting files (*.json) in this folder.\n"
    );
    assert!(!a.any_failed());
}

#[test]
fn a_missing_folder_is_a_failure_not_a_panic() {
    let entries = scan(Path::new("/no/such/folder/pingyi"), day(2010, 1, 1), load);
    let a = Archive::build(entries, None, None, SortBy::Date);
    assert!(a.any_failed());
}

#[test]
fn sort_by_rate_puts_the_highest_first_and_meetings_without_one_last() {
    let dir = folder();
    let entries = scan(dir.path(), day(2010, 12, 15), load);
    let mut a = Archive::build(entries, None, None, SortBy::Date);
    a.meetings[0].headlines.clear();
    a.meetings[1].headlines[0].share = crate::model::Percent::new(50, 66);
    let titles =
        |a: &Archive| -> Vec<String> { a.meetings.iter().map(|m| m.title.clone()).collect() };
    a.sort(SortBy::Rate);
    assert_eq!(titles(&a), ["春季评议", "网岭镇", "旧会议"]);
    assert_eq!(SortBy::parse("RATE"), Some(SortBy::Rate));
}
