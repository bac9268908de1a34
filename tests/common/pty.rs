//! Runs the real `pingyi` binary in a pseudo-terminal: type keys (Chinese too), read the screen
//! through a VT100 parser, wait for text, kill or quit.

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub struct Pty {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
}

/// Key sequences as a terminal sends them.
pub mod keys {
    pub const ENTER: &str = "\r";
    pub const ESC: &str = "\x1b";
    pub const TAB: &str = "\t";
    pub const BACKSPACE: &str = "\x7f";
    pub const UP: &str = "\x1b[A";
    pub const DOWN: &str = "\x1b[B";
    pub const RIGHT: &str = "\x1b[C";
    pub const LEFT: &str = "\x1b[D";
    pub const F1: &str = "\x1bOP";
    pub const F2: &str = "\x1bOQ";
    pub const F3: &str = "\x1bOR";
    pub const F4: &str = "\x1bOS";
    pub const F5: &str = "\x1b[15~";
    pub const F6: &str = "\x1b[17~";
    pub const F7: &str = "\x1b[18~";
    pub const F8: &str = "\x1b[19~";
    pub const F9: &str = "\x1b[20~";
    pub const F10: &str = "\x1b[21~";
    pub const F12: &str = "\x1b[24~";
    pub const CTRL_Q: &str = "\x11";
    pub const CTRL_Z: &str = "\x1a";

    /// Text pasted with bracketed paste.
    pub fn paste(text: &str) -> String {
        format!("\x1b[200~{text}\x1b[201~")
    }
}

impl Pty {
    /// Starts the built `pingyi` with `args` in `cwd`, in a `cols`×`rows` terminal.
    pub fn spawn(args: &[&str], cwd: &Path, envs: &[(&str, &str)], cols: u16, rows: u16) -> Pty {
        let system = native_pty_system();
        let pair = system
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_pingyi"));
        cmd.args(args);
        cmd.cwd(cwd);
        cmd.env("TERM", "xterm-256color");
        cmd.env("PINGYI_LANG", "zh");
        // A developer's kitty or WezTerm must not make every test ask the pseudo-terminal
        // (which never answers) for graphics.
        cmd.env("PINGYI_PICTURES", "off");
        for (k, v) in envs {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn pingyi");
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let sink = Arc::clone(&parser);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut p) = sink.lock() {
                    p.process(&buf[..n]);
                }
            }
        });
        let writer = pair.master.take_writer().expect("pty writer");
        Pty {
            parser,
            writer,
            child,
            _master: pair.master,
        }
    }

    /// Sends keys or text as typed.
    pub fn send(&mut self, s: &str) {
        self.writer.write_all(s.as_bytes()).expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    /// Types text a character at a time with a short gap, as a person (or an input method) does.
    pub fn type_text(&mut self, s: &str) {
        for c in s.chars() {
            let mut buf = [0u8; 4];
            self.send(c.encode_utf8(&mut buf));
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    pub fn screen(&self) -> String {
        self.parser.lock().expect("parser").screen().contents()
    }

    pub fn cursor(&self) -> (u16, u16) {
        self.parser
            .lock()
            .expect("parser")
            .screen()
            .cursor_position()
    }

    /// Waits until the screen shows `text`; panics with the screen after `timeout`.
    pub fn wait_for(&self, text: &str, timeout: Duration) {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return;
            }
            if start.elapsed() > timeout {
                panic!("timed out waiting for {text:?}; the screen was:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Waits until `test` holds of the screen, polling every 5 ms (tight enough to time when a
    /// change was shown); returns when it held. Panics with the screen after `timeout`.
    pub fn wait_until(
        &self,
        what: &str,
        timeout: Duration,
        test: impl Fn(&str) -> bool,
    ) -> Instant {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if test(&screen) {
                return Instant::now();
            }
            if start.elapsed() > timeout {
                panic!("timed out waiting for {what}; the screen was:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Waits for the program to exit; returns whether it exited successfully.
    pub fn wait_exit(&mut self, timeout: Duration) -> bool {
        let start = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            if start.elapsed() > timeout {
                let _ = self.child.kill();
                panic!("pingyi did not exit; the screen was:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// The process id (for SIGKILL tests).
    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }

    /// Kills the program with SIGKILL, as a crash or a pulled plug would end it.
    pub fn kill9(&mut self) {
        if let Some(pid) = self.pid() {
            // SAFETY: sending a signal to our own child process.
            unsafe {
                libc::kill(pid as i32, libc::SIGKILL);
            }
        }
        let _ = self.child.wait();
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
