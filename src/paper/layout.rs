//! The geometry of a printed ballot (测评票): the one description that printing draws and a
//! scanner reads, written out by `pingyi print ballots --layout OUT.json`.
//!
//! How a reader maps a page:
//! - Units are millimetres; the origin is the page's top-left corner, x grows to the right and
//!   y grows downwards (as a scanned image's pixels do). `width_mm × height_mm` is the paper.
//! - Four solid black squares sit near the corners (`squares`, their outer edges [`EDGE_MM`] from
//!   the paper's edges). Three are [`SQUARE_MM`] wide; the top-left one is larger
//!   ([`ODD_SQUARE_MM`], `odd: true`). Find the four, take their centres ([`Rect::center`]) and map
//!   them onto the layout's centres; when the large square turns up bottom-right the page was
//!   fed upside down.
//! - The page's QR code ([`super::code`]) is printed twice, top-right and bottom-left (`qr`); it
//!   names the meeting, the round, the form's fingerprint, the serial and page k of N, which
//!   picks the entry of `pages` to read the page with.
//! - Every mark box ([`MarkBox`]) has its target, item and grade (indexes into `targets`,
//!   `items` and the item's `grades`, and the model's ids); a tick fills its [`BOX_MM`] square.
//!
//! Every copy of a ballot has the same geometry; only the code and the serial differ.

use crate::model::{BallotRound, Id};
use serde::{Deserialize, Serialize};
use unicode_width::UnicodeWidthStr;

/// The version of this description (`layout_version` in the JSON); a reader refuses others.
pub const LAYOUT_VERSION: u32 = 1;
/// Distance from each paper edge to the outer edge of its registration square.
pub const EDGE_MM: f32 = 10.0;
/// Side of the three ordinary registration squares.
pub const SQUARE_MM: f32 = 6.0;
/// Side of the odd (top-left) registration square.
pub const ODD_SQUARE_MM: f32 = 9.0;
/// Side of each QR symbol, without its quiet zone.
pub const QR_MM: f32 = 22.0;
/// Blank space kept around each QR symbol (more than the four modules the standard asks).
pub const QR_QUIET_MM: f32 = 3.0;
/// Side of a mark box: what a pen tick fills.
pub const BOX_MM: f32 = 5.0;
/// Height of one target's row in the table.
pub const ROW_MM: f32 = 7.0;
/// Narrowest column one grade's box may have (the box and three quarters of a millimetre
/// either side).
pub const GRADE_MIN_MM: f32 = 6.5;
/// Widest a grade column grows when the page has room (so short forms read easily).
pub const GRADE_MAX_MM: f32 = 16.0;
/// Font size of the table's text (target names, items, grades).
pub const TABLE_FONT_MM: f32 = 3.2;

/// A paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    A4,
    B5,
    /// 16开: 195 × 270 mm, common for questionnaires and exam sheets in China.
    #[default]
    #[serde(rename = "16k")]
    K16,
}

impl Paper {
    pub const ALL: [Paper; 3] = [Paper::A4, Paper::B5, Paper::K16];

    /// Width and height in millimetres, portrait.
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::B5 => (176.0, 250.0),
            Paper::K16 => (195.0, 270.0),
        }
    }

    /// `a4`, `b5`, `16k`: as the command line and the JSON write it.
    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::B5 => "b5",
            Paper::K16 => "16k",
        }
    }

    pub fn parse(s: &str) -> Option<Paper> {
        Paper::ALL
            .into_iter()
            .find(|p| p.name().eq_ignore_ascii_case(s.trim()))
    }
}

/// A rectangle on the page: top-left corner and size, in millimetres.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub const fn new(x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect { x, y, w, h }
    }

    pub fn center(&self) -> (f32, f32) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    pub fn right(&self) -> f32 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }

    /// Whether the two overlap (touching edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.right() && o.x < self.right() && self.y < o.bottom() && o.y < self.bottom()
    }

    /// Whether `o` lies wholly inside this rectangle.
    pub fn contains(&self, o: &Rect) -> bool {
        const EPS: f32 = 1e-3;
        o.x >= self.x - EPS
            && o.y >= self.y - EPS
            && o.right() <= self.right() + EPS
            && o.bottom() <= self.bottom() + EPS
    }
}

