//! Reading one page image: find the squares and fix the page map, read the code, measure every
//! box of the sheet and read each item. Each step that fails says why, in a `PageProblem`.

use super::classify::{Doubt, ItemReading, Rules, read_item};
use super::gray::Gray;
use super::homography::Homography;
use super::measure::{BoxMeasure, measure};
use super::sheet::{RectMm, Sheet};
use super::squares::{self, SquaresProblem};
use crate::model::ballot::Mark;

/// Why a page image could not be read as a ballot page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageProblem {
    /// No registration squares: a blank page, or a picture of something else.
    NoSquares,
    /// Only this many of the four squares (a corner torn or folded off).
    MissingSquares(usize),
    /// Four squares, none marked as the top-left one.
    NoOrientation,
    /// The squares do not make a page the size of the sheet.
    BadGeometry,
}

impl From<SquaresProblem> for PageProblem {
    fn from(p: SquaresProblem) -> PageProblem {
        match p {
            SquaresProblem::None => PageProblem::NoSquares,
            SquaresProblem::Missing(n) => PageProblem::MissingSquares(n),
            SquaresProblem::NoOrientation => PageProblem::NoOrientation,
        }
    }
}

/// Where the page lies in the image.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Located {
    /// Page millimetres to image pixels.
    pub map: Homography,
    /// Quarter turns the page lies turned clockwise in the image (2: upside down).
    pub turns: usize,
    /// The squares' centres in the image, in the sheet's order (top-left, top-right,
    /// bottom-right, bottom-left as printed).
    pub centres: [(f64, f64); 4],
}

impl Located {
    /// The same squares mapped onto another sheet's (another paper size puts them elsewhere in
    /// millimetres); `None` if that sheet's squares make no map.
    pub fn for_sheet(&self, sheet: &Sheet) -> Option<Located> {
        let from = sheet.squares.map(|sq| {
            let c = sq.rect.centre();
            (c.x, c.y)
        });
        let map = Homography::from_points(&from, &self.centres)?;
        Some(Located { map, ..*self })
    }
}

/// Finds the page in the image through the squares of `frame` (the squares are in the same
/// place on every page of a form).
pub fn locate(img: &Gray, frame: &Sheet) -> Result<Located, PageProblem> {
    let f = (img.w.max(img.h) as f64 / 800.0).round().max(1.0) as usize;
    let small = img.reduced(f);
    let blobs = squares::blobs(&small);
    let found = squares::find(&blobs, small.w, small.h)?;
    let turns = (found.distinct + 4 - frame.distinct_square()) % 4;
    let mut from = [(0.0, 0.0); 4];
    let mut to = [(0.0, 0.0); 4];
    let ff = f as f64;
    for (i, sq) in frame.squares.iter().enumerate() {
        let c = sq.rect.centre();
        from[i] = (c.x, c.y);
        let b = found.corners[(i + turns) % 4];
        to[i] = ((b.cx + 0.5) * ff - 0.5, (b.cy + 0.5) * ff - 0.5);
    }
    let map = Homography::from_points(&from, &to).ok_or(PageProblem::BadGeometry)?;
    let side = frame.squares[0].rect.w;
    let c = frame.squares[0].rect.centre();
    let px_per_mm = map.scale_at(c.x, c.y);
    let measured_side = found.corners.iter().map(|b| b.area).sum::<f64>().sqrt() / 2.0 * ff;
    let ratio = measured_side / (side * px_per_mm);
    if !(0.5..=2.0).contains(&ratio) {
        return Err(PageProblem::BadGeometry);
    }
    Ok(Located {
        map,
        turns,
        centres: to,
    })
}

/// One item as read from the page.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemRead {
    pub target: usize,
    pub item: usize,
    pub reading: ItemReading,
    /// One per grade, in order.
    pub boxes: Vec<BoxMeasure>,
}

/// Measures and reads every item of `sheet`.
pub fn read_items(img: &Gray, at: &Located, sheet: &Sheet, rules: &Rules) -> Vec<ItemRead> {
    let black_and_white = img.is_black_and_white();
    sheet
        .cells()
        .into_iter()
        .map(|(target, item)| {
            let boxes: Vec<BoxMeasure> = sheet
                .item_boxes(target, item)
                .iter()
                .map(|b| measure(img, &at.map, &b.rect))
                .collect();
            ItemRead {
                target,
                item,
                reading: if black_and_white {
                    blank_in_black_and_white(read_item(rules, &boxes))
                } else {
                    read_item(rules, &boxes)
                },
                boxes,
            }
        })
        .collect()
}

/// On a page scanned in black and white a faint pencil mark can be thresholded away before
/// pingyi sees it (BENCHMARKS.md: every mark counted wrong in the measurements was one), so an
/// item that reads blank there is not decided by pingyi: it waits for a person with the paper.
fn blank_in_black_and_white(mut r: ItemReading) -> ItemReading {
    if r.doubt.is_none() && r.proposal == Mark::Blank {
        r.doubt = Some(Doubt::BlankInBlackAndWhite);
        r.confidence = 0.0;
    }
    r
}

/// The page region `r` (mm) as an upright picture at `px_per_mm`, whatever the tilt of the image:
/// what review shows of a row.
pub fn crop(img: &Gray, at: &Located, r: &RectMm, px_per_mm: f64) -> Gray {
    upright(img, &at.map, r, px_per_mm)
}

/// The page region `r` (mm) resampled upright through `map` at `px_per_mm`.
pub fn upright(img: &Gray, map: &Homography, r: &RectMm, px_per_mm: f64) -> Gray {
    let w = ((r.w * px_per_mm) as usize).clamp(1, 4000);
    let h = ((r.h * px_per_mm) as usize).clamp(1, 4000);
    let mut out = Gray::filled(w, h, 255);
    for y in 0..h {
        for x in 0..w {
            let mx = r.x + (x as f64 + 0.5) / px_per_mm;
            let my = r.y + (y as f64 + 0.5) / px_per_mm;
            let (px, py) = map.map(mx, my);
            out.px[y * w + x] = img.sample(px, py).round() as u8;
        }
    }
    out
}

/// The rectangle around every box of one target's row on `sheet`, with a margin.
pub fn row_rect(sheet: &Sheet, target: usize) -> Option<RectMm> {
    let boxes = sheet.boxes.iter().filter(|b| b.target == target);
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    let mut any = false;
    for b in boxes {
        any = true;
        x0 = x0.min(b.rect.x);
        y0 = y0.min(b.rect.y);
        x1 = x1.max(b.rect.x + b.rect.w);
        y1 = y1.max(b.rect.y + b.rect.h);
    }
    any.then_some(RectMm {
        x: x0 - 3.0,
        y: y0 - 3.0,
        w: x1 - x0 + 6.0,
        h: y1 - y0 + 6.0,
    })
}
