//! The selection in a scrolling list, shared by review's screens: moves by line, by page, to the
//! ends, and stays inside the list when the list shrinks.

use crate::tui::keys::review::ListCmd;

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
        self.selected = self.selected.min(len.saturating_sub(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
