//! `pingyi merge MAIN.json OTHER.json`: batches from a second laptop are added once, the report
//! says so, and a differing form or a locked file is refused with MAIN untouched.

use crate::support::*;

use pingyi::model::{EntryMode, Session};
use std::path::Path;
use std::process::{Command, Output};

fn pingyi(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pingyi"))
        .args(args)
        .current_dir(cwd)
        .env("PINGYI_LANG", "zh")
        .env("PINGYI_DIR", cwd)
        .output()
        .unwrap()
}

/// The town meeting counted at two tables: 40 ballots here, 26 on the second laptop.
fn two_files(dir: &Path) -> (String, String, u32) {
    let (mut main, id) = town();
    let mut other = main.clone();
    for _ in 0..26 {
        ok(&mut main, id, |r, j| r.undo_last_ballot("town-1", j));
    }
    ok(&mut other, id, |r, j| r.remove_batch("town-1", j));
    ok(&mut other, id, |r, j| {
        r.add_batch("laptop2-1", "第二组", "", EntryMode::Ballots, j)
    });
    for _ in 0..26 {
        ok(&mut other, id, |r, j| r.commit_ballot("laptop2-1", "11", j));
    }
    let (m, o) = (dir.join("main.json"), dir.join("other.json"));
    pingyi::store::save(&m, &main).unwrap();
    pingyi::store::save(&o, &other).unwrap();
    (m.to_string_lossy().into(), o.to_string_lossy().into(), id)
}

#[test]
fn merge_adds_the_other_laptops_batch_once() {
    let tmp = tempfile::tempdir().unwrap();
    let (m, o, id) = two_files(tmp.path());
    let run = pingyi(&["merge", &m, &o], tmp.path());
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&run.stdout).trim(),
        "已合并 1 个计票组,0 个已在本文件中(未重复计入)"
    );
    let merged: Session = pingyi::store::load(Path::new(&m)).unwrap();
    assert_eq!(merged.round_results(id).unwrap().tally.valid, 66);
    assert_eq!(merged.audit.last().unwrap().action, "batch.merge");

    let again = pingyi(&["merge", &m, &o], tmp.path());
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stdout).contains("已合并 0 个计票组,1 个已在本文件中"));
    let merged: Session = pingyi::store::load(Path::new(&m)).unwrap();
    assert_eq!(merged.round_results(id).unwrap().tally.valid, 66);
}

#[test]
fn a_differing_form_is_refused_and_main_is_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let (m, o, _) = two_files(tmp.path());
    let mut other: Session = pingyi::store::load(Path::new(&o)).unwrap();
    other.rounds[0].items.swap(0, 1);
    pingyi::store::save(Path::new(&o), &other).unwrap();
    let before = std::fs::read(&m).unwrap();
    let run = pingyi(&["merge", &m, &o], tmp.path());
    assert!(!run.status.success());
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("两份文件的测评表不同(第 1 个测评项目“发挥战斗堡垒作用”与“整体评价”)"),
        "{err}"
    );
    assert_eq!(std::fs::read(&m).unwrap(), before);
}

#[test]
fn a_file_open_elsewhere_is_not_merged_into() {
    let tmp = tempfile::tempdir().unwrap();
    let (m, o, _) = two_files(tmp.path());
    let _held = pingyi::store::Lock::acquire(Path::new(&m), "另一位记录人", at(10, 0)).unwrap();
    let before = std::fs::read(&m).unwrap();
    let run = pingyi(&["merge", &m, &o], tmp.path());
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("另一位记录人"));
    assert_eq!(std::fs::read(&m).unwrap(), before);
}
