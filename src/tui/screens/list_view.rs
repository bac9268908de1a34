//! The selection in a scrolling list, shared by review's screens: moves by line, by page, to the
//! ends, and stays inside the list when the list shrinks.

use crate::tui::keys::review::ListCmd;
use crate::tui::widgets::list;

/// Lines a page key moves (the screen does not know its height when a key arrives).
pub const PAGE: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListView {
    pub selected: usize,
}

impl ListView {
    pub fn apply(&mut self, cmd: ListCmd, len: usize) {
        let last = len.saturating_sub(1);
        self.selected = match cmd {
            ListCmd::Up => self.selected.saturating_sub(1),
            ListCmd::Down => self.selected.saturating_add(1),
            ListCmd::PageUp => self.selected.saturating_sub(PAGE),
            ListCmd::PageDown => self.selected.saturating_add(PAGE),
            ListCmd::First => 0,
            ListCmd::Last => last,
        }
        .min(last);
    }

    pub fn clamp(&mut self, len: usize) {
        self.selected = list::clamp(self.selected, len);
    }
}

/// The rows a list of `len` shows in `height` lines with `selected` in view, as a table scrolled
/// from the top shows them (the selected row at the bottom once it passes the first page).
/// Screens build only these rows: the audit log of a large meeting has 15,000 entries.
pub fn window(selected: usize, len: usize, height: usize) -> std::ops::Range<usize> {
    let height = height.max(1);
    let first = (selected.min(len.saturating_sub(1)) + 1).saturating_sub(height);
    first..(first + height).min(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_keeps_the_selection_in_view() {
        assert_eq!(window(0, 100, 10), 0..10);
        assert_eq!(window(9, 100, 10), 0..10);
        assert_eq!(window(10, 100, 10), 1..11);
        assert_eq!(window(99, 100, 10), 90..100);
        assert_eq!(window(3, 5, 10), 0..5);
        assert_eq!(window(0, 0, 10), 0..0);
        assert_eq!(window(7, 100, 0), 7..8);
    }

    #[test]
    fn stays_inside_the_list() {
        let mut v = ListView::default();
        v.apply(ListCmd::Up, 5);
        assert_eq!(v.selected, 0);
        v.apply(ListCmd::PageDown, 5);
        assert_eq!(v.selected, 4);
        v.apply(ListCmd::Down, 5);
        assert_eq!(v.selected, 4);
        v.clamp(2);
        assert_eq!(v.selected, 1);
        v.apply(ListCmd::Last, 0);
        assert_eq!(v.selected, 0);
    }
}
