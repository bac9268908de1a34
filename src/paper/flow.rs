//! Flowing text and tables onto pages: the record, the notice and the sign-in sheet as PDF.
//! Pages follow GB/T 9704 (A4, 版心 156 × 225 mm, 37 mm top and 28 mm inner margin); a table's
//! columns are as wide as their content asks and its header row repeats on every page.

use super::font::{FontSet, PaperFont};
use super::layout::Rect;
use super::pdf::{HAlign, Pdf, PdfError, wrap};

/// Points to millimetres: font sizes are given in points, as offices name them (三号 = 16 pt).
pub fn pt(v: f32) -> f32 {
    v * 25.4 / 72.0
}

/// Which face of the [`FontSet`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Title,
    Body,
    Form,
}

/// The page and its text area, in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageGeom {
    pub w: f32,
    pub h: f32,
    pub left: f32,
    pub top: f32,
    pub text_w: f32,
    pub text_h: f32,
}

/// GB/T 9704-2012: A4, 版心 156 × 225 mm, 天头 37 mm, 订口 28 mm.
pub const GB9704: PageGeom = PageGeom {
    w: 210.0,
    h: 297.0,
    left: 28.0,
    top: 37.0,
    text_w: 156.0,
    text_h: 225.0,
};

/// One thing drawn on a page.
#[derive(Debug, Clone)]
enum Op {
    Text {
        face: Face,
        size: f32,
        rect: Rect,
        align: HAlign,
        text: String,
    },
    Outline(Vec<Rect>),
    Shade(Rect),
}

/// A column of a flowed table.
#[derive(Debug, Clone)]
pub struct Col {
    pub title: String,
    pub align: HAlign,
    /// At least this wide (mm), whatever the content (a signature column).
    pub min_mm: f32,
}

/// Text and tables flowing down pages; [`Flow::finish`] adds the page numbers and writes the PDF.
pub struct Flow<'f> {
    fonts: &'f FontSet,
    pub geom: PageGeom,
    pages: Vec<Vec<Op>>,
    y: f32,
    /// Drawn at the top of every new page (the sign-in sheet's header).
    running: Vec<(Face, f32, String)>,
}

impl<'f> Flow<'f> {
    pub fn new(fonts: &'f FontSet, geom: PageGeom) -> Flow<'f> {
        Flow {
            fonts,
            geom,
            pages: vec![Vec::new()],
            y: geom.top,
            running: Vec::new(),
        }
    }

    fn font(&self, face: Face) -> &'f PaperFont {
        match face {
            Face::Title => &self.fonts.title,
            Face::Body => &self.fonts.body,
            Face::Form => &self.fonts.form,
        }
    }

    fn bottom(&self) -> f32 {
        self.geom.top + self.geom.text_h
    }

    fn push(&mut self, op: Op) {
        if let Some(p) = self.pages.last_mut() {
            p.push(op);
        }
    }

    /// Lines repeated at the top of every page from the next one on (and this one if empty).
    pub fn set_running_header(&mut self, lines: Vec<(Face, f32, String)>) {
        self.running = lines;
        if self.pages.last().is_some_and(Vec::is_empty) {
            self.draw_running();
        }
    }

    fn draw_running(&mut self) {
        for (face, size, text) in self.running.clone() {
            self.centered_line(face, size, &text);
        }
        if !self.running.is_empty() {
            self.y += 2.0;
        }
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.geom.top;
        self.draw_running();
    }

    /// Starts a new page unless `h` millimetres still fit on this one.
    pub fn ensure(&mut self, h: f32) {
        if self.y + h > self.bottom() && self.y > self.geom.top + 0.01 {
            self.new_page();
        }
    }

    pub fn space(&mut self, h: f32) {
        self.y += h;
    }

    fn centered_line(&mut self, face: Face, size: f32, text: &str) {
        let h = size * 1.5;
        let rect = Rect::new(self.geom.left, self.y, self.geom.text_w, h);
        self.push(Op::Text {
            face,
            size,
            rect,
            align: HAlign::Center,
            text: text.to_string(),
        });
        self.y += h;
    }

    /// A centred title, wrapped over lines as needed.
    pub fn title(&mut self, face: Face, size: f32, text: &str) {
        let lines = wrap(self.font(face), size, self.geom.text_w, text);
        self.ensure(size * 1.5 * lines.len() as f32);
        for l in lines {
            self.centered_line(face, size, &l);
        }
    }

    /// A paragraph wrapped to the text width, `indent` millimetres in; lines break across pages.
    pub fn paragraph(&mut self, face: Face, size: f32, indent: f32, text: &str) {
        let w = self.geom.text_w - indent;
        let line_h = size * 1.5;
        for l in wrap(self.font(face), size, w, text) {
            self.ensure(line_h);
            let rect = Rect::new(self.geom.left + indent, self.y, w, line_h);
            self.push(Op::Text {
                face,
                size,
                rect,
                align: HAlign::Left,
                text: l,
            });
            self.y += line_h;
        }
    }

    /// A heading kept with at least two lines after it.
    pub fn heading(&mut self, face: Face, size: f32, text: &str) {
        self.ensure(size * 1.5 * 3.0);
        self.paragraph(face, size, 0.0, text);
    }

