//! Ranked bars of one rate across targets, for the hall's screen: as thick as the room allows,
//! the share and its raw counts beside each bar so a reader far away and a scrutineer close up
//! both read the same thing.

use super::super::theme::Theme;
use super::tally_grid::fit;
use crate::model::Percent;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

/// One bar: a target, its share, and whether a flag rule fired for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub rank: usize,
    pub label: String,
    pub share: Percent,
    pub flagged: bool,
}

/// Draws `bars` (already ranked) from `first`, each as tall as fits (up to 3 rows, one blank row
/// between bars when there is room).
pub fn render(frame: &mut Frame, area: Rect, bars: &[Bar], first: usize, theme: &Theme) {
    if area.width == 0 || area.height == 0 || bars.is_empty() {
        return;
    }
    let shown = bars.len().saturating_sub(first).max(1);
    let per = usize::from(area.height) / shown;
    let (thick, gap) = match per {
        0 | 1 => (1, 0),
        2 => (1, 1),
        3 => (2, 1),
        _ => (3, 1),
    };
    let label_w = bars
        .iter()
        .map(|b| b.label.width())
        .max()
        .unwrap_or(0)
        .min(usize::from(area.width) / 3);
    let rank_w = bars.len().to_string().len();
    let value_w = bars
        .iter()
        .map(|b| value_text(b).width())
        .max()
        .unwrap_or(0);
    let width = usize::from(area.width);
    let bar_w = width.saturating_sub(rank_w + 1 + label_w + 1 + 1 + value_w);
    let mut y = area.y;
    for b in bars.iter().skip(first) {
        if y >= area.bottom() {
            break;
        }
        let fill = usize::try_from(b.share.bar_fraction(bar_w as u64)).unwrap_or(bar_w);
        let style = if b.flagged { theme.error } else { theme.ok };
        for row in 0..thick {
            if y >= area.bottom() {
                break;
            }
            let middle = row == thick / 2;
            let (rank, label, value) = if middle {
                (
                    format!("{:>rank_w$}", b.rank),
                    fit(&b.label, label_w),
                    value_text(b),
                )
            } else {
                (" ".repeat(rank_w), " ".repeat(label_w), String::new())
            };
            let line = Line::from(vec![
                Span::styled(rank, theme.dim),
                Span::raw(" "),
                Span::styled(label, if middle { theme.title } else { Style::new() }),
                Span::raw(" "),
                Span::styled("█".repeat(fill), style),
                Span::raw(" ".repeat(bar_w - fill.min(bar_w) + 1)),
                Span::styled(value, theme.title),
            ]);
            frame.render_widget(Paragraph::new(line), Rect::new(area.x, y, area.width, 1));
            y += 1;
        }
        y = y.saturating_add(gap);
    }
}

/// `96.97% (64/66)`.
fn value_text(b: &Bar) -> String {
    format!("{} ({}/{})", b.share, b.share.num(), b.share.den())
}
