//! The tally grid (合计录入): typed counts, the live row check, filling the rest into blank, the
//! refusals that keep a typed count sane, batches summed into the round, and the recheck grid.

use crate::support::*;

use pingyi::i18n::Lang;
use pingyi::model::ballot::{Blocker, RecheckDiff, parse_count};
use pingyi::model::{BallotError, Column, EntryMode, RoundState, RowBalance, Session, Tally};

/// A round of 5 branches on 整体评价 (满意/基本满意/不满意) with one grid batch of 23 valid ballots.
fn branches() -> (Session, u32) {
    let mut s = Session::new(at(9, 0), Lang::Zh);
    let id = org_round(
        &mut s,
        &["整体评价"],
        &[
            "第一党支部",
            "第二党支部",
            "第三党支部",
            "第四党支部",
            "机关党支部",
        ],
    );
    ok(&mut s, id, |r, j| {
        r.set_issued(Some(23), j)?;
        r.set_returned(Some(23), j)?;
        r.add_batch("grid-a", "甲组", "张计票", EntryMode::Grid, j)?;
        r.set_batch_ballots("grid-a", false, 23, j)
    });
    (s, id)
}

#[test]
fn a_row_shows_missing_then_ok_then_extra() {
    let (mut s, id) = branches();
    let item = s.round(id).unwrap().items[0].id;
    ok(&mut s, id, |r, j| {
        r.set_cell("grid-a", 1, item, Column::Grade(0), 20, j)
    });
    let t = Tally::of_round(s.round(id).unwrap());
    assert_eq!(t.balance(0, 0), RowBalance::Missing(3));
    assert_eq!(t.balance(0, 0).label().zh, "缺 3");
    assert_eq!(t.balance(1, 0), RowBalance::Missing(23));
    ok(&mut s, id, |r, j| {
        r.set_cell("grid-a", 1, item, Column::Grade(1), 3, j)
    });
    assert_eq!(
        Tally::of_round(s.round(id).unwrap()).balance(0, 0),
        RowBalance::Ok
    );
    ok(&mut s, id, |r, j| {
        r.set_cell("grid-a", 1, item, Column::Grade(2), 2, j)
    });
    let t = Tally::of_round(s.round(id).unwrap());
    assert_eq!(t.balance(0, 0), RowBalance::Extra(2));
    assert_eq!(t.balance(0, 0).label().get(Lang::En), "2 extra");
    let last = s.audit.last().unwrap();
    assert_eq!(last.action, "tally.set");
    assert_eq!(
        last.target,
        "党组织群众评议表 / 甲组 / 第一党支部 / 整体评价 / 不满意"
    );
    assert_eq!(
        (last.old.as_deref(), last.new.as_deref()),
        (Some("0"), Some("2"))
    );
}

#[test]
fn the_rest_goes_into_blank_with_one_call() {
    let (mut s, id) = branches();
    let item = s.round(id).unwrap().items[0].id;
    ok(&mut s, id, |r, j| {
        r.set_cell("grid-a", 2, item, Column::Grade(0), 19, j)
    });
    let added = ok(&mut s, id, |r, j| r.fill_rest_blank("grid-a", 2, item, j));
    assert_eq!(added, 4);
    let cell = s.round(id).unwrap().grid_cell("grid-a", 2, item).unwrap();
    assert_eq!((cell.grades.clone(), cell.blank), (vec![19, 0, 0], 4));
    assert_eq!(
        ok(&mut s, id, |r, j| r.fill_rest_blank("grid-a", 2, item, j)),
        0
    );
}

