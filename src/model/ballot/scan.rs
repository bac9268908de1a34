//! Scanned ballots: where each came from and what was measured on it, and the ballots that wait
//! for a person because something on them was doubtful. A doubtful ballot is not counted until
//! a person has decided it; every decision is in the journal, and a round cannot be verified
//! while one waits.

use super::marks::write_marks;
use super::{BallotError, BallotRound, EntryMode, Journal};
use crate::model::AuditKind;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One page image a ballot was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ScanSource {
    /// The file as the user named it.
    pub file: String,
    /// 1-based page of the file (a PDF's page; 1 for an image).
    pub page: u32,
}

/// What the scanner read on one ballot.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct ScanRecord {
    /// The serial from the ballot's code (none for ballots printed without one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial: Option<String>,
    pub sources: Vec<ScanSource>,
    /// Per cell in form order, the darkness of each box in grade order, in thousandths
    /// (0 paper – 1000 black).
    #[serde(default)]
    pub darkness: Vec<Vec<u16>>,
    /// Per cell, how sure the reading is, in thousandths (0 for a cell a person decided).
    #[serde(default)]
    pub confidence: Vec<u16>,
}

/// One cell a person must look at, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DoubtfulCell {
    /// Form position (target × item).
    pub pos: usize,
    /// Why: `faint`, `scribble`, `struck_fill`, `two_marks`, `page_missing`.
    pub reason: String,
}

/// A scanned ballot waiting for review: what pingyi proposes, the cells in doubt, the pictures
/// of their rows (paths relative to the meeting's `X.scans/` folder).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PendingScan {
    pub proposal: String,
    pub doubtful: Vec<DoubtfulCell>,
    /// The serial could not be read: a person types it from the printed digits.
    #[serde(default)]
    pub serial_unread: bool,
    pub scan: ScanRecord,
    #[serde(default)]
    pub crops: Vec<String>,
}

impl PendingScan {
    /// One line per doubtful item of round `r`: target / item, the proposed mark, why.
    pub fn doubtful_lines(&self, r: &BallotRound) -> Vec<crate::i18n::Message> {
        use super::Mark;
        use crate::i18n::Lang;
        self.doubtful
            .iter()
            .filter_map(|d| {
                let (ti, ii) = r.cell_at(d.pos)?;
                let mark = self.proposal.chars().nth(d.pos).unwrap_or('0');
                let label = |lang: Lang| {
                    Mark::from_char(mark).map_or_else(String::new, |m| match m {
                        Mark::Grade(g) => r.items[ii]
                            .scale
                            .grades
                            .get(usize::from(g))
                            .map_or_else(String::new, |g| g.label.clone()),
                        Mark::Blank => crate::i18n::ballots::BLANK.get(lang).to_string(),
                        Mark::VoidMark => crate::i18n::ballots::VOID_MARK.get(lang).to_string(),
                    })
                };
                let (t, i) = (&r.targets[ti].name, &r.items[ii].name);
                let zh = crate::i18n::scan::doubtful_item(t, i, &label(Lang::Zh), &d.reason);
                let en = crate::i18n::scan::doubtful_item(t, i, &label(Lang::En), &d.reason);
                Some(crate::i18n::Message::new(
                    zh.get(Lang::Zh).to_string(),
                    en.get(Lang::En).to_string(),
                ))
            })
            .collect()
    }
}

impl BallotRound {
    /// Serials already scanned into the round (counted or waiting for review).
    pub fn scanned_serials(&self) -> std::collections::HashSet<&str> {
        let mut out = std::collections::HashSet::new();
        for b in &self.batches {
            for ballot in &b.ballots {
                if let Some(s) = ballot.scan.as_ref().and_then(|s| s.serial.as_deref()) {
                    out.insert(s);
                }
            }
            for p in &b.review {
                if let Some(s) = p.scan.serial.as_deref() {
                    out.insert(s);
                }
            }
        }
        out
    }

    /// Scanned ballots still waiting for a person, across the batches.
    pub fn waiting_review(&self) -> usize {
        self.batches.iter().map(|b| b.review.len()).sum()
    }

    /// The waiting ballots as (batch uid, index in its review list), worst first: most
    /// doubtful items (an unread serial counts as one), in scanning order among equals.
    pub fn review_queue(&self) -> Vec<(String, usize)> {
        let mut q: Vec<(usize, String, usize)> = self
            .batches
            .iter()
            .flat_map(|b| {
                b.review.iter().enumerate().map(|(i, p)| {
                    let doubt = p.doubtful.len() + usize::from(p.serial_unread);
                    (doubt, b.uid.clone(), i)
                })
            })
            .collect();
        q.sort_by_key(|e| std::cmp::Reverse(e.0));
        q.into_iter().map(|(_, uid, i)| (uid, i)).collect()
    }

