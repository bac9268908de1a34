//! A scanning run: every page of the inputs read against the round's form, pages grouped into
//! ballots by serial, clear ballots counted into a new batch (扫描 1, 扫描 2…) and doubtful ones
//! set aside for review. Each page that cannot be counted is named with its reason; the run goes
//! on.

use super::classify::{RULES, Rules};
use super::form::Form;
use super::gray::Gray;
use super::load::{self, Loaded};
use super::page::{CropPlace, ReadPage, Refusal, doubt_code, read_page};
use crate::model::ballot::{
    BallotError, BallotRound, DoubtfulCell, EntryMode, Journal, Mark, PendingScan, ScanRecord,
    ScanSource,
};
use crate::model::{Id, Session, Stamp};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// What happened to one page.
#[derive(Debug, Clone)]
pub struct PageLog {
    pub file: PathBuf,
    pub page: u32,
    /// `Ok(turned)`: read (upside down when true); `Err`: not counted, and why.
    pub outcome: Result<bool, Refusal>,
}

/// The run's summary.
#[derive(Debug, Clone, Default)]
pub struct RunReport {
    pub batch: Option<String>,
    pub pages: Vec<PageLog>,
    pub counted: usize,
    pub marks: usize,
    pub to_review: usize,
    /// Pages read that were scanned in black and white (faint pencil may be lost).
    pub black_and_white: usize,
}

impl RunReport {
    pub fn pages_read(&self) -> usize {
        self.pages.iter().filter(|p| p.outcome.is_ok()).count()
    }

    pub fn refused(&self) -> impl Iterator<Item = &PageLog> {
        self.pages.iter().filter(|p| p.outcome.is_err())
    }
}

/// Why a run could not start or finish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunError {
    RoundNotFound(Id),
    /// The round has no targets or items: nothing was printed to read.
    NoForm,
    NothingToRead,
    Record(BallotError),
}

/// A ballot being put together from its pages.
struct Assembly {
    serial: Option<String>,
    pages: Vec<(ScanSource, ReadPage)>,
}

