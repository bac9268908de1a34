//! Results: every grade's share, headline rates with their denominators (不了解 and blanks left
//! out when the rate says so), weighted scores, flag rules, ranking, and the oil-field's 98%.

use crate::support::*;

use pingyi::i18n::Lang;
use pingyi::model::ballot::{custom_scale, rate_formula};
use pingyi::model::template::builtin_scales;
use pingyi::model::{
    Column, Comparison, EntryMode, FlagRule, Percent, RateDef, Session, TargetKind,
};

/// One target, one item on `scale`, one grid batch of `valid` ballots typed as `counts`
/// (grades…, blank, void mark).
fn one_row(scale_index: usize, valid: u32, counts: &[u32]) -> (Session, u32) {
    let mut s = Session::new(at(9, 0), Lang::Zh);
    let id = s.add_round("测试表", &stamp()).unwrap();
    let scale = builtin_scales(Lang::Zh)[scale_index].clone();
    ok(&mut s, id, |r, j| {
        r.add_targets(&["黄武".to_string()], TargetKind::Person, j)?;
        r.add_item("综合评价", scale, Lang::Zh, j)?;
        r.add_batch("g", "甲组", "", EntryMode::Grid, j)?;
        r.set_batch_ballots("g", false, valid, j)?;
        let n = counts.len() - 2;
        for (g, &c) in counts[..n].iter().enumerate() {
            r.set_cell("g", 1, 1, Column::Grade(g), c, j)?;
        }
        r.set_cell("g", 1, 1, Column::Blank, counts[n], j)?;
        r.set_cell("g", 1, 1, Column::VoidMark, counts[n + 1], j)
    });
    (s, id)
}

/// How many flags the round's first row raises.
fn flags_raised(s: &pingyi::model::Session, id: pingyi::model::Id) -> usize {
    s.round_results(id).unwrap().row(0, 0).unwrap().flags.len()
}

#[test]
fn dont_know_leaves_the_denominator_and_the_formula_says_so() {
    // 满意/基本满意/不满意/不了解: 10, 5, 2, 3, blank 1, void mark 1 of 22 valid ballots.
    let (s, id) = one_row(2, 22, &[10, 5, 2, 3, 1, 1]);
    let res = s.round_results(id).unwrap();
    let row = res.row(0, 0).unwrap();
    assert!(row.balance.is_ok());
    assert_eq!(row.rates[0].share, Percent::new(10, 19));
    assert_eq!(row.rates[0].share.to_string(), "52.63%");
    assert_eq!(row.rates[1].share.to_string(), "78.95%");
    let item = &s.round(id).unwrap().items[0];
    assert_eq!(
        rate_formula(item, &item.rates[0], Lang::Zh),
        "满意率 = 满意 / (有效票 − 不了解)"
    );
    assert_eq!(
        rate_formula(item, &item.rates[1], Lang::En),
        "综合满意率 = (满意+基本满意) / (valid ballots − 不了解)"
    );
    // Every grade's share is of the valid ballots.
    assert_eq!(row.share(Column::Grade(3)).to_string(), "13.64%");
    assert_eq!(row.share(Column::Blank).to_string(), "4.55%");
    // No weights on this scale: no score rather than a wrong one.
    assert_eq!(row.score, None);
}

#[test]
fn a_rate_may_leave_blanks_out() {
    let (mut s, id) = one_row(0, 20, &[15, 2, 1, 2, 0]);
    let rate = RateDef {
        name: "满意率(不含弃权)".into(),
        grades: vec![0],
        exclude_non_votes: false,
        exclude_blanks: true,
        exclude_void_marks: false,
    };
    ok(&mut s, id, |r, j| r.set_rates(1, vec![rate], j));
    let res = s.round_results(id).unwrap();
    assert_eq!(res.row(0, 0).unwrap().rates[0].share, Percent::new(15, 18));
    assert_eq!(res.row(0, 0).unwrap().rates[0].share.to_string(), "83.33%");
    let bad = RateDef {
        name: "x".into(),
        grades: vec![3],
        exclude_non_votes: false,
        exclude_blanks: false,
        exclude_void_marks: false,
    };
    assert!(
        s.with_round(id, &stamp(), |r, j| r.set_rates(1, vec![bad], j))
            .is_err()
    );
    // 15 × 100 + 2 × 75 + 1 × 55 = 1,705 over 18 marked grades = 94.72.
    assert_eq!(res.row(0, 0).unwrap().score.unwrap().to_string(), "94.72");
}

