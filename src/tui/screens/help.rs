//! The help screen: every key, from the same tables the code looks keys up in.

use crate::i18n::{Lang, tui};
use crate::tui::keys;
use crate::tui::theme::Theme;
use crate::tui::widgets::wrap;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear};
use unicode_width::UnicodeWidthStr;

/// The help overlay's scroll position.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct HelpView {
    pub scroll: u16,
}

/// The help text as lines: a title per section, then `keys  what they do`, keys aligned by width.
pub fn lines(lang: Lang, theme: &Theme) -> Vec<Line<'static>> {
    let sections = keys::sections(lang);
    let key_width = sections
        .iter()
        .flat_map(|s| s.rows.iter())
        .map(|r| r.keys.width())
        .max()
        .unwrap_or(0)
        .min(18);
    let mut out = Vec::new();
    for section in sections {
        if !out.is_empty() {
            out.push(Line::default());
        }
        out.push(Line::styled(section.title.to_string(), theme.title));
        for row in section.rows {
            let pad = key_width.saturating_sub(row.keys.width());
            out.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(row.keys.clone(), theme.key),
                Span::raw(" ".repeat(pad + 2)),
                Span::raw(row.help),
            ]));
        }
    }
    out
}

pub fn render(view: &HelpView, frame: &mut Frame, area: Rect, lang: Lang, theme: &Theme) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(tui::HELP_TITLE.get(lang), theme.title));
    let inner = block.inner(area);
    let p = wrap::paragraph(lines(lang, theme), inner.width, false)
        .block(block)
        .scroll((view.scroll, 0));
    frame.render_widget(p, area);
}
