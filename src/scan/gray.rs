//! A greyscale page in memory and the cheap operations the reader needs on it: a reduced copy
//! for finding the registration squares, and that copy's paper level (a map of local white), so
//! uneven light from a phone or a scanner lid left open does not read as ink.

/// An 8-bit greyscale image, row by row (0 black, 255 white).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gray {
    pub w: usize,
    pub h: usize,
    pub px: Vec<u8>,
}

impl Gray {
    /// A page of one colour.
    pub fn filled(w: usize, h: usize, v: u8) -> Gray {
        Gray {
            w,
            h,
            px: vec![v; w.saturating_mul(h)],
        }
    }

    pub fn from_luma(img: image::GrayImage) -> Gray {
        let (w, h) = (img.width() as usize, img.height() as usize);
        Gray {
            w,
            h,
            px: img.into_raw(),
        }
    }

    pub fn to_luma(&self) -> Option<image::GrayImage> {
        image::GrayImage::from_raw(
            u32::try_from(self.w).ok()?,
            u32::try_from(self.h).ok()?,
            self.px.clone(),
        )
    }

    #[inline]
    pub fn get(&self, x: usize, y: usize) -> u8 {
        self.px[y * self.w + x]
    }

    /// The pixel nearest to (x, y), white outside the image (a page's edge reads as paper).
    #[inline]
    pub fn at(&self, x: f64, y: f64) -> u8 {
        if x < 0.0 || y < 0.0 {
            return 255;
        }
        let (xi, yi) = (x as usize, y as usize);
        if xi >= self.w || yi >= self.h {
            return 255;
        }
        self.px[yi * self.w + xi]
    }

    /// Bilinear sample, white outside.
    pub fn sample(&self, x: f64, y: f64) -> f64 {
        let (x0, y0) = (x.floor(), y.floor());
        let (fx, fy) = (x - x0, y - y0);
        let p = |dx: f64, dy: f64| f64::from(self.at(x0 + dx, y0 + dy));
        let top = p(0.0, 0.0) * (1.0 - fx) + p(1.0, 0.0) * fx;
        let bottom = p(0.0, 1.0) * (1.0 - fx) + p(1.0, 1.0) * fx;
        top * (1.0 - fy) + bottom * fy
    }

    /// A copy `f` times smaller, each pixel the mean of an f×f block.
    pub fn reduced(&self, f: usize) -> Gray {
        let f = f.max(1);
        let (w, h) = (self.w / f, self.h / f);
        let mut acc = vec![0u32; w];
        let mut out = Vec::with_capacity(w * h);
        for by in 0..h {
            acc.iter_mut().for_each(|a| *a = 0);
            for y in by * f..by * f + f {
                let row = &self.px[y * self.w..y * self.w + w * f];
                for (a, chunk) in acc.iter_mut().zip(row.chunks_exact(f)) {
                    *a += chunk.iter().map(|&v| u32::from(v)).sum::<u32>();
                }
            }
            let n = u32::try_from(f * f).unwrap_or(u32::MAX);
            out.extend(acc.iter().map(|&a| (a / n) as u8));
        }
        Gray { w, h, px: out }
    }

    /// Whether the image is black and white only (a scanner's B/W mode), judged on a sample of
    /// its pixels: such a scan may have lost a faint pencil mark before anyone reads it.
    pub fn is_black_and_white(&self) -> bool {
        !self.px.is_empty() && self.px.iter().step_by(97).all(|&v| v <= 8 || v >= 247)
    }

    /// The image turned half a turn (a page fed upside down).
    pub fn rotated_180(&self) -> Gray {
        let mut px = self.px.clone();
        px.reverse();
        Gray {
            w: self.w,
            h: self.h,
            px,
        }
    }
}

/// The local paper level of an image: for each block, the brightest values around it, so that a
/// pixel's darkness is read against the paper near it rather than against one global white.
#[derive(Debug, Clone)]
pub struct PaperLevel {
    block: usize,
    bw: usize,
    bh: usize,
    level: Vec<f64>,
}

