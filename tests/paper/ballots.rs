//! Printed ballots read back as a user's tools and the scanner read them: `pingyi print ballots`
//! run as a user runs it, the PDF read with pdftotext, rendered with pdftoppm at a scanner's
//! 200 dpi, its QR codes decoded with rqrr (the scanner's decoder), and the squares, codes and
//! boxes on the rendered page measured against `--layout`.

use super::support::*;
use pingyi::paper::code::{PagePayload, fingerprint, meeting_id};
use pingyi::paper::layout::BallotLayout;

/// Half a millimetre: how far a mark on the paper may lie from where `--layout` says.
const TOLERANCE_MM: f32 = 0.5;

fn print(file: &std::path::Path, out: &std::path::Path, layout: &std::path::Path, extra: &[&str]) {
    let mut args = vec![
        "--lang",
        "zh",
        "print",
        "ballots",
        file.to_str().unwrap(),
        "--round",
        "1",
        "-o",
        out.to_str().unwrap(),
        "--layout",
        layout.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let o = pingyi(&args);
    assert!(o.status.success(), "{}", text(&o.stderr));
}

#[test]
fn town_ballots_read_back_with_codes_serials_and_geometry() {
    if !have_font() || !have("pdftotext") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let session = pingyi::export::fixture::town();
    let file = temp_meeting(dir.path(), "town.json", &session);
    let (out, layout_path) = (dir.path().join("b.pdf"), dir.path().join("b.json"));
    print(&file, &out, &layout_path, &["-n", "3", "--paper", "16k"]);

    // Every target, item and grade is there in Chinese.
    let words = pdftotext(&out);
    let round = &session.rounds[0];
    for t in &round.targets {
        assert!(words.contains(&t.name), "{}", t.name);
    }
    for i in &round.items {
        assert!(words.contains(&i.name), "{}", i.name);
        for g in &i.scale.grades {
            assert!(words.contains(&g.label), "{}", g.label);
        }
    }
    assert!(words.contains("在相应等次栏内划"));
    let layout: BallotLayout =
        serde_json::from_slice(&std::fs::read(&layout_path).unwrap()).unwrap();
    assert_eq!(layout.page_count(), 1, "the town form fits one page");
    assert_eq!(pdf_pages(&out), 3);

    // The serials went into the meeting file, and each page's code names one of them.
    let after = pingyi::store::load(&file).unwrap();
    let printed: Vec<&str> = after.rounds[0].printed_serials().collect();
    assert_eq!(printed.len(), 3);
    for page in 1..=3 {
        let g = render(&out, page, 200);
        let codes = qr_codes(&g);
        assert_eq!(codes.len(), 2, "two codes on page {page}");
        let p = PagePayload::parse(&codes[0].0).unwrap();
        assert_eq!(codes[0].0, codes[1].0, "both codes say the same");
        assert_eq!(p.meeting, meeting_id(&session));
        assert_eq!(p.round, round.id);
        assert_eq!(p.fingerprint, fingerprint(round));
        assert_eq!((p.page, p.pages), (1, 1));
        let serial = p.serial.unwrap();
        assert_eq!(serial, printed[page - 1]);
        assert!(words.contains(&serial), "the serial in plain digits");
        if page == 1 {
            geometry_matches(&g, &layout, &codes);
        }
    }
}

/// The squares' centres, the codes' corners and every box's centre on the rendered page lie
/// within half a millimetre of the layout.
fn geometry_matches(g: &Gray, layout: &BallotLayout, codes: &[(String, [(f32, f32); 4])]) {
    let page = &layout.pages[0];
    for sq in &page.squares {
        let r = sq.rect;
        let (cx, cy, n) = g
            .dark_centroid(r.x - 1.0, r.y - 1.0, r.w + 2.0, r.h + 2.0)
            .unwrap();
        let (ex, ey) = r.center();
        assert!(
            n as f32 > 0.8 * r.w * r.h * g.px_per_mm().powi(2),
            "a solid square"
        );
        assert!(
            (cx - ex).abs() < TOLERANCE_MM && (cy - ey).abs() < TOLERANCE_MM,
            "square {sq:?} at {cx},{cy}"
        );
    }
    for q in &page.qr {
        // The decoder reports a symbol's corners up to a module out; its centre is exact.
        let (ex, ey) = q.center();
        let found = codes.iter().any(|(_, c)| {
            let cx = c.iter().map(|p| p.0).sum::<f32>() / 4.0;
            let cy = c.iter().map(|p| p.1).sum::<f32>() / 4.0;
            let side = (c[1].0 - c[0].0).abs();
            (cx - ex).abs() < TOLERANCE_MM
                && (cy - ey).abs() < TOLERANCE_MM
                && (side - q.w).abs() < 1.0
        });
        assert!(found, "a code at {q:?}: {codes:?}");
    }
    for b in &page.boxes {
        let r = b.rect;
        // The box's own outline only: its cell's lines are a millimetre further out.
        let (cx, cy, n) = g
            .dark_centroid(r.x - 0.5, r.y - 0.5, r.w + 1.0, r.h + 1.0)
            .unwrap();
        let (ex, ey) = r.center();
        assert!(
            n as f32 > 2.0 * r.w * g.px_per_mm(),
            "an outline round box {b:?}"
        );
        assert!(
            (cx - ex).abs() < TOLERANCE_MM && (cy - ey).abs() < TOLERANCE_MM,
            "box {b:?} at {cx},{cy}"
        );
        // Its inside is blank paper.
        let inner = g.dark_centroid(r.x + 1.0, r.y + 1.0, r.w - 2.0, r.h - 2.0);
        assert!(inner.is_none(), "ink inside box {b:?}");
    }
}

#[test]
fn no_serial_ballots_are_identical_and_leave_the_meeting_file_alone() {
    if !have_font() || !have("pdftoppm") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = temp_meeting(dir.path(), "town.json", &pingyi::export::fixture::town());
    let before = std::fs::read(&file).unwrap();
    let (out, layout) = (dir.path().join("b.pdf"), dir.path().join("b.json"));
    print(&file, &out, &layout, &["-n", "2", "--no-serial"]);
    assert_eq!(std::fs::read(&file).unwrap(), before, "nothing recorded");
    let a = render(&out, 1, 100);
    let b = render(&out, 2, 100);
    assert_eq!(a.px, b.px, "identical pages");
    let codes = qr_codes(&render(&out, 1, 200));
    let p = PagePayload::parse(&codes[0].0).unwrap();
    assert_eq!(p.serial, None);
}

/// Ballots of (targets, paper) and the pages each takes: the layout, the PDF and every code
/// agree, and each page stands alone (squares, two codes, its own k/N).
fn pages_of(
    session: &pingyi::model::Session,
    round: u32,
    paper: &str,
    count: usize,
) -> (u32, usize) {
    let dir = tempfile::tempdir().unwrap();
    let file = temp_meeting(dir.path(), "m.json", session);
    let (out, layout_path) = (dir.path().join("b.pdf"), dir.path().join("b.json"));
    let o = pingyi(&[
        "print",
        "ballots",
        &p(&file),
        "--round",
        &round.to_string(),
        "-n",
        &count.to_string(),
        "--paper",
        paper,
        "-o",
        &p(&out),
        "--layout",
        &p(&layout_path),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let layout: BallotLayout =
        serde_json::from_slice(&std::fs::read(&layout_path).unwrap()).unwrap();
    let n = layout.page_count();
    let pdf = pdf_pages(&out);
    assert_eq!(pdf, n as usize * count);
    // The last page of the last ballot names itself N of N.
    let codes = qr_codes(&render(&out, pdf, 200));
    let last = PagePayload::parse(&codes[0].0).unwrap();
    assert_eq!((last.page, last.pages), (n, n));
    (n, pdf)
}

#[test]
fn page_counts_of_the_town_member_and_large_forms_on_16k_and_a4() {
    if !have_font() || !have("pdfinfo") {
        return;
    }
    let town = pingyi::export::fixture::town();
    assert_eq!(town.rounds[0].cells_per_ballot(), 8, "1 target × 8 items");
    assert_eq!(pages_of(&town, 1, "16k", 1).0, 1);
    assert_eq!(pages_of(&town, 1, "a4", 1).0, 1);

    let oil = pingyi::demo::oilfield();
    let members = oil.rounds.iter().find(|r| r.targets.len() == 51).unwrap();
    let (k16, _) = pages_of(&oil, members.id, "16k", 2);
    let (a4, _) = pages_of(&oil, members.id, "a4", 2);
    assert_eq!(
        (k16, a4),
        (2, 2),
        "51 members on three items: one band, two runs of rows"
    );

    let large = pingyi::demo::large::large().unwrap();
    let big = large
        .rounds
        .iter()
        .find(|r| (r.targets.len(), r.items.len()) == (60, 8))
        .unwrap();
    let (k16, _) = pages_of(&large, big.id, "16k", 1);
    let (a4, _) = pages_of(&large, big.id, "a4", 1);
    // 25 grade columns: one band across A4 at 6.5 mm, two on 16K; 28 and 24 rows a page.
    assert_eq!((k16, a4), (6, 3), "60 × 8 on 16K and A4");
}
