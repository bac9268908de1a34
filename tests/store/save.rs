//! Saving is atomic and keeps a backup; a save that fails (read-only folder, full disk) leaves the
//! file on disk byte for byte as it was and no debris beside it.

use pingyi::store::{self, Disk, RealDisk, StoreError};
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// A disk that fails the way a real one does: at creating the temporary file (a read-only
/// folder) or half-way through writing it (a full disk).
struct Faulty {
    create: Option<i32>,
    write: Option<i32>,
}

impl Disk for Faulty {
    fn create_temp(&self, dir: &Path, name: &str) -> io::Result<NamedTempFile> {
        match self.create {
            Some(errno) => Err(io::Error::from_raw_os_error(errno)),
            None => RealDisk.create_temp(dir, name),
        }
    }

    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        match self.write {
            Some(errno) => {
                file.write_all(&bytes[..bytes.len() / 2])?;
                Err(io::Error::from_raw_os_error(errno))
            }
            None => file.write_all(bytes),
        }
    }
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn saved_once(dir: &Path) -> (PathBuf, Vec<u8>) {
    let path = dir.join("2010-10-19-wangling-town.json");
    store::save(&path, &pingyi::demo::town()).unwrap();
    let bytes = fs::read(&path).unwrap();
    (path, bytes)
}

fn changed() -> pingyi::model::Session {
    let mut s = pingyi::demo::town();
    s.header.place = "网岭镇党委会议室".to_string();
    s
}

#[test]
fn saved_text_is_pretty_json_with_two_space_indents() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, bytes) = saved_once(tmp.path());
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with("{\n  \"format\": \"pingyi-session\",\n  \"version\": 1,\n"));
    assert!(text.ends_with("}\n"));
    assert!(
        text.contains("\"subject\": \"网岭镇创先争优活动群众评议大会\""),
        "not escaped"
    );
}

#[test]
fn the_previous_version_is_kept_as_the_backup() {
    let tmp = tempfile::tempdir().unwrap();
    let (path, first) = saved_once(tmp.path());
    assert!(
        !store::backup_path(&path).exists(),
        "a new file has nothing to back up"
    );
    store::save(&path, &changed()).unwrap();
    assert_eq!(fs::read(store::backup_path(&path)).unwrap(), first);
    assert_eq!(store::load(&path).unwrap(), changed());
    let second = fs::read(&path).unwrap();
    store::save(&path, &pingyi::demo::town()).unwrap();
    assert_eq!(fs::read(store::backup_path(&path)).unwrap(), second);
    assert_eq!(
        names(tmp.path()),
        [
            "2010-10-19-wangling-town.json",
            "2010-10-19-wangling-town.json.bak"
        ]
    );
}

#[cfg(unix)]
#[test]
fn a_shared_file_stays_shared() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let (path, _) = saved_once(tmp.path());
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    store::save(&path, &changed()).unwrap();
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644);
}

#[test]
fn read_only_folder_leaves_the_file_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let (path, before) = saved_once(tmp.path());
    for errno in [libc::EROFS, libc::EACCES] {
        let disk = Faulty {
            create: Some(errno),
            write: None,
        };
        let e = store::save_with(&path, &changed(), &disk).unwrap_err();
        match &e {
            StoreError::ReadOnlyFolder { dir } => assert_eq!(dir, tmp.path()),
            other => panic!("{other:?}"),
        }
        assert!(e.message(pingyi::i18n::Lang::En).contains("read-only"));
        assert_eq!(fs::read(&path).unwrap(), before);
        assert_eq!(names(tmp.path()), ["2010-10-19-wangling-town.json"]);
    }
}

#[test]
fn full_disk_leaves_the_file_as_it_was_and_no_debris() {
    let tmp = tempfile::tempdir().unwrap();
    let (path, before) = saved_once(tmp.path());
    let disk = Faulty {
        create: None,
        write: Some(libc::ENOSPC),
    };
    let e = store::save_with(&path, &changed(), &disk).unwrap_err();
    assert!(matches!(e, StoreError::DiskFull { .. }), "{e:?}");
    assert!(e.message(pingyi::i18n::Lang::Zh).contains("磁盘已满"));
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(names(tmp.path()), ["2010-10-19-wangling-town.json"]);
    assert_eq!(store::load(&path).unwrap(), pingyi::demo::town());
}

#[test]
fn saving_onto_a_folder_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let target = tmp.path().join("m.json");
    fs::create_dir(&target).unwrap();
    let e = store::save(&target, &pingyi::demo::town()).unwrap_err();
    assert!(matches!(e, StoreError::IsFolder { .. }), "{e:?}");
    assert!(target.is_dir());
}

#[test]
fn saving_into_a_missing_folder_names_the_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let target = tmp.path().join("gone").join("m.json");
    let e = store::save(&target, &pingyi::demo::town()).unwrap_err();
    match e {
        StoreError::NotFound { path } => assert_eq!(path, tmp.path().join("gone")),
        other => panic!("{other:?}"),
    }
}
