//! Loading refuses every kind of bad file with one clear sentence, and never changes the file.

use pingyi::i18n::Lang;
use pingyi::store::{self, StoreError};
use std::fs;
use std::path::Path;

fn write(path: &Path, text: &[u8]) {
    fs::write(path, text).unwrap();
}

/// Loads `path`, expecting an error, and checks the file is byte-identical afterwards.
fn refused(path: &Path) -> StoreError {
    let before = fs::read(path).ok();
    let err = store::load(path).unwrap_err();
    assert_eq!(
        fs::read(path).ok(),
        before,
        "a failed load must not touch the file"
    );
    for lang in [Lang::Zh, Lang::En] {
        let m = err.message(lang);
        assert!(!m.is_empty() && !m.contains('\n'), "one sentence: {m}");
    }
    err
}

#[test]
fn the_example_meeting_loads_back_as_saved() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("2010-10-19-wangling-town.json");
    let s = pingyi::demo::town();
    store::save(&path, &s).unwrap();
    assert_eq!(store::load(&path).unwrap(), s);
}

#[test]
fn missing_file() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("nowhere.json");
    let e = refused(&path);
    assert!(matches!(e, StoreError::NotFound { .. }), "{e:?}");
    assert!(e.message(Lang::En).contains("nowhere.json"));
    assert!(e.message(Lang::Zh).contains("找不到"));
    assert!(!path.exists());
}

#[test]
fn folder_instead_of_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    let e = refused(tmp.path());
    assert!(matches!(e, StoreError::IsFolder { .. }), "{e:?}");
    assert!(e.message(Lang::En).contains("is a folder"));
}

#[test]
fn broken_json_says_line_and_column_and_where_the_backup_is() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("m.json");
    // A file that was fine once (so there is a backup), then damaged by hand.
    store::save(&path, &pingyi::demo::town()).unwrap();
    store::save(&path, &pingyi::demo::town()).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    let damaged = text.replacen("\"place\": ", "\"place\" ", 1);
    let line = damaged
        .lines()
        .position(|l| l.contains("\"place\" "))
        .unwrap()
        + 1;
    write(&path, damaged.as_bytes());
    let e = refused(&path);
    match &e {
        StoreError::BadJson {
            line: l, backup, ..
        } => {
            assert_eq!(*l, line);
            assert_eq!(backup.as_deref(), Some(store::backup_path(&path).as_path()));
        }
        other => panic!("{other:?}"),
    }
    let en = e.message(Lang::En);
    assert!(en.contains(&format!("line {line}, column")), "{en}");
    assert!(en.contains("m.json.bak"), "{en}");
    // And the backup it points at is a good file.
    assert!(store::load(&store::backup_path(&path)).is_ok());
}

#[test]
fn truncated_file_is_bad_json() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("m.json");
    let full = store::to_json(&pingyi::demo::oilfield()).unwrap();
    write(&path, &full[..full.len() / 2]);
    let e = refused(&path);
    assert!(matches!(e, StoreError::BadJson { .. }), "{e:?}");
    assert!(e.message(Lang::En).contains("no backup"));
}

#[test]
fn empty_file_is_bad_json() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("m.json");
    write(&path, b"");
    assert!(matches!(
        refused(&path),
        StoreError::BadJson { line: 1, .. }
    ));
}

#[test]
fn someone_elses_json_is_not_a_pingyi_file() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("package.json");
    write(&path, br#"{"name": "left-pad", "version": "1.3.0"}"#);
    let e = refused(&path);
    assert!(
        matches!(e, StoreError::NotPingyi { found: None, .. }),
        "{e:?}"
    );
    assert!(e.message(Lang::En).contains("not a pingyi session"));
}

#[test]
fn newer_version_is_refused_and_never_rewritten() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("m.json");
    let text = String::from_utf8(store::to_json(&pingyi::demo::town()).unwrap()).unwrap();
    // A later pingyi: a higher version and a field this build has never heard of.
    let newer = text
        .replacen("\"version\": 1", "\"version\": 2", 1)
        .replacen(
            "\"header\": {",
            "\"venue_map\": [1, 2],\n  \"header\": {",
            1,
        );
    write(&path, newer.as_bytes());
    let e = refused(&path);
    assert!(
        matches!(
            e,
            StoreError::NewerVersion {
                found: 2,
                supported: 1,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(e.message(Lang::En).contains("newer pingyi"));
    assert!(e.message(Lang::Zh).contains("请升级 pingyi"));
}

#[test]
fn version_zero_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("m.json");
    let text = String::from_utf8(store::to_json(&pingyi::demo::town()).unwrap()).unwrap();
    write(
        path.as_path(),
        text.replacen("\"version\": 1", "\"version\": 0", 1)
            .as_bytes(),
    );
    assert!(matches!(refused(&path), StoreError::BadVersion { .. }));
}

#[test]
fn wrong_field_type_has_a_position() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("m.json");
    let text = String::from_utf8(store::to_json(&pingyi::demo::town()).unwrap()).unwrap();
    write(
        &path,
        text.replacen("\"scrutineers\": [", "\"scrutineers\": 7, \"x\": [", 1)
            .as_bytes(),
    );
    match refused(&path) {
        StoreError::BadField { line, .. } => assert!(line > 1),
        other => panic!("{other:?}"),
    }
}

#[test]
fn self_contradicting_record_lists_its_problems() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("m.json");
    let mut s = pingyi::demo::town();
    s.updated = s.created - chrono::Duration::days(1);
    s.agenda.current = Some(99);
    write(&path, &store::to_json(&s).unwrap());
    match refused(&path) {
        StoreError::Inconsistent { problems, .. } => {
            let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
            assert_eq!(paths, ["updated", "agenda.current"]);
        }
        other => panic!("{other:?}"),
    }
}