impl PaperLevel {
    /// Blocks of `block` pixels; each block's level is a high percentile of its pixels, then the
    /// brightest of its 3×3 neighbourhood (a solid square or a filled box fills a block: its
    /// neighbours still see paper).
    pub fn of(img: &Gray, block: usize) -> PaperLevel {
        let block = block.max(4);
        let (bw, bh) = (img.w.div_ceil(block).max(1), img.h.div_ceil(block).max(1));
        let mut raw = vec![255.0; bw * bh];
        for by in 0..bh {
            for bx in 0..bw {
                raw[by * bw + bx] = block_level(img, bx * block, by * block, block);
            }
        }
        let mut level = raw.clone();
        for by in 0..bh {
            for bx in 0..bw {
                let mut m: f64 = 0.0;
                for ny in by.saturating_sub(1)..(by + 2).min(bh) {
                    for nx in bx.saturating_sub(1)..(bx + 2).min(bw) {
                        m = m.max(raw[ny * bw + nx]);
                    }
                }
                level[by * bw + bx] = m.max(24.0);
            }
        }
        PaperLevel {
            block,
            bw,
            bh,
            level,
        }
    }

    /// The paper level at pixel (x, y), interpolated between block centres.
    pub fn at(&self, x: f64, y: f64) -> f64 {
        let b = self.block as f64;
        let gx = (x / b - 0.5).clamp(0.0, (self.bw - 1) as f64);
        let gy = (y / b - 0.5).clamp(0.0, (self.bh - 1) as f64);
        let (x0, y0) = (gx.floor() as usize, gy.floor() as usize);
        let (x1, y1) = ((x0 + 1).min(self.bw - 1), (y0 + 1).min(self.bh - 1));
        let (fx, fy) = (gx - x0 as f64, gy - y0 as f64);
        let l = |xx: usize, yy: usize| self.level[yy * self.bw + xx];
        let top = l(x0, y0) * (1.0 - fx) + l(x1, y0) * fx;
        let bottom = l(x0, y1) * (1.0 - fx) + l(x1, y1) * fx;
        top * (1.0 - fy) + bottom * fy
    }
}

/// The 90th-percentile brightness of one block (a few dark specks do not lower it).
fn block_level(img: &Gray, x0: usize, y0: usize, block: usize) -> f64 {
    let mut hist = [0u32; 256];
    let mut n = 0u32;
    for y in y0..(y0 + block).min(img.h) {
        for &v in &img.px[y * img.w + x0..y * img.w + (x0 + block).min(img.w)] {
            hist[usize::from(v)] += 1;
            n += 1;
        }
    }
    let mut seen = 0u32;
    for v in (0..256).rev() {
        seen += hist[v];
        if seen * 10 >= n {
            return v as f64;
        }
    }
    255.0
}

/// Darkness of a value against its paper: 0 paper, 1 black.
#[inline]
pub fn darkness(v: f64, paper: f64) -> f64 {
    (1.0 - v / paper.max(1.0)).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reduced_averages_blocks() {
        let mut g = Gray::filled(4, 4, 200);
        g.px[0] = 0;
        let r = g.reduced(2);
        assert_eq!((r.w, r.h), (2, 2));
        assert_eq!(r.px, vec![150, 200, 200, 200]);
    }

    #[test]
    fn paper_level_follows_a_gradient_and_ignores_a_black_block() {
        let mut g = Gray::filled(64, 64, 0);
        for y in 0..64 {
            for x in 0..64 {
                g.px[y * 64 + x] = (120 + 2 * x) as u8;
            }
        }
        for y in 20..30 {
            for x in 20..30 {
                g.px[y * 64 + x] = 0;
            }
        }
        let p = PaperLevel::of(&g, 8);
        assert!(p.at(25.0, 25.0) > 160.0, "{}", p.at(25.0, 25.0));
        assert!(p.at(2.0, 2.0) < p.at(60.0, 2.0));
    }
}
