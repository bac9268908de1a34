//! Pages read on worker threads while the caller goes on: the files named (`pingyi scan`, the
//! round's scan key), or a folder watched while an office scanner fills it. Each file is read
//! once into memory, recognised by its contents (a file renamed or copied in twice is not read
//! again) and decoded from exactly those bytes; the pages come back in order, a file at a time.

use super::classify::RULES;
use super::form::Form;
use super::gray::Gray;
use super::load::{self, Loaded};
use super::page::{CropPlace, ReadPage, Refusal, read_page};
use super::watch::Watcher;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// One page of a file, read.
#[derive(Debug, Clone)]
pub struct PageRead {
    pub file: PathBuf,
    pub page: u32,
    pub outcome: Result<ReadPage, Refusal>,
    pub black_and_white: bool,
}

/// What the feed reports.
#[derive(Debug, Clone)]
pub enum FeedEvent {
    /// More files found to read.
    Found(usize),
    /// One file read: its pages in order.
    Read(Vec<PageRead>),
    /// A file with the same contents as one read before (renamed, or copied in twice): not read
    /// again.
    Again { file: PathBuf, first: PathBuf },
    /// A watched folder: how many files are still being written (waited for, not read half).
    Waiting(usize),
    /// A watched folder cannot be listed (gone, unplugged, no permission), or is again (`None`).
    FolderProblem(Option<String>),
}

/// What the pages are read against, and where the pictures of doubtful items go.
#[derive(Debug, Clone)]
pub struct Reader {
    pub form: Form,
    /// The meeting's `X.scans/` folder.
    pub scans_dir: PathBuf,
    /// The batch's uid: its pictures go into `scans_dir/uid/`.
    pub uid: String,
}

/// How often a watched folder is looked at.
pub const WATCH_EVERY: Duration = Duration::from_millis(400);

/// Files being read in the background; dropping it stops the work.
pub struct Feed {
    rx: Receiver<FeedEvent>,
    stop: Arc<AtomicBool>,
    threads: Vec<JoinHandle<()>>,
}

/// A file to read: its name, its contents and their fingerprint.
type Job = (PathBuf, Vec<u8>, u64);

impl Feed {
    /// Reads `files` (folders already opened with [`load::expand`]).
    pub fn files(files: Vec<PathBuf>, reader: Reader) -> Feed {
        Feed::start(reader, move |jobs, events, stop| {
            let _ = events.send(FeedEvent::Found(files.len()));
            let mut seen = HashMap::new();
            for file in files {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let bytes = std::fs::read(&file).unwrap_or_default();
                if !offer(&mut seen, file, bytes, jobs, events) {
                    break;
                }
            }
        })
    }

    /// Watches `dir` until stopped: every scan file that appears is read once it is whole.
    pub fn watch(dir: PathBuf, reader: Reader) -> Feed {
        Feed::start(reader, move |jobs, events, stop| {
            let mut watcher = Watcher::new(dir);
            let mut seen = HashMap::new();
            let (mut waiting, mut problem) = (0, None);
            while !stop.load(Ordering::Relaxed) {
                let look = watcher.poll(Instant::now());
                if look.problem != problem {
                    problem.clone_from(&look.problem);
                    let _ = events.send(FeedEvent::FolderProblem(look.problem));
                }
                if look.waiting != waiting {
                    waiting = look.waiting;
                    let _ = events.send(FeedEvent::Waiting(waiting));
                }
                if !look.ready.is_empty() {
                    let _ = events.send(FeedEvent::Found(look.ready.len()));
                }
                for (file, bytes) in look.ready {
                    if !offer(&mut seen, file, bytes, jobs, events) {
                        return;
                    }
                }
                std::thread::sleep(WATCH_EVERY);
            }
        })
    }

