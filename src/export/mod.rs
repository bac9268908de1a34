//! The written record (群众评议材料) and the public notice (通报), made from the model alone.
//!
//! `record` and `notice` lay a meeting out once as a [`doc::Document`]; `md`, `txt`, `html` and
//! `docx` render that document; `tables` and `csv` give spreadsheets one fact per column.

pub mod beside;
pub mod colwidth;
pub mod csv;
pub mod doc;
pub mod docx;
pub mod html;
pub mod json;
pub mod md;
pub mod notice;
pub mod record;
pub mod rounds;
pub mod tables;
pub mod timeline;
pub mod txt;
pub mod width;

/// Meetings with the seed's figures for tests (here and in `tests/`), built field by field.
#[doc(hidden)]
pub mod fixture;

use crate::i18n::{Lang, Message};
use crate::model::Session;
use chrono::NaiveDate;
pub use record::RecordOptions;

/// The formats `pingyi report` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Md,
    Txt,
    Html,
    Docx,
    Csv,
    Json,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Md,
        Format::Txt,
        Format::Html,
        Format::Docx,
        Format::Csv,
        Format::Json,
    ];

    pub fn parse(s: &str) -> Option<Format> {
        Format::ALL
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(s.trim()))
    }

    /// The file extension, also the name on the command line.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Txt => "txt",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// Which table `--format csv` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvTable {
    #[default]
    Results,
    Attendance,
    Suggestions,
    Ledger,
}

impl CsvTable {
    pub const ALL: [CsvTable; 3] = [
        CsvTable::Attendance,
        CsvTable::Suggestions,
        CsvTable::Ledger,
    ];

    pub fn name(self) -> &'static str {
        match self {
            CsvTable::Results => "results",
            CsvTable::Attendance => "attendance",
            CsvTable::Suggestions => "suggestions",
            CsvTable::Ledger => "ledger",
        }
    }

    pub fn parse(s: &str) -> Option<CsvTable> {
        CsvTable::ALL
            .into_iter()
            .find(|t| t.name().eq_ignore_ascii_case(s.trim()))
    }
}

/// What to export: the format, the reader's language, the day overdue is reckoned from, and for
/// CSV which table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportRequest {
    pub format: Format,
    pub lang: Lang,
    pub as_of: NaiveDate,
    pub table: CsvTable,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("could not build the Word document: {0}")]
    Docx(std::io::Error),
    #[error("could not write the CSV table: {0}")]
    Csv(#[from] ::csv::Error),
    #[error("could not write the JSON results: {0}")]
    Json(#[from] serde_json::Error),
    #[error("CSV and JSON hold figures, not a whole document")]
    NotADocument,
}

impl ExportError {
    pub fn message(&self) -> Message {
        match self {
            ExportError::Docx(e) => Message::new(
                format!("无法生成 Word 文档:{e}。请改用 --format html 或 md 导出后再试"),
                format!(
                    "Could not build the Word document: {e}. Export as --format html or md instead"
                ),
            ),
            ExportError::Csv(e) => Message::new(
                format!("无法生成 CSV 表格:{e}"),
                format!("Could not write the CSV table: {e}"),
            ),
            ExportError::Json(e) => Message::new(
                format!("无法生成 JSON 结果:{e}"),
                format!("Could not write the JSON results: {e}"),
            ),
            ExportError::NotADocument => Message::new(
                "CSV 和 JSON 只导出数据,通报请用 md、txt、html 或 docx 格式",
                "CSV and JSON hold figures only; write the notice as md, txt, html or docx",
            ),
        }
    }
}

/// The record of `session` in the requested format, as the bytes to write.
pub fn render_record(session: &Session, req: &ExportRequest) -> Result<Vec<u8>, ExportError> {
    let opts = RecordOptions {
        lang: req.lang,
        as_of: req.as_of,
    };
    match req.format {
        Format::Csv => {
            let table = match req.table {
                CsvTable::Results => rounds::results_table(session, req.lang),
                CsvTable::Attendance => tables::attendance(session, req.lang),
                CsvTable::Suggestions => tables::suggestions(session, req.lang),
                CsvTable::Ledger => tables::ledger(session, req.lang, req.as_of),
            };
            Ok(csv::render(&table)?)
        }
        Format::Json => Ok(json::render(session, req.lang, req.as_of)?),
        f => render_document(&record::record(session, &opts), f),
    }
}

/// A laid-out document in a document format; CSV is refused (it holds one table).
pub fn render_document(doc: &doc::Document, format: Format) -> Result<Vec<u8>, ExportError> {
    Ok(match format {
        Format::Csv | Format::Json => return Err(ExportError::NotADocument),
        Format::Md => md::render(doc).into_bytes(),
        Format::Txt => txt::render(doc).into_bytes(),
        Format::Html => html::render(doc).into_bytes(),
        Format::Docx => docx::render(doc).map_err(ExportError::Docx)?,
    })
}
