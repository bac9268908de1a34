//! The command line: global options, one subcommand per file, and the one place that turns every
//! failure into a sentence on stderr and a non-zero exit status.
//!
//! To add a command: a file here with `Args`, `localize` and `run`, one `Command` variant, one
//! arm in `Command::run` and one line in `localize`.

pub mod archive;
pub mod check;
pub mod demo;
pub mod merge;
pub mod new;
pub mod open;
pub mod print;
pub mod report;
pub mod scan;
pub mod scan_review;
pub mod schema;
pub mod show;

use crate::i18n::{Lang, Message, Text, cli as txt};
use crate::store::StoreError;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

/// Who the audit log names when neither `--who` nor `$USER` says.
pub const DEFAULT_WHO: &str = "clerk";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Zh,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Zh => Lang::Zh,
            LangArg::En => Lang::En,
        }
    }
}

// The help texts come from `i18n::cli` in the chosen language (see `localize`), not from doc
// comments, so `pingyi --lang zh --help` is in Chinese.
#[derive(Debug, Parser)]
#[command(name = "pingyi", version)]
pub struct Cli {
    #[arg(long, global = true, value_enum, value_name = "zh|en")]
    pub lang: Option<LangArg>,
    #[arg(long, global = true, env = "PINGYI_DIR", value_name = "DIR")]
    pub dir: Option<PathBuf>,
    #[arg(long, global = true, value_name = "NAME")]
    pub who: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    New(new::Args),
    Open(open::Args),
    Review(open::ReviewArgs),
    Check(check::Args),
    Schema(schema::Args),
    Demo(demo::Args),
    Report(report::Args),
    Notice(report::NoticeArgs),
    Archive(archive::Args),
    Show(show::Args),
    Merge(merge::Args),
    Scan(scan::Args),
    Print(print::Args),
}

impl Command {
    fn run(self, ctx: &Context) -> Result<ExitCode, CliError> {
        match self {
            Command::New(a) => new::run(a, ctx),
            Command::Open(a) => open::run(a.file, false, ctx),
            Command::Review(a) => open::run(a.file, true, ctx),
            Command::Check(a) => check::run(a, ctx),
            Command::Schema(a) => schema::run(a, ctx),
            Command::Demo(a) => demo::run(a, ctx),
            Command::Report(a) => report::run(a, ctx),
            Command::Notice(a) => report::run_notice(a, ctx),
            Command::Archive(a) => archive::run(a, ctx),
            Command::Show(a) => show::run(a, ctx),
            Command::Merge(a) => merge::run(a, ctx),
            Command::Scan(a) => scan::run(a, ctx),
            Command::Print(a) => print::run(a, ctx),
        }
    }
}

/// What every command gets from the global options.
#[derive(Debug, Clone)]
pub struct Context {
    pub lang: Lang,
    /// `--lang` when given: it overrides a meeting's own language in what is written from it
    /// (`report`, `notice`); the environment's language does not.
    pub lang_asked: Option<Lang>,
    /// The sessions folder (`store::resolve_dir`).
    pub dir: PathBuf,
    pub who: String,
}

impl Context {
    /// The language of what is written from a meeting: `--lang` when given, else the meeting's
    /// own (a Chinese meeting's record stays Chinese on a machine with `LANG=C.UTF-8`).
    pub fn doc_lang(&self, meeting: Lang) -> Lang {
        self.lang_asked.unwrap_or(meeting)
    }
}

/// A failure to report: one sentence in both languages; `main` prints it in the chosen one.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", .0.en)]
pub struct CliError(pub Message);

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> CliError {
        CliError(e.bilingual())
    }
}

impl From<crate::model::FieldError> for CliError {
    fn from(e: crate::model::FieldError) -> CliError {
        CliError(e.0)
    }
}

