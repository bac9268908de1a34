//! End to end in a pseudo-terminal: ballots entered by keystroke into the real binary, the
//! program killed with SIGKILL once the status line says saved, reopened, and every committed
//! ballot is there; the entry screen carries on at the next ballot number.

use crate::common::pty::{Pty, keys};
use crate::support::*;
use pingyi::i18n::Lang;
use pingyi::model::{EntryMode, Session};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(20);

/// The town's form (2 items, 1 target) with one empty ballot batch, saved in `dir`.
fn town_file(dir: &std::path::Path) -> std::path::PathBuf {
    let mut s = Session::new(at(9, 0), Lang::Zh);
    let id = org_round(&mut s, &["发挥战斗堡垒作用", "整体评价"], &["网岭镇党委"]);
    ok(&mut s, id, |r, j| {
        r.set_issued(Some(66), j)?;
        r.set_returned(Some(66), j)?;
        r.add_batch("t1", "第一组", "", EntryMode::Ballots, j)
    });
    let path = dir.join("town.json");
    pingyi::store::save(&path, &s).unwrap();
    path
}

/// F6, open the round, down to its batch (line 12: 6 fixed lines, targets' head, 1 target,
/// items' head, 2 items, batches' head), Enter.
fn open_entry(pty: &mut Pty) {
    pty.send(keys::F6);
    pty.wait_for("测评轮次", WAIT);
    pty.send(keys::ENTER);
    pty.wait_for("测评表名称", WAIT);
    for _ in 0..12 {
        pty.send(keys::DOWN);
    }
    pty.send(keys::ENTER);
}

#[test]
fn ballots_typed_survive_sigkill() {
    let tmp = tempfile::tempdir().unwrap();
    let path = town_file(tmp.path());
    let file = path.to_string_lossy().into_owned();
    let mut pty = Pty::spawn(&["--who", "周强", "open", &file], tmp.path(), &[], 100, 30);
    pty.wait_for("会议信息", WAIT);
    open_entry(&mut pty);
    pty.wait_for("第 1 张", WAIT);
    for k in 0..12 {
        // Ballot 5 has a double-marked 整体评价; ballot 9 is void.
        match k {
            4 => pty.send("1x"),
            8 => pty.send("-"),
            _ => pty.send("11"),
        }
    }
    pty.wait_for("上一张:第 12 张", WAIT);
    pty.wait_for("已保存", WAIT);
    pty.kill9();

    let saved: Session = pingyi::store::load(&path).unwrap();
    let ballots = &saved.rounds[0].batches[0].ballots;
    assert_eq!(ballots.len(), 12);
    assert_eq!(ballots[4].marks, "1x");
    assert!(ballots[8].void);
    assert_eq!(
        saved
            .audit
            .iter()
            .filter(|e| e.action == "ballot.commit" && e.who == "周强")
            .count(),
        12
    );

    // The lock of the killed copy is stale: reopening takes it and carries on at ballot 13.
    let mut pty = Pty::spawn(&["--who", "周强", "open", &file], tmp.path(), &[], 100, 30);
    pty.wait_for("会议信息", WAIT);
    open_entry(&mut pty);
    pty.wait_for("第 13 张", WAIT);
    pty.send("21");
    pty.wait_for("上一张:第 13 张 21", WAIT);
    pty.send(keys::CTRL_Q);
    assert!(pty.wait_exit(WAIT));
    let saved: Session = pingyi::store::load(&path).unwrap();
    assert_eq!(saved.rounds[0].batches[0].ballots.len(), 13);
    let res = saved.round_results(saved.rounds[0].id).unwrap();
    assert_eq!((res.tally.valid, res.tally.void), (12, 1));
    assert_eq!(res.row(0, 1).unwrap().counts.void_mark, 1);
}
