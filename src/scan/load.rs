//! Page images from what the user names: image files (PNG, JPEG, TIFF of one or many pages),
//! scanners' PDFs, and folders of them. A file or a page that cannot be read is named with the
//! reason, and the run goes on.

use super::gray::Gray;
use std::path::{Path, PathBuf};

/// The largest image read: 64 megapixels (A4 at 600 dpi is 35). A bigger one would take
/// gigabytes to read and is no scan of a ballot.
pub const MAX_PIXELS: usize = 64_000_000;

/// Why a file or a PDF page gave no image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// The file is empty (0 bytes): a scan still being written, or a failed copy.
    Empty,
    Unreadable(String),
    /// Not PNG, JPEG, TIFF or PDF.
    NotAnImage,
    BadImage(String),
    TooLarge {
        w: usize,
        h: usize,
    },
    BrokenPdf(String),
    NoPages,
    /// A PDF page with no image on it (a document, not a scan).
    NoImage,
    /// A PDF image in a format this reader does not decode (a filter or a bit depth).
    UnsupportedPdfImage(String),
    /// A TIFF page in a form this reader does not decode (32-bit or floating-point samples,
    /// colour planes stored apart…).
    UnsupportedTiff(String),
}

/// One page image from a file: which file, which page (1-based), the image or why not.
#[derive(Debug)]
pub struct Loaded {
    pub file: PathBuf,
    pub page: u32,
    pub image: Result<Gray, LoadProblem>,
}

const EXTENSIONS: [&str; 7] = ["png", "jpg", "jpeg", "tif", "tiff", "pdf", "jfif"];

/// The files named, folders opened (their readable files in name order, not descending further).
pub fn expand(inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in inputs {
        if p.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(p)
                .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            files.retain(|f| f.is_file() && has_scan_extension(f));
            files.sort();
            out.extend(files);
        } else {
            out.push(p.clone());
        }
    }
    out
}

pub fn has_scan_extension(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Every page image of one file.
pub fn load(file: &Path) -> Vec<Loaded> {
    match std::fs::read(file) {
        Ok(bytes) => load_bytes(file, &bytes),
        Err(e) => vec![Loaded {
            file: file.to_path_buf(),
            page: 1,
            image: Err(LoadProblem::Unreadable(e.to_string())),
        }],
    }
}

/// Every page image of `file`'s contents, already read (a watched folder reads a file once,
/// checks it is whole and new, and decodes exactly those bytes).
pub fn load_bytes(file: &Path, bytes: &[u8]) -> Vec<Loaded> {
    let one = |image| {
        vec![Loaded {
            file: file.to_path_buf(),
            page: 1,
            image,
        }]
    };
    if bytes.is_empty() {
        return one(Err(LoadProblem::Empty));
    }
    let pages = if bytes.starts_with(b"%PDF") {
        super::pdf::pages(bytes)
    } else if super::tiff_pages::is_tiff(bytes) {
        super::tiff_pages::pages(bytes)
    } else {
        return one(decode_image(bytes));
    };
    match pages {
        Ok(pages) => pages
            .into_iter()
            .enumerate()
            .map(|(i, image)| Loaded {
                file: file.to_path_buf(),
                page: u32::try_from(i + 1).unwrap_or(u32::MAX),
                image,
            })
            .collect(),
        Err(p) => one(Err(p)),
    }
}

/// A PNG, JPEG or TIFF in memory as grey, refusing what is too large before decoding it (a
/// TIFF's first page only: files go through [`load_bytes`], which reads every page).
pub fn decode_image(bytes: &[u8]) -> Result<Gray, LoadProblem> {
    let format = image::guess_format(bytes).map_err(|_| LoadProblem::NotAnImage)?;
    if !matches!(
        format,
        image::ImageFormat::Png | image::ImageFormat::Jpeg | image::ImageFormat::Tiff
    ) {
        return Err(LoadProblem::NotAnImage);
    }
    let reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), format);
    let (w, h) = reader
        .into_dimensions()
        .map_err(|e| LoadProblem::BadImage(e.to_string()))?;
    let (w, h) = (w as usize, h as usize);
    if w.saturating_mul(h) > MAX_PIXELS {
        return Err(LoadProblem::TooLarge { w, h });
    }
    let img = image::load_from_memory_with_format(bytes, format)
        .map_err(|e| LoadProblem::BadImage(e.to_string()))?;
    Ok(Gray::from_luma(img.into_luma8()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::ImageEncoder;

    #[test]
    fn empty_huge_and_foreign_files_are_named() {
        assert_eq!(decode_image(b"hello").err(), Some(LoadProblem::NotAnImage));
        let dir = tempfile::tempdir().expect("dir");
        let empty = dir.path().join("empty.png");
        std::fs::write(&empty, b"").expect("write");
        assert_eq!(
            load(&empty)[0].image.as_ref().err(),
            Some(&LoadProblem::Empty)
        );
        // A 10,000 × 10,000 PNG header: refused from its size alone, never decoded.
        let big = image::GrayImage::new(10_000, 10_000);
        let mut png = Vec::new();
        image::codecs::png::PngEncoder::new_with_quality(
            &mut png,
            image::codecs::png::CompressionType::Fast,
            image::codecs::png::FilterType::NoFilter,
        )
        .write_image(big.as_raw(), 10_000, 10_000, image::ExtendedColorType::L8)
        .expect("encode");
        assert_eq!(
            decode_image(&png).err(),
            Some(LoadProblem::TooLarge {
                w: 10_000,
                h: 10_000
            })
        );
    }
}