    /// Starts `source` (which hands files to the readers) and the readers, one per core.
    fn start(
        reader: Reader,
        source: impl FnOnce(&SyncSender<Job>, &Sender<FeedEvent>, &AtomicBool) + Send + 'static,
    ) -> Feed {
        let threads_n = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        let (tx, rx) = mpsc::channel();
        let (jobs_tx, jobs_rx) = mpsc::sync_channel::<Job>(threads_n * 2);
        let jobs_rx = Arc::new(Mutex::new(jobs_rx));
        let stop = Arc::new(AtomicBool::new(false));
        let reader = Arc::new(reader);
        let mut threads = Vec::new();
        for _ in 0..threads_n {
            let (tx, jobs_rx, reader) = (tx.clone(), Arc::clone(&jobs_rx), Arc::clone(&reader));
            let spawned = std::thread::Builder::new()
                .name(READER_THREAD.to_string())
                .spawn(move || {
                    loop {
                        let job = jobs_rx.lock().map_or(None, |rx| rx.recv().ok());
                        let Some((file, bytes, print)) = job else {
                            break;
                        };
                        let pages = read_guarded(&reader, &file, &bytes, print);
                        if tx.send(FeedEvent::Read(pages)).is_err() {
                            break;
                        }
                    }
                });
            threads.extend(spawned.ok());
        }
        let stop_source = Arc::clone(&stop);
        threads.push(std::thread::spawn(move || {
            source(&jobs_tx, &tx, &stop_source);
        }));
        Feed { rx, stop, threads }
    }

    /// What has come in since the last look; `finished` once every file handed over was read
    /// and no more will come.
    pub fn poll(&self) -> (Vec<FeedEvent>, bool) {
        let mut out = Vec::new();
        loop {
            match self.rx.try_recv() {
                Ok(e) => out.push(e),
                Err(TryRecvError::Empty) => return (out, false),
                Err(TryRecvError::Disconnected) => return (out, true),
            }
        }
    }

    /// The next event, waiting for it; `None` once the feed is finished.
    pub fn next(&self) -> Option<FeedEvent> {
        self.rx.recv().ok()
    }

    /// Stops looking for files; those already handed to the readers are still read (call
    /// [`Feed::next`] until `None` to have them).
    pub fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

impl Drop for Feed {
    fn drop(&mut self) {
        self.stop();
        // Drain so readers blocked on a full channel finish, then wait for them.
        while self.rx.recv().is_ok() {}
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

/// Hands a file to the readers unless its contents were read before; returns false once the
/// readers are gone.
fn offer(
    seen: &mut HashMap<u64, PathBuf>,
    file: PathBuf,
    bytes: Vec<u8>,
    jobs: &SyncSender<Job>,
    events: &Sender<FeedEvent>,
) -> bool {
    let print = fingerprint(&bytes);
    if !bytes.is_empty() {
        if let Some(first) = seen.get(&print) {
            let first = first.clone();
            return events.send(FeedEvent::Again { file, first }).is_ok();
        }
        seen.insert(print, file.clone());
    }
    jobs.send((file, bytes, print)).is_ok()
}

/// A file's contents in 64 bits (with its length), to know a copy when it comes again.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = std::hash::DefaultHasher::new();
    h.write(bytes);
    h.write_usize(bytes.len());
    h.finish()
}

/// The name of the threads that read pages.
const READER_THREAD: &str = "pingyi-scan";

/// Whether the current thread reads pages (a panic there is caught and named, not fatal).
pub fn is_reader_thread() -> bool {
    std::thread::current().name() == Some(READER_THREAD)
}

/// [`read_file`], with a decoder's panic on a malformed file caught: the file is named as one
/// that could not be read, and the run goes on.
fn read_guarded(reader: &Reader, file: &Path, bytes: &[u8], print: u64) -> Vec<PageRead> {
    let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read_file(reader, file, bytes, print)
    }));
    read.unwrap_or_else(|_| {
        vec![PageRead {
            file: file.to_path_buf(),
            page: 1,
            outcome: Err(Refusal::Load(load::LoadProblem::BadImage(
                "the decoder failed on this file".to_string(),
            ))),
            black_and_white: false,
        }]
    })
}