/// Reads `inputs` into round `round` of `session`; pictures go under `scans_dir`.
/// `progress(done, total)` is called after each file.
pub fn scan(
    session: &mut Session,
    round: Id,
    inputs: &[PathBuf],
    scans_dir: &Path,
    stamp: &Stamp,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<RunReport, RunError> {
    let r = session
        .rounds
        .iter()
        .find(|r| r.id == round)
        .ok_or(RunError::RoundNotFound(round))?;
    let form = Form::of(session, r);
    if form.frame().is_none() || form.cells == 0 {
        return Err(RunError::NoForm);
    }
    let files = load::expand(inputs);
    if files.is_empty() {
        return Err(RunError::NothingToRead);
    }
    let (label, uid) = batch_names(r, stamp);
    let known: HashSet<String> = r
        .scanned_serials()
        .into_iter()
        .map(str::to_string)
        .collect();
    let (mut report, ballots) = assemble(&files, &form, scans_dir, &uid, known, progress);
    if ballots.is_empty() {
        return Ok(report);
    }
    session
        .with_round(round, stamp, |r, j| {
            r.add_batch(&uid, &label, &stamp.who, EntryMode::Ballots, j)?;
            for a in &ballots {
                record_ballot(r, j, &uid, a, &form, &mut report)?;
            }
            Ok(())
        })
        .map_err(RunError::Record)?;
    report.batch = Some(label);
    Ok(report)
}

/// The new batch's label (扫描 n, after the round's earlier scanned batches) and its id.
fn batch_names(r: &BallotRound, stamp: &Stamp) -> (String, String) {
    let n = 1 + r
        .batches
        .iter()
        .filter(|b| b.label.starts_with(SCAN_LABEL))
        .count();
    let label = format!("{SCAN_LABEL}{n}");
    let uid = format!("scan-{}-{n}", stamp.at.format("%Y%m%d%H%M%S"));
    (label, uid)
}

/// Reads every page and groups the pages into ballots by serial; `known` holds the serials
/// already scanned into the round. The report has each page's outcome and the black-and-white
/// count.
fn assemble(
    files: &[PathBuf],
    form: &Form,
    scans_dir: &Path,
    uid: &str,
    mut known: HashSet<String>,
    progress: &mut dyn FnMut(usize, usize),
) -> (RunReport, Vec<Assembly>) {
    let mut report = RunReport::default();
    let mut ballots: Vec<Assembly> = Vec::new();
    let mut by_serial: BTreeMap<String, usize> = BTreeMap::new();
    for pages in read_all(files, form, scans_dir, uid, progress) {
        for (file, page, outcome, bw) in pages {
            report.black_and_white += usize::from(bw && outcome.is_ok());
            let log = place(
                outcome,
                &file,
                page,
                &mut known,
                &mut by_serial,
                &mut ballots,
            );
            report.pages.push(log);
        }
    }
    (report, ballots)
}

/// Counts one assembled ballot into batch `uid` when every cell and its serial were read
/// clearly, or sets it aside for review otherwise.
fn record_ballot(
    r: &mut BallotRound,
    j: &mut Journal,
    uid: &str,
    a: &Assembly,
    form: &Form,
    report: &mut RunReport,
) -> Result<(), BallotError> {
    let (marks, scan, doubtful, crops, unread) = settle(a, form);
    if doubtful.is_empty() && !unread {
        report.marks += marks
            .chars()
            .filter(|c| c.is_ascii_digit() && *c != '0')
            .count();
        r.commit_scanned(uid, &marks, scan, j)?;
        report.counted += 1;
    } else {
        let pending = PendingScan {
            proposal: marks,
            doubtful,
            serial_unread: unread,
            scan,
            crops,
        };
        r.park_scanned(uid, pending, j)?;
        report.to_review += 1;
    }
    Ok(())
}

/// The label of scanned batches, numbered: 扫描 1, 扫描 2… (stored in Chinese, as every batch
/// label the file keeps).
pub const SCAN_LABEL: &str = crate::i18n::scan::SCAN_BATCH.zh;

type FileResult = Vec<(PathBuf, u32, Result<ReadPage, Refusal>, bool)>;

/// Reads every file, on as many threads as there are cores (two pages in flight on the 2-core
/// machine), each file's pages in order; `progress` is called on this thread as files finish.
fn read_all(
    files: &[PathBuf],
    form: &Form,
    scans_dir: &Path,
    uid: &str,
    progress: &mut dyn FnMut(usize, usize),
) -> Vec<FileResult> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut out: Vec<FileResult> = vec![Vec::new(); files.len()];
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::channel();
        for _ in 0..threads {
            let (tx, next) = (tx.clone(), &next);
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(file) = files.get(i) else { break };
                    let pages: FileResult = load::load(file)
                        .into_iter()
                        .map(|l| {
                            let outcome = read_one(&l, form, &RULES, scans_dir, uid);
                            let bw = l.image.as_ref().is_ok_and(Gray::is_black_and_white);
                            (l.file, l.page, outcome, bw)
                        })
                        .collect();
                    if tx.send((i, pages)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        for (done, (i, pages)) in rx.iter().enumerate() {
            out[i] = pages;
            progress(done + 1, files.len());
        }
    });
    out
}

fn read_one(
    loaded: &Loaded,
    form: &Form,
    rules: &Rules,
    scans_dir: &Path,
    uid: &str,
) -> Result<ReadPage, Refusal> {
    let img = loaded
        .image
        .as_ref()
        .map_err(|p| Refusal::Load(p.clone()))?;
    let stem = loaded
        .file
        .file_stem()
        .map_or_else(|| "page".to_string(), |s| s.to_string_lossy().into_owned());
    let place = CropPlace {
        dir: scans_dir,
        sub: uid,
        stem: format!("{stem}-p{}", loaded.page),
    };
    read_page(img, form, rules, Some(&place))
}

/// Files a read page with its ballot (by serial), or notes why it is not counted.
fn place(
    outcome: Result<ReadPage, Refusal>,
    file: &Path,
    page_no: u32,
    known: &mut std::collections::HashSet<String>,
    by_serial: &mut BTreeMap<String, usize>,
    ballots: &mut Vec<Assembly>,
) -> PageLog {
    let source = ScanSource {
        file: file.display().to_string(),
        page: page_no,
    };
    let log = |outcome| PageLog {
        file: file.to_path_buf(),
        page: page_no,
        outcome,
    };
    let page = match outcome {
        Ok(p) => p,
        Err(e) => return log(Err(e)),
    };
    let turned = page.turned;
    match page.serial.clone() {
        Some(serial) => {
            if let Some(&bi) = by_serial.get(&serial) {
                if ballots[bi].pages.iter().any(|(_, p)| p.index == page.index) {
                    return log(Err(Refusal::Duplicate(serial)));
                }
                ballots[bi].pages.push((source, page));
            } else if known.contains(&serial) {
                return log(Err(Refusal::Duplicate(serial)));
            } else {
                known.insert(serial.clone());
                by_serial.insert(serial.clone(), ballots.len());
                ballots.push(Assembly {
                    serial: Some(serial),
                    pages: vec![(source, page)],
                });
            }
        }
        None => ballots.push(Assembly {
            serial: None,
            pages: vec![(source, page)],
        }),
    }
    log(Ok(turned))
}

