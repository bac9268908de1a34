//! The tally grid, drawn: one section per item (its grades, 弃权, 废项 as columns), one row per
//! target, the typed counts right-aligned, and each row's live check (✓ / 缺 3 / 多 2) at its end.
//! Widths are display widths, so Chinese labels line up.

use super::super::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

/// A row's check at its end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowMark {
    Ok(String),
    Wrong(String),
    None,
}

/// One line of the grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GridLine {
    /// An item: its name and its columns' labels.
    Section { title: String, columns: Vec<String> },
    /// A target's counts on the section's item; `differs[k]` marks a cell another count disagrees
    /// with (the recheck), shown with that other count.
    Row {
        label: String,
        cells: Vec<u32>,
        differs: Vec<Option<u32>>,
        mark: RowMark,
    },
}

/// What the grid draws: its lines, the cursor, and the digits being typed into the cursor's cell.
pub struct GridPaint<'a> {
    pub lines: &'a [GridLine],
    /// (line, column) of the cursor.
    pub cursor: Option<(usize, usize)>,
    pub typing: Option<&'a str>,
    pub theme: &'a Theme,
}

/// Shortens `s` to at most `w` display columns (an ellipsis marks the cut).
pub fn fit(s: &str, w: usize) -> String {
    if s.width() <= w {
        return format!("{s}{}", " ".repeat(w - s.width()));
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + cw + 1 > w {
            break;
        }
        out.push(c);
        used += cw;
    }
    if w > 0 {
        out.push('…');
        used += 1;
    }
    format!("{out}{}", " ".repeat(w.saturating_sub(used)))
}

/// Right-aligns `s` in `w` columns.
fn right(s: &str, w: usize) -> String {
    format!("{}{s}", " ".repeat(w.saturating_sub(s.width())))
}

impl GridPaint<'_> {
    /// The width of each column of the section a line belongs to.
    fn widths(&self, section: usize) -> Vec<usize> {
        let mut widths: Vec<usize> = match self.lines.get(section) {
            Some(GridLine::Section { columns, .. }) => {
                columns.iter().map(|c| c.width().clamp(4, 10)).collect()
            }
            _ => Vec::new(),
        };
        for line in self.lines.iter().skip(section + 1) {
            match line {
                GridLine::Section { .. } => break,
                GridLine::Row { cells, differs, .. } => {
                    for (k, (c, d)) in cells.iter().zip(differs).enumerate() {
                        let shown = match d {
                            Some(o) => format!("{c}≠{o}"),
                            None => c.to_string(),
                        };
                        if let Some(w) = widths.get_mut(k) {
                            *w = (*w).max(shown.width());
                        }
                    }
                }
            }
        }
        widths
    }

    /// Draws the lines from `first` into `area` and places the terminal cursor in a typed cell.
    pub fn render(&self, frame: &mut Frame, area: Rect, first: usize) {
        if area.width == 0 || area.height == 0 {
            return;
        }
        let label_w = self
            .lines
            .iter()
            .map(|l| match l {
                GridLine::Row { label, .. } => label.width(),
                GridLine::Section { .. } => 0,
            })
            .max()
            .unwrap_or(0)
            .clamp(4, (usize::from(area.width) / 3).max(4));
        let mut section = 0;
        let mut widths = self.widths(0);
        for (k, line) in self.lines.iter().enumerate().take(first) {
            if let GridLine::Section { .. } = line {
                section = k;
            }
        }
        if section != 0 {
            widths = self.widths(section);
        }
        for (row, (k, line)) in self
            .lines
            .iter()
            .enumerate()
            .skip(first)
            .take(usize::from(area.height))
            .enumerate()
        {
            let y = area.y + row as u16;
            let rect = Rect::new(area.x, y, area.width, 1);
            match line {
                GridLine::Section { title, columns } => {
                    widths = self.widths(k);
                    let mut spans = vec![Span::styled(fit(title, label_w), self.theme.title)];
                    for (c, w) in columns.iter().zip(&widths) {
                        spans.push(Span::raw(" "));
                        spans.push(Span::styled(right(&fit_trim(c, *w), *w), self.theme.dim));
                    }
                    frame.render_widget(Paragraph::new(Line::from(spans)), rect);
                }
                GridLine::Row { .. } => self.render_row(frame, rect, (k, line), &widths, label_w),
            }
        }
    }

    /// Line `k`, a target's row: its counts (the cursor's cell typed into or selected, a cell
    /// that differs from the count shown as `n≠o`) and whether the row adds up.
    fn render_row(
        &self,
        frame: &mut Frame,
        rect: Rect,
        (k, line): (usize, &GridLine),
        widths: &[usize],
        label_w: usize,
    ) {
        let GridLine::Row {
            label,
            cells,
            differs,
            mark,
        } = line
        else {
            return;
        };
        let y = rect.y;
        let mut spans = vec![Span::raw(fit(label, label_w))];
        let mut x = rect.x + label_w as u16;
        for (c, ((n, d), w)) in cells.iter().zip(differs).zip(widths).enumerate() {
            spans.push(Span::raw(" "));
            x = x.saturating_add(1);
            let here = self.cursor == Some((k, c));
            let (text, style) = match (here, self.typing, d) {
                (true, Some(t), _) => (right(t, *w), self.theme.editing),
                (true, None, _) => (right(&n.to_string(), *w), self.theme.selected),
                (false, _, Some(o)) => (right(&format!("{n}≠{o}"), *w), self.theme.error),
                (false, _, None) => (right(&n.to_string(), *w), cell_style(self.theme, *n)),
            };
            if here && self.typing.is_some() {
                let cx = x.saturating_add(*w as u16).saturating_sub(1);
                if cx < rect.right() {
                    frame.set_cursor_position(Position::new(cx, y));
                }
            }
            x = x.saturating_add(*w as u16);
            spans.push(Span::styled(text, style));
        }
        spans.push(Span::raw("  "));
        match mark {
            RowMark::Ok(s) => spans.push(Span::styled(s.clone(), self.theme.ok)),
            RowMark::Wrong(s) => spans.push(Span::styled(s.clone(), self.theme.error)),
            RowMark::None => {}
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), rect);
    }
}

/// A column label cut to `w` columns without padding.
fn fit_trim(s: &str, w: usize) -> String {
    fit(s, w).trim_end().to_string()
}

fn cell_style(theme: &Theme, n: u32) -> Style {
    if n == 0 { theme.dim } else { theme.text }
}
