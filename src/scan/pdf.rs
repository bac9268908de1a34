//! Page images out of a scanner's PDF: each page holds one image (the largest is taken), stored
//! as JPEG (DCTDecode), black and white fax (CCITTFaxDecode, Group 3 or 4), JBIG2 (JBIG2Decode,
//! with or without shared globals), JPEG 2000 (JPXDecode) or raw pixels (FlateDecode or none,
//! grey or RGB, 1 or 8 bits). The PDF is parsed with lopdf; nothing on the page is rendered,
//! since a scan has nothing on it but its image.

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
    decode(doc, stream, w, h)
}

fn decode(doc: &Document, stream: &Stream, w: usize, h: usize) -> Result<Gray, LoadProblem> {
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
        Some(b"JBIG2Decode") => jbig2(doc, stream),
        Some(b"JPXDecode") => jpx(stream),
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

/// The image's DecodeParms, if it has them (directly: scanners do not refer to them).
fn parms(stream: &Stream) -> Option<&lopdf::Dictionary> {
    stream
        .dict
        .get(b"DecodeParms")
        .and_then(Object::as_dict)
        .ok()
}

/// CCITT Group 3 or 4, as the DecodeParms say (K < 0: Group 4).
fn fax(stream: &Stream, w: usize, h: usize) -> Result<Gray, LoadProblem> {
    let parms = parms(stream);
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

/// The size a decoder reports, refused before its pixels are decoded if it is too large.
fn checked_size(w: u32, h: u32) -> Result<(usize, usize), LoadProblem> {
    let (w, h) = (w as usize, h as usize);
    if w.saturating_mul(h) > MAX_PIXELS {
        return Err(LoadProblem::TooLarge { w, h });
    }
    if w == 0 || h == 0 {
        return Err(LoadProblem::NoImage);
    }
    Ok((w, h))
}

/// A JBIG2 page in the embedded organisation, with the segments it shares with other pages
/// (symbol dictionaries) in the stream /JBIG2Globals names. A 1 is black unless the image's
/// /Decode is [1 0].
fn jbig2(doc: &Document, stream: &Stream) -> Result<Gray, LoadProblem> {
    let bad = |e: hayro_jbig2::DecodeError| LoadProblem::BadImage(format!("JBIG2: {e}"));
    let settings = hayro_jbig2::DecodeSettings::default();
    let globals = match parms(stream).and_then(|p| p.get(b"JBIG2Globals").ok()) {
        Some(obj) => Some(referred_stream(doc, obj)?),
        None => None,
    };
    let globals = globals
        .map(|g| hayro_jbig2::Globals::new(&g, &settings))
        .transpose()
        .map_err(bad)?;
    let page = hayro_jbig2::Page::new_embedded(&stream.content, globals.as_ref(), &settings)
        .map_err(bad)?;
    let (w, h) = checked_size(page.width(), page.height())?;
    let inverted = stream
        .dict
        .get(b"Decode")
        .and_then(Object::as_array)
        .ok()
        .and_then(|a| a.first())
        .is_some_and(|v| match v {
            Object::Integer(i) => *i == 1,
            Object::Real(r) => *r > 0.5,
            _ => false,
        });
    let (one, zero) = if inverted { (255, 0) } else { (0, 255) };
    let mut sink = Bilevel {
        out: Gray::filled(w, h, zero),
        at: 0,
        one,
    };
    page.decode(&mut sink).map_err(bad)?;
    Ok(sink.out)
}

/// The content of the stream `obj` refers to, decompressed if it is compressed.
fn referred_stream(doc: &Document, obj: &Object) -> Result<Vec<u8>, LoadProblem> {
    let broken = |e: lopdf::Error| LoadProblem::BrokenPdf(e.to_string());
    let stream = match obj {
        Object::Reference(id) => doc.get_object(*id).and_then(Object::as_stream),
        other => other.as_stream(),
    }
    .map_err(broken)?;
    if stream.filters().is_ok_and(|f| !f.is_empty()) {
        stream.decompressed_content().map_err(broken)
    } else {
        Ok(stream.content.clone())
    }
}

/// The JBIG2 decoder's pixels, row after row, into a grey page.
struct Bilevel {
    out: Gray,
    at: usize,
    /// The grey a JBIG2 1 stands for (the page starts as a 0's).
    one: u8,
}

impl hayro_jbig2::Decoder for Bilevel {
    fn push_pixel(&mut self, one: bool) {
        if one && let Some(px) = self.out.px.get_mut(self.at) {
            *px = self.one;
        }
        self.at += 1;
    }

    fn push_pixel_chunk(&mut self, one: bool, chunk_count: u32) {
        let n = chunk_count as usize * 8;
        if one {
            let end = (self.at + n).min(self.out.px.len());
            if let Some(run) = self.out.px.get_mut(self.at..end) {
                run.fill(self.one);
            }
        }
        self.at += n;
    }

    fn next_line(&mut self) {
        // Rows are pushed whole; this only keeps a short row from shifting the next.
        self.at = self.at.div_ceil(self.out.w.max(1)) * self.out.w;
    }
}

/// A JPEG 2000 image (a raw codestream or a JP2 file), in grey.
fn jpx(stream: &Stream) -> Result<Gray, LoadProblem> {
    let bad = |e: hayro_jpeg2000::DecodeError| LoadProblem::BadImage(format!("JPEG 2000: {e}"));
    let image =
        hayro_jpeg2000::Image::new(&stream.content, &hayro_jpeg2000::DecodeSettings::default())
            .map_err(bad)?;
    let (w, h) = checked_size(image.width(), image.height())?;
    let colours = image.color_space().num_channels();
    let mut ctx = hayro_jpeg2000::DecoderContext::default();
    let data = image.decode(&mut ctx).map_err(bad)?.data_u8();
    let step = data.len() / (w * h);
    if step == 0 {
        return Err(LoadProblem::BadImage("JPEG 2000: too few samples".into()));
    }
    let px = data
        .chunks_exact(step)
        .map(|s| match (colours, s) {
            (3, [r, g, b, ..]) => luma(*r, *g, *b),
            (4, [c, m, y, k, ..]) => {
                let k = 255 - u32::from(*k);
                let ink = |c: u8| ((255 - u32::from(c)) * k / 255) as u8;
                luma(ink(*c), ink(*m), ink(*y))
            }
            (_, [v, ..]) => *v,
            (_, []) => 255,
        })
        .collect();
    Ok(Gray { w, h, px })
}

fn luma(r: u8, g: u8, b: u8) -> u8 {
    ((u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114) / 1000) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::synth::scanner_pdf::{Storage, Stored, pdf_of, segment, store};
    use crate::scan::synth::{CONDITIONS, Rng, fixture, page};

    /// A generated ballot at 150 dpi, and what a black-and-white scan of it is.
    fn ballot() -> (Gray, Gray) {
        let sheet = fixture::town_sheet();
        let img = page(&sheet, "PY1", &CONDITIONS[1], 0.2, &mut Rng::new(7)).image;
        let mut bw = img.clone();
        bw.px
            .iter_mut()
            .for_each(|v| *v = if *v < 128 { 0 } else { 255 });
        (img, bw)
    }

    fn only_page(pdf: &[u8]) -> Result<Gray, LoadProblem> {
        let mut pages = pages(pdf).expect("a PDF");
        assert_eq!(pages.len(), 1);
        pages.remove(0)
    }

    /// Why the one page of a PDF of `stored` was not read.
    fn refusal(stored: Stored) -> LoadProblem {
        match only_page(&pdf_of(vec![stored], 150.0).expect("pdf")) {
            Ok(_) => panic!("the page was read"),
            Err(e) => e,
        }
    }

    #[test]
    fn a_jbig2_page_reads_back_pixel_for_pixel() {
        let (img, bw) = ballot();
        let stored = store(&img, Storage::Jbig2).expect("encoded");
        let read = only_page(&pdf_of(vec![stored], 150.0).expect("pdf")).expect("decoded");
        assert!(bw.px.contains(&0) && bw.px.contains(&255));
        assert!(
            read == bw,
            "JBIG2 page differs from the black-and-white original"
        );

        // /Decode [1 0]: the 1s are white.
        let mut stored = store(&img, Storage::Jbig2).expect("encoded");
        stored.dict.set("Decode", vec![1.into(), 0.into()]);
        let read = only_page(&pdf_of(vec![stored], 150.0).expect("pdf")).expect("decoded");
        assert!(
            read.px.iter().zip(&bw.px).all(|(a, b)| *a == 255 - *b),
            "not inverted"
        );
    }

    #[test]
    fn jbig2_globals_are_read_and_broken_ones_named() {
        let (img, bw) = ballot();
        // A symbol dictionary (7.4.2) shared by the pages, arithmetic coded with template 0
        // and its nominal AT pixels, exporting nothing: read, and nothing on the page changes.
        let dict = [
            &[0u8, 0][..],
            &[3, 0xFF, 0xFD, 0xFF, 2, 0xFE, 0xFE, 0xFE],
            &[0; 8],
        ]
        .concat();
        let mut stored = store(&img, Storage::Jbig2).expect("encoded");
        stored.jbig2_globals = segment(100, 0, 0, &dict);
        let read = only_page(&pdf_of(vec![stored], 150.0).expect("pdf")).expect("decoded");
        assert!(
            read == bw,
            "JBIG2 page differs from the black-and-white original"
        );

        let mut stored = store(&img, Storage::Jbig2).expect("encoded");
        // A code table (7.4.13) cut short after its flags.
        stored.jbig2_globals = segment(100, 53, 0, &[0]);
        let err = refusal(stored);
        assert!(
            matches!(&err, LoadProblem::BadImage(e) if e.starts_with("JBIG2")),
            "{err:?}"
        );
    }

    #[test]
    fn broken_jpeg_2000_and_unknown_filters_are_named() {
        let (img, _) = ballot();
        let mut stored = store(&img, Storage::Jpeg).expect("encoded");
        stored.dict.set("Filter", "JPXDecode");
        let err = refusal(stored);
        assert!(
            matches!(&err, LoadProblem::BadImage(e) if e.starts_with("JPEG 2000")),
            "{err:?}"
        );

        let mut stored = store(&img, Storage::Jpeg).expect("encoded");
        stored.dict.set("Filter", "RunLengthDecode");
        let err = refusal(stored);
        assert_eq!(
            err,
            LoadProblem::UnsupportedPdfImage("RunLengthDecode".into())
        );
    }
}
