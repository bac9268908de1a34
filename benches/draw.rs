//! Drawing each screen of an open meeting at 200×50 from the large meeting (goal: ≤ 2 ms median).
//! The list of screens is `ScreenId::MEETING`, so every new screen is measured without a change
//! here; the ballots screen is also drawn in its views of round 4 (60 targets × 8 items, 2,000
//! ballots): the round, ballot-by-ballot entry and the tally grid.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::KeyCode;
use pingyi::tui::action::Action;
use pingyi::tui::screens::ballots::View;
use pingyi::tui::testing::app_with;

fn draw_each_screen(c: &mut Criterion) {
    let mut group = c.benchmark_group("draw_200x50");
    for &screen in pingyi::tui::screens::ScreenId::MEETING {
        let mut app = common::large_app();
        app.update(Action::Goto(screen));
        let mut terminal = common::terminal(200, 50);
        group.bench_function(format!("{screen:?}"), |b| {
            b.iter(|| common::frame(&mut terminal, &app))
        });
    }
    let session = common::counting_round();
    let entry_uid = session
        .rounds
        .last()
        .and_then(|r| r.batches.get(3))
        .map(|b| b.uid.clone())
        .expect("batch 4");
    for (view, uid) in [("entry", entry_uid.as_str()), ("grid", "grid")] {
        let mut app = app_with(session.clone(), pingyi::i18n::Lang::Zh);
        let mut terminal = common::terminal(200, 50);
        common::open_batch(&mut terminal, &mut app, uid);
        assert_ne!(app.screens.ballots.view, View::Round, "batch {uid} is open");
        if view == "entry" {
            // Half a ballot read out.
            for k in 0..240 {
                let mark = if k % 5 == 0 { '2' } else { '1' };
                common::keystroke(&mut terminal, &mut app, KeyCode::Char(mark));
            }
        }
        group.bench_function(format!("Ballots_{view}"), |b| {
            b.iter(|| common::frame(&mut terminal, &app))
        });
        if view == "entry" {
            for _ in 0..3 {
                if app.screens.ballots.view != View::Round {
                    common::keystroke(&mut terminal, &mut app, KeyCode::Esc);
                }
            }
            assert_eq!(app.screens.ballots.view, View::Round);
            group.bench_function("Ballots_round", |b| {
                b.iter(|| common::frame(&mut terminal, &app))
            });
        }
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = draw_each_screen
}
criterion_main!(benches);