/// Which corner of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Corner {
    TopLeft,
    TopRight,
    BottomLeft,
    BottomRight,
}

/// A solid registration square.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Square {
    pub corner: Corner,
    pub rect: Rect,
    /// The one larger square (top-left): tells which way up the page is.
    pub odd: bool,
}

/// One box to tick: this target's grade on this item.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MarkBox {
    /// Index into [`BallotLayout::targets`] (form order).
    pub target: usize,
    /// Index into [`BallotLayout::items`] (form order).
    pub item: usize,
    /// Index into the item's grades (0 = the scale's first, as a ballot's mark `1`).
    pub grade: usize,
    pub target_id: Id,
    pub item_id: Id,
    pub rect: Rect,
    /// The table cell the box sits in (what the printer outlines around it).
    pub cell: Rect,
}

/// How the form's table is arranged on the paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arrangement {
    /// One row per target; one column group per item, a column per grade (labels above).
    TargetsAsRows,
    /// A heading row per target, then one row per item; each grade's box has its label beside
    /// it (forms with few targets and many items: the town form fits one page).
    ItemsAsRows,
}

/// A target's name cell: at the left of its row, or the heading row over its items.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct RowCell {
    pub target: usize,
    pub rect: Rect,
}

/// An item's name: above its group of grade columns, or at the left of its row.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ItemCell {
    pub item: usize,
    pub rect: Rect,
}

/// A grade's label: above its column of boxes, or beside its box.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GradeCell {
    pub item: usize,
    pub grade: usize,
    pub rect: Rect,
    /// The label is written one character under the other (the column is too narrow for it).
    pub vertical: bool,
}

/// One page of a ballot: its marks, codes, text places and the part of the table it holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageLayout {
    /// 1-based, as the code's `k` in `k/N`.
    pub page: u32,
    pub squares: Vec<Square>,
    /// The QR symbols (without quiet zone): top-right, then bottom-left.
    pub qr: Vec<Rect>,
    /// Where the serial is printed in plain digits, beside each QR code.
    pub serial_text: Vec<Rect>,
    pub title: Rect,
    pub header_line: Rect,
    pub instructions: Rect,
    /// The confidentiality note and the page number, at the foot.
    pub footer: Rect,
    /// The whole table, header included.
    pub table: Rect,
    /// The header cell over the target names (测评对象).
    pub name_header: Rect,
    pub item_cells: Vec<ItemCell>,
    pub grade_cells: Vec<GradeCell>,
    pub rows: Vec<RowCell>,
    pub boxes: Vec<MarkBox>,
}

/// A target as the layout names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LayoutTarget {
    pub id: Id,
    pub name: String,
}

/// An item with its grades in the form's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LayoutItem {
    pub id: Id,
    pub name: String,
    pub grades: Vec<String>,
}

/// The geometry of every page of one ballot of a round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BallotLayout {
    pub layout_version: u32,
    /// Always `mm`: a reminder for readers of the JSON.
    pub units: String,
    pub paper: Paper,
    pub width_mm: f32,
    pub height_mm: f32,
    pub round_id: Id,
    pub arrangement: Arrangement,
    pub targets: Vec<LayoutTarget>,
    pub items: Vec<LayoutItem>,
    pub pages: Vec<PageLayout>,
}

/// Why a round's form cannot be laid out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LayoutError {
    #[error("the round has no targets")]
    NoTargets,
    #[error("the round has no items")]
    NoItems,
    #[error("item {0} has no grades")]
    NoGrades(String),
}

impl BallotLayout {
    /// Pages per ballot.
    pub fn page_count(&self) -> u32 {
        u32::try_from(self.pages.len()).unwrap_or(u32::MAX)
    }

    /// Every mark box of every page.
    pub fn boxes(&self) -> impl Iterator<Item = (&PageLayout, &MarkBox)> {
        self.pages
            .iter()
            .flat_map(|p| p.boxes.iter().map(move |b| (p, b)))
    }
}

