//! Saving the large meeting. The save runs on the store's background thread, never the one that
//! draws; what the drawing thread pays is the hand-over. Goal: a change is durable on disk
//! ≤ 200 ms after it is made, under continuous typing.
//!
//! - `to_json`, `save_atomic`: one save's parts (on the saver thread).
//! - `durable_under_typing`: a change every 30 ms (a fast typist) for the length of the sample;
//!   for each, the time from its hand-over until the saver reports it on disk. The figure is the
//!   mean per change; the slowest change of the run is printed.
//! - `handover_on_draw_thread`: what the app does for every change: take back the snapshot the
//!   saver has not started on, change the session in place (`Arc::make_mut` copies only while
//!   the saver is serializing it), hand it over; changes back to back, the saver saving all along.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use pingyi::model::{HeaderField, Session, Stamp};
use pingyi::store::Saver;
use std::hint::black_box;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How often the typist changes the record.
const TYPING_EVERY: Duration = Duration::from_millis(30);

fn change(s: &mut Session, n: u64) {
    let stamp = Stamp::new(s.updated, "记录人");
    let value = format!("河阳县会议中心第{n}会议室");
    if let Err(e) = s.set_header_field(HeaderField::Place, &value, &stamp) {
        panic!("the place was refused: {e}");
    }
}

/// The app's hand-over of change `n` to the saver. Without `keep_log` the change's audit entry
/// is dropped again, so millions of iterations do not grow the meeting they measure.
fn hand_over(saver: &Saver, session: &mut Arc<Session>, n: u64, keep_log: bool) {
    saver.reclaim();
    let s = Arc::make_mut(session);
    change(s, n);
    if !keep_log {
        s.audit.pop();
    }
    saver.submit_shared(Arc::clone(session));
}

fn save(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("large.json");
    let mut session = Arc::new(common::large().clone());
    let mut group = c.benchmark_group("save_large");
    group.bench_function("to_json", |b| {
        b.iter(|| black_box(pingyi::store::to_json(&session).expect("json")))
    });
    group.bench_function("save_atomic", |b| {
        b.iter(|| pingyi::store::save(&path, &session).expect("save"))
    });
    let saver = Saver::spawn(path.clone());
    let mut n = 0u64;
    let slowest = Mutex::new(Duration::ZERO);
    group.bench_function("durable_under_typing", |b| {
        b.iter_custom(|iters| {
            let latencies = Mutex::new(Duration::ZERO);
            std::thread::scope(|scope| {
                for _ in 0..iters {
                    n += 1;
                    let made = Instant::now();
                    hand_over(&saver, &mut session, n, true);
                    let (saver, latencies, slowest) = (&saver, &latencies, &slowest);
                    scope.spawn(move || {
                        if let Err(e) = saver.flush(Duration::from_secs(10)) {
                            panic!("flush: {e}");
                        }
                        let took = made.elapsed();
                        *latencies.lock().expect("latencies") += took;
                        let mut s = slowest.lock().expect("slowest");
                        *s = (*s).max(took);
                    });
                    std::thread::sleep(TYPING_EVERY.saturating_sub(made.elapsed()));
                }
            });
            latencies.into_inner().expect("latencies")
        })
    });
    group.bench_function("handover_on_draw_thread", |b| {
        b.iter(|| {
            n += 1;
            hand_over(&saver, &mut session, n, false)
        })
    });
    if let Err(e) = saver.flush(Duration::from_secs(10)) {
        panic!("flush: {e}");
    }
    group.finish();
    let on_disk = pingyi::store::load(&path).expect("the saved meeting");
    assert_eq!(
        on_disk.header.place, session.header.place,
        "the last change is on disk"
    );
    eprintln!(
        "save_large/durable_under_typing: slowest change took {:?}",
        slowest.into_inner().expect("slowest")
    );
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = save
}
criterion_main!(benches);