#[test]
fn bad_counts_are_refused_and_keep_what_was_typed() {
    let (mut s, id) = branches();
    let item = s.round(id).unwrap().items[0].id;
    ok(&mut s, id, |r, j| {
        r.set_cell("grid-a", 1, item, Column::Grade(0), 20, j)
    });
    let kept = s.round(id).unwrap().clone();
    let audit = s.audit.len();
    let cases = [
        s.with_round(id, &stamp(), |r, j| {
            r.set_cell("grid-a", 1, item, Column::Grade(0), 24, j)
        }),
        s.with_round(id, &stamp(), |r, j| {
            r.set_cell("grid-a", 1, item, Column::Grade(3), 1, j)
        }),
        s.with_round(id, &stamp(), |r, j| {
            r.set_cell("grid-a", 99, item, Column::Blank, 1, j)
        }),
        s.with_round(id, &stamp(), |r, j| {
            r.set_cell("nope", 1, item, Column::Blank, 1, j)
        }),
        s.with_round(id, &stamp(), |r, j| {
            r.commit_ballot("grid-a", "1", j).map(|_| ())
        }),
        s.with_round(id, &stamp(), |r, j| {
            r.set_batch_ballots("grid-a", true, 1, j)
        }),
        s.with_round(id, &stamp(), |r, j| {
            let n = parse_count("-3")?;
            r.set_cell("grid-a", 1, item, Column::Blank, n, j)
        }),
        s.with_round(id, &stamp(), |r, j| {
            let n = parse_count("二十")?;
            r.set_cell("grid-a", 1, item, Column::Blank, n, j)
        }),
    ];
    let expected: [fn(&BallotError) -> bool; 8] = [
        |e| {
            *e == BallotError::CountAboveValid {
                value: 24,
                valid: 23,
            }
        },
        |e| {
            *e == BallotError::GradeNotOnScale {
                grade: 3,
                grades: 3,
            }
        },
        |e| *e == BallotError::TargetNotFound { id: 99 },
        |e| matches!(e, BallotError::BatchNotFound { .. }),
        |e| {
            matches!(
                e,
                BallotError::WrongMode {
                    mode: EntryMode::Grid,
                    ..
                }
            )
        },
        |e| {
            *e == BallotError::CountedAboveReturned {
                counted: 24,
                returned: 23,
            }
        },
        |e| matches!(e, BallotError::NotACount { text } if text == "-3"),
        |e| matches!(e, BallotError::NotACount { text } if text == "二十"),
    ];
    for (got, check) in cases.iter().zip(expected) {
        let e = got.as_ref().unwrap_err();
        assert!(check(e), "{e:?}");
        // Every refusal is a sentence in both languages.
        assert!(!e.describe(Lang::Zh).is_empty() && !e.describe(Lang::En).is_empty());
    }
    assert_eq!(s.round(id).unwrap(), &kept);
    assert_eq!(s.audit.len(), audit);
}

#[test]
fn the_valid_ballots_cannot_drop_below_a_typed_count() {
    let (mut s, id) = branches();
    let item = s.round(id).unwrap().items[0].id;
    ok(&mut s, id, |r, j| {
        r.set_cell("grid-a", 1, item, Column::Grade(0), 20, j)
    });
    let e = s
        .with_round(id, &stamp(), |r, j| {
            r.set_batch_ballots("grid-a", false, 19, j)
        })
        .unwrap_err();
    assert_eq!(
        e,
        BallotError::ValidBelowCounts {
            valid: 19,
            highest: 20
        }
    );
    assert!(e.describe(Lang::Zh).contains("有效票不能少于 20"));
    ok(&mut s, id, |r, j| {
        r.set_batch_ballots("grid-a", false, 20, j)
    });
    assert_eq!(s.round(id).unwrap().batches[0].valid_ballots, 20);
}

#[test]
fn a_count_before_the_valid_ballots_is_refused() {
    let (mut s, id) = branches();
    let item = s.round(id).unwrap().items[0].id;
    ok(&mut s, id, |r, j| {
        r.add_batch("grid-b", "乙组", "", EntryMode::Grid, j)
    });
    let e = s
        .with_round(id, &stamp(), |r, j| {
            r.set_cell("grid-b", 1, item, Column::Grade(0), 1, j)
        })
        .unwrap_err();
    assert_eq!(
        e,
        BallotError::NoValidBallotsYet {
            batch: "乙组".into()
        }
    );
    assert_eq!(
        e.describe(Lang::Zh),
        "计票组“乙组”尚未填写有效票数,请先填写"
    );
}

#[test]
fn batches_add_up_and_a_ballot_batch_joins_a_grid_batch() {
    let (mut s, id) = branches();
    let item = s.round(id).unwrap().items[0].id;
    ok(&mut s, id, |r, j| {
        r.set_returned(None, j)?;
        r.set_issued(Some(30), j)?;
        r.set_batch_ballots("grid-a", false, 20, j)?;
        r.set_batch_ballots("grid-a", true, 1, j)?;
        for t in 1..=5 {
            r.set_cell("grid-a", t, item, Column::Grade(0), 19, j)?;
            r.fill_rest_blank("grid-a", t, item, j)?;
        }
        r.add_batch("ballots-b", "乙组", "", EntryMode::Ballots, j)?;
        r.commit_ballot("ballots-b", "12131", j)?;
        r.commit_ballot("ballots-b", "1x101", j)?;
        r.commit_void_ballot("ballots-b", j)?;
        r.set_returned(Some(24), j)
    });
    let r = s.round(id).unwrap();
    let t = Tally::of_round(r);
    assert_eq!((t.valid, t.void), (22, 2));
    assert_eq!(t.cell(0, 0).unwrap().grades, vec![21, 0, 0]);
    assert_eq!(t.cell(1, 0).unwrap().void_mark, 1);
    assert_eq!(t.cell(1, 0).unwrap().grades, vec![19, 1, 0]);
    assert_eq!(t.cell(2, 0).unwrap().grades, vec![21, 0, 0]);
    assert_eq!(t.cell(3, 0).unwrap().grades, vec![19, 0, 1]);
    assert_eq!(t.cell(3, 0).unwrap().blank, 2);
    assert!(t.unbalanced().is_empty());
    let a = s.round_accounting(id).unwrap();
    assert_eq!((a.valid, a.void, a.counted()), (22, 2, 24));
    assert!(a.holds(), "{:?}", a.issues());
    s.with_round(id, &stamp(), |r, j| r.verify(&["李监票".into()], j))
        .unwrap();
    assert_eq!(s.round(id).unwrap().state, RoundState::Verified);
}

