//! The record as Markdown: headings, a header list and pipe tables padded by display width so the
//! file reads well as plain text too.

use super::doc::{Align, Block, Document, Table};
use super::width::{one_line, pad, width};

/// Escapes the characters Markdown would take as formatting in running text.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '|' | '<' | '>' | '[' | ']' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn cell(s: &str) -> String {
    escape(&one_line(s))
}

fn table(out: &mut String, t: &Table) {
    let header: Vec<String> = t.columns.iter().map(|c| cell(&c.title)).collect();
    let rows: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|r| r.iter().map(|c| cell(c)).collect())
        .collect();
    let widths: Vec<usize> = (0..t.columns.len())
        .map(|i| {
            rows.iter()
                .map(|r| r.get(i).map_or(0, |c| width(c)))
                .chain([width(&header[i]), 3])
                .max()
                .unwrap_or(3)
        })
        .collect();
    let line = |cells: &[String], out: &mut String| {
        out.push('|');
        for (i, c) in cells.iter().enumerate() {
            out.push(' ');
            out.push_str(&pad(c, widths[i], t.columns[i].align));
            out.push_str(" |");
        }
        out.push('\n');
    };
    line(&header, out);
    out.push('|');
    for (i, c) in t.columns.iter().enumerate() {
        let dashes = "-".repeat(widths[i].saturating_sub(1));
        match c.align {
            Align::Left => out.push_str(&format!(" {dashes}- |")),
            Align::Right => out.push_str(&format!(" {dashes}: |")),
        }
    }
    out.push('\n');
    for r in &rows {
        line(r, out);
    }
}

pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    for b in &doc.blocks {
        if !out.is_empty() {
            out.push('\n');
        }
        match b {
            Block::Title(t) => out.push_str(&format!("# {}\n", escape(&one_line(t)))),
            Block::Heading(h) => out.push_str(&format!("## {}\n", escape(&one_line(h)))),
            Block::Subheading(h) => out.push_str(&format!("### {}\n", escape(&one_line(h)))),
            Block::Fields(fields) => {
                for f in fields {
                    out.push_str(&format!(
                        "- **{}:** {}\n",
                        escape(&one_line(&f.label)),
                        escape(&one_line(&f.value))
                    ));
                }
            }
            Block::Paragraph(p) => out.push_str(&format!("{}\n", escape(&one_line(p)))),
            Block::Bullets(items) => {
                for i in items {
                    out.push_str(&format!("- {}\n", escape(&one_line(i))));
                }
            }
            Block::Table(t) => table(&mut out, t),
            Block::Caption(c) => out.push_str(&format!("**{}**\n", escape(&one_line(c)))),
            Block::Note(n) => out.push_str(&format!("> {}\n", escape(&one_line(n)))),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::doc::{Column, Field};

    #[test]
    fn pipe_tables_line_up_by_display_width() {
        let mut t = Table::new(vec![Column::left("等次"), Column::right("票数")]);
        t.push(vec!["满意".into(), "66".into()]);
        t.push(vec!["基本满意".into(), "0".into()]);
        let mut d = Document::new("t", "zh");
        d.push(Block::Table(t));
        let md = render(&d);
        assert_eq!(
            md,
            "| 等次     | 票数 |\n| -------- | ---: |\n| 满意     |   66 |\n| 基本满意 |    0 |\n"
        );
    }

    #[test]
    fn user_text_cannot_break_the_table_or_add_formatting() {
        let mut t = Table::new(vec![Column::left("内容")]);
        t.push(vec!["路灯|坏了\n*尽快*修".into()]);
        let mut d = Document::new("t", "zh");
        d.push(Block::Fields(vec![Field {
            label: "主题".into(),
            value: "# 不是标题".into(),
        }]));
        d.push(Block::Table(t));
        let md = render(&d);
        assert!(md.contains("路灯\\|坏了 \\*尽快\\*修"), "{md}");
        assert!(md.contains("- **主题:** \\# 不是标题"), "{md}");
    }
}
