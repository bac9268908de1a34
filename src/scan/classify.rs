//! From measured boxes to a reading: each box is a mark, empty or doubtful; each item is then a
//! grade, a blank (弃权) or, when anything about it is doubtful, a proposal sent to review. A mark
//! is counted without a person only when every box of its item is clearly one thing.
//!
//! The thresholds were tuned on generated pages of one set of seeds and checked on another
//! (BENCHMARKS.md); they are deliberately wide: a doubtful mark costs a keystroke, a wrong one
//! costs the count.

use super::measure::BoxMeasure;
use crate::model::ballot::Mark;

/// The limits a box is judged by.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rules {
    /// At most this much ink more than the ring around has, and no darker than `empty_ink`: an
    /// empty box (in a black-and-white scan, a few black pixels left of a faint mark are doubt).
    pub empty_cover: f64,
    pub empty_ink: f64,
    /// At most this share of faintly darker paper (pencil) in an empty box.
    pub empty_faint: f64,
    /// An empty box's darkest inside may exceed the paper around it by at most this much (a
    /// blurred pencil mark leaves no ink, only a trace darker than the paper's own speckle).
    pub empty_margin: f64,
    /// At least this much ink, this dark, spread this far: a mark.
    pub mark_cover: f64,
    pub mark_ink: f64,
    pub mark_extent: f64,
    /// A box this full is a filled mark; with this much ink around it, a filled box struck through.
    pub filled_cover: f64,
    pub struck_ring: f64,
    /// Between a stroke mark and a fill: a scribble (a mark struck out), doubtful.
    pub scribble_cover: f64,
    /// An item whose boxes all read empty is still doubtful when one box's darkest inside
    /// exceeds the item's quietest box by more than `blank_spread`, plus `blank_speckle` times
    /// that quietest box's own level (the paper's speckle, which varies from box to box).
    pub blank_spread: f64,
    pub blank_speckle: f64,
}

pub const RULES: Rules = Rules {
    empty_cover: 0.004,
    empty_ink: 0.45,
    empty_faint: 0.012,
    empty_margin: 0.03,
    mark_cover: 0.05,
    mark_ink: 0.4,
    mark_extent: 0.45,
    filled_cover: 0.7,
    struck_ring: 0.12,
    scribble_cover: 0.55,
    blank_spread: 0.025,
    blank_speckle: 0.5,
};

/// What one box holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoxState {
    Empty,
    Marked,
    Doubtful(Doubt),
}

/// Why a box or an item goes to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Doubt {
    /// Too faint or too small to be sure of (pencil, a stray dot).
    Faint,
    /// More ink than a tick, less than a fill: a mark struck out?
    Scribble,
    /// A filled box with strokes running through and out of it.
    StruckFill,
    /// Two or more marks in one item.
    TwoMarks,
    /// Blank on a page scanned in black and white, where a faint pencil mark can be erased
    /// before the page is read: a person looks at the paper ballot.
    BlankInBlackAndWhite,
}

impl Rules {
    pub fn judge(&self, m: &BoxMeasure) -> BoxState {
        if m.cover <= self.empty_cover + m.ring
            && m.ink < self.empty_ink
            && m.faint <= self.empty_faint
            && m.ink <= m.ring_ink + self.empty_margin
        {
            return BoxState::Empty;
        }
        if m.cover >= self.filled_cover {
            if m.ring >= self.struck_ring {
                return BoxState::Doubtful(Doubt::StruckFill);
            }
            return if m.ink >= self.mark_ink {
                BoxState::Marked
            } else {
                BoxState::Doubtful(Doubt::Faint)
            };
        }
        if m.cover >= self.scribble_cover {
            return BoxState::Doubtful(Doubt::Scribble);
        }
        if m.cover >= self.mark_cover && m.ink >= self.mark_ink && m.extent >= self.mark_extent {
            return BoxState::Marked;
        }
        BoxState::Doubtful(Doubt::Faint)
    }

    /// In an item whose boxes all read empty, the boxes holding a trace: a faint pencil
    /// line blurred by the scanner leaves no ink, only a box a little darker than its
    /// neighbours. The ring around each box cannot tell it from the paper then, as the blur
    /// spreads the printed outline into the ring; the item's other boxes, on the same paper
    /// under the same scan, can. Such boxes become doubtful (faint); `states` is left alone
    /// unless every box is empty.
    fn find_traces(&self, boxes: &[BoxMeasure], states: &mut [BoxState]) {
        if states.iter().any(|s| *s != BoxState::Empty) {
            return;
        }
        let quiet = boxes.iter().map(|m| m.ink).fold(f64::INFINITY, f64::min);
        let limit = quiet + self.blank_spread + self.blank_speckle * quiet;
        for (m, s) in boxes.iter().zip(states) {
            if m.ink > limit {
                *s = BoxState::Doubtful(Doubt::Faint);
            }
        }
    }

    /// How clear a box's state is, 0 (on a limit) to 1 (far from every limit).
    fn clearness(&self, m: &BoxMeasure, state: BoxState) -> f64 {
        let c = match state {
            BoxState::Empty => 1.0 - m.cover / (self.empty_cover + m.ring).max(1e-9),
            BoxState::Marked if m.cover >= self.filled_cover => (1.0
                - m.ring / self.struck_ring.max(1e-9))
            .min((m.cover - self.filled_cover) * 4.0 + 0.5),
            BoxState::Marked => ((m.cover - self.mark_cover) / self.mark_cover)
                .min((m.ink - self.mark_ink) / (1.0 - self.mark_ink))
                .min((self.scribble_cover - m.cover) / self.scribble_cover),
            BoxState::Doubtful(_) => 0.0,
        };
        c.clamp(0.0, 1.0)
    }
}

