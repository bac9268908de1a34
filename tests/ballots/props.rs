//! Property tests: any sequence of ballot commits and take-backs keeps the tallies equal to the
//! sum of the ballots and every row equal to the valid ballots; merging never double counts;
//! refused grid counts change nothing; percentages round half up.

use crate::support::*;

use pingyi::i18n::Lang;
use pingyi::model::template::builtin_scales;
use pingyi::model::{Column, EntryMode, Percent, Session, Tally, TargetKind};
use proptest::prelude::*;

/// A round of 3 targets on 2 items (3 and 4 grades), with a ballot batch "a".
fn round() -> (Session, u32) {
    let mut s = Session::new(at(9, 0), Lang::Zh);
    let id = s.add_round("表", &stamp()).unwrap();
    let scales = builtin_scales(Lang::Zh);
    ok(&mut s, id, |r, j| {
        r.add_targets(
            &["甲".into(), "乙".into(), "丙".into()],
            TargetKind::Person,
            j,
        )?;
        r.add_item("一", scales[0].clone(), Lang::Zh, j)?;
        r.add_item("二", scales[3].clone(), Lang::Zh, j)?;
        r.add_batch("a", "甲组", "", EntryMode::Ballots, j)
    });
    (s, id)
}

#[derive(Debug, Clone)]
enum Op {
    /// Marks as digits per cell: 0..=4 (4 maps to a void mark), clipped to each scale.
    Commit(Vec<u8>),
    Void,
    Undo,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => prop::collection::vec(0u8..=5, 6).prop_map(Op::Commit),
        1 => Just(Op::Void),
        2 => Just(Op::Undo),
    ]
}

/// The marks string for a ballot: item one has 3 grades, item two 4; 5 is a void mark.
fn marks(cells: &[u8]) -> String {
    cells
        .iter()
        .enumerate()
        .map(|(pos, &d)| {
            let grades = if pos % 2 == 0 { 3 } else { 4 };
            match d {
                5 => 'x',
                d if usize::from(d) <= grades => char::from(b'0' + d),
                _ => '0',
            }
        })
        .collect()
}

/// Per cell (grades…, blank, void mark), then the valid and void ballots.
type HandTally = (Vec<(Vec<u32>, u32, u32)>, u32, u32);

/// Counts per cell (grades…, blank, void mark) and the valid and void ballots, counted here from
/// the marks the test itself typed, without `Tally`: the reference the tallies must equal.
fn by_hand(ballots: &[Option<String>]) -> HandTally {
    let mut cells: Vec<(Vec<u32>, u32, u32)> = (0..6)
        .map(|pos| (vec![0; if pos % 2 == 0 { 3 } else { 4 }], 0, 0))
        .collect();
    let (mut valid, mut void) = (0, 0);
    for b in ballots {
        let Some(marks) = b else {
            void += 1;
            continue;
        };
        valid += 1;
        for (pos, ch) in marks.chars().enumerate() {
            match ch {
                '0' => cells[pos].1 += 1,
                'x' => cells[pos].2 += 1,
                d => cells[pos].0[d as usize - '1' as usize] += 1,
            }
        }
    }
    (cells, valid, void)
}

