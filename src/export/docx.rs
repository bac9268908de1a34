//! The record as a Word document (.docx) for offices to file and print; opens in Word and WPS.
//! The page follows GB/T 9704 (A4, 版心 156 × 225 mm; title 二号 小标宋, body 三号 仿宋, page
//! numbers "— 1 —"), naming common faces with fallbacks; tables have ruled borders, columns as
//! wide as their content asks (`colwidth`) and header rows that repeat on every page.

use super::colwidth::{longest_run, share};
use super::doc::{Align, Block, Document, Table};
use docx_rs::{
    AlignmentType, Docx, Footer, HeightRule, PageMargin, PageNum, Paragraph, Run, RunFonts,
    Shading, TableCell, TableLayoutType, TableRow, WidthType,
};

/// Font sizes in half-points: 二号 title, 三号 headings and body, 四号 subheadings, 五号 tables.
const TITLE_SIZE: usize = 44;
const HEADING_SIZE: usize = 32;
const SUBHEADING_SIZE: usize = 28;
const BODY_SIZE: usize = 32;
const TABLE_SIZE: usize = 21;

/// Twips (1/20 pt) per millimetre.
const TWIPS_PER_MM: f32 = 1440.0 / 25.4;
/// The 版心's width: 156 mm.
const TEXT_WIDTH_TWIPS: f32 = 156.0 * TWIPS_PER_MM;
/// A header row is marked with this row height while built, then given `<w:tblHeader/>` (which
/// docx-rs cannot write) in the document XML.
const HEADER_MARK: f32 = 7.0;

fn body_fonts() -> RunFonts {
    // 仿宋_GB2312 on older Windows offices, 仿宋 on newer; Word falls back by the east-Asian hint.
    RunFonts::new()
        .east_asia("仿宋")
        .ascii("Times New Roman")
        .hi_ansi("Times New Roman")
}

fn title_fonts() -> RunFonts {
    RunFonts::new()
        .east_asia("方正小标宋简体")
        .ascii("Times New Roman")
        .hi_ansi("Times New Roman")
}

fn table_fonts() -> RunFonts {
    RunFonts::new()
        .east_asia("宋体")
        .ascii("Times New Roman")
        .hi_ansi("Times New Roman")
}

fn heading_fonts() -> RunFonts {
    RunFonts::new()
        .east_asia("黑体")
        .ascii("Arial")
        .hi_ansi("Arial")
}

fn text_paragraph(text: &str, size: usize) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text).size(size).fonts(body_fonts()))
}

fn heading(text: &str, size: usize) -> Paragraph {
    Paragraph::new()
        .add_run(
            Run::new()
                .add_text(text)
                .size(size)
                .bold()
                .fonts(heading_fonts()),
        )
        .keep_next(true)
}

fn cell(text: &str, align: Align, header: bool, width: usize) -> TableCell {
    let mut run = Run::new()
        .add_text(text)
        .size(TABLE_SIZE)
        .fonts(table_fonts());
    if header {
        run = run.bold();
    }
    let p = Paragraph::new().add_run(run).align(match align {
        Align::Left => AlignmentType::Left,
        Align::Right => AlignmentType::Right,
    });
    let c = TableCell::new()
        .add_paragraph(p)
        .width(width, WidthType::Dxa);
    if header {
        c.shading(Shading::new().fill("E7E6E6"))
    } else {
        c
    }
}

/// Width of a Latin letter or digit in em: generous, as the office's fallback faces vary.
const NARROW_EM: f32 = 0.62;

/// A text's width in em: CJK characters one each, others [`NARROW_EM`].
fn text_em(s: &str) -> f32 {
    s.chars()
        .map(|c| match unicode_width::UnicodeWidthChar::width(c) {
            Some(2) => 1.0,
            Some(0) | None => 0.0,
            _ => NARROW_EM,
        })
        .sum()
}

/// Column widths in twips by content: a CJK character is one em of the table's font, a Latin
/// letter half, plus the cell's margins.
fn column_widths(t: &Table) -> Vec<usize> {
    let em = TABLE_SIZE as f32 * 10.0; // half-points to twips
    let margins = 2.0 * 108.0 + 40.0;
    let texts = |i: usize| {
        std::iter::once(t.columns[i].title.as_str()).chain(
            t.rows
                .iter()
                .filter_map(move |r| r.get(i))
                .map(String::as_str),
        )
    };
    let natural: Vec<f32> = (0..t.columns.len())
        .map(|i| {
            texts(i)
                .map(|s| text_em(s) * em + margins)
                .fold(0.0, f32::max)
        })
        .collect();
    let min: Vec<f32> = (0..t.columns.len())
        .map(|i| {
            texts(i)
                .map(|s| longest_run(s) as f32 * em * NARROW_EM + margins)
                .fold(0.0, f32::max)
        })
        .collect();
    share(&natural, &min, TEXT_WIDTH_TWIPS)
        .into_iter()
        .map(|w| w.round() as usize)
        .collect()
}

