//! Roster import: CSV and plain text, UTF-8 and GBK bytes, a header row, bad rows by line.

use chrono::TimeZone;
use pingyi::i18n::Lang;
use pingyi::import::{ImportOptions, parse_roster, read_roster_file};
use pingyi::model::{PersonInput, Session, Stamp, Timestamp};

fn at() -> Timestamp {
    chrono::FixedOffset::east_opt(8 * 3600)
        .unwrap()
        .with_ymd_and_hms(2010, 10, 19, 8, 0, 0)
        .unwrap()
}

fn session() -> Session {
    let mut s = Session::new(at(), Lang::Zh);
    s.attendee_add(
        &PersonInput::new("王伟", "党代表", "网岭镇"),
        &Stamp::new(at(), "记录人"),
    )
    .unwrap();
    s
}

const CSV: &str = "姓名,单位,类别,备注\n\
黄武,网岭镇党委,机关干部,镇党委书记\n\
\n\
李明,,外星人,\n\
,下洋村,群众代表,\n\
\"张,三\",\"下洋村\"\"二组\"\"\",群众代表,\n\
王伟,网岭镇,党代表,\n\
赵六,下洋村,群众代表,多,余\n\
黄武,网岭镇党委,机关干部,\n";

#[test]
fn header_row_columns_in_any_order_and_bad_rows_by_line_number() {
    let s = session();
    let import = parse_roster(CSV, &s.attendance, &ImportOptions::default()).unwrap();
    assert!(import.header);
    let names: Vec<(usize, &str, &str)> = import
        .rows
        .iter()
        .map(|r| (r.line, r.person.name.as_str(), r.person.unit.as_str()))
        .collect();
    assert_eq!(
        names,
        [(2, "黄武", "网岭镇党委"), (6, "张,三", "下洋村\"二组\"")]
    );
    assert_eq!(import.rows[0].person.note, "镇党委书记");
    let bad: Vec<usize> = import.bad.iter().map(|b| b.line).collect();
    assert_eq!(bad, [4, 5, 7, 8, 9]);
    let text = import.bad[0].describe(Lang::Zh);
    assert!(
        text.starts_with("第4行:") && text.contains("外星人"),
        "{text}"
    );
    assert!(
        import.bad[2]
            .describe(Lang::En)
            .contains("already on the roster")
    );
    assert!(import.bad[3].describe(Lang::En).contains("5 columns"));
    assert!(
        import.bad[4].describe(Lang::Zh).contains("已在名单中"),
        "duplicate within the file"
    );
}

#[test]
fn unknown_categories_can_be_taken_and_imported_whole() {
    let mut s = session();
    let opts = ImportOptions {
        add_unknown_categories: true,
        ..ImportOptions::default()
    };
    let import = parse_roster(CSV, &s.attendance, &opts).unwrap();
    assert_eq!(import.new_categories, ["外星人"]);
    assert_eq!(import.rows.len(), 3);
    s.roster_import(
        &import.people(),
        &import.new_categories,
        &Stamp::new(at(), "记录人"),
    )
    .unwrap();
    assert_eq!(s.attendance.people.len(), 4);
    assert!(s.attendance.categories.contains(&"外星人".to_string()));
}

#[test]
fn plain_text_list_of_names_with_a_default_category() {
    let s = session();
    let text = "黄武\n李明 下洋村\n\n  王芳\u{3000}\n";
    let none = parse_roster(text, &s.attendance, &ImportOptions::default()).unwrap();
    assert_eq!(none.bad.len(), 3, "no category and no default");
    let opts = ImportOptions {
        default_category: Some("群众代表".to_string()),
        ..ImportOptions::default()
    };
    let import = parse_roster(text, &s.attendance, &opts).unwrap();
    assert!(!import.header);
    let lines: Vec<usize> = import.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [1, 4]);
    assert_eq!(import.bad[0].line, 2, "“下洋村” is not a category");
    assert_eq!(import.rows[1].person.name, "王芳");
}

#[test]
fn gbk_file_with_tabs_and_a_binary_file() {
    let dir = tempfile::tempdir().unwrap();
    let s = session();
    let (gbk, _, _) = encoding_rs::GBK
        .encode("姓名\t类别\t单位\r\n黄武\t机关干部\t网岭镇党委\r\n李明\t群众代表\t下洋村\r\n");
    let path = dir.path().join("名单.csv");
    std::fs::write(&path, &gbk).unwrap();
    let import = read_roster_file(&path, &s.attendance, &ImportOptions::default()).unwrap();
    assert_eq!(import.encoding, "gb18030");
    assert_eq!(import.rows.len(), 2);
    assert_eq!(import.rows[1].person.unit, "下洋村");
    assert!(import.summary().zh.contains("可导入 2 人"));

    let bin = dir.path().join("photo.jpg");
    std::fs::write(&bin, [0xFFu8, 0xD8, 0xFF, 0xE0, 0x00, 0xFF]).unwrap();
    let e = read_roster_file(&bin, &s.attendance, &ImportOptions::default()).unwrap_err();
    assert!(e.0.zh.contains("GBK"), "{e:?}");
    let missing = dir.path().join("nope.csv");
    let e = read_roster_file(&missing, &s.attendance, &ImportOptions::default()).unwrap_err();
    assert!(e.0.en.contains("nope.csv"));
    let header_only = dir.path().join("header.csv");
    std::fs::write(&header_only, "单位,类别\n网岭镇,党代表\n").unwrap();
    let e = read_roster_file(&header_only, &s.attendance, &ImportOptions::default()).unwrap_err();
    assert!(e.0.en.contains("name column"));
}
