//! `pingyi scan` as a user runs it: simulated scans made by `pingyi demo --scans` are counted
//! into a new batch and agree with the generator's truth; bad input (a blank page, a picture of
//! something else, a torn corner, an empty file, a 100-megapixel image, a PDF with no image, a
//! page of another meeting) is named with its reason while the rest is counted; a serial read
//! twice counts once; a scanner's PDF (JPEG and CCITT fax pages) reads as its images do.

use pingyi::scan::gray::Gray;
use pingyi::scan::synth::scanner_pdf::{Storage, scanner_pdf};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub(crate) fn pingyi(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pingyi"))
        .args(["--lang", "en"])
        .args(args)
        .current_dir(cwd)
        .env("PINGYI_DIR", cwd)
        .output()
        .expect("pingyi runs")
}

pub(crate) fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Generated scans of `count` town ballots in `dir`, and the meeting to scan them into.
pub(crate) fn demo(dir: &Path, count: usize) -> PathBuf {
    let n = count.to_string();
    ok(&pingyi(
        &[
            "demo",
            "--scans",
            dir.to_str().unwrap(),
            "--count",
            &n,
            "--seed",
            "5",
        ],
        dir,
    ));
    dir.join("town.json")
}

fn png(g: &Gray, path: &Path) {
    g.to_luma().expect("image").save(path).expect("png written");
}

fn load(path: &Path) -> Gray {
    Gray::from_luma(image::open(path).expect("image").into_luma8())
}

/// The header of a PNG claiming 10,000 × 10,000 pixels (the pixels are never read).
fn huge_png_header() -> Vec<u8> {
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend(10_000u32.to_be_bytes());
    ihdr.extend(10_000u32.to_be_bytes());
    ihdr.extend([8, 0, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(13u32.to_be_bytes());
    out.extend(&ihdr);
    out.extend(crc32(&ihdr).to_be_bytes());
    out.extend(0u32.to_be_bytes());
    out.extend(b"IDAT");
    out.extend(crc32(b"IDAT").to_be_bytes());
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for &b in bytes {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
    }
    !c
}

fn text_only_pdf() -> Vec<u8> {
    use lopdf::{Document, Object, Stream, dictionary};
    let mut doc = Document::with_version("1.5");
    let pages = doc.new_object_id();
    let content = doc.add_object(Stream::new(dictionary! {}, b"BT ET".to_vec()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages, "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
        ),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("pdf");
    out
}

/// Bad input beside the good pages: each a file of its own in `bad/`.
fn bad_inputs(dir: &Path) -> PathBuf {
    let bad = dir.join("bad");
    std::fs::create_dir_all(&bad).expect("dir");
    png(&Gray::filled(1240, 1754, 245), &bad.join("blank.png"));
    let mut other = Gray::filled(1600, 1200, 200);
    for y in 0..1200 {
        for x in 0..1600 {
            let v = ((x / 40 + y / 60) % 3) as u8 * 60 + (x % 97) as u8;
            other.px[y * 1600 + x] = v;
        }
    }
    png(&other, &bad.join("photo-of-a-wall.png"));
    let mut torn = load(&dir.join("ballot-0001-p1.png"));
    let (w, h) = (torn.w, torn.h);
    for y in 0..h / 8 {
        for x in w - w / 6..w {
            torn.px[y * w + x] = 255;
        }
    }
    png(&torn, &bad.join("torn.png"));
    std::fs::write(bad.join("empty.png"), b"").expect("write");
    std::fs::write(bad.join("huge.png"), huge_png_header()).expect("write");
    std::fs::write(bad.join("document.pdf"), text_only_pdf()).expect("write");
    // The same scan copied in a second time under another name: read once.
    std::fs::copy(dir.join("ballot-0002-p1.png"), bad.join("copy-of-2.png")).expect("copy");
    bad
}

#[test]
fn scanned_pages_are_counted_and_bad_input_is_named() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let town = demo(dir, 4);
    let bad = bad_inputs(dir);
    let args = [
        "scan",
        town.to_str().unwrap(),
        "--round",
        "1",
        dir.to_str().unwrap(),
    ];
    let out = ok(&pingyi(
        &[&args[..], &[bad.to_str().unwrap()]].concat(),
        dir,
    ));
    assert!(out.contains("Batch “扫描 1”: 4 pages read"), "{out}");
    for (file, reason) in [
        ("blank.png", "no registration squares found"),
        ("photo-of-a-wall.png", "no registration squares"),
        ("torn.png", "only 3 of the 4 registration squares"),
        ("empty.png", "the file is empty (0 bytes)"),
        ("huge.png", "too large (10000×10000 pixels)"),
        ("document.pdf", "holds no image"),
    ] {
        let line = out.lines().find(|l| l.contains(file)).unwrap_or_default();
        assert!(line.contains(reason), "{file}: {line}\n{out}");
    }
    assert!(out.contains("6 pages not counted"), "{out}");
    assert!(
        out.contains(
            "1 file the same as one read before (renamed or copied twice), not counted again"
        ),
        "{out}"
    );

    // What was counted is what the voters marked; what waits for review is not counted.
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("truth.json")).expect("truth"))
            .expect("json");
    let file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&town).expect("file")).expect("json");
    let batch = &file["rounds"][0]["batches"][0];
    assert_eq!(batch["label"], "扫描 1");
    let counted = batch["ballots"].as_array().expect("ballots");
    let waiting = batch["review"].as_array().map_or(0, Vec::len);
    assert_eq!(counted.len() + waiting, 4);
    for b in counted {
        let serial = &b["scan"]["serial"];
        let t = truth
            .as_array()
            .expect("truth")
            .iter()
            .find(|t| &t["serial"] == serial)
            .expect("serial in truth");
        assert_eq!(b["marks"], t["marks"], "ballot {serial}");
    }
    let in_doubt: usize = batch["review"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| p["doubtful"].as_array().map_or(0, Vec::len))
        .sum();
    assert!(
        out.contains(&format!("{waiting} to review ({in_doubt} item")),
        "{out}"
    );
    for p in batch["review"].as_array().into_iter().flatten() {
        for crop in p["crops"].as_array().expect("crops") {
            assert!(
                dir.join("town.scans")
                    .join(crop.as_str().expect("path"))
                    .is_file()
            );
        }
    }

    // The same pages again: every serial was read already, nothing is counted twice.
    let again = ok(&pingyi(&args, dir));
    assert!(
        again.contains("No batch made: 0 pages read, 0 ballots counted"),
        "{again}"
    );
    assert_eq!(
        again.matches("was already read; counted once").count(),
        4,
        "{again}"
    );
}

