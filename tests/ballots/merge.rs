//! Merging batches counted on a second laptop: added once, never twice, refused when the forms
//! differ or the round is published, and grid cells laid onto this file's ids.

use crate::support::*;

use pingyi::i18n::Lang;
use pingyi::model::{BallotError, Column, EntryMode, RoundState, Stamp, Tally};

/// The town meeting split across two laptops: the main file's batch holds 40 ballots; a copy
/// of the file (taken before counting) counts the other 26 at a second table.
fn two_laptops() -> (pingyi::model::Session, pingyi::model::Session, u32) {
    let (mut main, id) = town();
    let mut other = main.clone();
    for _ in 0..26 {
        ok(&mut main, id, |r, j| r.undo_last_ballot("town-1", j));
    }
    ok(&mut other, id, |r, j| r.remove_batch("town-1", j));
    ok(&mut other, id, |r, j| {
        r.add_batch("laptop2-1", "第二组", "刘计票", EntryMode::Ballots, j)
    });
    for k in 0..26 {
        let marks = if k < 24 { "11" } else { "21" };
        ok(&mut other, id, |r, j| {
            r.commit_ballot("laptop2-1", marks, j)
        });
    }
    (main, other, id)
}

#[test]
fn a_batch_from_another_laptop_is_added_once() {
    let (mut main, other, id) = two_laptops();
    let report = main.merge_batches(&other, &stamp()).unwrap();
    assert_eq!(report.added.len(), 1);
    assert_eq!(
        (report.added[0].uid.as_str(), report.added[0].ballots),
        ("laptop2-1", 26)
    );
    let res = main.round_results(id).unwrap();
    assert_eq!(res.tally.valid, 66);
    assert_eq!(res.row(0, 0).unwrap().counts.grades, vec![64, 2, 0, 0]);
    assert_eq!(main.audit.last().unwrap().action, "batch.merge");

    // Merging the same file again adds nothing.
    let again = main.merge_batches(&other, &stamp()).unwrap();
    assert!(again.added.is_empty());
    assert_eq!(again.already.len(), 1);
    assert_eq!(Tally::of_round(main.round(id).unwrap()).valid, 66);

    // The other laptop merging the main file back gets the main batch, not its own twice.
    let mut other = other;
    let back = other.merge_batches(&main, &stamp()).unwrap();
    assert_eq!(
        back.added
            .iter()
            .map(|b| b.uid.as_str())
            .collect::<Vec<_>>(),
        vec!["town-1"]
    );
    assert_eq!(back.already.len(), 1);
    assert_eq!(
        Tally::of_round(other.round(id).unwrap()),
        Tally::of_round(main.round(id).unwrap())
    );
}

#[test]
fn a_batch_changed_since_the_last_merge_is_reported_not_doubled() {
    let (mut main, mut other, id) = two_laptops();
    main.merge_batches(&other, &stamp()).unwrap();
    ok(&mut other, id, |r, j| r.undo_last_ballot("laptop2-1", j));
    let report = main.merge_batches(&other, &stamp()).unwrap();
    assert!(report.added.is_empty());
    assert_eq!(report.conflicting.len(), 1);
    assert_eq!(Tally::of_round(main.round(id).unwrap()).valid, 66);
}

#[test]
fn differing_forms_are_refused_with_the_difference_named() {
    let (mut main, mut other, id) = two_laptops();
    other.rounds[0].targets[0].name = "网岭镇党委班子".into();
    let before = main.clone();
    let e = main.merge_batches(&other, &stamp()).unwrap_err();
    assert!(matches!(e, BallotError::FormDiffers { .. }));
    assert_eq!(
        e.describe(Lang::Zh),
        "不能合并“党组织群众评议表”:两份文件的测评表不同(第 1 个测评对象“网岭镇党委”与“网岭镇党委班子”);请确认两台电脑使用同一测评表"
    );
    assert_eq!(main, before, "a refused merge changes nothing");

    let (mut main, mut other, _) = two_laptops();
    other.rounds[0].items[1].scale.grades[1].label = "比较满意".into();
    let before = main.clone();
    let e = main.merge_batches(&other, &stamp()).unwrap_err();
    assert!(main == before, "a refused merge changed the meeting");
    assert!(
        e.describe(Lang::En).contains("the scale of “整体评价”"),
        "{}",
        e.describe(Lang::En)
    );
    assert_eq!(main.round(id).unwrap().batches.len(), 1);
}

