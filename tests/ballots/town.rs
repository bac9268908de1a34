//! The town meeting of 10月19日 counted ballot by ballot: the seed's figures, the accounting line,
//! the state rules (verify, publish, frozen, reopen) and the audit trail of every count.

use crate::support::*;

use pingyi::i18n::Lang;
use pingyi::model::ballot::{AccountingIssue, Blocker, ExpectedFrom};
use pingyi::model::{AuditKind, BallotError, Column, Percent, RoundState, Stamp, Tally};

#[test]
fn sixty_six_ballots_give_the_seeds_rates() {
    let (s, id) = town();
    let round = s.round(id).unwrap();
    assert_eq!(round.items[0].name, "发挥战斗堡垒作用");
    assert_eq!(round.items[1].name, "整体评价");
    let res = s.round_results(id).unwrap();
    assert_eq!(res.tally.valid, 66);
    // 整体评价: 66 满意 of 66 → 满意率 100.00%.
    let overall = res.row(0, 1).unwrap();
    assert_eq!(overall.counts.grades, vec![66, 0, 0]);
    assert_eq!(overall.rates[0].name, "满意率");
    assert_eq!(overall.rates[0].share, Percent::new(66, 66));
    assert_eq!(overall.rates[0].share.to_string(), "100.00%");
    // 发挥战斗堡垒作用: 64 好 of 66 → 好评率 96.97%; the seed's "96%" is that cut to a whole percent.
    let bastion = res.row(0, 0).unwrap();
    assert_eq!(bastion.counts.grades, vec![64, 2, 0, 0]);
    assert_eq!(bastion.rates[0].name, "好评率");
    assert_eq!(bastion.rates[0].share.to_string(), "96.97%");
    assert_eq!(
        bastion.rates[0].share.basis_points().map(|bp| bp / 100),
        Some(96)
    );
    assert_eq!(bastion.share(Column::Grade(1)).to_string(), "3.03%");
    // 64 × 100 + 2 × 80 = 6,560 points over 66 marks → 99.39.
    assert_eq!(bastion.score.unwrap().to_string(), "99.39");
    assert!(bastion.flags.is_empty());
}

#[test]
fn the_accounting_line_takes_expected_from_the_roster() {
    let (s, id) = town();
    let a = s.round_accounting(id).unwrap();
    assert_eq!(a.expected, Some(70));
    assert_eq!(a.expected_from, ExpectedFrom::Attendance);
    assert_eq!(a.present, Some(68));
    assert_eq!(
        (a.issued, a.returned, a.void, a.valid),
        (Some(66), Some(66), 0, 66)
    );
    assert_eq!(a.valid_by_returns(), Some(66));
    assert_eq!(a.response_rate().to_string(), "94.29%");
    assert!(a.holds(), "{:?}", a.issues());
    let res = s.round_results(id).unwrap();
    let zh = res.summary(s.round(id).unwrap(), Lang::Zh);
    assert_eq!(
        zh[0],
        "党组织群众评议表:应到 70 人,实到 68 人;发出 66 张,收回 66 张,无效 0 张,有效 66 张;回收率(收回/应到)94.29%"
    );
    assert!(
        zh.iter()
            .any(|l| l == "满意率 100.00%(66/66,分母:有效票;回收率 94.29%)"),
        "{zh:#?}"
    );
    assert!(
        zh.iter()
            .any(|l| l == "好评率 96.97%(64/66,分母:有效票;回收率 94.29%)"),
        "{zh:#?}"
    );
    let en = res.summary(s.round(id).unwrap(), Lang::En);
    assert!(en[0].contains("expected 70, present 68; issued 66, returned 66, void 0, valid 66"));
    assert!(
        en.iter()
            .any(|l| l.contains("96.97% (64/66, out of valid ballots; response rate 94.29%)"))
    );
}

