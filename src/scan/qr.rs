//! Reading the page's QR code where the layout says it is: the region is cut out through the
//! page map (so the decoder sees a small image, fast), then decoded with rqrr; if that fails,
//! the same region is tried again binarised at its own threshold and at half size, and then the
//! code printed in the opposite corner. The first try of all is the region made upright through
//! the page map (perspective removed), which is what reads a tilted phone photo. When rqrr reads
//! none of them, a second decoder (rxing, a port of ZXing, with its own binariser and finder) is
//! given the upright regions. If every try fails, the serial is typed in review.

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
    codes.iter().find_map(|rect| {
        let upright = super::read::upright(img, h, &rect.grown(MARGIN_MM), 8.0);
        decode_second(&upright)
    })
}

/// The second decoder: rxing, told to look for a QR code only and to try hard.
pub fn decode_second(g: &Gray) -> Option<String> {
    let (w, h) = (u32::try_from(g.w).ok()?, u32::try_from(g.h).ok()?);
    rxing::helpers::detect_in_luma(g.px.clone(), w, h, Some(rxing::BarcodeFormat::QR_CODE))
        .ok()
        .map(|r| r.getText().to_string())
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

/// The first decoder: rqrr.
pub fn decode(g: &Gray) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A QR code of `payload` at `scale` pixels a module, with a 4-module quiet zone.
    fn code(payload: &str, scale: usize) -> Gray {
        let (dark, n) = crate::scan::synth::qr_modules(payload).expect("code");
        let side = (n + 8) * scale;
        let mut g = Gray::filled(side, side, 240);
        for my in 0..n {
            for mx in 0..n {
                if dark[my * n + mx] {
                    for y in 0..scale {
                        for x in 0..scale {
                            g.px[((my + 4) * scale + y) * side + (mx + 4) * scale + x] = 30;
                        }
                    }
                }
            }
        }
        g
    }

    /// A box blur of radius `r` pixels, twice (near Gaussian): a code out of focus.
    fn blurred(g: &Gray, r: usize) -> Gray {
        let mut out = g.clone();
        for _ in 0..2 {
            let src = out.clone();
            for y in 0..g.h {
                for x in 0..g.w {
                    let (mut sum, mut n) = (0u32, 0u32);
                    for yy in y.saturating_sub(r)..(y + r + 1).min(g.h) {
                        for xx in x.saturating_sub(r)..(x + r + 1).min(g.w) {
                            sum += u32::from(src.px[yy * g.w + xx]);
                            n += 1;
                        }
                    }
                    out.px[y * g.w + x] = (sum / n) as u8;
                }
            }
        }
        out
    }

    #[test]
    fn the_second_decoder_reads_a_code_too_blurred_for_the_first() {
        let payload = "PY1:m-1234:3:abcdef012345:12345674:1/2";
        let clean = code(payload, 6);
        assert_eq!(decode(&clean).as_deref(), Some(payload));
        assert_eq!(decode_second(&clean).as_deref(), Some(payload));
        // Blurred over half a module: rqrr reads it neither as it is, binarised, nor halved.
        let soft = blurred(&clean, 3);
        assert_eq!(decode(&soft), None);
        assert_eq!(decode(&binarised(&soft)), None);
        assert_eq!(decode(&binarised(&soft.reduced(2))), None);
        // Through the page: 8 pixels a millimetre, the code 6 px a module inside its quiet zone.
        let side = soft.w as f64 / 8.0;
        let page = [(0.0, 0.0), (side, 0.0), (side, side), (0.0, side)];
        let px = page.map(|(x, y)| (x * 8.0, y * 8.0));
        let map = Homography::from_points(&page, &px).expect("map");
        let quiet = 24.0 / 8.0;
        let rect = RectMm {
            x: quiet,
            y: quiet,
            w: side - 2.0 * quiet,
            h: side - 2.0 * quiet,
        };
        assert_eq!(read_code(&soft, &map, &[rect]).as_deref(), Some(payload));
        // Past what either can read: nothing, and the serial is typed in review.
        assert_eq!(read_code(&blurred(&clean, 5), &map, &[rect]), None);
    }
}
