//! `--format xlsx` for `pingyi report` and `pingyi archive`, run as a user runs them and read back
//! with calamine (cells, numbers, sheets) and the workbook's own XML (frozen row, widths, number
//! formats); LibreOffice headless opens it and converts it.

use calamine::{Data, Reader, Xlsx, open_workbook};
use pingyi::export::fixture::town;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Output};

use crate::common::tools;

fn pingyi(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pingyi"))
        .args(args)
        .env_remove("PINGYI_DIR")
        .output()
        .expect("run pingyi")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn saved_town(dir: &Path) -> String {
    let path = dir.join("2010-10-19-town.json");
    pingyi::store::save(&path, &town()).expect("save the test meeting");
    path.display().to_string()
}

/// One part of the workbook's zip, as text.
fn part(xlsx: &Path, name: &str) -> String {
    let file = std::fs::File::open(xlsx).expect("open xlsx");
    let mut zip = zip::ZipArchive::new(file).expect("an xlsx is a zip");
    let mut s = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .read_to_string(&mut s)
        .expect("utf-8 xml");
    s
}

/// The row whose cells in `cols` read `want` (text compared as shown).
fn find_row<'a>(rows: &'a [Vec<Data>], want: &[(usize, &str)]) -> &'a [Data] {
    rows.iter()
        .find(|r| {
            want.iter()
                .all(|(c, w)| r.get(*c).map(|d| d.to_string()).as_deref() == Some(*w))
        })
        .unwrap_or_else(|| panic!("no row with {want:?} in {rows:#?}"))
}

