//! A multi-line text field (notes, suggestions): soft-wrapped by display width, caret-aware
//! scrolling, the real cursor at the caret. Enter submits; Alt+Enter starts a new line.

use super::graphemes;
use super::text_input::InputOutcome;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextArea {
    text: String,
    caret: usize,
}

/// One visual row after wrapping: byte range in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Row {
    start: usize,
    end: usize,
}

impl TextArea {
    pub fn new(text: impl Into<String>) -> TextArea {
        let text = text.into();
        let caret = text.len();
        TextArea { text, caret }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn set_text(&mut self, text: impl Into<String>) {
        self.text = text.into();
        self.caret = self.text.len();
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.caret = 0;
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Inserts typed or pasted text at the caret, keeping line breaks; false when the field is full.
    pub fn insert_str(&mut self, s: &str) -> bool {
        let joined = s.replace("\r\n", "\n");
        let clean = joined
            .chars()
            .map(|c| match c {
                '\r' => '\n',
                '\t' => ' ',
                c => c,
            })
            .filter(|c| *c == '\n' || !c.is_control());
        graphemes::insert(&mut self.text, &mut self.caret, clean)
    }

    fn line_start(&self) -> usize {
        self.text[..self.caret].rfind('\n').map_or(0, |i| i + 1)
    }

    fn line_end(&self) -> usize {
        self.text[self.caret..]
            .find('\n')
            .map_or(self.text.len(), |i| self.caret + i)
    }

    /// Moves to the same display column on the logical line above (`up`) or below.
    fn vertical(&mut self, up: bool) -> InputOutcome {
        let start = self.line_start();
        let col = self.text[start..self.caret].width();
        let target_line = if up {
            if start == 0 {
                return InputOutcome::Moved;
            }
            let prev_end = start - 1;
            let prev_start = self.text[..prev_end].rfind('\n').map_or(0, |i| i + 1);
            (prev_start, prev_end)
        } else {
            let end = self.line_end();
            if end == self.text.len() {
                return InputOutcome::Moved;
            }
            let next_start = end + 1;
            let next_end = self.text[next_start..]
                .find('\n')
                .map_or(self.text.len(), |i| next_start + i);
            (next_start, next_end)
        };
        let (ls, le) = target_line;
        let mut acc = 0;
        let mut at = le;
        for (i, g) in self.text[ls..le].grapheme_indices(true) {
            if acc >= col {
                at = ls + i;
                break;
            }
            acc += g.width();
        }
        self.caret = at;
        InputOutcome::Moved
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> InputOutcome {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match key.code {
            KeyCode::Enter if alt || key.modifiers.contains(KeyModifiers::SHIFT) => {
                self.insert_str("\n");
                InputOutcome::Changed
            }
            KeyCode::Char('j') if ctrl => {
                self.insert_str("\n");
                InputOutcome::Changed
            }
            KeyCode::Enter => InputOutcome::Submit,
            KeyCode::Esc => InputOutcome::Cancel,
            KeyCode::Char('a') if ctrl => {
                self.caret = self.line_start();
                InputOutcome::Moved
            }
            KeyCode::Char('e') if ctrl => {
                self.caret = self.line_end();
                InputOutcome::Moved
            }
            KeyCode::Char('u') if ctrl => {
                let s = self.line_start();
                self.text.drain(s..self.caret);
                self.caret = s;
                InputOutcome::Changed
            }
            KeyCode::Char(c) if !ctrl && !alt => {
                let mut buf = [0u8; 4];
                graphemes::after_typing(self.insert_str(c.encode_utf8(&mut buf)))
            }
            KeyCode::Backspace => graphemes::delete_back(&mut self.text, &mut self.caret),
            KeyCode::Delete => graphemes::delete_forward(&mut self.text, self.caret),
            KeyCode::Left => {
                self.caret = graphemes::prev_boundary(&self.text, self.caret);
                InputOutcome::Moved
            }
            KeyCode::Right => {
                self.caret = graphemes::next_boundary(&self.text, self.caret);
                InputOutcome::Moved
            }
            KeyCode::Home => {
                self.caret = self.line_start();
                InputOutcome::Moved
            }
            KeyCode::End => {
                self.caret = self.line_end();
                InputOutcome::Moved
            }
            KeyCode::Up => self.vertical(true),
            KeyCode::Down => self.vertical(false),
            _ => InputOutcome::Ignored,
        }
    }

    /// Wraps the text into rows of at most `width` columns (a wide character never straddles a row).
    fn rows(&self, width: usize) -> Vec<Row> {
        let width = width.max(1);
        let mut rows = Vec::new();
        let mut line_start = 0;
        for line in self.text.split('\n') {
            let mut row_start = line_start;
            let mut acc = 0;
            for (i, g) in line.grapheme_indices(true) {
                let w = g.width();
                if acc + w > width && acc > 0 {
                    rows.push(Row {
                        start: row_start,
                        end: line_start + i,
                    });
                    row_start = line_start + i;
                    acc = 0;
                }
                acc += w;
            }
            rows.push(Row {
                start: row_start,
                end: line_start + line.len(),
            });
            line_start += line.len() + 1;
        }
        rows
    }

    /// The caret's visual (row, column) for a given wrap width.
    pub fn caret_position(&self, width: usize) -> (usize, usize) {
        let rows = self.rows(width);
        let mut found = (0, 0);
        for (r, row) in rows.iter().enumerate() {
            if self.caret >= row.start && self.caret <= row.end {
                found = (r, self.text[row.start..self.caret].width());
                // A caret at a wrap point belongs to the next row, except at a line's very end.
                if self.caret < row.end || rows.get(r + 1).is_none_or(|n| n.start != row.end) {
                    return found;
                }
            }
        }
        found
    }

    /// Draws the field and, when focused, the terminal cursor at the caret.
    pub fn render(&self, frame: &mut Frame, area: Rect, style: Style, focused: bool) {
        if area.width == 0 || area.height == 0 {
            return;
        }
        // One column is kept for the caret at the end of a full row.
        let width = (area.width as usize).saturating_sub(1).max(1);
        let rows = self.rows(width);
        let (crow, ccol) = self.caret_position(width);
        let height = area.height as usize;
        let top = (crow + 1).saturating_sub(height);
        let lines: Vec<Line> = rows
            .iter()
            .skip(top)
            .take(height)
            .map(|r| Line::styled(self.text[r.start..r.end].to_string(), style))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        if focused {
            let x = area.x + (ccol.min(area.width as usize - 1)) as u16;
            let y = area.y + (crow - top) as u16;
            frame.set_cursor_position(Position::new(x, y));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, m)
    }

    #[test]
    fn alt_enter_breaks_the_line_and_enter_submits() {
        let mut t = TextArea::default();
        t.insert_str("修路");
        assert_eq!(
            t.handle_key(key(KeyCode::Enter, KeyModifiers::ALT)),
            InputOutcome::Changed
        );
        t.insert_str("建桥");
        assert_eq!(t.text(), "修路\n建桥");
        assert_eq!(
            t.handle_key(key(KeyCode::Enter, KeyModifiers::NONE)),
            InputOutcome::Submit
        );
        assert_eq!(t.caret_position(40), (1, 4));
    }

    #[test]
    fn wrapping_by_display_width_keeps_wide_characters_whole() {
        let t = TextArea::new("一二三四五");
        // 5 wide characters in rows of 4 columns: 2 + 2 + 1 characters.
        assert_eq!(t.rows(4).len(), 3);
        assert_eq!(t.caret_position(4), (2, 2));
        assert_eq!(t.caret_position(3), (4, 2));
    }

    #[test]
    fn up_and_down_keep_the_column() {
        let mut t = TextArea::new("abcd\n你好吗");
        t.handle_key(key(KeyCode::Up, KeyModifiers::NONE));
        assert_eq!(t.caret_position(80), (0, 4));
        t.handle_key(key(KeyCode::Left, KeyModifiers::NONE));
        t.handle_key(key(KeyCode::Left, KeyModifiers::NONE));
        t.handle_key(key(KeyCode::Down, KeyModifiers::NONE));
        assert_eq!(t.caret_position(80), (1, 2));
    }
}
