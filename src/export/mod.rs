//! The written record (群众评议材料) and the public notice (通报), made from the model alone.
//!
//! `record` and `notice` lay a meeting out once as a [`doc::Document`]; `md`, `txt`, `html` and
//! `docx` render that document; `tables` and `csv` give spreadsheets one fact per column, and
//! `xlsx` the same tables as a workbook, one sheet each.

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
pub mod xlsx;

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
    Xlsx,
}

impl Format {
    pub const ALL: [Format; 7] = [
        Format::Md,
        Format::Txt,
        Format::Html,
        Format::Docx,
        Format::Csv,
        Format::Json,
        Format::Xlsx,
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
            Format::Xlsx => "xlsx",
        }
    }

    /// Bytes no terminal shows: written only to a file (`-o`).
    pub fn is_binary(self) -> bool {
        matches!(self, Format::Docx | Format::Xlsx)
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
    #[error("could not build the xlsx workbook: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("CSV, JSON and xlsx hold figures, not a whole document")]
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
            ExportError::Xlsx(e) => Message::new(
                format!("无法生成 xlsx 工作簿:{e}。请改用 --format csv 导出后再试"),
                format!("Could not build the xlsx workbook: {e}. Export as --format csv instead"),
            ),
            ExportError::NotADocument => Message::new(
                "CSV、JSON 和 xlsx 只导出数据,通报请用 md、txt、html 或 docx 格式",
                "CSV, JSON and xlsx hold figures only; write the notice as md, txt, html or docx",
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
        Format::Xlsx => Ok(record_workbook(session, req)?),
        f => render_document(&record::record(session, &opts), f),
    }
}

/// A laid-out document in a document format; CSV is refused (it holds one table).
pub fn render_document(doc: &doc::Document, format: Format) -> Result<Vec<u8>, ExportError> {
    Ok(match format {
        Format::Csv | Format::Json | Format::Xlsx => return Err(ExportError::NotADocument),
        Format::Md => md::render(doc).into_bytes(),
        Format::Txt => txt::render(doc).into_bytes(),
        Format::Html => html::render(doc).into_bytes(),
        Format::Docx => docx::render(doc).map_err(ExportError::Docx)?,
    })
}

/// The record's tables as a workbook: the header block, then results, attendance, suggestions
/// and the ledger, one sheet each.
fn record_workbook(
    session: &Session,
    req: &ExportRequest,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use crate::i18n::export as tx;
    let lang = req.lang;
    let sheet = |name: crate::i18n::Text, table| xlsx::Sheet {
        name: name.get(lang).to_string(),
        table,
    };
    let head = xlsx::Head {
        sheet_name: tx::SHEET_MEETING.get(lang).to_string(),
        title: session.header.record_heading(lang),
        fields: record::header_fields(session, lang),
    };
    let sheets = [
        sheet(tx::SHEET_RESULTS, rounds::results_table(session, lang)),
        sheet(tx::SHEET_ATTENDANCE, tables::attendance(session, lang)),
        sheet(tx::SHEET_SUGGESTIONS, tables::suggestions(session, lang)),
        sheet(tx::SHEET_LEDGER, tables::ledger(session, lang, req.as_of)),
    ];
    xlsx::render(&head, &sheets)
}
