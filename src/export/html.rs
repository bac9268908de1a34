//! The record as one self-contained HTML page: no scripts, no outside files, a print stylesheet for
//! A4 so the browser's "print to PDF" gives a page offices can file.

use super::doc::{Align, Block, Document, Table};

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif;
       font-size: 15px; line-height: 1.6; color: #111; background: #fff; margin: 0; }
main { max-width: 60em; margin: 2em auto; padding: 0 1.5em; }
h1 { text-align: center; font-size: 1.6em; margin: 0.5em 0 1em; }
h2 { font-size: 1.25em; margin: 1.6em 0 0.6em; border-bottom: 1px solid #444; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; }
th, td { border: 1px solid #555; padding: 0.2em 0.5em; vertical-align: top; }
th { background: #eee; font-weight: bold; text-align: left; }
.r { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th { word-break: keep-all; }
table.fields td, table.fields th { border: none; padding: 0.1em 0.5em 0.1em 0; background: none; }
table.fields th { white-space: nowrap; width: 1%; }
p.note { color: #555; font-style: italic; }
p.caption { font-weight: bold; margin: 0.8em 0 0.2em; break-after: avoid; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; margin: 0; padding: 0; }
  h2, h3 { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn class(a: Align) -> &'static str {
    match a {
        Align::Left => "",
        Align::Right => " class=\"r\"",
    }
}

fn table(out: &mut String, t: &Table) {
    out.push_str("<table>\n<thead><tr>");
    for c in &t.columns {
        out.push_str(&format!("<th{}>{}</th>", class(c.align), escape(&c.title)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in &t.rows {
        out.push_str("<tr>");
        for (c, v) in t.columns.iter().zip(r) {
            out.push_str(&format!("<td{}>{}</td>", class(c.align), escape(v)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

pub fn render(doc: &Document) -> String {
    let lang = match doc.lang_code {
        "zh" => "zh-CN",
        other => other,
    };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"pingyi\">\n<title>{}</title>\n<style>{STYLE}</style>\n\
         </head>\n<body>\n<main>\n",
        escape(&doc.title)
    );
    for b in &doc.blocks {
        match b {
            Block::Title(t) => out.push_str(&format!("<h1>{}</h1>\n", escape(t))),
            Block::Heading(h) => out.push_str(&format!("<h2>{}</h2>\n", escape(h))),
            Block::Subheading(h) => out.push_str(&format!("<h3>{}</h3>\n", escape(h))),
            Block::Fields(fields) => {
                out.push_str("<table class=\"fields\">\n");
                for f in fields {
                    out.push_str(&format!(
                        "<tr><th>{}:</th><td>{}</td></tr>\n",
                        escape(&f.label),
                        escape(&f.value)
                    ));
                }
                out.push_str("</table>\n");
            }
            Block::Paragraph(p) => out.push_str(&format!("<p>{}</p>\n", escape(p))),
            Block::Bullets(items) => {
                out.push_str("<ul>\n");
                for i in items {
                    out.push_str(&format!("<li>{}</li>\n", escape(i)));
                }
                out.push_str("</ul>\n");
            }
            Block::Table(t) => table(&mut out, t),
            Block::Caption(c) => out.push_str(&format!("<p class=\"caption\">{}</p>\n", escape(c))),
            Block::Note(n) => out.push_str(&format!("<p class=\"note\">{}</p>\n", escape(n))),
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::doc::Column;

    #[test]
    fn user_text_is_escaped() {
        let mut d = Document::new("<评议>", "zh");
        let mut t = Table::new(vec![Column::left("内容"), Column::right("票数")]);
        t.push(vec![
            "<script>alert(1)</script> & \"引号\"".into(),
            "66".into(),
        ]);
        d.push(Block::Table(t));
        let html = render(&d);
        assert!(html.contains("<title>&lt;评议&gt;</title>"));
        assert!(
            html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;</td>")
        );
        assert!(html.contains("<td class=\"r\">66</td>"));
        assert!(!html.contains("<script>"));
    }

    #[test]
    fn page_is_self_contained_and_printable() {
        let html = render(&Document::new("t", "zh"));
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<html lang=\"zh-CN\">"));
        assert!(html.contains("@media print"));
        assert!(html.contains("@page"));
        assert!(!html.contains("src="), "no outside resources");
        assert!(!html.contains("href="), "no outside resources");
    }
}
