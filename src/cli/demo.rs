//! `pingyi demo --example town|oilfield [-o FILE]`: write one of the example meetings.

use super::{CliError, Context};
use crate::i18n::{Lang, cli as txt};
use crate::store;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Example {
    Town,
    Oilfield,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_enum)]
    pub example: Example,
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn localize(cmd: clap::Command, lang: Lang) -> clap::Command {
    cmd.mut_subcommand("demo", |c| {
        c.about(txt::DEMO_ABOUT.get(lang))
            .mut_arg("example", |a| a.help(txt::DEMO_EXAMPLE_HELP.get(lang)))
            .mut_arg("output", |a| a.help(txt::DEMO_OUTPUT_HELP.get(lang)))
    })
}

pub fn run(args: Args, ctx: &Context) -> Result<ExitCode, CliError> {
    let session = match args.example {
        Example::Town => crate::demo::town(),
        Example::Oilfield => crate::demo::oilfield(),
    };
    let path = match args.output {
        Some(path) => {
            store::save(&path, &session)?;
            path
        }
        None => store::create(&ctx.dir, &session)?,
    };
    println!("{}", txt::written(&path).get(ctx.lang));
    Ok(ExitCode::SUCCESS)
}
