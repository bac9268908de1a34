//! The archive as a text table (aligned by display width), CSV (one row per file), an xlsx
//! workbook or JSON.

use super::{Archive, OverdueRow};
use crate::export::doc::{Block, Column, Document, Table};
use crate::export::record::ledger_status_text;
use crate::export::{csv, txt};
use crate::i18n::{Lang, archive};
use chrono::NaiveDate;
use serde::Serialize;
use std::path::Path;

/// A path as the reader gave the folder: relative to it where possible.
fn shown(path: &Path, base: &Path) -> String {
    path.strip_prefix(base)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn date(d: Option<NaiveDate>, lang: Lang) -> String {
    d.map_or_else(|| archive::NO_DATE.get(lang).to_string(), |d| d.to_string())
}

/// The headline rates of a meeting: `整体评价满意率 100.00%`, one per round.
fn headline_text(m: &super::MeetingSummary, lang: Lang) -> String {
    let sep = crate::i18n::ballots::LIST_SEP.get(lang);
    m.headlines
        .iter()
        .map(|h| archive::headline(lang, &h.item, &h.rate, &h.text))
        .collect::<Vec<_>>()
        .join(sep)
}

fn meetings_table(a: &Archive, lang: Lang, base: &Path, with_total: bool) -> Table {
    let mut t = Table::new(vec![
        Column::left(archive::COL_DATE.get(lang)),
        Column::left(archive::COL_TITLE.get(lang)),
        Column::left(archive::COL_EVALUATED.get(lang)),
        Column::right(archive::COL_EXPECTED_PRESENT.get(lang)),
        Column::right(archive::COL_ROUNDS.get(lang)),
        Column::right(archive::COL_BALLOTS.get(lang)),
        Column::left(archive::COL_HEADLINE.get(lang)),
        Column::right(archive::COL_COLLECTED.get(lang)),
        Column::right(archive::COL_ACCEPTED.get(lang)),
        Column::right(archive::COL_SOLVED.get(lang)),
        Column::right(archive::COL_OVERDUE.get(lang)),
        Column::left(archive::COL_FILE.get(lang)),
    ]);
    for m in &a.meetings {
        t.push(vec![
            date(m.date, lang),
            m.title.clone(),
            m.evaluated.clone(),
            format!("{}/{}", m.turnout.expected, m.turnout.present),
            m.rounds.to_string(),
            m.ballots.to_string(),
            headline_text(m, lang),
            m.suggestions.collected.to_string(),
            m.suggestions.accepted.to_string(),
            m.suggestions.solved.to_string(),
            m.suggestions.overdue.to_string(),
            shown(&m.file, base),
        ]);
    }
    if with_total {
        let s = a.totals();
        t.push(vec![
            archive::TOTAL.get(lang).to_string(),
            archive::meetings_count(lang, s.meetings as usize),
            String::new(),
            format!("{}/{}", s.expected, s.present),
            s.rounds.to_string(),
            s.ballots.to_string(),
            String::new(),
            s.suggestions.collected.to_string(),
            s.suggestions.accepted.to_string(),
            s.suggestions.solved.to_string(),
            s.suggestions.overdue.to_string(),
            String::new(),
        ]);
    }
    t
}

fn failed_table(a: &Archive, lang: Lang, base: &Path) -> Table {
    let mut t = Table::new(vec![
        Column::left(archive::COL_FILE.get(lang)),
        Column::left(archive::COL_PROBLEM.get(lang)),
    ]);
    for (file, problem) in &a.failed {
        t.push(vec![shown(file, base), problem.get(lang).to_string()]);
    }
    t
}

/// The archive as the terminal shows it: the meetings with a total row, then the failed files.
pub fn table(a: &Archive, lang: Lang, base: &Path) -> String {
    let mut d = Document::new("", lang.code());
    if a.meetings.is_empty() && a.failed.is_empty() {
        d.push(Block::Paragraph(archive::EMPTY.get(lang).to_string()));
        return txt::render(&d);
    }
    d.push(Block::Table(meetings_table(a, lang, base, true)));
    if a.any_failed() {
        d.push(Block::Paragraph(archive::failed_count(
            lang,
            a.failed.len(),
        )));
        d.push(Block::Table(failed_table(a, lang, base)));
    }
    txt::render(&d)
}

/// One CSV row per file: the meetings, then the failed files with their problem in the last column.
pub fn csv(a: &Archive, lang: Lang, base: &Path) -> Result<Vec<u8>, ::csv::Error> {
    let mut t = meetings_table(a, lang, base, false);
    t.columns.push(Column::left(archive::COL_PROBLEM.get(lang)));
    for r in &mut t.rows {
        r.push(String::new());
    }
    for (file, problem) in &a.failed {
        let mut row = vec![String::new(); t.columns.len()];
        row[11] = shown(file, base);
        row[12] = problem.get(lang).to_string();
        t.rows.push(row);
    }
    csv::render(&t)
}

/// The archive as a workbook: what was read and when, then the meetings with their total, the
/// overdue follow-ups and the files that failed, one sheet each.
pub fn xlsx(
    a: &Archive,
    lang: Lang,
    base: &Path,
    as_of: NaiveDate,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use crate::export::doc::Field;
    use crate::export::xlsx::{Head, Sheet, render};
    let field = |label: crate::i18n::Text, value: String| Field {
        label: label.get(lang).to_string(),
        value,
    };
    let head = Head {
        sheet_name: archive::SHEET_ABOUT.get(lang).to_string(),
        title: archive::TITLE.get(lang).to_string(),
        fields: vec![
            field(archive::FIELD_FOLDER, base.display().to_string()),
            field(archive::FIELD_AS_OF, as_of.to_string()),
            field(
                archive::FIELD_MEETINGS,
                archive::meetings_count(lang, a.meetings.len()),
            ),
        ],
    };
    let sheet = |name: crate::i18n::Text, table| Sheet {
        name: name.get(lang).to_string(),
        table,
    };
    let mut sheets = vec![
        sheet(archive::SHEET_MEETINGS, meetings_table(a, lang, base, true)),
        sheet(
            archive::SHEET_OVERDUE,
            overdue_table(&a.overdue(), lang, base),
        ),
    ];
    if a.any_failed() {
        sheets.push(sheet(archive::SHEET_FAILED, failed_table(a, lang, base)));
    }
    render(&head, &sheets)
}

#[derive(Serialize)]
struct JsonFailed<'a> {
    file: String,
    problem: &'a crate::i18n::Message,
}

