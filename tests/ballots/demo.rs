//! The examples' ballot rounds come out as the seed states them, verified and published.

use pingyi::demo;
use pingyi::i18n::Lang;
use pingyi::model::RoundState;

#[test]
fn the_town_example_has_66_ballots_100_percent_and_96_97() {
    let s = demo::town();
    assert!(s.problems().is_empty(), "{:?}", s.problems());
    assert_eq!(s.rounds.len(), 1);
    let r = &s.rounds[0];
    assert_eq!(r.state, RoundState::Published);
    assert_eq!(r.batches.len(), 2);
    assert_eq!(
        r.verification.as_ref().unwrap().scrutineers,
        vec!["王立新", "赵红梅"]
    );
    let res = s.round_results(r.id).unwrap();
    assert_eq!(res.tally.valid, 66);
    assert_eq!(res.row(0, 1).unwrap().rates[0].share.to_string(), "100.00%");
    assert_eq!(res.row(0, 0).unwrap().rates[0].share.to_string(), "96.97%");
    let ballots = s
        .audit
        .iter()
        .filter(|e| e.action == "ballot.commit")
        .count();
    assert_eq!(ballots, 66);
}

#[test]
fn the_oilfield_example_has_5_branches_51_members_and_186_ballots_at_98_percent() {
    let s = demo::oilfield();
    assert!(s.problems().is_empty(), "{:?}", s.problems());
    assert_eq!(s.rounds.len(), 2);
    let (branches, members) = (&s.rounds[0], &s.rounds[1]);
    assert_eq!(branches.targets.len(), 5);
    assert_eq!(members.targets.len(), 51);
    assert!(s.rounds.iter().all(|r| r.state == RoundState::Published));
    let res = s.round_results(branches.id).unwrap();
    assert_eq!(res.tally.valid, 23);
    assert!(res.tally.unbalanced().is_empty());
    let res = s.round_results(members.id).unwrap();
    assert_eq!(res.tally.valid, 186);
    let overall = res.item_total(members, 2, 0).unwrap();
    assert_eq!((overall.num(), overall.den()), (9296, 9486));
    assert_eq!(overall.to_string(), "98.00%");
    // One population per line (issue 12, item 20): the 186 ballots come from the round's own 186
    // expected, never beside the department's 23 present.
    let lines = res.summary(members, Lang::Zh);
    assert!(
        lines[0].ends_with(
            "应到 186 人;发出 186 张,收回 186 张,无效 0 张,有效 186 张;回收率(收回/应到)100.00%"
        ),
        "{lines:?}"
    );
    let en = res.summary(members, Lang::En);
    assert!(
        en[0].contains("expected 186; issued 186, returned 186"),
        "{en:?}"
    );
    let res = s.round_results(branches.id).unwrap();
    let lines = res.summary(branches, Lang::Zh);
    assert!(
        lines[0].contains("应到 23 人,实到 23 人;发出 23 张,收回 23 张"),
        "{lines:?}"
    );
    for r in &s.rounds {
        let a = s.round_accounting(r.id).unwrap();
        assert!(a.holds(), "{}: {:?}", r.name, a.issues());
    }
}
