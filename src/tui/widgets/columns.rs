//! Table columns sized by what they hold and the room there is, as a spreadsheet's auto-fit
//! does: a column is as wide as its widest visible cell (within its bounds); when the row is too
//! wide the widest column gives way first, so a long text and a long measure share the room
//! instead of one taking ninety columns while the other is cut at five; when even the minimums
//! do not fit, the least needed columns go. Widths are display widths (CJK counts two).

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, Table};
use unicode_width::UnicodeWidthStr;

/// What a column may be: its bounds and how soon it goes on a narrow screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Col {
    /// Never narrower than this (a column that cannot have it is dropped).
    pub min: u16,
    /// Never wider than this (0: no bound).
    pub max: u16,
    /// 0: never dropped; otherwise the higher the sooner it goes.
    pub drop: u8,
}

impl Col {
    pub const fn new(min: u16, max: u16, drop: u8) -> Col {
        Col { min, max, drop }
    }
}

/// The columns kept (indexes into the row) and their widths, the last kept column taking any
/// room left over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fitted {
    pub keep: Vec<usize>,
    pub widths: Vec<u16>,
}

impl Fitted {
    /// Constraints for `Table::new`: exact widths, the last one filling what is left.
    pub fn constraints(&self) -> Vec<Constraint> {
        let last = self.widths.len().saturating_sub(1);
        self.widths
            .iter()
            .enumerate()
            .map(|(i, &w)| {
                if i == last {
                    Constraint::Min(w)
                } else {
                    Constraint::Length(w)
                }
            })
            .collect()
    }

    /// The cells of a row that were kept, in order.
    pub fn cells<'a>(&self, cells: Vec<Cell<'a>>) -> Vec<Cell<'a>> {
        cells
            .into_iter()
            .enumerate()
            .filter(|(i, _)| self.keep.contains(i))
            .map(|(_, c)| c)
            .collect()
    }
}

/// The widest display width in each column of `rows` (header included by the caller). Characters
/// of ambiguous width (the middle dot in 欧阳·娜娜) are counted wide: many Chinese terminals draw
/// them so, and a name measured narrow would lose its last character at the column's edge.
pub fn measure<'a>(rows: impl IntoIterator<Item = &'a [String]>, n: usize) -> Vec<u16> {
    let mut widths = vec![0u16; n];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            let cw = u16::try_from(cell.width_cjk()).unwrap_or(u16::MAX);
            *w = (*w).max(cw);
        }
    }
    widths
}

/// Fits `cols` whose content is `content` wide into `total` columns with `spacing` between them.
/// A column that is never dropped (the list's main text) is given at least a third of the row (12
/// columns on a narrow one), or its content if less, before the droppable columns are; they go,
/// least needed first, until it has.
pub fn fit(total: u16, spacing: u16, cols: &[Col], content: &[u16]) -> Fitted {
    let want: Vec<u16> = cols
        .iter()
        .zip(content.iter().chain(std::iter::repeat(&0)))
        .map(|(c, &w)| {
            let w = w.max(c.min);
            if c.max > 0 { w.min(c.max) } else { w }
        })
        .collect();
    let mut keep: Vec<usize> = (0..cols.len()).collect();
    loop {
        let widths = squeeze(total, spacing, cols, &want, &keep);
        let starved = keep
            .iter()
            .zip(&widths)
            .any(|(&i, &w)| cols[i].drop == 0 && w < want[i].min((total / 3).max(12)));
        let over = total_width(&widths, spacing) > u32::from(total);
        if !(starved || over) {
            return Fitted { keep, widths };
        }
        let Some(pos) = keep
            .iter()
            .enumerate()
            .filter(|(_, i)| cols[**i].drop > 0)
            .max_by_key(|(p, i)| (cols[**i].drop, *p))
            .map(|(p, _)| p)
        else {
            return Fitted { keep, widths };
        };
        keep.remove(pos);
    }
}

fn total_width(widths: &[u16], spacing: u16) -> u32 {
    let gaps = u32::from(spacing) * u32::try_from(widths.len().saturating_sub(1)).unwrap_or(0);
    widths.iter().map(|&w| u32::from(w)).sum::<u32>() + gaps
}

/// The kept columns at their wanted widths, the widest narrowed one cell at a time (never below
/// its minimum) until the row fits.
fn squeeze(total: u16, spacing: u16, cols: &[Col], want: &[u16], keep: &[usize]) -> Vec<u16> {
    let mut widths: Vec<u16> = keep.iter().map(|&i| want[i]).collect();
    let mut over = total_width(&widths, spacing).saturating_sub(u32::from(total));
    while over > 0 {
        let Some(k) = (0..widths.len())
            .filter(|&k| widths[k] > cols[keep[k]].min)
            .max_by_key(|&k| (widths[k], k))
        else {
            break;
        };
        widths[k] -= 1;
        over -= 1;
    }
    widths
}

/// A list drawn as a table whose columns fit their content: `rows` are the visible rows' cell
/// texts and styles, `selected` the selected one among them; `header` (and its style) above.
pub struct FittedTable<'a> {
    pub cols: &'a [Col],
    pub header: Option<(Vec<String>, Style)>,
    pub rows: Vec<(Vec<String>, Style)>,
    pub selected: Option<usize>,
    pub selected_style: Style,
}

