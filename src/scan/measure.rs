//! Measuring one box: how much of its inside is ink, how dark that ink is, how far it spreads,
//! and how much ink lies on the paper just around it, all against the paper level read from that
//! ring (so a shadow or a lighting gradient darkens paper and ink alike and cancels out).

use super::gray::{Gray, darkness};
use super::homography::Homography;
use super::sheet::RectMm;

/// Ink darker than this (against the paper around) is ink; lighter is paper, noise or JPEG.
const INK: f64 = 0.38;
/// How far in from the printed outline the inside starts (mm): clears the outline itself, its
/// blur and a scanner's misregistration.
const INSET_MM: f64 = 0.75;
/// Smoothed darkness above this is something on the paper, however faint (pencil).
const FAINT: f64 = 0.1;
/// The ring of paper around the box (mm from its outline): inside its table cell, whose own
/// outline and the grade's label start 1 mm out.
const RING_FROM_MM: f64 = 0.35;
const RING_TO_MM: f64 = 0.8;

/// What was measured in one box.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct BoxMeasure {
    /// Share of the inside that is ink (0–1).
    pub cover: f64,
    /// Mean darkness of the inside (0 paper – 1 black): the figure kept in the meeting file.
    pub darkness: f64,
    /// Darkness of the darkest few percent of the inside: pen against pencil.
    pub ink: f64,
    /// Share of the inside that is darker than paper at all, after 3×3 smoothing (so noise is
    /// not counted): faint pencil.
    pub faint: f64,
    /// How far the ink spreads across the inside (0–1, the larger of width and height).
    pub extent: f64,
    /// Share of the ring around the box that is ink: strokes running out of the box.
    pub ring: f64,
    /// Darkness of the darkest few percent of the ring: the paper's own speckle (noise, JPEG),
    /// which the inside must exceed before anything is there.
    pub ring_ink: f64,
}

/// Measures `rect` (page mm) on `img` through `h`.
pub fn measure(img: &Gray, h: &Homography, rect: &RectMm) -> BoxMeasure {
    let c = rect.centre();
    let scale = h.scale_at(c.x, c.y).max(0.5);
    let outer = rect.grown(RING_TO_MM);
    let ring_in = rect.grown(RING_FROM_MM);
    let ring = ring_samples(img, h, &outer, &ring_in, scale);
    let paper = percentile(&ring, 0.5).max(40.0);
    let ring_cover = fraction(&ring, |v| darkness(v, paper) > INK);
    let ring_dark: Vec<f64> = ring.iter().map(|&v| darkness(v, paper)).collect();
    let ring_ink = percentile(&ring_dark, 0.97);

    let inner = rect.grown(-INSET_MM);
    let n = ((inner.w.max(inner.h) * scale) as usize).clamp(6, 36);
    let (mut sum, mut inked) = (0.0, 0usize);
    let mut dark = Vec::with_capacity(n * n);
    let (mut x0, mut x1, mut y0, mut y1) = (n, 0, n, 0);
    for j in 0..n {
        for i in 0..n {
            let x = inner.x + inner.w * (i as f64 + 0.5) / n as f64;
            let y = inner.y + inner.h * (j as f64 + 0.5) / n as f64;
            let (px, py) = h.map(x, y);
            let d = darkness(img.sample(px, py), paper);
            sum += d;
            if d > INK {
                inked += 1;
                (x0, x1, y0, y1) = (x0.min(i), x1.max(i), y0.min(j), y1.max(j));
            }
            dark.push(d);
        }
    }
    let total = (n * n) as f64;
    let faint = smoothed_over(&dark, n, FAINT) as f64 / total;
    let extent = if inked == 0 {
        0.0
    } else {
        ((x1 - x0 + 1).max(y1 - y0 + 1)) as f64 / n as f64
    };
    BoxMeasure {
        cover: inked as f64 / total,
        darkness: sum / total,
        ink: percentile(&dark, 0.97),
        faint,
        extent,
        ring: ring_cover,
        ring_ink,
    }
}

/// How many cells of an n×n grid have a 3×3 mean above `t`.
fn smoothed_over(d: &[f64], n: usize, t: f64) -> usize {
    let mut count = 0;
    for j in 0..n {
        for i in 0..n {
            let (mut s, mut k) = (0.0, 0.0);
            for y in j.saturating_sub(1)..(j + 2).min(n) {
                for x in i.saturating_sub(1)..(i + 2).min(n) {
                    s += d[y * n + x];
                    k += 1.0;
                }
            }
            if s / k > t {
                count += 1;
            }
        }
    }
    count
}

/// Grey values on a grid over `outer` outside `hole`, about one per pixel up to 32 a side.
fn ring_samples(img: &Gray, h: &Homography, outer: &RectMm, hole: &RectMm, scale: f64) -> Vec<f64> {
    let n = ((outer.w.max(outer.h) * scale) as usize).clamp(8, 32);
    let mut out = Vec::with_capacity(n * n);
    for j in 0..n {
        for i in 0..n {
            let x = outer.x + outer.w * (i as f64 + 0.5) / n as f64;
            let y = outer.y + outer.h * (j as f64 + 0.5) / n as f64;
            let inside = x > hole.x && x < hole.x + hole.w && y > hole.y && y < hole.y + hole.h;
            if !inside {
                let (px, py) = h.map(x, y);
                out.push(img.sample(px, py));
            }
        }
    }
    out
}

/// The `q` quantile (0–1) of `v`, 0 for an empty slice.
fn percentile(v: &[f64], q: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    let mut s = v.to_vec();
    let k = (((s.len() - 1) as f64) * q).round() as usize;
    let (_, m, _) = s.select_nth_unstable_by(k, f64::total_cmp);
    *m
}

fn fraction(v: &[f64], f: impl Fn(f64) -> bool) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.iter().filter(|&&x| f(x)).count() as f64 / v.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_box_and_a_filled_one() {
        // 10 px per mm, a 5 mm box at (10, 10) mm with a thin outline.
        let mut g = Gray::filled(300, 300, 230);
        for i in 100..=150 {
            for (x, y) in [(i, 100), (i, 150), (100, i), (150, i)] {
                g.px[y * 300 + x] = 20;
            }
        }
        let h = Homography::from_points(
            &[(0.0, 0.0), (30.0, 0.0), (30.0, 30.0), (0.0, 30.0)],
            &[(0.0, 0.0), (300.0, 0.0), (300.0, 300.0), (0.0, 300.0)],
        )
        .expect("map");
        let rect = RectMm {
            x: 10.0,
            y: 10.0,
            w: 5.0,
            h: 5.0,
        };
        let empty = measure(&g, &h, &rect);
        assert!(empty.cover < 0.01 && empty.ring < 0.01, "{empty:?}");
        for y in 100..150 {
            for x in 100..150 {
                g.px[y * 300 + x] = 30;
            }
        }
        let full = measure(&g, &h, &rect);
        assert!(
            full.cover > 0.95 && full.ink > 0.8 && full.extent > 0.95,
            "{full:?}"
        );
    }
}
