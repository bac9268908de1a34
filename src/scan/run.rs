//! A scanning run on the command line: every page of the inputs read against the round's form
//! (on every core), put together into ballots, clear ballots counted into a new batch (扫描 1,
//! 扫描 2…) and doubtful ones set aside for review. Each page that cannot be counted is named
//! with its reason; the run goes on.

use super::feed::{Feed, FeedEvent, Reader};
use super::form::Form;
use super::intake::{Collector, ScannedBallot, batch_names, record};
use crate::model::ballot::BallotError;
use crate::model::{Id, Session, Stamp};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub use super::intake::{PageLog, RunReport, SCAN_LABEL};

/// Why a run could not start or finish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunError {
    RoundNotFound(Id),
    /// The round has no targets or items: nothing was printed to read.
    NoForm,
    NothingToRead,
    Record(BallotError),
}

/// What a run into a round starts from: the round's form, the serials already scanned into it,
/// and the new batch's label and uid.
pub struct Start {
    pub form: Form,
    pub known: HashSet<String>,
    pub label: String,
    pub uid: String,
}

/// The round's form and names for a new scanned batch, or why nothing can be read into it.
pub fn start(session: &Session, round: Id, stamp: &Stamp) -> Result<Start, RunError> {
    let r = session
        .rounds
        .iter()
        .find(|r| r.id == round)
        .ok_or(RunError::RoundNotFound(round))?;
    let form = Form::of(session, r);
    if form.frame().is_none() || form.cells == 0 {
        return Err(RunError::NoForm);
    }
    let known = r
        .scanned_serials()
        .into_iter()
        .map(str::to_string)
        .collect();
    let (label, uid) = batch_names(r, stamp);
    Ok(Start {
        form,
        known,
        label,
        uid,
    })
}

/// How often a long run hands the session over to be saved: a run killed halfway keeps the
/// ballots read until then.
pub const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

/// What a run tells its caller as it goes.
pub struct Hooks<'a> {
    /// `progress(done, total)`, after each file.
    pub progress: &'a mut dyn FnMut(usize, usize),
    /// Called with the session after ballots were written into it, at most every `every`
    /// (the caller saves it).
    pub checkpoint: &'a mut dyn FnMut(&Session),
    pub every: std::time::Duration,
}

/// Reads `inputs` into round `round` of `session`; pictures go under `scans_dir`. Ballots are
/// written into the session as they are put together.
pub fn scan(
    session: &mut Session,
    round: Id,
    inputs: &[PathBuf],
    scans_dir: &Path,
    stamp: &Stamp,
    hooks: Hooks,
) -> Result<RunReport, RunError> {
    let s = start(session, round, stamp)?;
    let files = super::load::expand(inputs);
    if files.is_empty() {
        return Err(RunError::NothingToRead);
    }
    let reader = Reader {
        form: s.form.clone(),
        scans_dir: scans_dir.to_path_buf(),
        uid: s.uid.clone(),
    };
    let feed = Feed::files(files, reader);
    let mut collector = Collector::new(s.form, s.known);
    let names = (s.uid.as_str(), s.label.as_str(), stamp.who.as_str());
    let write = |session: &mut Session, ballots: &[ScannedBallot]| {
        if ballots.is_empty() {
            return Ok(false);
        }
        session
            .with_round(round, stamp, |r, j| record(r, j, names, ballots))
            .map(|_| true)
            .map_err(RunError::Record)
    };
    let (mut done, mut total, mut wrote) = (0, 0, false);
    let mut saved_at = Instant::now();
    while let Some(event) = feed.next() {
        let mut ballots = Vec::new();
        match event {
            FeedEvent::Found(n) => total += n,
            FeedEvent::Read(pages) => {
                for p in pages {
                    ballots.extend(collector.take(&p.file, p.page, p.outcome, p.black_and_white));
                }
                done += 1;
                (hooks.progress)(done, total);
            }
            FeedEvent::Again { .. } => {
                collector.report.again += 1;
                done += 1;
                (hooks.progress)(done, total);
            }
            FeedEvent::Waiting(_) | FeedEvent::FolderProblem(_) => {}
        }
        wrote |= write(session, &ballots)?;
        if wrote && saved_at.elapsed() >= hooks.every {
            (hooks.checkpoint)(session);
            saved_at = Instant::now();
        }
    }
    wrote |= write(session, &collector.finish())?;
    let mut report = std::mem::take(&mut collector.report);
    if wrote {
        report.batch = Some(s.label);
    }
    Ok(report)
}