/// Every page of one file, read against the form. A file that could not be read at all (it
/// vanished) comes back as one page naming why.
fn read_file(reader: &Reader, file: &Path, bytes: &[u8], print: u64) -> Vec<PageRead> {
    let loaded = if bytes.is_empty() {
        load::load(file)
    } else {
        load::load_bytes(file, bytes)
    };
    loaded
        .into_iter()
        .map(|l| {
            let outcome = read_one(&l, reader, print);
            let black_and_white = l.image.as_ref().is_ok_and(Gray::is_black_and_white);
            PageRead {
                file: l.file,
                page: l.page,
                outcome,
                black_and_white,
            }
        })
        .collect()
}

/// One page; its pictures are named after the file, its contents and the page, so two files of
/// one name (a scanner counting from 1 again) never share a picture.
fn read_one(loaded: &Loaded, reader: &Reader, print: u64) -> Result<ReadPage, Refusal> {
    let img = loaded
        .image
        .as_ref()
        .map_err(|p| Refusal::Load(p.clone()))?;
    let stem = loaded
        .file
        .file_stem()
        .map_or_else(|| "page".to_string(), |s| s.to_string_lossy().into_owned());
    let place = CropPlace {
        dir: &reader.scans_dir,
        sub: &reader.uid,
        stem: format!("{stem}-{:06x}-p{}", print & 0xff_ffff, loaded.page),
    };
    read_page(img, &reader.form, &RULES, Some(&place))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reader(dir: &Path) -> Reader {
        let mut session = crate::demo::town();
        let round = crate::demo::forms::form(1, 2);
        session.rounds = vec![round.clone()];
        Reader {
            form: Form::of(&session, &round),
            scans_dir: dir.join("scans"),
            uid: "t".into(),
        }
    }

    #[test]
    fn a_copy_is_known_by_its_contents_and_a_bad_file_is_named() {
        let dir = tempfile::tempdir().expect("dir");
        let page = dir.path().join("a.png");
        image::GrayImage::from_pixel(40, 30, image::Luma([230]))
            .save(&page)
            .expect("png");
        std::fs::copy(&page, dir.path().join("b.png")).expect("copy");
        std::fs::write(dir.path().join("c.png"), b"not a picture").expect("write");
        let feed = Feed::files(
            load::expand(&[dir.path().to_path_buf()]),
            reader(dir.path()),
        );
        let (mut found, mut read, mut again) = (0, Vec::new(), Vec::new());
        while let Some(e) = feed.next() {
            match e {
                FeedEvent::Found(n) => found += n,
                FeedEvent::Read(pages) => read.extend(pages),
                FeedEvent::Again { file, first } => again.push((file, first)),
                FeedEvent::Waiting(_) | FeedEvent::FolderProblem(_) => {}
            }
        }
        assert_eq!(found, 3);
        assert_eq!(again, vec![(dir.path().join("b.png"), page.clone())]);
        read.sort_by(|x, y| x.file.cmp(&y.file));
        assert_eq!(read.len(), 2);
        // A plain grey page has no squares; the bytes that are no picture are named as such.
        assert!(matches!(read[0].outcome, Err(Refusal::Page(_))));
        assert!(matches!(
            read[1].outcome,
            Err(Refusal::Load(load::LoadProblem::NotAnImage))
        ));
    }

    #[test]
    fn a_watched_folder_is_read_as_files_arrive_until_stopped() {
        let dir = tempfile::tempdir().expect("dir");
        let feed = Feed::watch(dir.path().to_path_buf(), reader(dir.path()));
        std::fs::write(dir.path().join("c.png"), b"not a picture").expect("write");
        let read = loop {
            match feed.next() {
                Some(FeedEvent::Read(pages)) => break pages,
                Some(_) => {}
                None => panic!("the feed ended before the file was read"),
            }
        };
        assert_eq!(read[0].file, dir.path().join("c.png"));
        feed.stop();
        while feed.next().is_some() {}
        assert!(feed.poll().1, "finished once stopped");
    }
}
