//! Read pages put together into ballots as they arrive: pages grouped by serial, a ballot judged
//! as soon as all its pages are in (counted when everything on it was read clearly, set aside
//! for review otherwise), a serial met twice counted once, and every page that is not counted
//! named with its reason. Shared by `pingyi scan`, the round's scan key and a watched folder.

use super::form::Form;
use super::page::{ReadPage, Refusal, doubt_code};
use crate::model::Stamp;
use crate::model::ballot::{
    BallotError, BallotRound, DoubtfulCell, EntryMode, Journal, Mark, PendingScan, ScanRecord,
    ScanSource,
};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What happened to one page.
#[derive(Debug, Clone)]
pub struct PageLog {
    pub file: PathBuf,
    pub page: u32,
    /// `Ok(turned)`: read (upside down when true); `Err`: not counted, and why.
    pub outcome: Result<bool, Refusal>,
}

/// What a run has done so far.
#[derive(Debug, Clone, Default)]
pub struct RunReport {
    /// The batch the ballots went into (once one has).
    pub batch: Option<String>,
    pub pages: Vec<PageLog>,
    pub counted: usize,
    pub marks: usize,
    pub to_review: usize,
    /// Items in doubt on the ballots waiting for review.
    pub in_doubt: usize,
    /// Pages read that were scanned in black and white (faint pencil may be lost).
    pub black_and_white: usize,
    /// Files not read again: the same contents as a file read before (renamed, copied twice).
    pub again: usize,
}

impl RunReport {
    pub fn pages_read(&self) -> usize {
        self.pages.iter().filter(|p| p.outcome.is_ok()).count()
    }

    pub fn refused(&self) -> impl Iterator<Item = &PageLog> {
        self.pages.iter().filter(|p| p.outcome.is_err())
    }
}

/// A ballot whose pages are all in: counted as read, or waiting for a person.
#[derive(Debug, Clone, PartialEq)]
pub enum ScannedBallot {
    Counted { marks: String, scan: ScanRecord },
    Review(PendingScan),
}

/// A ballot being put together from its pages.
struct Assembly {
    serial: Option<String>,
    pages: Vec<(ScanSource, ReadPage)>,
}

impl Assembly {
    /// Every page of the ballot is in (a page without a code stands alone).
    fn complete(&self) -> bool {
        self.serial.is_none()
            || self
                .pages
                .first()
                .is_some_and(|(_, p)| self.pages.len() >= p.pages)
    }
}

/// Puts pages together into ballots for one round's form.
pub struct Collector {
    form: Form,
    /// Serials already in the round or met in this run.
    known: HashSet<String>,
    /// Ballots still waiting for a page, by serial.
    open: HashMap<String, Assembly>,
    /// Serials in the order their ballots were begun (ballots left open finish in that order).
    order: Vec<String>,
    pub report: RunReport,
}

impl Collector {
    /// A collector for `form`, refusing again the serials in `known` (those already scanned
    /// into the round).
    pub fn new(form: Form, known: HashSet<String>) -> Collector {
        Collector {
            form,
            known,
            open: HashMap::new(),
            order: Vec::new(),
            report: RunReport::default(),
        }
    }

    pub fn form(&self) -> &Form {
        &self.form
    }

    /// Files one page (read, or refused with its reason); returns the ballot it completed.
    pub fn take(
        &mut self,
        file: &Path,
        page: u32,
        outcome: Result<ReadPage, Refusal>,
        black_and_white: bool,
    ) -> Option<ScannedBallot> {
        let (log, done) = self.place(outcome, file, page);
        self.report.black_and_white += usize::from(black_and_white && log.outcome.is_ok());
        self.report.pages.push(log);
        done.map(|a| self.judge(&a))
    }

    /// The ballots still missing a page, each sent to review with that page's items in doubt.
    pub fn finish(&mut self) -> Vec<ScannedBallot> {
        let order = std::mem::take(&mut self.order);
        let left: Vec<Assembly> = order
            .into_iter()
            .filter_map(|s| self.open.remove(&s))
            .collect();
        left.iter().map(|a| self.judge(a)).collect()
    }

    /// Ballots begun but still waiting for a page.
    pub fn open_ballots(&self) -> usize {
        self.open.len()
    }

    /// Files a read page with its ballot (by serial), or notes why it is not counted; returns
    /// the page's log and the ballot it completed.
    fn place(
        &mut self,
        outcome: Result<ReadPage, Refusal>,
        file: &Path,
        page_no: u32,
    ) -> (PageLog, Option<Assembly>) {
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
            Err(e) => return (log(Err(e)), None),
        };
        let turned = page.turned;
        let Some(serial) = page.serial.clone() else {
            let alone = Assembly {
                serial: None,
                pages: vec![(source, page)],
            };
            return (log(Ok(turned)), Some(alone));
        };
        if let Some(a) = self.open.get_mut(&serial) {
            if a.pages.iter().any(|(_, p)| p.index == page.index) {
                return (log(Err(Refusal::Duplicate(serial))), None);
            }
            a.pages.push((source, page));
        } else if self.known.contains(&serial) {
            return (log(Err(Refusal::Duplicate(serial))), None);
        } else {
            self.known.insert(serial.clone());
            self.order.push(serial.clone());
            let a = Assembly {
                serial: Some(serial.clone()),
                pages: vec![(source, page)],
            };
            self.open.insert(serial.clone(), a);
        }
        let done = self
            .open
            .get(&serial)
            .is_some_and(Assembly::complete)
            .then(|| self.open.remove(&serial))
            .flatten();
        if done.is_some() {
            self.order.retain(|s| *s != serial);
        }
        (log(Ok(turned)), done)
    }

    /// Counts the ballot when every cell and its serial were read clearly; otherwise it waits
    /// for review.
    fn judge(&mut self, a: &Assembly) -> ScannedBallot {
        let (marks, scan, doubtful, crops, unread) = settle(a, &self.form);
        if doubtful.is_empty() && !unread {
            self.report.marks += marks
                .chars()
                .filter(|c| c.is_ascii_digit() && *c != '0')
                .count();
            self.report.counted += 1;
            ScannedBallot::Counted { marks, scan }
        } else {
            self.report.to_review += 1;
            self.report.in_doubt += doubtful.len();
            ScannedBallot::Review(PendingScan {
                proposal: marks,
                doubtful,
                serial_unread: unread,
                scan,
                crops,
            })
        }
    }
}