#[test]
fn a_third_dissatisfied_raises_the_flag_exactly_at_the_line() {
    // The template's rule: 不满意 ≥ 1/3 → 补课. 8 of 24 is exactly a third.
    let third = FlagRule {
        label: "补课".into(),
        grades: vec![2],
        comparison: Comparison::AtLeast,
        num: 1,
        den: 3,
    };
    let (mut s, id) = one_row(0, 24, &[10, 6, 8, 0, 0]);
    ok(&mut s, id, |r, j| r.set_flags(1, vec![third.clone()], j));
    let res = s.round_results(id).unwrap();
    let row = res.row(0, 0).unwrap();
    assert_eq!(row.flags.len(), 1);
    assert_eq!(row.flags[0].label, "补课");
    assert_eq!(row.flags[0].share.to_string(), "33.33%");
    let lines = res.summary(s.round(id).unwrap(), Lang::Zh);
    assert_eq!(lines.last().unwrap(), "补课:黄武 · 综合评价(33.33%)");
    let (mut s, id) = one_row(0, 24, &[11, 6, 7, 0, 0]);
    ok(&mut s, id, |r, j| r.set_flags(1, vec![third], j));
    assert_eq!(flags_raised(&s, id), 0);
}

#[test]
fn a_satisfaction_floor_flags_below_it() {
    let (mut s, id) = one_row(0, 20, &[11, 8, 1, 0, 0]);
    let rule = |cmp| FlagRule {
        label: "满意率低于 60%".into(),
        grades: vec![0],
        comparison: cmp,
        num: 60,
        den: 100,
    };
    ok(&mut s, id, |r, j| {
        r.set_flags(1, vec![rule(Comparison::Below)], j)
    });
    assert_eq!(flags_raised(&s, id), 1);
    ok(&mut s, id, |r, j| {
        r.set_cell("g", 1, 1, Column::Grade(0), 12, j)
    });
    ok(&mut s, id, |r, j| {
        r.set_cell("g", 1, 1, Column::Grade(1), 7, j)
    });
    // 12/20 is 60%: not below, not above; "at least" fires.
    assert_eq!(flags_raised(&s, id), 0);
    ok(&mut s, id, |r, j| {
        r.set_flags(1, vec![rule(Comparison::Above)], j)
    });
    assert_eq!(flags_raised(&s, id), 0);
    ok(&mut s, id, |r, j| {
        r.set_flags(1, vec![rule(Comparison::AtLeast)], j)
    });
    assert_eq!(flags_raised(&s, id), 1);
    let e = s
        .with_round(id, &stamp(), |r, j| {
            let mut bad = rule(Comparison::AtLeast);
            bad.den = 0;
            r.set_flags(1, vec![bad], j)
        })
        .unwrap_err();
    assert!(e.describe(Lang::Zh).contains("60/0"));
}

#[test]
fn the_oilfield_member_round_is_98_percent_satisfied() {
    let (s, id) = oilfield_members();
    let round = s.round(id).unwrap();
    assert_eq!(round.targets.len(), 51);
    assert_eq!(round.targets[50].name, "党员51");
    assert_eq!(round.cells_per_ballot(), 153);
    let res = s.round_results(id).unwrap();
    assert_eq!(res.tally.valid, 186);
    let total = res.item_total(round, 2, 0).unwrap();
    assert_eq!((total.num(), total.den()), (9296, 9486));
    assert_eq!(total.to_string(), "98.00%");
    assert_eq!(total.whole_percent(), Some(98));
    let 综合 = res.item_total(round, 2, 1).unwrap();
    assert_eq!(综合.to_string(), "100.00%");
    let lines = res.summary(round, Lang::Zh);
    assert!(
        lines
            .iter()
            .any(|l| l
                == "综合评价(51 个对象合计)满意率 98.00%(9296/9486,分母:有效票;回收率 100.00%)"),
        "{lines:#?}"
    );
    // Ranked by 综合评价's 满意率: those with the fewest 基本满意 first, ties in form order.
    let ranked = res.ranked(2, 0);
    assert_eq!(ranked.len(), 51);
    assert!(ranked.windows(2).all(|w| w[0].1.cmp_value(w[1].1).is_ge()));
    let worst = ranked.last().unwrap();
    let fewest = res.row(worst.0, 2).unwrap().counts.grades[0];
    assert!(
        res.rows
            .iter()
            .filter(|r| r.item == 2)
            .all(|r| r.counts.grades[0] >= fewest)
    );
}

#[test]
fn custom_scales_work_like_builtin_ones() {
    let mut s = Session::new(at(9, 0), Lang::En);
    let id = s.add_round("Trust vote", &stamp()).unwrap();
    let scale = custom_scale("", &["Yes".into(), "No".into(), "Don't know".into()]).unwrap();
    ok(&mut s, id, |r, j| {
        r.add_targets(&["Chair".into(), "Secretary".into()], TargetKind::Person, j)?;
        r.add_item("Trust", scale, Lang::En, j)?;
        r.add_batch("b", "Table 1", "", EntryMode::Ballots, j)?;
        r.commit_ballot("b", "13", j)?;
        r.commit_ballot("b", "12", j)?;
        r.commit_ballot("b", "31", j)?;
        r.commit_void_ballot("b", j)
    });
    let res = s.round_results(id).unwrap();
    assert_eq!(res.row(0, 0).unwrap().rates[0].name, "Yes rate");
    // Chair: 2 Yes, 1 Don't know of 3 valid → 2/2 of the votes.
    assert_eq!(res.row(0, 0).unwrap().rates[0].share.to_string(), "100.00%");
    // Secretary: 1 Yes, 1 No, 1 Don't know → 1 of 2 votes.
    assert_eq!(res.row(1, 0).unwrap().rates[0].share.to_string(), "50.00%");
    assert_eq!(res.tally.void, 1);
    let ranked = res.ranked(0, 0);
    assert_eq!(ranked.iter().map(|r| r.0).collect::<Vec<_>>(), vec![0, 1]);
    let lines = res.summary(s.round(id).unwrap(), Lang::En);
    assert!(lines[0].starts_with("Trust vote: expected —; issued —, returned —, void 1, valid 3"));
}

