//! The paper commands' other paths as a user meets them: wrong input refused with a clear
//! sentence and nothing half-written; the sign-in sheet; the record and notice as PDF; the Word
//! record opened in LibreOffice with its columns sized by content.

use super::support::*;
use pingyi::model::{Session, Stamp};
use std::path::Path;

fn refused(args: &[&str], env: &[(&str, &str)], file: &Path, out: &Path, says: &str) {
    let before = std::fs::read(file).unwrap();
    let o = pingyi_env(args, env);
    let err = text(&o.stderr);
    assert!(!o.status.success(), "{args:?} should fail");
    assert!(err.contains(says), "{args:?}: {err}");
    assert_eq!(
        std::fs::read(file).unwrap(),
        before,
        "meeting file untouched"
    );
    assert!(!out.exists(), "no PDF half-written");
    assert!(
        !pingyi::store::lock_path(file).exists(),
        "the lock is given back"
    );
}

#[test]
fn bad_requests_get_a_clear_sentence_and_write_nothing() {
    if !have_font() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut s = pingyi::export::fixture::town();
    let stamp = Stamp::new(s.created, "李静");
    s.add_round("空白轮次", &stamp).unwrap();
    let file = temp_meeting(dir.path(), "town.json", &s);
    let out = dir.path().join("b.pdf");
    let (f, o) = (p(&file), p(&out));
    let ballots = |extra: &[&'static str]| -> Vec<String> {
        let mut v: Vec<String> = ["--lang", "en", "print", "ballots", &f, "-o", &o]
            .iter()
            .map(|x| x.to_string())
            .collect();
        v.extend(extra.iter().map(|x| x.to_string()));
        v
    };
    let run = |extra: &[&'static str], env: &[(&str, &str)], says: &str| {
        let v = ballots(extra);
        let args: Vec<&str> = v.iter().map(String::as_str).collect();
        refused(&args, env, &file, &out, says);
    };
    run(
        &["--round", "9"],
        &[],
        "There is no round 9; this meeting's rounds: 1 ",
    );
    run(&["--round", "2"], &[], "has no targets yet");
    run(
        &["--round", "1", "-n", "0"],
        &[],
        "0 ballots is not possible: print 1 to 5000",
    );
    run(
        &["--round", "1", "-n", "100000"],
        &[],
        "100000 ballots is not possible",
    );
    let empty = tempfile::tempdir().unwrap();
    let dirs = p(empty.path());
    run(
        &["--round", "1"],
        &[("PINGYI_FONT_DIRS", &dirs)],
        "No Chinese font found. Install one",
    );
    let not_font = dir.path().join("x.ttf");
    std::fs::write(&not_font, "no").unwrap();
    let nf = p(&not_font);
    let v = [ballots(&["--round", "1"]), vec!["--font".into(), nf]].concat();
    let args: Vec<&str> = v.iter().map(String::as_str).collect();
    refused(
        &args,
        &[],
        &file,
        &out,
        "is not a font with Chinese characters",
    );

    // An output that cannot be written: a folder that does not exist.
    let nowhere = dir.path().join("missing").join("b.pdf");
    let o2 = p(&nowhere);
    let args = [
        "--lang", "en", "print", "ballots", &f, "--round", "1", "-o", &o2,
    ];
    refused(&args, &[], &file, &nowhere, "missing");

    // A round with no items (targets only).
    let mut s2 = s.clone();
    s2.rounds[1].targets = s.rounds[0].targets.clone();
    let file2 = temp_meeting(dir.path(), "noitems.json", &s2);
    let f2 = p(&file2);
    let args = [
        "--lang", "en", "print", "ballots", &f2, "--round", "2", "-o", &o,
    ];
    refused(&args, &[], &file2, &out, "has no items yet");
}

