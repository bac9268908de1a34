//! Caret steps and edits shared by the one-line and multi-line text fields: the caret is a byte
//! offset that always sits on a grapheme boundary, so one key never splits a user-perceived
//! character (a wide CJK character, an accented letter, an emoji with its skin tone).

use super::text_input::{InputOutcome, MAX_CHARS};
use unicode_segmentation::UnicodeSegmentation;

/// Where the grapheme before `caret` starts (0 at the start of the text).
pub(super) fn prev_boundary(text: &str, caret: usize) -> usize {
    text[..caret]
        .grapheme_indices(true)
        .next_back()
        .map_or(0, |(i, _)| i)
}

/// Where the grapheme after `caret` ends (`caret` itself at the end of the text).
pub(super) fn next_boundary(text: &str, caret: usize) -> usize {
    text[caret..]
        .graphemes(true)
        .next()
        .map_or(caret, |g| caret + g.len())
}

/// Inserts already cleaned characters at the caret, as many as the field still has room for;
/// false when nothing went in.
pub(super) fn insert(
    text: &mut String,
    caret: &mut usize,
    clean: impl Iterator<Item = char>,
) -> bool {
    let room = MAX_CHARS.saturating_sub(text.chars().count());
    let clean: String = clean.take(room).collect();
    if clean.is_empty() {
        return false;
    }
    text.insert_str(*caret, &clean);
    *caret += clean.len();
    true
}

/// Backspace: removes the grapheme before the caret.
pub(super) fn delete_back(text: &mut String, caret: &mut usize) -> InputOutcome {
    if *caret == 0 {
        return InputOutcome::Moved;
    }
    let start = prev_boundary(text, *caret);
    text.drain(start..*caret);
    *caret = start;
    InputOutcome::Changed
}

/// Delete: removes the grapheme after the caret.
pub(super) fn delete_forward(text: &mut String, caret: usize) -> InputOutcome {
    let end = next_boundary(text, caret);
    if end == caret {
        return InputOutcome::Moved;
    }
    text.drain(caret..end);
    InputOutcome::Changed
}

/// A typed character: `Changed` when it went in, `Moved` when the field is full.
pub(super) fn after_typing(inserted: bool) -> InputOutcome {
    if inserted {
        InputOutcome::Changed
    } else {
        InputOutcome::Moved
    }
}
