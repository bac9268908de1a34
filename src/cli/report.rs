//! `pingyi report FILE` and `pingyi notice FILE`: the written record (群众评议材料) and the public
//! notice (通报) in the format asked for, to standard output or atomically to `-o FILE`.

use super::{CliError, Context};
use crate::export::{self, CsvTable, ExportRequest, Format};
use crate::i18n::{Lang, export as txt};
use chrono::NaiveDate;
use clap::ValueEnum;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Md,
    Txt,
    Html,
    Docx,
    Csv,
    Json,
    Xlsx,
    /// Made by `paper::document` (it needs a font), not by `export`.
    Pdf,
}

impl FormatArg {
    /// The export format, or `None` for PDF.
    fn export(self) -> Option<Format> {
        match self {
            FormatArg::Md => Some(Format::Md),
            FormatArg::Txt => Some(Format::Txt),
            FormatArg::Html => Some(Format::Html),
            FormatArg::Docx => Some(Format::Docx),
            FormatArg::Csv => Some(Format::Csv),
            FormatArg::Json => Some(Format::Json),
            FormatArg::Xlsx => Some(Format::Xlsx),
            FormatArg::Pdf => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableArg {
    Results,
    Attendance,
    Suggestions,
    Ledger,
}

impl From<TableArg> for CsvTable {
    fn from(t: TableArg) -> CsvTable {
        match t {
            TableArg::Results => CsvTable::Results,
            TableArg::Attendance => CsvTable::Attendance,
            TableArg::Suggestions => CsvTable::Suggestions,
            TableArg::Ledger => CsvTable::Ledger,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[arg(long, value_enum, default_value = "md")]
    pub format: FormatArg,
    #[arg(long, value_enum)]
    pub table: Option<TableArg>,
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: Option<PathBuf>,
    #[arg(long = "as-of", value_name = "DATE")]
    pub as_of: Option<String>,
    #[arg(long, value_name = "FILE")]
    pub font: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NoticeFormatArg {
    Md,
    Txt,
    Html,
    Docx,
    Pdf,
}

#[derive(Debug, clap::Args)]
pub struct NoticeArgs {
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[arg(long, value_enum, default_value = "md")]
    pub format: NoticeFormatArg,
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: Option<PathBuf>,
    #[arg(long, value_name = "FILE")]
    pub font: Option<PathBuf>,
}

pub fn localize(cmd: clap::Command, lang: Lang) -> clap::Command {
    let file = crate::i18n::cli::FILE_HELP.get(lang);
    cmd.mut_subcommand("report", |c| {
        c.about(txt::REPORT_ABOUT.get(lang))
            .mut_arg("file", |a| a.help(file))
            .mut_arg("format", |a| a.help(txt::FORMAT_HELP.get(lang)))
            .mut_arg("table", |a| a.help(txt::TABLE_HELP.get(lang)))
            .mut_arg("output", |a| a.help(txt::OUTPUT_HELP.get(lang)))
            .mut_arg("as_of", |a| a.help(txt::AS_OF_HELP.get(lang)))
            .mut_arg("font", |a| a.help(crate::i18n::paper::FONT_HELP.get(lang)))
    })
    .mut_subcommand("notice", |c| {
        c.about(txt::NOTICE_ABOUT.get(lang))
            .mut_arg("file", |a| a.help(file))
            .mut_arg("format", |a| a.help(txt::FORMAT_HELP.get(lang)))
            .mut_arg("output", |a| a.help(txt::OUTPUT_HELP.get(lang)))
            .mut_arg("font", |a| a.help(crate::i18n::paper::FONT_HELP.get(lang)))
    })
}

/// The day overdue is reckoned from: `--as-of`, else today on the wall clock.
pub fn as_of(arg: Option<&str>) -> Result<NaiveDate, CliError> {
    match arg {
        Some(text) => {
            Ok(crate::model::session::parse_date(text)?
                .unwrap_or_else(|| super::now().date_naive()))
        }
        None => Ok(super::now().date_naive()),
    }
}

/// Writes `bytes` to `out` atomically (saying so on stderr), or to standard output.
pub fn deliver(bytes: &[u8], out: Option<&Path>, binary: bool, lang: Lang) -> Result<(), CliError> {
    match out {
        Some(path) => {
            crate::store::write_atomic(path, bytes)?;
            eprintln!("{}", txt::written_to(path).get(lang));
            Ok(())
        }
        None if binary => Err(CliError(txt::DOCX_NEEDS_OUTPUT.into())),
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(bytes)?;
            stdout.flush()?;
            Ok(())
        }
    }
}

pub fn run(args: Args, ctx: &Context) -> Result<ExitCode, CliError> {
    let Some(format) = args.format.export() else {
        let session = crate::store::load(&args.file)?;
        let opts = export::record::RecordOptions {
            lang: ctx.doc_lang(session.lang),
            as_of: as_of(args.as_of.as_deref())?,
        };
        let doc = export::record::record(&session, &opts);
        return super::print::document_pdf(&doc, args.output.as_deref(), args.font.as_deref(), ctx);
    };
    if args.table.is_some() && format != Format::Csv {
        return Err(CliError(txt::TABLE_NEEDS_CSV.into()));
    }
    if format == Format::Xlsx && args.output.is_none() {
        return Err(CliError(txt::XLSX_NEEDS_OUTPUT.into()));
    }
    if format.is_binary() && args.output.is_none() {
        return Err(CliError(txt::DOCX_NEEDS_OUTPUT.into()));
    }
    let session = crate::store::load(&args.file)?;
    let req = ExportRequest {
        format,
        lang: ctx.doc_lang(session.lang),
        as_of: as_of(args.as_of.as_deref())?,
        table: args.table.map(CsvTable::from).unwrap_or_default(),
    };
    let bytes = export::render_record(&session, &req).map_err(|e| CliError(e.message()))?;
    deliver(&bytes, args.output.as_deref(), format.is_binary(), ctx.lang)?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_notice(args: NoticeArgs, ctx: &Context) -> Result<ExitCode, CliError> {
    let format = match args.format {
        NoticeFormatArg::Md => Format::Md,
        NoticeFormatArg::Txt => Format::Txt,
        NoticeFormatArg::Html => Format::Html,
        NoticeFormatArg::Docx => Format::Docx,
        NoticeFormatArg::Pdf => {
            let session = crate::store::load(&args.file)?;
            let doc = export::notice::notice(&session, ctx.doc_lang(session.lang));
            return super::print::document_pdf(
                &doc,
                args.output.as_deref(),
                args.font.as_deref(),
                ctx,
            );
        }
    };
    if format == Format::Docx && args.output.is_none() {
        return Err(CliError(txt::DOCX_NEEDS_OUTPUT.into()));
    }
    let session = crate::store::load(&args.file)?;
    let doc = export::notice::notice(&session, ctx.doc_lang(session.lang));
    let bytes = export::render_document(&doc, format).map_err(|e| CliError(e.message()))?;
    deliver(
        &bytes,
        args.output.as_deref(),
        format == Format::Docx,
        ctx.lang,
    )?;
    Ok(ExitCode::SUCCESS)
}
