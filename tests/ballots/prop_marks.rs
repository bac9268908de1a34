//! Loading checks stored ballots with `check_stored_marks`, a fast path written to open large
//! meetings quickly: for any string it must agree with `check_marks`, error for error.

use pingyi::i18n::Lang;
use pingyi::model::template::builtin_scales;
use pingyi::model::{BallotRound, Journal, Stamp, TargetKind};
use proptest::prelude::*;

/// Two targets on three items with 3, 4 and 2 grades.
fn round() -> BallotRound {
    let at = pingyi::tui::testing::meeting_time(9, 0);
    let stamp = Stamp::new(at, "周强");
    let mut j = Journal::new(&stamp);
    let mut r = BallotRound::new(1, "表");
    let scales = builtin_scales(Lang::Zh);
    r.add_targets(&["甲".into(), "乙".into()], TargetKind::Person, &mut j)
        .expect("targets");
    for (name, scale) in [("一", 0), ("二", 3), ("三", 6)] {
        r.add_item(name, scales[scale].clone(), Lang::Zh, &mut j)
            .expect("item");
    }
    r
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn the_fast_check_agrees_with_the_full_one(
        marks in prop_oneof![
            "[0-9xX]{6}",
            "[0-4x]{0,8}",
            "[0-9xX\u{ff11}a-z]{5,7}",
            "\\PC{0,8}",
        ]
    ) {
        let r = round();
        prop_assert_eq!(r.check_stored_marks(&marks), r.check_marks(&marks).map(|_| ()));
    }
}

#[test]
fn a_round_without_items_takes_no_marks() {
    let r = BallotRound::new(1, "空");
    assert_eq!(r.check_stored_marks(""), r.check_marks("").map(|_| ()));
    assert!(r.check_stored_marks("1").is_err());
}
