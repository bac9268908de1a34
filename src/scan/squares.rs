//! Finding the four registration squares on a reduced copy of the page: dark connected
//! components that are square (by their moments, so any rotation passes), the outermost one
//! towards each corner, checked against each other (similar size, a plausible quadrilateral),
//! and the larger one that says which way up the page is.

use super::gray::{Gray, PaperLevel, darkness};

/// A dark blob that might be a registration square, in reduced-image pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Blob {
    pub cx: f64,
    pub cy: f64,
    pub area: f64,
    /// Area against that of a solid square with the same second moments: 1 for a solid square.
    pub solidity: f64,
}

/// Why the squares were not found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SquaresProblem {
    /// Nothing square and dark enough on the page.
    None,
    /// Three corners hold squares that fit, the fourth none (a torn or folded corner); two or
    /// fewer is no ballot at all.
    Missing(usize),
    /// Four squares, but none stands out as the larger, orientation square.
    NoOrientation,
}

/// The four squares in image order (top-left, top-right, bottom-right, bottom-left of the
/// image) and which of them is the distinct one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Found {
    pub corners: [Blob; 4],
    pub distinct: usize,
}

struct Stats {
    n: f64,
    sx: f64,
    sy: f64,
    sxx: f64,
    syy: f64,
    sxy: f64,
    x0: usize,
    x1: usize,
    y0: usize,
    y1: usize,
}

/// Dark components of the reduced image that are square enough to be registration squares.
pub fn blobs(small: &Gray) -> Vec<Blob> {
    let paper = PaperLevel::of(small, (small.w.max(small.h) / 24).max(8));
    let mut dark = vec![false; small.w * small.h];
    for y in 0..small.h {
        for x in 0..small.w {
            let v = f64::from(small.get(x, y));
            dark[y * small.w + x] = darkness(v, paper.at(x as f64, y as f64)) > 0.45;
        }
    }
    let max_side = small.w.max(small.h) / 8;
    let mut out = Vec::new();
    let mut stack = Vec::new();
    for start in 0..dark.len() {
        if !dark[start] {
            continue;
        }
        let s = flood(&mut dark, small.w, start, &mut stack);
        if s.n < 25.0 || s.x1 - s.x0 > max_side || s.y1 - s.y0 > max_side {
            continue;
        }
        if let Some(b) = square_blob(&s) {
            out.push(b);
        }
    }
    out
}

fn flood(dark: &mut [bool], w: usize, start: usize, stack: &mut Vec<usize>) -> Stats {
    let mut s = Stats {
        n: 0.0,
        sx: 0.0,
        sy: 0.0,
        sxx: 0.0,
        syy: 0.0,
        sxy: 0.0,
        x0: usize::MAX,
        x1: 0,
        y0: usize::MAX,
        y1: 0,
    };
    dark[start] = false;
    stack.push(start);
    let len = dark.len();
    while let Some(i) = stack.pop() {
        let (x, y) = (i % w, i / w);
        let (fx, fy) = (x as f64, y as f64);
        s.n += 1.0;
        s.sx += fx;
        s.sy += fy;
        s.sxx += fx * fx;
        s.syy += fy * fy;
        s.sxy += fx * fy;
        s.x0 = s.x0.min(x);
        s.x1 = s.x1.max(x);
        s.y0 = s.y0.min(y);
        s.y1 = s.y1.max(y);
        let mut push = |j: usize| {
            if dark[j] {
                dark[j] = false;
                stack.push(j);
            }
        };
        if x > 0 {
            push(i - 1);
        }
        if x + 1 < w {
            push(i + 1);
        }
        if i >= w {
            push(i - w);
        }
        if i + w < len {
            push(i + w);
        }
    }
    s
}

/// The blob of a component if its moments are those of a square (solid or with a hole).
fn square_blob(s: &Stats) -> Option<Blob> {
    let (cx, cy) = (s.sx / s.n, s.sy / s.n);
    let vxx = s.sxx / s.n - cx * cx;
    let vyy = s.syy / s.n - cy * cy;
    let vxy = s.sxy / s.n - cx * cy;
    let tr = vxx + vyy;
    let det = vxx * vyy - vxy * vxy;
    let disc = ((tr * tr / 4.0) - det).max(0.0).sqrt();
    let (l1, l2) = (tr / 2.0 + disc, tr / 2.0 - disc);
    if l2 <= 0.0 || l2 / l1 < 0.6 {
        return None;
    }
    let solidity = s.n / (12.0 * (l1 * l2).sqrt());
    let bbox = ((s.x1 - s.x0 + 1) * (s.y1 - s.y0 + 1)) as f64;
    if !(0.75..=1.3).contains(&solidity) || s.n / bbox < 0.45 {
        return None;
    }
    Some(Blob {
        cx,
        cy,
        area: s.n,
        solidity,
    })
}

