//! A PDF as an office scanner writes it: one page per image, each page's image stored as JPEG
//! (DCTDecode) or, in black-and-white mode, CCITT Group 4 fax. The demo writes one beside its
//! PNG pages, and the tests read it back.

use crate::scan::gray::Gray;
use lopdf::{Document, Object, Stream, dictionary};

/// How the scanner stores each page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    Jpeg,
    /// Black and white at grey 128, CCITT Group 4.
    Fax,
}

/// The PDF of `pages` scanned at `dpi`, or `None` if an image could not be encoded.
pub fn scanner_pdf(pages: &[Gray], dpi: f64, storage: Storage) -> Option<Vec<u8>> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let mut kids: Vec<Object> = Vec::new();
    for img in pages {
        let (w, h) = (i64::try_from(img.w).ok()?, i64::try_from(img.h).ok()?);
        let stream = match storage {
            Storage::Jpeg => Stream::new(
                dictionary! {
                    "Type" => "XObject", "Subtype" => "Image", "Width" => w, "Height" => h,
                    "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "DCTDecode",
                },
                jpeg(img)?,
            ),
            Storage::Fax => Stream::new(
                dictionary! {
                    "Type" => "XObject", "Subtype" => "Image", "Width" => w, "Height" => h,
                    "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1, "Filter" => "CCITTFaxDecode",
                    "DecodeParms" => dictionary! { "K" => -1, "Columns" => w, "Rows" => h },
                },
                fax_g4(img)?,
            ),
        };
        let image_id = doc.add_object(stream);
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