/// Whether `t` holds exactly the hand count.
fn equals_hand(t: &Tally, hand: &HandTally) -> Result<(), String> {
    let (cells, valid, void) = hand;
    if (t.valid, t.void) != (*valid, *void) {
        return Err(format!(
            "valid/void {:?} ≠ {:?}",
            (t.valid, t.void),
            (valid, void)
        ));
    }
    for (pos, want) in cells.iter().enumerate() {
        let c = t.cell(pos / 2, pos % 2).ok_or(format!("no cell {pos}"))?;
        if (&c.grades, c.blank, c.void_mark) != (&want.0, want.1, want.2) {
            return Err(format!("cell {pos}: {c:?} ≠ {want:?}"));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn tallies_always_equal_the_sum_of_the_ballots(ops in prop::collection::vec(op(), 0..60)) {
        let (mut s, id) = round();
        // The ballots as the test typed them (None for a void one), kept apart from the round.
        let mut typed: Vec<Option<String>> = Vec::new();
        for op in ops {
            let result = s.with_round(id, &stamp(), |r, j| match &op {
                Op::Commit(cells) => r.commit_ballot("a", &marks(cells), j).map(|_| ()),
                Op::Void => r.commit_void_ballot("a", j).map(|_| ()),
                Op::Undo => r.undo_last_ballot("a", j).map(|_| ()),
            });
            match (result, &op) {
                (Ok(()), Op::Commit(cells)) => typed.push(Some(marks(cells))),
                (Ok(()), Op::Void) => typed.push(None),
                (Ok(()), Op::Undo) => { typed.pop(); }
                (Err(_), Op::Undo) => prop_assert!(typed.is_empty()),
                (Err(e), _) => prop_assert!(false, "refused: {e:?}"),
            }
            let kept = typed.len();
            let r = s.round(id).unwrap();
            let derived = Tally::of_round(r);
            let hand = by_hand(&typed);
            prop_assert!(equals_hand(&derived, &hand).is_ok(), "{:?}", equals_hand(&derived, &hand));
            prop_assert_eq!(derived.valid + derived.void, kept as u32);
            prop_assert!(derived.unbalanced().is_empty());
            let numbers: Vec<u32> = r.batches[0].ballots.iter().map(|b| b.no).collect();
            prop_assert_eq!(numbers, (1..=kept as u32).collect::<Vec<_>>());
        }
        let bytes = serde_json::to_vec(&s).unwrap();
        prop_assert!(pingyi::store::parse(std::path::Path::new("x.json"), &bytes).is_ok());
    }

    #[test]
    fn merging_never_counts_a_batch_twice(
        split in prop::collection::vec(0usize..3, 1..30),
        order in prop::collection::vec(0usize..3, 1..8),
    ) {
        // Three laptops share one form; ballot k is counted on laptop split[k].
        let (base, id) = round();
        let mut laptops = vec![base.clone(), base.clone(), base];
        for (n, l) in laptops.iter_mut().enumerate() {
            ok(l, id, |r, j| r.remove_batch("a", j));
            ok(l, id, |r, j| r.add_batch(&format!("laptop{n}"), &format!("第{n}组"), "", EntryMode::Ballots, j));
        }
        for (k, &l) in split.iter().enumerate() {
            let cells: Vec<u8> = (0..6).map(|c| ((k + c) % 4) as u8).collect();
            ok(&mut laptops[l], id, |r, j| r.commit_ballot(&format!("laptop{l}"), &marks(&cells), j));
        }
        let want = {
            let mut t = Tally::empty(laptops[0].round(id).unwrap());
            for l in &laptops {
                t.add(&Tally::of_round(l.round(id).unwrap()));
            }
            t
        };
        // And counted by hand from the marks typed on every laptop.
        let typed: Vec<Option<String>> = (0..split.len())
            .map(|k| Some(marks(&(0..6).map(|c| ((k + c) % 4) as u8).collect::<Vec<_>>())))
            .collect();
        let hand = by_hand(&typed);
        prop_assert!(equals_hand(&want, &hand).is_ok(), "{:?}", equals_hand(&want, &hand));
        // Merge into laptop 0 from the others in any order, any number of times.
        for &from in &order {
            let other = laptops[from].clone();
            laptops[0].merge_batches(&other, &stamp()).unwrap();
            let got = Tally::of_round(laptops[0].round(id).unwrap());
            prop_assert!(got.valid <= want.valid);
        }
        for from in 1..3 {
            let other = laptops[from].clone();
            laptops[0].merge_batches(&other, &stamp()).unwrap();
        }
        prop_assert_eq!(Tally::of_round(laptops[0].round(id).unwrap()), want);
        prop_assert_eq!(laptops[0].round(id).unwrap().batches.len(), 3);
    }

    #[test]
    fn refused_grid_counts_change_nothing_and_every_state_loads(
        valid in 0u32..30,
        ops in prop::collection::vec((0u8..4, 1u32..=3, 1u32..=2, 0usize..6, 0u32..40), 1..40),
    ) {
        let (mut s, id) = round();
        ok(&mut s, id, |r, j| {
            r.add_batch("g", "乙组", "", EntryMode::Grid, j)?;
            r.set_batch_ballots("g", false, valid, j)
        });
        let mut valid = valid;
        for (kind, t, i, c, v) in ops {
            let col = match c { 0..=3 => Column::Grade(c), 4 => Column::Blank, _ => Column::VoidMark };
            let before = s.clone();
            let result = s.with_round(id, &stamp(), |r, j| match kind {
                0 => r.set_batch_ballots("g", false, v, j),
                1 => r.fill_rest_blank("g", t, i, j).map(|_| ()),
                2 => r.set_recheck_cell(t, i, col, v, j),
                _ => r.set_cell("g", t, i, col, v, j),
            });
            match (result, kind) {
                (Ok(()), 0) => valid = v,
                (Ok(()), 3) => prop_assert!(v <= valid),
                (Ok(()), _) => {}
                (Err(_), _) => prop_assert_eq!(&s, &before),
            }
            let r = s.round(id).unwrap();
            let t = Tally::of_batch(r, &r.batches[1]);
            for ti in 0..3 {
                for ii in 0..2 {
                    let cell = t.cell(ti, ii).unwrap();
                    prop_assert!(Column::all(cell.grades.len()).all(|c| cell.get(c) <= valid));
                }
            }
            // Whatever the clerk did, the file saved now opens again.
            let bytes = serde_json::to_vec(&s).unwrap();
            let back = pingyi::store::parse(std::path::Path::new("x.json"), &bytes);
            prop_assert!(back.is_ok(), "{:?}", back.err());
        }
    }

    #[test]
    fn percentages_round_half_up(den in 1u64..2_000_000, num_frac in 0u64..=1_000_000) {
        let num = num_frac * den / 1_000_000;
        let p = Percent::new(num, den);
        // Reference: quotient and remainder; the remainder's half or more rounds up.
        let scaled = u128::from(num) * 10_000;
        let (q, r) = (scaled / u128::from(den), scaled % u128::from(den));
        let want = if 2 * r >= u128::from(den) { q + 1 } else { q };
        prop_assert_eq!(u128::from(p.basis_points().unwrap()), want);
        let shown = p.to_string();
        let digits: String = shown.chars().filter(char::is_ascii_digit).collect();
        prop_assert_eq!(digits.parse::<u128>().unwrap(), want);
        prop_assert!(shown.ends_with('%') && shown.split('.').nth(1).unwrap().len() == 3);
    }
}
