//! A selected line in a list: moving it without leaving the list, keeping it inside when the
//! list shrinks, and the first line to draw so that it stays in view. One place for the
//! arithmetic every list screen needs, so none of them can step off the end.

/// The line above `at` (the first stays the first).
pub fn up(at: usize) -> usize {
    at.saturating_sub(1)
}

/// The line below `at` in a list of `len` lines (the last stays the last).
pub fn down(at: usize, len: usize) -> usize {
    (at + 1).min(last(len))
}

/// `at`, kept inside a list of `len` lines.
pub fn clamp(at: usize, len: usize) -> usize {
    at.min(last(len))
}

/// The last line of a list of `len` lines (0 for an empty list).
pub fn last(len: usize) -> usize {
    len.saturating_sub(1)
}

/// The first line to draw in `height` rows so that line `at` is on screen.
pub fn first_shown(at: usize, height: usize) -> usize {
    (at + 1).saturating_sub(height.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_selection_stays_inside_the_list_and_in_view() {
        assert_eq!(up(0), 0);
        assert_eq!(down(2, 3), 2);
        assert_eq!(down(0, 0), 0);
        assert_eq!(clamp(7, 3), 2);
        assert_eq!(clamp(7, 0), 0);
        assert_eq!(first_shown(0, 5), 0);
        assert_eq!(first_shown(9, 5), 5);
        assert_eq!(first_shown(9, 0), 9);
    }
}
