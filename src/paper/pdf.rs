//! A small drawing surface in millimetres over krilla (the PDF writer typst uses; it embeds only
//! the glyphs a document uses): rectangles, lines, text fitted into boxes, and QR codes.

use super::font::PaperFont;
use super::layout::Rect;
use krilla::Document;
use krilla::color::luma;
use krilla::geom::{PathBuilder, Point};
use krilla::graphic::Graphic;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;

/// Points per millimetre: PDF measures in points (1/72 inch).
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// Why the PDF could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    #[error("the PDF writer failed: {0}")]
    Writer(String),
    #[error("the QR code could not be made: {0}")]
    Qr(String),
}

/// How a line of text sits in its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HAlign {
    Left,
    Center,
    Right,
}

/// A PDF being written, page by page.
pub struct Pdf {
    doc: Document,
}

impl Default for Pdf {
    fn default() -> Self {
        Pdf::new()
    }
}

impl Pdf {
    pub fn new() -> Pdf {
        Pdf {
            doc: Document::new(),
        }
    }

    /// Sets the document's title (what a viewer shows in its title bar).
    pub fn set_title(&mut self, title: &str, lang: &str) {
        let meta = krilla::metadata::Metadata::new()
            .title(title.to_string())
            .language(lang.to_string())
            .creator("pingyi".to_string());
        self.doc.set_metadata(meta);
    }

    /// Adds a page of `w × h` millimetres and draws on it.
    pub fn page(
        &mut self,
        w: f32,
        h: f32,
        draw: impl FnOnce(&mut Canvas<'_, '_>) -> Result<(), PdfError>,
    ) -> Result<(), PdfError> {
        let settings = PageSettings::from_wh(w * PT_PER_MM, h * PT_PER_MM)
            .ok_or_else(|| PdfError::Writer(format!("bad page size {w}×{h} mm")))?;
        let mut page = self.doc.start_page_with(settings);
        let mut surface = page.surface();
        let result = draw(&mut Canvas {
            surface: &mut surface,
        });
        surface.finish();
        page.finish();
        result
    }

    pub fn finish(self) -> Result<Vec<u8>, PdfError> {
        self.doc
            .finish()
            .map_err(|e| PdfError::Writer(format!("{e:?}")))
    }
}

/// One page's surface, in millimetres from the top-left corner, y down.
pub struct Canvas<'s, 'p> {
    surface: &'s mut Surface<'p>,
}

fn mm(v: f32) -> f32 {
    v * PT_PER_MM
}