fn table(t: &Table) -> docx_rs::Table {
    let widths = column_widths(t);
    let mut rows = vec![
        TableRow::new(
            t.columns
                .iter()
                .zip(&widths)
                .map(|(c, w)| cell(&c.title, c.align, true, *w))
                .collect(),
        )
        .row_height(HEADER_MARK)
        .height_rule(HeightRule::AtLeast),
    ];
    for r in &t.rows {
        rows.push(
            TableRow::new(
                t.columns
                    .iter()
                    .zip(r)
                    .zip(&widths)
                    .map(|((c, v), w)| cell(v, c.align, false, *w))
                    .collect(),
            )
            .cant_split(),
        );
    }
    docx_rs::Table::new(rows)
        .set_grid(widths.clone())
        .layout(TableLayoutType::Fixed)
        .width(widths.iter().sum(), WidthType::Dxa)
}

/// GB/T 9704 margins (top 37, inner 28, bottom 35, outer 26 mm) and "— 1 —" page numbers.
fn official_page(d: Docx) -> Docx {
    let mm = |v: f32| (v * TWIPS_PER_MM).round() as i32;
    let margin = PageMargin {
        top: mm(37.0),
        left: mm(28.0),
        bottom: mm(35.0),
        right: mm(26.0),
        header: mm(15.0),
        footer: mm(28.0),
        gutter: 0,
    };
    let number = Paragraph::new()
        .align(AlignmentType::Center)
        .add_run(Run::new().add_text("— ").size(28).fonts(table_fonts()))
        .add_page_num(PageNum::new())
        .add_run(Run::new().add_text(" —").size(28).fonts(table_fonts()));
    d.page_size(mm(210.0) as u32, mm(297.0) as u32)
        .page_margin(margin)
        .footer(Footer::new().add_paragraph(number))
}

/// Marks every header row as repeating on each page (`<w:tblHeader/>`).
fn repeat_headers(xml: Vec<u8>) -> Vec<u8> {
    let text = String::from_utf8_lossy(&xml);
    let mark = format!(r#"<w:trHeight w:val="{HEADER_MARK}" w:hRule="atLeast" />"#);
    text.replace(&mark, "<w:tblHeader />").into_bytes()
}

/// Makes the .docx file's bytes.
pub fn render(doc: &Document) -> Result<Vec<u8>, std::io::Error> {
    let mut d = official_page(
        Docx::new()
            .default_fonts(body_fonts())
            .default_size(BODY_SIZE),
    );
    for b in &doc.blocks {
        d = match b {
            Block::Title(t) => d.add_paragraph(
                Paragraph::new()
                    .add_run(Run::new().add_text(t).size(TITLE_SIZE).fonts(title_fonts()))
                    .align(AlignmentType::Center)
                    .keep_next(true),
            ),
            Block::Heading(h) => d.add_paragraph(heading(h, HEADING_SIZE)),
            Block::Subheading(h) => d.add_paragraph(heading(h, SUBHEADING_SIZE)),
            Block::Fields(fields) => fields.iter().fold(d, |d, f| {
                d.add_paragraph(
                    Paragraph::new()
                        .add_run(
                            Run::new()
                                .add_text(format!("{}:", f.label))
                                .bold()
                                .size(BODY_SIZE)
                                .fonts(body_fonts()),
                        )
                        .add_run(
                            Run::new()
                                .add_text(f.value.as_str())
                                .size(BODY_SIZE)
                                .fonts(body_fonts()),
                        ),
                )
            }),
            Block::Paragraph(p) => d.add_paragraph(text_paragraph(p, BODY_SIZE)),
            Block::Bullets(items) => items.iter().fold(d, |d, i| {
                d.add_paragraph(text_paragraph(&format!("• {i}"), BODY_SIZE))
            }),
            Block::Table(t) => d.add_table(table(t)).add_paragraph(Paragraph::new()),
            Block::Caption(c) => d.add_paragraph(heading(c, BODY_SIZE)),
            Block::Note(n) => d.add_paragraph(
                Paragraph::new().add_run(
                    Run::new()
                        .add_text(n.as_str())
                        .italic()
                        .size(BODY_SIZE)
                        .fonts(body_fonts()),
                ),
            ),
        };
    }
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut xml = d.build();
    xml.document = repeat_headers(xml.document);
    xml.pack(&mut buf)
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(buf.into_inner())
}