type Settled = (String, ScanRecord, Vec<DoubtfulCell>, Vec<String>, bool);

/// A ballot's marks over the whole form, what was measured, the cells in doubt (a missing page's
/// cells among them), its pictures, and whether its serial must be typed.
fn settle(a: &Assembly, form: &Form) -> Settled {
    let mut marks = vec![Mark::Blank; form.cells];
    let mut seen = vec![false; form.cells];
    let mut darkness = vec![Vec::new(); form.cells];
    let mut confidence = vec![0u16; form.cells];
    let mut doubtful = Vec::new();
    let mut crops = Vec::new();
    let mut unread = false;
    for (_, page) in &a.pages {
        unread |= page.code_unread;
        crops.extend(page.crops.iter().map(|(_, c)| c.clone()));
        crops.extend(page.serial_crop.clone());
        for it in &page.items {
            let pos = it.target * form.items + it.item;
            let Some(slot) = marks.get_mut(pos) else {
                continue;
            };
            *slot = it.reading.proposal;
            seen[pos] = true;
            darkness[pos] = it.boxes.iter().map(|b| thousandths(b.darkness)).collect();
            confidence[pos] = thousandths(it.reading.confidence);
            if let Some(d) = it.reading.doubt {
                doubtful.push(DoubtfulCell {
                    pos,
                    reason: doubt_code(d).to_string(),
                });
            }
        }
    }
    for (pos, s) in seen.iter().enumerate() {
        if !s {
            doubtful.push(DoubtfulCell {
                pos,
                reason: "page_missing".to_string(),
            });
        }
    }
    doubtful.sort_by_key(|d| d.pos);
    let scan = ScanRecord {
        serial: a.serial.clone(),
        sources: a.pages.iter().map(|(s, _)| s.clone()).collect(),
        darkness,
        confidence,
    };
    (
        crate::model::ballot::write_marks(&marks),
        scan,
        doubtful,
        crops,
        unread,
    )
}

fn thousandths(v: f64) -> u16 {
    (v.clamp(0.0, 1.0) * 1000.0).round() as u16
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::classify::{ItemReading, RULES};
    use crate::scan::measure::BoxMeasure;
    use crate::scan::read::ItemRead;

    #[test]
    fn a_ballot_with_a_page_missing_waits_for_review_on_that_pages_items() {
        let mut session = crate::demo::town();
        let round = crate::demo::forms::form(2, 2);
        session.rounds = vec![round.clone()];
        let form = Form::of(&session, &round);
        let tick = BoxMeasure {
            cover: 0.15,
            ink: 0.9,
            extent: 0.8,
            darkness: 0.12,
            ..BoxMeasure::default()
        };
        let items: Vec<ItemRead> = (0..2)
            .map(|item| {
                let boxes = vec![tick, BoxMeasure::default(), BoxMeasure::default()];
                ItemRead {
                    target: 0,
                    item,
                    reading: crate::scan::classify::read_item(&RULES, &boxes),
                    boxes,
                }
            })
            .collect();
        assert!(items.iter().all(|i| i.reading
            == ItemReading {
                proposal: Mark::Grade(0),
                doubt: None,
                ..i.reading.clone()
            }));
        let page = ReadPage {
            serial: Some("12345674".into()),
            code_unread: false,
            index: 0,
            pages: 2,
            turned: false,
            items,
            crops: Vec::new(),
            serial_crop: None,
        };
        let a = Assembly {
            serial: page.serial.clone(),
            pages: vec![(
                ScanSource {
                    file: "a.png".into(),
                    page: 1,
                },
                page,
            )],
        };
        let (marks, scan, doubtful, _, unread) = settle(&a, &form);
        assert_eq!(marks, "1100");
        assert!(!unread);
        let missing: Vec<usize> = doubtful
            .iter()
            .filter(|d| d.reason == "page_missing")
            .map(|d| d.pos)
            .collect();
        assert_eq!(missing, vec![2, 3]);
        assert_eq!(scan.darkness[0], vec![120, 0, 0]);
    }
}
