//! The archive's goal: 1,000 meeting files summarised in under a second on this machine.
//! Each file is the seed's town meeting (72 on the roster, 21 suggestions, one round), loaded
//! with `store::load` as `pingyi archive` does. Measured: about 0.65 s (0.59–0.70) on this machine.

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use pingyi::archive::{Archive, SortBy, scan};
use pingyi::export::fixture::town;
use pingyi::i18n::Message;
use pingyi::model::Session;
use std::path::Path;

/// The store's own checked loader, as `pingyi archive` uses it.
fn load(p: &Path) -> Result<Session, Message> {
    pingyi::store::load(p).map_err(|e| e.bilingual())
}

fn folder_of_meetings(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temp folder");
    let mut s = town();
    for i in 0..n {
        s.header.date = NaiveDate::from_ymd_opt(2010, 1, 1)
            .and_then(|d| d.checked_add_days(chrono::Days::new(i as u64)));
        let sub = dir.path().join(format!("{}", 2010 + i / 365));
        std::fs::create_dir_all(&sub).expect("a year folder");
        let text = serde_json::to_vec_pretty(&s).expect("a session serialises");
        std::fs::write(sub.join(format!("meeting-{i:04}.json")), text).expect("write");
    }
    dir
}

fn archive(c: &mut Criterion) {
    let dir = folder_of_meetings(1000);
    let as_of = NaiveDate::from_ymd_opt(2013, 1, 1).expect("a real date");
    let mut g = c.benchmark_group("archive");
    g.sample_size(10);
    g.bench_function("scan_1000_meetings", |b| {
        b.iter(|| {
            let a = Archive::build(scan(dir.path(), as_of, load), None, None, SortBy::Date);
            assert_eq!(a.meetings.len(), 1000);
            a
        })
    });
    g.finish();
}

criterion_group!(benches, archive);
criterion_main!(benches);
