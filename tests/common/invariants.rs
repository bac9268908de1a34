//! What must hold of any meeting pingyi lets a user reach, whatever was typed: the record is
//! sound, the tallies are the sum of the ballots, every count lies within the valid ballots,
//! the attendance counts are the roster's states, and saving and loading gives the same meeting.

use pingyi::model::{EntryMode, Presence, Session, Tally};
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

fn tallies(s: &Session, context: &str) {
    for r in &s.rounds {
        let mut sum = Tally::empty(r);
        for b in &r.batches {
            let t = Tally::of_batch(r, b);
            match b.mode {
                EntryMode::Ballots => {
                    // Every ballot-by-ballot row adds up to the valid ballots exactly.
                    let unbalanced = t.unbalanced();
                    assert!(
                        unbalanced.is_empty(),
                        "{context}: round {} batch {}: rows that do not add up: {unbalanced:?}",
                        r.name,
                        b.label
                    );
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
            assert_eq!(
                t.valid,
                b.valid(),
                "{context}: valid ballots of {}",
                b.label
            );
            sum.add(&t);
        }
        assert_eq!(
            sum,
            Tally::of_round(r),
            "{context}: round {}: the round's tally is the sum of its batches",
            r.name
        );
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
