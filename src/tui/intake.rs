//! Scanning from the round view: a file or folder read in the background (`i`), or a folder
//! watched while an office scanner fills it (`W`). Pages come in on worker threads; on every
//! tick the app takes what has arrived, puts pages together into ballots, and writes each
//! finished ballot into the round through the audited path, so the count and the review queue
//! grow while the scanner feeds and every ballot is saved as soon as it is read.

use super::app::App;
use super::ops::BallotOp;
use super::screen_id::ScreenId;
use super::screens::ballots::View;
use crate::i18n::{Message, scan as tx};
use crate::model::Id;
use crate::scan::feed::{Feed, FeedEvent, Reader};
use crate::scan::intake::{Collector, RunReport, ScannedBallot};
use std::path::{Path, PathBuf};

/// A scan into one round, running or done (then kept to show what it did).
pub struct Intake {
    pub round: Id,
    /// The folder watched, or `None` for files read once.
    pub watching: Option<PathBuf>,
    pub label: String,
    uid: String,
    feed: Option<Feed>,
    collector: Collector,
    /// Files found and files read (or known as copies).
    pub found: usize,
    pub done: usize,
    /// Files in a watched folder still being written.
    pub waiting: usize,
    /// Why the watched folder cannot be read just now.
    pub problem: Option<String>,
}

impl Intake {
    pub fn running(&self) -> bool {
        self.feed.is_some()
    }

    pub fn report(&self) -> &RunReport {
        &self.collector.report
    }

    /// Ballots begun but waiting for another page.
    pub fn open_ballots(&self) -> usize {
        self.collector.open_ballots()
    }

    /// Takes in events; returns the ballots they finished.
    fn take(&mut self, events: Vec<FeedEvent>) -> Vec<ScannedBallot> {
        let mut ballots = Vec::new();
        for event in events {
            match event {
                FeedEvent::Found(n) => self.found += n,
                FeedEvent::Read(pages) => {
                    self.done += 1;
                    for p in pages {
                        ballots.extend(self.collector.take(
                            &p.file,
                            p.page,
                            p.outcome,
                            p.black_and_white,
                        ));
                    }
                }
                FeedEvent::Again { .. } => {
                    self.done += 1;
                    self.collector.report.again += 1;
                }
                FeedEvent::Waiting(n) => self.waiting = n,
                FeedEvent::FolderProblem(p) => self.problem = p,
            }
        }
        ballots
    }

    /// What has arrived since the last look; when the feed has finished, the ballots still
    /// missing a page too (they go to review).
    fn poll(&mut self) -> Vec<ScannedBallot> {
        let Some(feed) = &self.feed else {
            return Vec::new();
        };
        let (events, finished) = feed.poll();
        let mut ballots = self.take(events);
        if finished {
            self.end(&mut ballots);
        }
        ballots
    }

    /// Stops the feed, waits for the files already taken, and finishes.
    fn stop(&mut self) -> Vec<ScannedBallot> {
        let Some(feed) = &self.feed else {
            return Vec::new();
        };
        feed.stop();
        let mut events = Vec::new();
        while let Some(e) = feed.next() {
            events.push(e);
        }
        let mut ballots = self.take(events);
        self.end(&mut ballots);
        ballots
    }

    fn end(&mut self, ballots: &mut Vec<ScannedBallot>) {
        self.feed = None;
        self.waiting = 0;
        ballots.extend(self.collector.finish());
    }
}

impl App {
    /// Starts reading `path` (a file or a folder) into `round`, or watching the folder.
    pub(super) fn start_intake(&mut self, round: Id, path: &Path, watch: bool) {
        if self
            .doc
            .as_ref()
            .and_then(|d| d.intake.as_ref())
            .is_some_and(Intake::running)
        {
            return self.flash(tx::SCAN_BUSY.into(), true);
        }
        if let Err(m) = check_path(path, watch) {
            return self.flash(m, true);
        }
        let stamp = self.stamp();
        let Some(doc) = self.doc.as_mut() else { return };
        if doc.is_read_only() {
            return self.flash(crate::i18n::tui::READ_ONLY_REFUSED.into(), true);
        }
        let number = doc.session.rounds.iter().position(|r| r.id == round);
        let start = match crate::scan::run::start(&doc.session, round, &stamp) {
            Ok(s) => s,
            Err(e) => return self.flash(tx::run_error(&e, number.map_or(0, |k| k + 1)), true),
        };
        let reader = Reader {
            form: start.form.clone(),
            scans_dir: crate::scan::scans_dir(&doc.path),
            uid: start.uid.clone(),
        };
        let feed = if watch {
            Feed::watch(path.to_path_buf(), reader)
        } else {
            Feed::files(crate::scan::load::expand(&[path.to_path_buf()]), reader)
        };
        doc.intake = Some(Intake {
            round,
            watching: watch.then(|| path.to_path_buf()),
            label: start.label,
            uid: start.uid,
            feed: Some(feed),
            collector: Collector::new(start.form, start.known),
            found: 0,
            done: 0,
            waiting: 0,
            problem: None,
        });
    }