#[test]
fn pages_of_another_meeting_are_refused() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    demo(dir, 2);
    let other = dir.join("oilfield.json");
    ok(&pingyi(
        &[
            "demo",
            "--example",
            "oilfield",
            "-o",
            other.to_str().unwrap(),
        ],
        dir,
    ));
    let out = ok(&pingyi(
        &[
            "scan",
            other.to_str().unwrap(),
            "--round",
            "1",
            dir.to_str().unwrap(),
        ],
        dir,
    ));
    assert_eq!(
        out.matches("a ballot of another meeting").count(),
        2,
        "{out}"
    );
    assert!(out.contains("No batch made"), "{out}");
}

#[test]
fn a_scanners_pdf_reads_like_its_images() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let town = demo(dir, 2);
    let pages: Vec<Gray> = (1..=2)
        .map(|n| load(&dir.join(format!("ballot-000{n}-p1.png"))))
        .collect();
    let pdfs = dir.join("pdf");
    std::fs::create_dir_all(&pdfs).expect("dir");
    let jpeg = scanner_pdf(&pages[..1], 250.0, Storage::Jpeg).expect("jpeg pdf");
    let fax = scanner_pdf(&pages[1..], 250.0, Storage::Fax).expect("fax pdf");
    std::fs::write(pdfs.join("scan-jpeg.pdf"), jpeg).expect("write");
    std::fs::write(pdfs.join("scan-fax.pdf"), fax).expect("write");
    let out = ok(&pingyi(
        &[
            "scan",
            town.to_str().unwrap(),
            "--round",
            "1",
            pdfs.to_str().unwrap(),
        ],
        dir,
    ));
    assert!(out.contains("2 pages read"), "{out}");
    assert!(out.contains("0 pages not counted"), "{out}");
    assert!(
        out.contains("1 page was scanned in black and white"),
        "{out}"
    );
}