    /// The waiting ballot at `(uid, index)` of [`Self::review_queue`].
    pub fn pending(&self, uid: &str, index: usize) -> Option<&PendingScan> {
        self.batch(uid).and_then(|b| b.review.get(index))
    }

    /// Counts a clearly read ballot, keeping what was read; returns its number in the batch.
    pub fn commit_scanned(
        &mut self,
        uid: &str,
        marks: &str,
        scan: ScanRecord,
        j: &mut Journal,
    ) -> Result<u32, BallotError> {
        let no = self.commit_ballot(uid, marks, j)?;
        self.attach_scan(uid, scan);
        Ok(no)
    }

    fn attach_scan(&mut self, uid: &str, scan: ScanRecord) {
        if let Some(b) = self
            .batch_index(uid)
            .and_then(|bi| self.batches[bi].ballots.last_mut())
        {
            b.scan = Some(scan);
        }
    }

    /// Puts a doubtful ballot aside for review (not counted yet).
    pub fn park_scanned(
        &mut self,
        uid: &str,
        pending: PendingScan,
        j: &mut Journal,
    ) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        let bi = self
            .batch_index(uid)
            .ok_or_else(|| BallotError::BatchNotFound {
                uid: uid.to_string(),
            })?;
        if self.batches[bi].mode != EntryMode::Ballots {
            return Err(BallotError::BatchNotFound {
                uid: uid.to_string(),
            });
        }
        self.back_to_counting(j);
        let name = format!("{} / {}", self.batch_name(bi), source_name(&pending.scan));
        j.record(AuditKind::Counts, "scan.review_wait", name).new = Some(pending.proposal.clone());
        self.batches[bi].review.push(pending);
        Ok(())
    }

    /// A person's decision on a waiting ballot: its marks (`None`: a void ballot, 废票), and the
    /// serial typed from the printed digits when the code could not be read. The ballot is
    /// counted with those marks; the journal keeps the proposal and the decision.
    pub fn decide_review(
        &mut self,
        uid: &str,
        index: usize,
        marks: Option<&str>,
        serial: Option<&str>,
        j: &mut Journal,
    ) -> Result<u32, BallotError> {
        self.check_not_frozen()?;
        let bi = self
            .batch_index(uid)
            .ok_or_else(|| BallotError::BatchNotFound {
                uid: uid.to_string(),
            })?;
        let pending =
            self.batches[bi]
                .review
                .get(index)
                .cloned()
                .ok_or(BallotError::NothingToUndo {
                    batch: self.batches[bi].label.clone(),
                })?;
        if let Some(serial) = serial.map(str::trim)
            && self.scanned_serials().contains(serial)
        {
            return Err(BallotError::SerialScanned {
                serial: serial.to_string(),
            });
        }
        let decided = match marks {
            Some(m) => Some(write_marks(&self.check_marks(m)?)),
            None => None,
        };
        let no = match &decided {
            Some(m) => self.commit_ballot(uid, m, j)?,
            None => self.commit_void_ballot(uid, j)?,
        };
        self.batches[bi].review.remove(index);
        let mut scan = pending.scan.clone();
        if let Some(serial) = serial {
            scan.serial = Some(serial.trim().to_string());
        }
        for d in &pending.doubtful {
            if let Some(c) = scan.confidence.get_mut(d.pos) {
                *c = 0;
            }
        }
        self.attach_scan(uid, scan);
        let name = format!(
            "{} / No.{no} / {}",
            self.batch_name(bi),
            source_name(&pending.scan)
        );
        let new = decided.unwrap_or_else(|| crate::i18n::ballots::VOID_BALLOT.zh.to_string());
        j.counts("scan.review", name, pending.proposal, new);
        Ok(no)
    }
}