/// Issue 12, item 20: a round with its own 应到 speaks of its own people: the roster's 实到 (68)
/// never appears beside it, its own 实到 does when typed, and 收回 above 实到 is an accounting problem.
#[test]
fn a_round_with_its_own_expected_never_borrows_the_rosters_present() {
    let (mut s, id) = town();
    ok(&mut s, id, |r, j| r.set_expected(Some(186), j));
    let a = s.round_accounting(id).unwrap();
    assert_eq!(
        (a.expected, a.present, a.expected_from),
        (Some(186), None, ExpectedFrom::Round)
    );
    assert!(a.holds(), "{:?}", a.issues());
    let round = s.round(id).unwrap();
    let res = s.round_results(id).unwrap();
    assert_eq!(
        res.summary(round, Lang::Zh)[0],
        "党组织群众评议表:应到 186 人;发出 66 张,收回 66 张,无效 0 张,有效 66 张;回收率(收回/应到)35.48%"
    );
    let en = res.summary(round, Lang::En);
    assert!(
        en[0].contains("expected 186; issued 66, returned 66, void 0, valid 66"),
        "{en:?}"
    );

    // Its own 实到, typed: 60 present cannot have returned 66 ballots.
    ok(&mut s, id, |r, j| r.set_present(Some(60), j));
    let a = s.round_accounting(id).unwrap();
    assert_eq!(a.present, Some(60));
    assert_eq!(
        a.issues(),
        vec![AccountingIssue::ReturnedAbovePresent {
            returned: 66,
            present: 60
        }]
    );
    let blocker = Blocker::Accounting(a.issues()[0]);
    assert_eq!(
        blocker.message().get(Lang::Zh),
        "收回 66 张多于实到 60 人:请核对实到人数和收回票数"
    );
    assert!(
        blocker
            .message()
            .get(Lang::En)
            .contains("66 returned is more than the 60 present")
    );
    // The round cannot be signed off while it stands.
    let err = s
        .with_round(id, &stamp(), |r, j| r.verify(&["王监票".to_string()], j))
        .unwrap_err();
    assert!(
        err.describe(Lang::Zh).contains("多于实到 60 人"),
        "{}",
        err.describe(Lang::Zh)
    );

    // Only 实到 typed: 应到 is not borrowed from the roster either.
    ok(&mut s, id, |r, j| {
        r.set_present(Some(66), j)?;
        r.set_expected(None, j)
    });
    let a = s.round_accounting(id).unwrap();
    assert_eq!((a.expected, a.present), (None, Some(66)));
    assert!(a.holds(), "{:?}", a.issues());
    // Both cleared: the roster's figures again.
    ok(&mut s, id, |r, j| r.set_present(None, j));
    let a = s.round_accounting(id).unwrap();
    assert_eq!((a.expected, a.present), (Some(70), Some(68)));
}

#[test]
fn every_ballot_is_in_the_audit_log_and_can_be_taken_back() {
    let (mut s, id) = town();
    let commits = s
        .audit
        .iter()
        .filter(|e| e.action == "ballot.commit")
        .count();
    assert_eq!(commits, 66);
    let last = s
        .audit
        .iter()
        .rev()
        .find(|e| e.action == "ballot.commit")
        .unwrap();
    assert_eq!(last.kind, AuditKind::Counts);
    assert_eq!(last.target, "党组织群众评议表 / 第一组 / No.66");
    assert_eq!(last.new.as_deref(), Some("21"));

    let undone = ok(&mut s, id, |r, j| r.undo_last_ballot("town-1", j));
    assert_eq!((undone.no, undone.marks.as_str()), (66, "21"));
    assert_eq!(s.audit.last().unwrap().action, "ballot.undo");
    assert_eq!(s.audit.last().unwrap().old.as_deref(), Some("21"));
    let res = s.round_results(id).unwrap();
    assert_eq!(res.row(0, 0).unwrap().counts.grades, vec![64, 1, 0, 0]);
    // The ballot number is reused by the next one, so numbers stay those read aloud.
    let no = ok(&mut s, id, |r, j| r.commit_ballot("town-1", "21", j));
    assert_eq!(no, 66);
}

