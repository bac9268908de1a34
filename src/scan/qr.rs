//! Reading the page's QR code where the layout says it is: the region is cut out through the
//! page map (so the decoder sees a small image, fast), then decoded with rqrr; if that fails,
//! the same region is tried again binarised at its own threshold and at half size, and then the
//! code printed in the opposite corner. The first try of all is the region made upright through
//! the page map (perspective removed), which is what reads a tilted phone photo. If every try fails, the serial is typed in review.

use super::gray::Gray;
use super::homography::Homography;
use super::sheet::RectMm;

/// The quiet zone kept around the code when it is cut out (mm).
const MARGIN_MM: f64 = 3.0;

/// The text of the first code on the page that decodes, or `None`.
pub fn read_code(img: &Gray, h: &Homography, codes: &[RectMm]) -> Option<String> {
    for rect in codes {
        // Upright through the page map first: a tilted photo's code becomes a square again.
        let upright = super::read::upright(img, h, &rect.grown(MARGIN_MM), 8.0);
        if let Some(text) = decode(&upright) {
            return Some(text);
        }
    }
    for rect in codes {
        let crop = cut(img, h, &rect.grown(MARGIN_MM));
        let Some(crop) = crop else { continue };
        if let Some(text) = decode(&crop) {
            return Some(text);
        }
        if let Some(text) = decode(&binarised(&crop)) {
            return Some(text);
        }
        if crop.w > 120
            && crop.h > 120
            && let Some(text) = decode(&binarised(&crop.reduced(2)))
        {
            return Some(text);
        }
    }
    None
}

/// The pixels under a page rectangle (its bounding box in the image), `None` if off the image.
fn cut(img: &Gray, h: &Homography, r: &RectMm) -> Option<Gray> {
    let corners = [
        h.map(r.x, r.y),
        h.map(r.x + r.w, r.y),
        h.map(r.x + r.w, r.y + r.h),
        h.map(r.x, r.y + r.h),
    ];
    let x0 = corners
        .iter()
        .map(|c| c.0)
        .fold(f64::INFINITY, f64::min)
        .max(0.0) as usize;
    let y0 = corners
        .iter()
        .map(|c| c.1)
        .fold(f64::INFINITY, f64::min)
        .max(0.0) as usize;
    let x1 = (corners.iter().map(|c| c.0).fold(0.0, f64::max) as usize).min(img.w);
    let y1 = (corners.iter().map(|c| c.1).fold(0.0, f64::max) as usize).min(img.h);
    if x1 <= x0 + 8 || y1 <= y0 + 8 {
        return None;
    }
    let (w, hh) = (x1 - x0, y1 - y0);
    let mut px = Vec::with_capacity(w * hh);
    for y in y0..y1 {
        px.extend_from_slice(&img.px[y * img.w + x0..y * img.w + x1]);
    }
    Some(Gray { w, h: hh, px })
}

fn decode(g: &Gray) -> Option<String> {
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(g.w, g.h, |x, y| g.get(x, y));
    prepared
        .detect_grids()
        .into_iter()
        .find_map(|grid| grid.decode().ok().map(|(_, text)| text))
}

/// The region at the threshold halfway between its darkest and lightest tenth (a blurred or
/// noisy code becomes crisp black and white).
fn binarised(g: &Gray) -> Gray {
    let mut hist = [0usize; 256];
    for &v in &g.px {
        hist[usize::from(v)] += 1;
    }
    let n = g.px.len();
    let quantile = |q: f64| {
        let mut seen = 0;
        for (v, &c) in hist.iter().enumerate() {
            seen += c;
            if seen as f64 >= q * n as f64 {
                return v;
            }
        }
        255
    };
    let t = ((quantile(0.1) + quantile(0.9)) / 2) as u8;
    Gray {
        w: g.w,
        h: g.h,
        px: g.px.iter().map(|&v| if v < t { 0 } else { 255 }).collect(),
    }
}
