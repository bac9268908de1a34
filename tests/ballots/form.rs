//! Editing the form before counting, and the problems `Session::problems` finds in rounds read
//! from a file (counts above valid, marks off the scale, wrong lengths, recheck shape, states).

use crate::support::*;

use pingyi::i18n::Lang;
use pingyi::model::template::builtin_scales;
use pingyi::model::{BallotError, Column, EntryMode, RoundState, Session, TargetKind, Template};

#[test]
fn a_round_starts_from_the_template_form_and_takes_a_pasted_list() {
    let mut s = Session::new(at(9, 0), Lang::Zh);
    let form = &Template::default_for(Lang::Zh).forms[0];
    let id = s.add_round_from_form(form, &stamp()).unwrap();
    let r = s.round(id).unwrap();
    assert_eq!(r.name, "党组织群众评议表");
    assert_eq!(r.items.len(), 8);
    assert_eq!(
        r.items.iter().map(|i| i.id).collect::<Vec<_>>(),
        (1..=8).collect::<Vec<_>>()
    );
    let ids = ok(&mut s, id, |r, j| {
        r.paste_targets(
            "1、第一党支部\n2、第二党支部\n\n3、机关党支部\n",
            TargetKind::Organisation,
            j,
        )
    });
    assert_eq!(ids, vec![1, 2, 3]);
    let r = s.round(id).unwrap();
    assert_eq!(r.targets[2].name, "机关党支部");
    assert_eq!(r.cells_per_ballot(), 24);
    assert_eq!(
        s.audit
            .iter()
            .filter(|e| e.action == "form.target.add")
            .count(),
        3
    );
    assert!(s.problems().is_empty(), "{:?}", s.problems());
}

#[test]
fn the_form_keeps_its_shape_once_counting_starts() {
    let mut s = Session::new(at(9, 0), Lang::Zh);
    let id = org_round(&mut s, &["整体评价"], &["甲支部", "乙支部"]);
    // An empty grid batch follows the form as it changes.
    ok(&mut s, id, |r, j| {
        r.add_batch("g", "甲组", "", EntryMode::Grid, j)
    });
    ok(&mut s, id, |r, j| {
        r.add_targets(&["丙支部".into()], TargetKind::Organisation, j)
    });
    ok(&mut s, id, |r, j| r.move_target(3, true, j));
    let r = s.round(id).unwrap();
    assert_eq!(
        r.targets
            .iter()
            .map(|t| t.name.as_str())
            .collect::<Vec<_>>(),
        vec!["甲支部", "丙支部", "乙支部"]
    );
    assert_eq!(r.batches[0].cells.len(), 3);
    assert_eq!(r.batches[0].cells[1].target, 3);
    let scale = builtin_scales(Lang::Zh)[3].clone();
    ok(&mut s, id, |r, j| r.set_item_scale(8, scale, Lang::Zh, j));
    assert_eq!(s.round(id).unwrap().items[0].rates[0].name, "好评率");
    assert_eq!(s.round(id).unwrap().batches[0].cells[0].grades.len(), 4);

    ok(&mut s, id, |r, j| {
        r.set_batch_ballots("g", false, 10, j)?;
        r.set_cell("g", 1, 8, Column::Grade(0), 10, j)
    });
    let shape_changes = [
        s.with_round(id, &stamp(), |r, j| {
            r.add_targets(&["丁".into()], TargetKind::Organisation, j)
                .map(|_| ())
        }),
        s.with_round(id, &stamp(), |r, j| r.remove_target(1, j)),
        s.with_round(id, &stamp(), |r, j| r.move_item(8, true, j)),
        s.with_round(id, &stamp(), |r, j| {
            r.add_item("新项目", builtin_scales(Lang::Zh)[0].clone(), Lang::Zh, j)
                .map(|_| ())
        }),
        s.with_round(id, &stamp(), |r, j| {
            r.set_item_scale(8, builtin_scales(Lang::Zh)[0].clone(), Lang::Zh, j)
        }),
    ];
    for e in shape_changes {
        assert!(matches!(e, Err(BallotError::CountsExist { .. })), "{e:?}");
    }
    assert!(
        BallotError::CountsExist {
            round: "党组织群众评议表".into()
        }
        .describe(Lang::Zh)
        .contains("请先删除计票组")
    );
    // Names, weights and the confidential switch may still change.
    ok(&mut s, id, |r, j| {
        r.rename_target(1, "甲党支部", j)?;
        r.set_grade_weight(8, 0, Some(95), j)?;
        r.set_confidential(true, j)
    });
    let r = s.round(id).unwrap();
    assert_eq!(
        (
            r.targets[0].name.as_str(),
            r.items[0].scale.grades[0].weight,
            r.confidential
        ),
        ("甲党支部", Some(95), true)
    );
    assert!(
        s.with_round(id, &stamp(), |r, j| r.set_grade_weight(8, 9, Some(1), j))
            .is_err()
    );
}

