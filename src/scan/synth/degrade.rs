//! What scanners and phones do to a page: turn it, scale it, tilt it (perspective), blur it, add
//! noise, light it unevenly, threshold it to black and white, compress it as JPEG.

use super::Rng;
use crate::scan::gray::Gray;
use crate::scan::homography::Homography;

/// One set of degradations, applied in the order of the fields.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Degrade {
    /// Degrees, clockwise.
    pub rotate: f64,
    pub upside_down: bool,
    pub scale: f64,
    /// A phone photo: the page's far edge shrinks by this share (0.3 ≈ 20° of tilt), the page
    /// lies on a darker table with a margin around it.
    pub tilt: f64,
    /// Box-blur radius in pixels (twice, near Gaussian).
    pub blur: usize,
    /// The light falls to this share across the page (1: even).
    pub light: f64,
    /// Noise amplitude in grey levels.
    pub noise: f64,
    /// Black and white at this threshold (a scanner's B/W mode), 0 for greyscale.
    pub threshold: u8,
    /// JPEG quality, 0 for none.
    pub jpeg: u8,
}

impl Degrade {
    pub fn apply(&self, page: &Gray, rng: &mut Rng) -> Gray {
        let mut img = self.warp(page, rng);
        if self.blur > 0 {
            box_blur(&mut img, self.blur);
            box_blur(&mut img, self.blur);
        }
        if self.light > 0.0 && self.light < 1.0 {
            light(&mut img, self.light, rng);
        }
        if self.noise > 0.0 {
            for p in &mut img.px {
                let n = (rng.unit() + rng.unit() - 1.0) * self.noise;
                *p = (f64::from(*p) + n).clamp(0.0, 255.0) as u8;
            }
        }
        if self.threshold > 0 {
            for p in &mut img.px {
                *p = if *p < self.threshold { 0 } else { 255 };
            }
        }
        if self.jpeg > 0 {
            img = jpeg_round_trip(&img, self.jpeg).unwrap_or(img);
        }
        img
    }

    /// Rotation, scale, 180° and perspective in one resampling pass.
    fn warp(&self, page: &Gray, rng: &mut Rng) -> Gray {
        let identity = self.rotate == 0.0 && !self.upside_down && self.tilt == 0.0;
        if identity && (self.scale == 0.0 || self.scale == 1.0) {
            return page.clone();
        }
        let (w, h) = (page.w as f64, page.h as f64);
        let margin = if self.tilt > 0.0 { 0.08 } else { 0.0 };
        let (ow, oh) = (w * (1.0 + 2.0 * margin), h * (1.0 + 2.0 * margin));
        let s = if self.scale > 0.0 { self.scale } else { 1.0 };
        let (c, sn) = (
            self.rotate.to_radians().cos(),
            self.rotate.to_radians().sin(),
        );
        let far = self.tilt * rng.range(0.6, 1.0);
        let side = rng.range(-0.2, 0.2) * self.tilt;
        let corners = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)];
        let mut to = [(0.0, 0.0); 4];
        for (i, &(x, y)) in corners.iter().enumerate() {
            // The top edge recedes: it shrinks towards the middle.
            let v = 1.0 - y / h;
            let shrink = far * v / 2.0 + side * (x / w - 0.5) * v;
            let (x, y) = (x + (w / 2.0 - x) * shrink, y + far * v * h * 0.15);
            let (dx, dy) = ((x - w / 2.0) * s, (y - h / 2.0) * s);
            let (rx, ry) = (c * dx - sn * dy, sn * dx + c * dy);
            let (rx, ry) = if self.upside_down {
                (-rx, -ry)
            } else {
                (rx, ry)
            };
            to[i] = (rx + ow / 2.0, ry + oh / 2.0);
        }
        let Some(back) = Homography::from_points(&to, &corners) else {
            return page.clone();
        };
        let table = if self.tilt > 0.0 { 70.0 } else { 255.0 };
        let (ow, oh) = (ow as usize, oh as usize);
        let mut out = Gray::filled(ow, oh, 255);
        for y in 0..oh {
            for x in 0..ow {
                let (sx, sy) = back.map(x as f64 + 0.5, y as f64 + 0.5);
                let v = if sx < 0.0 || sy < 0.0 || sx >= w || sy >= h {
                    table
                } else {
                    page.sample(sx - 0.5, sy - 0.5)
                };
                out.px[y * ow + x] = v.round() as u8;
            }
        }
        out
    }
}

fn box_blur(img: &mut Gray, r: usize) {
    let (w, h) = (img.w, img.h);
    let mut tmp = vec![0u8; img.px.len()];
    let n = (2 * r + 1) as u32;
    for y in 0..h {
        let row = &img.px[y * w..(y + 1) * w];
        let mut acc: u32 = (0..=r).map(|i| u32::from(row[i.min(w - 1)])).sum::<u32>()
            + r as u32 * u32::from(row[0]);
        for x in 0..w {
            tmp[y * w + x] = (acc / n) as u8;
            let add = row[(x + r + 1).min(w - 1)];
            let sub = row[x.saturating_sub(r)];
            acc = acc + u32::from(add) - u32::from(sub);
        }
    }
    for x in 0..w {
        let col = |y: usize| u32::from(tmp[y.min(h - 1) * w + x]);
        let mut acc: u32 = (0..=r).map(col).sum::<u32>() + r as u32 * col(0);
        for y in 0..h {
            img.px[y * w + x] = (acc / n) as u8;
            acc = acc + col(y + r + 1) - col(y.saturating_sub(r));
        }
    }
}

/// Light falling off linearly to `low` across the page in a random direction.
fn light(img: &mut Gray, low: f64, rng: &mut Rng) {
    let a = rng.range(0.0, std::f64::consts::TAU);
    let (dx, dy) = (a.cos(), a.sin());
    let (w, h) = (img.w as f64, img.h as f64);
    let span = (dx.abs() * w + dy.abs() * h).max(1.0);
    let base = dx.min(0.0) * w + dy.min(0.0) * h;
    for y in 0..img.h {
        for x in 0..img.w {
            let t = ((x as f64 * dx + y as f64 * dy) - base) / span;
            let f = 1.0 - (1.0 - low) * t;
            let p = &mut img.px[y * img.w + x];
            *p = (f64::from(*p) * f) as u8;
        }
    }
}

fn jpeg_round_trip(img: &Gray, quality: u8) -> Option<Gray> {
    let luma = img.to_luma()?;
    let mut bytes = Vec::new();
    let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, quality);
    luma.write_with_encoder(enc).ok()?;
    let back = image::load_from_memory_with_format(&bytes, image::ImageFormat::Jpeg).ok()?;
    Some(Gray::from_luma(back.into_luma8()))
}
