//! The record read back from every format: HTML printed to PDF by headless Chromium, the Word file
//! unzipped, CSV parsed, so what a reader opens says what the record says.

use chrono::NaiveDate;
use pingyi::export::{self, CsvTable, ExportRequest, Format, fixture::town};
use pingyi::i18n::Lang;
use std::io::Read;
use std::process::Command;

fn req(format: Format, lang: Lang) -> ExportRequest {
    ExportRequest {
        format,
        lang,
        as_of: NaiveDate::from_ymd_opt(2010, 12, 15).expect("a real date"),
        table: CsvTable::Attendance,
    }
}

use crate::common::tools;

#[test]
fn html_prints_to_pdf_with_the_record_in_it() {
    // Debian's Chromium prints the page; poppler's pdftotext reads it back. Without them (and
    // without CI) the test says so and is skipped.
    let test = "html_prints_to_pdf_with_the_record_in_it";
    let packages = "chromium poppler-utils fonts-noto-cjk";
    let Some(chromium) = tools::find(test, &["chromium", "chromium-browser"], packages) else {
        return;
    };
    if tools::find(test, &["pdftotext"], packages).is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp folder");
    let html = dir.path().join("record.html");
    let pdf = dir.path().join("record.pdf");
    let bytes = export::render_record(&town(), &req(Format::Html, Lang::Zh)).expect("html");
    std::fs::write(&html, bytes).expect("write html");
    let profile = tempfile::tempdir().expect("profile folder");
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(&html)
        .output()
        .expect("run chromium");
    assert!(
        pdf.exists(),
        "no PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("run pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout);
    for want in [
        "关于网岭镇党委的群众评议材料",
        "2010年10月19日(星期二) 09:00",
        "一、会议议程",
        "清点到会人数",
        "三、民主测评",
        "党组织群众评议表",
        "五、整改台账",
        "扶贫开发方面的建议第 1 条",
        "已销号",
    ] {
        assert!(text.contains(want), "“{want}” not in the PDF text:\n{text}");
    }
}

/// The text of every `<w:t>` run in the Word file's body.
fn docx_text(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a docx is a zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("word/document.xml")
        .read_to_string(&mut xml)
        .expect("utf-8 xml");
    let mut text = String::new();
    let mut rest = xml.as_str();
    while let Some(start) = rest.find("<w:t") {
        rest = &rest[start..];
        let Some(open_end) = rest.find('>') else {
            break;
        };
        let Some(close) = rest.find("</w:t>") else {
            break;
        };
        if open_end < close {
            text.push_str(&rest[open_end + 1..close]);
            text.push('\n');
        }
        rest = &rest[close + 6..];
    }
    text
}

#[test]
fn word_file_reads_back() {
    for (lang, title, section) in [
        (Lang::Zh, "关于网岭镇党委的群众评议材料", "四、意见建议"),
        (
            Lang::En,
            "Public evaluation record: 网岭镇党委",
            "4. Suggestions",
        ),
    ] {
        let bytes = export::render_record(&town(), &req(Format::Docx, lang)).expect("docx");
        assert!(bytes.starts_with(b"PK"), "a zip file");
        let text = docx_text(&bytes);
        for want in [title, section, "刘建国", "清点到会人数", "黄武", "镇党政办"] {
            assert!(
                text.lines().any(|l| l.contains(want)),
                "“{want}” not in the docx:\n{text}"
            );
        }
    }
}

#[test]
fn csv_tables_read_back() {
    let s = town();
    let read = |table: CsvTable, lang| {
        let mut r = req(Format::Csv, lang);
        r.table = table;
        let bytes = export::render_record(&s, &r).expect("csv");
        assert!(bytes.starts_with(export::csv::BOM), "UTF-8 with BOM");
        let mut rd = csv::Reader::from_reader(&bytes[3..]);
        let header: Vec<String> = rd
            .headers()
            .expect("header")
            .iter()
            .map(String::from)
            .collect();
        let rows: Vec<csv::StringRecord> = rd.records().collect::<Result<_, _>>().expect("rows");
        (header, rows)
    };
    let (h, rows) = read(CsvTable::Attendance, Lang::Zh);
    assert_eq!(h[1], "姓名");
    assert_eq!(rows.len(), 72);
    assert_eq!(rows.iter().filter(|r| &r[4] == "实到").count(), 70);
    assert_eq!(rows.iter().filter(|r| &r[4] == "请假").count(), 2);

    let (h, rows) = read(CsvTable::Suggestions, Lang::En);
    assert_eq!(h[3], "Suggestion");
    assert_eq!(rows.len(), 21);
    assert_eq!(&rows[0][2], "扶贫开发");

    let (h, rows) = read(CsvTable::Ledger, Lang::Zh);
    assert_eq!(h[7], "逾期");
    assert_eq!(rows.len(), 14);
    assert!(rows.iter().any(|r| &r[7] == "是"));
    assert_eq!(&rows[0][5], "2010-12-01");
}

#[test]
fn a_notice_cannot_be_a_csv() {
    let d = export::notice::notice(&town(), Lang::Zh);
    assert!(matches!(
        export::render_document(&d, Format::Csv),
        Err(export::ExportError::NotADocument)
    ));
}

/// Issue 12, item 18: on a machine without Chromium (an empty PATH here) the PDF test passes
/// saying plainly that it was skipped and what to install; with CI set it fails instead.
#[test]
fn without_chromium_the_pdf_test_is_skipped_plainly_unless_ci() {
    let empty = tempfile::tempdir().expect("an empty folder for PATH");
    let run = |ci: bool| {
        let mut c = Command::new(std::env::current_exe().expect("this test binary"));
        c.args([
            "formats::html_prints_to_pdf_with_the_record_in_it",
            "--exact",
            "--nocapture",
        ])
        .env("PATH", empty.path())
        .env_remove("CI");
        if ci {
            c.env("CI", "1");
        }
        c.output().expect("run the test binary")
    };
    let skipped = run(false);
    let err = String::from_utf8_lossy(&skipped.stderr);
    assert!(skipped.status.success(), "{err}");
    assert!(
        err.contains("SKIPPED html_prints_to_pdf_with_the_record_in_it: chromium or chromium-browser is not installed")
            && err.contains("apt-get install -y chromium poppler-utils fonts-noto-cjk"),
        "{err}"
    );
    let in_ci = run(true);
    let out = String::from_utf8_lossy(&in_ci.stdout).into_owned()
        + &String::from_utf8_lossy(&in_ci.stderr);
    assert!(!in_ci.status.success(), "{out}");
    assert!(out.contains("is needed and CI is set"), "{out}");
}
