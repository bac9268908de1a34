//! Two copies of pingyi on one file: the second opens it read-only, says who holds it, and
//! refuses every change; the file is only ever whole (a reader polling it throughout never sees
//! a half-written one); the second never writes; once the first is killed its stale lock is
//! taken over by the next copy, which can change the meeting again.

use crate::common::meeting;
use crate::common::pty::{Pty, keys};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(20);
const COLS: u16 = 64;
const ROWS: u16 = 30;

#[test]
fn a_second_copy_is_read_only_and_a_dead_copys_lock_is_taken_over() {
    let _turn = crate::one_at_a_time();
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let path = tmp.path().join("2010-10-19-two.json");
    meeting::write(&path);
    let file = path.to_str().expect("a UTF-8 path");
    let names = meeting::names();

    // A reader that parses the file again and again while the copies run.
    let stop = Arc::new(AtomicBool::new(false));
    let reads = Arc::new(AtomicUsize::new(0));
    let reader = {
        let (stop, reads, path) = (Arc::clone(&stop), Arc::clone(&reads), path.clone());
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let bytes = std::fs::read(&path).expect("the file is always there");
                if let Err(e) = pingyi::store::parse(&path, &bytes) {
                    panic!("a reader saw a file that is not whole: {e}");
                }
                reads.fetch_add(1, Ordering::Relaxed);
                // Often enough to catch a half-written file, not so often as to take a core.
                std::thread::sleep(Duration::from_millis(2));
            }
        })
    };

    let mut first = Pty::spawn(
        &["--who", "李静", "open", file],
        tmp.path(),
        &[],
        COLS,
        ROWS,
    );
    first.send(keys::F4);
    first.wait_for("实到 0 ·", WAIT);
    let mut second = Pty::spawn(
        &["--who", "王立新", "open", file],
        tmp.path(),
        &[],
        COLS,
        ROWS,
    );
    second.wait_for("只读", WAIT);
    second.send(keys::F4);
    second.wait_for("实到 0 ·", WAIT);

    // The first checks people in while the second tries to.
    for (k, name) in names[..3].iter().enumerate() {
        first.send(name);
        first.send(keys::ENTER);
        first.wait_for(&format!("实到 {} ·", k + 1), WAIT);
        second.send(&names[10 + k]);
        second.send(keys::ENTER);
        second.wait_for("只读", WAIT);
    }
    assert!(
        second.screen().contains("实到 0 ·"),
        "the read-only copy changed nothing:\n{}",
        second.screen()
    );

    // Once its changes are on disk (fault_kill.rs holds it to 200 ms), the first copy dies.
    let deadline = std::time::Instant::now() + WAIT;
    while meeting::present(&path).len() < 3 {
        assert!(
            std::time::Instant::now() < deadline,
            "the first copy saved its changes"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    first.kill9();
    let before = std::fs::read(&path).expect("the file");
    second.send(keys::CTRL_Q);
    assert!(second.wait_exit(WAIT), "the read-only copy quits cleanly");
    assert_eq!(
        std::fs::read(&path).expect("the file"),
        before,
        "the read-only copy never writes"
    );
    assert_eq!(meeting::present(&path), names[..3].to_vec());

    // The dead copy's lock is stale: the next copy takes it over and may change the meeting.
    assert!(
        pingyi::store::lock_path(&path).exists(),
        "the killed copy left its lock"
    );
    let mut third = Pty::spawn(
        &["--who", "赵红梅", "open", file],
        tmp.path(),
        &[],
        COLS,
        ROWS,
    );
    third.send(keys::F4);
    third.wait_for("实到 3 ·", WAIT);
    third.send(&names[3]);
    third.send(keys::ENTER);
    third.wait_for("实到 4 ·", WAIT);
    assert!(!third.screen().contains("只读"), "{}", third.screen());
    third.send(keys::CTRL_Q);
    assert!(third.wait_exit(WAIT));

    stop.store(true, Ordering::Relaxed);
    reader.join().expect("the reader saw only whole files");
    assert!(
        reads.load(Ordering::Relaxed) > 10,
        "the reader kept reading"
    );
    assert_eq!(meeting::present(&path), names[..4].to_vec());
    meeting::check_passes(&path);
    assert!(
        !pingyi::store::lock_path(&path).exists(),
        "a clean quit removes the lock"
    );
}
