//! What must hold of any meeting pingyi lets a user reach, whatever was typed: the record is
//! sound, the tallies are the sum of the ballots, every count lies within the valid ballots,
//! the attendance counts are the roster's states, and saving and loading gives the same meeting.

use pingyi::model::{BallotRound, EntryMode, Presence, Session, Tally};
use std::path::Path;

/// Panics, saying which, if any invariant does not hold.
pub fn hold(s: &Session, context: &str) {
    let problems = s.problems();
    assert!(
        problems.is_empty(),
        "{context}: the record has problems: {problems:?}"
    );
    tallies(s, context);
    attendance(s, context);
    round_trip(s, context);
}

/// One cell's counts, counted here by hand from the stored ballots and typed grids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct HandCount {
    grades: Vec<u32>,
    blank: u32,
    void_mark: u32,
}

/// The round's tally counted from what is stored, without `Tally`: every ballot's marks read
/// character by character (`1`–`9` a grade, `0` blank, `x` a void mark), every typed cell added.
fn count_by_hand(r: &BallotRound) -> (Vec<HandCount>, u32, u32) {
    let n_items = r.items.len();
    let mut cells: Vec<HandCount> = (0..r.targets.len() * n_items)
        .map(|k| HandCount {
            grades: vec![0; r.items[k % n_items].scale.grades.len()],
            ..HandCount::default()
        })
        .collect();
    let (mut valid, mut void) = (0u32, 0u32);
    for b in &r.batches {
        match b.mode {
            EntryMode::Ballots => {
                for ballot in &b.ballots {
                    if ballot.void {
                        void = void.saturating_add(1);
                        continue;
                    }
                    valid = valid.saturating_add(1);
                    for (pos, ch) in ballot.marks.chars().enumerate() {
                        let c = &mut cells[pos];
                        match ch {
                            '0' => c.blank = c.blank.saturating_add(1),
                            'x' | 'X' => c.void_mark = c.void_mark.saturating_add(1),
                            '1'..='9' => {
                                let g = &mut c.grades[ch as usize - '1' as usize];
                                *g = g.saturating_add(1);
                            }
                            other => panic!("a stored mark {other:?}"),
                        }
                    }
                }
            }
            EntryMode::Grid => {
                // Counts saturate as the model's do (an edge file holds u32::MAX).
                valid = valid.saturating_add(b.valid_ballots);
                void = void.saturating_add(b.void_ballots);
                for typed in &b.cells {
                    let ti = r.targets.iter().position(|t| t.id == typed.target);
                    let ii = r.items.iter().position(|i| i.id == typed.item);
                    let (Some(ti), Some(ii)) = (ti, ii) else {
                        panic!("a typed cell of no target or item: {typed:?}");
                    };
                    let c = &mut cells[ti * n_items + ii];
                    for (g, n) in typed.grades.iter().enumerate() {
                        c.grades[g] = c.grades[g].saturating_add(*n);
                    }
                    c.blank = c.blank.saturating_add(typed.blank);
                    c.void_mark = c.void_mark.saturating_add(typed.void_mark);
                }
            }
        }
    }
    (cells, valid, void)
}

fn tallies(s: &Session, context: &str) {
    for r in &s.rounds {
        for b in &r.batches {
            match b.mode {
                EntryMode::Ballots => {
                    // Every ballot holds one mark per cell, so each row adds up to the valid
                    // ballots exactly.
                    let cells = r.cells_per_ballot();
                    for ballot in b.ballots.iter().filter(|x| !x.void) {
                        assert_eq!(
                            ballot.marks.chars().count(),
                            cells,
                            "{context}: round {} batch {} ballot {}: marks {:?}",
                            r.name,
                            b.label,
                            ballot.no,
                            ballot.marks
                        );
                    }
                }
                EntryMode::Grid => {
                    for c in &b.cells {
                        let over = c
                            .grades
                            .iter()
                            .chain([&c.blank, &c.void_mark])
                            .any(|&n| n > b.valid_ballots);
                        assert!(
                            !over,
                            "{context}: round {} batch {}: a count above {} valid ballots: {c:?}",
                            r.name, b.label, b.valid_ballots
                        );
                    }
                }
            }
        }
        // The round's tally against the marks counted by hand.
        let (hand, valid, void) = count_by_hand(r);
        let t = Tally::of_round(r);
        assert_eq!(
            (t.valid, t.void),
            (valid, void),
            "{context}: round {}: valid and void ballots",
            r.name
        );
        for (k, want) in hand.iter().enumerate() {
            let (ti, ii) = (k / r.items.len(), k % r.items.len());
            let got = t.cell(ti, ii).map(|c| HandCount {
                grades: c.grades.clone(),
                blank: c.blank,
                void_mark: c.void_mark,
            });
            assert_eq!(
                got.as_ref(),
                Some(want),
                "{context}: round {} target {ti} item {ii}: the tally against the marks",
                r.name
            );
        }
    }
}

fn attendance(s: &Session, context: &str) {
    let total = s.attendance.counts().total;
    let people = &s.attendance.people;
    let on_roster = people.iter().filter(|p| !p.walk_in);
    let count =
        |f: &dyn Fn(&Presence) -> bool| on_roster.clone().filter(|p| f(&p.presence)).count() as u32;
    let walk_ins = people.iter().filter(|p| p.walk_in).count() as u32;
    assert_eq!(
        total.expected,
        on_roster.clone().count() as u32,
        "{context}: 应到"
    );
    assert_eq!(
        total.present,
        count(&|p| matches!(p, Presence::Present { .. })) + walk_ins,
        "{context}: 实到"
    );
    assert_eq!(
        total.excused,
        count(&|p| matches!(p, Presence::Excused { .. })),
        "{context}: 请假"
    );
    assert_eq!(
        total.absent,
        count(&|p| *p == Presence::Expected),
        "{context}: 缺席"
    );
    assert!(
        people
            .iter()
            .filter(|p| p.walk_in)
            .all(|p| matches!(p.presence, Presence::Present { .. })),
        "{context}: a walk-in is present"
    );
}

fn round_trip(s: &Session, context: &str) {
    let text = pingyi::store::to_json(s).expect("a session serializes");
    let back = pingyi::store::parse(Path::new("round-trip.json"), &text)
        .unwrap_or_else(|e| panic!("{context}: the saved text does not load: {e}"));
    assert!(
        back == *s,
        "{context}: save → load gives a different meeting"
    );
}
