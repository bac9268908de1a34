//! The meetings in a folder, newest first, each with its title, date and state (or the reason it
//! cannot be opened): what the session picker shows.

use super::error::StoreError;
use super::load::load;
use crate::model::{MeetingState, Session, Timestamp};
use chrono::NaiveDate;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// What the picker shows of a meeting that loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The title in the language the meeting was made in.
    pub title: String,
    /// The meeting date from the header, if set.
    pub date: Option<NaiveDate>,
    pub state: MeetingState,
    /// When the file was started; orders meetings that have no date yet.
    pub created: Timestamp,
}

impl Summary {
    pub fn of(session: &Session) -> Summary {
        Summary {
            title: session.title(session.lang),
            date: session.header.date,
            state: session.state(),
            created: session.created,
        }
    }

    /// The day the meeting sorts under: its date, else the day it was created.
    fn day(&self) -> NaiveDate {
        self.date.unwrap_or_else(|| self.created.date_naive())
    }
}

/// One session file in a folder.
#[derive(Debug, Clone)]
pub struct Listed {
    pub path: PathBuf,
    pub modified: SystemTime,
    /// The meeting, or why it cannot be opened (shown in the picker, not hidden).
    pub summary: Result<Summary, StoreError>,
}

/// Whether a file name is a session file: `*.json`, not hidden (pingyi's temporary files start
/// with a dot), so backups (`.json.bak`) and locks (`.json.lock`) are left out too.
fn is_session_name(name: &str) -> bool {
    name.ends_with(".json") && !name.starts_with('.')
}

/// Every session file in `dir`, newest meeting first; files that fail to load come after the
/// dated ones in the order of their modification time. A missing or unreadable folder lists
/// nothing.
pub fn list(dir: &Path) -> Vec<Listed> {
    list_with(dir, |_, _| ())
        .into_iter()
        .map(|(l, _)| l)
        .collect()
}

/// As [`list`], with `extra` made from each meeting that loads while it is in memory (the picker
/// takes the archive's columns this way, reading each file once).
pub fn list_with<T>(dir: &Path, extra: impl Fn(&Path, &Session) -> T) -> Vec<(Listed, Option<T>)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<(Listed, Option<T>)> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file() || t.is_symlink()))
        .filter(|e| is_session_name(&e.file_name().to_string_lossy()))
        .map(|e| {
            let path = e.path();
            let modified = e
                .metadata()
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH);
            let loaded = load(&path);
            let more = loaded.as_ref().ok().map(|s| extra(&path, s));
            let summary = loaded.map(|s| Summary::of(&s));
            (
                Listed {
                    path,
                    modified,
                    summary,
                },
                more,
            )
        })
        .collect();
    out.sort_by(|(a, _), (b, _)| {
        let day = |l: &Listed| l.summary.as_ref().ok().map(Summary::day);
        day(b)
            .cmp(&day(a))
            .then(b.modified.cmp(&a.modified))
            .then(a.path.cmp(&b.path))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_visible_json_files_are_sessions() {
        assert!(is_session_name("2010-10-19-wangling-town.json"));
        assert!(!is_session_name("2010-10-19-wangling-town.json.bak"));
        assert!(!is_session_name("2010-10-19-wangling-town.json.lock"));
        assert!(!is_session_name(".2010-10-19-wangling-town.json.abc.tmp"));
        assert!(!is_session_name("notes.txt"));
    }
}