fn black_fill() -> Fill {
    Fill {
        paint: luma::Color::black().into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

impl Canvas<'_, '_> {
    /// Records a drawing once as a reusable graphic (a PDF form XObject): what every copy of a
    /// ballot page has in common is written into the file once, however many copies there are.
    pub fn record(
        &mut self,
        draw: impl FnOnce(&mut Canvas<'_, '_>) -> Result<(), PdfError>,
    ) -> Result<Graphic, PdfError> {
        let mut builder = self.surface.stream_builder();
        let mut surface = builder.surface();
        let result = draw(&mut Canvas {
            surface: &mut surface,
        });
        surface.finish();
        let stream = builder.finish();
        result.map(|()| Graphic::new(stream, false))
    }

    /// Draws a graphic made by [`Canvas::record`] in this document.
    pub fn graphic(&mut self, g: &Graphic) {
        self.surface.draw_graphic(g.clone());
    }

    /// Fills rectangles solid black (one path, so many small ones stay cheap).
    pub fn fill_rects(&mut self, rects: &[Rect]) {
        let mut pb = PathBuilder::new();
        for r in rects {
            if let Some(rect) = krilla::geom::Rect::from_xywh(mm(r.x), mm(r.y), mm(r.w), mm(r.h)) {
                pb.push_rect(rect);
            }
        }
        if let Some(path) = pb.finish() {
            self.surface.set_stroke(None);
            self.surface.set_fill(Some(black_fill()));
            self.surface.draw_path(&path);
        }
    }

    /// Fills a rectangle light grey (a table's header row).
    pub fn shade_rect(&mut self, r: &Rect) {
        if let Some(rect) = krilla::geom::Rect::from_xywh(mm(r.x), mm(r.y), mm(r.w), mm(r.h)) {
            let mut pb = PathBuilder::new();
            pb.push_rect(rect);
            if let Some(path) = pb.finish() {
                self.surface.set_stroke(None);
                self.surface.set_fill(Some(Fill {
                    paint: luma::Color::new(230).into(),
                    opacity: NormalizedF32::ONE,
                    rule: Default::default(),
                }));
                self.surface.draw_path(&path);
            }
        }
    }

    /// Outlines rectangles with lines `width` millimetres thick.
    pub fn stroke_rects(&mut self, rects: &[Rect], width: f32) {
        let mut pb = PathBuilder::new();
        for r in rects.iter().filter(|r| r.w > 0.0 && r.h > 0.0) {
            if let Some(rect) = krilla::geom::Rect::from_xywh(mm(r.x), mm(r.y), mm(r.w), mm(r.h)) {
                pb.push_rect(rect);
            }
        }
        self.stroke_path(pb, width);
    }

    /// Straight lines `(x1, y1, x2, y2)`.
    pub fn lines(&mut self, lines: &[(f32, f32, f32, f32)], width: f32) {
        let mut pb = PathBuilder::new();
        for &(x1, y1, x2, y2) in lines {
            pb.move_to(mm(x1), mm(y1));
            pb.line_to(mm(x2), mm(y2));
        }
        self.stroke_path(pb, width);
    }

    fn stroke_path(&mut self, pb: PathBuilder, width: f32) {
        if let Some(path) = pb.finish() {
            self.surface.set_fill(None);
            self.surface.set_stroke(Some(Stroke {
                width: mm(width),
                ..Stroke::default()
            }));
            self.surface.draw_path(&path);
            self.surface.set_stroke(None);
        }
    }

    /// Text with its baseline at `(x, y)`, `size` millimetres high (1 em).
    pub fn text(&mut self, font: &PaperFont, size: f32, x: f32, y: f32, text: &str) {
        if text.is_empty() {
            return;
        }
        let glyphs = font.glyphs(text);
        self.surface.set_stroke(None);
        self.surface.set_fill(Some(black_fill()));
        self.surface.draw_glyphs(
            Point::from_xy(mm(x), mm(y)),
            &glyphs,
            font.krilla().clone(),
            text,
            mm(size),
            false,
        );
    }

    /// One line of text in `rect`, vertically centred, shrunk (to half size at most) to fit its
    /// width, and cut with `…` if even that is too wide.
    pub fn text_in(&mut self, font: &PaperFont, size: f32, rect: &Rect, align: HAlign, text: &str) {
        let pad = 0.8_f32.min(rect.w / 4.0);
        let room = (rect.w - 2.0 * pad).max(0.0);
        let (size, text) = fit(font, size, room, text);
        let w = font.width(&text, size);
        let x = match align {
            HAlign::Left => rect.x + pad,
            HAlign::Center => rect.x + (rect.w - w) / 2.0,
            HAlign::Right => rect.right() - pad - w,
        };
        self.text(font, size, x, baseline(rect.y, rect.h, size), &text);
    }

    /// Text wrapped character by character (as Chinese wraps) into `rect`, centred, at most as
    /// many lines as fit; the size shrinks until it does.
    pub fn text_wrapped(&mut self, font: &PaperFont, size: f32, rect: &Rect, text: &str) {
        let mut size = size;
        let mut lines = wrap(font, size, rect.w - 1.0, text);
        while lines.len() as f32 * size * 1.2 > rect.h && size > 1.8 {
            size *= 0.9;
            lines = wrap(font, size, rect.w - 1.0, text);
        }
        let line_h = size * 1.2;
        let top = rect.y + (rect.h - line_h * lines.len() as f32) / 2.0;
        for (i, line) in lines.iter().enumerate() {
            let r = Rect::new(rect.x, top + line_h * i as f32, rect.w, line_h);
            self.text_in(font, size, &r, HAlign::Center, line);
        }
    }

    /// Text one character under the other, centred in `rect` (grade labels in narrow columns).
    pub fn text_vertical(&mut self, font: &PaperFont, size: f32, rect: &Rect, text: &str) {
        let n = text.chars().count().max(1) as f32;
        let size = size.min((rect.h - 1.0) / (n * 1.15)).max(1.0);
        let line_h = size * 1.15;
        let top = rect.y + (rect.h - line_h * n) / 2.0;
        for (i, c) in text.chars().enumerate() {
            let r = Rect::new(rect.x, top + line_h * i as f32, rect.w, line_h);
            self.text_in(font, size, &r, HAlign::Center, c.encode_utf8(&mut [0; 4]));
        }
    }

    /// A QR code of `data` (error correction Q) filling `rect`.
    pub fn qr(&mut self, rect: &Rect, data: &str) -> Result<(), PdfError> {
        let code = qrcode::QrCode::with_error_correction_level(data, qrcode::EcLevel::Q)
            .map_err(|e| PdfError::Qr(e.to_string()))?;
        let n = code.width();
        let module = rect.w.min(rect.h) / n as f32;
        let colors = code.to_colors();
        let mut runs = Vec::new();
        for y in 0..n {
            // Dark modules side by side become one rectangle: a smaller file, the same code.
            let mut x = 0;
            while x < n {
                if colors[y * n + x] == qrcode::Color::Dark {
                    let start = x;
                    while x < n && colors[y * n + x] == qrcode::Color::Dark {
                        x += 1;
                    }
                    runs.push(Rect::new(
                        rect.x + module * start as f32,
                        rect.y + module * y as f32,
                        module * (x - start) as f32,
                        module,
                    ));
                } else {
                    x += 1;
                }
            }
        }
        self.fill_rects(&runs);
        Ok(())
    }
}

/// The baseline that centres a line of `size` in a box from `top`, `h` high (CJK faces sit
/// about 0.88 em above their baseline).
pub fn baseline(top: f32, h: f32, size: f32) -> f32 {
    top + (h - size) / 2.0 + size * 0.88
}

/// The size and text that fit `room`: shrunk to half size at most, then cut with `…`.
fn fit(font: &PaperFont, size: f32, room: f32, text: &str) -> (f32, String) {
    let w = font.width(text, size);
    if w <= room || w <= 0.0 {
        return (size, text.to_string());
    }
    let shrunk = (size * room / w).max(size / 2.0);
    if font.width(text, shrunk) <= room {
        return (shrunk, text.to_string());
    }
    let mut out = String::new();
    for c in text.chars() {
        let mut next = out.clone();
        next.push(c);
        next.push('…');
        if font.width(&next, shrunk) > room {
            break;
        }
        out.push(c);
    }
    out.push('…');
    (shrunk, out)
}

/// Breaks `text` into lines no wider than `width`: between any two Chinese characters, at
/// spaces in Latin text (a word longer than a line is cut); a line break starts a new line.
pub fn wrap(font: &PaperFont, size: f32, width: f32, text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut w = 0.0;
        for c in para.chars() {
            let cw = font.width(c.encode_utf8(&mut [0; 4]), size);
            if !line.is_empty() && w + cw > width + 1e-3 {
                let carry = latin_tail(&line, c).to_string();
                line.truncate(line.len() - carry.len());
                lines.push(line.trim_end().to_string());
                line = carry.trim_start().to_string();
                w = font.width(&line, size);
                if c == ' ' && line.is_empty() {
                    continue;
                }
            }
            line.push(c);
            w += cw;
        }
        lines.push(line);
    }
    lines
}

/// The end of `line` to carry to the next line when `next` does not fit: the part of a Latin
/// word after the last space (nothing when the word fills the line, or for Chinese).
fn latin_tail(line: &str, next: char) -> &str {
    let latin = |c: char| c.is_ascii_alphanumeric() || "()%.,:;'-/".contains(c);
    if !latin(next) {
        return "";
    }
    let start = line
        .char_indices()
        .rev()
        .take_while(|&(_, c)| latin(c))
        .last()
        .map_or(line.len(), |(i, _)| i);
    if start == 0 || !line[..start].ends_with(' ') {
        return "";
    }
    &line[start..]
}
