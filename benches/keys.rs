//! One keystroke end to end (event → update → draw at 200×50) on the large meeting, with the
//! meeting open as `pingyi open` opens it (lock, background saver). Goal: ≤ 3 ms median.
//!
//! For each area, a keystroke that only changes the screen (a character typed, a mark) and the
//! keystroke that records a change (Enter, the ballot's last mark), timed apart: the second hands
//! the saver a new snapshot.

mod common;

use common::keystroke;
use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::KeyCode;
use pingyi::model::{Mark, Presence, Session, Stamp};
use pingyi::tui::app::App;
use pingyi::tui::screens::ScreenId;
use pingyi::tui::screens::ballots::View;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::time::{Duration, Instant};

type Term = Terminal<TestBackend>;

fn header(c: &mut Criterion) {
    let (_dir, mut app) = common::large_app_on_disk(common::large().clone());
    let mut t = common::terminal(200, 50);
    // 地点 (place) is the fifth field.
    for _ in 0..4 {
        keystroke(&mut t, &mut app, KeyCode::Down);
    }
    keystroke(&mut t, &mut app, KeyCode::Enter);
    let mut group = c.benchmark_group("keystroke_200x50");
    group.bench_function("header_type_char", |b| {
        let mut n = 0u64;
        b.iter(|| {
            n += 1;
            let code = if n.is_multiple_of(2) {
                KeyCode::Backspace
            } else {
                KeyCode::Char('区')
            };
            keystroke(&mut t, &mut app, code)
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
                let code = if n.is_multiple_of(2) {
                    KeyCode::Backspace
                } else {
                    KeyCode::Char('甲')
                };
                keystroke(&mut t, &mut app, code);
                timed += timed_key(&mut t, &mut app, KeyCode::Enter);
                keystroke(&mut t, &mut app, KeyCode::Up);
            }
            timed
        })
    });
    group.finish();
}

fn timed_key(t: &mut Term, app: &mut App, code: KeyCode) -> Duration {
    let start = Instant::now();
    keystroke(t, app, code);
    start.elapsed()
}

/// The large meeting with everyone on the roster back to expected, so there is someone to
/// check in at every Enter.
fn nobody_in_yet() -> Session {
    let mut s = common::large().clone();
    let stamp = Stamp::new(s.updated, "李静");
    let ids: Vec<u32> = s
        .attendance
        .people
        .iter()
        .filter(|p| !p.walk_in && p.presence != Presence::Expected)
        .map(|p| p.id)
        .collect();
    for id in ids {
        s.reset_presence(id, &stamp).expect("back to expected");
    }
    s
}

/// The attendance screen's search over 1,000 names: each character typed searches again; Enter
/// checks the first match in (a record change). Names are typed as an input method commits
/// them, a character at a time.
fn check_in(c: &mut Criterion) {
    let fresh = nobody_in_yet();
    let names: Vec<String> = fresh
        .attendance
        .people
        .iter()
        .filter(|p| p.presence == Presence::Expected)
        .map(|p| p.name.clone())
        .collect();
    let (mut _dir, mut app) = common::large_app_on_disk(fresh.clone());
    let mut t = common::terminal(200, 50);
    keystroke(&mut t, &mut app, KeyCode::F(4));
    assert_eq!(app.screen, ScreenId::Attendance);
    let mut group = c.benchmark_group("keystroke_200x50");
    group.bench_function("checkin_search_char", |b| {
        let mut chars = names
            .iter()
            .flat_map(|n| n.chars().chain(['\u{1b}']))
            .cycle();
        b.iter_custom(|iters| {
            let mut timed = Duration::ZERO;
            let mut done = 0;
            while done < iters {
                match chars.next() {
                    Some('\u{1b}') | None => keystroke(&mut t, &mut app, KeyCode::Esc),
                    Some(ch) => {
                        timed += timed_key(&mut t, &mut app, KeyCode::Char(ch));
                        done += 1;
                    }
                }
            }
            timed
        })
    });
    group.bench_function("checkin_enter_records_change", |b| {
        let mut next = 0;
        b.iter_custom(|iters| {
            let mut timed = Duration::ZERO;
            for _ in 0..iters {
                if next == names.len() {
                    (_dir, app) = common::large_app_on_disk(fresh.clone());
                    keystroke(&mut t, &mut app, KeyCode::F(4));
                    next = 0;
                }
                for ch in names[next].chars() {
                    keystroke(&mut t, &mut app, KeyCode::Char(ch));
                }
                next += 1;
                timed += timed_key(&mut t, &mut app, KeyCode::Enter);
            }
            timed
        })
    });
    group.finish();
}