#[test]
fn report_as_xlsx_has_a_sheet_per_table_with_real_numbers() {
    let dir = tempfile::tempdir().expect("temp folder");
    let file = saved_town(dir.path());
    for (lang, sheets, grade) in [
        (
            "zh",
            ["会议信息", "测评结果", "签到", "意见建议", "整改台账"],
            "等次",
        ),
        (
            "en",
            ["Meeting", "Results", "Attendance", "Suggestions", "Ledger"],
            "grade",
        ),
    ] {
        let out_path = dir.path().join(format!("town.{lang}.xlsx"));
        let out = pingyi(&[
            "--lang",
            lang,
            "report",
            &file,
            "--format",
            "xlsx",
            "-o",
            &out_path.display().to_string(),
            "--as-of",
            "2010-12-15",
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let mut book: Xlsx<_> = open_workbook(&out_path).expect("calamine opens it");
        assert_eq!(book.sheet_names(), sheets.map(String::from).to_vec());

        // The header block on top of the first sheet.
        let head = book.worksheet_range(sheets[0]).expect("head sheet");
        let title = town().header.record_heading(if lang == "zh" {
            pingyi::i18n::Lang::Zh
        } else {
            pingyi::i18n::Lang::En
        });
        assert_eq!(head.get((0, 0)).map(|d| d.to_string()), Some(title));
        let head_text: Vec<String> = head.rows().flatten().map(|d| d.to_string()).collect();
        let place = town().header.place;
        assert!(head_text.contains(&place), "{head_text:?}");
        if lang == "zh" {
            assert!(
                head_text
                    .iter()
                    .any(|c| c.contains("应到 72 人,实到 70 人")),
                "{head_text:?}"
            );
        }

        // Results: the fixture's paper tally of 领导班子好 is 60 满意, 5 基本满意, 1 不满意 of 66
        // valid ballots: 60/66 = 90.91%. Shares and rates are numbers, not text.
        let results = book.worksheet_range(sheets[1]).expect("results");
        let rows: Vec<Vec<Data>> = results.rows().map(<[Data]>::to_vec).collect();
        let r = find_row(&rows, &[(2, "领导班子好"), (3, grade), (4, "满意")]);
        assert_eq!(r[5], Data::Float(60.0));
        assert_eq!(r[6], Data::Float(66.0));
        match r[7] {
            Data::Float(v) => assert!((v - 0.9091).abs() < 1e-9, "{v}"),
            ref other => panic!("the share is text: {other:?}"),
        }
        // Attendance: one row per person on the roster, the id a number.
        let att = book.worksheet_range(sheets[2]).expect("attendance");
        let people = town().attendance.people.len();
        assert_eq!(att.height(), people + 2);
        assert_eq!(att.get((2, 0)), Some(&Data::Float(1.0)));
        let suggestions = book.worksheet_range(sheets[3]).expect("suggestions");
        assert_eq!(suggestions.height(), town().suggestions.len() + 2);

        // Frozen title and heading rows, widths by display width, number formats.
        let results_xml = part(&out_path, "xl/worksheets/sheet2.xml");
        assert!(
            results_xml.contains(r#"ySplit="2""#) && results_xml.contains(r#"state="frozen""#),
            "{results_xml:.600}"
        );
        let styles = part(&out_path, "xl/styles.xml");
        assert!(styles.contains(r#"formatCode="0.00%""#), "{styles}");
        // The round's name, 16 CJK characters = 32 cells, sets column A's width.
        let round = &town().rounds[0].name;
        let w = unicode_width::UnicodeWidthStr::width(round.as_str());
        let col_a = results_xml
            .split("<col ")
            .nth(1)
            .and_then(|c| c.split("width=\"").nth(1))
            .and_then(|c| c.split('"').next())
            .and_then(|c| c.parse::<f64>().ok())
            .expect("column A has a width");
        assert!(col_a >= w as f64, "column A {col_a} < {w} for {round}");
    }
}

#[test]
fn xlsx_needs_a_file_and_says_so() {
    let dir = tempfile::tempdir().expect("temp folder");
    let file = saved_town(dir.path());
    let zh = pingyi(&["--lang", "zh", "report", &file, "--format", "xlsx"]);
    assert!(!zh.status.success());
    assert!(
        text(&zh.stderr).contains("请用 -o 文件名.xlsx 指定文件"),
        "{}",
        text(&zh.stderr)
    );
    assert!(zh.stdout.is_empty());
    let en = pingyi(&[
        "--lang",
        "en",
        "archive",
        dir.path().to_str().unwrap(),
        "--format",
        "xlsx",
    ]);
    assert!(!en.status.success());
    assert!(
        text(&en.stderr).contains("name a file with -o FILE.xlsx"),
        "{}",
        text(&en.stderr)
    );
    // The notice is a document, not a table: xlsx is not offered.
    let notice = pingyi(&["--lang", "en", "notice", &file, "--format", "xlsx"]);
    assert!(!notice.status.success());
}

#[test]
fn archive_as_xlsx_lists_every_meeting_with_figures_as_numbers() {
    let dir = tempfile::tempdir().expect("temp folder");
    saved_town(dir.path());
    std::fs::write(dir.path().join("broken.json"), "{ not json").expect("write");
    let out_path = dir.path().join("archive.xlsx");
    let out = pingyi(&[
        "--lang",
        "zh",
        "archive",
        dir.path().to_str().unwrap(),
        "--format",
        "xlsx",
        "-o",
        out_path.to_str().unwrap(),
        "--as-of",
        "2010-12-15",
    ]);
    // A broken file makes the exit status 1 and has its own sheet; the rest is written.
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let mut book: Xlsx<_> = open_workbook(&out_path).expect("calamine opens it");
    assert_eq!(book.sheet_names(), ["说明", "会议", "逾期整改", "无法读取"]);
    let meetings = book.worksheet_range("会议").expect("meetings");
    let rows: Vec<Vec<Data>> = meetings.rows().map(<[Data]>::to_vec).collect();
    let town_row = find_row(&rows, &[(0, "2010-10-19")]);
    // 1 round, 66 ballots, counted from the fixture itself.
    let s = town();
    let ballots: u32 = s.rounds.iter().map(|r| r.counted()).sum();
    assert_eq!(town_row[4], Data::Float(s.rounds.len() as f64));
    assert_eq!(town_row[5], Data::Float(f64::from(ballots)));
    assert_eq!(town_row[7], Data::Float(s.suggestions.len() as f64));
    let total = find_row(&rows, &[(0, "合计")]);
    assert_eq!(total[5], Data::Float(f64::from(ballots)));
    let failed = book.worksheet_range("无法读取").expect("failed");
    assert!(
        failed
            .rows()
            .flatten()
            .any(|d| *d == Data::String("broken.json".into()))
    );
}

/// LibreOffice (as WPS and Excel users' colleagues have it) opens the workbook: converted
/// headless to HTML, every sheet comes out with the town's figures.
#[test]
fn libreoffice_opens_the_workbook() {
    let Some(soffice) = tools::find(
        "libreoffice_opens_the_workbook",
        &["soffice", "libreoffice"],
        "libreoffice-calc-nogui",
    ) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp folder");
    let file = saved_town(dir.path());
    let xlsx = dir.path().join("town.xlsx");
    let out = pingyi(&[
        "--lang",
        "zh",
        "report",
        &file,
        "--format",
        "xlsx",
        "-o",
        xlsx.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // A profile of its own, so a LibreOffice already running elsewhere does not swallow the job.
    let profile = format!("file://{}", dir.path().join("lo-profile").display());
    let conv = Command::new(soffice)
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--headless", "--convert-to", "html", "--outdir"])
        .arg(dir.path())
        .arg(&xlsx)
        .output()
        .expect("run soffice");
    let html = std::fs::read_to_string(dir.path().join("town.html")).unwrap_or_else(|e| {
        panic!(
            "soffice wrote no html ({e}): {}{}",
            text(&conv.stdout),
            text(&conv.stderr)
        )
    });
    for sheet in ["会议信息", "测评结果", "签到", "意见建议", "整改台账"] {
        assert!(html.contains(sheet), "sheet {sheet} missing");
    }
    assert!(html.contains("网岭镇党委"));
    assert!(
        html.contains("90.91%"),
        "the share keeps its percentage format"
    );
}
