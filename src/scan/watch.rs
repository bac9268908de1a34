//! A folder an office scanner saves into, looked at again and again: a file is taken once its
//! size and time have stood still for a moment and its contents look whole (a PDF's end marker,
//! a JPEG's or PNG's last bytes), so a file still being written is waited for and never read
//! half. A file that changes after it was taken is taken again (the feed knows a copy by its
//! contents). Temporary and hidden files are left alone.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// How long a file's size and time must stand still before it is read.
pub const SETTLE: Duration = Duration::from_millis(800);
/// How long a file that does not look whole is waited for before it is read anyway (and
/// named with its problem if it is broken).
pub const PATIENCE: Duration = Duration::from_secs(20);

/// One look at the folder.
#[derive(Debug, Default)]
pub struct Look {
    /// Files ready to read, with their contents.
    pub ready: Vec<(PathBuf, Vec<u8>)>,
    /// Files seen but still being written.
    pub waiting: usize,
    /// Why the folder could not be listed.
    pub problem: Option<String>,
}

#[derive(Debug)]
struct Entry {
    len: u64,
    modified: Option<SystemTime>,
    /// When this size and time were first seen.
    since: Instant,
    taken: bool,
}

/// The state of a watched folder between looks.
#[derive(Debug)]
pub struct Watcher {
    dir: PathBuf,
    seen: HashMap<PathBuf, Entry>,
}

impl Watcher {
    pub fn new(dir: PathBuf) -> Watcher {
        Watcher {
            dir,
            seen: HashMap::new(),
        }
    }

    /// Looks at the folder at time `now`.
    pub fn poll(&mut self, now: Instant) -> Look {
        let mut look = Look::default();
        let names = match list(&self.dir) {
            Ok(n) => n,
            Err(e) => {
                look.problem = Some(e.to_string());
                return look;
            }
        };
        self.seen.retain(|p, _| names.iter().any(|(n, _)| n == p));
        for (path, meta) in names {
            let (len, modified) = (meta.len(), meta.modified().ok());
            let e = self.seen.entry(path.clone()).or_insert(Entry {
                len,
                modified,
                since: now,
                taken: false,
            });
            if e.len != len || e.modified != modified {
                *e = Entry {
                    len,
                    modified,
                    since: now,
                    taken: false,
                };
            }
            if e.taken {
                continue;
            }
            let still = now.saturating_duration_since(e.since);
            if len == 0 || still < SETTLE {
                look.waiting += 1;
                continue;
            }
            match std::fs::read(&path) {
                Ok(bytes) if bytes.len() as u64 != len => {
                    // Grew while being read: look again later.
                    e.len = bytes.len() as u64;
                    e.since = now;
                    look.waiting += 1;
                }
                Ok(bytes) if !looks_whole(&bytes) && still < PATIENCE => look.waiting += 1,
                Ok(bytes) => {
                    e.taken = true;
                    look.ready.push((path, bytes));
                }
                // Held open by the scanner's software, or gone again: look again later.
                Err(_) => look.waiting += 1,
            }
        }
        look.ready.sort_by(|a, b| a.0.cmp(&b.0));
        look
    }
}

/// The folder's scan files (not temporary, not hidden), with their metadata.
fn list(dir: &Path) -> std::io::Result<Vec<(PathBuf, std::fs::Metadata)>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let Ok(entry) = entry else { continue };
        let path = entry.path();
        let hidden = entry
            .file_name()
            .to_str()
            .is_none_or(|n| n.starts_with('.') || n.starts_with('~'));
        if hidden || !super::load::has_scan_extension(&path) {
            continue;
        }
        if let Ok(meta) = std::fs::metadata(&path)
            && meta.is_file()
        {
            out.push((path, meta));
        }
    }
    Ok(out)
}

/// Whether a file's last bytes are those of a finished file of its kind (TIFF has no such
/// mark: its size standing still is all there is).
pub fn looks_whole(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    if bytes.starts_with(b"%PDF") {
        return tail.windows(5).any(|w| w == b"%%EOF");
    }
    if bytes.starts_with(&[0xFF, 0xD8]) {
        let end = bytes.len().saturating_sub(32);
        return bytes[end..].windows(2).any(|w| w == [0xFF, 0xD9]);
    }
    if bytes.starts_with(b"\x89PNG") {
        return tail.len() >= 12 && &tail[tail.len() - 8..tail.len() - 4] == b"IEND";
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_bytes() -> Vec<u8> {
        let img = image::GrayImage::from_pixel(8, 8, image::Luma([200]));
        let mut out = std::io::Cursor::new(Vec::new());
        img.write_to(&mut out, image::ImageFormat::Png)
            .expect("png");
        out.into_inner()
    }

    #[test]
    fn a_file_is_taken_once_it_stands_still_and_looks_whole() {
        let dir = tempfile::tempdir().expect("dir");
        let mut w = Watcher::new(dir.path().to_path_buf());
        let t0 = Instant::now();
        let png = png_bytes();
        let path = dir.path().join("scan0001.png");
        // Half written: seen, waited for.
        std::fs::write(&path, &png[..png.len() / 2]).expect("write");
        std::fs::write(dir.path().join("scan0002.png.part"), b"x").expect("write");
        std::fs::write(dir.path().join(".hidden.png"), &png).expect("write");
        let look = w.poll(t0);
        assert_eq!((look.ready.len(), look.waiting), (0, 1));
        // Still half written after the settling time: it does not look whole, so it waits.
        let look = w.poll(t0 + SETTLE * 2);
        assert_eq!((look.ready.len(), look.waiting), (0, 1));
        // Finished: a new size starts the clock again, then it is taken once.
        std::fs::write(&path, &png).expect("write");
        let t1 = t0 + SETTLE * 3;
        assert!(w.poll(t1).ready.is_empty());
        let look = w.poll(t1 + SETTLE);
        assert_eq!(look.ready.len(), 1);
        assert_eq!(look.ready[0].1, png);
        assert!(w.poll(t1 + SETTLE * 2).ready.is_empty());
    }

    #[test]
    fn a_broken_file_is_read_after_patience_and_a_missing_folder_is_named() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::write(dir.path().join("cut.pdf"), b"%PDF-1.4 no end").expect("write");
        let mut w = Watcher::new(dir.path().to_path_buf());
        let t0 = Instant::now();
        assert!(w.poll(t0).ready.is_empty());
        assert!(w.poll(t0 + SETTLE * 2).ready.is_empty());
        assert_eq!(w.poll(t0 + PATIENCE * 2).ready.len(), 1);
        let mut gone = Watcher::new(dir.path().join("nope"));
        assert!(gone.poll(t0).problem.is_some());
    }

    #[test]
    fn whole_files_are_known_by_their_last_bytes() {
        let png = png_bytes();
        assert!(looks_whole(&png));
        assert!(!looks_whole(&png[..png.len() - 3]));
        assert!(looks_whole(b"%PDF-1.4\n...\n%%EOF\n"));
        assert!(!looks_whole(b"%PDF-1.4\n..."));
        assert!(looks_whole(&[0xFF, 0xD8, 1, 2, 0xFF, 0xD9]));
        assert!(!looks_whole(&[0xFF, 0xD8, 1, 2, 3]));
    }
}