/// Writes `ballots` into batch `uid` of the round, making the batch (`label`, `who`) first if
/// it is not there yet: a watched folder's ballots go into one batch as they arrive.
pub fn record(
    r: &mut BallotRound,
    j: &mut Journal,
    (uid, label, who): (&str, &str, &str),
    ballots: &[ScannedBallot],
) -> Result<(), BallotError> {
    if r.batch(uid).is_none() {
        r.add_batch(uid, label, who, EntryMode::Ballots, j)?;
    }
    for b in ballots {
        match b {
            ScannedBallot::Counted { marks, scan } => {
                r.commit_scanned(uid, marks, scan.clone(), j)?;
            }
            ScannedBallot::Review(p) => r.park_scanned(uid, p.clone(), j)?,
        }
    }
    Ok(())
}

/// The label of scanned batches, numbered: 扫描 1, 扫描 2… (stored in Chinese, as every batch
/// label the file keeps).
pub const SCAN_LABEL: &str = crate::i18n::scan::SCAN_BATCH.zh;

/// A new scanned batch's label (扫描 n, after the round's earlier scanned batches) and its id.
pub fn batch_names(r: &BallotRound, stamp: &Stamp) -> (String, String) {
    let n = 1 + r
        .batches
        .iter()
        .filter(|b| b.label.starts_with(SCAN_LABEL))
        .count();
    let label = format!("{SCAN_LABEL}{n}");
    let mut uid = format!("scan-{}-{n}", stamp.at.format("%Y%m%d%H%M%S"));
    while r.batch(&uid).is_some() {
        uid.push('x');
    }
    (label, uid)
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

    /// A page of a two-page 2 × 2 form (target 0 on page 0, target 1 on page 1), every item
    /// ticked in its first box.
    fn page(serial: &str, index: usize) -> ReadPage {
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
                    target: index,
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
        ReadPage {
            serial: Some(serial.into()),
            code_unread: false,
            index,
            pages: 2,
            turned: false,
            items,
            crops: Vec::new(),
            serial_crop: None,
        }
    }

    fn collector() -> Collector {
        let mut session = crate::demo::town();
        let round = crate::demo::forms::form(2, 2);
        session.rounds = vec![round.clone()];
        Collector::new(Form::of(&session, &round), HashSet::new())
    }

    #[test]
    fn a_ballot_is_counted_when_its_last_page_arrives_and_a_page_twice_counts_once() {
        let mut c = collector();
        let f = Path::new("a.png");
        assert_eq!(c.take(f, 1, Ok(page("12345674", 1)), false), None);
        assert_eq!(c.open_ballots(), 1);
        // The same page again (a file copied in twice) is refused, not counted.
        assert_eq!(c.take(f, 1, Ok(page("12345674", 1)), false), None);
        assert!(matches!(
            c.report.pages[1].outcome,
            Err(Refusal::Duplicate(_))
        ));
        let done = c.take(f, 2, Ok(page("12345674", 0)), false);
        let Some(ScannedBallot::Counted { marks, scan }) = done else {
            panic!("counted: {done:?}")
        };
        assert_eq!(marks, "1111");
        assert_eq!(scan.sources.len(), 2);
        assert_eq!(c.open_ballots(), 0);
        // Once counted, the serial is refused on any later page.
        assert_eq!(c.take(f, 3, Ok(page("12345674", 0)), false), None);
        assert_eq!((c.report.counted, c.report.marks), (1, 4));
        assert!(c.finish().is_empty());
    }

    #[test]
    fn a_ballot_with_a_page_missing_waits_for_review_on_that_pages_items() {
        let mut c = collector();
        assert_eq!(
            c.take(Path::new("a.png"), 1, Ok(page("12345674", 0)), false),
            None
        );
        let left = c.finish();
        let [ScannedBallot::Review(p)] = left.as_slice() else {
            panic!("one to review: {left:?}")
        };
        assert_eq!(p.proposal, "1100");
        assert!(!p.serial_unread);
        let missing: Vec<usize> = p
            .doubtful
            .iter()
            .filter(|d| d.reason == "page_missing")
            .map(|d| d.pos)
            .collect();
        assert_eq!(missing, vec![2, 3]);
        assert_eq!(p.scan.darkness[0], vec![120, 0, 0]);
        assert_eq!(c.report.to_review, 1);
    }
}
