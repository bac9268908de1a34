//! Start-up end to end, as a user sees it: the real `pingyi open FILE` started in a
//! pseudo-terminal (120×40), timed from the spawn to the first frame showing a known text, then
//! from Ctrl+Q to the process's exit; beside it a bare ratatui app (raw mode, alternate screen,
//! one paragraph) started the same way by this very harness, and `pingyi check FILE` (load and
//! check, no terminal). Files: the large meeting (`pingyi demo --large`) and the town meeting of
//! `sessions/`.
//!
//! Run with `cargo bench --bench startup`; it prints medians (and min–max) of 15 runs each.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

const RUNS: usize = 15;
const COLS: u16 = 120;
const ROWS: u16 = 40;
/// Set in the environment of the copy of this harness that plays the bare ratatui app.
const BARE: &str = "PINGYI_STARTUP_BARE";
/// What both programs show on their first frame: the header screen's tab.
const FIRST_FRAME: &str = "会议信息";
const WAIT: Duration = Duration::from_secs(30);

/// The bare ratatui app: what any full-screen terminal program pays to start and draw.
fn bare() -> std::io::Result<()> {
    use crossterm::event::{self, Event, KeyCode, KeyModifiers};
    use ratatui::widgets::{Block, Borders, Paragraph};
    let mut terminal = ratatui::init();
    terminal.draw(|f| {
        let p = Paragraph::new(FIRST_FRAME).block(Block::default().borders(Borders::ALL));
        f.render_widget(p, f.area());
    })?;
    loop {
        if let Event::Key(k) = event::read()?
            && k.code == KeyCode::Char('q')
            && k.modifiers.contains(KeyModifiers::CONTROL)
        {
            break;
        }
    }
    ratatui::restore();
    Ok(())
}

/// One start: spawn `cmd` in a pty, wait for the first frame, Ctrl+Q, wait for the exit.
/// Returns (first frame, exit after Ctrl+Q).
fn one_start(cmd: CommandBuilder) -> (Duration, Duration) {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty");
    let started = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).expect("spawn");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("reader");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut parser = vt100::Parser::new(ROWS, COLS, 0);
        let mut buf = [0u8; 65536];
        let mut seen = false;
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            parser.process(&buf[..n]);
            if !seen && parser.screen().contents().contains(FIRST_FRAME) {
                seen = true;
                let _ = tx.send(Instant::now());
            }
        }
    });
    let shown = rx.recv_timeout(WAIT).expect("the first frame");
    let mut writer = pair.master.take_writer().expect("writer");
    let quit = Instant::now();
    writer.write_all(b"\x11").expect("Ctrl+Q");
    writer.flush().expect("flush");
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        if quit.elapsed() > WAIT {
            let _ = child.kill();
            panic!("did not exit after Ctrl+Q");
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    (shown - started, quit.elapsed())
}

/// The binary measured: this build's, or another one named by `PINGYI_STARTUP_BIN` (to compare
/// before and after a change).
fn pingyi_bin() -> String {
    std::env::var("PINGYI_STARTUP_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_pingyi").to_string())
}

fn pingyi_cmd(args: &[&str], dir: &Path) -> CommandBuilder {
    let mut cmd = CommandBuilder::new(pingyi_bin());
    cmd.args(args);
    cmd.cwd(dir);
    cmd.env("TERM", "xterm-256color");
    cmd.env("PINGYI_LANG", "zh");
    cmd
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Median, min and max in ms.
fn stats(mut v: Vec<Duration>) -> String {
    v.sort();
    format!(
        "{:7.1} ms (min {:.1}, max {:.1})",
        ms(v[v.len() / 2]),
        ms(v[0]),
        ms(v[v.len() - 1])
    )
}

fn measure(name: &str, make: impl Fn() -> CommandBuilder) -> Duration {
    let _ = one_start(make()); // warm the page cache
    let (mut first, mut exit) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let (f, e) = one_start(make());
        first.push(f);
        exit.push(e);
    }
    let median = {
        let mut v = first.clone();
        v.sort();
        v[v.len() / 2]
    };
    println!(
        "{name:<28} first frame {}   Ctrl+Q to exit {}",
        stats(first),
        stats(exit)
    );
    median
}

fn check_wall(file: &Path) -> String {
    let mut v = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let out = std::process::Command::new(pingyi_bin())
            .arg("check")
            .arg(file)
            .output()
            .expect("pingyi check");
        assert!(out.status.success());
        v.push(t.elapsed());
    }
    stats(v)
}

fn main() {
    if std::env::var_os(BARE).is_some() {
        bare().expect("the bare app");
        return;
    }
    // `cargo bench` passes criterion's arguments; `--list` asks for the names only.
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let large = dir.path().join("large.json");
    let session = pingyi::demo::large::large().expect("the large meeting");
    pingyi::store::save(&large, &session).expect("save it");
    drop(session);
    let town = dir.path().join("town.json");
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/2010-10-19-wangling-town.json");
    std::fs::copy(example, &town).expect("the town meeting");

    let me = std::env::current_exe().expect("this harness");
    let bare_ms = measure("bare ratatui app", || {
        let mut cmd = CommandBuilder::new(&me);
        cmd.env(BARE, "1");
        cmd.env("TERM", "xterm-256color");
        cmd
    });
    let town_ms = measure("pingyi open town.json", || {
        pingyi_cmd(&["open", town.to_str().expect("utf-8")], dir.path())
    });
    let large_ms = measure("pingyi open large.json", || {
        pingyi_cmd(&["open", large.to_str().expect("utf-8")], dir.path())
    });
    println!("pingyi check large.json (wall) {}", check_wall(&large));
    println!("pingyi check town.json (wall)  {}", check_wall(&town));
    println!(
        "first frame against the bare app: town {:.2}×, large {:.2}×",
        ms(town_ms) / ms(bare_ms),
        ms(large_ms) / ms(bare_ms)
    );
}