    /// A table: columns sized by content, cells wrapped, the header repeated on every page.
    pub fn table(&mut self, face: Face, size: f32, cols: &[Col], rows: &[Vec<String>]) {
        let font = self.font(face);
        let pad = 1.2;
        let natural: Vec<f32> = (0..cols.len())
            .map(|i| {
                let cells = rows.iter().filter_map(|r| r.get(i)).map(String::as_str);
                std::iter::once(cols[i].title.as_str())
                    .chain(cells)
                    .map(|t| font.width(t, size) + 2.0 * pad + 0.2)
                    .fold(cols[i].min_mm, f32::max)
            })
            .collect();
        let min: Vec<f32> = (0..cols.len())
            .map(|i| {
                let cells = rows.iter().filter_map(|r| r.get(i)).map(String::as_str);
                std::iter::once(cols[i].title.as_str())
                    .chain(cells)
                    .map(|t| longest_run_mm(font, size, t) + 2.0 * pad + 0.2)
                    .fold(cols[i].min_mm, f32::max)
            })
            .collect();
        let widths = crate::export::colwidth::share(&natural, &min, self.geom.text_w);
        let header: Vec<String> = cols.iter().map(|c| c.title.clone()).collect();
        let header_h = self.row_height(face, size, &widths, &header, pad);
        self.ensure(header_h * 2.0);
        self.row(face, size, cols, &widths, &header, header_h, true);
        for r in rows {
            let h = self.row_height(face, size, &widths, r, pad);
            if self.y + h > self.bottom() {
                self.new_page();
                self.row(face, size, cols, &widths, &header, header_h, true);
            }
            self.row(face, size, cols, &widths, r, h, false);
        }
        self.y += 3.0;
    }

    fn row_height(&self, face: Face, size: f32, widths: &[f32], cells: &[String], pad: f32) -> f32 {
        let lines = cells
            .iter()
            .zip(widths)
            .map(|(t, w)| wrap(self.font(face), size, w - 2.0 * pad, t).len())
            .max()
            .unwrap_or(1)
            .max(1);
        size * 1.35 * lines as f32 + 2.0 * pad
    }

    #[allow(clippy::too_many_arguments)]
    fn row(
        &mut self,
        face: Face,
        size: f32,
        cols: &[Col],
        widths: &[f32],
        cells: &[String],
        h: f32,
        header: bool,
    ) {
        let mut x = self.geom.left;
        let mut outlines = Vec::new();
        for (i, w) in widths.iter().enumerate() {
            let cell = Rect::new(x, self.y, *w, h);
            if header {
                self.push(Op::Shade(cell));
            }
            outlines.push(cell);
            let text = cells.get(i).map(String::as_str).unwrap_or_default();
            let lines = wrap(self.font(face), size, w - 2.4, text);
            let line_h = size * 1.35;
            let top = self.y + (h - line_h * lines.len() as f32) / 2.0;
            let align = if header {
                HAlign::Center
            } else {
                cols[i].align
            };
            for (k, l) in lines.into_iter().enumerate() {
                self.push(Op::Text {
                    face,
                    size,
                    rect: Rect::new(x + 0.4, top + line_h * k as f32, w - 0.8, line_h),
                    align,
                    text: l,
                });
            }
            x += w;
        }
        self.push(Op::Outline(outlines));
        self.y += h;
    }

    /// Pages so far.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Writes every page; `footer(k, n)` gives each page's number line and where it sits.
    pub fn finish(
        self,
        title: &str,
        lang: &str,
        footer: impl Fn(usize, usize) -> (String, HAlign),
    ) -> Result<Vec<u8>, PdfError> {
        let mut pdf = Pdf::new();
        pdf.set_title(title, lang);
        let n = self.pages.len();
        let g = self.geom;
        for (k, ops) in self.pages.iter().enumerate() {
            pdf.page(g.w, g.h, |c| {
                for op in ops {
                    match op {
                        Op::Text {
                            face,
                            size,
                            rect,
                            align,
                            text,
                        } => c.text_in(self.font(*face), *size, rect, *align, text),
                        Op::Outline(rects) => c.stroke_rects(rects, 0.25),
                        Op::Shade(r) => c.shade_rect(r),
                    }
                }
                let (text, align) = footer(k + 1, n);
                // 4号 (14 pt) numbers, 7 mm below the text area (GB/T 9704 §7.5).
                let size = pt(14.0);
                let r = Rect::new(g.left, g.top + g.text_h + 7.0, g.text_w, size * 1.5);
                c.text_in(&self.fonts.form, size, &r, align, &text);
                Ok(())
            })?;
        }
        pdf.finish()
    }
}

/// Width of the longest run of `text` that cannot break (see `export::colwidth::longest_run`).
fn longest_run_mm(font: &PaperFont, size: f32, text: &str) -> f32 {
    let mut best = 0.0_f32;
    let mut run = String::new();
    for c in text.chars() {
        let wide = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) >= 2;
        if c.is_whitespace() || wide {
            best = best.max(font.width(&run, size));
            run.clear();
            if wide {
                best = best.max(font.width(c.encode_utf8(&mut [0; 4]), size));
            }
        } else {
            run.push(c);
        }
    }
    best.max(font.width(&run, size))
}
