//! Tallies kept current for the screens: a batch entered ballot by ballot is only recounted from
//! scratch when a ballot was taken back; new ballots are counted in one by one, so a round of
//! 2,000 ballots × 480 marks costs one ballot's work per keystroke, not a recount.

use crate::model::{Ballot, BallotRound, EntryMode, Id, Tally};
use std::cell::RefCell;

/// The form's shape: targets and each item's number of grades.
type Shape = (Vec<Id>, Vec<usize>);

fn shape(r: &BallotRound) -> Shape {
    (
        r.targets.iter().map(|t| t.id).collect(),
        r.items.iter().map(|i| i.scale.grades.len()).collect(),
    )
}

#[derive(Debug)]
struct Cached {
    uid: String,
    /// Ballots counted into `tally` (ballot mode).
    len: usize,
    /// The last of them, to notice one taken back and another committed in its place.
    last: Option<Ballot>,
    tally: Tally,
}

#[derive(Debug, Default)]
struct Inner {
    round: Option<(Id, Shape)>,
    batches: Vec<Cached>,
}

/// Per-batch tallies of one round, brought up to date on each read.
#[derive(Debug, Default)]
pub struct TallyCache {
    inner: RefCell<Inner>,
}

impl TallyCache {
    /// A batch's tally as it stands.
    pub fn batch(&self, round: &BallotRound, uid: &str) -> Option<Tally> {
        let mut inner = self.inner.borrow_mut();
        inner.sync(round);
        inner
            .batches
            .iter()
            .find(|c| c.uid == uid)
            .map(|c| c.tally.clone())
    }

    /// The round's tally: the sum of its batches.
    pub fn round(&self, round: &BallotRound) -> Tally {
        let mut inner = self.inner.borrow_mut();
        inner.sync(round);
        let mut t = Tally::empty(round);
        for c in &inner.batches {
            t.add(&c.tally);
        }
        t
    }
}

impl Inner {
    fn sync(&mut self, round: &BallotRound) {
        let key = (round.id, shape(round));
        if self.round.as_ref() != Some(&key) {
            self.round = Some(key);
            self.batches.clear();
        }
        self.batches
            .retain(|c| round.batches.iter().any(|b| b.uid == c.uid));
        for b in &round.batches {
            let pos = match self.batches.iter().position(|c| c.uid == b.uid) {
                Some(p) => p,
                None => {
                    self.batches.push(Cached {
                        uid: b.uid.clone(),
                        len: 0,
                        last: None,
                        tally: Tally::empty(round),
                    });
                    self.batches.len() - 1
                }
            };
            let c = &mut self.batches[pos];
            match b.mode {
                // A typed grid is counted afresh: one cell per target × item, no ballots.
                EntryMode::Grid => {
                    c.tally = Tally::of_batch(round, b);
                    c.len = 0;
                    c.last = None;
                }
                EntryMode::Ballots => {
                    let prefix_kept = c.len <= b.ballots.len()
                        && c.len.checked_sub(1).map(|i| b.ballots.get(i))
                            == c.last.as_ref().map(Some);
                    if !prefix_kept {
                        c.tally = Tally::empty(round);
                        c.len = 0;
                    }
                    for ballot in &b.ballots[c.len..] {
                        c.tally.apply_ballot(ballot, true);
                    }
                    c.len = b.ballots.len();
                    c.last = b.ballots.last().cloned();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::template::builtin_scales;
    use crate::model::{Session, Stamp, TargetKind};

    #[test]
    fn the_cache_follows_commits_take_backs_and_replacements() {
        let t0 =
            chrono::DateTime::parse_from_rfc3339("2010-10-19T10:00:00+08:00").unwrap_or_default();
        let stamp = Stamp::new(t0, "计票人");
        let mut s = Session::new(t0, Lang::Zh);
        let id = s.add_round("表", &stamp).unwrap_or_default();
        let scale = builtin_scales(Lang::Zh)[0].clone();
        let r = s.with_round(id, &stamp, |r, j| {
            r.add_targets(&["甲".into(), "乙".into()], TargetKind::Person, j)?;
            r.add_item("一", scale, Lang::Zh, j)?;
            r.add_batch("a", "甲组", "", EntryMode::Ballots, j)
        });
        assert!(r.is_ok());
        let cache = TallyCache::default();
        let step = |s: &mut Session,
                    f: &dyn Fn(
            &mut BallotRound,
            &mut crate::model::Journal,
        ) -> Result<(), crate::model::BallotError>| {
            assert!(s.with_round(id, &stamp, |r, j| f(r, j)).is_ok());
        };
        for marks in ["12", "21", "33", "10"] {
            step(&mut s, &|r, j| r.commit_ballot("a", marks, j).map(|_| ()));
            let r = s.round(id).unwrap_or_else(|| panic!("round"));
            assert_eq!(cache.round(r), Tally::of_round(r));
        }
        // Take one back and commit another in its place: same count, other marks.
        step(&mut s, &|r, j| r.undo_last_ballot("a", j).map(|_| ()));
        step(&mut s, &|r, j| r.commit_ballot("a", "22", j).map(|_| ()));
        let r = s.round(id).unwrap_or_else(|| panic!("round"));
        assert_eq!(cache.round(r), Tally::of_round(r));
        assert_eq!(cache.batch(r, "a"), Some(Tally::of_round(r)));
    }
}
