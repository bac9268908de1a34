//! A format-neutral document: the record and the notice are laid out once as blocks, and every
//! output format (Markdown, text, HTML, Word) renders the same blocks, so they all say the same thing.

/// How a table column's cells line up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub title: String,
    pub align: Align,
}

impl Column {
    pub fn left(title: impl Into<String>) -> Column {
        Column {
            title: title.into(),
            align: Align::Left,
        }
    }

    pub fn right(title: impl Into<String>) -> Column {
        Column {
            title: title.into(),
            align: Align::Right,
        }
    }
}

/// A table with a header row; every row has one cell per column.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(columns: Vec<Column>) -> Table {
        Table {
            columns,
            rows: Vec::new(),
        }
    }

    /// Adds a row, padding or cutting it to the number of columns so renderers never index out.
    pub fn push(&mut self, mut row: Vec<String>) {
        row.resize(self.columns.len(), String::new());
        self.rows.push(row);
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// One `label: value` line of the meeting header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The document's title line (关于___同志的群众评议材料).
    Title(String),
    /// A numbered section (一、会议议程).
    Heading(String),
    /// A part of a section (one ballot round, one target, one category).
    Subheading(String),
    /// A short bold line naming what the next table is about (one ballot item).
    Caption(String),
    /// Header lines, labels aligned.
    Fields(Vec<Field>),
    Paragraph(String),
    Bullets(Vec<String>),
    Table(Table),
    /// A remark about the record itself: a figure that is missing or not yet computed.
    Note(String),
}

/// A laid-out document: its title (for the HTML `<title>` and the Word properties) and its blocks.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    pub title: String,
    pub lang_code: &'static str,
    pub blocks: Vec<Block>,
}

impl Document {
    pub fn new(title: impl Into<String>, lang_code: &'static str) -> Document {
        Document {
            title: title.into(),
            lang_code,
            blocks: Vec::new(),
        }
    }

    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// Every table in the document, in order (tests and the PDF check look for the results table).
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
    }
}

/// A value for a cell or field that the record does not have: a dash, never an empty string that
/// a reader might take for an omission.
pub fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "—".to_string()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_fitted_to_the_columns() {
        let mut t = Table::new(vec![Column::left("a"), Column::right("b")]);
        t.push(vec!["1".into()]);
        t.push(vec!["1".into(), "2".into(), "3".into()]);
        assert_eq!(t.rows[0], vec!["1".to_string(), String::new()]);
        assert_eq!(t.rows[1].len(), 2);
    }

    #[test]
    fn missing_values_show_a_dash() {
        assert_eq!(or_dash("  "), "—");
        assert_eq!(or_dash("镇政府会议室"), "镇政府会议室");
    }
}
