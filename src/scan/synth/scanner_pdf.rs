//! A PDF as an office scanner writes it: one page per image, each page's image stored as JPEG
//! (DCTDecode) or, in black-and-white mode, CCITT Group 4 fax or JBIG2 (the embedded stream of
//! one MMR-coded generic region, T.88 Annex D.3); a JPEG 2000 codestream made elsewhere can be
//! put on a page too. The demo writes one beside its PNG pages, and the tests read them back.

use crate::scan::gray::Gray;
use lopdf::{Dictionary, Document, Object, Stream, dictionary};

/// How the scanner stores each page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    Jpeg,
    /// Black and white at grey 128, CCITT Group 4.
    Fax,
    /// Black and white at grey 128, JBIG2 (a generic region coded with MMR).
    Jbig2,
}

/// One page's image as the PDF stores it: its size, its image dictionary's filter entries
/// (Filter, DecodeParms, ColorSpace…; Type, Subtype, Width and Height are added) and its bytes.
pub struct Stored {
    pub w: usize,
    pub h: usize,
    pub dict: Dictionary,
    pub data: Vec<u8>,
    /// A JBIG2 image's segments shared with other pages, written as the stream its
    /// DecodeParms' /JBIG2Globals refers to.
    pub jbig2_globals: Option<Vec<u8>>,
}

/// The PDF of `pages` scanned at `dpi`, or `None` if an image could not be encoded.
pub fn scanner_pdf(pages: &[Gray], dpi: f64, storage: Storage) -> Option<Vec<u8>> {
    let images = pages
        .iter()
        .map(|img| store(img, storage))
        .collect::<Option<Vec<_>>>()?;
    pdf_of(images, dpi)
}

/// One page as `storage` keeps it.
pub fn store(img: &Gray, storage: Storage) -> Option<Stored> {
    let (w, h) = (i64::try_from(img.w).ok()?, i64::try_from(img.h).ok()?);
    let (dict, data) = match storage {
        Storage::Jpeg => (
            dictionary! {
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "DCTDecode",
            },
            jpeg(img)?,
        ),
        Storage::Fax => (
            dictionary! {
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1, "Filter" => "CCITTFaxDecode",
                "DecodeParms" => dictionary! { "K" => -1, "Columns" => w, "Rows" => h },
            },
            fax_g4(img)?,
        ),
        Storage::Jbig2 => (
            dictionary! {
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1, "Filter" => "JBIG2Decode",
            },
            jbig2_mmr(img)?,
        ),
    };
    Some(Stored {
        w: img.w,
        h: img.h,
        dict,
        data,
        jbig2_globals: None,
    })
}

/// A JPEG 2000 codestream or JP2 file of a `w` × `h` page, as a PDF keeps it (the colour
/// space is the codestream's own).
pub fn jpx(w: usize, h: usize, codestream: Vec<u8>) -> Stored {
    Stored {
        w,
        h,
        dict: dictionary! { "Filter" => "JPXDecode" },
        data: codestream,
        jbig2_globals: None,
    }
}

/// The PDF of one page per image, each image filling a page of its size at `dpi`.
pub fn pdf_of(images: Vec<Stored>, dpi: f64) -> Option<Vec<u8>> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let mut kids: Vec<Object> = Vec::new();
    for img in images {
        let mut dict = img.dict;
        dict.set("Type", "XObject");
        dict.set("Subtype", "Image");
        dict.set("Width", i64::try_from(img.w).ok()?);
        dict.set("Height", i64::try_from(img.h).ok()?);
        if let Some(globals) = img.jbig2_globals {
            let id = doc.add_object(Stream::new(dictionary! {}, globals));
            dict.set("DecodeParms", dictionary! { "JBIG2Globals" => id });
        }
        let image_id = doc.add_object(Stream::new(dict, img.data));
        let (pw, ph) = (img.w as f64 * 72.0 / dpi, img.h as f64 * 72.0 / dpi);
        let content = format!("q {pw:.2} 0 0 {ph:.2} 0 0 cm /Im0 Do Q");
        let content_id = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
        let page_id = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content_id,
            "MediaBox" => vec![0.into(), 0.into(), Object::Real(pw as f32), Object::Real(ph as f32)],
            "Resources" => dictionary! { "XObject" => dictionary! { "Im0" => image_id } },
        });
        kids.push(page_id.into());
    }
    let count = i64::try_from(kids.len()).ok()?;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).ok()?;
    Some(out)
}

fn jpeg(img: &Gray) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 85);
    img.to_luma()?.write_with_encoder(enc).ok()?;
    Some(bytes)
}

/// CCITT Group 4 of `img` at grey 128 (black where darker), ended by EOFB.
pub fn fax_g4(img: &Gray) -> Option<Vec<u8>> {
    let width = u16::try_from(img.w).ok()?;
    let mut enc = fax::encoder::Encoder::new(fax::VecWriter::new());
    for row in img.px.chunks_exact(img.w) {
        let pels = row.iter().map(|&v| {
            if v < 128 {
                fax::Color::Black
            } else {
                fax::Color::White
            }
        });
        enc.encode_line(pels, width).ok()?;
    }
    Some(enc.finish().ok()?.finish())
}

/// A JBIG2 embedded stream of `img` at grey 128, as PDF wants it (no file header, no
/// end-of-page): a page information segment, then one immediate lossless generic region
/// covering the page, coded with MMR, whose data is CCITT Group 4 with black as 1 (6.2.6).
pub fn jbig2_mmr(img: &Gray) -> Option<Vec<u8>> {
    let (w, h) = (u32::try_from(img.w).ok()?, u32::try_from(img.h).ok()?);
    let size = [w.to_be_bytes(), h.to_be_bytes()].concat();
    // 7.4.8: size, resolution unknown (0, 0), flags 0 (white page, OR), no striping.
    let page_info = [&size[..], &[0; 8], &[0], &[0; 2]].concat();
    // 7.4.1 region information (size, at 0,0, OR), then 7.4.6.2 flags: MMR = 1.
    let region = [&size[..], &[0; 8], &[0], &[1], &fax_g4(img)?].concat();
    let mut out = segment(0, 48, 1, &page_info)?;
    out.extend(segment(1, 39, 1, &region)?);
    Some(out)
}

/// A segment (7.2) of `page` (0: shared by all) that refers to no other segment.
pub fn segment(number: u32, kind: u8, page: u8, data: &[u8]) -> Option<Vec<u8>> {
    let len = u32::try_from(data.len()).ok()?;
    Some(
        [
            &number.to_be_bytes()[..],
            &[kind, 0, page],
            &len.to_be_bytes(),
            data,
        ]
        .concat(),
    )
}
