//! The work with the disk that screens ask for (reading a roster, an earlier meeting, another
//! copy's batches): the app does it, so no screen touches the disk, and hands the result back
//! to the screen that asked.

use super::action::{Effect, Reply};
use super::app::App;
use super::ops::{Applied, BallotOp, Made};
use crate::i18n::{Message, tally};
use crate::import::{ImportOptions, RosterImport, RosterRow, read_roster_file};
use crate::model::Session;
use std::path::Path;

impl App {
    pub(super) fn run_effect(&mut self, effect: Effect) {
        match effect {
            Effect::ReadRoster { path, options } => {
                let read = self.read_roster(&path, &options);
                self.reply(Reply::Roster(read));
            }
            Effect::LoadEarlier(path) => {
                let read = self.read_earlier(&path);
                self.reply(Reply::Roster(read));
            }
            Effect::MergeFile(path) => self.merge_file(&path),
        }
    }

    /// A roster file against the open meeting's roster.
    fn read_roster(&self, path: &Path, options: &ImportOptions) -> Result<RosterImport, Message> {
        let Some(doc) = &self.doc else {
            return Ok(RosterImport::default());
        };
        read_roster_file(path, &doc.session.attendance, options).map_err(|e| e.0)
    }

    /// An earlier meeting's roster: the people (and categories) not here yet, as an import.
    fn read_earlier(&self, path: &Path) -> Result<RosterImport, Message> {
        let Some(doc) = &self.doc else {
            return Ok(RosterImport::default());
        };
        let earlier = crate::store::load(path).map_err(|e| e.bilingual())?;
        Ok(earlier_roster(&doc.session, &earlier))
    }

    /// `pingyi merge` from the TUI: loads `path`, merges its batches through the audited path
    /// (refused when read-only, like every change) and says what the merge did.
    fn merge_file(&mut self, path: &Path) {
        let other = match crate::store::load(path) {
            Ok(s) => s,
            Err(e) => return self.flash(e.bilingual(), true),
        };
        match self.change(BallotOp::Merge(Box::new(other)).into()) {
            Ok(Applied {
                made: Some(Made::Merged(report)),
                ..
            }) => {
                let problem = !report.conflicting.is_empty() || !report.missing_rounds.is_empty();
                let m = tally::merge_report(
                    report.added.len(),
                    report.already.len(),
                    report.conflicting.len(),
                    &report.missing_rounds,
                );
                self.flash(m, problem);
            }
            Ok(_) => {}
            Err(m) => self.flash(m, true),
        }
    }
}

/// The people of `earlier` not in `here` yet, numbered as lines, with the categories they bring.
fn earlier_roster(here: &Session, earlier: &Session) -> RosterImport {
    let (people, new_categories) = here.attendance.rows_to_copy(&earlier.attendance);
    let rows = people
        .into_iter()
        .enumerate()
        .map(|(i, person)| RosterRow {
            line: i + 1,
            person,
        })
        .collect();
    RosterImport {
        rows,
        bad: Vec::new(),
        new_categories,
        encoding: "UTF-8",
        header: false,
    }
}