/// Ballot-by-ballot entry into the last batch of round 4 (500 ballots in it, 2,000 in the
/// round): each mark is a keystroke; the 480th commits the ballot. The ballot under way is set
/// up directly (untimed) rather than typed, and a committed ballot is taken back (Ctrl+Z,
/// untimed), so every sample sees the same round of 2,000 ballots.
fn ballot_entry(c: &mut Criterion) {
    let session = common::counting_round();
    let uid = session
        .rounds
        .last()
        .and_then(|r| r.batches.get(3))
        .map(|b| b.uid.clone())
        .expect("batch 4");
    let (_dir, mut app) = common::large_app_on_disk(session);
    let mut t = common::terminal(200, 50);
    common::open_batch(&mut t, &mut app, &uid);
    assert_eq!(app.screens.ballots.view, View::Entry(uid.clone()));
    let cells = 480;
    let entered = |app: &App| {
        app.doc.as_ref().map_or(0, |d| {
            d.session
                .rounds
                .last()
                .map_or(0, |r| r.batches[3].ballots.len())
        })
    };
    let before = entered(&app);
    let mut group = c.benchmark_group("keystroke_200x50");
    group.bench_function("ballot_entry_mark", |b| {
        let mut n = 0usize;
        b.iter_custom(|iters| {
            let mut timed = Duration::ZERO;
            for _ in 0..iters {
                if app.screens.ballots.entry.marks.len() >= cells - 1 {
                    app.screens.ballots.entry.marks.clear();
                }
                n += 1;
                let mark = if n.is_multiple_of(7) { '2' } else { '1' };
                timed += timed_key(&mut t, &mut app, KeyCode::Char(mark));
            }
            timed
        })
    });
    group.bench_function("ballot_entry_last_mark_commits", |b| {
        b.iter_custom(|iters| {
            let mut timed = Duration::ZERO;
            for _ in 0..iters {
                app.screens.ballots.entry.marks = vec![Mark::Grade(0); cells - 1];
                timed += timed_key(&mut t, &mut app, KeyCode::Char('1'));
                assert_eq!(entered(&app), before + 1, "the ballot was committed");
                common::ctrl(&mut t, &mut app, 'z');
                assert_eq!(entered(&app), before, "and taken back");
            }
            timed
        })
    });
    group.finish();
}

/// The tally grid of a batch in round 4: a digit typed (or taken back with Backspace), and the
/// Enter that records the count (a record change) and moves on.
fn tally_grid(c: &mut Criterion) {
    let (_dir, mut app) = common::large_app_on_disk(common::counting_round());
    let mut t = common::terminal(200, 50);
    common::open_batch(&mut t, &mut app, "grid");
    assert_eq!(app.screens.ballots.view, View::Grid("grid".to_string()));
    let mut group = c.benchmark_group("keystroke_200x50");
    let mut n = 0u64;
    group.bench_function("tally_grid_digit", |b| {
        b.iter_custom(|iters| {
            let mut timed = Duration::ZERO;
            for _ in 0..iters {
                n += 1;
                let digit = if n.is_multiple_of(2) { '7' } else { '8' };
                timed += timed_key(&mut t, &mut app, KeyCode::Char(digit));
                timed += timed_key(&mut t, &mut app, KeyCode::Backspace);
            }
            timed / 2
        })
    });
    group.bench_function("tally_grid_enter_records_change", |b| {
        b.iter_custom(|iters| {
            let mut timed = Duration::ZERO;
            for _ in 0..iters {
                n += 1;
                keystroke(
                    &mut t,
                    &mut app,
                    KeyCode::Char(if n.is_multiple_of(2) { '7' } else { '8' }),
                );
                timed += timed_key(&mut t, &mut app, KeyCode::Enter);
            }
            timed
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = header, check_in, ballot_entry, tally_grid
}
criterion_main!(benches);
