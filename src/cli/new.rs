//! `pingyi new [--title T] [--date D]`: create a meeting file, print its path, open it.

use super::{CliError, Context};
use crate::i18n::{Lang, cli as txt};
use crate::model::{AuditEntry, AuditKind, HeaderField, Session, Stamp, Timestamp};
use crate::tui;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_name = "TITLE")]
    pub title: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Start from a template file (docs/TEMPLATE.md) instead of the built-in 群众评议会 template.
    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,
}

pub fn localize(cmd: clap::Command, lang: Lang) -> clap::Command {
    cmd.mut_subcommand("new", |c| {
        c.about(txt::NEW_ABOUT.get(lang))
            .mut_arg("title", |a| a.help(txt::NEW_TITLE_HELP.get(lang)))
            .mut_arg("date", |a| a.help(txt::NEW_DATE_HELP.get(lang)))
            .mut_arg("template", |a| {
                a.help(crate::i18n::template::NEW_TEMPLATE_HELP.get(lang))
            })
    })
}

pub fn run(args: Args, ctx: &Context) -> Result<ExitCode, CliError> {
    let path = create_meeting(&args, ctx, super::now())?;
    println!("{}", txt::created(&path).get(ctx.lang));
    tui::run(tui::Launch {
        lang: ctx.lang,
        dir: ctx.dir.clone(),
        who: ctx.who.clone(),
        start: tui::Start::Open {
            path,
            read_only: false,
        },
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Makes the new meeting's file in the sessions folder; the title and date go in through the
/// audited path, so the record shows who started the meeting and when.
pub fn create_meeting(args: &Args, ctx: &Context, now: Timestamp) -> Result<PathBuf, CliError> {
    let mut session = Session::new(now, ctx.lang);
    if let Some(path) = &args.template {
        crate::import::read_template_file(path)
            .map_err(CliError)?
            .apply_to(&mut session);
    }
    let stamp = Stamp::new(now, ctx.who.clone());
    session.log(AuditEntry::new(
        &stamp,
        AuditKind::Session,
        "session.create",
        "",
    ));
    if let Some(title) = &args.title {
        session.set_header_field(HeaderField::Subject, title, &stamp)?;
    }
    if let Some(date) = &args.date {
        session.set_header_field(HeaderField::Date, date, &stamp)?;
    }
    session.date_today_by_default(&stamp);
    Ok(crate::store::create(&ctx.dir, &session)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn ctx(dir: PathBuf) -> Context {
        Context {
            lang: Lang::Zh,
            lang_asked: None,
            dir,
            who: "记录人".to_string(),
        }
    }

    fn now() -> Timestamp {
        chrono::FixedOffset::east_opt(8 * 3600)
            .unwrap()
            .with_ymd_and_hms(2010, 10, 18, 16, 0, 0)
            .unwrap()
    }

    #[test]
    fn new_meeting_is_named_by_its_date_and_title_and_loads() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("sessions");
        let args = Args {
            title: Some("网岭镇党委群众评议".into()),
            date: Some("2010年10月19日".into()),
            template: None,
        };
        let path = create_meeting(&args, &ctx(dir.clone()), now()).unwrap();
        assert_eq!(
            path,
            dir.join("2010-10-19-wang-ling-zhen-dang-wei-qun-zhong-ping-yi.json")
        );
        let s = crate::store::load(&path).unwrap();
        assert_eq!(s.header.subject, "网岭镇党委群众评议");
        assert_eq!(s.audit.len(), 3);
        assert_eq!(s.audit[0].action, "session.create");
        assert!(s.audit.iter().all(|a| a.who == "记录人"));
        let again = create_meeting(&args, &ctx(dir.clone()), now()).unwrap();
        assert_eq!(
            again,
            dir.join("2010-10-19-wang-ling-zhen-dang-wei-qun-zhong-ping-yi-2.json"),
            "an existing file is never overwritten"
        );
    }

    #[test]
    fn a_bad_date_creates_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let args = Args {
            title: None,
            date: Some("19/10".into()),
            template: None,
        };
        let err = create_meeting(&args, &ctx(tmp.path().to_path_buf()), now()).unwrap_err();
        assert!(err.0.en.contains("19/10"), "{}", err.0.en);
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);
    }
}