#[derive(Serialize)]
struct JsonArchive<'a> {
    as_of: NaiveDate,
    meetings: &'a [super::MeetingSummary],
    totals: super::Totals,
    failed: Vec<JsonFailed<'a>>,
}

/// The archive for other programs: every row, the totals and the failures (in both languages).
pub fn json(a: &Archive, as_of: NaiveDate, base: &Path) -> serde_json::Result<String> {
    let v = JsonArchive {
        as_of,
        meetings: &a.meetings,
        totals: a.totals(),
        failed: a
            .failed
            .iter()
            .map(|(f, p)| JsonFailed {
                file: shown(f, base),
                problem: p,
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&v)?;
    s.push('\n');
    Ok(s)
}

fn overdue_table(rows: &[&OverdueRow], lang: Lang, base: &Path) -> Table {
    let mut t = Table::new(vec![
        Column::left(archive::COL_DEADLINE.get(lang)),
        Column::right(archive::COL_DAYS_LATE.get(lang)),
        Column::left(archive::COL_DATE.get(lang)),
        Column::left(archive::COL_MEETING.get(lang)),
        Column::right(archive::COL_NO.get(lang)),
        Column::left(archive::COL_SUGGESTION.get(lang)),
        Column::left(archive::COL_MEASURE.get(lang)),
        Column::left(archive::COL_OWNER.get(lang)),
        Column::left(archive::COL_STATUS.get(lang)),
        Column::left(archive::COL_FILE.get(lang)),
    ]);
    for r in rows {
        t.push(vec![
            r.deadline.to_string(),
            r.days_late.to_string(),
            date(r.meeting_date, lang),
            r.meeting.clone(),
            r.suggestion.to_string(),
            r.text.clone(),
            r.measure.clone(),
            r.owner.clone(),
            ledger_status_text(r.status, lang).to_string(),
            shown(&r.file, base),
        ]);
    }
    t
}

/// The overdue follow-ups across meetings, oldest deadline first, as a text table.
pub fn overdue_text(a: &Archive, lang: Lang, base: &Path) -> String {
    let rows = a.overdue();
    let mut d = Document::new("", lang.code());
    if rows.is_empty() {
        d.push(Block::Paragraph(
            archive::NONE_OVERDUE.get(lang).to_string(),
        ));
    } else {
        d.push(Block::Table(overdue_table(&rows, lang, base)));
    }
    if a.any_failed() {
        d.push(Block::Paragraph(archive::failed_count(
            lang,
            a.failed.len(),
        )));
        d.push(Block::Table(failed_table(a, lang, base)));
    }
    txt::render(&d)
}

pub fn overdue_csv(a: &Archive, lang: Lang, base: &Path) -> Result<Vec<u8>, ::csv::Error> {
    csv::render(&overdue_table(&a.overdue(), lang, base))
}

pub fn overdue_json(a: &Archive) -> serde_json::Result<String> {
    let mut s = serde_json::to_string_pretty(&a.overdue())?;
    s.push('\n');
    Ok(s)
}