/// `serial 12345678 (file.pdf p.3)`, as the journal names a scanned ballot.
fn source_name(s: &ScanRecord) -> String {
    let src: Vec<String> = s
        .sources
        .iter()
        .map(|p| format!("{} p.{}", p.file, p.page))
        .collect();
    match &s.serial {
        Some(serial) => format!("{serial} ({})", src.join(", ")),
        None => src.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Session, Stamp};

    fn round_with_batch() -> (Session, crate::model::Id) {
        let mut s = Session::new(crate::demo::at(2010, 10, 19, 9, 0), crate::i18n::Lang::Zh);
        let mut r = crate::demo::forms::form(1, 2);
        r.id = 1;
        s.rounds.push(r);
        let stamp = Stamp::new(crate::demo::at(2010, 10, 19, 10, 0), "clerk");
        s.with_round(1, &stamp, |r, j| {
            r.add_batch("s1", "扫描 1", "clerk", EntryMode::Ballots, j)
        })
        .expect("batch");
        (s, 1)
    }

    fn record(serial: &str) -> ScanRecord {
        ScanRecord {
            serial: Some(serial.to_string()),
            sources: vec![ScanSource {
                file: "a.png".into(),
                page: 1,
            }],
            darkness: vec![vec![180, 0, 0, 0], vec![0, 0, 600]],
            confidence: vec![800, 0],
        }
    }

    #[test]
    fn a_waiting_ballot_is_not_counted_blocks_verification_and_is_decided_in_the_journal() {
        let (mut s, id) = round_with_batch();
        let stamp = Stamp::new(crate::demo::at(2010, 10, 19, 10, 5), "clerk");
        s.with_round(id, &stamp, |r, j| {
            r.commit_scanned("s1", "13", record("11111111"), j)?;
            r.park_scanned(
                "s1",
                PendingScan {
                    proposal: "1x".into(),
                    doubtful: vec![DoubtfulCell {
                        pos: 1,
                        reason: "two_marks".into(),
                    }],
                    serial_unread: false,
                    scan: record("22222222"),
                    crops: vec!["run/a-t1-i2.png".into()],
                },
                j,
            )
        })
        .expect("scanned");
        let r = s.round(id).expect("round");
        assert_eq!(r.counted(), 1);
        assert_eq!(r.waiting_review(), 1);
        assert!(
            r.blockers(&["王".into()])
                .contains(&crate::model::ballot::Blocker::ToReview { ballots: 1 })
        );
        assert_eq!(r.scanned_serials().len(), 2);

        let decided = Stamp::new(crate::demo::at(2010, 10, 19, 10, 9), "reviewer");
        let no = s
            .with_round(id, &decided, |r, j| {
                r.decide_review("s1", 0, Some("12"), None, j)
            })
            .expect("decided");
        assert_eq!(no, 2);
        let r = s.round(id).expect("round");
        assert_eq!((r.counted(), r.waiting_review()), (2, 0));
        let b = &r.batches[0].ballots[1];
        assert_eq!(b.marks, "12");
        assert_eq!(b.scan.as_ref().map(|s| s.confidence[1]), Some(0));
        let last = s.audit.last().expect("audit");
        assert_eq!(last.action, "scan.review");
        assert_eq!(
            (last.old.as_deref(), last.new.as_deref()),
            (Some("1x"), Some("12"))
        );
        assert_eq!(last.who, "reviewer");
    }

    #[test]
    fn a_decision_off_the_scale_is_refused_and_the_ballot_still_waits() {
        let (mut s, id) = round_with_batch();
        let stamp = Stamp::new(crate::demo::at(2010, 10, 19, 10, 5), "clerk");
        let pending = PendingScan {
            proposal: "10".into(),
            doubtful: vec![DoubtfulCell {
                pos: 0,
                reason: "faint".into(),
            }],
            serial_unread: false,
            scan: record("33333333"),
            crops: Vec::new(),
        };
        s.with_round(id, &stamp, |r, j| r.park_scanned("s1", pending, j))
            .expect("parked");
        assert!(
            s.with_round(id, &stamp, |r, j| r.decide_review(
                "s1",
                0,
                Some("19"),
                None,
                j
            ))
            .is_err()
        );
        assert_eq!(s.round(id).map(|r| r.waiting_review()), Some(1));
        let void = s.with_round(id, &stamp, |r, j| {
            r.decide_review("s1", 0, None, Some("11111111"), j)
        });
        assert_eq!(void.ok(), Some(1));
        assert_eq!(
            s.round(id).map(|r| (r.counted(), r.batches[0].void())),
            Some((1, 1))
        );
    }

    #[test]
    fn a_file_without_scans_loads_as_before() {
        let json = r#"{"no":1,"marks":"10","at":"2010-10-19T10:00:00+08:00"}"#;
        let b: crate::model::ballot::Ballot = serde_json::from_str(json).expect("old ballot");
        assert!(b.scan.is_none());
        assert!(!serde_json::to_string(&b).expect("json").contains("scan"));
    }
}