/// Lays out the round's form on `paper`, in whichever arrangement takes fewer pages (on a tie,
/// items as rows for a single target, else targets as rows): a form too wide for the paper splits its items over pages, one too long its
/// targets, and every page carries its own marks, codes and header.
pub fn plan(round: &BallotRound, paper: Paper) -> Result<BallotLayout, LayoutError> {
    if round.targets.is_empty() {
        return Err(LayoutError::NoTargets);
    }
    if round.items.is_empty() {
        return Err(LayoutError::NoItems);
    }
    if let Some(i) = round.items.iter().find(|i| i.scale.grades.is_empty()) {
        return Err(LayoutError::NoGrades(i.name.clone()));
    }
    let (w, h) = paper.size_mm();
    let frame = Frame::new(w, h);
    let grid = super::arrange::targets_as_rows(round, &frame);
    let rows = super::arrange::items_as_rows(round, &frame);
    // On a tie a single target reads better item by item (labels beside their boxes).
    let by_items =
        rows.len() < grid.len() || (rows.len() == grid.len() && round.targets.len() == 1);
    let (arrangement, parts) = if by_items {
        (Arrangement::ItemsAsRows, rows)
    } else {
        (Arrangement::TargetsAsRows, grid)
    };
    let pages = parts
        .into_iter()
        .enumerate()
        .map(|(n, part)| frame.page(u32::try_from(n + 1).unwrap_or(u32::MAX), part))
        .collect();
    Ok(BallotLayout {
        layout_version: LAYOUT_VERSION,
        units: "mm".to_string(),
        paper,
        width_mm: w,
        height_mm: h,
        round_id: round.id,
        arrangement,
        targets: round
            .targets
            .iter()
            .map(|t| LayoutTarget {
                id: t.id,
                name: t.name.clone(),
            })
            .collect(),
        items: round
            .items
            .iter()
            .map(|i| LayoutItem {
                id: i.id,
                name: i.name.clone(),
                grades: i.scale.grades.iter().map(|g| g.label.clone()).collect(),
            })
            .collect(),
        pages,
    })
}

/// The table part of one page, as an arrangement lays it out.
pub(super) struct TablePart {
    pub(super) table: Rect,
    pub(super) name_header: Rect,
    pub(super) item_cells: Vec<ItemCell>,
    pub(super) grade_cells: Vec<GradeCell>,
    pub(super) rows: Vec<RowCell>,
    pub(super) boxes: Vec<MarkBox>,
}

/// The fixed parts of every page: squares, codes, text bands and the table's area.
pub(super) struct Frame {
    pub(super) squares: Vec<Square>,
    pub(super) qr: Vec<Rect>,
    pub(super) serial_text: Vec<Rect>,
    pub(super) title: Rect,
    pub(super) header_line: Rect,
    pub(super) instructions: Rect,
    pub(super) footer: Rect,
    pub(super) table: Rect,
}

impl Frame {
    pub(super) fn new(w: f32, h: f32) -> Frame {
        let squares = corner_squares(w, h);
        let [qr_top, qr_bottom] = qr_codes(w, h);
        let [serial_top, serial_bottom] = serial_texts(&qr_top, &qr_bottom);
        let (title, header_line, instructions) = text_bands(&qr_top, &serial_top);
        let footer = footer_band(w, &qr_bottom, &serial_bottom);
        let table = table_area(w, &qr_top, &qr_bottom);
        Frame {
            squares,
            qr: vec![qr_top, qr_bottom],
            serial_text: vec![serial_top, serial_bottom],
            title,
            header_line,
            instructions,
            footer,
            table,
        }
    }

    fn page(&self, page: u32, part: TablePart) -> PageLayout {
        PageLayout {
            page,
            squares: self.squares.clone(),
            qr: self.qr.clone(),
            serial_text: self.serial_text.clone(),
            title: self.title,
            header_line: self.header_line,
            instructions: self.instructions,
            footer: self.footer,
            table: part.table,
            name_header: part.name_header,
            item_cells: part.item_cells,
            grade_cells: part.grade_cells,
            rows: part.rows,
            boxes: part.boxes,
        }
    }
}

