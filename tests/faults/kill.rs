//! Pulling the plug, 52 times: the real binary in a pseudo-terminal checks people in (14 kills),
//! reads ballots in (14), types a tally grid (12) and captures suggestions (12) as fast as a clerk
//! types, and is killed with SIGKILL at once, soon after, or well after the last change it showed
//! (some kills with a change still being saved, some in the middle of typing one). After every
//! kill the file loads, passes `pingyi check`, holds every change the screen showed more than
//! 200 ms before the kill, holds nothing that was never typed, and the next copy of pingyi takes
//! over the dead one's lock and goes on from what is on disk.
//!
//! Each test prints what its kills came to (`cargo test --test fault_kill -- --nocapture`), the
//! figures BENCHMARKS.md gives.

use crate::common::meeting;
use crate::common::pty::{Pty, keys};
use std::path::Path;
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(20);
/// The promise: a change is on disk this long after it is made.
const DURABLE_WITHIN: Duration = Duration::from_millis(200);
/// Each test's whole run, kills and restarts included, stays under this.
const BOUND: Duration = Duration::from_secs(90);
/// Narrower than 70 columns, the attendance screen shows its totals on one line: “实到 5 ·”.
const COLS: u16 = 64;
const ROWS: u16 = 30;
/// How long after the last change shown each kill comes: at once (its save in flight), soon
/// after, and well after it must be on disk.
const DELAYS_MS: [u64; 14] = [0, 40, 120, 260, 0, 500, 20, 80, 200, 350, 0, 150, 60, 300];

/// What one test's kills came to.
struct Kills {
    what: &'static str,
    started: Instant,
    kills: usize,
    shown: usize,
    /// Changes lost that were shown 200 ms or more before their kill: must stay 0.
    lost_old: usize,
    /// The most changes one kill lost among those shown less than 200 ms before it.
    worst_lost_young: usize,
}

impl Kills {
    fn new(what: &'static str) -> Kills {
        Kills {
            what,
            started: Instant::now(),
            kills: 0,
            shown: 0,
            lost_old: 0,
            worst_lost_young: 0,
        }
    }

    /// One kill at `killed`: each change shown at its instant, and whether the file has it.
    fn kill(&mut self, killed: Instant, changes: &[(Instant, bool)]) {
        self.kills += 1;
        self.shown += changes.len();
        let mut young = 0;
        for (k, (at, on_disk)) in changes.iter().enumerate() {
            let age = killed.duration_since(*at);
            match (*on_disk, age >= DURABLE_WITHIN) {
                (true, _) => {}
                (false, true) => {
                    self.lost_old += 1;
                    panic!(
                        "{} kill {}: change {k} was shown {age:?} before the kill but is not on disk",
                        self.what, self.kills
                    );
                }
                (false, false) => young += 1,
            }
        }
        self.worst_lost_young = self.worst_lost_young.max(young);
    }

    fn report(&self) {
        let took = self.started.elapsed();
        eprintln!(
            "fault_kill {}: {} kills, {} changes shown, {} lost of those shown ≥200 ms before \
             the kill, at most {} lost by one kill of those shown within 200 ms; {:.1} s",
            self.what,
            self.kills,
            self.shown,
            self.lost_old,
            self.worst_lost_young,
            took.as_secs_f64()
        );
        assert_eq!(self.lost_old, 0);
        assert!(
            took < BOUND,
            "{}: {} kills took {took:?}",
            self.what,
            self.kills
        );
    }
}

fn open(file: &str, who: &str, dir: &Path) -> Pty {
    Pty::spawn(&["--who", who, "open", file], dir, &[], COLS, ROWS)
}

