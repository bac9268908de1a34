//! Page images out of a scanner's PDF: each page holds one image (the largest is taken), stored
//! as JPEG (DCTDecode), black and white fax (CCITTFaxDecode, Group 3 or 4) or raw pixels
//! (FlateDecode or none, grey or RGB, 1 or 8 bits). The PDF is parsed with lopdf; nothing on
//! the page is rendered, since a scan has nothing on it but its image.

use super::gray::Gray;
use super::load::{LoadProblem, MAX_PIXELS};
use lopdf::{Document, Object, Stream};

/// Each page of the PDF: its image, or why there is none.
pub fn pages(bytes: &[u8]) -> Result<Vec<Result<Gray, LoadProblem>>, LoadProblem> {
    let doc = Document::load_mem(bytes).map_err(|e| LoadProblem::BrokenPdf(e.to_string()))?;
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err(LoadProblem::NoPages);
    }
    Ok(pages.values().map(|&id| page_image(&doc, id)).collect())
}

fn page_image(doc: &Document, page: lopdf::ObjectId) -> Result<Gray, LoadProblem> {
    let has_resources = doc
        .get_dictionary(page)
        .is_ok_and(|d| d.get(b"Resources").is_ok());
    if !has_resources {
        return Err(LoadProblem::NoImage);
    }
    let images = doc
        .get_page_images(page)
        .map_err(|e| LoadProblem::BrokenPdf(e.to_string()))?;
    let largest = images
        .iter()
        .max_by_key(|i| i.width.saturating_mul(i.height))
        .ok_or(LoadProblem::NoImage)?;
    let stream = doc
        .get_object(largest.id)
        .and_then(Object::as_stream)
        .map_err(|e| LoadProblem::BrokenPdf(e.to_string()))?;
    let (w, h) = (largest.width, largest.height);
    if w <= 0 || h <= 0 {
        return Err(LoadProblem::NoImage);
    }
    let (w, h) = (w as usize, h as usize);
    if w.saturating_mul(h) > MAX_PIXELS {
        return Err(LoadProblem::TooLarge { w, h });
    }
    decode(stream, w, h)
}

fn decode(stream: &Stream, w: usize, h: usize) -> Result<Gray, LoadProblem> {
    let filters: Vec<Vec<u8>> = stream
        .filters()
        .map(|f| f.into_iter().map(<[u8]>::to_vec).collect())
        .unwrap_or_default();
    match filters.last().map(Vec::as_slice) {
        Some(b"DCTDecode") => {
            let img =
                image::load_from_memory_with_format(&stream.content, image::ImageFormat::Jpeg)
                    .map_err(|e| LoadProblem::BadImage(e.to_string()))?;
            Ok(Gray::from_luma(img.into_luma8()))
        }
        Some(b"CCITTFaxDecode") => fax(stream, w, h),
        None | Some(b"FlateDecode" | b"LZWDecode") => raw(stream, w, h),
        Some(other) => Err(LoadProblem::UnsupportedPdfImage(
            String::from_utf8_lossy(other).into_owned(),
        )),
    }
}

/// Raw samples: 8-bit grey or RGB, or 1-bit (0 black).
fn raw(stream: &Stream, w: usize, h: usize) -> Result<Gray, LoadProblem> {
    let data = stream
        .decompressed_content()
        .map_err(|e| LoadProblem::BrokenPdf(e.to_string()))?;
    let bpc = stream
        .dict
        .get(b"BitsPerComponent")
        .and_then(Object::as_i64)
        .unwrap_or(8);
    let mut out = Gray::filled(w, h, 255);
    match bpc {
        8 => {
            let channels = data.len() / (w * h).max(1);
            if channels == 0 {
                return Err(LoadProblem::BrokenPdf("image data too short".into()));
            }
            for (i, px) in out.px.iter_mut().enumerate() {
                let s = &data[i * channels..i * channels + channels.min(3)];
                *px = match s {
                    [r, g, b] => {
                        ((u32::from(*r) * 299 + u32::from(*g) * 587 + u32::from(*b) * 114) / 1000)
                            as u8
                    }
                    [v, ..] => *v,
                    [] => 255,
                };
            }
        }
        1 => {
            let row = w.div_ceil(8);
            if data.len() < row * h {
                return Err(LoadProblem::BrokenPdf("image data too short".into()));
            }
            for y in 0..h {
                for x in 0..w {
                    let bit = data[y * row + x / 8] >> (7 - x % 8) & 1;
                    out.px[y * w + x] = if bit == 1 { 255 } else { 0 };
                }
            }
        }
        n => {
            return Err(LoadProblem::UnsupportedPdfImage(format!(
                "{n} bits per component"
            )));
        }
    }
    Ok(out)
}

/// CCITT Group 3 or 4, as the DecodeParms say (K < 0: Group 4).
fn fax(stream: &Stream, w: usize, h: usize) -> Result<Gray, LoadProblem> {
    let parms = stream
        .dict
        .get(b"DecodeParms")
        .and_then(Object::as_dict)
        .ok();
    let int = |k: &[u8], d: i64| {
        parms
            .and_then(|p| p.get(k).and_then(Object::as_i64).ok())
            .unwrap_or(d)
    };
    let k = int(b"K", 0);
    let cols = usize::try_from(int(b"Columns", 1728)).unwrap_or(w);
    let width = u16::try_from(cols.min(w)).map_err(|_| LoadProblem::TooLarge { w, h })?;
    let mut out = Gray::filled(w, h, 255);
    let mut y = 0usize;
    let mut line = |transitions: &[u16]| {
        if y < h {
            for (x, c) in fax::decoder::pels(transitions, width).enumerate() {
                // The code's runs are white and black as printed; BlackIs1 only says how
                // decoded bits would be stored, which colours skip.
                out.px[y * w + x] = if c == fax::Color::Black { 0 } else { 255 };
            }
        }
        y += 1;
    };
    let bytes = stream.content.iter().copied();
    let ok = if k < 0 {
        fax::decoder::decode_g4(bytes, width, u16::try_from(h).ok(), &mut line)
    } else {
        fax::decoder::decode_g3(bytes, &mut line)
    };
    if ok.is_none() && y == 0 {
        return Err(LoadProblem::BadImage(
            "CCITT fax data could not be decoded".into(),
        ));
    }
    Ok(out)
}
