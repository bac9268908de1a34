//! `pingyi scan FILE --round N INPUT...`: reads scanned or photographed ballots into a new batch
//! of the round (扫描 1, 扫描 2…), under the file's lock, saved atomically at the end; prints
//! a progress bar, each page not counted with its reason, and a summary.

use super::{CliError, Context};
use crate::i18n::{Lang, scan as tx};
use crate::model::{Session, Stamp};
use crate::scan::run::{Hooks, RunReport, scan};
use crate::store::{self, Lock, LockError};
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    pub file: PathBuf,
    #[arg(long, value_name = "N")]
    pub round: usize,
    #[arg(required_unless_present = "review", value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    #[arg(long, conflicts_with = "inputs")]
    pub review: bool,
}

pub fn localize(cmd: clap::Command, lang: Lang) -> clap::Command {
    cmd.mut_subcommand("scan", |c| {
        c.about(tx::SCAN_ABOUT.get(lang))
            .mut_arg("file", |a| a.help(tx::SCAN_FILE_HELP.get(lang)))
            .mut_arg("round", |a| a.help(tx::SCAN_ROUND_HELP.get(lang)))
            .mut_arg("inputs", |a| a.help(tx::SCAN_INPUT_HELP.get(lang)))
            .mut_arg("review", |a| a.help(tx::SCAN_REVIEW_HELP.get(lang)))
    })
}

pub use crate::scan::scans_dir;

pub fn run(args: Args, ctx: &Context) -> Result<ExitCode, CliError> {
    let now = super::now();
    let _lock = Lock::acquire(&args.file, &ctx.who, now).map_err(|e| match e {
        e @ LockError::Held(_) => CliError(e.to_store_error(&args.file).bilingual()),
        LockError::Store(e) => CliError(e.bilingual()),
    })?;
    let mut session: Session = store::load(&args.file)?;
    let round = args
        .round
        .checked_sub(1)
        .and_then(|i| session.rounds.get(i))
        .map(|r| r.id)
        .ok_or_else(|| CliError(tx::round_not_found(args.round)))?;
    if args.review {
        super::scan_review::review(&args.file, round, ctx, now)?;
        return Ok(ExitCode::SUCCESS);
    }
    let stamp = Stamp::new(now, ctx.who.clone());
    let dir = scans_dir(&args.file);
    let mut err = std::io::stderr();
    let mut progress = |done: usize, total: usize| {
        if total > 1 {
            let _ = write!(err, "\r{}", tx::progress(done, total));
            if done == total {
                let _ = writeln!(err);
            }
        }
    };
    // Saved as the run goes (a run stopped halfway keeps what it read), and at its end.
    let mut checkpoint = |s: &Session| {
        let _ = store::save(&args.file, s);
    };
    let hooks = Hooks {
        progress: &mut progress,
        checkpoint: &mut checkpoint,
        every: crate::scan::run::CHECKPOINT_EVERY,
    };
    let report = scan(&mut session, round, &args.inputs, &dir, &stamp, hooks)
        .map_err(|e| CliError(tx::run_error(&e, args.round)))?;
    if report.batch.is_some() {
        store::save(&args.file, &session)?;
    }
    print_report(&report, ctx.lang);
    Ok(ExitCode::SUCCESS)
}

fn print_report(r: &RunReport, lang: Lang) {
    for p in r.refused() {
        if let Err(why) = &p.outcome {
            println!(
                "{}",
                tx::page_refused(&p.file, p.page, &tx::refusal(why)).get(lang)
            );
        }
    }
    println!("{}", tx::report_summary(r).get(lang));
    if r.again > 0 {
        println!("{}", tx::read_before(r.again).get(lang));
    }
    if r.black_and_white > 0 {
        println!("{}", tx::black_and_white(r.black_and_white).get(lang));
    }
}
