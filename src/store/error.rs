//! What can go wrong with a session file on disk, and the one sentence the user is told about it.

use super::lock::LockInfo;
use crate::i18n::{Lang, Message, Text, store as msg};
use crate::model::Problem;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What the store was doing when an unexpected disk error struck.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoAction {
    Read,
    Write,
    Create,
    Backup,
    Replace,
    Sync,
    Lock,
}

impl IoAction {
    fn words(self) -> Text {
        match self {
            IoAction::Read => msg::ACTION_READ,
            IoAction::Write => msg::ACTION_WRITE,
            IoAction::Create => msg::ACTION_CREATE,
            IoAction::Backup => msg::ACTION_BACKUP,
            IoAction::Replace => msg::ACTION_REPLACE,
            IoAction::Sync => msg::ACTION_SYNC,
            IoAction::Lock => msg::ACTION_LOCK,
        }
    }
}

/// A failure to load, check, save or lock a session file.
///
/// The variants that come from reading a file carry `backup`: where the previous version is, so
/// the message can point the user at it. The error is `Clone` (no `io::Error` inside) because the
/// background saver keeps its last failure to show and to return from `flush`.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub enum StoreError {
    NotFound {
        path: PathBuf,
    },
    IsFolder {
        path: PathBuf,
    },
    PermissionDenied {
        path: PathBuf,
    },
    ReadOnlyFolder {
        dir: PathBuf,
    },
    DiskFull {
        path: PathBuf,
    },
    /// The text is not JSON.
    BadJson {
        path: PathBuf,
        line: usize,
        column: usize,
        detail: String,
        backup: Option<PathBuf>,
    },
    /// JSON, but a field has the wrong shape (missing, wrong type, unknown value).
    BadField {
        path: PathBuf,
        line: usize,
        column: usize,
        detail: String,
        backup: Option<PathBuf>,
    },
    NotPingyi {
        path: PathBuf,
        found: Option<String>,
        backup: Option<PathBuf>,
    },
    NewerVersion {
        path: PathBuf,
        found: u64,
        supported: u32,
        backup: Option<PathBuf>,
    },
    /// A version that no pingyi ever wrote: 0, negative, fractional, or not a number.
    BadVersion {
        path: PathBuf,
        found: String,
        backup: Option<PathBuf>,
    },
    /// The record parses but contradicts itself (`Session::problems`).
    Inconsistent {
        path: PathBuf,
        problems: Vec<Problem>,
        backup: Option<PathBuf>,
    },
    LockHeld {
        path: PathBuf,
        info: LockInfo,
    },
    /// The lock file beside the session is not one pingyi wrote.
    LockUnreadable {
        lock: PathBuf,
    },
    SaveTimedOut {
        path: PathBuf,
        waited: Duration,
    },
    Io {
        path: PathBuf,
        action: IoAction,
        kind: io::ErrorKind,
        detail: String,
    },
}

impl StoreError {
    /// One clear sentence in `lang`: what is wrong, where, and what to do.
    pub fn message(&self, lang: Lang) -> String {
        self.bilingual().get(lang).to_string()
    }

    /// The message in both languages (the saver keeps it for the status line).
    pub fn bilingual(&self) -> Message {
        match self {
            StoreError::NotFound { path } => msg::not_found(path),
            StoreError::IsFolder { path } => msg::is_folder(path),
            StoreError::PermissionDenied { path } => msg::permission_denied(path),
            StoreError::ReadOnlyFolder { dir } => msg::read_only_folder(dir),
            StoreError::DiskFull { path } => msg::disk_full(path),
            StoreError::BadJson {
                path,
                line,
                column,
                detail,
                backup,
            } => msg::bad_json(path, *line, *column, detail, backup.as_deref()),
            StoreError::BadField {
                path,
                line,
                column,
                detail,
                backup,
            } => msg::bad_field(path, *line, *column, detail, backup.as_deref()),
            StoreError::NotPingyi {
                path,
                found,
                backup,
            } => msg::not_pingyi(path, found.as_deref(), backup.as_deref()),
            StoreError::NewerVersion {
                path,
                found,
                supported,
                backup,
            } => msg::newer_version(path, *found, *supported, backup.as_deref()),
            StoreError::BadVersion {
                path,
                found,
                backup,
            } => msg::bad_version(path, found, crate::model::VERSION, backup.as_deref()),
            StoreError::Inconsistent {
                path,
                problems,
                backup,
            } => {
                let first = problems
                    .first()
                    .map(|p| Message::new(p.describe(Lang::Zh), p.describe(Lang::En)))
                    .unwrap_or_else(|| Message::new("", ""));
                msg::inconsistent(path, problems.len(), &first, backup.as_deref())
            }
            StoreError::LockHeld { path, info } => msg::lock_held(
                path,
                &info.who,
                &info.host,
                info.pid,
                &info.since.format("%Y-%m-%d %H:%M").to_string(),
            ),
            StoreError::LockUnreadable { lock } => msg::lock_unreadable(lock),
            StoreError::SaveTimedOut { path, waited } => {
                msg::save_timed_out(path, waited.as_secs().max(1))
            }
            StoreError::Io {
                path,
                action,
                detail,
                ..
            } => msg::io_failed(path, action.words(), detail),
        }
    }

