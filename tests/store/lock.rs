//! The lock beside a session: one editor at a time, the second told who holds it; a lock left by
//! a dead process on this host is taken over; a lock from another host is respected.

use pingyi::demo::at;
use pingyi::i18n::Lang;
use pingyi::store::{Lock, LockError, LockInfo, StoreError, lock_path};
use std::fs;
use std::path::PathBuf;

fn session_path(dir: &tempfile::TempDir) -> PathBuf {
    let p = dir.path().join("2010-10-19-wangling-town.json");
    pingyi::store::save(&p, &pingyi::demo::town()).unwrap();
    p
}

fn host() -> String {
    gethostname::gethostname().to_string_lossy().into_owned()
}

/// The pid of a process that has certainly ended.
fn dead_pid() -> u32 {
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

#[test]
fn second_editor_is_told_who_holds_it_and_drop_releases_it() {
    let tmp = tempfile::tempdir().unwrap();
    let path = session_path(&tmp);
    let lock = Lock::acquire(&path, "李静", at(2010, 10, 19, 8, 5)).unwrap();
    assert_eq!(lock.path(), lock_path(&path));
    let on_disk: LockInfo = serde_json::from_slice(&fs::read(lock.path()).unwrap()).unwrap();
    assert_eq!(on_disk, *lock.info());
    assert_eq!(on_disk.pid, std::process::id());
    assert_eq!(on_disk.host, host());

    let err = Lock::acquire(&path, "王立新", at(2010, 10, 19, 8, 6)).unwrap_err();
    match &err {
        LockError::Held(info) => {
            assert_eq!(info.who, "李静");
            assert_eq!(info.since, at(2010, 10, 19, 8, 5));
        }
        other => panic!("{other:?}"),
    }
    let en = err.message(&path, Lang::En);
    assert!(
        en.contains("李静") && en.contains(&host()) && en.contains("2010-10-19 08:05"),
        "{en}"
    );
    assert!(en.contains("read-only"), "{en}");
    assert!(matches!(
        err.to_store_error(&path),
        StoreError::LockHeld { .. }
    ));

    drop(lock);
    assert!(!lock_path(&path).exists());
    let again = Lock::acquire(&path, "王立新", at(2010, 10, 19, 8, 7)).unwrap();
    assert_eq!(again.info().who, "王立新");
}

#[test]
fn a_lock_left_by_a_dead_process_here_is_taken_over() {
    let tmp = tempfile::tempdir().unwrap();
    let path = session_path(&tmp);
    let stale = LockInfo {
        host: host(),
        pid: dead_pid(),
        who: "crashed".into(),
        since: at(2010, 10, 19, 7, 0),
    };
    fs::write(lock_path(&path), serde_json::to_vec(&stale).unwrap()).unwrap();
    let lock = Lock::acquire(&path, "李静", at(2010, 10, 19, 8, 5)).unwrap();
    assert_eq!(lock.info().who, "李静");
    let on_disk: LockInfo = serde_json::from_slice(&fs::read(lock.path()).unwrap()).unwrap();
    assert_eq!(on_disk.pid, std::process::id());
}

#[test]
fn a_live_process_here_keeps_its_lock() {
    let tmp = tempfile::tempdir().unwrap();
    let path = session_path(&tmp);
    let mut child = std::process::Command::new("sleep")
        .arg("30")
        .spawn()
        .unwrap();
    let held = LockInfo {
        host: host(),
        pid: child.id(),
        who: "王立新".into(),
        since: at(2010, 10, 19, 7, 0),
    };
    fs::write(lock_path(&path), serde_json::to_vec(&held).unwrap()).unwrap();
    let result = Lock::acquire(&path, "李静", at(2010, 10, 19, 8, 5));
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        matches!(result, Err(LockError::Held(ref i)) if *i == held),
        "{result:?}"
    );
    // Once that process is gone, its lock is stale.
    assert!(Lock::acquire(&path, "李静", at(2010, 10, 19, 8, 6)).is_ok());
}

#[test]
fn a_lock_from_another_host_is_always_respected() {
    let tmp = tempfile::tempdir().unwrap();
    let path = session_path(&tmp);
    let remote = LockInfo {
        host: format!("{}-elsewhere", host()),
        pid: dead_pid(),
        who: "赵红梅".into(),
        since: at(2010, 10, 19, 7, 30),
    };
    fs::write(lock_path(&path), serde_json::to_vec(&remote).unwrap()).unwrap();
    let err = Lock::acquire(&path, "李静", at(2010, 10, 19, 8, 5)).unwrap_err();
    assert!(
        matches!(err, LockError::Held(ref i) if *i == remote),
        "{err:?}"
    );
    assert!(lock_path(&path).exists());
}

#[test]
fn a_lock_file_pingyi_did_not_write_is_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let path = session_path(&tmp);
    fs::write(lock_path(&path), b"locked by hand").unwrap();
    let err = Lock::acquire(&path, "李静", at(2010, 10, 19, 8, 5)).unwrap_err();
    assert!(
        matches!(err, LockError::Store(StoreError::LockUnreadable { .. })),
        "{err:?}"
    );
    assert!(err.message(&path, Lang::En).contains("delete it"));
    assert_eq!(fs::read(lock_path(&path)).unwrap(), b"locked by hand");
}

#[test]
fn dropping_a_lock_someone_took_over_leaves_theirs() {
    let tmp = tempfile::tempdir().unwrap();
    let path = session_path(&tmp);
    let lock = Lock::acquire(&path, "李静", at(2010, 10, 19, 8, 5)).unwrap();
    let theirs = LockInfo {
        host: host(),
        pid: 1,
        who: "王立新".into(),
        since: at(2010, 10, 19, 9, 0),
    };
    fs::write(lock_path(&path), serde_json::to_vec(&theirs).unwrap()).unwrap();
    drop(lock);
    let on_disk: LockInfo = serde_json::from_slice(&fs::read(lock_path(&path)).unwrap()).unwrap();
    assert_eq!(on_disk, theirs);
}
