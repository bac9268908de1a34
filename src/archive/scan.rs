//! Finding every meeting file under a folder and loading them on all cores; a file that does not
//! load becomes a row with its problem and never stops the rest.

use super::summary::MeetingSummary;
use crate::i18n::Message;
use crate::model::Session;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// One file found: its summary, or why it could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Meeting(MeetingSummary),
    Failed { file: PathBuf, problem: Message },
}

impl Entry {
    pub fn file(&self) -> &Path {
        match self {
            Entry::Meeting(m) => &m.file,
            Entry::Failed { file, .. } => file,
        }
    }
}

/// Every `*.json` file under `dir`, at any depth, sorted by path. Hidden files and folders (the
/// store's temporary files) are passed over, as are backups and locks (`.bak`, `.lock`), which do
/// not end in `.json`. A folder that cannot be read is reported as a failure row.
pub fn meeting_files(dir: &Path) -> (Vec<PathBuf>, Vec<Entry>) {
    let mut files = Vec::new();
    let mut failed = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let rd = match std::fs::read_dir(&d) {
            Ok(rd) => rd,
            Err(e) => {
                failed.push(Entry::Failed {
                    file: d.clone(),
                    problem: Message::new(
                        crate::i18n::archive::walk_failed(crate::i18n::Lang::Zh, &e.to_string()),
                        crate::i18n::archive::walk_failed(crate::i18n::Lang::En, &e.to_string()),
                    ),
                });
                continue;
            }
        };
        for entry in rd.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            // Follows symbolic links to files, not to folders, so a link loop cannot trap the walk.
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                stack.push(path);
            } else if name.ends_with(".json") && path.is_file() {
                files.push(path);
            }
        }
    }
    files.sort();
    (files, failed)
}

/// Loads every meeting file under `dir` with `load` (the store's checked loader) on all cores and
/// summarises each as of `as_of`. Rows come back in path order, failures among them.
pub fn scan<F>(dir: &Path, as_of: NaiveDate, load: F) -> Vec<Entry>
where
    F: Fn(&Path) -> Result<Session, Message> + Sync,
{
    let (files, mut failed) = meeting_files(dir);
    let mut out = summarise(&files, as_of, &load);
    out.append(&mut failed);
    out
}

/// Loads and summarises `files` on as many threads as the machine has cores.
pub fn summarise<F>(files: &[PathBuf], as_of: NaiveDate, load: &F) -> Vec<Entry>
where
    F: Fn(&Path) -> Result<Session, Message> + Sync,
{
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len().max(1));
    let next = AtomicUsize::new(0);
    let slots: Mutex<Vec<Option<Entry>>> = Mutex::new(vec![None; files.len()]);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(i) else { break };
                    let entry = match load(file) {
                        Ok(s) => Entry::Meeting(MeetingSummary::of(file.clone(), &s, as_of)),
                        Err(problem) => Entry::Failed {
                            file: file.clone(),
                            problem,
                        },
                    };
                    // A worker that panicked poisons the lock; the rows already in are still good.
                    let mut slots = slots.lock().unwrap_or_else(|p| p.into_inner());
                    slots[i] = Some(entry);
                }
            });
        }
    });
    slots
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .into_iter()
        .flatten()
        .collect()
}
