//! `pingyi merge MAIN.json OTHER.json`: add to MAIN the batches counted in OTHER (a second laptop's
//! copy of the meeting), never the same batch twice; refused, with MAIN untouched, when the forms
//! differ, a round is published, or MAIN is open in pingyi elsewhere.

use super::{CliError, Context};
use crate::i18n::{Lang, tally as tx};
use crate::model::{Session, Stamp, Timestamp};
use crate::store::{self, Lock, LockError};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "MAIN")]
    pub main: PathBuf,
    #[arg(value_name = "OTHER")]
    pub other: PathBuf,
}

pub fn localize(cmd: clap::Command, lang: Lang) -> clap::Command {
    cmd.mut_subcommand("merge", |c| {
        c.about(tx::MERGE_ABOUT.get(lang))
            .mut_arg("main", |a| a.help(tx::MERGE_MAIN_HELP.get(lang)))
            .mut_arg("other", |a| a.help(tx::MERGE_OTHER_HELP.get(lang)))
    })
}

pub fn run(args: Args, ctx: &Context) -> Result<ExitCode, CliError> {
    let report = merge_files(&args.main, &args.other, &ctx.who, super::now())?;
    println!("{}", report.get(ctx.lang));
    Ok(ExitCode::SUCCESS)
}

/// Merges `other` into `main` under `main`'s lock and saves it; returns the report.
pub fn merge_files(
    main: &Path,
    other: &Path,
    who: &str,
    now: Timestamp,
) -> Result<crate::i18n::Message, CliError> {
    let _lock = Lock::acquire(main, who, now).map_err(|e| match e {
        e @ LockError::Held(_) => CliError(e.to_store_error(main).bilingual()),
        LockError::Store(e) => CliError(e.bilingual()),
    })?;
    let mut session: Session = store::load(main)?;
    let theirs = store::load(other)?;
    let report = session
        .merge_batches(&theirs, &Stamp::new(now, who))
        .map_err(|e| CliError(e.message()))?;
    if !report.added.is_empty() {
        store::save(main, &session)?;
    }
    Ok(tx::merge_report(
        report.added.len(),
        report.already.len(),
        report.conflicting.len(),
        &report.missing_rounds,
    ))
}
