//! The forms the reader is measured on, laid out by the print layout itself: the town's
//! organisation form (1 target × 8 items, one page) and a large member form (60 × 8, several
//! pages of many rows).

use crate::demo::forms::form;
use crate::paper::layout::{Paper, plan};
use crate::scan::sheet::Sheet;

/// Every page of the printed form of `targets` × `items` on `paper`.
pub fn sheets(targets: usize, items: usize, paper: Paper) -> Vec<Sheet> {
    plan(&form(targets, items), paper)
        .map(|l| Sheet::pages_of(&l))
        .unwrap_or_default()
}

/// The town form on A4: one page.
pub fn town_sheet() -> Sheet {
    sheets(1, 8, Paper::A4)
        .into_iter()
        .next()
        .expect("a 1 × 8 form lays out")
}
