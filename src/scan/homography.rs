//! The perspective map from the page (millimetres) to the image (pixels), fixed by the four
//! registration squares: eight unknowns, eight equations, solved by Gaussian elimination. A
//! scanner's page is the special case with no perspective; a phone photo needs all eight.

/// `(x, y) ↦ ((a x + b y + c) / (g x + h y + 1), (d x + e y + f) / (g x + h y + 1))`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Homography {
    p: [f64; 8],
}

impl Homography {
    /// The map that sends each `from[i]` onto `to[i]`; `None` when three points lie on a line.
    pub fn from_points(from: &[(f64, f64); 4], to: &[(f64, f64); 4]) -> Option<Homography> {
        let mut m = [[0.0f64; 9]; 8];
        for i in 0..4 {
            let ((x, y), (u, v)) = (from[i], to[i]);
            m[2 * i] = [x, y, 1.0, 0.0, 0.0, 0.0, -u * x, -u * y, u];
            m[2 * i + 1] = [0.0, 0.0, 0.0, x, y, 1.0, -v * x, -v * y, v];
        }
        solve(&mut m).map(|p| Homography { p })
    }

    pub fn map(&self, x: f64, y: f64) -> (f64, f64) {
        let p = &self.p;
        let w = p[6] * x + p[7] * y + 1.0;
        let w = if w.abs() < 1e-12 { 1e-12 } else { w };
        (
            (p[0] * x + p[1] * y + p[2]) / w,
            (p[3] * x + p[4] * y + p[5]) / w,
        )
    }

    /// Pixels per millimetre near page point (x, y): the mean stretch of a small step.
    pub fn scale_at(&self, x: f64, y: f64) -> f64 {
        let (x0, y0) = self.map(x, y);
        let (x1, y1) = self.map(x + 1.0, y);
        let (x2, y2) = self.map(x, y + 1.0);
        ((x1 - x0).hypot(y1 - y0) + (x2 - x0).hypot(y2 - y0)) / 2.0
    }
}

/// Gaussian elimination with partial pivoting on an 8×9 augmented matrix.
fn solve(m: &mut [[f64; 9]; 8]) -> Option<[f64; 8]> {
    for col in 0..8 {
        let pivot = (col..8).max_by(|&a, &b| m[a][col].abs().total_cmp(&m[b][col].abs()))?;
        if m[pivot][col].abs() < 1e-12 {
            return None;
        }
        m.swap(col, pivot);
        for row in 0..8 {
            if row != col {
                let f = m[row][col] / m[col][col];
                if f != 0.0 {
                    let pivot_row = m[col];
                    for (a, b) in m[row].iter_mut().zip(pivot_row.iter()).skip(col) {
                        *a -= f * b;
                    }
                }
            }
        }
    }
    let mut out = [0.0; 8];
    for (i, o) in out.iter_mut().enumerate() {
        *o = m[i][8] / m[i][i];
    }
    out.iter().all(|v| v.is_finite()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_the_four_points_and_keeps_lines_straight() {
        let from = [(0.0, 0.0), (200.0, 0.0), (200.0, 280.0), (0.0, 280.0)];
        let to = [
            (10.0, 20.0),
            (1900.0, 60.0),
            (1800.0, 2700.0),
            (40.0, 2600.0),
        ];
        let h = Homography::from_points(&from, &to).expect("solvable");
        for (f, t) in from.iter().zip(&to) {
            let (u, v) = h.map(f.0, f.1);
            assert!((u - t.0).abs() < 1e-6 && (v - t.1).abs() < 1e-6);
        }
        let (a, b, c) = (h.map(0.0, 0.0), h.map(100.0, 140.0), h.map(200.0, 280.0));
        let cross = (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0);
        assert!(cross.abs() < 1e-3 * 2700.0 * 1900.0);
    }

    #[test]
    fn three_points_on_a_line_have_no_map() {
        let from = [(0.0, 0.0), (1.0, 1.0), (2.0, 2.0), (0.0, 5.0)];
        assert!(Homography::from_points(&from, &from).is_none());
    }
}
