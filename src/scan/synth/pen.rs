//! Pen marks as people make them, drawn into a box: ticks, crosses, fills, circles, overshoots,
//! faint pencil, blue ink, stray dots, a mark struck out and another made, a fill struck through,
//! two marks. Each item's drawing comes with the reading a careful person would give it.

use super::Rng;
use super::draw::Canvas;
use crate::model::ballot::Mark;
use crate::scan::sheet::RectMm;

/// How an item was filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Gesture {
    Tick,
    Cross,
    Fill,
    Circle,
    Overshoot,
    Blank,
    /// A hard pencil, barely there.
    FaintPencil,
    /// A stray dot in a box of an otherwise blank item.
    StrayDot,
    /// A mark scribbled out, another grade ticked.
    CrossedOut,
    /// A box filled then struck through, another grade ticked.
    StruckFill,
    /// Two grades ticked.
    TwoMarks,
}

impl Gesture {
    /// Marks people make every day: a reader must count them without help.
    pub const ORDINARY: [Gesture; 6] = [
        Gesture::Tick,
        Gesture::Cross,
        Gesture::Fill,
        Gesture::Circle,
        Gesture::Overshoot,
        Gesture::Blank,
    ];
    /// Marks that a person should look at.
    pub const HARD: [Gesture; 5] = [
        Gesture::FaintPencil,
        Gesture::StrayDot,
        Gesture::CrossedOut,
        Gesture::StruckFill,
        Gesture::TwoMarks,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Gesture::Tick => "tick",
            Gesture::Cross => "cross",
            Gesture::Fill => "fill",
            Gesture::Circle => "circle",
            Gesture::Overshoot => "overshoot",
            Gesture::Blank => "blank",
            Gesture::FaintPencil => "faint pencil",
            Gesture::StrayDot => "stray dot",
            Gesture::CrossedOut => "crossed out",
            Gesture::StruckFill => "struck fill",
            Gesture::TwoMarks => "two marks",
        }
    }
}

/// Ink: black or blue ballpoint, as a scanner's grey sees it.
fn pen_ink(rng: &mut Rng) -> u8 {
    if rng.chance(0.35) {
        rng.range(55.0, 95.0) as u8
    } else {
        rng.range(10.0, 45.0) as u8
    }
}

/// Draws `g` into the item whose boxes are `boxes` (grade order); returns the true reading.
pub fn draw_item(c: &mut Canvas, boxes: &[RectMm], g: Gesture, rng: &mut Rng) -> Mark {
    let n = boxes.len();
    if n == 0 {
        return Mark::Blank;
    }
    let pick = rng.below(n);
    let other = (pick + 1 + rng.below(n.saturating_sub(1).max(1))) % n;
    let ink = pen_ink(rng);
    let w = rng.range(0.35, 0.6);
    let grade = |i: usize| Mark::Grade(u8::try_from(i).unwrap_or(0));
    match g {
        Gesture::Tick => tick(c, &boxes[pick], 1.0, w, ink, rng),
        Gesture::Cross => cross(c, &boxes[pick], w, ink, rng),
        Gesture::Fill => fill(c, &boxes[pick], ink, rng),
        Gesture::Circle => circle(c, &boxes[pick], w, ink, rng),
        Gesture::Overshoot => tick(c, &boxes[pick], rng.range(1.25, 1.5), w, ink, rng),
        Gesture::Blank => return Mark::Blank,
        Gesture::FaintPencil => {
            let grey = rng.range(130.0, 180.0) as u8;
            tick(c, &boxes[pick], 1.0, rng.range(0.3, 0.4), grey, rng);
        }
        Gesture::StrayDot => {
            let b = &boxes[pick];
            let (x, y) = (
                b.x + b.w * rng.range(0.3, 0.7),
                b.y + b.h * rng.range(0.3, 0.7),
            );
            let r = rng.range(0.15, 0.35);
            c.stroke((x - r / 2.0, y), (x + r / 2.0, y), r * 2.0, ink);
            return Mark::Blank;
        }
        Gesture::CrossedOut => {
            tick(c, &boxes[pick], 1.0, w, ink, rng);
            scribble(c, &boxes[pick], 0.0, w, ink, rng);
            tick(c, &boxes[other], 1.0, w, ink, rng);
            return grade(other);
        }
        Gesture::StruckFill => {
            fill(c, &boxes[pick], ink, rng);
            let b = boxes[pick].grown(rng.range(1.5, 2.5));
            c.stroke((b.x, b.y), (b.x + b.w, b.y + b.h), w, ink);
            c.stroke((b.x + b.w, b.y), (b.x, b.y + b.h), w, ink);
            tick(c, &boxes[other], 1.0, w, ink, rng);
            return grade(other);
        }
        Gesture::TwoMarks => {
            tick(c, &boxes[pick], 1.0, w, ink, rng);
            tick(c, &boxes[other], 1.0, w, ink, rng);
            return if pick == other {
                grade(pick)
            } else {
                Mark::VoidMark
            };
        }
    }
    grade(pick)
}