    /// Takes in what the running scan has read (every tick).
    pub(super) fn poll_intake(&mut self) {
        let Some(intake) = self.doc.as_mut().and_then(|d| d.intake.as_mut()) else {
            return;
        };
        let was_running = intake.running();
        let ballots = intake.poll();
        self.record_scanned(ballots);
        if was_running {
            self.say_if_finished();
        }
    }

    /// Stops the running scan (`W`, quitting, opening another meeting), keeping everything it
    /// read.
    pub(super) fn stop_intake(&mut self) {
        let Some(intake) = self.doc.as_mut().and_then(|d| d.intake.as_mut()) else {
            return self.flash(tx::NOT_SCANNING.into(), false);
        };
        if !intake.running() {
            return self.flash(tx::NOT_SCANNING.into(), false);
        }
        let ballots = intake.stop();
        self.record_scanned(ballots);
        self.say_if_finished();
    }

    /// Stops a running scan, if any, before quitting or opening another meeting.
    pub(super) fn end_intake(&mut self) {
        if self
            .doc
            .as_ref()
            .and_then(|d| d.intake.as_ref())
            .is_some_and(Intake::running)
        {
            self.stop_intake();
        }
    }

    /// Whether a scan is still running into `round`.
    pub(super) fn scanning_into(&self, round: Id) -> bool {
        self.doc
            .as_ref()
            .and_then(|d| d.intake.as_ref())
            .is_some_and(|i| i.running() && i.round == round)
    }

    /// Writes finished ballots into the round (audited, saved). A refusal (the round was
    /// verified or removed meanwhile) stops the scan and says why.
    fn record_scanned(&mut self, ballots: Vec<ScannedBallot>) {
        let Some(intake) = self.doc.as_ref().and_then(|d| d.intake.as_ref()) else {
            return;
        };
        if ballots.is_empty() {
            return;
        }
        let crops: Vec<String> = ballots
            .iter()
            .filter_map(|b| match b {
                ScannedBallot::Review(p) => Some(p.crops.iter().cloned()),
                ScannedBallot::Counted { .. } => None,
            })
            .flatten()
            .collect();
        let op = BallotOp::ScanBallots {
            round: intake.round,
            uid: intake.uid.clone(),
            label: intake.label.clone(),
            ballots,
        };
        match self.change(op.into()) {
            Ok(_) => {
                if let Some(i) = self.doc.as_mut().and_then(|d| d.intake.as_mut()) {
                    i.collector.report.batch = Some(i.label.clone());
                }
                // Review open in front: the new ballots' pictures join it at once.
                let ballots = &self.screens.ballots;
                if self.screen == ScreenId::Ballots && ballots.view == View::Review {
                    let pictures = self.load_crops(&crops);
                    self.screens.ballots.review.add_pictures(pictures);
                }
            }
            Err(m) => {
                if let Some(i) = self.doc.as_mut().and_then(|d| d.intake.as_mut()) {
                    i.feed = None;
                }
                self.flash(m, true);
            }
        }
    }

    /// Once the scan has finished, its summary goes to the status line.
    fn say_if_finished(&mut self) {
        let Some(i) = self.doc.as_ref().and_then(|d| d.intake.as_ref()) else {
            return;
        };
        if i.running() {
            return;
        }
        let (m, refused) = (tx::report_summary(i.report()), i.report().refused().count());
        self.flash(m, refused > 0);
    }
}

/// The path the user typed, checked before anything starts.
fn check_path(path: &Path, watch: bool) -> Result<(), Message> {
    if !path.exists() {
        return Err(tx::no_such_path(path));
    }
    if watch && !path.is_dir() {
        return Err(tx::not_a_folder(path));
    }
    Ok(())
}
