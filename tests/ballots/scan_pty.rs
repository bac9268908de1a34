//! The whole scanning flow in the real binary, in a pseudo-terminal: the town meeting made by
//! `pingyi demo --scans` is opened, `i` reads the folder of generated pages into the round,
//! the doubtful ballots are decided in review by typing their marks, 收回 is typed and the round
//! verified, and after quitting the saved results equal the
//! generator's truth.

use crate::common::pty::{Pty, keys};
use crate::scan::demo;
use pingyi::model::Session;
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(60);

/// The round's counts per target × item, as the generator's truth says them: grade `k` for
/// mark `k+1`, blank for `0`, a void mark for `x`.
fn truth_counts(dir: &std::path::Path, items: usize) -> Vec<(usize, usize, Vec<u32>, u32, u32)> {
    let truth = crate::review_tui::truth(dir);
    let cells = truth[0]["marks"].as_str().expect("marks").len();
    let mut out: Vec<(usize, usize, Vec<u32>, u32, u32)> = (0..cells)
        .map(|p| (p / items, p % items, vec![0; 9], 0, 0))
        .collect();
    for t in &truth {
        for (p, c) in t["marks"].as_str().expect("marks").chars().enumerate() {
            match c {
                '0' => out[p].3 += 1,
                'x' => out[p].4 += 1,
                d => out[p].2[d.to_digit(10).expect("digit") as usize - 1] += 1,
            }
        }
    }
    out
}

/// pingyi started with `args` in a 120 × 40 terminal, on the first round's view (F6, Enter).
fn open_round(args: &[&str], dir: &std::path::Path, envs: &[(&str, &str)]) -> Pty {
    let mut pty = Pty::spawn(args, dir, envs, 120, 40);
    pty.wait_for("会议信息", WAIT);
    pty.send(keys::F6);
    pty.wait_for("测评轮次", WAIT);
    pty.send(keys::ENTER);
    pty.wait_for("测评表名称", WAIT);
    pty
}

#[test]
fn a_folder_of_scans_is_read_reviewed_and_verified_in_the_terminal() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let town = demo(dir, 12);
    let file = town.to_string_lossy().into_owned();
    let mut pty = open_round(&["--who", "周强", "open", &file], dir, &[]);
    pty.send("i");
    pty.wait_for("扫描件的文件或文件夹", WAIT);
    pty.type_text(&dir.display().to_string());
    pty.send(keys::ENTER);
    pty.wait_for("扫描件已读完", WAIT);
    pty.wait_for("已保存", WAIT);

    // The review order, from the file as saved while the program runs.
    let saved: Session = pingyi::store::load(&town).expect("saved during the run");
    let r = &saved.rounds[0];
    assert_eq!(r.counted() as usize + r.waiting_review(), 12);
    let queue: Vec<String> = r
        .review_queue()
        .into_iter()
        .map(|(uid, i)| {
            let p = r.pending(&uid, i).expect("waiting");
            p.scan.serial.clone().expect("serial read")
        })
        .collect();
    assert!(!queue.is_empty(), "the seed gives ballots to review");
    let truth = crate::review_tui::truth(dir);

    pty.send("c");
    pty.wait_for("扫描复核", WAIT);
    for serial in &queue {
        pty.wait_for(&format!("测评票 {serial}"), WAIT);
        let marks = crate::review_tui::true_marks(&truth, serial).replace('x', ".");
        pty.send(&marks);
    }
    pty.wait_for("全部复核完毕", WAIT);
    pty.send(keys::ESC);
    pty.wait_for("测评表名称", WAIT);

    // 收回 is the 12 ballots collected (line 6 of the round view), then verify with the
    // demo's scrutineers.
    for _ in 0..5 {
        pty.send(keys::DOWN);
    }
    pty.send(keys::ENTER);
    pty.type_text("12");
    pty.send(keys::ENTER);
    pty.wait_for("收回  12", WAIT);
    pty.send("v");
    pty.wait_for("监票人  王立新、赵红梅", WAIT);
    pty.send("v");
    pty.wait_for("已核对", WAIT);
    pty.wait_for("已保存", WAIT);
    pty.send(keys::CTRL_Q);
    assert!(pty.wait_exit(WAIT));

    let saved: Session = pingyi::store::load(&town).expect("loads");
    let r = &saved.rounds[0];
    assert!(r.verification.is_some(), "verified");
    assert_eq!(r.waiting_review(), 0);
    let res = saved.round_results(r.id).expect("results");
    assert_eq!(res.tally.valid, 12);
    for (t, i, grades, blank, void) in truth_counts(dir, r.items.len()) {
        let c = &res.row(t, i).expect("row").counts;
        let n = c.grades.len();
        assert_eq!(c.grades[..], grades[..n], "target {t} item {i}");
        assert!(grades[n..].iter().all(|&g| g == 0));
        assert_eq!((c.blank, c.void_mark), (blank, void), "target {t} item {i}");
    }
    assert!(
        saved
            .audit
            .iter()
            .any(|e| e.action == "scan.review" && e.who == "周强")
    );
}

#[test]
fn with_kitty_pictures_forced_no_key_is_lost() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let town = demo(dir, 12);
    let file = town.to_string_lossy().into_owned();
    crate::scan::ok(&crate::scan::pingyi(
        &["scan", &file, "--round", "1", dir.to_str().expect("dir")],
        dir,
    ));
    // Forced kitty pictures: nothing is asked of the terminal through its input, so every key
    // reaches pingyi, and review draws its pictures with kitty's protocol.
    let mut pty = open_round(&["open", &file], dir, &[("PINGYI_PICTURES", "kitty")]);
    pty.send("c");
    pty.wait_for("扫描复核", WAIT);
    pty.send(keys::ESC);
    pty.wait_for("测评表名称", WAIT);
    pty.send(keys::CTRL_Q);
    assert!(pty.wait_exit(WAIT));
}