impl FittedTable<'_> {
    pub fn render(self, frame: &mut Frame, area: Rect) {
        let n = self.cols.len();
        let widths = measure(
            self.header
                .iter()
                .map(|(h, _)| h.as_slice())
                .chain(self.rows.iter().map(|(r, _)| r.as_slice())),
            n,
        );
        let fitted = fit(area.width, 1, self.cols, &widths);
        let row_of = |cells: Vec<String>| {
            Row::new(fitted.cells(cells.into_iter().map(Cell::from).collect()))
        };
        let rows: Vec<Row> = self
            .rows
            .into_iter()
            .enumerate()
            .map(|(i, (cells, style))| {
                let style = if Some(i) == self.selected {
                    self.selected_style
                } else {
                    style
                };
                row_of(cells).style(style)
            })
            .collect();
        let mut table = Table::new(rows, fitted.constraints()).column_spacing(1);
        if let Some((header, style)) = self.header {
            table = table.header(row_of(header).style(style));
        }
        frame.render_widget(table, area);
    }
}

/// Under a list, the whole text of the selected row (a list cuts its cells): takes up to three
/// wrapped lines from the bottom of `area` when the list keeps at least five rows; returns the
/// area left for the list.
pub fn render_detail(frame: &mut Frame, area: Rect, text: &str, style: Style) -> Rect {
    if text.trim().is_empty() || area.height < 8 || area.width < 10 {
        return area;
    }
    let w = usize::from(area.width);
    let lines = text.width_cjk().div_ceil(w).clamp(1, 3);
    let h = u16::try_from(lines).unwrap_or(3);
    let list = Rect::new(area.x, area.y, area.width, area.height - h - 1);
    let detail = Rect::new(area.x, area.bottom() - h, area.width, h);
    frame.render_widget(
        super::wrap::paragraph(Line::styled(text.to_string(), style), detail.width, true),
        detail,
    );
    list
}

/// Which columns of a table fit in `total` columns when their widths are fixed in advance: the
/// flexible column is always kept and takes what is left; the others keep their width, left to
/// right, while there is room. Every width is fixed but one, so the layout has exactly one
/// solution (an over-full set of constraints lets the solver pick differently from run to run).
pub fn fit_columns(
    total: u16,
    spacing: u16,
    want: &[u16],
    flex: usize,
) -> (Vec<usize>, Vec<ratatui::layout::Constraint>) {
    use ratatui::layout::Constraint;
    let flex_min = want.get(flex).copied().unwrap_or(0).min(total);
    let mut room = total.saturating_sub(flex_min);
    let mut keep = Vec::new();
    for (i, w) in want.iter().enumerate() {
        if i == flex {
            keep.push(i);
        } else if w.saturating_add(spacing) <= room {
            room -= w + spacing;
            keep.push(i);
        }
    }
    let widths = keep
        .iter()
        .map(|&i| {
            if i == flex {
                Constraint::Fill(1)
            } else {
                Constraint::Length(want[i])
            }
        })
        .collect();
    (keep, widths)
}

/// The cells of a row that `fit_columns` kept.
pub fn kept<'a>(
    cells: Vec<ratatui::widgets::Cell<'a>>,
    keep: &[usize],
) -> Vec<ratatui::widgets::Cell<'a>> {
    cells
        .into_iter()
        .enumerate()
        .filter(|(i, _)| keep.contains(i))
        .map(|(_, c)| c)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEDGER: [Col; 5] = [
        Col::new(8, 0, 0),
        Col::new(6, 0, 2),
        Col::new(4, 16, 3),
        Col::new(10, 10, 4),
        Col::new(6, 14, 1),
    ];

    #[test]
    fn everything_fits_at_its_content_width() {
        let f = fit(120, 1, &LEDGER, &[30, 20, 6, 10, 6]);
        assert_eq!(f.keep, vec![0, 1, 2, 3, 4]);
        assert_eq!(f.widths, vec![30, 20, 6, 10, 6]);
    }

    #[test]
    fn long_columns_share_the_room_rather_than_one_taking_it_all() {
        let f = fit(80, 1, &LEDGER, &[90, 40, 6, 10, 6]);
        assert_eq!(f.widths.iter().sum::<u16>() + 4, 80);
        assert!(
            f.widths[1] >= 20,
            "the measure keeps a fair share: {:?}",
            f.widths
        );
        assert!(f.widths[0] >= f.widths[1]);
        assert_eq!(&f.widths[2..], &[6, 10, 6], "short columns are not cut");
    }

    #[test]
    fn the_least_needed_columns_go_first_and_the_first_never() {
        let f = fit(20, 1, &LEDGER, &[90, 40, 6, 10, 6]);
        assert!(f.keep.contains(&0));
        assert!(
            !f.keep.contains(&3),
            "the deadline goes first: {:?}",
            f.keep
        );
        let tiny = fit(1, 1, &LEDGER, &[90, 40, 6, 10, 6]);
        assert_eq!(tiny.keep, vec![0]);
    }

    #[test]
    fn widths_are_display_widths() {
        let rows = [
            vec!["黄武".to_string(), "ab".to_string()],
            vec!["欧阳·娜娜".to_string(), String::new()],
        ];
        assert_eq!(measure(rows.iter().map(|r| r.as_slice()), 2), vec![10, 2]);
    }
}
