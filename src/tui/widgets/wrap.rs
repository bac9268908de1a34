//! Wrapping text to a width by display columns, before ratatui draws it. ratatui 0.30's own
//! word wrap can drop the character after a wide (CJK) character that ends a line: "得分 99.39"
//! wrapped at 80 columns showed " 9.39", a figure shown wrong. Lines wrapped here are drawn as
//! they are, so every character reaches the screen.
//!
//! Breaks come at spaces, between two CJK characters (Chinese may break anywhere), and inside a
//! word only when the word is wider than the line. Styles follow their characters.

use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Paragraph;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// A piece that is never split unless it is wider than a whole line.
struct Token {
    text: String,
    style: Style,
    width: usize,
    space: bool,
}

/// Wide characters stand alone (a line may break before or after any of them); a run of other
/// non-space characters is a word; each space is its own token.
fn tokens(line: &Line<'_>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    for span in &line.spans {
        let style = line.style.patch(span.style);
        for g in span.content.graphemes(true) {
            let width = g.width();
            let space = g.chars().all(char::is_whitespace);
            let wide = width > 1;
            match out.last_mut() {
                Some(last)
                    if !space && !wide && !last.space && last.style == style && !is_wide(last) =>
                {
                    last.text.push_str(g);
                    last.width += width;
                }
                _ => out.push(Token {
                    text: g.to_string(),
                    style,
                    width,
                    space,
                }),
            }
        }
    }
    out
}

fn is_wide(t: &Token) -> bool {
    t.text.graphemes(true).count() == 1 && t.width > 1
}

/// Wraps `line` into lines of at most `width` columns; `trim` drops spaces at the start of a
/// wrapped line (not of the first).
pub fn wrap_line(line: &Line<'_>, width: u16, trim: bool) -> Vec<Line<'static>> {
    let width = usize::from(width.max(1));
    let mut lines: Vec<Vec<Span<'static>>> = vec![Vec::new()];
    let mut used = 0usize;
    for t in tokens(line) {
        if used + t.width > width && used > 0 {
            lines.push(Vec::new());
            used = 0;
            if t.space && trim {
                continue;
            }
        }
        if t.width > width {
            // A word wider than the line: split it by grapheme.
            for g in t.text.graphemes(true) {
                let w = g.width();
                if used + w > width && used > 0 {
                    lines.push(Vec::new());
                    used = 0;
                }
                push(&mut lines, g, t.style);
                used += w;
            }
            continue;
        }
        push(&mut lines, &t.text, t.style);
        used += t.width;
    }
    lines
        .into_iter()
        .map(|spans| Line::from(spans).alignment(line.alignment.unwrap_or_default()))
        .collect()
}

fn push(lines: &mut [Vec<Span<'static>>], text: &str, style: Style) {
    if let Some(spans) = lines.last_mut() {
        match spans.last_mut() {
            Some(last) if last.style == style => last.content.to_mut().push_str(text),
            _ => spans.push(Span::styled(text.to_string(), style)),
        }
    }
}

/// Every line of `text` wrapped to `width` columns.
pub fn wrap<'a>(text: impl Into<Text<'a>>, width: u16, trim: bool) -> Vec<Line<'static>> {
    let text = text.into();
    text.lines
        .iter()
        .flat_map(|l| {
            let mut l = l.clone();
            l.style = text.style.patch(l.style);
            wrap_line(&l, width, trim)
        })
        .collect()
}

/// A paragraph of `text` wrapped to `width` columns, ready to draw without ratatui's wrap.
pub fn paragraph<'a>(text: impl Into<Text<'a>>, width: u16, trim: bool) -> Paragraph<'static> {
    Paragraph::new(wrap(text, width, trim))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn shown(lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn a_figure_after_a_wide_character_at_the_edge_keeps_every_digit() {
        let text = format!("{}得分 99.39", "好".repeat(39));
        let lines = wrap(text.as_str(), 80, false);
        assert_eq!(
            shown(&lines),
            vec![format!("{}得", "好".repeat(39)), "分 99.39".into()]
        );
        let mut t = Terminal::new(TestBackend::new(80, 3)).expect("backend");
        t.draw(|f| f.render_widget(Paragraph::new(lines.clone()), f.area()))
            .expect("draw");
        let drawn = t.backend().to_string();
        assert!(drawn.contains("99.39"), "{drawn}");
    }

    #[test]
    fn words_break_at_spaces_and_chinese_anywhere() {
        let lines = wrap("Score 99.39 of 100", 12, true);
        assert_eq!(shown(&lines), vec!["Score 99.39 ", "of 100"]);
        let lines = wrap("满意率达到百分之九十八", 8, true);
        assert_eq!(shown(&lines), vec!["满意率达", "到百分之", "九十八"]);
        let lines = wrap("abcdefghij", 4, true);
        assert_eq!(shown(&lines), vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn styles_follow_their_characters() {
        let bold = Style::new().bold();
        let line = Line::from(vec![Span::raw("实到 "), Span::styled("68", bold)]);
        let lines = wrap_line(&line, 4, true);
        assert_eq!(shown(&lines), vec!["实到", "68"]);
        assert_eq!(lines[1].spans[0].style, bold);
    }
}
