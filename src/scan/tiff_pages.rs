//! Every page of a TIFF, as office scanners write a stack of sheets into one file (the image
//! crate reads only the first). Grey, black and white, RGB, CMYK, YCbCr and palette pages of 1
//! to 16 bits are read; a page that cannot be is named with its reason, and the rest are read.

use super::gray::Gray;
use super::load::{LoadProblem, MAX_PIXELS};
use ::tiff::decoder::{Decoder, DecodingResult};
use ::tiff::tags::Tag;
use ::tiff::{ColorType, TiffError};
use std::io::Cursor;

/// Does `bytes` start as a TIFF (classic or BigTIFF, either byte order)?
pub fn is_tiff(bytes: &[u8]) -> bool {
    [b"II*\0", b"MM\0*", b"II+\0", b"MM\0+"]
        .iter()
        .any(|m| bytes.starts_with(*m))
}

/// Each page of the TIFF in file order: its image, or why not. A file whose first page
/// cannot even be found is one problem.
pub fn pages(bytes: &[u8]) -> Result<Vec<Result<Gray, LoadProblem>>, LoadProblem> {
    let mut dec = Decoder::new(Cursor::new(bytes)).map_err(bad)?;
    let mut out = vec![page(&mut dec)];
    while dec.more_images() {
        if let Err(e) = dec.next_image() {
            // The chain of pages is broken here: the pages after it cannot be found.
            out.push(Err(bad(e)));
            break;
        }
        out.push(page(&mut dec));
    }
    Ok(out)
}

fn bad(e: TiffError) -> LoadProblem {
    match e {
        TiffError::UnsupportedError(u) => LoadProblem::UnsupportedTiff(u.to_string()),
        e => LoadProblem::BadImage(e.to_string()),
    }
}

/// The page the decoder stands on, refused from its size before its pixels are decoded.
fn page(dec: &mut Decoder<Cursor<&[u8]>>) -> Result<Gray, LoadProblem> {
    let (w, h) = dec.dimensions().map_err(bad)?;
    let (w, h) = (w as usize, h as usize);
    if w.saturating_mul(h) > MAX_PIXELS {
        return Err(LoadProblem::TooLarge { w, h });
    }
    let color = dec.colortype().map_err(bad)?;
    let (spp, bits) = layout(color)?;
    let palette = match color {
        ColorType::Palette(_) => Some(palette(dec, bits)?),
        _ => None,
    };
    let data = match (color, dec.read_image().map_err(bad)?) {
        // The common grey page is already what the reader wants.
        (ColorType::Gray(8), DecodingResult::U8(px)) if px.len() == w * h => {
            return Ok(Gray { w, h, px });
        }
        (_, data) => data,
    };
    let samples = Samples::new(&data, w, h, spp, bits)?;
    Ok(to_gray(color, &samples, palette.as_deref(), w, h))
}

/// A page's samples as grey, whatever their colours.
fn to_gray(
    color: ColorType,
    samples: &Samples,
    palette: Option<&[u8]>,
    w: usize,
    h: usize,
) -> Gray {
    let mut out = Gray::filled(w, h, 255);
    for y in 0..h {
        for x in 0..w {
            let s = |c| samples.get(x, y, c);
            out.px[y * w + x] = match color {
                ColorType::RGB(_) | ColorType::RGBA(_) => luma(s(0), s(1), s(2)),
                ColorType::CMYK(_) | ColorType::CMYKA(_) => {
                    let k = 255 - u32::from(s(3));
                    let ink = |c: u8| ((255 - u32::from(c)) * k / 255) as u8;
                    luma(ink(s(0)), ink(s(1)), ink(s(2)))
                }
                ColorType::Palette(_) => palette
                    .and_then(|p| p.get(usize::from(samples.raw(x, y, 0))))
                    .copied()
                    .unwrap_or(255),
                // Grey (WhiteIsZero already turned by the decoder), grey with alpha, the Y
                // of YCbCr (a JPEG-compressed TIFF's samples are not converted), the first band.
                _ => s(0),
            };
        }
    }
    out
}

/// Samples per pixel and bits per sample of the colour types read.
fn layout(color: ColorType) -> Result<(usize, u8), LoadProblem> {
    let (spp, bits) = match color {
        ColorType::Gray(b) | ColorType::Palette(b) => (1, b),
        ColorType::GrayA(b) => (2, b),
        ColorType::RGB(b) | ColorType::YCbCr(b) => (3, b),
        ColorType::RGBA(b) | ColorType::CMYK(b) => (4, b),
        ColorType::CMYKA(b) => (5, b),
        ColorType::Multiband {
            bit_depth,
            num_samples,
        } => (usize::from(num_samples), bit_depth),
        other => return Err(LoadProblem::UnsupportedTiff(format!("{other:?}"))),
    };
    if !matches!(bits, 1 | 2 | 4 | 8 | 16) || spp == 0 {
        return Err(LoadProblem::UnsupportedTiff(format!("{color:?}")));
    }
    Ok((spp, bits))
}

/// A palette page's colours as grey, by index.
fn palette(dec: &mut Decoder<Cursor<&[u8]>>, bits: u8) -> Result<Vec<u8>, LoadProblem> {
    let map: Vec<u16> = dec.get_tag_u16_vec(Tag::ColorMap).map_err(bad)?;
    let n = 1usize << bits;
    if map.len() < 3 * n {
        return Err(LoadProblem::BadImage(
            "the TIFF's colour map is short".into(),
        ));
    }
    let c = |i: usize| (map[i] >> 8) as u8;
    Ok((0..n).map(|i| luma(c(i), c(n + i), c(2 * n + i))).collect())
}

fn luma(r: u8, g: u8, b: u8) -> u8 {
    ((u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114) / 1000) as u8
}

