//! What the reader needs to know of a printed page, in millimetres from the page's top-left
//! corner: its size, the four registration squares (one of them distinct, for orientation), where
//! the QR codes are, and every box with the target, item and grade it stands for.
//!
//! It is built from the printed layout (`paper::layout`), so printing and reading share one
//! geometry; the synthetic-scan generator draws from the same description.

use crate::paper::layout::{BallotLayout, Corner, PageLayout, Rect};

/// A point on the page, in millimetres (x right, y down).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mm {
    pub x: f64,
    pub y: f64,
}

/// An axis-aligned rectangle on the page, in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RectMm {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl RectMm {
    pub fn centre(&self) -> Mm {
        Mm {
            x: self.x + self.w / 2.0,
            y: self.y + self.h / 2.0,
        }
    }

    /// The rectangle grown by `d` on every side (shrunk when `d` is negative).
    pub fn grown(&self, d: f64) -> RectMm {
        RectMm {
            x: self.x - d,
            y: self.y - d,
            w: (self.w + 2.0 * d).max(0.0),
            h: (self.h + 2.0 * d).max(0.0),
        }
    }
}

/// A solid registration square; the odd one (larger) tells which way up the page is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RegSquare {
    pub rect: RectMm,
    pub odd: bool,
}

/// One box a voter marks: the cell of `target` × `item`, grade `grade` (indexes in form order).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkBox {
    pub rect: RectMm,
    /// The table cell around the box (its outline is printed too).
    pub cell: RectMm,
    pub target: usize,
    pub item: usize,
    pub grade: usize,
}

/// One printed page as the reader sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub width: f64,
    pub height: f64,
    /// Top-left, top-right, bottom-right, bottom-left, as printed.
    pub squares: [RegSquare; 4],
    /// Where the QR codes are printed (the same payload in each).
    pub codes: Vec<RectMm>,
    /// Where the serial is printed in plain digits (what review shows when the code is unread).
    pub serial_text: Vec<RectMm>,
    pub boxes: Vec<MarkBox>,
    /// Where grade labels are printed (text near the boxes; the generator draws it).
    pub labels: Vec<RectMm>,
}

impl Sheet {
    /// The index (0–3, clockwise from top-left) of the distinct square.
    pub fn distinct_square(&self) -> usize {
        self.squares.iter().position(|s| s.odd).unwrap_or(0)
    }

    /// The boxes of one item of one target, in grade order.
    pub fn item_boxes(&self, target: usize, item: usize) -> Vec<&MarkBox> {
        let mut v: Vec<&MarkBox> = self
            .boxes
            .iter()
            .filter(|b| b.target == target && b.item == item)
            .collect();
        v.sort_by_key(|b| b.grade);
        v
    }

    /// The (target, item) cells on this page, in form order.
    pub fn cells(&self) -> Vec<(usize, usize)> {
        let mut v: Vec<(usize, usize)> = self.boxes.iter().map(|b| (b.target, b.item)).collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}

impl From<Rect> for RectMm {
    fn from(r: Rect) -> RectMm {
        RectMm {
            x: f64::from(r.x),
            y: f64::from(r.y),
            w: f64::from(r.w),
            h: f64::from(r.h),
        }
    }
}

impl Sheet {
    /// The reader's view of one page of a printed ballot; `None` if the page lacks a square.
    pub fn from_layout(layout: &BallotLayout, page: &PageLayout) -> Option<Sheet> {
        let corner = |c: Corner| {
            page.squares
                .iter()
                .find(|s| s.corner == c)
                .map(|s| RegSquare {
                    rect: s.rect.into(),
                    odd: s.odd,
                })
        };
        Some(Sheet {
            width: f64::from(layout.width_mm),
            height: f64::from(layout.height_mm),
            squares: [
                corner(Corner::TopLeft)?,
                corner(Corner::TopRight)?,
                corner(Corner::BottomRight)?,
                corner(Corner::BottomLeft)?,
            ],
            codes: page.qr.iter().map(|&r| r.into()).collect(),
            serial_text: page.serial_text.iter().map(|&r| r.into()).collect(),
            boxes: page
                .boxes
                .iter()
                .map(|b| MarkBox {
                    rect: b.rect.into(),
                    cell: b.cell.into(),
                    target: b.target,
                    item: b.item,
                    grade: b.grade,
                })
                .collect(),
            labels: page.grade_cells.iter().map(|g| g.rect.into()).collect(),
        })
    }

    /// Every page of a printed ballot.
    pub fn pages_of(layout: &BallotLayout) -> Vec<Sheet> {
        layout
            .pages
            .iter()
            .filter_map(|p| Sheet::from_layout(layout, p))
            .collect()
    }
}
