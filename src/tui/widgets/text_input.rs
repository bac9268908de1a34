//! A one-line text field: grapheme-aware editing, display-width scrolling, and the real terminal
//! cursor placed at the caret so an input method's candidate window follows it.

use super::graphemes;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// What a key did to the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputOutcome {
    /// The text changed.
    Changed,
    /// Only the caret moved.
    Moved,
    /// Enter: the user is done with the field.
    Submit,
    /// Esc: the user wants the edit dropped.
    Cancel,
    /// Not a key for a text field; the screen may use it.
    Ignored,
}

/// The longest text a field keeps; a longer paste is cut here rather than slowing every frame.
pub const MAX_CHARS: usize = 10_000;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    text: String,
    /// Byte offset of the caret, always on a grapheme boundary.
    caret: usize,
    /// The text is a proposal (a question's default, such as the number of ballots to print):
    /// shown selected, and replaced by the first character typed or pasted, as a spreadsheet cell
    /// is; Backspace clears it; a caret key or Enter keeps it.
    proposed: bool,
}

impl TextInput {
    pub fn new(text: impl Into<String>) -> TextInput {
        let text = text.into();
        let caret = text.len();
        TextInput {
            text,
            caret,
            proposed: false,
        }
    }

    /// A field holding a proposed answer that typing replaces (see `proposed`).
    pub fn proposed(text: impl Into<String>) -> TextInput {
        let mut input = TextInput::new(text);
        input.proposed = !input.text.is_empty();
        input
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn set_text(&mut self, text: impl Into<String>) {
        self.text = text.into();
        self.caret = self.text.len();
        self.proposed = false;
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.caret = 0;
        self.proposed = false;
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Display columns from the start of the text to the caret.
    pub fn caret_column(&self) -> usize {
        self.text[..self.caret].width()
    }

    /// Inserts text at the caret (typed or pasted); line breaks become spaces in a one-line field.
    /// Returns false when nothing could be inserted because the field is full.
    pub fn insert_str(&mut self, s: &str) -> bool {
        if self.proposed {
            self.clear();
        }
        let clean = s
            .chars()
            .map(|c| {
                if c == '\n' || c == '\r' || c == '\t' {
                    ' '
                } else {
                    c
                }
            })
            .filter(|c| !c.is_control());
        graphemes::insert(&mut self.text, &mut self.caret, clean)
    }

    /// Applies a key press.
    pub fn handle_key(&mut self, key: KeyEvent) -> InputOutcome {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if self.proposed {
            match key.code {
                KeyCode::Backspace | KeyCode::Delete => {
                    self.clear();
                    return InputOutcome::Changed;
                }
                // Typing replaces the proposal (insert_str clears it); Enter and Esc answer as is.
                KeyCode::Char(_) if !ctrl => {}
                KeyCode::Enter | KeyCode::Esc => {}
                _ => self.proposed = false,
            }
        }
        match key.code {
            KeyCode::Enter => InputOutcome::Submit,
            KeyCode::Esc => InputOutcome::Cancel,
            KeyCode::Char('a') if ctrl => self.move_to(0),
            KeyCode::Char('e') if ctrl => self.move_to(self.text.len()),
            KeyCode::Char('u') if ctrl => {
                self.text.drain(..self.caret);
                self.caret = 0;
                InputOutcome::Changed
            }
            KeyCode::Char('k') if ctrl => {
                self.text.truncate(self.caret);
                InputOutcome::Changed
            }
            KeyCode::Char('w') if ctrl => {
                let start = self.word_start();
                self.text.drain(start..self.caret);
                self.caret = start;
                InputOutcome::Changed
            }
            KeyCode::Char(c) if !ctrl && !key.modifiers.contains(KeyModifiers::ALT) => {
                let mut buf = [0u8; 4];
                graphemes::after_typing(self.insert_str(c.encode_utf8(&mut buf)))
            }
            KeyCode::Backspace => graphemes::delete_back(&mut self.text, &mut self.caret),
            KeyCode::Delete => graphemes::delete_forward(&mut self.text, self.caret),
            KeyCode::Left => self.move_to(graphemes::prev_boundary(&self.text, self.caret)),
            KeyCode::Right => self.move_to(graphemes::next_boundary(&self.text, self.caret)),
            KeyCode::Home => self.move_to(0),
            KeyCode::End => self.move_to(self.text.len()),
            _ => InputOutcome::Ignored,
        }
    }

    fn move_to(&mut self, at: usize) -> InputOutcome {
        self.caret = at;
        InputOutcome::Moved
    }

    fn word_start(&self) -> usize {
        let before = &self.text[..self.caret];
        let trimmed = before.trim_end();
        trimmed
            .split_word_bound_indices()
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    /// Draws the field into `area` (one line) and, when `focused`, puts the terminal cursor at the
    /// caret. The view scrolls so the caret is always visible.
    pub fn render(&self, frame: &mut Frame, area: Rect, style: Style, focused: bool) {
        if area.width == 0 || area.height == 0 {
            return;
        }
        let width = area.width as usize;
        let caret_col = self.caret_column();
        // Keep one column free after the caret so it never sits past the edge.
        let skip = (caret_col + 1).saturating_sub(width);
        let (visible, start_col) = clip_from_column(&self.text, skip);
        let style = if self.proposed && focused {
            style.add_modifier(ratatui::style::Modifier::REVERSED)
        } else {
            style
        };
        let line = Line::from(Span::styled(visible, style));
        frame.render_widget(Paragraph::new(line), area);
        if focused {
            let x = (caret_col - start_col).min(width.saturating_sub(1));
            frame.set_cursor_position(Position::new(area.x + x as u16, area.y));
        }
    }
}

/// The text from display column `col` on, never splitting a wide character; returns the text and
/// the column it actually starts at.
pub fn clip_from_column(text: &str, col: usize) -> (&str, usize) {
    let mut acc = 0;
    for (i, g) in text.grapheme_indices(true) {
        if acc >= col {
            return (&text[i..], acc);
        }
        acc += g.width();
    }
    ("", acc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn a_proposal_is_replaced_by_typing_kept_by_enter_and_edited_after_a_caret_key() {
        let mut t = TextInput::proposed("66");
        t.handle_key(key(KeyCode::Char('5')));
        assert_eq!(t.text(), "5", "the first digit replaces the proposed 66");
        t.handle_key(key(KeyCode::Char('0')));
        assert_eq!(t.text(), "50");
        let mut kept = TextInput::proposed("66");
        assert_eq!(kept.handle_key(key(KeyCode::Enter)), InputOutcome::Submit);
        assert_eq!(kept.text(), "66");
        let mut edited = TextInput::proposed("66");
        edited.handle_key(key(KeyCode::End));
        edited.handle_key(key(KeyCode::Char('0')));
        assert_eq!(
            edited.text(),
            "660",
            "after a caret key the proposal is edited"
        );
        let mut cleared = TextInput::proposed("66");
        cleared.handle_key(key(KeyCode::Backspace));
        assert_eq!(cleared.text(), "");
        let mut pasted = TextInput::proposed("66");
        pasted.insert_str("120");
        assert_eq!(pasted.text(), "120");
    }

    fn typed(s: &str) -> TextInput {
        let mut t = TextInput::default();
        for c in s.chars() {
            t.handle_key(key(KeyCode::Char(c)));
        }
        t
    }

    #[test]
    fn wide_characters_move_the_caret_two_columns() {
        let t = typed("你好");
        assert_eq!(t.text(), "你好");
        assert_eq!(t.caret_column(), 4);
    }

    #[test]
    fn backspace_removes_one_user_perceived_character() {
        let mut t = typed("e\u{301}👍🏽好");
        t.handle_key(key(KeyCode::Backspace));
        assert_eq!(t.text(), "e\u{301}👍🏽");
        t.handle_key(key(KeyCode::Backspace));
        assert_eq!(t.text(), "e\u{301}");
        t.handle_key(key(KeyCode::Backspace));
        assert_eq!(t.text(), "");
        assert_eq!(t.handle_key(key(KeyCode::Backspace)), InputOutcome::Moved);
    }

    #[test]
    fn editing_in_the_middle() {
        let mut t = typed("黄武");
        t.handle_key(key(KeyCode::Left));
        t.handle_key(key(KeyCode::Char('小')));
        assert_eq!(t.text(), "黄小武");
        t.handle_key(key(KeyCode::Home));
        t.handle_key(key(KeyCode::Delete));
        assert_eq!(t.text(), "小武");
        assert_eq!(t.caret_column(), 0);
    }

    #[test]
    fn paste_flattens_lines_and_is_bounded() {
        let mut t = TextInput::default();
        assert!(t.insert_str("一\n二\r\n三"));
        assert_eq!(t.text(), "一 二  三");
        let mut big = TextInput::default();
        big.insert_str(&"字".repeat(MAX_CHARS + 500));
        assert_eq!(big.text().chars().count(), MAX_CHARS);
        assert!(!big.insert_str("多"), "a full field takes nothing more");
    }

    #[test]
    fn clip_never_splits_a_wide_character() {
        assert_eq!(clip_from_column("你好ab", 1), ("好ab", 2));
        assert_eq!(clip_from_column("你好ab", 2), ("好ab", 2));
        assert_eq!(clip_from_column("ab", 5), ("", 2));
    }
}
