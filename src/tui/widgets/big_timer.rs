//! Large digits for a clock the whole hall can read: `12:34`, `+01:05`, drawn in a 3×5 block
//! font scaled to the area, or as plain text when the area is too small for the font.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

/// The font: five rows of three cells per glyph, `#` lit.
fn glyph(c: char) -> Option<[&'static str; 5]> {
    Some(match c {
        '0' => ["###", "#.#", "#.#", "#.#", "###"],
        '1' => [".#.", "##.", ".#.", ".#.", "###"],
        '2' => ["###", "..#", "###", "#..", "###"],
        '3' => ["###", "..#", "###", "..#", "###"],
        '4' => ["#.#", "#.#", "###", "..#", "..#"],
        '5' => ["###", "#..", "###", "..#", "###"],
        '6' => ["###", "#..", "###", "#.#", "###"],
        '7' => ["###", "..#", "..#", "..#", "..#"],
        '8' => ["###", "#.#", "###", "#.#", "###"],
        '9' => ["###", "#.#", "###", "..#", "###"],
        ':' => ["...", ".#.", "...", ".#.", "..."],
        '+' => ["...", ".#.", "###", ".#.", "..."],
        '-' => ["...", "...", "###", "...", "..."],
        ' ' => ["...", "...", "...", "...", "..."],
        _ => return None,
    })
}

const ROWS: usize = 5;
const GLYPH_W: usize = 3;
/// Columns between glyphs (before scaling).
const GAP: usize = 1;

/// The text's lines in the block font at scale `sx` × `sy`; `None` if a character has no glyph.
pub fn big_lines(text: &str, sx: usize, sy: usize) -> Option<Vec<String>> {
    let glyphs: Vec<[&str; 5]> = text.chars().map(glyph).collect::<Option<_>>()?;
    let mut out = Vec::with_capacity(ROWS * sy);
    for row in 0..ROWS {
        let mut line = String::new();
        for (i, g) in glyphs.iter().enumerate() {
            if i > 0 {
                line.push_str(&" ".repeat(GAP * sx));
            }
            for cell in g[row].chars() {
                let c = if cell == '#' { '█' } else { ' ' };
                for _ in 0..sx {
                    line.push(c);
                }
            }
        }
        for _ in 0..sy {
            out.push(line.clone());
        }
    }
    Some(out)
}

/// Columns the text takes at horizontal scale 1.
fn base_width(text: &str) -> usize {
    let n = text.chars().count();
    n * GLYPH_W + n.saturating_sub(1) * GAP
}

/// Draws `text` as large as fits in `area`, centred, in `style`.
pub fn render(frame: &mut Frame, area: Rect, text: &str, style: Style) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let w = base_width(text).max(1);
    let sx = (usize::from(area.width) / w).min(4);
    let sy = (usize::from(area.height) / ROWS).min(3);
    let lines = if sx >= 1 && sy >= 1 {
        big_lines(text, sx, sy.min(sx))
    } else {
        None
    };
    let (lines, height) = match lines {
        Some(l) => {
            let h = l.len();
            (l.into_iter().map(Line::raw).collect::<Vec<_>>(), h)
        }
        None => (vec![Line::raw(text.to_string())], 1),
    };
    let top = area.y + (area.height.saturating_sub(height as u16)) / 2;
    let r = Rect::new(area.x, top, area.width, (height as u16).min(area.height));
    frame.render_widget(
        Paragraph::new(lines)
            .style(style)
            .alignment(Alignment::Center),
        r,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_in_the_block_font() {
        let l = big_lines("1:05", 1, 1).unwrap();
        assert_eq!(l.len(), 5);
        assert_eq!(l[0], " █      ███ ███");
        assert_eq!(l[4], "███     ███ ███");
        assert_eq!(big_lines("10", 2, 2).unwrap().len(), 10);
        assert_eq!(base_width("+12:34"), 23);
        assert!(big_lines("a", 1, 1).is_none());
    }
}