#[test]
fn a_67th_ballot_and_a_grade_off_the_scale_are_refused_and_nothing_is_lost() {
    let (mut s, id) = town();
    let before = s.clone();
    let audit = s.audit.len();
    let e = s
        .with_round(id, &stamp(), |r, j| r.commit_ballot("town-1", "11", j))
        .unwrap_err();
    // Refused whole: the meeting, audit log included, is as it was.
    assert!(s == before, "the refused 67th ballot changed the meeting");
    assert_eq!(
        e,
        BallotError::CountedAboveReturned {
            counted: 67,
            returned: 66
        }
    );
    assert!(e.describe(Lang::Zh).contains("67"));
    ok(&mut s, id, |r, j| r.undo_last_ballot("town-1", j));
    let after_undo = s.clone();
    // 整体评价 has 3 grades: a 4 is refused, and so is a letter.
    let e = s
        .with_round(id, &stamp(), |r, j| r.commit_ballot("town-1", "14", j))
        .unwrap_err();
    assert!(
        matches!(
            e,
            BallotError::GradeOutsideScale {
                key: 4,
                grades: 3,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(e.describe(Lang::Zh).contains("整体评价 只有 3 个等次"));
    assert!(s == after_undo, "a refused grade changed the meeting");
    let e = s
        .with_round(id, &stamp(), |r, j| r.commit_ballot("town-1", "1a", j))
        .unwrap_err();
    assert!(matches!(e, BallotError::NotAMark { ch: 'a', pos: 2 }));
    assert!(s == after_undo, "a refused letter changed the meeting");
    let e = s
        .with_round(id, &stamp(), |r, j| r.commit_ballot("town-1", "1", j))
        .unwrap_err();
    assert_eq!(
        e,
        BallotError::MarksLength {
            expected: 2,
            got: 1
        }
    );
    assert!(s == after_undo, "a short ballot changed the meeting");
    assert_eq!(s.round(id).unwrap().batches[0].ballots.len(), 65);
    assert_eq!(s.audit.len(), audit + 1, "only the undo is logged");
    // The undo took back exactly the 66th ballot: the first 65 are untouched.
    let (was, now) = (&before.rounds[0].batches[0], &s.rounds[0].batches[0]);
    assert_eq!(was.ballots[..65], now.ballots[..]);
}

#[test]
fn verify_publish_freeze_and_reopen() {
    let (mut s, id) = town();
    let e = s
        .with_round(id, &stamp(), |r, j| r.verify(&[], j))
        .unwrap_err();
    assert_eq!(
        e,
        BallotError::NotReady {
            blockers: vec![Blocker::NoScrutineers]
        }
    );
    assert!(
        e.describe(Lang::Zh)
            .starts_with("尚不能核对:核对须有监票人签名")
    );
    let e = s.with_round(id, &stamp(), |r, j| r.publish(j)).unwrap_err();
    assert!(matches!(e, BallotError::NotVerified { .. }));

    let names = vec!["李监票".to_string(), "赵监票".to_string()];
    let signed = Stamp::new(at(11, 5), "李监票");
    s.with_round(id, &signed, |r, j| r.verify(&names, j))
        .unwrap();
    let r = s.round(id).unwrap();
    assert_eq!(r.state, RoundState::Verified);
    let v = r.verification.as_ref().unwrap();
    assert_eq!((v.at, v.scrutineers.clone()), (at(11, 5), names.clone()));

    // Any edit to a verified round sends it back to counting, and says so in the log.
    ok(&mut s, id, |r, j| r.undo_last_ballot("town-1", j));
    assert_eq!(s.round(id).unwrap().state, RoundState::Counting);
    assert!(s.audit.iter().any(|e| e.action == "round.unverify"));
    ok(&mut s, id, |r, j| r.commit_ballot("town-1", "21", j));
    s.with_round(id, &signed, |r, j| r.verify(&names, j))
        .unwrap();
    s.with_round(id, &Stamp::new(at(11, 10), "主持人"), |r, j| {
        r.publish(j)
    })
    .unwrap();
    let r = s.round(id).unwrap();
    assert_eq!(
        (r.state, r.published_at),
        (RoundState::Published, Some(at(11, 10)))
    );
    assert!(s.problems().is_empty(), "{:?}", s.problems());

    // Published is frozen: counts, accounting, form and batches are all refused.
    let frozen = s.round(id).unwrap().clone();
    for e in [
        s.with_round(id, &stamp(), |r, j| {
            r.commit_ballot("town-1", "11", j).map(|_| ())
        }),
        s.with_round(id, &stamp(), |r, j| {
            r.undo_last_ballot("town-1", j).map(|_| ())
        }),
        s.with_round(id, &stamp(), |r, j| r.set_returned(Some(65), j)),
        s.with_round(id, &stamp(), |r, j| r.rename_target(1, "镇党委", j)),
        s.with_round(id, &stamp(), |r, j| r.remove_batch("town-1", j).map(|_| ())),
        s.with_round(id, &stamp(), |r, j| r.publish(j)),
    ] {
        assert!(matches!(e, Err(BallotError::Frozen { .. })), "{e:?}");
    }
    assert_eq!(s.round(id).unwrap(), &frozen);

    // Reopening needs a reason, which the log keeps.
    let e = s
        .with_round(id, &stamp(), |r, j| r.reopen("  ", j))
        .unwrap_err();
    assert_eq!(e, BallotError::EmptyReason);
    s.with_round(id, &stamp(), |r, j| r.reopen("第 12 号票误录,重新核对", j))
        .unwrap();
    let last = s.audit.last().unwrap();
    assert_eq!(last.action, "round.reopen");
    assert_eq!(last.reason.as_deref(), Some("第 12 号票误录,重新核对"));
    assert_eq!(
        (last.old.as_deref(), last.new.as_deref()),
        (Some("已公布"), Some("计票中"))
    );
    let r = s.round(id).unwrap();
    assert_eq!(
        (r.state, r.verification.is_none(), r.published_at),
        (RoundState::Counting, true, None)
    );
    let e = s
        .with_round(id, &stamp(), |r, j| r.reopen("再次", j))
        .unwrap_err();
    assert!(matches!(e, BallotError::AlreadyCounting { .. }));
}

#[test]
fn verification_lists_everything_that_does_not_hold() {
    let (mut s, id) = town();
    ok(&mut s, id, |r, j| r.set_returned(None, j));
    ok(&mut s, id, |r, j| r.set_issued(None, j));
    let blockers = s.round(id).unwrap().blockers(&["李监票".to_string()]);
    assert_eq!(
        blockers,
        vec![
            Blocker::Accounting(AccountingIssue::IssuedMissing),
            Blocker::Accounting(AccountingIssue::ReturnedMissing),
        ]
    );
    ok(&mut s, id, |r, j| r.set_issued(Some(70), j));
    ok(&mut s, id, |r, j| r.set_returned(Some(67), j));
    let blockers = s.round(id).unwrap().blockers(&["李监票".to_string()]);
    assert_eq!(
        blockers,
        vec![Blocker::Accounting(AccountingIssue::CountedDiffers {
            counted: 66,
            returned: 67
        })]
    );
    let msg = blockers[0].message();
    assert_eq!(msg.zh, "各计票组共 66 张,与收回的 67 张不符,请核对");
}

#[test]
fn returned_above_issued_is_refused_either_way_round() {
    let (mut s, id) = town();
    let e = s
        .with_round(id, &stamp(), |r, j| r.set_returned(Some(67), j))
        .unwrap_err();
    assert_eq!(
        e,
        BallotError::ReturnedAboveIssued {
            returned: 67,
            issued: 66
        }
    );
    assert!(e.describe(Lang::Zh).contains("本轮测评作废"));
    let e = s
        .with_round(id, &stamp(), |r, j| r.set_issued(Some(65), j))
        .unwrap_err();
    assert_eq!(
        e,
        BallotError::ReturnedAboveIssued {
            returned: 66,
            issued: 65
        }
    );
    let r = s.round(id).unwrap();
    assert_eq!((r.issued, r.returned), (Some(66), Some(66)));
}

#[test]
fn tallies_derived_from_ballots_match_the_incremental_ones() {
    let (s, id) = town();
    let round = s.round(id).unwrap();
    let mut running = Tally::empty(round);
    for b in &round.batches[0].ballots {
        running.apply_ballot(b, true);
    }
    assert_eq!(running, Tally::of_round(round));
    // A round is saved and read back unchanged.
    let json = serde_json::to_string(&s).unwrap();
    let back: pingyi::model::Session = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
}
