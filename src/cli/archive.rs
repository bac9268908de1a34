//! `pingyi archive [DIR]`: the evaluation archive (评议档案) of a folder of meeting files, or with
//! `--overdue` every overdue follow-up across them. Exit status 1 when any file failed to load.

use super::report::as_of;
use super::{CliError, Context};
use crate::archive::{Archive, SortBy, render, scan};
use crate::i18n::{Lang, archive as txt};
use clap::ValueEnum;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    Date,
    Rate,
    Overdue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutArg {
    Table,
    Csv,
    Json,
    Xlsx,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "DIR")]
    pub folder: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "date")]
    pub sort: SortArg,
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: OutArg,
    #[arg(long)]
    pub overdue: bool,
    #[arg(long = "as-of", value_name = "DATE")]
    pub as_of: Option<String>,
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: Option<PathBuf>,
}

pub fn localize(cmd: clap::Command, lang: Lang) -> clap::Command {
    cmd.mut_subcommand("archive", |c| {
        c.about(txt::ABOUT.get(lang))
            .mut_arg("folder", |a| a.help(txt::DIR_HELP.get(lang)))
            .mut_arg("sort", |a| a.help(txt::SORT_HELP.get(lang)))
            .mut_arg("from", |a| a.help(txt::FROM_HELP.get(lang)))
            .mut_arg("to", |a| a.help(txt::TO_HELP.get(lang)))
            .mut_arg("format", |a| a.help(txt::FORMAT_HELP.get(lang)))
            .mut_arg("overdue", |a| a.help(txt::OVERDUE_HELP.get(lang)))
            .mut_arg("as_of", |a| a.help(txt::AS_OF_HELP.get(lang)))
            .mut_arg("output", |a| {
                a.help(crate::i18n::export::OUTPUT_HELP.get(lang))
            })
    })
}

pub fn run(args: Args, ctx: &Context) -> Result<ExitCode, CliError> {
    if args.format == OutArg::Xlsx && args.output.is_none() {
        return Err(CliError(txt::XLSX_NEEDS_OUTPUT.into()));
    }
    let dir = args.folder.clone().unwrap_or_else(|| ctx.dir.clone());
    let day = as_of(args.as_of.as_deref())?;
    let date = |s: &Option<String>| -> Result<_, CliError> {
        match s {
            Some(t) => Ok(crate::model::session::parse_date(t)?),
            None => Ok(None),
        }
    };
    let (from, to) = (date(&args.from)?, date(&args.to)?);
    let sort = match args.sort {
        SortArg::Date => SortBy::Date,
        SortArg::Rate => SortBy::Rate,
        SortArg::Overdue => SortBy::Overdue,
    };
    let entries = scan(&dir, day, |p| {
        crate::store::load(p).map_err(|e| e.bilingual())
    });
    let archive = Archive::build(entries, from, to, sort);
    let lang = ctx.lang;
    let json_err = |e: serde_json::Error| CliError(crate::i18n::cli::schema_failed(&e.to_string()));
    let csv_err = |e: ::csv::Error| CliError(crate::export::ExportError::Csv(e).message());
    let xlsx_err = |e| CliError(crate::export::ExportError::Xlsx(e).message());
    let bytes = match (args.overdue, args.format) {
        // One workbook holds the meetings and the overdue follow-ups, each on its sheet.
        (_, OutArg::Xlsx) => render::xlsx(&archive, lang, &dir, day).map_err(xlsx_err)?,
        (false, OutArg::Table) => render::table(&archive, lang, &dir).into_bytes(),
        (false, OutArg::Csv) => render::csv(&archive, lang, &dir).map_err(csv_err)?,
        (false, OutArg::Json) => render::json(&archive, day, &dir)
            .map_err(json_err)?
            .into_bytes(),
        (true, OutArg::Table) => render::overdue_text(&archive, lang, &dir).into_bytes(),
        (true, OutArg::Csv) => render::overdue_csv(&archive, lang, &dir).map_err(csv_err)?,
        (true, OutArg::Json) => render::overdue_json(&archive)
            .map_err(json_err)?
            .into_bytes(),
    };
    super::report::deliver(&bytes, args.output.as_deref(), false, lang)?;
    Ok(if archive.any_failed() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
