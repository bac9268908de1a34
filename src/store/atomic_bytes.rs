//! Writing any file atomically (an exported record, a notice, a CSV table): the bytes go to a
//! temporary file in the same folder, reach the disk, and a rename puts them in place, so a
//! reader never sees half a file and a failure leaves what was there before untouched.

use super::error::{IoAction, StoreError};
use super::save::{folder_of, sync_folder};
use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// Writes `bytes` to `path` atomically. An existing file keeps its permissions; a new one gets
/// the usual 0644 (the temporary file starts private), since exports are meant to be shared.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = folder_of(path);
    let err = |e: io::Error, action| StoreError::from_io(&e, path, &dir, action);
    let previous = match fs::metadata(path) {
        Ok(m) if m.is_dir() => {
            return Err(StoreError::IsFolder {
                path: path.to_path_buf(),
            });
        }
        Ok(m) => Some(m.permissions()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(err(e, IoAction::Read)),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".to_string());
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| err(e, IoAction::Create))?;
    tmp.as_file_mut()
        .write_all(bytes)
        .map_err(|e| err(e, IoAction::Write))?;
    let permissions = match previous {
        Some(p) => p,
        None => shared_permissions(tmp.as_file()).map_err(|e| err(e, IoAction::Write))?,
    };
    tmp.as_file()
        .set_permissions(permissions)
        .map_err(|e| err(e, IoAction::Write))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| err(e, IoAction::Sync))?;
    tmp.persist(path)
        .map_err(|e| err(e.error, IoAction::Replace))?;
    sync_folder(&dir).map_err(|e| err(e, IoAction::Sync))
}

#[cfg(unix)]
fn shared_permissions(f: &fs::File) -> io::Result<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    let mut p = f.metadata()?.permissions();
    p.set_mode(0o644);
    Ok(p)
}

#[cfg(not(unix))]
fn shared_permissions(f: &fs::File) -> io::Result<fs::Permissions> {
    Ok(f.metadata()?.permissions())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replaces_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().expect("temp folder");
        let p = dir.path().join("记录.md");
        write_atomic(&p, "第一版".as_bytes()).expect("write");
        write_atomic(&p, "第二版".as_bytes()).expect("replace");
        assert_eq!(fs::read_to_string(&p).expect("read"), "第二版");
        let names: Vec<String> = fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["记录.md"]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&p).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode, 0o644);
        }
    }

    #[test]
    fn a_folder_or_a_missing_folder_is_refused_clearly() {
        let dir = tempfile::tempdir().expect("temp folder");
        assert!(matches!(
            write_atomic(dir.path(), b"x"),
            Err(StoreError::IsFolder { .. })
        ));
        let missing = dir.path().join("no/such/folder/record.md");
        assert!(matches!(
            write_atomic(&missing, b"x"),
            Err(StoreError::NotFound { .. })
        ));
    }
}
