//! The record and the notice as PDF: one more renderer of the laid-out [`Document`], set as
//! Chinese official documents are (GB/T 9704): title in a 宋体-style face at 二号 (22 pt), body
//! in a 仿宋-style face at 三号 (16 pt), tables at 五号 (10.5 pt), page numbers "— 1 —".

use super::flow::{Col, Face, Flow, GB9704, pt};
use super::font::FontSet;
use super::pdf::{HAlign, PdfError};
use crate::export::doc::{Align, Block, Document};
use crate::i18n::paper as tx;

const TITLE_PT: f32 = 22.0;
const HEADING_PT: f32 = 16.0;
const BODY_PT: f32 = 16.0;
const SMALL_PT: f32 = 14.0;
const TABLE_PT: f32 = 10.5;

/// The document's PDF bytes.
pub fn render(doc: &Document, fonts: &FontSet) -> Result<Vec<u8>, PdfError> {
    let mut f = Flow::new(fonts, GB9704);
    let colon = if doc.lang_code == "zh" { "：" } else { ": " };
    for b in &doc.blocks {
        block(&mut f, b, colon);
    }
    // Odd pages carry their number at the right, even pages at the left, one space in.
    f.finish(&doc.title, doc.lang_code, |k, _| {
        let align = if k % 2 == 1 {
            HAlign::Right
        } else {
            HAlign::Left
        };
        (tx::page_dash(k as u32), align)
    })
}

fn block(f: &mut Flow<'_>, b: &Block, colon: &str) {
    match b {
        Block::Title(t) => {
            f.title(Face::Title, pt(TITLE_PT), t);
            f.space(pt(BODY_PT) * 0.8);
        }
        Block::Heading(h) => f.heading(Face::Form, pt(HEADING_PT), h),
        Block::Subheading(h) => f.heading(Face::Body, pt(SMALL_PT), h),
        Block::Caption(c) => f.heading(Face::Body, pt(SMALL_PT), c),
        Block::Fields(fields) => {
            for field in fields {
                f.paragraph(
                    Face::Body,
                    pt(BODY_PT),
                    0.0,
                    &format!("{}{colon}{}", field.label, field.value),
                );
            }
        }
        Block::Paragraph(p) => f.paragraph(Face::Body, pt(BODY_PT), 0.0, p),
        Block::Bullets(items) => {
            for i in items {
                f.paragraph(Face::Body, pt(BODY_PT), 0.0, &format!("• {i}"));
            }
        }
        Block::Table(t) => {
            let cols: Vec<Col> = t
                .columns
                .iter()
                .map(|c| Col {
                    title: c.title.clone(),
                    align: match c.align {
                        Align::Left => HAlign::Left,
                        Align::Right => HAlign::Right,
                    },
                    min_mm: 0.0,
                })
                .collect();
            f.table(Face::Body, pt(TABLE_PT), &cols, &t.rows);
        }
        Block::Note(n) => f.paragraph(Face::Body, pt(SMALL_PT), 0.0, n),
    }
}
