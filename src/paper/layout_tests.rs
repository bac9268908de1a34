use super::*;

/// A form of `targets` × `items` (the demo's measuring form: the organisation form's items,
/// alternating 好/较好/一般/差 and 满意/基本满意/不满意), as round 3.
pub(crate) fn form(targets: usize, items: usize) -> BallotRound {
    let mut r = crate::demo::forms::form(targets, items);
    r.id = 3;
    r
}

/// Every target × item × grade has exactly one box, on one page; boxes stay inside their table,
/// off the squares, codes and text, clear of each other, on the page.
fn check(l: &BallotLayout, r: &BallotRound) {
    let page = Rect::new(0.0, 0.0, l.width_mm, l.height_mm);
    let mut seen = std::collections::HashSet::new();
    for p in &l.pages {
        assert_eq!(p.squares.iter().filter(|s| s.odd).count(), 1);
        let fixed: Vec<Rect> = p
            .squares
            .iter()
            .map(|s| s.rect)
            .chain(p.qr.iter().copied())
            .chain(p.serial_text.iter().copied())
            .chain([p.title, p.header_line, p.instructions, p.footer])
            .collect();
        for (i, a) in fixed.iter().enumerate() {
            assert!(page.contains(a), "{a:?} off the page");
            for b in &fixed[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
            }
            assert!(!a.overlaps(&p.table), "{a:?} overlaps the table");
        }
        for (i, b) in p.boxes.iter().enumerate() {
            assert!(p.table.contains(&b.rect), "box off its table");
            assert!(seen.insert((b.target, b.item, b.grade)), "box twice");
            assert_eq!(r.targets[b.target].id, b.target_id);
            assert_eq!(r.items[b.item].id, b.item_id);
            for o in &p.boxes[i + 1..] {
                assert!(!b.rect.overlaps(&o.rect), "boxes overlap");
            }
            assert!((b.rect.w - BOX_MM).abs() < 1e-4 && (b.rect.h - BOX_MM).abs() < 1e-4);
        }
    }
    let all: usize = r
        .items
        .iter()
        .map(|i| i.scale.grades.len() * r.targets.len())
        .sum();
    assert_eq!(seen.len(), all, "every box once");
}

fn pages(targets: usize, paper: Paper) -> (u32, BallotLayout, BallotRound) {
    let r = form(targets, 8);
    let l = plan(&r, paper).unwrap();
    check(&l, &r);
    (l.page_count(), l, r)
}

#[test]
fn the_town_form_fits_one_page_on_every_paper() {
    for paper in Paper::ALL {
        let (n, l, _) = pages(1, paper);
        assert_eq!(n, 1, "{paper:?}");
        assert_eq!(l.arrangement, Arrangement::ItemsAsRows);
        assert_eq!((l.width_mm, l.height_mm), paper.size_mm());
    }
}

#[test]
fn a_member_form_of_51_targets_runs_over_pages_that_each_stand_alone() {
    // 28 grade columns do not fit across at 7 mm: two bands of items, and 51 rows run over pages.
    let (k16, l, _) = pages(51, Paper::K16);
    assert_eq!(k16, 6, "24 rows a page on 16K: 3 runs × 2 bands");
    let (a4, _, _) = pages(51, Paper::A4);
    assert_eq!(a4, 4, "28 rows a page on A4: 2 runs × 2 bands");
    for p in &l.pages {
        assert_eq!(p.qr.len(), 2);
        assert_eq!(p.squares.len(), 4);
        assert!(!p.boxes.is_empty());
    }
}

#[test]
fn the_large_meetings_60_by_8_form() {
    let (k16, _, _) = pages(60, Paper::K16);
    let (a4, _, _) = pages(60, Paper::A4);
    let (b5, _, _) = pages(60, Paper::B5);
    assert_eq!((k16, a4, b5), (6, 6, 6));
}

#[test]
fn boxes_lie_on_a_fixed_grid() {
    let (_, l, _) = pages(10, Paper::K16);
    assert_eq!(l.arrangement, Arrangement::TargetsAsRows);
    let p = &l.pages[0];
    let rows: std::collections::BTreeSet<i64> =
        p.boxes.iter().map(|b| (b.rect.y * 1000.0) as i64).collect();
    let ys: Vec<i64> = rows.into_iter().collect();
    for w in ys.windows(2) {
        assert_eq!(w[1] - w[0], (ROW_MM * 1000.0) as i64);
    }
}

#[test]
fn the_odd_square_is_top_left_and_larger() {
    let (_, l, _) = pages(1, Paper::A4);
    let sq = &l.pages[0].squares;
    let odd = sq.iter().find(|s| s.odd).unwrap();
    assert_eq!(odd.corner, Corner::TopLeft);
    assert!(sq.iter().filter(|s| !s.odd).all(|s| s.rect.w < odd.rect.w));
}

#[test]
fn forms_without_targets_items_or_grades_are_refused() {
    assert_eq!(plan(&form(0, 2), Paper::A4), Err(LayoutError::NoTargets));
    assert_eq!(plan(&form(2, 0), Paper::A4), Err(LayoutError::NoItems));
    let mut r = form(1, 1);
    r.items[0].scale.grades.clear();
    assert!(matches!(plan(&r, Paper::A4), Err(LayoutError::NoGrades(_))));
}

#[test]
fn the_layout_reads_back_from_json() {
    let (_, l, _) = pages(3, Paper::K16);
    let json = serde_json::to_string(&l).unwrap();
    assert!(json.contains("\"paper\":\"16k\"") && json.contains("\"units\":\"mm\""));
    let back: BallotLayout = serde_json::from_str(&json).unwrap();
    assert_eq!(back, l);
    assert_eq!(Paper::parse("16K"), Some(Paper::K16));
    assert_eq!(Paper::parse("a5"), None);
}
