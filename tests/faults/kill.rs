//! Pulling the plug: the real binary in a pseudo-terminal checks people in as fast as a clerk
//! types (a name, Enter, the next), and is killed with SIGKILL at several points, some of them
//! while a change is still being saved. After every kill the file loads, passes `pingyi check`,
//! and holds every change the screen showed more than 200 ms before the kill; the next copy of
//! pingyi takes over the dead one's lock and goes on from what is on disk.

use crate::common::meeting;
use crate::common::pty::{Pty, keys};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(20);
/// The promise: a change is on disk this long after it is made.
const DURABLE_WITHIN: Duration = Duration::from_millis(200);
/// Narrower than 70 columns, the attendance screen shows its totals on one line: “实到 5 ·”.
const COLS: u16 = 64;
const ROWS: u16 = 30;

#[test]
fn killed_while_checking_people_in_loses_nothing_older_than_200_ms() {
    let _turn = crate::one_at_a_time();
    let started = Instant::now();
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let path = tmp.path().join("2010-10-19-kill.json");
    meeting::write(&path);
    let file = path.to_str().expect("a UTF-8 path");
    let names = meeting::names();
    let mut next = 0;
    // How long after the last change shown each kill comes: at once (its save in flight), soon
    // after, and well after it must be on disk.
    for (round, delay_ms) in [0u64, 40, 120, 260, 0, 500].into_iter().enumerate() {
        let mut pty = Pty::spawn(
            &["--who", "记录人", "open", file],
            tmp.path(),
            &[],
            COLS,
            ROWS,
        );
        pty.send(keys::F4);
        let on_disk = meeting::present(&path).len();
        pty.wait_for(&format!("实到 {on_disk} ·"), WAIT);
        let mut shown: Vec<(String, Instant)> = Vec::new();
        for _ in 0..4 + round {
            let name = &names[next];
            next += 1;
            pty.send(name);
            pty.send(keys::ENTER);
            pty.wait_for(&format!("实到 {} ·", on_disk + shown.len() + 1), WAIT);
            shown.push((name.clone(), Instant::now()));
        }
        // One more on its way when the plug is pulled.
        pty.send(&names[next]);
        pty.send(keys::ENTER);
        next += 1;
        std::thread::sleep(Duration::from_millis(delay_ms));
        let killed = Instant::now();
        pty.kill9();

        let present = meeting::present(&path);
        meeting::check_passes(&path);
        for (name, at) in &shown {
            if killed.duration_since(*at) >= DURABLE_WITHIN {
                assert!(
                    present.contains(name),
                    "round {round}: {name} was shown checked in {:?} before the kill but is not on disk",
                    killed.duration_since(*at)
                );
            }
        }
        assert!(
            present.iter().all(|p| names[..next].contains(p)),
            "only people typed are present: {present:?}"
        );
        // The next round types on from whoever the file says is still to come.
        next = next.max(present.len());
    }
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "six kills took {:?}",
        started.elapsed()
    );
}

#[test]
fn killed_while_entering_ballots_loses_none_older_than_200_ms() {
    let _turn = crate::one_at_a_time();
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let path = tmp.path().join("2010-10-19-ballots.json");
    meeting::write(&path);
    let file = path.to_str().expect("a UTF-8 path");
    let marks = ["123123", "111111", "213031", "332211", "101010"];
    let mut typed = 0;
    for (round, delay_ms) in [0u64, 60, 260, 0, 450].into_iter().enumerate() {
        let mut pty = Pty::spawn(
            &["--who", "周强", "open", file],
            tmp.path(),
            &[],
            COLS,
            ROWS,
        );
        pty.send(meeting::OPEN_BATCH[0]);
        pty.wait_for("测评轮次", WAIT);
        pty.send(meeting::OPEN_BATCH[1]);
        pty.wait_for("── 计票组", WAIT);
        pty.send(meeting::OPEN_BATCH[2]);
        let on_disk = meeting::ballots(&path);
        pty.wait_for(&format!("第 {} 张", on_disk + 1), WAIT);
        let mut shown: Vec<Instant> = Vec::new();
        for k in 0..3 + round {
            pty.send(marks[(typed + k) % marks.len()]);
            pty.wait_for(&format!("第 {} 张", on_disk + shown.len() + 2), WAIT);
            shown.push(Instant::now());
        }
        typed += shown.len();
        // The next ballot read out as the plug is pulled.
        pty.send(marks[typed % marks.len()]);
        std::thread::sleep(Duration::from_millis(delay_ms));
        let killed = Instant::now();
        pty.kill9();

        let entered = meeting::ballots(&path);
        meeting::check_passes(&path);
        let owed = shown
            .iter()
            .filter(|at| killed.duration_since(**at) >= DURABLE_WITHIN)
            .count();
        assert!(
            entered >= on_disk + owed,
            "round {round}: {owed} ballots were shown 200 ms before the kill, {} are on disk",
            entered - on_disk
        );
        assert!(
            entered <= on_disk + shown.len() + 1,
            "round {round}: no ballot from nowhere"
        );
    }
}