/// Issue 12, item 14: `x` leaves items marked twice (废项) out of a rate's denominator. Counted by
/// hand: 满意 12, 基本满意 4, 不满意 1, blank 1, 废项 2 of 20 valid ballots.
#[test]
fn a_rate_may_leave_items_marked_twice_out() {
    let (mut s, id) = one_row(0, 20, &[12, 4, 1, 1, 2]);
    let rates = vec![
        RateDef {
            name: "满意率".into(),
            grades: vec![0],
            exclude_non_votes: false,
            exclude_blanks: false,
            exclude_void_marks: true,
        },
        RateDef {
            name: "综合满意率".into(),
            grades: vec![0, 1],
            exclude_non_votes: false,
            exclude_blanks: true,
            exclude_void_marks: true,
        },
    ];
    ok(&mut s, id, |r, j| r.set_rates(1, rates, j));
    let res = s.round_results(id).unwrap();
    let row = res.row(0, 0).unwrap();
    // 12 / (20 − 2) and (12 + 4) / (20 − 1 − 2).
    assert_eq!(row.rates[0].share, Percent::new(12, 18));
    assert_eq!(row.rates[0].share.to_string(), "66.67%");
    assert_eq!(row.rates[1].share, Percent::new(16, 17));
    assert_eq!(row.rates[1].share.to_string(), "94.12%");
    let item = &s.round(id).unwrap().items[0];
    assert_eq!(
        rate_formula(item, &item.rates[0], Lang::Zh),
        "满意率 = 满意 / (有效票 − 废项)"
    );
    assert_eq!(
        rate_formula(item, &item.rates[1], Lang::En),
        "综合满意率 = (满意+基本满意) / (valid ballots − Blank − Void mark)"
    );
    // Saved only when set: a file without it reads as before, and it survives a round trip.
    let json = serde_json::to_string(&s).unwrap();
    assert_eq!(json.matches("\"exclude_void_marks\":true").count(), 2);
    let back: Session = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
}

/// The same rule typed on the round view as a clerk types it (`r`, `…/x`), then the results
/// screen names the base beside every rate, in both languages.
#[test]
fn the_void_mark_rule_is_typed_and_every_rate_shows_its_base() {
    use crossterm::event::KeyCode;
    use pingyi::tui::testing::{app_with, ctrl, press, type_str};
    for lang in [Lang::Zh, Lang::En] {
        let (s, _) = one_row(0, 20, &[12, 4, 1, 1, 2]);
        let mut app = app_with(s, lang);
        press(&mut app, KeyCode::F(6));
        press(&mut app, KeyCode::Enter);
        // Name, 保密, 应到, 实到, 发出, 收回, the targets' head, 1 target, the items' head: the item.
        for _ in 0..9 {
            press(&mut app, KeyCode::Down);
        }
        press(&mut app, KeyCode::Char('r'));
        ctrl(&mut app, 'u');
        type_str(&mut app, "满意率=1/x; 综合满意率=1+2/bx");
        press(&mut app, KeyCode::Enter);
        let rates = &app.doc.as_ref().unwrap().session.rounds[0].items[0].rates;
        assert_eq!(rates.len(), 2);
        assert!(rates[0].exclude_void_marks && !rates[0].exclude_blanks);
        assert!(rates[1].exclude_void_marks && rates[1].exclude_blanks);
        // A letter the rule does not know is refused and the rates stay.
        press(&mut app, KeyCode::Char('r'));
        ctrl(&mut app, 'u');
        type_str(&mut app, "满意率=1/q");
        press(&mut app, KeyCode::Enter);
        assert!(app.screens.ballots.round_view.editing());
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::F(7));
        let text = pingyi::tui::testing::screen_text(&app, 160, 30);
        let want = match lang {
            Lang::Zh => [
                "满意率 66.67%(12/18,分母:(有效票 − 废项))",
                "综合满意率 94.12%(16/17,分母:(有效票 − 弃权 − 废项))",
            ],
            Lang::En => [
                "满意率 66.67% (12/18, out of (valid ballots − Void mark))",
                "综合满意率 94.12% (16/17, out of (valid ballots − Blank − Void mark))",
            ],
        };
        for w in want {
            assert!(text.contains(w), "{lang:?}: {w}\n{text}");
        }
    }
}
