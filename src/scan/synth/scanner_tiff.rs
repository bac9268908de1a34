//! A TIFF as an office scanner writes a stack of sheets: every page in one file, each grey,
//! colour, 16-bit or black and white (raw or CCITT Group 4, as fax-mode scanners store it), so
//! the reader is tested on the forms scanners write. Written by hand: the tiff crate's encoder
//! has no 1-bit or fax pages.

use super::scanner_pdf::fax_g4;
use crate::scan::gray::Gray;

/// How one page of the TIFF is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TiffPage {
    Grey8,
    /// RGB, 8 bits a sample, with a faint blue cast as a colour scanner gives paper.
    Rgb8,
    Grey16,
    /// Black and white at grey 128, one bit a pixel, uncompressed (1 is white).
    Bilevel,
    /// Black and white at grey 128, CCITT Group 4 (1 is black), as fax-mode scanners store it.
    Fax,
    /// 32-bit floating-point grey: a form no scanner writes, which the reader refuses.
    Float,
}

/// Tags written, with their TIFF numbers.
const WIDTH: u16 = 256;
const HEIGHT: u16 = 257;
const BITS: u16 = 258;
const COMPRESSION: u16 = 259;
const PHOTOMETRIC: u16 = 262;
const STRIP_OFFSETS: u16 = 273;
const SAMPLES: u16 = 277;
const ROWS_PER_STRIP: u16 = 278;
const STRIP_BYTES: u16 = 279;
const SAMPLE_FORMAT: u16 = 339;

/// A little-endian TIFF of `pages` in order, one strip a page, or `None` if a page is too
/// large to be written.
pub fn scanner_tiff(pages: &[(Gray, TiffPage)]) -> Option<Vec<u8>> {
    let mut out = b"II*\0".to_vec();
    let mut next_ifd_at = out.len();
    out.extend(0u32.to_le_bytes());
    for (img, kind) in pages {
        let (bits, spp, photometric, compression, data) = encode(img, *kind)?;
        let strip = u32::try_from(out.len()).ok()?;
        out.extend(&data);
        if out.len() % 2 == 1 {
            out.push(0);
        }
        let mut entries: Vec<(u16, u16, u32)> = vec![
            (WIDTH, 4, u32::try_from(img.w).ok()?),
            (HEIGHT, 4, u32::try_from(img.h).ok()?),
            (BITS, 3, u32::from(bits)),
            (COMPRESSION, 3, compression),
            (PHOTOMETRIC, 3, photometric),
            (STRIP_OFFSETS, 4, strip),
            (SAMPLES, 3, spp),
            (ROWS_PER_STRIP, 4, u32::try_from(img.h).ok()?),
            (STRIP_BYTES, 4, u32::try_from(data.len()).ok()?),
        ];
        if *kind == TiffPage::Float {
            entries.push((SAMPLE_FORMAT, 3, 3));
        }
        // Three samples' bit counts do not fit in the entry: they go before the directory.
        let bits_at = u32::try_from(out.len()).ok()?;
        if spp == 3 {
            (0..3).for_each(|_| out.extend(u16::from(bits).to_le_bytes()));
        }
        let ifd = u32::try_from(out.len()).ok()?;
        out[next_ifd_at..next_ifd_at + 4].copy_from_slice(&ifd.to_le_bytes());
        out.extend(u16::try_from(entries.len()).ok()?.to_le_bytes());
        for (tag, kind, value) in entries {
            let count: u32 = if tag == BITS { spp } else { 1 };
            let value = if tag == BITS && spp == 3 {
                bits_at
            } else {
                value
            };
            out.extend(tag.to_le_bytes());
            out.extend(kind.to_le_bytes());
            out.extend(count.to_le_bytes());
            match kind {
                3 if count == 1 => {
                    out.extend([&(value as u16).to_le_bytes()[..], &[0, 0]].concat())
                }
                _ => out.extend(value.to_le_bytes()),
            }
        }
        next_ifd_at = out.len();
        out.extend(0u32.to_le_bytes());
    }
    Some(out)
}

/// Bits a sample, samples a pixel, photometric interpretation, compression and the strip.
fn encode(img: &Gray, kind: TiffPage) -> Option<(u8, u32, u32, u32, Vec<u8>)> {
    Some(match kind {
        TiffPage::Grey8 => (8, 1, 1, 1, img.px.clone()),
        TiffPage::Rgb8 => {
            let rgb = img.px.iter().flat_map(|&v| [v, v, v.saturating_add(20)]);
            (8, 3, 2, 1, rgb.collect())
        }
        TiffPage::Grey16 => {
            let wide = img
                .px
                .iter()
                .flat_map(|&v| (u16::from(v) * 257).to_le_bytes());
            (16, 1, 1, 1, wide.collect())
        }
        TiffPage::Bilevel => {
            let mut packed = Vec::with_capacity(img.w.div_ceil(8) * img.h);
            for row in img.px.chunks_exact(img.w.max(1)) {
                for eight in row.chunks(8) {
                    let byte = eight
                        .iter()
                        .enumerate()
                        .fold(0u8, |b, (i, &v)| b | (u8::from(v >= 128) << (7 - i)));
                    packed.push(byte);
                }
            }
            (1, 1, 1, 1, packed)
        }
        TiffPage::Fax => (1, 1, 0, 4, fax_g4(img)?),
        TiffPage::Float => {
            let floats = img
                .px
                .iter()
                .flat_map(|&v| (f32::from(v) / 255.0).to_le_bytes());
            (32, 1, 1, 1, floats.collect())
        }
    })
}
