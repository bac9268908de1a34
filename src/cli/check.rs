//! `pingyi check FILE...`: load and check each file as opening it would, print what is wrong,
//! and exit 0 only when every file is sound.

use super::{CliError, Context};
use crate::i18n::{Lang, cli as txt};
use crate::store::{self, StoreError, Summary};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "FILE", required = true, num_args = 1..)]
    pub files: Vec<PathBuf>,
}

pub fn localize(cmd: clap::Command, lang: Lang) -> clap::Command {
    cmd.mut_subcommand("check", |c| {
        c.about(txt::CHECK_ABOUT.get(lang))
            .mut_arg("files", |a| a.help(txt::CHECK_FILES_HELP.get(lang)))
    })
}

pub fn run(args: Args, ctx: &Context) -> Result<ExitCode, CliError> {
    let (report, sound) = check_files(&args.files, ctx.lang);
    print!("{report}");
    Ok(if sound {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The report for `files` and whether all of them are sound.
pub fn check_files(files: &[PathBuf], lang: Lang) -> (String, bool) {
    let mut out = String::new();
    let mut bad = 0;
    for f in files {
        match store::load(f) {
            Ok(s) => {
                let _ = writeln!(out, "✓ {}", sound_line(f, &Summary::of(&s), lang));
            }
            Err(e) => {
                bad += 1;
                let _ = writeln!(out, "✗ {}", e.message(lang));
                if let StoreError::Inconsistent { problems, .. } = &e {
                    for p in problems {
                        let _ = writeln!(out, "    {}", p.describe(lang));
                    }
                }
            }
        }
    }
    let summary = if bad == 0 {
        txt::CHECK_SUMMARY_OK.get(lang).to_string()
    } else {
        txt::check_summary_failed(bad, files.len())
            .get(lang)
            .to_string()
    };
    let _ = writeln!(out, "{summary}");
    (out, bad == 0)
}

fn sound_line(path: &Path, s: &Summary, lang: Lang) -> String {
    let date = s.date.map(|d| d.to_string()).unwrap_or_default();
    let sep = if date.is_empty() { "" } else { ", " };
    format!(
        "{}: {} — {} ({date}{sep}{})",
        path.display(),
        txt::CHECK_SOUND.get(lang),
        s.title,
        s.state.label(lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Session;
    use chrono::TimeZone;

    #[test]
    fn one_bad_file_fails_the_check_and_every_problem_is_listed() {
        let tmp = tempfile::tempdir().unwrap();
        let at = chrono::FixedOffset::east_opt(8 * 3600)
            .unwrap()
            .with_ymd_and_hms(2010, 10, 19, 8, 0, 0)
            .unwrap();
        let mut s = Session::new(at, Lang::Zh);
        let good = tmp.path().join("good.json");
        store::save(&good, &s).unwrap();
        s.agenda.items[1].id = 1;
        s.agenda.items[2].title = " ".into();
        let bad = tmp.path().join("bad.json");
        std::fs::write(&bad, store::to_json(&s).unwrap()).unwrap();

        let (report, sound) = check_files(std::slice::from_ref(&good), Lang::En);
        assert!(sound, "{report}");
        assert!(
            report.contains("sound — 未命名会议 (Not started)"),
            "{report}"
        );
        let (report, sound) = check_files(&[good, bad, tmp.path().join("gone.json")], Lang::Zh);
        assert!(!sound);
        assert!(
            report.contains("    agenda.items[1]: 议程编号 1 重复"),
            "{report}"
        );
        assert!(
            report.contains("    agenda.items[2]: 议程名称为空"),
            "{report}"
        );
        assert!(report.contains("找不到"), "{report}");
        assert!(report.ends_with("3 个文件中有 2 个有问题。\n"), "{report}");
    }
}
