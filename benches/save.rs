//! Saving the large meeting. The save runs on the store's background thread, never the one that
//! draws; what the drawing thread pays is the hand-over (`submit`). Goal: a change is durable on
//! disk ≤ 200 ms after it is made, under continuous typing.
//!
//! `durable_under_typing`: a change every 30 ms (a fast typist) for the length of the sample; for
//! each, the time from its submission until the saver reports it on disk. The figure is the mean
//! per change; the slowest change of the run is printed.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use pingyi::model::{HeaderField, Session, Stamp};
use pingyi::store::Saver;
use std::hint::black_box;
use std::sync::Mutex;
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

fn save(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("large.json");
    let mut session = common::large().clone();
    let mut group = c.benchmark_group("save_large");
    group.bench_function("to_json", |b| {
        b.iter(|| black_box(pingyi::store::to_json(&session).expect("json")))
    });
    group.bench_function("save_atomic", |b| {
        b.iter(|| pingyi::store::save(&path, &session).expect("save"))
    });
    let saver = Saver::spawn(path.clone());
    group.bench_function("submit_on_draw_thread", |b| {
        b.iter(|| saver.submit(black_box(session.clone())))
    });
    if let Err(e) = saver.flush(Duration::from_secs(10)) {
        panic!("flush: {e}");
    }
    let slowest = Mutex::new(Duration::ZERO);
    let mut n = 0u64;
    group.bench_function("durable_under_typing", |b| {
        b.iter_custom(|iters| {
            let latencies = Mutex::new(Duration::ZERO);
            std::thread::scope(|scope| {
                for _ in 0..iters {
                    n += 1;
                    change(&mut session, n);
                    let submitted = Instant::now();
                    saver.submit(session.clone());
                    let (saver, latencies, slowest) = (&saver, &latencies, &slowest);
                    scope.spawn(move || {
                        if let Err(e) = saver.flush(Duration::from_secs(10)) {
                            panic!("flush: {e}");
                        }
                        let took = submitted.elapsed();
                        *latencies.lock().expect("latencies") += took;
                        let mut s = slowest.lock().expect("slowest");
                        *s = (*s).max(took);
                    });
                    std::thread::sleep(TYPING_EVERY.saturating_sub(submitted.elapsed()));
                }
            });
            latencies.into_inner().expect("latencies")
        })
    });
    group.finish();
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
