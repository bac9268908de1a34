//! The two ways a form's table is cut into pages: targets as rows (member forms, many targets)
//! and items as rows (few targets, many items); `layout::plan` takes the one with fewer pages.

use super::layout::{
    BOX_MM, Frame, GRADE_MAX_MM, GRADE_MIN_MM, GradeCell, ItemCell, MarkBox, ROW_MM, Rect, RowCell,
    TABLE_FONT_MM, TablePart, text_width_mm,
};
use crate::model::BallotRound;

/// Grade labels are set a little smaller than names.
const LABEL_FONT_MM: f32 = TABLE_FONT_MM * 0.85;

/// One row per target, one column group per item: the items cut into bands that fit across,
/// the targets into runs that fit down; pages go band by band within each run of targets.
pub(super) fn targets_as_rows(round: &BallotRound, frame: &Frame) -> Vec<TablePart> {
    let t = &frame.table;
    let name_w = name_column_width(round.targets.iter().map(|t| t.name.as_str()), t.w);
    let bands = item_bands(round, t.w - name_w);
    // One header height for every band, so the runs of targets are the same on every band.
    let header_h = bands
        .iter()
        .map(|b| header_height(round, b, grade_width(round, b, t.w - name_w)))
        .fold(0.0_f32, f32::max);
    let per_page = (((t.h - header_h) / ROW_MM).floor() as usize).max(1);
    let mut parts = Vec::new();
    for start in (0..round.targets.len()).step_by(per_page) {
        let end = (start + per_page).min(round.targets.len());
        for band in &bands {
            let grade_w = grade_width(round, band, t.w - name_w);
            parts.push(grid_part(
                round,
                frame,
                name_w,
                grade_w,
                header_h,
                band,
                start..end,
            ));
        }
    }
    parts
}

fn grid_part(
    round: &BallotRound,
    frame: &Frame,
    name_w: f32,
    grade_w: f32,
    header_h: f32,
    band: &[usize],
    targets: std::ops::Range<usize>,
) -> TablePart {
    let t = &frame.table;
    let cols: usize = band
        .iter()
        .map(|&i| round.items[i].scale.grades.len())
        .sum();
    let table_w = name_w + grade_w * cols as f32;
    // A table narrower than the page sits in its middle.
    let x0 = t.x + ((t.w - table_w) / 2.0).max(0.0);
    let rows_h = ROW_MM * targets.len() as f32;
    let item_h = header_h - grade_label_height(round, band, grade_w);
    let body_y = t.y + header_h;
    let mut part = TablePart {
        table: Rect::new(x0, t.y, table_w, header_h + rows_h),
        name_header: Rect::new(x0, t.y, name_w, header_h),
        item_cells: Vec::new(),
        grade_cells: Vec::new(),
        rows: Vec::new(),
        boxes: Vec::new(),
    };
    for (r, ti) in targets.clone().enumerate() {
        part.rows.push(RowCell {
            target: ti,
            rect: Rect::new(x0, body_y + ROW_MM * r as f32, name_w, ROW_MM),
        });
    }
    let mut x = x0 + name_w;
    for &ii in band {
        let item = &round.items[ii];
        let n = item.scale.grades.len();
        part.item_cells.push(ItemCell {
            item: ii,
            rect: Rect::new(x, t.y, grade_w * n as f32, item_h),
        });
        for (g, grade) in item.scale.grades.iter().enumerate() {
            let col_x = x + grade_w * g as f32;
            part.grade_cells.push(GradeCell {
                item: ii,
                grade: g,
                rect: Rect::new(col_x, t.y + item_h, grade_w, header_h - item_h),
                vertical: !fits_across(&grade.label, grade_w),
            });
            for (r, ti) in targets.clone().enumerate() {
                let cell = Rect::new(col_x, body_y + ROW_MM * r as f32, grade_w, ROW_MM);
                part.boxes.push(MarkBox {
                    target: ti,
                    item: ii,
                    grade: g,
                    target_id: round.targets[ti].id,
                    item_id: item.id,
                    rect: centred_box(&cell),
                    cell,
                });
            }
        }
        x += grade_w * n as f32;
    }
    part
}

fn centred_box(cell: &Rect) -> Rect {
    Rect::new(
        cell.x + (cell.w - BOX_MM) / 2.0,
        cell.y + (cell.h - BOX_MM) / 2.0,
        BOX_MM,
        BOX_MM,
    )
}

/// A heading row per target, then a row per item with a slot per grade (box, then its label).
/// A target's block is not split across pages unless it is longer than a page.
pub(super) fn items_as_rows(round: &BallotRound, frame: &Frame) -> Vec<TablePart> {
    let t = &frame.table;
    let name_w = name_column_width(round.items.iter().map(|i| i.name.as_str()), t.w);
    let slots = round
        .items
        .iter()
        .map(|i| i.scale.grades.len())
        .max()
        .unwrap_or(1);
    let widest_label = round
        .items
        .iter()
        .flat_map(|i| i.scale.grades.iter())
        .map(|g| text_width_mm(&g.label, LABEL_FONT_MM))
        .fold(0.0_f32, f32::max);
    let slot_w = ((t.w - name_w) / slots as f32).min(BOX_MM + 4.0 + widest_label);
    let per_page = ((t.h / ROW_MM).floor() as usize).max(2);
    let mut pages: Vec<Vec<Line>> = vec![Vec::new()];
    for ti in 0..round.targets.len() {
        let block = 1 + round.items.len();
        let used = pages.last().map_or(0, Vec::len);
        if used > 0 && used + block.min(per_page) > per_page {
            pages.push(Vec::new());
        }
        push_line(&mut pages, per_page, Line::Heading(ti));
        for ii in 0..round.items.len() {
            push_line(&mut pages, per_page, Line::Item(ti, ii));
        }
    }
    let table_w = name_w + slot_w * slots as f32;
    let x0 = t.x + ((t.w - table_w) / 2.0).max(0.0);
    pages
        .into_iter()
        .map(|lines| rows_part(round, t.y, x0, name_w, slot_w, table_w, &lines))
        .collect()
}

