//! Reading scanned and photographed ballots (光标阅读): page images from files and PDFs, the
//! registration squares and the page map, the QR code, every box's darkness and each item's
//! reading, with everything doubtful kept for a person to decide.

pub mod accuracy;
pub mod classify;
pub mod feed;
pub mod form;
pub mod gray;
pub mod halfblock;
pub mod homography;
pub mod intake;
pub mod load;
pub mod measure;
pub mod page;
pub mod pdf;
pub mod qr;
pub mod read;
pub mod run;
pub mod sheet;
pub mod squares;
pub mod synth;
pub mod tiff_pages;
pub mod watch;

use std::path::{Path, PathBuf};

/// The folder beside the meeting file where the pictures of doubtful items go: `X.scans/`.
pub fn scans_dir(file: &Path) -> PathBuf {
    let stem = file.file_stem().map_or_else(
        || "meeting".to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    file.with_file_name(format!("{stem}.scans"))
}

/// The sheets the accuracy figures and benchmarks are measured on: the town form (A4) and the
/// first page of the 60 × 8 member form (16K).
pub fn bench_sheets() -> Vec<sheet::Sheet> {
    use crate::paper::layout::Paper;
    let mut v = synth::fixture::sheets(1, 8, Paper::A4);
    v.extend(
        synth::fixture::sheets(60, 8, Paper::K16)
            .into_iter()
            .take(1),
    );
    v
}
