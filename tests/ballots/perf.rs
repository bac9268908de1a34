//! 60 targets × 8 items and 2,000 ballots: the last ballots of such a round and its tally grid
//! are typed through the real keys and drawn after every key, and every ballot and count lands.
//! How fast each keystroke is, is measured by `cargo bench --bench keys` (BENCHMARKS.md), not
//! here: a timed bound in a test fails on a busy machine, not on slow code. The times are only
//! printed (`--nocapture`) as a hint.

use crate::support::*;

use crossterm::event::KeyCode;
use pingyi::i18n::Lang;
use pingyi::model::template::builtin_scales;
use pingyi::model::{EntryMode, Session, TargetKind};
use pingyi::tui::testing::*;
use std::time::{Duration, Instant};

fn big_round() -> Session {
    let mut s = Session::new(at(9, 0), Lang::Zh);
    let id = s.add_round("六十人测评表", &stamp()).unwrap();
    let scales = builtin_scales(Lang::Zh);
    let names: Vec<String> = (1..=60).map(|k| format!("党员{k:02}")).collect();
    ok(&mut s, id, |r, j| {
        r.add_targets(&names, TargetKind::Person, j)?;
        for i in 0..8 {
            r.add_item(
                &format!("项目{}", i + 1),
                scales[i % 2].clone(),
                Lang::Zh,
                j,
            )?;
        }
        r.add_batch("big", "第一组", "", EntryMode::Ballots, j)?;
        r.add_batch("grid", "第二组", "", EntryMode::Grid, j)?;
        r.set_batch_ballots("grid", false, 100, j)
    });
    let marks: String = (0..480)
        .map(|k| if k % 7 == 0 { '2' } else { '1' })
        .collect();
    for _ in 0..1999 {
        ok(&mut s, id, |r, j| r.commit_ballot("big", &marks, j));
    }
    s
}

#[test]
fn the_2000th_ballot_and_a_60_target_grid_take_every_key() {
    let mut app = app_with(big_round(), Lang::Zh);
    press(&mut app, KeyCode::F(6));
    press(&mut app, KeyCode::Enter);
    // The first batch line: 6 fixed, head + 60 targets, head + 8 items, head.
    for _ in 0..(6 + 61 + 9 + 1) {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    draw(&app, 80, 24);
    let mut worst = Duration::ZERO;
    let mut total = Duration::ZERO;
    for k in 0..480 {
        let t = Instant::now();
        press(&mut app, KeyCode::Char(if k % 3 == 0 { '2' } else { '1' }));
        draw(&app, 80, 24);
        let d = t.elapsed();
        worst = worst.max(d);
        total += d;
    }
    let s = &app.doc.as_ref().unwrap().session;
    assert_eq!(s.rounds[0].batches[0].ballots.len(), 2000);
    println!(
        "ballot entry, 480 keys on ballot 2,000: mean {:?}, worst {:?}",
        total / 480,
        worst
    );

    // The tally grid of the same round: type a count and move, 100 times.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    let mut worst = Duration::ZERO;
    for _ in 0..100 {
        let t = Instant::now();
        press(&mut app, KeyCode::Char('7'));
        press(&mut app, KeyCode::Enter);
        draw(&app, 80, 24);
        worst = worst.max(t.elapsed());
    }
    let s = &app.doc.as_ref().unwrap().session;
    assert!(
        s.rounds[0].batches[1]
            .cells
            .iter()
            .filter(|c| c.grades[0] == 7)
            .count()
            >= 90
    );
    println!("tally grid, 100 cells typed: worst {worst:?} per cell (two keys and a draw)");
}