impl From<crate::tui::LaunchError> for CliError {
    fn from(e: crate::tui::LaunchError) -> CliError {
        match e {
            crate::tui::LaunchError::Open(m) => CliError(m),
            crate::tui::LaunchError::Terminal(e) => CliError(txt::terminal_failed(&e.to_string())),
        }
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> CliError {
        CliError(txt::terminal_failed(&e.to_string()))
    }
}

/// Sets every help text in `lang`.
pub fn localize(cmd: clap::Command, lang: Lang) -> clap::Command {
    let help = |t: Text| t.get(lang).to_string();
    let cmd = cmd
        .about(help(txt::ABOUT))
        .mut_arg("lang", |a| a.help(help(txt::LANG_HELP)))
        .mut_arg("dir", |a| a.help(help(txt::DIR_HELP)))
        .mut_arg("who", |a| a.help(help(txt::WHO_HELP)));
    let cmd = new::localize(cmd, lang);
    let cmd = open::localize(cmd, lang);
    let cmd = check::localize(cmd, lang);
    let cmd = schema::localize(cmd, lang);
    let cmd = demo::localize(cmd, lang);
    let cmd = report::localize(cmd, lang);
    let cmd = archive::localize(cmd, lang);
    let cmd = merge::localize(cmd, lang);
    let cmd = scan::localize(cmd, lang);
    let cmd = print::localize(cmd, lang);
    show::localize(cmd, lang)
}

/// The language asked for on the command line, read before parsing so that `--help` and argument
/// errors already come in it: `--lang zh`, `--lang=zh`; otherwise the environment's.
pub fn lang_from_args(args: &[OsString]) -> Lang {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--lang") {
            Some("") => it.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        if let Some(l) = value.as_deref().and_then(Lang::parse) {
            return l;
        }
    }
    Lang::from_env()
}

/// The entry point of the `pingyi` binary.
pub fn main() -> ExitCode {
    main_with(std::env::args_os().collect())
}

/// Parses `args` (with the program name first) and runs the command.
pub fn main_with(args: Vec<OsString>) -> ExitCode {
    let lang = lang_from_args(&args);
    let matches = match localize(Cli::command(), lang).try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => return clap_exit(&e),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => return clap_exit(&e),
    };
    let ctx = Context {
        lang: cli.lang.map_or(lang, Lang::from),
        lang_asked: cli.lang.map(Lang::from),
        dir: crate::store::resolve_dir(cli.dir),
        who: cli
            .who
            .filter(|w| !w.trim().is_empty())
            .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
            .unwrap_or_else(|| DEFAULT_WHO.to_string()),
    };
    let result = match cli.command {
        None => open::picker(&ctx),
        Some(c) => c.run(&ctx),
    };
    match result {
        Ok(code) => code,
        Err(CliError(m)) => {
            eprintln!("pingyi: {}", m.get(ctx.lang));
            ExitCode::FAILURE
        }
    }
}

fn clap_exit(e: &clap::Error) -> ExitCode {
    let _ = e.print();
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

/// Now on the wall clock, with its offset: the one clock read of a command.
pub fn now() -> crate::model::Timestamp {
    chrono::Local::now().fixed_offset()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_command_line_is_well_formed_in_both_languages() {
        for lang in [Lang::Zh, Lang::En] {
            localize(Cli::command(), lang).debug_assert();
        }
    }

    #[test]
    fn lang_is_read_before_parsing() {
        assert_eq!(
            lang_from_args(&args(&["pingyi", "--lang", "zh", "--help"])),
            Lang::Zh
        );
        assert_eq!(
            lang_from_args(&args(&["pingyi", "check", "--lang=en"])),
            Lang::En
        );
    }

    #[test]
    fn help_follows_the_language() {
        let zh = localize(Cli::command(), Lang::Zh).render_help().to_string();
        assert!(zh.contains("界面语言"), "{zh}");
        let en = localize(Cli::command(), Lang::En).render_help().to_string();
        assert!(en.contains("Interface language"), "{en}");
    }

    #[test]
    fn wrong_arguments_are_refused() {
        let cmd = || localize(Cli::command(), Lang::En);
        assert!(cmd().try_get_matches_from(["pingyi", "check"]).is_err());
        assert!(
            cmd()
                .try_get_matches_from(["pingyi", "--lang", "fr"])
                .is_err()
        );
        assert!(
            cmd()
                .try_get_matches_from(["pingyi", "demo", "--example", "moon"])
                .is_err()
        );
        assert!(
            cmd()
                .try_get_matches_from(["pingyi", "frobnicate"])
                .is_err()
        );
        assert!(
            cmd()
                .try_get_matches_from(["pingyi", "open", "a.json", "b.json"])
                .is_err()
        );
    }
}