#[test]
fn a_round_with_counts_cannot_be_removed_but_an_empty_one_can() {
    let (mut s, id) = town();
    assert!(matches!(
        s.remove_round(id, &stamp()),
        Err(BallotError::CountsExist { .. })
    ));
    let empty = s.add_round("备用表", &stamp()).unwrap();
    s.remove_round(empty, &stamp()).unwrap();
    assert_eq!(s.rounds.len(), 1);
    assert_eq!(s.audit.last().unwrap().action, "round.remove");
    assert!(matches!(
        s.remove_round(99, &stamp()),
        Err(BallotError::RoundNotFound { id: 99 })
    ));
    assert!(s.add_round("  ", &stamp()).is_err());
}

/// The problems found in a town session after `spoil` changed what a file might hold.
fn problems_after(spoil: impl FnOnce(&mut Session)) -> Vec<String> {
    let (mut s, _) = town();
    spoil(&mut s);
    // Read back through JSON as a file would be.
    let s: Session = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    s.problems().iter().map(|p| p.describe(Lang::En)).collect()
}

#[test]
fn problems_in_a_file_are_found_and_placed() {
    assert!(problems_after(|_| {}).is_empty());
    let p = problems_after(|s| s.rounds[0].batches[0].ballots[3].marks = "1".into());
    assert_eq!(
        p,
        vec!["rounds[0].batches[0].ballots[3]: A ballot has 2 marks; this one has 1"]
    );
    let p = problems_after(|s| s.rounds[0].batches[0].ballots[4].marks = "17".into());
    assert_eq!(p.len(), 1);
    assert!(
        p[0].starts_with("rounds[0].batches[0].ballots[4]: 网岭镇党委 · 整体评价 has 3 grades"),
        "{p:?}"
    );
    let p = problems_after(|s| s.rounds[0].batches[0].ballots[5].no = 1);
    assert_eq!(
        p,
        vec!["rounds[0].batches[0].ballots[5]: ballot number 1 is used twice"]
    );
    let p = problems_after(|s| s.rounds[0].returned = Some(70));
    assert!(
        p.iter()
            .any(|m| m.contains("70 returned is more than the 66 issued")),
        "{p:?}"
    );
    let p = problems_after(|s| s.rounds[0].state = RoundState::Verified);
    assert!(
        p.iter()
            .any(|m| m.contains("verification record does not match")),
        "{p:?}"
    );
}

#[test]
fn grid_counts_above_valid_and_a_misshapen_recheck_are_problems() {
    let p = problems_after(|s| {
        let r = &mut s.rounds[0];
        let mut cells = r.zero_cells();
        cells[0].grades[0] = 70;
        cells[1].grades.pop();
        r.recheck = Some(cells.clone());
        r.batches.push(pingyi::model::Batch {
            uid: "g".into(),
            label: "乙组".into(),
            clerk: String::new(),
            mode: EntryMode::Grid,
            valid_ballots: 66,
            void_ballots: 0,
            cells,
            ballots: Vec::new(),
            review: Vec::new(),
        });
    });
    assert!(
        p.contains(
            &"rounds[0].recheck.cells[1]: a tally cell has 2 grade counts for a scale of 3"
                .to_string()
        ),
        "{p:#?}"
    );
    assert!(
        p.contains(
            &"rounds[0].batches[1].cells[0]: a count is above the batch's 66 valid ballots"
                .to_string()
        ),
        "{p:#?}"
    );
    // A row beyond the valid ballots is a count in progress (多 4 on the grid), not a broken
    // file: only the single count above 66 is a problem.
    assert!(!p.iter().any(|m| m.contains("does not add up")), "{p:#?}");
}