/// The decoded samples of one page, rows packed as the decoder gives them (below 8 bits a
/// row starts on a byte).
struct Samples<'a> {
    data: SampleData<'a>,
    row: usize,
    spp: usize,
    bits: u8,
}

enum SampleData<'a> {
    U8(&'a [u8]),
    U16(&'a [u16]),
}

impl<'a> Samples<'a> {
    fn new(
        data: &'a DecodingResult,
        w: usize,
        h: usize,
        spp: usize,
        bits: u8,
    ) -> Result<Samples<'a>, LoadProblem> {
        let row = (w * spp * usize::from(bits)).div_ceil(8).max(1);
        let (data, len, need) = match data {
            DecodingResult::U8(v) if bits <= 8 => (SampleData::U8(v), v.len(), row * h),
            DecodingResult::U16(v) if bits == 16 => (SampleData::U16(v), v.len(), w * spp * h),
            _ => {
                return Err(LoadProblem::UnsupportedTiff(format!(
                    "{bits}-bit samples of another kind"
                )));
            }
        };
        if len < need {
            // Planes stored apart (PlanarConfiguration 2) come back one plane only.
            return Err(LoadProblem::UnsupportedTiff(
                "colour planes stored separately".into(),
            ));
        }
        Ok(Samples {
            data,
            row,
            spp,
            bits,
        })
    }

    /// Sample `c` of pixel (x, y) as stored (an index for a palette).
    fn raw(&self, x: usize, y: usize, c: usize) -> u16 {
        let i = x * self.spp + c;
        match self.data {
            SampleData::U16(v) => v[(y * (self.row / 2)) + i],
            SampleData::U8(v) if self.bits == 8 => u16::from(v[y * self.row + i]),
            SampleData::U8(v) => {
                let bit = i * usize::from(self.bits);
                let byte = v[y * self.row + bit / 8];
                let shift = 8 - usize::from(self.bits) - bit % 8;
                u16::from(byte >> shift) & ((1 << self.bits) - 1)
            }
        }
    }

    /// Sample `c` of pixel (x, y) scaled to 0–255.
    fn get(&self, x: usize, y: usize, c: usize) -> u8 {
        let v = u32::from(self.raw(x, y, c));
        match self.bits {
            16 => (v >> 8) as u8,
            8 => v as u8,
            b => (v * 255 / ((1 << b) - 1)) as u8,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::synth::scanner_tiff::{TiffPage, scanner_tiff};

    /// A small page with every grey from black to white, and its black-and-white scan.
    fn greys() -> (Gray, Gray) {
        let (w, h) = (37, 9);
        let px: Vec<u8> = (0..w * h).map(|i| (i * 255 / (w * h - 1)) as u8).collect();
        let bw = px.iter().map(|&v| if v < 128 { 0 } else { 255 }).collect();
        (Gray { w, h, px }, Gray { w, h, px: bw })
    }

    #[test]
    fn every_page_of_a_tiff_is_read_in_its_own_form() {
        let (img, bw) = greys();
        let kinds = [
            TiffPage::Grey8,
            TiffPage::Rgb8,
            TiffPage::Grey16,
            TiffPage::Bilevel,
            TiffPage::Fax,
            TiffPage::Float,
            TiffPage::Grey8,
        ];
        let file: Vec<(Gray, TiffPage)> = kinds.iter().map(|k| (img.clone(), *k)).collect();
        let bytes = scanner_tiff(&file).expect("tiff");
        assert!(is_tiff(&bytes));
        let pages = pages(&bytes).expect("a TIFF");
        assert_eq!(pages.len(), kinds.len());
        assert_eq!(pages[0].as_ref().expect("grey"), &img);
        let rgb = pages[1].as_ref().expect("rgb");
        // Blue adds a little to the grey: 0.114 × 20.
        let lifted = |v: u8| luma(v, v, v.saturating_add(20));
        assert!(rgb.px.iter().zip(&img.px).all(|(a, b)| *a == lifted(*b)));
        assert_eq!(pages[2].as_ref().expect("16-bit"), &img);
        assert_eq!(pages[3].as_ref().expect("bilevel"), &bw);
        assert_eq!(pages[4].as_ref().expect("fax"), &bw);
        // A page in a form not read is named, and the page after it is still read.
        assert!(
            matches!(&pages[5], Err(LoadProblem::UnsupportedTiff(f)) if f.contains("32")),
            "{:?}",
            pages[5]
        );
        assert_eq!(pages[6].as_ref().expect("after the refused page"), &img);
    }

    #[test]
    fn a_huge_page_is_refused_before_it_is_decoded() {
        let (img, _) = greys();
        let mut bytes =
            scanner_tiff(&[(img.clone(), TiffPage::Grey8), (img, TiffPage::Grey8)]).expect("tiff");
        // The second page claims 10,000 × 10,000 pixels in one strip of 100 MB: its pixels
        // are not in the file, and are never looked for.
        for (tag, value) in [
            (256u16, 10_000u32),
            (257, 10_000),
            (278, 10_000),
            (279, 100_000_000),
        ] {
            let entry = [&tag.to_le_bytes()[..], &[4, 0, 1, 0, 0, 0]].concat();
            let at = bytes
                .windows(8)
                .rposition(|w| w == entry.as_slice())
                .expect("the second page's entry");
            bytes[at + 8..at + 12].copy_from_slice(&value.to_le_bytes());
        }
        let pages = pages(&bytes).expect("a TIFF");
        assert!(pages[0].is_ok());
        assert_eq!(
            pages[1].as_ref().err(),
            Some(&LoadProblem::TooLarge {
                w: 10_000,
                h: 10_000
            })
        );
    }
}
