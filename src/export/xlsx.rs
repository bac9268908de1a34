//! Tables as an .xlsx workbook for Excel and WPS: a first sheet with the header block, then one
//! sheet per table with the title on top, a bold frozen header row, figures as real numbers
//! (counts as integers, shares as percentages with a number format, scores to two decimals) and
//! column widths by the display width of their text, so Chinese columns are not cut.
//!
//! The tables are the same ones CSV writes (`export::tables`, `rounds::results_table`, the
//! archive's); a right-aligned column holds figures, and its cells are written as numbers.

use super::doc::{Align, Field, Table};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};
use unicode_width::UnicodeWidthStr;

/// The widest a column grows (in character cells); longer text wraps inside it.
const MAX_WIDTH: usize = 60;
const MIN_WIDTH: usize = 6;

/// One table on its own sheet, named `name` (at most 31 characters, as Excel allows).
pub struct Sheet {
    pub name: String,
    pub table: Table,
}

/// The header block: a title and its labelled fields (主题, 时间, 地点, …).
pub struct Head {
    pub sheet_name: String,
    pub title: String,
    pub fields: Vec<Field>,
}

/// What a figure cell holds once read.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Figure {
    Integer(f64),
    /// A share: `91.67%` is 0.9167.
    Percent(f64),
    /// A score or other decimal: `97.42`.
    Decimal(f64),
}

/// Reads a figure column's text; anything else (`—`, `72/70`, empty) stays text.
fn figure(text: &str) -> Option<Figure> {
    let t = text.trim();
    let plain = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
            && s.chars().any(|c| c.is_ascii_digit())
    };
    if let Some(p) = t.strip_suffix('%') {
        return plain(p)
            .then(|| p.parse::<f64>().ok())
            .flatten()
            .map(|v| Figure::Percent(v / 100.0));
    }
    if !plain(t) {
        return None;
    }
    let v = t.parse::<f64>().ok()?;
    Some(if t.contains('.') {
        Figure::Decimal(v)
    } else {
        Figure::Integer(v)
    })
}

/// Display width of a cell: its widest line.
fn width(text: &str) -> usize {
    text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

struct Styles {
    title: Format,
    header: Format,
    label: Format,
    wrap: Format,
    integer: Format,
    percent: Format,
    decimal: Format,
}

impl Styles {
    fn new() -> Styles {
        Styles {
            title: Format::new().set_bold().set_font_size(14),
            header: Format::new()
                .set_bold()
                .set_border_bottom(FormatBorder::Thin)
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            label: Format::new().set_bold().set_align(FormatAlign::Top),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            integer: Format::new().set_num_format("0"),
            percent: Format::new().set_num_format("0.00%"),
            decimal: Format::new().set_num_format("0.00"),
        }
    }
}

/// The workbook: the header block's sheet, then one sheet per table.
pub fn render(head: &Head, sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let styles = Styles::new();
    let mut book = Workbook::new();
    head_sheet(book.add_worksheet(), head, &styles)?;
    for s in sheets {
        table_sheet(book.add_worksheet(), &head.title, s, &styles)?;
    }
    book.save_to_buffer()
}

fn head_sheet(ws: &mut Worksheet, head: &Head, st: &Styles) -> Result<(), XlsxError> {
    ws.set_name(&head.sheet_name)?;
    ws.write_string_with_format(0, 0, &head.title, &st.title)?;
    let mut label_w = MIN_WIDTH;
    let mut value_w = MIN_WIDTH;
    for (k, f) in head.fields.iter().enumerate() {
        let row = u32::try_from(k + 2).unwrap_or(u32::MAX);
        ws.write_string_with_format(row, 0, &f.label, &st.label)?;
        ws.write_string_with_format(row, 1, &f.value, &st.wrap)?;
        label_w = label_w.max(width(&f.label));
        value_w = value_w.max(width(&f.value));
    }
    ws.set_column_width(0, col_width(label_w))?;
    ws.set_column_width(1, col_width(value_w.min(MAX_WIDTH * 2)))?;
    Ok(())
}

fn col_width(w: usize) -> f64 {
    // Two cells of air; the width unit is one Latin character, a CJK character takes two.
    (w.clamp(MIN_WIDTH, MAX_WIDTH * 2) + 2) as f64
}

fn table_sheet(ws: &mut Worksheet, title: &str, s: &Sheet, st: &Styles) -> Result<(), XlsxError> {
    ws.set_name(&s.name)?;
    ws.write_string_with_format(0, 0, title, &st.title)?;
    // Row 0 the title, row 1 the column headings: both stay in view while scrolling.
    ws.set_freeze_panes(2, 0)?;
    for (c, col) in s.table.columns.iter().enumerate() {
        let c = u16::try_from(c).unwrap_or(u16::MAX);
        ws.write_string_with_format(1, c, &col.title, &st.header)?;
    }
    let mut widths: Vec<usize> = s.table.columns.iter().map(|c| width(&c.title)).collect();
    for (r, row) in s.table.rows.iter().enumerate() {
        let r = u32::try_from(r + 2).unwrap_or(u32::MAX);
        for (c, cell) in row.iter().enumerate() {
            let figures = s.table.columns.get(c).map(|x| x.align) == Some(Align::Right);
            if let Some(w) = widths.get_mut(c) {
                *w = (*w).max(width(cell));
            }
            let c = u16::try_from(c).unwrap_or(u16::MAX);
            match figures.then(|| figure(cell)).flatten() {
                Some(Figure::Integer(v)) => ws.write_number_with_format(r, c, v, &st.integer)?,
                Some(Figure::Percent(v)) => ws.write_number_with_format(r, c, v, &st.percent)?,
                Some(Figure::Decimal(v)) => ws.write_number_with_format(r, c, v, &st.decimal)?,
                None if width(cell) > MAX_WIDTH || cell.contains('\n') => {
                    ws.write_string_with_format(r, c, cell, &st.wrap)?
                }
                None => ws.write_string(r, c, cell)?,
            };
        }
    }
    for (c, w) in widths.iter().enumerate() {
        let c = u16::try_from(c).unwrap_or(u16::MAX);
        ws.set_column_width(c, col_width((*w).min(MAX_WIDTH)))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_read_as_numbers_and_the_rest_stays_text() {
        assert_eq!(figure("66"), Some(Figure::Integer(66.0)));
        let pct = |t: &str| match figure(t) {
            Some(Figure::Percent(v)) => v,
            other => panic!("{t}: {other:?}"),
        };
        assert!((pct("91.67%") - 0.9167).abs() < 1e-12);
        assert!((pct("100.00%") - 1.0).abs() < 1e-12);
        assert_eq!(figure("97.42"), Some(Figure::Decimal(97.42)));
        for text in ["—", "72/70", "", "%", "12 (3.0%)", "二"] {
            assert_eq!(figure(text), None, "{text}");
        }
        assert_eq!(width("网岭镇党委"), 10);
        assert_eq!(width("ab\n网岭"), 4);
    }
}
