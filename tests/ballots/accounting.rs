//! A round whose 发出 (or 收回) exceeds its 应到: the response rate passes 100%, so a warning
//! stands beside the figures everywhere they are shown (the round's form, verification, the
//! results, the read-out summary, the record), without blocking verification.

use crate::support::*;

use crossterm::event::KeyCode;
use pingyi::export::md;
use pingyi::export::record::{RecordOptions, record};
use pingyi::i18n::Lang;
use pingyi::model::ballot::AccountingWarning;
use pingyi::model::{Accounting, Session};
use pingyi::tui::testing::{app_with, draw, press};

/// The town's 66 ballots counted, with 应到 typed as `expected` for the round.
fn town_expecting(expected: Option<u32>) -> (Session, u32) {
    let (mut s, id) = town();
    ok(&mut s, id, |r, j| r.set_expected(expected, j));
    (s, id)
}

fn accounting(s: &Session, id: u32) -> Accounting {
    Accounting::of(s.round(id).unwrap(), &s.attendance)
}

#[test]
fn issued_above_expected_is_warned_but_does_not_block() {
    let (s, id) = town_expecting(Some(60));
    let a = accounting(&s, id);
    assert_eq!(a.response_rate().to_string(), "110.00%");
    assert_eq!(
        a.warnings(),
        vec![AccountingWarning::IssuedAboveExpected {
            issued: 66,
            expected: 60
        }]
    );
    // A warning, not a problem: the round can still be verified (walk-ins take ballots too).
    assert!(a.holds());
    assert!(s.round(id).unwrap().blockers(&["王立新".into()]).is_empty());
    let w = a.warnings()[0];
    assert_eq!(
        w.message().zh,
        "⚠ 发出 66 张多于应到 60 人:回收率(收回/应到)可能超过 100%,请核对应到人数和发出票数"
    );
    assert_eq!(
        w.message().en,
        "⚠ 66 issued is more than the 60 expected: the response rate (returned/expected) can pass 100%; check both figures"
    );
}

#[test]
fn returned_above_expected_is_warned_when_issued_is_not_entered() {
    let (mut s, id) = town_expecting(Some(60));
    ok(&mut s, id, |r, j| r.set_issued(None, j));
    assert_eq!(
        accounting(&s, id).warnings(),
        vec![AccountingWarning::ReturnedAboveExpected {
            returned: 66,
            expected: 60
        }]
    );
}

#[test]
fn figures_within_expected_say_nothing() {
    // The roster's 70 expected, 66 issued; then 66 typed as 应到: equal is fine.
    for expected in [None, Some(66)] {
        let (s, id) = town_expecting(expected);
        assert!(accounting(&s, id).warnings().is_empty(), "{expected:?}");
    }
    // 应到 unknown: no rate, no warning.
    let (mut s, id) = town_expecting(None);
    s.attendance.people.clear();
    assert!(accounting(&s, id).warnings().is_empty());
}

#[test]
fn the_summary_and_the_record_carry_the_warning() {
    let (s, id) = town_expecting(Some(60));
    for lang in [Lang::Zh, Lang::En] {
        let w = accounting(&s, id).warnings()[0].message();
        let res = s.round_results(id).unwrap();
        let lines = res.summary(s.round(id).unwrap(), lang);
        assert_eq!(lines[1], w.get(lang), "right under the accounting line");
        let doc = record(
            &s,
            &RecordOptions {
                lang,
                as_of: at(12, 0).date_naive(),
            },
        );
        assert!(md::render(&doc).contains(w.get(lang)));
    }
}

#[test]
fn the_screens_warn_beside_the_figures() {
    let (s, _) = town_expecting(Some(60));
    for lang in [Lang::Zh, Lang::En] {
        let warning = match lang {
            Lang::Zh => "⚠ 发出 66 张多于应到 60 人",
            Lang::En => "⚠ 66 issued is more than the 60 expected",
        };
        let beside = match lang {
            Lang::Zh => "⚠ 多于应到 60 人",
            Lang::En => "⚠ more than the 60 expected",
        };
        // The round's form: beside 发出, and on no other line.
        let mut app = app_with(s.clone(), lang);
        press(&mut app, KeyCode::F(6));
        press(&mut app, KeyCode::Enter);
        let t = pingyi::tui::testing::screen_text(&app, 100, 30);
        let lines: Vec<&str> = t.lines().filter(|l| l.contains(beside)).collect();
        assert_eq!(lines.len(), 1, "{t}");
        assert!(lines[0].contains("66"), "{t}");
        // Verification: under the accounting line.
        press(&mut app, KeyCode::Char('v'));
        let t = pingyi::tui::testing::screen_text(&app, 100, 30);
        assert!(t.contains(warning), "{t}");
        if lang == Lang::Zh {
            insta::assert_snapshot!(
                "verify_issued_above_expected_zh",
                draw(&app, 80, 24).backend()
            );
        }
        // Results (F7): in the head, by the response rate of 110.00%.
        press(&mut app, KeyCode::F(7));
        let t = pingyi::tui::testing::screen_text(&app, 100, 30);
        assert!(t.contains("110.00%") && t.contains(warning), "{t}");
        insta::assert_snapshot!(
            format!("results_issued_above_expected_{}", lang.code()),
            draw(&app, 80, 24).backend()
        );
        for (w, h) in [(0, 0), (1, 1), (20, 5)] {
            draw(&app, w, h);
        }
    }
}