    /// Points a load error at the backup beside the file, when there is one.
    pub(crate) fn with_backup(mut self, found: Option<PathBuf>) -> StoreError {
        match &mut self {
            StoreError::BadJson { backup, .. }
            | StoreError::BadField { backup, .. }
            | StoreError::NotPingyi { backup, .. }
            | StoreError::NewerVersion { backup, .. }
            | StoreError::BadVersion { backup, .. }
            | StoreError::Inconsistent { backup, .. } => *backup = found,
            _ => {}
        }
        self
    }

    /// Turns an `io::Error` into the error a user can act on. `path` is the file concerned and
    /// `dir` the folder it lives in (a read-only folder is reported as the folder, not the file).
    pub fn from_io(err: &io::Error, path: &Path, dir: &Path, action: IoAction) -> StoreError {
        let errno = err.raw_os_error();
        if is_disk_full(err) {
            return StoreError::DiskFull {
                path: path.to_path_buf(),
            };
        }
        if errno == Some(libc::EROFS) || err.kind() == io::ErrorKind::ReadOnlyFilesystem {
            return StoreError::ReadOnlyFolder {
                dir: dir.to_path_buf(),
            };
        }
        match err.kind() {
            io::ErrorKind::NotFound => StoreError::NotFound {
                path: if action == IoAction::Create {
                    dir.to_path_buf()
                } else {
                    path.to_path_buf()
                },
            },
            io::ErrorKind::IsADirectory => StoreError::IsFolder {
                path: path.to_path_buf(),
            },
            // Creating a file is refused by the folder's permissions, not the file's.
            io::ErrorKind::PermissionDenied if action == IoAction::Create => {
                StoreError::ReadOnlyFolder {
                    dir: dir.to_path_buf(),
                }
            }
            io::ErrorKind::PermissionDenied => StoreError::PermissionDenied {
                path: path.to_path_buf(),
            },
            kind => StoreError::Io {
                path: path.to_path_buf(),
                action,
                kind,
                detail: err.to_string(),
            },
        }
    }
}

fn is_disk_full(err: &io::Error) -> bool {
    matches!(err.raw_os_error(), Some(libc::ENOSPC) | Some(libc::EDQUOT))
        || err.kind() == io::ErrorKind::StorageFull
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classify(err: io::Error, action: IoAction) -> StoreError {
        StoreError::from_io(
            &err,
            Path::new("/m/2010-10-19-x.json"),
            Path::new("/m"),
            action,
        )
    }

    #[test]
    fn errno_values_become_the_bad_places() {
        let full = classify(io::Error::from_raw_os_error(libc::ENOSPC), IoAction::Write);
        assert!(matches!(full, StoreError::DiskFull { .. }), "{full:?}");
        let ro = classify(io::Error::from_raw_os_error(libc::EROFS), IoAction::Create);
        assert!(
            matches!(&ro, StoreError::ReadOnlyFolder { dir } if dir == Path::new("/m")),
            "{ro:?}"
        );
        let denied_create = classify(io::Error::from_raw_os_error(libc::EACCES), IoAction::Create);
        assert!(matches!(denied_create, StoreError::ReadOnlyFolder { .. }));
        let denied_read = classify(io::Error::from_raw_os_error(libc::EACCES), IoAction::Read);
        assert!(matches!(denied_read, StoreError::PermissionDenied { .. }));
        let missing = classify(io::Error::from_raw_os_error(libc::ENOENT), IoAction::Read);
        assert!(matches!(missing, StoreError::NotFound { .. }));
        let other = classify(io::Error::from_raw_os_error(libc::EIO), IoAction::Sync);
        assert!(
            matches!(
                &other,
                StoreError::Io {
                    action: IoAction::Sync,
                    ..
                }
            ),
            "{other:?}"
        );
    }

    #[test]
    fn every_message_names_the_path_in_both_languages() {
        let e = classify(io::Error::from_raw_os_error(libc::ENOSPC), IoAction::Write);
        for lang in [Lang::Zh, Lang::En] {
            assert!(e.message(lang).contains("/m/2010-10-19-x.json"), "{lang:?}");
        }
        assert!(e.message(Lang::Zh).contains("磁盘已满"));
        assert!(e.message(Lang::En).contains("disk is full"));
        assert_eq!(e.to_string(), e.message(Lang::En));
    }

    #[test]
    fn load_errors_say_where_the_backup_is() {
        let e = StoreError::BadJson {
            path: "/m/a.json".into(),
            line: 3,
            column: 7,
            detail: "expected `,`".into(),
            backup: None,
        }
        .with_backup(Some("/m/a.json.bak".into()));
        let en = e.message(Lang::En);
        assert!(en.contains("line 3, column 7"), "{en}");
        assert!(en.contains("/m/a.json.bak"), "{en}");
        assert!(e.message(Lang::Zh).contains("第 3 行第 7 列"));
        let none = StoreError::BadJson {
            path: "/m/a.json".into(),
            line: 1,
            column: 1,
            detail: String::new(),
            backup: None,
        };
        assert!(none.message(Lang::En).contains("no backup"));
    }
}
