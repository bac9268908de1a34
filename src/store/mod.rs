//! Everything that touches the disk: finding the sessions folder, loading and checking a file,
//! atomic saving with a backup, the lock beside a file, new file names, listing a folder, and the
//! background saver the terminal application uses.

pub mod atomic_bytes;
pub mod create;
pub mod error;
pub mod list;
pub mod load;
pub mod lock;
pub mod save;
pub mod saver;

pub use atomic_bytes::write_atomic;
pub use create::{create, file_stem, slug};
pub use error::{IoAction, StoreError};
pub use list::{Listed, Summary, list, list_with};
pub use load::{load, parse};
pub use lock::{Lock, LockError, LockInfo, lock_path};
pub use save::{Disk, RealDisk, backup_path, save, save_with, to_json};
pub use saver::{SaveStatus, Saver};

use std::path::{Path, PathBuf};

/// The sessions folder: `--dir`, else `PINGYI_DIR`, else `./sessions` when the current folder has
/// one, else the user's data folder (`~/.local/share/pingyi/sessions` on Linux).
pub fn resolve_dir(flag: Option<PathBuf>) -> PathBuf {
    let env = std::env::var_os("PINGYI_DIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from);
    resolve_dir_from(
        flag,
        env,
        std::env::current_dir().ok().as_deref(),
        dirs::data_dir(),
    )
}

/// [`resolve_dir`] with its inputs given, so the order of precedence can be tested.
pub fn resolve_dir_from(
    flag: Option<PathBuf>,
    env: Option<PathBuf>,
    cwd: Option<&Path>,
    data_dir: Option<PathBuf>,
) -> PathBuf {
    flag.or(env)
        .or_else(|| cwd.map(|c| c.join("sessions")).filter(|p| p.is_dir()))
        .or_else(|| data_dir.map(|d| d.join("pingyi").join("sessions")))
        .unwrap_or_else(|| PathBuf::from("sessions"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_then_env_then_local_folder_then_data_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let data = Some(PathBuf::from("/home/u/.local/share"));
        let flag = Some(PathBuf::from("/f"));
        let env = Some(PathBuf::from("/e"));
        assert_eq!(
            resolve_dir_from(flag, env.clone(), Some(tmp.path()), data.clone()),
            Path::new("/f")
        );
        assert_eq!(
            resolve_dir_from(None, env, Some(tmp.path()), data.clone()),
            Path::new("/e")
        );
        assert_eq!(
            resolve_dir_from(None, None, Some(tmp.path()), data.clone()),
            Path::new("/home/u/.local/share/pingyi/sessions"),
            "no ./sessions here yet"
        );
        std::fs::create_dir(tmp.path().join("sessions")).unwrap();
        assert_eq!(
            resolve_dir_from(None, None, Some(tmp.path()), data),
            tmp.path().join("sessions")
        );
        assert_eq!(
            resolve_dir_from(None, None, None, None),
            Path::new("sessions")
        );
    }
}