fn pingyi_with_input(args: &[&str], cwd: &Path, input: &str) -> String {
    use std::io::Write as _;
    let mut child = Command::new(env!("CARGO_BIN_EXE_pingyi"))
        .args(["--lang", "en"])
        .args(args)
        .current_dir(cwd)
        .env("PINGYI_DIR", cwd)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("pingyi runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("input");
    ok(&child.wait_with_output().expect("output"))
}

#[test]
fn doubtful_ballots_are_decided_in_review_and_the_counts_equal_the_truth() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let town = demo(dir, 12);
    let f = town.to_str().unwrap();
    ok(&pingyi(
        &["scan", f, "--round", "1", dir.to_str().unwrap()],
        dir,
    ));
    let truth: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(dir.join("truth.json")).expect("truth"))
            .expect("json");
    let mut decided = 0;
    loop {
        // Look at the worst waiting ballot, then type what the voter marked.
        let shown = pingyi_with_input(&["scan", f, "--round", "1", "--review"], dir, "q\n");
        let Some(header) = shown.lines().find(|l| l.starts_with("Ballot ")) else {
            break;
        };
        let serial = header.split_whitespace().nth(1).expect("serial");
        let t = truth
            .iter()
            .find(|t| t["serial"] == serial)
            .expect("in truth");
        let marks = t["marks"].as_str().expect("marks").replace('x', ".");
        let out = pingyi_with_input(
            &["scan", f, "--round", "1", "--review"],
            dir,
            &format!("{marks}\nq\n"),
        );
        assert!(out.contains("1 ballot decided"), "{out}");
        decided += 1;
        assert!(decided <= 12, "review does not end");
    }
    assert!(decided >= 1, "the seed gives doubtful ballots to review");
    let file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&town).expect("file")).expect("json");
    let batch = &file["rounds"][0]["batches"][0];
    assert!(batch["review"].as_array().is_none_or(Vec::is_empty));
    let ballots = batch["ballots"].as_array().expect("ballots");
    assert_eq!(ballots.len(), 12);
    for b in ballots {
        let t = truth
            .iter()
            .find(|t| t["serial"] == b["scan"]["serial"])
            .expect("in truth");
        assert_eq!(b["marks"], t["marks"], "{}", b["scan"]["serial"]);
    }
    let reviews = file["audit"]
        .as_array()
        .expect("audit")
        .iter()
        .filter(|e| e["action"] == "scan.review")
        .count();
    assert_eq!(reviews, decided);
}

#[test]
fn ballots_printed_by_pingyi_read_back_and_a_serial_never_printed_is_refused() {
    if Command::new("pdftoppm").arg("-v").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "pdftoppm (poppler-utils) is needed in CI"
        );
        eprintln!("skipped: pdftoppm (poppler-utils) is not installed");
        return;
    }
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let town = demo(dir, 1);
    let f = town.to_str().unwrap();
    let pdf = dir.join("ballots.pdf");
    ok(&pingyi(
        &[
            "print",
            "ballots",
            f,
            "--round",
            "1",
            "-n",
            "2",
            "-o",
            pdf.to_str().unwrap(),
        ],
        dir,
    ));
    let pages = dir.join("printed");
    std::fs::create_dir_all(&pages).expect("dir");
    let rendered = Command::new("pdftoppm")
        .args(["-r", "200", "-gray", "-png"])
        .arg(&pdf)
        .arg(pages.join("page"))
        .status()
        .expect("pdftoppm runs");
    assert!(rendered.success());
    let generated = dir.join("ballot-0001-p1.png");
    let out = ok(&pingyi(
        &[
            "scan",
            f,
            "--round",
            "1",
            pages.to_str().unwrap(),
            generated.to_str().unwrap(),
        ],
        dir,
    ));
    assert!(
        out.contains("2 pages read, 2 ballots counted (0 marks)"),
        "{out}"
    );
    let line = out
        .lines()
        .find(|l| l.contains("ballot-0001-p1.png"))
        .unwrap_or_default();
    assert!(line.contains("was never printed for this meeting"), "{out}");
}