/// The four registration squares of a `w` × `h` page, the larger one top-left.
fn corner_squares(w: f32, h: f32) -> Vec<Square> {
    let sq = |corner, x, y, side, odd| Square {
        corner,
        rect: Rect::new(x, y, side, side),
        odd,
    };
    vec![
        sq(Corner::TopLeft, EDGE_MM, EDGE_MM, ODD_SQUARE_MM, true),
        sq(
            Corner::TopRight,
            w - EDGE_MM - SQUARE_MM,
            EDGE_MM,
            SQUARE_MM,
            false,
        ),
        sq(
            Corner::BottomLeft,
            EDGE_MM,
            h - EDGE_MM - SQUARE_MM,
            SQUARE_MM,
            false,
        ),
        sq(
            Corner::BottomRight,
            w - EDGE_MM - SQUARE_MM,
            h - EDGE_MM - SQUARE_MM,
            SQUARE_MM,
            false,
        ),
    ]
}

/// The two QR symbols (without quiet zone): beside the top-right square and beside the
/// bottom-left one.
fn qr_codes(w: f32, h: f32) -> [Rect; 2] {
    let gap = QR_QUIET_MM + 1.0;
    let qr_top = Rect::new(w - EDGE_MM - SQUARE_MM - gap - QR_MM, EDGE_MM, QR_MM, QR_MM);
    let qr_bottom = Rect::new(EDGE_MM + SQUARE_MM + gap, h - EDGE_MM - QR_MM, QR_MM, QR_MM);
    [qr_top, qr_bottom]
}

/// Where the serial is printed in plain digits beside each code.
fn serial_texts(qr_top: &Rect, qr_bottom: &Rect) -> [Rect; 2] {
    let text_h = 4.5;
    let serial_w = 34.0;
    // Left of the top code, level with its foot; right of the bottom code, level with its foot.
    let serial_top = Rect::new(
        qr_top.x - QR_QUIET_MM - serial_w,
        qr_top.bottom() - text_h,
        serial_w,
        text_h,
    );
    let serial_bottom = Rect::new(
        qr_bottom.right() + QR_QUIET_MM,
        qr_bottom.bottom() - text_h,
        serial_w,
        text_h,
    );
    [serial_top, serial_bottom]
}

/// The title, the header line and the instructions, stacked between the odd square and the
/// top code, down to the top serial.
fn text_bands(qr_top: &Rect, serial_top: &Rect) -> (Rect, Rect, Rect) {
    let text_x = EDGE_MM + ODD_SQUARE_MM + 3.0;
    let text_w = qr_top.x - QR_QUIET_MM - text_x;
    let title = Rect::new(text_x, EDGE_MM, text_w, 7.0);
    let header_line = Rect::new(text_x, title.bottom() + 0.5, text_w, 4.5);
    let instructions = Rect::new(
        text_x,
        header_line.bottom() + 0.5,
        text_w,
        serial_top.y - header_line.bottom() - 1.0,
    );
    (title, header_line, instructions)
}

/// The foot band (confidentiality note and page number): right of the bottom serial, level
/// with the bottom code, up to the bottom-right square.
fn footer_band(w: f32, qr_bottom: &Rect, serial_bottom: &Rect) -> Rect {
    let footer_x = serial_bottom.right() + 2.0;
    Rect::new(
        footer_x,
        qr_bottom.y,
        w - EDGE_MM - SQUARE_MM - 3.0 - footer_x,
        QR_MM,
    )
}

/// The table's area: the full width between the edges, from below the top code to above the
/// bottom one.
fn table_area(w: f32, qr_top: &Rect, qr_bottom: &Rect) -> Rect {
    let table_top = qr_top.bottom() + QR_QUIET_MM + 1.0;
    let table_bottom = qr_bottom.y - QR_QUIET_MM - 1.0;
    Rect::new(
        EDGE_MM,
        table_top,
        w - 2.0 * EDGE_MM,
        table_bottom - table_top,
    )
}

/// Width of text in millimetres at a font size, reckoned from display columns (a CJK
/// character is one em, a Latin letter about half): the renderer shrinks what still does not fit.
pub fn text_width_mm(text: &str, font_mm: f32) -> f32 {
    text.width() as f32 * font_mm * 0.5
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
