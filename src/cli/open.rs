//! `pingyi open FILE`, `pingyi review FILE` and the bare `pingyi` (the session picker): hand over
//! to the terminal, which checks the file before taking the terminal, so a bad one gets its
//! sentence and an exit status.

use super::{CliError, Context};
use crate::i18n::{Lang, cli as txt};
use crate::tui;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

/// `review` takes the same file argument; its own type keeps its help text its own.
#[derive(Debug, clap::Args)]
pub struct ReviewArgs {
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

pub fn localize(cmd: clap::Command, lang: Lang) -> clap::Command {
    cmd.mut_subcommand("open", |c| {
        c.about(txt::OPEN_ABOUT.get(lang))
            .mut_arg("file", |a| a.help(txt::FILE_HELP.get(lang)))
    })
    .mut_subcommand("review", |c| {
        c.about(txt::REVIEW_ABOUT.get(lang))
            .mut_arg("file", |a| a.help(txt::FILE_HELP.get(lang)))
    })
}

/// Opens `file` for editing, or read-only for review (no lock, never written). The terminal
/// application loads and checks it before it takes the terminal, so a bad file still gets its
/// sentence and exit status here; loading it here as well had read and parsed it twice (a third
/// of the time to the first frame of a large meeting).
pub fn run(file: PathBuf, read_only: bool, ctx: &Context) -> Result<ExitCode, CliError> {
    launch(
        ctx,
        tui::Start::Open {
            path: file,
            read_only,
        },
    )
}

/// The session picker on the sessions folder.
pub fn picker(ctx: &Context) -> Result<ExitCode, CliError> {
    launch(ctx, tui::Start::Picker)
}

fn launch(ctx: &Context, start: tui::Start) -> Result<ExitCode, CliError> {
    tui::run(tui::Launch {
        lang: ctx.lang,
        dir: ctx.dir.clone(),
        who: ctx.who.clone(),
        start,
    })?;
    Ok(ExitCode::SUCCESS)
}
