//! The record as plain text for a terminal, a printer or a chat message: tables aligned by display
//! width, headings underlined, nothing but characters.

use super::doc::{Block, Document, Table};
use super::width::{centre, one_line, pad, width};

/// Column gap between table cells.
const GAP: &str = "  ";
/// The page width the title is centred in when no table is wider.
const PAGE: usize = 72;
/// The widest line the title is ever centred in.
const MAX_CENTRE: usize = 100;

fn table_lines(t: &Table) -> Vec<String> {
    let header: Vec<String> = t.columns.iter().map(|c| one_line(&c.title)).collect();
    let rows: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|r| r.iter().map(|c| one_line(c)).collect())
        .collect();
    let widths: Vec<usize> = (0..t.columns.len())
        .map(|i| {
            rows.iter()
                .map(|r| r.get(i).map_or(0, |c| width(c)))
                .chain([width(&header[i])])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String]| -> String {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| pad(c, widths[i], t.columns[i].align))
            .collect();
        parts.join(GAP).trim_end().to_string()
    };
    let mut out = vec![line(&header)];
    out.push(
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join(GAP),
    );
    out.extend(rows.iter().map(|r| line(r)));
    out
}

pub fn render(doc: &Document) -> String {
    let page = doc
        .tables()
        .flat_map(table_lines)
        .map(|l| width(&l))
        .chain([PAGE])
        .max()
        .unwrap_or(PAGE)
        // A very wide table (long suggestions) would push the title off a printed page.
        .min(MAX_CENTRE);
    let mut out = String::new();
    let mut push = |line: String| {
        out.push_str(&line);
        out.push('\n');
    };
    for (i, b) in doc.blocks.iter().enumerate() {
        if i > 0 {
            push(String::new());
        }
        match b {
            Block::Title(t) => push(centre(&one_line(t), page)),
            Block::Heading(h) => {
                let h = one_line(h);
                let rule = "=".repeat(width(&h));
                push(h);
                push(rule);
            }
            Block::Subheading(h) => {
                let h = one_line(h);
                let rule = "-".repeat(width(&h));
                push(h);
                push(rule);
            }
            Block::Fields(fields) => {
                let w = fields
                    .iter()
                    .map(|f| width(&one_line(&f.label)))
                    .max()
                    .unwrap_or(0);
                for f in fields {
                    let label = pad(&one_line(&f.label), w, super::doc::Align::Left);
                    push(format!("{label}  {}", one_line(&f.value)));
                }
            }
            Block::Paragraph(p) => push(one_line(p)),
            Block::Bullets(items) => {
                for it in items {
                    push(format!("  - {}", one_line(it)));
                }
            }
            Block::Table(t) => {
                for l in table_lines(t) {
                    push(l);
                }
            }
            Block::Caption(c) => push(one_line(c)),
            Block::Note(n) => push(one_line(n)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::doc::{Column, Field};

    #[test]
    fn columns_line_up_with_chinese_text() {
        let mut t = Table::new(vec![Column::left("测评项目"), Column::right("满意")]);
        t.push(vec!["整体评价".into(), "66".into()]);
        t.push(vec!["发挥战斗堡垒作用".into(), "64".into()]);
        let lines = table_lines(&t);
        assert_eq!(lines[0], "测评项目          满意");
        assert_eq!(lines[1], "----------------  ----");
        assert_eq!(lines[2], "整体评价            66");
        assert_eq!(lines[3], "发挥战斗堡垒作用    64");
        let widths: Vec<usize> = lines.iter().map(|l| width(l)).collect();
        assert!(widths.iter().all(|w| *w == widths[0]), "{widths:?}");
    }

    #[test]
    fn header_labels_are_padded_to_the_widest() {
        let mut d = Document::new("t", "zh");
        d.push(Block::Fields(vec![
            Field {
                label: "主题".into(),
                value: "评议".into(),
            },
            Field {
                label: "会议主持".into(),
                value: "刘建国".into(),
            },
        ]));
        assert_eq!(render(&d), "主题      评议\n会议主持  刘建国\n");
    }

    #[test]
    fn headings_are_underlined_to_their_width() {
        let mut d = Document::new("t", "zh");
        d.push(Block::Heading("一、会议议程".into()));
        assert_eq!(render(&d), "一、会议议程\n============\n");
    }
}