/// The outermost square-like blob towards each image corner, checked as a set.
pub fn find(blobs: &[Blob], w: usize, h: usize) -> Result<Found, SquaresProblem> {
    if blobs.is_empty() {
        return Err(SquaresProblem::None);
    }
    let dirs = [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)];
    let (wf, hf) = (w as f64, h as f64);
    let mut picks = [blobs[0]; 4];
    for (k, (dx, dy)) in dirs.iter().enumerate() {
        let score = |b: &Blob| dx * b.cx / wf + dy * b.cy / hf;
        if let Some(b) = blobs.iter().max_by(|a, b| score(a).total_cmp(&score(b))) {
            picks[k] = *b;
        }
    }
    let fitting = fitting_corners(&picks, wf, hf);
    if fitting < 4 {
        return Err(if fitting <= 2 {
            SquaresProblem::None
        } else {
            SquaresProblem::Missing(fitting)
        });
    }
    let distinct = distinct_of(&picks).ok_or(SquaresProblem::NoOrientation)?;
    Ok(Found {
        corners: picks,
        distinct,
    })
}

/// How many of the four picks agree: sizes near the median (the odd square up to three times
/// it), each in its own quarter of the image, the quadrilateral's sides not wildly unequal.
fn fitting_corners(p: &[Blob; 4], w: f64, h: f64) -> usize {
    let mut areas: Vec<f64> = p.iter().map(|b| b.area).collect();
    areas.sort_by(f64::total_cmp);
    let median = (areas[1] + areas[2]) / 2.0;
    let quarter = |k: usize, b: &Blob| {
        let left = b.cx < w / 2.0;
        let top = b.cy < h / 2.0;
        matches!(
            (k, left, top),
            (0, true, true) | (1, false, true) | (2, false, false) | (3, true, false)
        )
    };
    let mut ok = [false; 4];
    for k in 0..4 {
        let ratio = p[k].area / median;
        ok[k] = (0.55..=3.2).contains(&ratio) && quarter(k, &p[k]);
    }
    let good = ok.iter().filter(|&&o| o).count();
    if good < 4 {
        return good;
    }
    let d = |a: &Blob, b: &Blob| (a.cx - b.cx).hypot(a.cy - b.cy);
    let sides = [
        d(&p[0], &p[1]),
        d(&p[1], &p[2]),
        d(&p[2], &p[3]),
        d(&p[3], &p[0]),
    ];
    let side = median.sqrt();
    let balanced = sides[0] / sides[2] < 1.8
        && sides[2] / sides[0] < 1.8
        && sides[1] / sides[3] < 1.8
        && sides[3] / sides[1] < 1.8;
    if balanced && sides.iter().all(|&s| s > 4.0 * side) {
        4
    } else {
        3
    }
}

/// The blob clearly larger than the other three (the odd square: 9 mm against 6, 2.25 times
/// the area), none if no one stands out. Each area is taken against the two sides of the
/// quadrilateral meeting at its corner, so a tilted photo's far squares, which look smaller,
/// are judged at their own scale.
fn distinct_of(p: &[Blob; 4]) -> Option<usize> {
    let d = |a: &Blob, b: &Blob| (a.cx - b.cx).hypot(a.cy - b.cy).max(1.0);
    let norm: Vec<f64> = (0..4)
        .map(|k| p[k].area / (d(&p[k], &p[(k + 1) % 4]) * d(&p[k], &p[(k + 3) % 4])))
        .collect();
    let (k, big) = norm.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1))?;
    let next = norm
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != k)
        .map(|(_, a)| *a)
        .fold(0.0, f64::max);
    (*big > 1.5 * next).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(g: &mut Gray, x: usize, y: usize, s: usize) {
        for yy in y..y + s {
            for xx in x..x + s {
                g.px[yy * g.w + xx] = 0;
            }
        }
    }

    #[test]
    fn finds_four_squares_and_the_larger_one() {
        let mut g = Gray::filled(400, 560, 240);
        square(&mut g, 16, 16, 24);
        square(&mut g, 364, 20, 16);
        square(&mut g, 364, 524, 16);
        square(&mut g, 20, 524, 16);
        square(&mut g, 200, 300, 10);
        let found = find(&blobs(&g), g.w, g.h).expect("found");
        assert_eq!(found.distinct, 0);
        assert!((found.corners[2].cx - 371.5).abs() < 0.5);
        let turned = g.rotated_180();
        let found = find(&blobs(&turned), g.w, g.h).expect("found turned");
        assert_eq!(found.distinct, 2);
    }

    #[test]
    fn a_torn_corner_leaves_three() {
        let mut g = Gray::filled(400, 560, 240);
        square(&mut g, 16, 16, 24);
        square(&mut g, 364, 20, 16);
        square(&mut g, 20, 524, 16);
        square(&mut g, 300, 400, 6);
        assert_eq!(find(&blobs(&g), g.w, g.h), Err(SquaresProblem::Missing(3)));
        assert_eq!(
            find(&blobs(&Gray::filled(50, 50, 250)), 50, 50),
            Err(SquaresProblem::None)
        );
    }
}
