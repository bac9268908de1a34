//! `pingyi schema`: the JSON Schema of the session file, for tools and for reading along.

use super::{CliError, Context};
use crate::i18n::{Lang, cli as txt};
use crate::model::Session;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn localize(cmd: clap::Command, lang: Lang) -> clap::Command {
    cmd.mut_subcommand("schema", |c| c.about(txt::SCHEMA_ABOUT.get(lang)))
}

/// The schema as pretty JSON.
pub fn schema_text() -> Result<String, CliError> {
    serde_json::to_string_pretty(&schemars::schema_for!(Session))
        .map_err(|e| CliError(txt::schema_failed(&e.to_string())))
}

pub fn run(_args: Args, _ctx: &Context) -> Result<ExitCode, CliError> {
    println!("{}", schema_text()?);
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_describes_the_header_and_the_format() {
        let text = schema_text().unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["title"], "Session");
        let required = v["required"].as_array().unwrap();
        for field in ["format", "version", "created", "updated", "lang", "header"] {
            assert!(required.iter().any(|r| r == field), "{field}");
        }
        assert!(text.contains("minute_taker"));
    }
}
