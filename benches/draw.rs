//! Drawing each screen of an open meeting at 200×50 from the large meeting (goal: ≤ 2 ms median).
//! The list of screens is `ScreenId::MEETING`, so every new screen is measured without a change here.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use pingyi::tui::action::Action;

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
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = draw_each_screen
}
criterion_main!(benches);