#[test]
fn a_meeting_open_elsewhere_is_not_written_under_its_feet() {
    if !have_font() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = temp_meeting(dir.path(), "town.json", &pingyi::export::fixture::town());
    let lock =
        pingyi::store::Lock::acquire(&file, "周强", pingyi::export::fixture::at(10, 19, 9, 0))
            .unwrap();
    let out = dir.path().join("b.pdf");
    let before = std::fs::read(&file).unwrap();
    let o = pingyi(&[
        "--lang",
        "en",
        "print",
        "ballots",
        &p(&file),
        "--round",
        "1",
        "-o",
        &p(&out),
    ]);
    assert!(!o.status.success());
    assert!(text(&o.stderr).contains("周强"), "{}", text(&o.stderr));
    assert_eq!(std::fs::read(&file).unwrap(), before);
    assert!(!out.exists());
    // Without serials nothing is recorded, so the file's lock does not matter.
    let o = pingyi(&[
        "print",
        "ballots",
        &p(&file),
        "--round",
        "1",
        "-n",
        "1",
        "--no-serial",
        "-o",
        &p(&out),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    drop(lock);
}

#[test]
fn the_sign_in_sheet_lists_the_roster_by_category_with_page_numbers() {
    if !have_font() || !have("pdftotext") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let s = pingyi::demo::town();
    let file = temp_meeting(dir.path(), "town.json", &s);
    let o = pingyi(&["--lang", "zh", "print", "signin", &p(&file)]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = dir.path().join("town.signin.pdf");
    assert!(
        text(&o.stderr).contains("town.signin.pdf"),
        "says where it went"
    );
    let words = pdftotext(&out);
    for col in ["姓名", "单位", "签名", "备注"] {
        assert!(words.contains(col), "{col}");
    }
    for person in &s.attendance.people {
        assert!(words.contains(&person.name), "{}", person.name);
    }
    for c in &s.attendance.categories {
        assert!(words.contains(c.as_str()), "{c}");
    }
    let pages = pdf_pages(&out);
    assert!(pages >= 2, "{} people", s.attendance.people.len());
    let packed: String = words.split_whitespace().collect();
    assert!(packed.contains(&format!("共{pages}页")), "page numbers");
    let title = format!("{}签到表", s.header.subject);
    assert_eq!(
        words.matches(&title).count(),
        pages,
        "the header on every page"
    );

    let empty = temp_meeting(dir.path(), "empty.json", &Session::new(s.created, s.lang));
    let o = pingyi(&["--lang", "en", "print", "signin", &p(&empty)]);
    assert!(!o.status.success());
    assert!(text(&o.stderr).contains("has no roster yet"));
}

#[test]
fn the_record_and_the_notice_as_pdf_embed_a_subset_cjk_font() {
    if !have_font() || !have("pdftotext") || !have("pdffonts") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = temp_meeting(dir.path(), "town.json", &pingyi::export::fixture::town());
    let rec = dir.path().join("r.pdf");
    let o = pingyi(&[
        "--lang",
        "zh",
        "report",
        &p(&file),
        "--format",
        "pdf",
        "-o",
        &p(&rec),
        "--as-of",
        "2010-12-15",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let words: String = pdftotext(&rec).split_whitespace().collect();
    for w in [
        "关于网岭镇党委的群众评议材料",
        "会议议程",
        "民主测评",
        "整改台账",
        "—1—",
        "—2—",
    ] {
        assert!(words.contains(w), "{w}");
    }
    let fonts = std::process::Command::new("pdffonts")
        .arg(&rec)
        .output()
        .unwrap();
    let fonts = text(&fonts.stdout);
    // `emb sub` both yes: embedded, and only the glyphs used.
    assert!(
        fonts.lines().skip(2).all(|l| l.contains(" yes yes ")),
        "{fonts}"
    );
    let notice = dir.path().join("n.pdf");
    let o = pingyi(&[
        "--lang",
        "zh",
        "notice",
        &p(&file),
        "--format",
        "pdf",
        "-o",
        &p(&notice),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(pdftotext(&notice).contains("网岭镇党委"));
    let o = pingyi(&["--lang", "en", "notice", &p(&file), "--format", "pdf"]);
    assert!(text(&o.stderr).contains("add -o NAME.pdf"));
}

#[test]
fn the_word_record_opens_in_libreoffice_with_columns_sized_by_content() {
    if !have("soffice") || !have("pdftotext") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = temp_meeting(dir.path(), "town.json", &pingyi::export::fixture::town());
    let docx = dir.path().join("r.docx");
    let o = pingyi(&[
        "--lang",
        "zh",
        "report",
        &p(&file),
        "--format",
        "docx",
        "-o",
        &p(&docx),
        "--as-of",
        "2010-12-15",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let conv = std::process::Command::new("soffice")
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&docx)
        .env("HOME", dir.path())
        .output()
        .expect("soffice");
    assert!(conv.status.success(), "{}", text(&conv.stderr));
    let layout = std::process::Command::new("pdftotext")
        .args(["-layout", &p(&dir.path().join("r.pdf")), "-"])
        .output()
        .unwrap();
    let lines = text(&layout.stdout);
    // Short columns keep their header and times on one line: 计划(分钟) and 09:00 unbroken.
    assert!(lines.contains("计划(分钟)"), "{lines}");
    assert!(lines.contains("09:00"), "{lines}");
    // The agenda's item column is at least as wide as its longest unbreakable run, and wider
    // than any time column; header rows repeat.
    let xml = docx_document(&docx);
    let grid = first_grid(&xml);
    assert_eq!(grid.len(), 7);
    assert!(grid[1] > grid[3] && grid[1] > grid[0], "{grid:?}");
    assert!(xml.contains("<w:tblHeader />"));
    assert!(
        xml.contains(r#"w:top="2098""#),
        "GB/T 9704 top margin, 37 mm"
    );
}

fn docx_document(path: &Path) -> String {
    let f = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(f).unwrap();
    let mut s = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut s).unwrap();
    s
}

fn first_grid(xml: &str) -> Vec<u32> {
    let start = xml.find("<w:tblGrid>").unwrap();
    let end = xml[start..].find("</w:tblGrid>").unwrap() + start;
    xml[start..end]
        .split("w:w=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next()?.parse().ok())
        .collect()
}
