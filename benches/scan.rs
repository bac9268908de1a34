//! Reading scanned ballots: one A4 page of the town form at 300 dpi (goal: ≥ 20 pages a second
//! on the 2-core machine), read from a decoded image (squares, page map, code, every box) and
//! from the JPEG and PNG bytes a scanner writes (decoding included); and a 60 × 8 form page.

use criterion::{Criterion, criterion_group, criterion_main};
use pingyi::demo::forms::form;
use pingyi::paper::code::{PagePayload, fingerprint, serial_from};
use pingyi::paper::layout::Paper;
use pingyi::scan::classify::RULES;
use pingyi::scan::form::Form;
use pingyi::scan::load::decode_image;
use pingyi::scan::page::read_page;
use pingyi::scan::synth::{CONDITIONS, Rng, page};
use std::hint::black_box;

/// A meeting holding one round of `targets` × 8, its form, and one filled-in page at 300 dpi.
fn setup(targets: usize) -> (Form, pingyi::scan::gray::Gray) {
    let (session, f, img) = setup_with(targets, 7);
    drop(session);
    (f, img)
}

fn setup_with(
    targets: usize,
    seed: u64,
) -> (pingyi::model::Session, Form, pingyi::scan::gray::Gray) {
    let mut session = pingyi::demo::town();
    let round = form(targets, 8);
    session.rounds = vec![round.clone()];
    let f = Form::of(&session, &round);
    let sheet = f
        .layouts
        .iter()
        .find(|(p, _)| *p == Paper::A4)
        .and_then(|(_, s)| s.first())
        .cloned()
        .expect("an A4 layout");
    let payload = PagePayload {
        meeting: f.meeting.clone(),
        round: round.id,
        fingerprint: fingerprint(&round),
        serial: Some(serial_from(1_234_567 + seed as u32)),
        page: 1,
        pages: u32::try_from(f.layouts[0].1.len()).unwrap_or(1),
    };
    let p = page(
        &sheet,
        &payload.encode(),
        &CONDITIONS[0],
        0.0,
        &mut Rng::new(seed),
    );
    (session, f, p.image)
}

fn encoded(img: &pingyi::scan::gray::Gray, jpeg: bool) -> Vec<u8> {
    let luma = img.to_luma().expect("image");
    let mut out = std::io::Cursor::new(Vec::new());
    let format = if jpeg {
        image::ImageFormat::Jpeg
    } else {
        image::ImageFormat::Png
    };
    luma.write_to(&mut out, format).expect("encode");
    out.into_inner()
}

fn scan(c: &mut Criterion) {
    let mut group = c.benchmark_group("scan_page_300dpi");
    group.sample_size(20);
    let (town, img) = setup(1);
    assert!(read_page(&img, &town, &RULES, None).is_ok());
    group.bench_function("town_read_decoded", |b| {
        b.iter(|| black_box(read_page(&img, &town, &RULES, None).is_ok()))
    });
    let jpeg = encoded(&img, true);
    group.bench_function("town_decode_jpeg_and_read", |b| {
        b.iter(|| {
            let g = decode_image(&jpeg).expect("jpeg");
            black_box(read_page(&g, &town, &RULES, None).is_ok())
        })
    });
    let png = encoded(&img, false);
    group.bench_function("town_decode_png_and_read", |b| {
        b.iter(|| {
            let g = decode_image(&png).expect("png");
            black_box(read_page(&g, &town, &RULES, None).is_ok())
        })
    });
    let (large, img) = setup(60);
    assert!(read_page(&img, &large, &RULES, None).is_ok());
    group.bench_function("form_60x8_read_decoded", |b| {
        b.iter(|| black_box(read_page(&img, &large, &RULES, None).is_ok()))
    });
    group.finish();
}

/// `pingyi scan`'s run over a folder of 20 JPEG pages at 300 dpi (decoding, reading on every
/// core, counting into a batch): pages a second is 20 / the time.
fn run(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tmp");
    let mut session = None;
    for n in 0..20u64 {
        let (s, _, img) = setup_with(1, n + 1);
        std::fs::write(
            dir.path().join(format!("page-{n:02}.jpg")),
            encoded(&img, true),
        )
        .expect("write");
        session = Some(s);
    }
    let session = session.expect("a meeting");
    let round = session.rounds[0].id;
    let stamp = pingyi::model::Stamp::new(pingyi::demo::at(2010, 10, 19, 10, 0), "bench");
    let inputs = vec![dir.path().to_path_buf()];
    let scans = dir.path().join("scans");
    let mut group = c.benchmark_group("scan_run");
    group.sample_size(10);
    group.bench_function("folder_20_jpeg_pages_300dpi", |b| {
        b.iter(|| {
            let mut s = session.clone();
            let r = pingyi::scan::run::scan(
                &mut s,
                round,
                &inputs,
                &scans,
                &stamp,
                pingyi::scan::run::Hooks {
                    progress: &mut |_, _| {},
                    checkpoint: &mut |_| {},
                    every: std::time::Duration::MAX,
                },
            )
            .expect("run");
            assert_eq!(r.counted + r.to_review, 20);
            black_box(r.counted)
        })
    });
    group.finish();
}

criterion_group!(benches, scan, run);
criterion_main!(benches);
