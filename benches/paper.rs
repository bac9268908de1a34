//! Printing speed: 200 ballots of the seed's town form (1 target × 8 items, one page each) and
//! 200 of the large meeting's 60 × 8 form (3 pages each on A4), laid out, serials drawn and
//! rendered to PDF bytes with the system's CJK font subset (goal: 200 town ballots ≤ 1 s).
//! Run with `cargo bench --bench paper`; peak memory is measured on the real binary (BENCHMARKS.md).

use criterion::{Criterion, criterion_group, criterion_main};
use pingyi::model::Stamp;
use pingyi::paper::font::FontSet;
use pingyi::paper::layout::Paper;
use pingyi::paper::print::{BallotRequest, ballots};
use std::time::Duration;

fn bench(c: &mut Criterion) {
    let Ok(fonts) = FontSet::find(None) else {
        eprintln!("skipped: no CJK font installed (apt install fonts-noto-cjk)");
        return;
    };
    let town = pingyi::export::fixture::town();
    let large = pingyi::demo::large::large().expect("the large meeting");
    let stamp = Stamp::new(town.created, "bench");
    let mut g = c.benchmark_group("print");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    for (name, session, paper) in [
        ("town_200_a4", &town, Paper::A4),
        ("town_200_16k", &town, Paper::K16),
        ("large_60x8_200_a4", &large, Paper::A4),
    ] {
        let req = BallotRequest {
            round: session.rounds[0].id,
            count: Some(200),
            paper,
            serials: true,
        };
        g.bench_function(name, |b| {
            b.iter(|| {
                ballots(session, &req, &fonts, &stamp)
                    .expect("printed")
                    .pdf
                    .len()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
