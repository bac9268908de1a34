//! One keystroke end to end (event → update → draw at 200×50) on the large meeting, with the
//! meeting open as `pingyi open` opens it (lock, background saver). Goal: ≤ 3 ms median.
//!
//! `header_*`: typing in a header field, and the Enter that records it (the record changes, so
//! a snapshot goes to the saver).

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::KeyCode;
use std::time::{Duration, Instant};

fn header(c: &mut Criterion) {
    let (_dir, mut app) = common::large_app_on_disk();
    let mut t = common::terminal(200, 50);
    // 地点 (place) is the fifth field.
    for _ in 0..4 {
        common::keystroke(&mut t, &mut app, KeyCode::Down);
    }
    common::keystroke(&mut t, &mut app, KeyCode::Enter);
    let mut group = c.benchmark_group("keystroke_200x50");
    group.bench_function("header_type_char", |b| {
        let mut n = 0u64;
        b.iter(|| {
            n += 1;
            let code = if n % 2 == 0 {
                KeyCode::Backspace
            } else {
                KeyCode::Char('区')
            };
            common::keystroke(&mut t, &mut app, code)
        })
    });
    // Enter records the place (it alternates between two values) and moves to the chair;
    // Up (untimed) comes back without a change.
    group.bench_function("header_enter_records_change", |b| {
        let mut n = 0u64;
        b.iter_custom(|iters| {
            let mut timed = Duration::ZERO;
            for _ in 0..iters {
                n += 1;
                let code = if n % 2 == 0 {
                    KeyCode::Backspace
                } else {
                    KeyCode::Char('甲')
                };
                common::keystroke(&mut t, &mut app, code);
                let start = Instant::now();
                common::keystroke(&mut t, &mut app, KeyCode::Enter);
                timed += start.elapsed();
                common::keystroke(&mut t, &mut app, KeyCode::Up);
            }
            timed
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = header
}
criterion_main!(benches);