#[test]
fn an_unbalanced_batch_blocks_verification_and_names_the_row() {
    let (mut s, id) = branches();
    let item = s.round(id).unwrap().items[0].id;
    ok(&mut s, id, |r, j| {
        for t in 1..=5 {
            r.set_cell("grid-a", t, item, Column::Grade(0), 23, j)?;
        }
        r.set_cell("grid-a", 3, item, Column::Grade(0), 21, j)
    });
    let blockers = s.round(id).unwrap().blockers(&["李监票".into()]);
    assert_eq!(
        blockers,
        vec![Blocker::Unbalanced {
            batch: Some("甲组".into()),
            cell: "党组织群众评议表 / 第三党支部 / 整体评价".into(),
            balance: RowBalance::Missing(2),
        }]
    );
    assert_eq!(
        blockers[0].message().zh,
        "计票组“甲组”中 党组织群众评议表 / 第三党支部 / 整体评价 与有效票数不符(缺 2)"
    );
}

#[test]
fn the_recheck_grid_must_match_cell_by_cell() {
    let (mut s, id) = branches();
    let item = s.round(id).unwrap().items[0].id;
    ok(&mut s, id, |r, j| {
        for t in 1..=5 {
            r.set_cell("grid-a", t, item, Column::Grade(0), 22, j)?;
            r.set_cell("grid-a", t, item, Column::Grade(1), 1, j)?;
        }
        for t in 1..=5 {
            r.set_recheck_cell(t, item, Column::Grade(0), 22, j)?;
            r.set_recheck_cell(t, item, Column::Grade(1), 1, j)?;
        }
        // The second clerk read 第二党支部's 基本满意 as 不满意.
        r.set_recheck_cell(2, item, Column::Grade(1), 0, j)?;
        r.set_recheck_cell(2, item, Column::Grade(2), 1, j)
    });
    let r = s.round(id).unwrap();
    assert_eq!(
        r.recheck_diffs(),
        vec![
            RecheckDiff {
                target: 1,
                item: 0,
                column: Column::Grade(1),
                counted: 1,
                recheck: 0
            },
            RecheckDiff {
                target: 1,
                item: 0,
                column: Column::Grade(2),
                counted: 0,
                recheck: 1
            },
        ]
    );
    let e = s
        .with_round(id, &stamp(), |r, j| r.verify(&["李监票".into()], j))
        .unwrap_err();
    assert_eq!(
        e,
        BallotError::NotReady {
            blockers: vec![Blocker::RecheckDiffers { cells: 2 }]
        }
    );
    ok(&mut s, id, |r, j| {
        r.set_recheck_cell(2, item, Column::Grade(1), 1, j)?;
        r.set_recheck_cell(2, item, Column::Grade(2), 0, j)
    });
    s.with_round(id, &stamp(), |r, j| r.verify(&["李监票".into()], j))
        .unwrap();
    assert!(s.audit.iter().filter(|e| e.action == "recheck.set").count() >= 12);
}

#[test]
fn removing_a_batch_keeps_its_counts_in_the_log() {
    let (mut s, id) = branches();
    let b = ok(&mut s, id, |r, j| r.remove_batch("grid-a", j));
    assert_eq!(b.valid_ballots, 23);
    let last = s.audit.last().unwrap();
    assert_eq!(last.action, "batch.remove");
    assert_eq!(last.old.as_deref(), Some("有效 23 / 无效 0 / 已录票数 0"));
    let e = s
        .with_round(id, &stamp(), |r, j| {
            r.add_batch("x", "丙组", "", EntryMode::Grid, j)?;
            r.add_batch("x", "丁组", "", EntryMode::Grid, j)
        })
        .unwrap_err();
    assert_eq!(e, BallotError::DuplicateBatch { uid: "x".into() });
    // The first step of a refused sequence stands and stays logged.
    assert_eq!(s.round(id).unwrap().batches.len(), 1);
    assert_eq!(s.audit.last().unwrap().action, "batch.add");
}
