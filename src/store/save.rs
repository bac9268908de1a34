//! Atomic saving: the new text goes to a temporary file beside the session, reaches the disk, the
//! previous version becomes the backup, and only then does a rename put the new file in place.
//!
//! Until that rename the session file is untouched, so any failure (a read-only folder, a full
//! disk, a crash) leaves it byte for byte as it was.

use super::error::{IoAction, StoreError};
use crate::model::Session;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// The steps of a save that write to the disk. [`RealDisk`] is the one pingyi uses; tests put in
/// one that fails the way a read-only folder or a full disk fails.
pub trait Disk: Send + Sync {
    /// Creates the temporary file in `dir`, the session's own folder (a rename only stays atomic
    /// within one file system).
    fn create_temp(&self, dir: &Path, name: &str) -> io::Result<NamedTempFile> {
        tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(dir)
    }

    /// Writes the whole text into the temporary file.
    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)
    }
}

/// The disk as it is.
#[derive(Debug, Clone, Copy, Default)]
pub struct RealDisk;

impl Disk for RealDisk {}

/// Where the previous version of `path` is kept: `X.json.bak` beside `X.json`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// The folder a session file lives in (`.` for a bare file name).
pub(crate) fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "session".to_string())
}

/// The text a session is saved as: pretty JSON with two-space indents and a final newline, so a
/// file read by hand or compared with git looks tidy.
pub fn to_json(session: &Session) -> serde_json::Result<Vec<u8>> {
    let mut text = serde_json::to_vec_pretty(session)?;
    text.push(b'\n');
    Ok(text)
}

/// Saves `session` to `path` atomically, keeping the previous version as the backup.
pub fn save(path: &Path, session: &Session) -> Result<(), StoreError> {
    save_with(path, session, &RealDisk)
}

/// [`save`] with the disk steps given (tests inject failures here).
pub fn save_with(path: &Path, session: &Session, disk: &dyn Disk) -> Result<(), StoreError> {
    let dir = folder_of(path);
    let err = |e: io::Error, action| StoreError::from_io(&e, path, &dir, action);
    let previous = match fs::metadata(path) {
        Ok(m) if m.is_dir() => {
            return Err(StoreError::IsFolder {
                path: path.to_path_buf(),
            });
        }
        Ok(m) => Some(m),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(err(e, IoAction::Read)),
    };
    let text = to_json(session).map_err(|e| StoreError::Io {
        path: path.to_path_buf(),
        action: IoAction::Write,
        kind: io::ErrorKind::InvalidData,
        detail: e.to_string(),
    })?;
    let mut tmp = disk
        .create_temp(&dir, &file_name(path))
        .map_err(|e| err(e, IoAction::Create))?;
    disk.write(tmp.as_file_mut(), &text)
        .map_err(|e| err(e, IoAction::Write))?;
    // The temporary file is created private (0600); a file that existed keeps its own mode, so a
    // folder shared with a colleague stays shared.
    if let Some(m) = &previous {
        tmp.as_file()
            .set_permissions(m.permissions())
            .map_err(|e| err(e, IoAction::Write))?;
    }
    tmp.as_file()
        .sync_all()
        .map_err(|e| err(e, IoAction::Sync))?;
    if previous.is_some() {
        keep_backup(path, &dir)?;
    }
    tmp.persist(path)
        .map_err(|e| err(e.error, IoAction::Replace))?;
    sync_folder(&dir).map_err(|e| err(e, IoAction::Sync))
}

/// Makes the file now at `path` the backup. A hard link costs no copy; file systems without
/// links get a copy. Either way the backup appears by rename, so it is never half written.
fn keep_backup(path: &Path, dir: &Path) -> Result<(), StoreError> {
    let backup = backup_path(path);
    let err = |e: io::Error| StoreError::from_io(&e, &backup, dir, IoAction::Backup);
    let staging = dir.join(format!(
        ".{}.{}.tmp",
        file_name(&backup),
        std::process::id()
    ));
    // A staging file left by a crash of this same pid number would block the link.
    let _ = fs::remove_file(&staging);
    if fs::hard_link(path, &staging).is_err() {
        fs::copy(path, &staging).map_err(err)?;
        File::open(&staging)
            .and_then(|f| f.sync_all())
            .map_err(err)?;
    }
    fs::rename(&staging, &backup).map_err(|e| {
        let _ = fs::remove_file(&staging);
        err(e)
    })
}

/// Makes a rename in `dir` durable. Some file systems cannot sync a folder (EINVAL); the rename
/// has happened there all the same, so that is not a failure.
pub(crate) fn sync_folder(dir: &Path) -> io::Result<()> {
    match File::open(dir).and_then(|f| f.sync_all()) {
        Err(e) if e.raw_os_error() == Some(libc::EINVAL) => Ok(()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_sits_beside_the_file() {
        assert_eq!(
            backup_path(Path::new("/s/2010-10-19-a.json")),
            Path::new("/s/2010-10-19-a.json.bak")
        );
        assert_eq!(folder_of(Path::new("a.json")), Path::new("."));
        assert_eq!(folder_of(Path::new("/s/a.json")), Path::new("/s"));
    }
}