#[test]
fn killed_while_checking_people_in_loses_nothing_older_than_200_ms() {
    let _turn = crate::one_at_a_time();
    let mut kills = Kills::new("check-in");
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let path = tmp.path().join("2010-10-19-kill.json");
    meeting::write(&path);
    let file = path.to_str().expect("a UTF-8 path");
    let names = meeting::names();
    let mut next = 0;
    for (round, delay_ms) in DELAYS_MS.into_iter().enumerate() {
        let mut pty = open(file, "记录人", tmp.path());
        pty.send(keys::F4);
        let on_disk = meeting::present(&path).len();
        pty.wait_for(&format!("实到 {on_disk} ·"), WAIT);
        let mut shown: Vec<(String, Instant)> = Vec::new();
        for _ in 0..2 + round % 4 {
            let name = &names[next];
            next += 1;
            pty.send(name);
            pty.send(keys::ENTER);
            let want = format!("实到 {} ·", on_disk + shown.len() + 1);
            let at = pty.wait_until(&want, WAIT, |s| s.contains(&want));
            shown.push((name.clone(), at));
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
        let changes: Vec<(Instant, bool)> = shown
            .iter()
            .map(|(name, at)| (*at, present.contains(name)))
            .collect();
        kills.kill(killed, &changes);
        assert!(
            present.iter().all(|p| names[..next].contains(p)),
            "only people typed are present: {present:?}"
        );
        // The next round types on from whoever the file says is still to come.
        next = next.max(present.len());
    }
    kills.report();
}

#[test]
fn killed_while_entering_ballots_loses_none_older_than_200_ms() {
    let _turn = crate::one_at_a_time();
    let mut kills = Kills::new("ballot entry");
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let path = tmp.path().join("2010-10-19-ballots.json");
    meeting::write(&path);
    let file = path.to_str().expect("a UTF-8 path");
    let marks = ["123123", "111111", "213031", "332211", "101010"];
    let mut typed = 0;
    for (round, delay_ms) in DELAYS_MS.into_iter().enumerate() {
        let mut pty = open(file, "周强", tmp.path());
        pty.send(meeting::OPEN_BATCH[0]);
        pty.wait_for("测评轮次", WAIT);
        pty.send(meeting::OPEN_BATCH[1]);
        pty.wait_for("── 计票组", WAIT);
        pty.send(meeting::OPEN_BATCH[2]);
        let on_disk = meeting::ballots(&path);
        pty.wait_for(&format!("第 {} 张", on_disk + 1), WAIT);
        let mut shown: Vec<Instant> = Vec::new();
        for k in 0..2 + round % 4 {
            pty.send(marks[(typed + k) % marks.len()]);
            let want = format!("第 {} 张", on_disk + shown.len() + 2);
            shown.push(pty.wait_until(&want, WAIT, |s| s.contains(&want)));
        }
        typed += shown.len();
        // The next ballot read out as the plug is pulled.
        pty.send(marks[typed % marks.len()]);
        std::thread::sleep(Duration::from_millis(delay_ms));
        let killed = Instant::now();
        pty.kill9();

        let entered = meeting::ballots(&path);
        meeting::check_passes(&path);
        // Ballots are kept in order: the k-th shown is on disk when more than k are.
        let changes: Vec<(Instant, bool)> = shown
            .iter()
            .enumerate()
            .map(|(k, at)| (*at, entered > on_disk + k))
            .collect();
        kills.kill(killed, &changes);
        assert!(
            entered <= on_disk + shown.len() + 1,
            "round {round}: no ballot from nowhere"
        );
    }
    kills.report();
}

/// The grid's 30 counts as the screen shows them, in the order Tab walks them: under each
/// item's heading (the line naming the grades; the item's name may be cut), each target's row
/// of grades, blank and void mark.
fn grid_on_screen(screen: &str) -> Option<Vec<u32>> {
    let targets = ["黄武", "王立新"];
    let mut out = Vec::with_capacity(30);
    let mut item: Option<usize> = None;
    for line in screen.lines() {
        let line = line.trim_start();
        if line.contains("基本满意") {
            item = Some(item.map_or(0, |i| i + 1));
            continue;
        }
        let Some(i) = item else { continue };
        let Some(t) = targets.iter().position(|t| line.starts_with(t)) else {
            continue;
        };
        if out.len() != (i * 2 + t) * 5 {
            return None;
        }
        let row: Vec<u32> = line
            .split_whitespace()
            .skip(1)
            .take(5)
            .map(|n| n.parse().ok())
            .collect::<Option<_>>()?;
        out.extend(row);
    }
    (out.len() == 30).then_some(out)
}

#[test]
fn killed_while_typing_the_tally_grid_loses_no_count_older_than_200_ms() {
    let _turn = crate::one_at_a_time();
    let mut kills = Kills::new("tally grid");
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let path = tmp.path().join("2010-10-19-grid.json");
    meeting::write(&path);
    let file = path.to_str().expect("a UTF-8 path");
    // The n-th count typed goes to cell n mod 30; each pass over the grid types a new value
    // (1, 2, 3 …), so every count typed is a change.
    let mut next = 0usize;
    let value = |n: usize| u32::try_from(n / 30 % 9 + 1).unwrap_or(1);
    for (round, delay_ms) in DELAYS_MS.into_iter().take(12).enumerate() {
        let mut pty = open(file, "孙丽", tmp.path());
        pty.send(meeting::OPEN_GRID[0]);
        pty.wait_for("测评轮次", WAIT);
        pty.send(meeting::OPEN_GRID[1]);
        pty.wait_for("── 计票组", WAIT);
        pty.send(meeting::OPEN_GRID[2]);
        let before = meeting::grid_cells(&path);
        pty.wait_until("the grid as the file has it", WAIT, |s| {
            grid_on_screen(s).as_ref() == Some(&before)
        });
        // Down from the ballots' line to the first count, then Tab to where the last round
        // stopped.
        pty.send(keys::ENTER);
        pty.send(&keys::TAB.repeat(next % 30));
        let mut shown: Vec<(usize, u32, Instant)> = Vec::new();
        for _ in 0..3 + round % 4 {
            let (cell, v) = (next % 30, value(next));
            next += 1;
            pty.send(&format!("{v}{}", keys::TAB));
            let at = pty.wait_until(&format!("cell {cell} = {v}"), WAIT, |s| {
                grid_on_screen(s).is_some_and(|g| g[cell] == v)
            });
            shown.push((cell, v, at));
            if next.is_multiple_of(30) {
                // Tab from the last count stays there: start the next pass from the top.
                break;
            }
        }
        // The next count typed as the plug is pulled (unless the pass just ended on the last
        // cell, where a Tab stays).
        let in_flight = (!next.is_multiple_of(30)).then(|| (next % 30, value(next)));
        if let Some((_, v)) = in_flight {
            pty.send(&format!("{v}{}", keys::TAB));
            next += 1;
        }
        std::thread::sleep(Duration::from_millis(delay_ms));
        let killed = Instant::now();
        pty.kill9();

        let after = meeting::grid_cells(&path);
        meeting::check_passes(&path);
        let changes: Vec<(Instant, bool)> = shown
            .iter()
            .map(|(c, v, at)| (*at, after[*c] == *v))
            .collect();
        kills.kill(killed, &changes);
        // Nothing but what was typed: every cell holds its old count, a count typed this round,
        // or the one in flight.
        for (c, (old, new)) in before.iter().zip(&after).enumerate() {
            let typed =
                shown.iter().any(|(sc, v, _)| *sc == c && v == new) || in_flight == Some((c, *new));
            assert!(
                old == new || typed,
                "cell {c}: {old} → {new} was never typed"
            );
        }
    }
    kills.report();
}

#[test]
fn killed_while_typing_suggestions_loses_none_older_than_200_ms() {
    let _turn = crate::one_at_a_time();
    let mut kills = Kills::new("suggestions");
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let path = tmp.path().join("2010-10-19-suggestions.json");
    meeting::write(&path);
    let file = path.to_str().expect("a UTF-8 path");
    let text = |n: usize| format!("第{n}条:村道{n}号路段尽快修缮");
    let mut n = 0;
    let mut full: Vec<String> = Vec::new();
    for (round, delay_ms) in DELAYS_MS.into_iter().take(12).enumerate() {
        let mut pty = open(file, "李静", tmp.path());
        pty.send(keys::F8);
        let on_disk = meeting::suggestions(&path).len();
        pty.wait_for(&format!("征集 {on_disk} 条"), WAIT);
        let mut shown: Vec<(String, Instant)> = Vec::new();
        for _ in 0..1 + round % 3 {
            n += 1;
            let t = text(n);
            pty.send("a");
            pty.type_text(&t);
            // Enter, category 1, no author (anonymous), Enter past whom it concerns.
            pty.send(&format!("{}1{}{}", keys::ENTER, keys::ENTER, keys::ENTER));
            full.push(t.clone());
            let want = format!("征集 {} 条", on_disk + shown.len() + 1);
            shown.push((t, pty.wait_until(&want, WAIT, |s| s.contains(&want))));
        }
        // The plug is pulled in the middle of typing the next one, as it is sent whole, or with
        // nothing under way.
        n += 1;
        let t = text(n);
        match round % 3 {
            0 => {
                pty.send("a");
                let half: String = t.chars().take(5).collect();
                pty.type_text(&half);
            }
            1 => {
                pty.send(&format!(
                    "a{t}{}1{}{}",
                    keys::ENTER,
                    keys::ENTER,
                    keys::ENTER
                ));
                full.push(t);
            }
            _ => {}
        }
        std::thread::sleep(Duration::from_millis(delay_ms));
        let killed = Instant::now();
        pty.kill9();

        let saved = meeting::suggestions(&path);
        meeting::check_passes(&path);
        let changes: Vec<(Instant, bool)> = shown
            .iter()
            .map(|(t, at)| (*at, saved.contains(t)))
            .collect();
        kills.kill(killed, &changes);
        // Only whole suggestions, each typed in full, each once.
        for s in &saved {
            assert!(full.contains(s), "a suggestion never typed in full: {s:?}");
            assert_eq!(saved.iter().filter(|x| *x == s).count(), 1, "twice: {s:?}");
        }
    }
    kills.report();
}
