//! The TUI's one-key export: the record (Markdown to read, HTML to print) and the notice, written
//! atomically next to the meeting file as `<name>.record.md`, `<name>.record.html` and
//! `<name>.notice.md`.

use super::{ExportRequest, Format, notice::notice, render_document, render_record};
use crate::i18n::{Lang, Message, export as tx};
use crate::model::Session;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// The files written for `session_file`, in the order they are written.
pub fn targets(session_file: &Path) -> [(PathBuf, Format, bool); 3] {
    let stem = session_file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "meeting".to_string());
    let beside = |suffix: &str| session_file.with_file_name(format!("{stem}.{suffix}"));
    [
        (beside("record.md"), Format::Md, false),
        (beside("record.html"), Format::Html, false),
        (beside("notice.md"), Format::Md, true),
    ]
}

/// Writes the record and the notice beside `session_file`; the paths written, or why not.
pub fn export_beside(
    session_file: &Path,
    session: &Session,
    lang: Lang,
    as_of: NaiveDate,
) -> Result<Vec<PathBuf>, Message> {
    let mut written = Vec::new();
    for (path, format, is_notice) in targets(session_file) {
        let bytes = if is_notice {
            render_document(&notice(session, lang), format)
        } else {
            render_record(
                session,
                &ExportRequest {
                    format,
                    lang,
                    as_of,
                    table: Default::default(),
                },
            )
        }
        .map_err(|e| e.message())?;
        crate::store::write_atomic(&path, &bytes)
            .map_err(|e| tx::export_failed(&path, e.message(lang).as_str()))?;
        written.push(path);
    }
    Ok(written)
}

/// The status-line message after an export: the file names written.
pub fn done_message(written: &[PathBuf]) -> Message {
    let names: Vec<String> = written
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    tx::exported_beside(&names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture::town;

    #[test]
    fn writes_three_files_beside_the_meeting() {
        let dir = tempfile::tempdir().expect("temp folder");
        let file = dir.path().join("2010-10-19-town.json");
        let day = NaiveDate::from_ymd_opt(2010, 12, 15).expect("date");
        let written = export_beside(&file, &town(), Lang::Zh, day).expect("export");
        let names: Vec<String> = written
            .iter()
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect();
        assert_eq!(
            names,
            [
                "2010-10-19-town.record.md",
                "2010-10-19-town.record.html",
                "2010-10-19-town.notice.md"
            ]
        );
        let notice = std::fs::read_to_string(&written[2]).expect("read");
        assert!(notice.starts_with("# 关于网岭镇党委群众评议情况的通报"));
        assert_eq!(
            done_message(&written).zh,
            "已导出:2010-10-19-town.record.md、2010-10-19-town.record.html、2010-10-19-town.notice.md"
        );
    }

    #[test]
    fn a_missing_folder_is_a_message_not_a_panic() {
        let day = NaiveDate::from_ymd_opt(2010, 12, 15).expect("date");
        let err = export_beside(Path::new("/no/such/folder/m.json"), &town(), Lang::En, day)
            .expect_err("the folder does not exist");
        assert!(err.en.contains("/no/such/folder"), "{}", err.en);
    }
}
