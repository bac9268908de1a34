//! `pingyi demo --example town|oilfield [-o FILE]`: write one of the example meetings;
//! `pingyi demo --large -o FILE`: the large meeting for benchmarks; `pingyi demo --folder DIR
//! [--count N]`: a folder of town-sized meetings for the archive; `pingyi demo --scans DIR
//! [--round N] [--count M] [--seed S]`: simulated scans of the town example's ballots, their
//! truth, and the meeting to scan them into.

use super::{CliError, Context};
use crate::i18n::{Lang, cli as txt, large as ltxt, scan as stx};
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
    #[arg(long, value_enum, required_unless_present_any = ["large", "folder", "scans"])]
    pub example: Option<Example>,
    #[arg(long, conflicts_with_all = ["example", "folder", "scans"])]
    pub large: bool,
    #[arg(long, value_name = "DIR", conflicts_with_all = ["example", "output", "scans"])]
    pub folder: Option<PathBuf>,
    #[arg(long, value_name = "N")]
    pub count: Option<usize>,
    #[arg(long, value_name = "DIR", conflicts_with_all = ["example", "output"])]
    pub scans: Option<PathBuf>,
    #[arg(long, value_name = "N", default_value_t = 1, requires = "scans")]
    pub round: usize,
    #[arg(long, value_name = "S", default_value_t = 1, requires = "scans")]
    pub seed: u64,
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn localize(cmd: clap::Command, lang: Lang) -> clap::Command {
    cmd.mut_subcommand("demo", |c| {
        c.about(txt::DEMO_ABOUT.get(lang))
            .mut_arg("example", |a| a.help(txt::DEMO_EXAMPLE_HELP.get(lang)))
            .mut_arg("large", |a| a.help(ltxt::DEMO_LARGE_HELP.get(lang)))
            .mut_arg("folder", |a| a.help(ltxt::DEMO_FOLDER_HELP.get(lang)))
            .mut_arg("count", |a| a.help(ltxt::DEMO_COUNT_HELP.get(lang)))
            .mut_arg("output", |a| a.help(txt::DEMO_OUTPUT_HELP.get(lang)))
            .mut_arg("scans", |a| a.help(stx::DEMO_SCANS_HELP.get(lang)))
            .mut_arg("round", |a| a.help(stx::DEMO_ROUND_HELP.get(lang)))
            .mut_arg("seed", |a| a.help(stx::DEMO_SEED_HELP.get(lang)))
    })
}

pub fn run(args: Args, ctx: &Context) -> Result<ExitCode, CliError> {
    if let Some(dir) = &args.scans {
        return write_scans(dir, &args, ctx);
    }
    if let Some(dir) = &args.folder {
        let count = args.count.unwrap_or(1000);
        let paths = crate::demo::large::write_folder(dir, count).map_err(|e| CliError(e.0))?;
        println!("{}", ltxt::folder_written(paths.len(), dir).get(ctx.lang));
        return Ok(ExitCode::SUCCESS);
    }
    let session = match args.example {
        _ if args.large => crate::demo::large::large().map_err(|e| CliError(e.0))?,
        Some(Example::Oilfield) => crate::demo::oilfield(),
        Some(Example::Town) | None => crate::demo::town(),
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

fn write_scans(dir: &std::path::Path, args: &Args, ctx: &Context) -> Result<ExitCode, CliError> {
    use crate::scan::synth::demo::{DemoError, write_scans};
    let count = args.count.unwrap_or(20);
    match write_scans(dir, crate::demo::town(), args.round, count, args.seed) {
        Ok((file, pages)) => {
            println!("{}", stx::scans_written(pages, dir).get(ctx.lang));
            println!("{}", txt::written(&file).get(ctx.lang));
            Ok(ExitCode::SUCCESS)
        }
        Err(DemoError::NoRound | DemoError::NoForm) => {
            Err(CliError(stx::round_not_found(args.round)))
        }
        Err(DemoError::Io(e)) => Err(CliError(ltxt::folder_failed(dir, &e))),
        Err(DemoError::Store(e)) => Err(e.into()),
    }
}