/// A point of the box at relative (u, v), jittered by a hand's wobble.
fn at(b: &RectMm, u: f64, v: f64, rng: &mut Rng) -> (f64, f64) {
    let j = b.w * 0.06;
    (
        b.x + b.w * u + rng.range(-j, j),
        b.y + b.h * v + rng.range(-j, j),
    )
}

fn tick(c: &mut Canvas, b: &RectMm, size: f64, w: f64, ink: u8, rng: &mut Rng) {
    let s = size;
    let pts = [
        at(b, 0.5 - 0.32 * s, 0.5 + 0.02 * s, rng),
        at(b, 0.5 - 0.1 * s, 0.5 + 0.28 * s, rng),
        at(b, 0.5 + 0.36 * s, 0.5 - 0.36 * s, rng),
    ];
    c.polyline(&pts, w, ink);
}

fn cross(c: &mut Canvas, b: &RectMm, w: f64, ink: u8, rng: &mut Rng) {
    let (a1, a2) = (at(b, 0.18, 0.18, rng), at(b, 0.82, 0.82, rng));
    let (b1, b2) = (at(b, 0.82, 0.18, rng), at(b, 0.18, 0.82, rng));
    c.stroke(a1, a2, w, ink);
    c.stroke(b1, b2, w, ink);
}

fn circle(c: &mut Canvas, b: &RectMm, w: f64, ink: u8, rng: &mut Rng) {
    let ctr = at(b, 0.5, 0.5, rng);
    let (rx, ry) = (b.w * rng.range(0.25, 0.38), b.h * rng.range(0.25, 0.38));
    let start = rng.range(0.0, std::f64::consts::TAU);
    let pts: Vec<(f64, f64)> = (0..=26)
        .map(|k| {
            let t = start + k as f64 / 24.0 * std::f64::consts::TAU;
            (ctr.0 + rx * t.cos(), ctr.1 + ry * t.sin())
        })
        .collect();
    c.polyline(&pts, w, ink);
}

/// A box filled with back-and-forth strokes, as a pen fills it.
fn fill(c: &mut Canvas, b: &RectMm, ink: u8, rng: &mut Rng) {
    let inner = b.grown(-rng.range(0.1, 0.4));
    let rows = 9;
    let mut pts = Vec::with_capacity(rows * 2);
    for k in 0..=rows {
        let y = inner.y + inner.h * k as f64 / rows as f64;
        let (l, r) = (
            inner.x + rng.range(0.0, 0.3),
            inner.x + inner.w - rng.range(0.0, 0.3),
        );
        if k % 2 == 0 {
            pts.extend([(l, y), (r, y)]);
        } else {
            pts.extend([(r, y), (l, y)]);
        }
    }
    c.polyline(&pts, 0.8, ink);
}

/// Zig-zag strokes over a box (a mark scribbled out), `over` mm beyond its edges.
fn scribble(c: &mut Canvas, b: &RectMm, over: f64, w: f64, ink: u8, rng: &mut Rng) {
    let r = b.grown(over);
    let n = 5;
    let mut pts = Vec::new();
    for k in 0..=n {
        let x = r.x + r.w * k as f64 / n as f64;
        let y = if k % 2 == 0 {
            r.y + rng.range(0.0, 0.5)
        } else {
            r.y + r.h - rng.range(0.0, 0.5)
        };
        pts.push((x, y));
    }
    c.polyline(&pts, w, ink);
}
