//! The record as a Word document (.docx) for offices to file and print; opens in Word and WPS.
//! Headings are bold runs in the 宋体/黑体 sizes such forms use, tables have ruled borders.

use super::doc::{Align, Block, Document, Table};
use docx_rs::{
    AlignmentType, Docx, Paragraph, Run, RunFonts, Shading, TableCell, TableRow, WidthType,
};

/// Font sizes in half-points: 二号 title, 三号 headings, 四号 subheadings, 小四 body, 五号 tables.
const TITLE_SIZE: usize = 44;
const HEADING_SIZE: usize = 32;
const SUBHEADING_SIZE: usize = 28;
const BODY_SIZE: usize = 24;
const TABLE_SIZE: usize = 21;

fn body_fonts() -> RunFonts {
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

fn cell(text: &str, align: Align, header: bool) -> TableCell {
    let mut run = Run::new()
        .add_text(text)
        .size(TABLE_SIZE)
        .fonts(body_fonts());
    if header {
        run = run.bold();
    }
    let p = Paragraph::new().add_run(run).align(match align {
        Align::Left => AlignmentType::Left,
        Align::Right => AlignmentType::Right,
    });
    let c = TableCell::new().add_paragraph(p);
    if header {
        c.shading(Shading::new().fill("E7E6E6"))
    } else {
        c
    }
}

fn table(t: &Table) -> docx_rs::Table {
    let mut rows = vec![TableRow::new(
        t.columns
            .iter()
            .map(|c| cell(&c.title, c.align, true))
            .collect(),
    )];
    for r in &t.rows {
        rows.push(TableRow::new(
            t.columns
                .iter()
                .zip(r)
                .map(|(c, v)| cell(v, c.align, false))
                .collect(),
        ));
    }
    docx_rs::Table::new(rows).width(5000, WidthType::Pct)
}

/// Makes the .docx file's bytes.
pub fn render(doc: &Document) -> Result<Vec<u8>, std::io::Error> {
    let mut d = Docx::new()
        .default_fonts(body_fonts())
        .default_size(BODY_SIZE);
    for b in &doc.blocks {
        d = match b {
            Block::Title(t) => d.add_paragraph(heading(t, TITLE_SIZE).align(AlignmentType::Center)),
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
    d.build()
        .pack(&mut buf)
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(buf.into_inner())
}
