//! Reading scanned and photographed ballots (光标阅读): page images from files and PDFs, the
//! registration squares and the page map, the QR code, every box's darkness and each item's
//! reading, with everything doubtful kept for a person to decide.

pub mod accuracy;
pub mod classify;
pub mod gray;
pub mod homography;
pub mod measure;
pub mod qr;
pub mod read;
pub mod sheet;
pub mod squares;
pub mod synth;

/// The sheets the accuracy figures and benchmarks are measured on.
pub fn bench_sheets() -> Vec<sheet::Sheet> {
    vec![synth::fixture_town_sheet()]
}
