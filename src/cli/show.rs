//! `pingyi show FILE`: the projector view for the hall's screen, following the file read-only.

use super::{CliError, Context};
use crate::i18n::{Lang, show as txt};
use crate::tui::show::{self, ShowError};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

pub fn localize(cmd: clap::Command, lang: Lang) -> clap::Command {
    cmd.mut_subcommand("show", |c| {
        c.about(txt::ABOUT.get(lang))
            .mut_arg("file", |a| a.help(crate::i18n::cli::FILE_HELP.get(lang)))
    })
}

pub fn run(args: Args, ctx: &Context) -> Result<ExitCode, CliError> {
    show::run(args.file, ctx.lang, |p| {
        crate::store::load(p).map_err(|e| e.bilingual())
    })
    .map_err(|e| match e {
        ShowError::Load(m) => CliError(m),
        ShowError::Terminal(e) => CliError(crate::i18n::cli::terminal_failed(&e.to_string())),
    })?;
    Ok(ExitCode::SUCCESS)
}