#[test]
fn a_published_round_takes_no_new_batch_and_a_verified_one_goes_back_to_counting() {
    let (mut main, other, id) = two_laptops();
    ok(&mut main, id, |r, j| r.set_returned(Some(40), j));
    let signed = Stamp::new(at(11, 0), "李监票");
    main.with_round(id, &signed, |r, j| r.verify(&["李监票".into()], j))
        .unwrap();
    let mut verified = main.clone();
    main.with_round(id, &signed, |r, j| r.publish(j)).unwrap();
    let before = main.clone();
    let e = main.merge_batches(&other, &stamp()).unwrap_err();
    assert!(matches!(e, BallotError::Frozen { .. }));
    assert!(main == before, "a refused merge changed the meeting");

    // The same refusal through `pingyi merge`: the file is byte for byte what it was, and no
    // backup or temporary file appears beside it.
    let tmp = tempfile::tempdir().unwrap();
    let (m, o) = (tmp.path().join("main.json"), tmp.path().join("other.json"));
    pingyi::store::save(&m, &main).unwrap();
    pingyi::store::save(&o, &other).unwrap();
    let bytes = std::fs::read(&m).unwrap();
    let listing = |d: &std::path::Path| {
        let mut v: Vec<_> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        v.sort();
        v
    };
    let files = listing(tmp.path());
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_pingyi"))
        .args(["--lang", "zh", "merge"])
        .arg(&m)
        .arg(&o)
        .output()
        .unwrap();
    assert!(!run.status.success());
    assert!(!run.stderr.is_empty());
    assert_eq!(
        std::fs::read(&m).unwrap(),
        bytes,
        "the refused merge rewrote MAIN"
    );
    assert_eq!(listing(tmp.path()), files);

    verified.merge_batches(&other, &stamp()).unwrap();
    assert_eq!(verified.round(id).unwrap().state, RoundState::Counting);
    assert!(verified.audit.iter().any(|e| e.action == "round.unverify"));
}

#[test]
fn grid_batches_are_laid_onto_this_files_ids_and_missing_rounds_are_reported() {
    let (mut main, mut other, id) = two_laptops();
    // The other file's round was set up separately: same form, other ids.
    other.rounds[0].id = 7;
    other.rounds[0].targets[0].id = 40;
    for item in &mut other.rounds[0].items {
        item.id += 100;
    }
    other.rounds[0].batches.clear();
    let items = &other.rounds[0].items;
    let (t, bastion, overall) = (40, items[0].id, items[1].id);
    other
        .with_round(7, &stamp(), |r, j| {
            r.add_batch("laptop2-grid", "第三组", "", EntryMode::Grid, j)?;
            r.set_batch_ballots("laptop2-grid", false, 3, j)?;
            r.set_cell("laptop2-grid", t, bastion, Column::Grade(0), 3, j)?;
            r.set_cell("laptop2-grid", t, overall, Column::Grade(1), 3, j)
        })
        .unwrap();
    let extra = other.add_round("另一张表", &stamp()).unwrap();
    other
        .with_round(extra, &stamp(), |r, j| {
            r.add_batch("z", "甲组", "", EntryMode::Grid, j)
        })
        .unwrap();
    let report = main.merge_batches(&other, &stamp()).unwrap();
    assert_eq!(report.added.len(), 1);
    assert_eq!(report.missing_rounds, vec!["另一张表".to_string()]);
    let r = main.round(id).unwrap();
    assert_eq!(r.batches[1].cells[0].target, r.targets[0].id);
    let res = main.round_results(id).unwrap();
    assert_eq!(res.tally.valid, 43);
    assert_eq!(res.row(0, 1).unwrap().counts.grades, vec![40, 3, 0]);
    assert!(main.problems().is_empty(), "{:?}", main.problems());
}
