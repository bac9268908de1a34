//! Reads generated ballot pages back and prints the accuracy per condition (BENCHMARKS.md).
//!
//! `cargo run --release --example scan_accuracy -- SEED PAGES_PER_CONDITION [CONDITION_INDEX] [--misses]`
//!
//! `--misses` also lists every item counted wrong with its boxes' measures (for diagnosis; tune
//! on seed set 1 only).

use pingyi::scan::accuracy::{Tally, measure};
use pingyi::scan::classify::RULES;
use pingyi::scan::synth::CONDITIONS;

fn main() {
    let all_args: Vec<String> = std::env::args().collect();
    let show_misses = all_args.iter().any(|a| a == "--misses");
    let args: Vec<&String> = all_args.iter().filter(|a| *a != "--misses").collect();
    let seed: u64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1);
    let pages: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10);
    let only: Option<usize> = args.get(3).and_then(|s| s.parse().ok());
    let sheets = pingyi::scan::bench_sheets();
    let mut all = Tally::default();
    println!(
        "| condition | pages | refused | QR read | boxes | items | right | wrong | review | ordinary ballots to review |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for (ci, cond) in CONDITIONS.iter().enumerate() {
        if only.is_some_and(|o| o != ci) {
            continue;
        }
        let mut t = Tally::default();
        for (si, sheet) in sheets.iter().enumerate() {
            let s = seed * 1000 + ci as u64 * 10 + si as u64;
            t.add(&measure(sheet, cond, &RULES, s, pages, 0.5, 0.25));
        }
        row(cond.name, &t);
        all.add(&t);
    }
    row("all", &all);
    println!();
    println!("| gesture | right | wrong | review |");
    println!("|---|---|---|---|");
    for (g, v) in &all.by_gesture {
        println!("| {} | {} | {} | {} |", g.name(), v[0], v[1], v[2]);
    }
    println!();
    println!("| gesture | sent to review because | items |");
    println!("|---|---|---|");
    for ((g, d), n) in &all.reasons {
        println!("| {} | {d:?} | {n} |", g.name());
    }
    if show_misses {
        print_misses(&all);
    }
}

/// Each item counted wrong: its truth, its reading and what was measured in each of its boxes.
fn print_misses(t: &Tally) {
    for (truth, read) in &t.misses {
        println!(
            "\nmiss: {} truth {:?}, read {:?}",
            truth.gesture.name(),
            truth.mark,
            read.reading.proposal
        );
        for (g, m) in read.boxes.iter().enumerate() {
            println!(
                "  box {g}: cover {:.4} darkness {:.4} ink {:.4} faint {:.4} extent {:.3} ring {:.4} ring_ink {:.4}",
                m.cover, m.darkness, m.ink, m.faint, m.extent, m.ring, m.ring_ink
            );
        }
    }
}

fn row(name: &str, t: &Tally) {
    let pct = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    println!(
        "| {name} | {} | {} | {:.1}% | {} | {} | {} | {} | {} ({:.2}%) | {}/{} ({:.1}%) |",
        t.pages,
        t.refused,
        pct(t.codes_read, t.pages),
        t.boxes,
        t.items,
        t.right,
        t.wrong,
        t.review,
        pct(t.review, t.items),
        t.ordinary_to_review,
        t.ordinary_pages,
        pct(t.ordinary_to_review, t.ordinary_pages)
    );
}
