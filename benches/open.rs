//! Opening the large meeting: read the file, parse it, check it, draw the first frame
//! (goal: ≤ 150 ms, and within 2× of serde_json parsing the same bytes into a `Value`).

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use pingyi::i18n::Lang;
use pingyi::model::Session;
use pingyi::tui::app::App;
use pingyi::tui::doc::{Doc, MemoryPersist};
use pingyi::tui::testing::meeting_time;
use std::hint::black_box;

fn open(c: &mut Criterion) {
    let path = common::large_file();
    let bytes = std::fs::read(path).expect("read the large meeting");
    let mut group = c.benchmark_group("open_large");
    group.bench_function("serde_json_value", |b| {
        b.iter(|| black_box(serde_json::from_slice::<serde_json::Value>(&bytes).expect("json")))
    });
    group.bench_function("serde_json_session", |b| {
        b.iter(|| black_box(serde_json::from_slice::<Session>(&bytes).expect("session")))
    });
    let session = common::large();
    group.bench_function("problems", |b| b.iter(|| black_box(session.problems())));
    group.bench_function("store_parse", |b| {
        b.iter(|| black_box(pingyi::store::parse(path, &bytes).expect("parse")))
    });
    group.bench_function("load_and_first_frame", |b| {
        b.iter(|| {
            let session = pingyi::store::load(path).expect("load");
            let doc = Doc::new(session, path.clone(), Box::new(MemoryPersist::default()));
            let app = App::with_doc(Lang::Zh, "记录人", doc, meeting_time(9, 0));
            let mut terminal = common::terminal(200, 50);
            common::frame(&mut terminal, &app);
            black_box(app)
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = open
}
criterion_main!(benches);
