//! `pingyi print ballots FILE --round N` and `pingyi print signin FILE`: the meeting's paper as
//! PDF, written atomically; printed serials are recorded in the meeting file under its lock.

use super::{CliError, Context};
use crate::i18n::{Lang, export as etx, paper as tx};
use crate::model::{Id, Session, Stamp};
use crate::paper::font::FontSet;
use crate::paper::layout::Paper;
use crate::paper::print::{self, BallotRequest, PrintError};
use clap::{Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    A4,
    B5,
    #[value(name = "16k")]
    K16,
}

impl From<PaperArg> for Paper {
    fn from(p: PaperArg) -> Paper {
        match p {
            PaperArg::A4 => Paper::A4,
            PaperArg::B5 => Paper::B5,
            PaperArg::K16 => Paper::K16,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub what: What,
}

#[derive(Debug, Subcommand)]
pub enum What {
    Ballots(BallotArgs),
    Signin(SigninArgs),
}

#[derive(Debug, clap::Args)]
pub struct BallotArgs {
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[arg(long, value_name = "N")]
    pub round: Id,
    #[arg(short = 'n', long = "count", value_name = "COUNT")]
    pub count: Option<u32>,
    #[arg(long, value_enum, default_value = "a4")]
    pub paper: PaperArg,
    #[arg(short = 'o', long = "output", value_name = "OUT.pdf")]
    pub output: Option<PathBuf>,
    #[arg(long, value_name = "OUT.json")]
    pub layout: Option<PathBuf>,
    #[arg(long = "no-serial")]
    pub no_serial: bool,
    #[arg(long, value_name = "TEXT")]
    pub instructions: Option<String>,
    #[arg(long, value_name = "FILE")]
    pub font: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct SigninArgs {
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[arg(short = 'o', long = "output", value_name = "OUT.pdf")]
    pub output: Option<PathBuf>,
    #[arg(long, value_name = "FILE")]
    pub font: Option<PathBuf>,
}

pub fn localize(cmd: clap::Command, lang: Lang) -> clap::Command {
    let file = crate::i18n::cli::FILE_HELP.get(lang);
    let font = tx::FONT_HELP.get(lang);
    cmd.mut_subcommand("print", |c| {
        c.about(tx::PRINT_ABOUT.get(lang))
            .mut_subcommand("ballots", |c| {
                c.about(tx::BALLOTS_ABOUT.get(lang))
                    .mut_arg("file", |a| a.help(file))
                    .mut_arg("round", |a| a.help(tx::ROUND_HELP.get(lang)))
                    .mut_arg("count", |a| a.help(tx::COUNT_HELP.get(lang)))
                    .mut_arg("paper", |a| a.help(tx::PAPER_HELP.get(lang)))
                    .mut_arg("output", |a| a.help(tx::OUTPUT_HELP.get(lang)))
                    .mut_arg("layout", |a| a.help(tx::LAYOUT_HELP.get(lang)))
                    .mut_arg("no_serial", |a| a.help(tx::NO_SERIAL_HELP.get(lang)))
                    .mut_arg("instructions", |a| a.help(tx::INSTRUCTIONS_HELP.get(lang)))
                    .mut_arg("font", |a| a.help(font))
            })
            .mut_subcommand("signin", |c| {
                c.about(tx::SIGNIN_ABOUT.get(lang))
                    .mut_arg("file", |a| a.help(file))
                    .mut_arg("output", |a| a.help(tx::OUTPUT_HELP.get(lang)))
                    .mut_arg("font", |a| a.help(font))
            })
    })
}

pub fn run(args: Args, ctx: &Context) -> Result<ExitCode, CliError> {
    match args.what {
        What::Ballots(a) => ballots(a, ctx),
        What::Signin(a) => signin(a, ctx),
    }
}

fn err(e: PrintError) -> CliError {
    CliError(e.message())
}

/// `X.json` → `X.<suffix>.pdf` beside it.
pub fn beside(file: &Path, suffix: &str) -> PathBuf {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "pingyi".into());
    file.with_file_name(format!("{stem}.{suffix}.pdf"))
}

fn ballots(a: BallotArgs, ctx: &Context) -> Result<ExitCode, CliError> {
    let writes = !a.no_serial || a.instructions.is_some();
    let now = super::now();
    // The meeting file changes (serials, instructions): hold its lock so an open copy of pingyi
    // cannot overwrite the record of what was printed.
    let _lock = if writes {
        Some(
            crate::store::Lock::acquire(&a.file, &ctx.who, now)
                .map_err(|e| CliError::from(e.to_store_error(&a.file)))?,
        )
    } else {
        None
    };
    let mut session = crate::store::load(&a.file)?;
    let stamp = Stamp::new(now, ctx.who.clone());
    let req = BallotRequest {
        round: a.round,
        count: a.count,
        paper: a.paper.into(),
        serials: !a.no_serial,
    };
    if let Some(text) = &a.instructions {
        session
            .with_round(a.round, &stamp, |r, j| r.set_instructions(Some(text), j))
            .map_err(|e| err(e.into()))?;
    }
    print::check(&session, &req).map_err(err)?;
    let fonts = FontSet::find(a.font.as_deref()).map_err(|e| err(e.into()))?;
    let printed = print::ballots(&session, &req, &fonts, &stamp).map_err(err)?;
    let out = a
        .output
        .clone()
        .unwrap_or_else(|| beside(&a.file, &format!("ballots-{}", a.round)));
    let mut written = vec![out.clone()];
    crate::store::write_atomic(&out, &printed.pdf)?;
    if let Some(path) = &a.layout {
        let json = serde_json::to_vec_pretty(&printed.layout)
            .map_err(|e| err(PrintError::Random(e.to_string())))?;
        if let Err(e) = crate::store::write_atomic(path, &json) {
            undo(&written);
            return Err(e.into());
        }
        written.push(path.clone());
    }
    if req.serials {
        print::record(&mut session, a.round, printed.run, &stamp).map_err(err)?;
    }
    if writes && let Err(e) = crate::store::save(&a.file, &session) {
        // The serials could not be recorded: a scanner would refuse these ballots, so they go.
        undo(&written);
        return Err(e.into());
    }
    for p in &written {
        eprintln!("{}", etx::written_to(p).get(ctx.lang));
    }
    eprintln!(
        "{}",
        tx::printed_summary(printed.count, printed.layout.page_count(), req.serials).get(ctx.lang)
    );
    Ok(ExitCode::SUCCESS)
}

/// Removes files this command wrote before a later step failed.
fn undo(paths: &[PathBuf]) {
    for p in paths {
        let _ = std::fs::remove_file(p);
    }
}

fn signin(a: SigninArgs, ctx: &Context) -> Result<ExitCode, CliError> {
    let session: Session = crate::store::load(&a.file)?;
    if session.attendance.people.is_empty() {
        return Err(err(PrintError::NoRoster));
    }
    let fonts = FontSet::find(a.font.as_deref()).map_err(|e| err(e.into()))?;
    let pdf = crate::paper::signin::render(&session, &fonts).map_err(|e| err(e.into()))?;
    let out = a.output.unwrap_or_else(|| beside(&a.file, "signin"));
    crate::store::write_atomic(&out, &pdf)?;
    eprintln!("{}", etx::written_to(&out).get(ctx.lang));
    Ok(ExitCode::SUCCESS)
}

/// `report`/`notice --format pdf`: the laid-out document as PDF to `out` (required: PDF is not
/// for a terminal).
pub fn document_pdf(
    doc: &crate::export::doc::Document,
    out: Option<&Path>,
    font: Option<&Path>,
    ctx: &Context,
) -> Result<ExitCode, CliError> {
    let Some(out) = out else {
        return Err(CliError(tx::PDF_NEEDS_OUTPUT.into()));
    };
    let fonts = FontSet::find(font).map_err(|e| err(e.into()))?;
    let pdf = crate::paper::document::render(doc, &fonts).map_err(|e| err(e.into()))?;
    crate::store::write_atomic(out, &pdf)?;
    eprintln!("{}", etx::written_to(out).get(ctx.lang));
    Ok(ExitCode::SUCCESS)
}
