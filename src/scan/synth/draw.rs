//! Drawing on a page raster in millimetres: filled rectangles, anti-aliased pen strokes and
//! dots, and the printed page itself (squares, box outlines, QR codes, a few lines of "text"),
//! straight from the sheet's geometry.

use crate::scan::gray::Gray;
use crate::scan::sheet::{RectMm, Sheet};

/// A page being drawn: the raster and its pixels per millimetre.
pub struct Canvas {
    pub img: Gray,
    pub px_per_mm: f64,
}

impl Canvas {
    /// A blank page of `sheet` at `dpi`, paper of grey `paper`.
    pub fn page(sheet: &Sheet, dpi: f64, paper: u8) -> Canvas {
        let px_per_mm = dpi / 25.4;
        let w = (sheet.width * px_per_mm).round() as usize;
        let h = (sheet.height * px_per_mm).round() as usize;
        Canvas {
            img: Gray::filled(w, h, paper),
            px_per_mm,
        }
    }

    /// Fills a page rectangle with grey `v` (pixels whose centre lies inside).
    pub fn fill(&mut self, r: &RectMm, v: u8) {
        let s = self.px_per_mm;
        let x0 = (r.x * s).round().max(0.0) as usize;
        let y0 = (r.y * s).round().max(0.0) as usize;
        let x1 = (((r.x + r.w) * s).round().max(0.0) as usize).min(self.img.w);
        let y1 = (((r.y + r.h) * s).round().max(0.0) as usize).min(self.img.h);
        for y in y0..y1 {
            for x in x0..x1 {
                self.img.px[y * self.img.w + x] = v;
            }
        }
    }

    /// An outline of `width` mm just inside `r`.
    pub fn outline(&mut self, r: &RectMm, width: f64, v: u8) {
        self.fill(&RectMm { h: width, ..*r }, v);
        self.fill(
            &RectMm {
                y: r.y + r.h - width,
                h: width,
                ..*r
            },
            v,
        );
        self.fill(&RectMm { w: width, ..*r }, v);
        self.fill(
            &RectMm {
                x: r.x + r.w - width,
                w: width,
                ..*r
            },
            v,
        );
    }

    /// A pen stroke from `a` to `b` (mm), `width` mm wide, ink grey `ink`, anti-aliased; ink only
    /// darkens (a second stroke over the first does not lighten it).
    pub fn stroke(&mut self, a: (f64, f64), b: (f64, f64), width: f64, ink: u8) {
        let s = self.px_per_mm;
        let (ax, ay, bx, by) = (a.0 * s, a.1 * s, b.0 * s, b.1 * s);
        let r = (width * s / 2.0).max(0.5);
        let x0 = (ax.min(bx) - r - 1.0).max(0.0) as usize;
        let y0 = (ay.min(by) - r - 1.0).max(0.0) as usize;
        let x1 = ((ax.max(bx) + r + 2.0).max(0.0) as usize).min(self.img.w);
        let y1 = ((ay.max(by) + r + 2.0).max(0.0) as usize).min(self.img.h);
        let (dx, dy) = (bx - ax, by - ay);
        let len2 = (dx * dx + dy * dy).max(1e-9);
        for y in y0..y1 {
            for x in x0..x1 {
                let (px, py) = (x as f64 + 0.5, y as f64 + 0.5);
                let t = (((px - ax) * dx + (py - ay) * dy) / len2).clamp(0.0, 1.0);
                let d = (px - ax - t * dx).hypot(py - ay - t * dy);
                let alpha = (r + 0.5 - d).clamp(0.0, 1.0);
                if alpha > 0.0 {
                    self.darken(x, y, ink, alpha);
                }
            }
        }
    }

    /// A polyline of strokes.
    pub fn polyline(&mut self, pts: &[(f64, f64)], width: f64, ink: u8) {
        for w in pts.windows(2) {
            self.stroke(w[0], w[1], width, ink);
        }
    }

    fn darken(&mut self, x: usize, y: usize, ink: u8, alpha: f64) {
        let p = &mut self.img.px[y * self.img.w + x];
        let v = f64::from(*p);
        let target = f64::from(ink).min(v);
        *p = (v - alpha * (v - target)).round() as u8;
    }
}

/// Draws the printed page: registration squares, box outlines, the codes (`modules`: the QR
/// code's dark modules, row by row, `n` a side) and a few bars of header text.
pub fn print_page(c: &mut Canvas, sheet: &Sheet, modules: &[bool], n: usize) {
    for sq in &sheet.squares {
        c.fill(&sq.rect, 0);
    }
    for b in &sheet.boxes {
        c.outline(&b.cell.grown(0.1), 0.2, 70);
        c.outline(&b.rect.grown(0.12), 0.25, 40);
    }
    for l in &sheet.labels {
        // Characters of the label: 2.6 mm glyphs from the label's left, centred in height.
        let y = l.y + l.h / 2.0 - 1.3;
        let mut x = l.x + 0.3;
        while x + 2.6 <= l.x + l.w {
            let glyph = RectMm {
                x,
                y,
                w: 2.6,
                h: 2.6,
            };
            c.outline(&glyph, 0.3, 60);
            c.fill(
                &RectMm {
                    y: y + 1.15,
                    h: 0.3,
                    ..glyph
                },
                60,
            );
            x += 3.0;
        }
    }
    if n > 0 {
        for code in &sheet.codes {
            let m = code.w.min(code.h) / n as f64;
            for (i, &dark) in modules.iter().enumerate() {
                if dark {
                    let (row, col) = (i / n, i % n);
                    c.fill(
                        &RectMm {
                            x: code.x + col as f64 * m,
                            y: code.y + row as f64 * m,
                            w: m,
                            h: m,
                        },
                        10,
                    );
                }
            }
        }
    }
    let top = sheet.squares[0].rect.y + sheet.squares[0].rect.h + 4.0;
    for line in 0..3 {
        let y = top + line as f64 * 6.0;
        let mut x = sheet.width * 0.25;
        while x < sheet.width * 0.7 {
            c.fill(
                &RectMm {
                    x,
                    y,
                    w: 3.5,
                    h: 3.5,
                },
                60,
            );
            x += 4.5;
        }
    }
}