/// The reading of one item: what pingyi proposes, whether a person must look, how sure it is.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemReading {
    pub proposal: Mark,
    /// `None`: counted as read. `Some`: waits for review.
    pub doubt: Option<Doubt>,
    /// 0–1: the least clear of its boxes (0 for anything sent to review).
    pub confidence: f64,
}

/// Reads one item from its boxes' measures, in grade order.
pub fn read_item(rules: &Rules, boxes: &[BoxMeasure]) -> ItemReading {
    let mut states: Vec<BoxState> = boxes.iter().map(|m| rules.judge(m)).collect();
    rules.find_traces(boxes, &mut states);
    let marked: Vec<usize> = (0..states.len())
        .filter(|&g| states[g] == BoxState::Marked)
        .collect();
    let doubt = states
        .iter()
        .filter_map(|s| match s {
            BoxState::Doubtful(d) => Some(*d),
            _ => None,
        })
        .max();
    let proposal = match marked.as_slice() {
        [] => strongest_doubtful(&states, boxes).map_or(Mark::Blank, grade),
        [g] => grade(*g),
        _ => Mark::VoidMark,
    };
    let doubt = if marked.len() > 1 {
        Some(Doubt::TwoMarks)
    } else {
        doubt
    };
    let confidence = if doubt.is_some() {
        0.0
    } else {
        boxes
            .iter()
            .zip(&states)
            .map(|(m, s)| rules.clearness(m, *s))
            .fold(1.0, f64::min)
    };
    ItemReading {
        proposal,
        doubt,
        confidence,
    }
}

fn grade(g: usize) -> Mark {
    Mark::Grade(u8::try_from(g).unwrap_or(u8::MAX))
}

/// With no clear mark, the doubtful box with the most ink is the likeliest reading.
fn strongest_doubtful(states: &[BoxState], boxes: &[BoxMeasure]) -> Option<usize> {
    (0..states.len())
        .filter(|&g| matches!(states[g], BoxState::Doubtful(_)))
        .max_by(|&a, &b| boxes[a].darkness.total_cmp(&boxes[b].darkness))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(cover: f64, ink: f64, extent: f64, ring: f64) -> BoxMeasure {
        BoxMeasure {
            cover,
            faint: cover,
            ring_ink: 0.0,
            darkness: cover * ink,
            ink,
            extent,
            ring,
        }
    }

    #[test]
    fn one_tick_is_counted_two_go_to_review() {
        let empty = m(0.0, 0.02, 0.0, 0.0);
        let tick = m(0.15, 0.9, 0.8, 0.0);
        let r = read_item(&RULES, &[empty, tick, empty]);
        assert_eq!((r.proposal, r.doubt), (Mark::Grade(1), None));
        assert!(r.confidence > 0.3);
        let r = read_item(&RULES, &[tick, tick, empty]);
        assert_eq!(
            (r.proposal, r.doubt),
            (Mark::VoidMark, Some(Doubt::TwoMarks))
        );
        let r = read_item(&RULES, &[empty, empty, empty]);
        assert_eq!((r.proposal, r.doubt), (Mark::Blank, None));
    }

    #[test]
    fn faint_dots_and_struck_fills_are_never_decided() {
        let empty = m(0.0, 0.02, 0.0, 0.0);
        let pencil = m(0.0, 0.3, 0.8, 0.0);
        let pencil = BoxMeasure {
            faint: 0.1,
            ..pencil
        };
        let dot = m(0.03, 0.9, 0.15, 0.0);
        let struck = m(0.9, 0.95, 1.0, 0.3);
        for odd in [pencil, dot, struck] {
            let r = read_item(&RULES, &[odd, empty]);
            assert!(r.doubt.is_some(), "{odd:?}");
            assert_eq!(r.confidence, 0.0);
        }
        let r = read_item(&RULES, &[empty, pencil]);
        assert_eq!(r.proposal, Mark::Grade(1));
    }

    #[test]
    fn a_blank_with_a_trace_in_one_box_goes_to_review() {
        // A blurred pencil tick: no ink, but darker than its neighbours (measured on a page).
        let clean = BoxMeasure {
            ring_ink: 0.08,
            ..m(0.0, 0.0, 0.0, 0.0)
        };
        let trace = BoxMeasure {
            ink: 0.048,
            darkness: 0.007,
            ..clean
        };
        let r = read_item(&RULES, &[trace, clean, clean]);
        assert_eq!((r.proposal, r.doubt), (Mark::Grade(0), Some(Doubt::Faint)));
        // Noisy paper: every box speckled, one a little more than the others, still blank.
        let speckle = |ink| BoxMeasure {
            ink,
            ring_ink: 0.07,
            ..m(0.0, 0.0, 0.0, 0.0)
        };
        let r = read_item(&RULES, &[speckle(0.05), speckle(0.08), speckle(0.06)]);
        assert_eq!((r.proposal, r.doubt), (Mark::Blank, None));
    }
}
