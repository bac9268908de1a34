//! A roster from CSV or plain text: one person a line as `name, category, unit, note` (comma,
//! full-width comma, tab or semicolon; plain text split on spaces), a header row recognised by
//! its words (姓名/类别/单位/备注, name/category/unit/note) and then columns in any order.
//!
//! Each bad line is reported by its number and skipped; the good ones are checked against the
//! roster as it would be after the lines before them, so what is offered imports whole.

use super::{ImportError, decode_text};
use crate::i18n::{Lang, Message, attendance, import as txt};
use crate::model::{Attendance, Attendee, PersonInput, Presence};
use std::path::Path;

/// How to treat what the file leaves open.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportOptions {
    /// The category for lines that give none (a plain list of names).
    pub default_category: Option<String>,
    /// Take categories the meeting does not have yet, instead of reporting those lines.
    pub add_unknown_categories: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterRow {
    pub line: usize,
    pub person: PersonInput,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRow {
    pub line: usize,
    pub message: Message,
}

impl BadRow {
    /// “第 12 行:…” / “line 12: …”.
    pub fn describe(&self, lang: Lang) -> String {
        txt::at_line(self.line, &self.message, lang)
    }
}

/// What a file offers: the people to import, the lines skipped, categories it brings.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RosterImport {
    pub rows: Vec<RosterRow>,
    pub bad: Vec<BadRow>,
    pub new_categories: Vec<String>,
    pub encoding: &'static str,
    pub header: bool,
}

impl RosterImport {
    pub fn people(&self) -> Vec<PersonInput> {
        self.rows.iter().map(|r| r.person.clone()).collect()
    }

    pub fn summary(&self) -> Message {
        txt::summary(self.rows.len(), self.bad.len(), self.encoding)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Category,
    Unit,
    Note,
}

const COLUMNS: [Column; 4] = [Column::Name, Column::Category, Column::Unit, Column::Note];

fn header_word(field: &str) -> Option<Column> {
    let f: String = field
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    let is = |words: &[&str]| words.contains(&f.as_str());
    if is(txt::NAME_HEADERS) {
        Some(Column::Name)
    } else if is(txt::CATEGORY_HEADERS) {
        Some(Column::Category)
    } else if is(txt::UNIT_HEADERS) {
        Some(Column::Unit)
    } else if is(txt::NOTE_HEADERS) {
        Some(Column::Note)
    } else {
        None
    }
}

/// The delimiter of the file, from its first line with content; `None` for plain text.
fn delimiter(first: &str) -> Option<char> {
    ['\t', ',', '，', ';', '；']
        .into_iter()
        .find(|d| first.contains(*d))
}

/// One line's fields: quoted fields may hold the delimiter, `""` is a quote inside one.
fn split_line(line: &str, delim: Option<char>) -> Vec<String> {
    let Some(delim) = delim else {
        return line.split_whitespace().map(str::to_string).collect();
    };
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' if quoted => quoted = false,
            '"' if field.trim().is_empty() => {
                field.clear();
                quoted = true;
            }
            c if c == delim && !quoted => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    fields.into_iter().map(|f| f.trim().to_string()).collect()
}

/// Reads a roster file (UTF-8 or GBK/GB18030) against the meeting's roster.
pub fn read_roster_file(
    path: &Path,
    roster: &Attendance,
    options: &ImportOptions,
) -> Result<RosterImport, ImportError> {
    let shown = path.display().to_string();
    let bytes =
        std::fs::read(path).map_err(|e| ImportError(txt::unreadable(&shown, &e.to_string())))?;
    let (text, encoding) = decode_text(&bytes).ok_or_else(|| ImportError(txt::not_text(&shown)))?;
    let mut import = parse_roster(&text, roster, options)?;
    import.encoding = encoding;
    if import.rows.is_empty() && import.bad.is_empty() {
        return Err(ImportError(txt::empty(&shown)));
    }
    Ok(import)
}

/// Parses roster text against the meeting's roster (its categories, the people already on it).
pub fn parse_roster(
    text: &str,
    roster: &Attendance,
    options: &ImportOptions,
) -> Result<RosterImport, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let mut import = RosterImport {
        encoding: "UTF-8",
        ..RosterImport::default()
    };
    let Some(&(_, first)) = lines.first() else {
        return Ok(import);
    };
    let delim = delimiter(first);
    let first_fields = split_line(first, delim);
    let words: Vec<Option<Column>> = first_fields.iter().map(|f| header_word(f)).collect();
    let is_header = words.iter().any(Option::is_some)
        && words
            .iter()
            .zip(&first_fields)
            .all(|(w, f)| w.is_some() || f.is_empty());
    let columns: Vec<Option<Column>> = if is_header {
        if !words.contains(&Some(Column::Name)) {
            let (zh, en) = txt::NO_NAME_COLUMN;
            return Err(ImportError(Message::new(zh, en)));
        }
        words
    } else {
        COLUMNS.iter().copied().map(Some).collect()
    };
    import.header = is_header;
    let mut staged = roster.clone();
    let body = if is_header { &lines[1..] } else { &lines[..] };
    for &(line, raw) in body {
        match row(raw, delim, &columns, &mut staged, options) {
            Ok((person, new_category)) => {
                if let Some(c) = new_category {
                    import.new_categories.push(c);
                }
                import.rows.push(RosterRow { line, person });
            }
            Err(message) => import.bad.push(BadRow { line, message }),
        }
    }
    Ok(import)
}

/// One line checked against the roster as staged so far; on success it joins the staged roster.
fn row(
    raw: &str,
    delim: Option<char>,
    columns: &[Option<Column>],
    staged: &mut Attendance,
    options: &ImportOptions,
) -> Result<(PersonInput, Option<String>), Message> {
    let fields = split_line(raw, delim);
    let used = fields
        .iter()
        .rposition(|f| !f.is_empty())
        .map_or(0, |i| i + 1);
    if used > columns.len() {
        return Err(txt::too_many_columns(used, columns.len()));
    }
    let mut person = PersonInput::default();
    for (field, column) in fields.into_iter().zip(columns) {
        match column {
            Some(Column::Name) => person.name = field,
            Some(Column::Category) => person.category = field,
            Some(Column::Unit) => person.unit = field,
            Some(Column::Note) => person.note = field,
            None => {}
        }
    }
    if person.category.trim().is_empty() {
        match &options.default_category {
            Some(c) => person.category = c.clone(),
            None => {
                let (zh, en) = txt::NO_CATEGORY;
                return Err(Message::new(zh, en));
            }
        }
    }
    let category = crate::model::input::one_line(&person.category);
    let mut new_category = None;
    if !staged.categories.contains(&category) {
        if !options.add_unknown_categories || category.is_empty() {
            return Err(attendance::unknown_category(&category, &staged.categories));
        }
        staged.categories.push(category.clone());
        new_category = Some(category);
    }
    let clean = staged.check_person(&person, None).map_err(|e| {
        if let Some(c) = &new_category {
            staged.categories.retain(|x| x != c);
        }
        e.0
    })?;
    let id = crate::model::next_id(staged.people.iter().map(|p| p.id));
    staged.people.push(Attendee {
        id,
        name: clean.name.clone(),
        category: clean.category.clone(),
        unit: clean.unit.clone(),
        note: clean.note.clone(),
        presence: Presence::Expected,
        walk_in: false,
    });
    Ok((clean, new_category))
}