/// One row of the items-as-rows table.
#[derive(Clone, Copy)]
enum Line {
    Heading(usize),
    Item(usize, usize),
}

fn push_line(pages: &mut Vec<Vec<Line>>, per_page: usize, line: Line) {
    if pages.last().is_none_or(|p| p.len() >= per_page) {
        pages.push(Vec::new());
    }
    if let Some(p) = pages.last_mut() {
        p.push(line);
    }
}

fn rows_part(
    round: &BallotRound,
    top: f32,
    x0: f32,
    name_w: f32,
    slot_w: f32,
    table_w: f32,
    lines: &[Line],
) -> TablePart {
    let mut part = TablePart {
        table: Rect::new(x0, top, table_w, ROW_MM * lines.len() as f32),
        name_header: Rect::new(x0, top, name_w, 0.0),
        item_cells: Vec::new(),
        grade_cells: Vec::new(),
        rows: Vec::new(),
        boxes: Vec::new(),
    };
    for (r, line) in lines.iter().enumerate() {
        let y = top + ROW_MM * r as f32;
        match *line {
            Line::Heading(ti) => part.rows.push(RowCell {
                target: ti,
                rect: Rect::new(x0, y, table_w, ROW_MM),
            }),
            Line::Item(ti, ii) => {
                let item = &round.items[ii];
                part.item_cells.push(ItemCell {
                    item: ii,
                    rect: Rect::new(x0, y, name_w, ROW_MM),
                });
                for g in 0..item.scale.grades.len() {
                    let cell = Rect::new(x0 + name_w + slot_w * g as f32, y, slot_w, ROW_MM);
                    let rect = Rect::new(cell.x + 1.5, y + (ROW_MM - BOX_MM) / 2.0, BOX_MM, BOX_MM);
                    part.boxes.push(MarkBox {
                        target: ti,
                        item: ii,
                        grade: g,
                        target_id: round.targets[ti].id,
                        item_id: item.id,
                        rect,
                        cell,
                    });
                    let label_x = rect.right() + 1.0;
                    part.grade_cells.push(GradeCell {
                        item: ii,
                        grade: g,
                        rect: Rect::new(
                            label_x,
                            y,
                            (cell.right() - label_x - 0.5).max(0.0),
                            ROW_MM,
                        ),
                        vertical: false,
                    });
                }
            }
        }
    }
    part
}

fn fits_across(label: &str, col_w: f32) -> bool {
    text_width_mm(label, LABEL_FONT_MM) <= col_w - 1.0
}

/// The name column: as wide as the longest name, within 20 mm and a quarter of the table.
fn name_column_width<'a>(names: impl Iterator<Item = &'a str>, table_w: f32) -> f32 {
    let longest = names
        .map(|n| text_width_mm(n, TABLE_FONT_MM))
        .fold(0.0_f32, f32::max);
    (longest + 3.0).clamp(20.0, (table_w / 4.0).max(20.0))
}

/// Splits the items into runs that fit across the page at the narrowest grade column.
fn item_bands(round: &BallotRound, width: f32) -> Vec<Vec<usize>> {
    let max_cols = ((width / GRADE_MIN_MM).floor() as usize).max(1);
    let mut bands: Vec<Vec<usize>> = Vec::new();
    let mut cols = 0;
    for (i, item) in round.items.iter().enumerate() {
        let n = item.scale.grades.len();
        match bands.last_mut() {
            Some(band) if cols + n <= max_cols => {
                band.push(i);
                cols += n;
            }
            _ => {
                bands.push(vec![i]);
                cols = n;
            }
        }
    }
    bands
}

/// The band's grade column width: the room shared out, between the narrowest and widest allowed.
fn grade_width(round: &BallotRound, band: &[usize], width: f32) -> f32 {
    let cols: usize = band
        .iter()
        .map(|&i| round.items[i].scale.grades.len())
        .sum();
    // Rounded down to a tenth of a millimetre so the grid stays on round figures.
    ((width / cols.max(1) as f32 * 10.0).floor() / 10.0).clamp(GRADE_MIN_MM, GRADE_MAX_MM)
}

/// Height of the grade-label row: one line across, or a character per line when too narrow.
fn grade_label_height(round: &BallotRound, band: &[usize], grade_w: f32) -> f32 {
    let line = LABEL_FONT_MM * 1.15;
    band.iter()
        .flat_map(|&i| round.items[i].scale.grades.iter())
        .map(|g| {
            let lines = if fits_across(&g.label, grade_w) {
                1
            } else {
                g.label.chars().count().max(1)
            };
            line * lines as f32 + 2.0
        })
        .fold(0.0_f32, f32::max)
}

/// Item names over their groups take up to three lines; the grade labels go below.
fn header_height(round: &BallotRound, band: &[usize], grade_w: f32) -> f32 {
    let line = TABLE_FONT_MM * 1.2;
    let lines = band
        .iter()
        .map(|&i| {
            let item = &round.items[i];
            let group_w = grade_w * item.scale.grades.len() as f32 - 1.0;
            (text_width_mm(&item.name, TABLE_FONT_MM) / group_w.max(1.0)).ceil()
        })
        .fold(1.0_f32, f32::max)
        .min(3.0);
    line * lines + 2.0 + grade_label_height(round, band, grade_w)
}
