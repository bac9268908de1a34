//! `pingyi scan` on the other page formats office scanners write, as a user runs it: a
//! multi-page TIFF (grey, colour, 16-bit, black and white raw and fax) read page by page with a
//! page of a form not read named while the rest count; a PDF of JBIG2 pages; a PDF of JPEG 2000
//! pages made by OpenJPEG's `opj_compress`. What is counted equals the generator's truth.

use super::scan::{demo, ok, pingyi};
use crate::common::tools;
use pingyi::scan::gray::Gray;
use pingyi::scan::synth::scanner_pdf::{Storage, jpx, pdf_of, scanner_pdf};
use pingyi::scan::synth::scanner_tiff::{TiffPage, scanner_tiff};
use std::path::Path;
use std::process::Command;

/// The first page of each of the demo's ballots 1..=n.
fn ballots(dir: &Path, n: usize) -> Vec<Gray> {
    (1..=n)
        .map(|i| {
            let path = dir.join(format!("ballot-{i:04}-p1.png"));
            Gray::from_luma(image::open(path).expect("image").into_luma8())
        })
        .collect()
}

/// Scans `input` into round 1 of `town` and checks every ballot counted against the truth;
/// returns what pingyi printed.
fn scan_and_check(dir: &Path, town: &Path, input: &Path, ballots: usize) -> String {
    let out = ok(&pingyi(
        &[
            "scan",
            town.to_str().unwrap(),
            "--round",
            "1",
            input.to_str().unwrap(),
        ],
        dir,
    ));
    let truth: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(dir.join("truth.json")).expect("truth"))
            .expect("json");
    let file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(town).expect("file")).expect("json");
    let batch = &file["rounds"][0]["batches"][0];
    let counted = batch["ballots"].as_array().expect("ballots");
    let waiting = batch["review"].as_array().map_or(0, Vec::len);
    assert_eq!(counted.len() + waiting, ballots, "{out}");
    assert!(!counted.is_empty(), "{out}");
    for b in counted {
        let serial = &b["scan"]["serial"];
        let t = truth
            .iter()
            .find(|t| &t["serial"] == serial)
            .expect("serial in truth");
        assert_eq!(b["marks"], t["marks"], "ballot {serial}");
    }
    out
}

#[test]
fn every_page_of_a_multi_page_tiff_is_read() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let town = demo(dir, 5);
    // Ballots 1 and 2 in black and white, as the JBIG2 test has them (ballot 4 in black and
    // white goes to review: see the test after this one).
    let kinds = [
        TiffPage::Bilevel,
        TiffPage::Fax,
        TiffPage::Grey8,
        TiffPage::Rgb8,
        TiffPage::Grey16,
    ];
    let mut pages: Vec<(Gray, TiffPage)> = ballots(dir, 5).into_iter().zip(kinds).collect();
    // A sixth page in a form the reader does not take: named, and the five still count.
    pages.push((Gray::filled(400, 300, 255), TiffPage::Float));
    let input = dir.join("tiff");
    std::fs::create_dir_all(&input).expect("dir");
    let tiff = input.join("stack.tif");
    std::fs::write(&tiff, scanner_tiff(&pages).expect("tiff")).expect("write");

    let out = scan_and_check(dir, &town, &input, 5);
    assert!(out.contains("5 pages read"), "{out}");
    assert!(out.contains("1 page not counted"), "{out}");
    assert!(
        out.contains("2 pages were scanned in black and white"),
        "{out}"
    );
    let refused = out
        .lines()
        .find(|l| l.contains("stack.tif page 6"))
        .unwrap_or_default();
    assert!(
        refused.contains("TIFF page's format") && refused.contains("JPEG or PDF"),
        "{out}"
    );
}

