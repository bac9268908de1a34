//! The accuracy measurement: generated pages read back and compared with their truth, per
//! condition: items counted right, counted wrong without review (must stay 0), sent to review;
//! ballots sent to review among ordinary ones; codes read; pages refused.

use super::classify::{Doubt, Rules};
use super::qr::read_code;
use super::read::{ItemRead, locate, read_items};
use super::sheet::Sheet;
use super::synth::pen::Gesture;
use super::synth::{Condition, ItemTruth, Rng, page};
use std::collections::BTreeMap;

/// The tally for one condition.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    pub pages: usize,
    pub refused: usize,
    pub codes_read: usize,
    pub boxes: usize,
    pub items: usize,
    /// Counted without review, and right.
    pub right: usize,
    /// Counted without review, and wrong: the one failure not allowed.
    pub wrong: usize,
    /// Sent to review.
    pub review: usize,
    /// Pages drawn with ordinary gestures only, and how many of them went to review.
    pub ordinary_pages: usize,
    pub ordinary_to_review: usize,
    /// Per gesture: (counted right, counted wrong, sent to review).
    pub by_gesture: BTreeMap<Gesture, [usize; 3]>,
    /// Why items went to review, per gesture.
    pub reasons: BTreeMap<(Gesture, Doubt), usize>,
    /// Every item counted wrong, with its truth and its boxes' measures: what to look at.
    pub misses: Vec<(ItemTruth, ItemRead)>,
}

impl Tally {
    pub fn add(&mut self, o: &Tally) {
        self.pages += o.pages;
        self.refused += o.refused;
        self.codes_read += o.codes_read;
        self.boxes += o.boxes;
        self.items += o.items;
        self.right += o.right;
        self.wrong += o.wrong;
        self.review += o.review;
        self.ordinary_pages += o.ordinary_pages;
        self.ordinary_to_review += o.ordinary_to_review;
        self.misses.extend(o.misses.iter().cloned());
        for (k, v) in &o.reasons {
            *self.reasons.entry(*k).or_default() += v;
        }
        for (g, v) in &o.by_gesture {
            let e = self.by_gesture.entry(*g).or_default();
            for k in 0..3 {
                e[k] += v[k];
            }
        }
    }
}

/// Generates and reads `pages` pages of `sheet` under `cond`, seeds from `seed`; a page is
/// ordinary (no hard gesture) with probability `ordinary`, else each item is hard with
/// probability `hard`.
pub fn measure(
    sheet: &Sheet,
    cond: &Condition,
    rules: &Rules,
    seed: u64,
    pages: usize,
    ordinary: f64,
    hard: f64,
) -> Tally {
    let mut t = Tally::default();
    let mut rng = Rng::new(seed);
    for k in 0..pages {
        let payload = format!("pingyi-test/{seed}/{k}");
        let is_ordinary = rng.chance(ordinary);
        let p = page(
            sheet,
            &payload,
            cond,
            if is_ordinary { 0.0 } else { hard },
            &mut rng,
        );
        t.pages += 1;
        t.boxes += sheet.boxes.len();
        let Ok(at) = locate(&p.image, sheet) else {
            t.refused += 1;
            continue;
        };
        if read_code(&p.image, &at.map, &sheet.codes).as_deref() == Some(payload.as_str()) {
            t.codes_read += 1;
        }
        let items = read_items(&p.image, &at, sheet, rules);
        let mut page_review = false;
        for (read, truth) in items.iter().zip(&p.truth) {
            t.items += 1;
            let slot = if let Some(d) = read.reading.doubt {
                page_review = true;
                *t.reasons.entry((truth.gesture, d)).or_default() += 1;
                2
            } else if read.reading.proposal == truth.mark {
                0
            } else {
                1
            };
            match slot {
                0 => t.right += 1,
                1 => {
                    t.wrong += 1;
                    t.misses.push((*truth, read.clone()));
                }
                _ => t.review += 1,
            }
            t.by_gesture.entry(truth.gesture).or_default()[slot] += 1;
        }
        if is_ordinary {
            t.ordinary_pages += 1;
            t.ordinary_to_review += usize::from(page_review);
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::classify::RULES;
    use crate::scan::synth::{CONDITIONS, fixture::town_sheet};

    #[test]
    fn generated_pages_read_back_with_nothing_wrong() {
        let sheet = town_sheet();
        let cond = Condition {
            dpi: (120.0, 150.0),
            ..CONDITIONS[3]
        };
        let t = measure(&sheet, &cond, &RULES, 7, 4, 0.5, 0.3);
        assert_eq!(t.refused, 0, "{t:?}");
        assert_eq!(t.wrong, 0, "{t:?}");
        assert_eq!(t.codes_read, 4, "{t:?}");
        assert!(t.right > 20, "{t:?}");
    }
}