#[test]
fn a_black_and_white_page_never_counts_a_blank_it_may_have_lost() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let town = demo(dir, 5);
    // Thresholding this seed's ballot 4 at grey 128 wipes out its light ticks (truth "11"):
    // the image holds no trace of them, so its items must wait for a person with the paper.
    let pages: Vec<(Gray, TiffPage)> = ballots(dir, 5)
        .into_iter()
        .map(|g| (g, TiffPage::Bilevel))
        .collect();
    let input = dir.join("bw");
    std::fs::create_dir_all(&input).expect("dir");
    std::fs::write(input.join("bw.tif"), scanner_tiff(&pages).expect("tiff")).expect("write");
    let out = scan_and_check(dir, &town, &input, 5);
    assert!(
        out.contains("5 pages were scanned in black and white"),
        "{out}"
    );
    let truth: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(dir.join("truth.json")).expect("truth"))
            .expect("json");
    let file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&town).expect("file")).expect("json");
    let review = file["rounds"][0]["batches"][0]["review"]
        .as_array()
        .expect("ballots wait for review");
    let fourth = review
        .iter()
        .find(|p| p["scan"]["serial"] == truth[3]["serial"])
        .expect("ballot 4 waits for review");
    assert_eq!(truth[3]["marks"], "11");
    assert_eq!(fourth["proposal"], "00");
    assert!(
        fourth["doubtful"]
            .as_array()
            .expect("doubtful")
            .iter()
            .all(|d| d["reason"] == "bw_blank"),
        "{fourth}"
    );
}

#[test]
fn a_pdf_of_jbig2_pages_reads_like_its_images() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let town = demo(dir, 2);
    let input = dir.join("jbig2");
    std::fs::create_dir_all(&input).expect("dir");
    let pdf = scanner_pdf(&ballots(dir, 2), 250.0, Storage::Jbig2).expect("jbig2 pdf");
    std::fs::write(input.join("scan.pdf"), pdf).expect("write");

    let out = scan_and_check(dir, &town, &input, 2);
    assert!(out.contains("2 pages read"), "{out}");
    assert!(out.contains("0 pages not counted"), "{out}");
    assert!(
        out.contains("2 pages were scanned in black and white"),
        "{out}"
    );
}

/// A binary PGM of `g`, which every OpenJPEG build reads.
fn pgm(g: &Gray) -> Vec<u8> {
    let mut out = format!("P5\n{} {}\n255\n", g.w, g.h).into_bytes();
    out.extend(&g.px);
    out
}

#[test]
fn a_pdf_of_jpeg_2000_pages_reads_like_its_images() {
    let test = "a_pdf_of_jpeg_2000_pages_reads_like_its_images";
    let Some(opj) = tools::find(test, &["opj_compress"], "libopenjp2-tools") else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let town = demo(dir, 2);
    // One page a raw codestream (.j2k), the other a JP2 file, both lossy at 1:20 as a
    // scanner's "high compression" setting writes them.
    let mut stored = Vec::new();
    for (i, (page, ext)) in ballots(dir, 2).iter().zip(["j2k", "jp2"]).enumerate() {
        let src = dir.join(format!("page{i}.pgm"));
        let dst = dir.join(format!("page{i}.{ext}"));
        std::fs::write(&src, pgm(page)).expect("write");
        let made = Command::new(opj)
            .arg("-i")
            .arg(&src)
            .arg("-o")
            .arg(&dst)
            .args(["-r", "20"])
            .output()
            .expect("opj_compress runs");
        assert!(made.status.success(), "{made:?}");
        stored.push(jpx(page.w, page.h, std::fs::read(&dst).expect("jpeg 2000")));
    }
    let input = dir.join("jpx");
    std::fs::create_dir_all(&input).expect("dir");
    let pdf = pdf_of(stored, 250.0).expect("pdf");
    std::fs::write(input.join("scan.pdf"), pdf).expect("write");

    let out = scan_and_check(dir, &town, &input, 2);
    assert!(out.contains("2 pages read"), "{out}");
    assert!(out.contains("0 pages not counted"), "{out}");
}
