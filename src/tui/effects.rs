//! The work with the disk that screens ask for (reading a roster, an earlier meeting, another
//! copy's batches): the app does it, so no screen touches the disk, and hands the result back
//! to the screen that asked.

use super::action::{Effect, Reply};
use super::app::App;
use super::ops::{Applied, BallotOp, Made};
use crate::i18n::{Message, tally};
use crate::import::{ImportOptions, RosterImport, RosterRow, read_roster_file};
use crate::model::Session;
use crate::scan::halfblock::Picture;
use std::path::Path;

/// How wide a doubtful item's picture is loaded (columns); narrower terminals sample it.
const CROP_COLUMNS: usize = 120;

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
            Effect::PrintBallots { round, count } => self.print_ballots(round, count),
            Effect::PrintSignin => self.print_signin(),
            Effect::Scan { round, path, watch } => self.start_intake(round, &path, watch),
            Effect::StopScan => self.stop_intake(),
            Effect::LoadCrops(paths) => {
                let crops = self.load_crops(&paths);
                self.reply(Reply::Crops(crops));
            }
        }
    }

    /// The pictures of doubtful items under the meeting's `X.scans/`, as half-block cells at
    /// most [`CROP_COLUMNS`] wide; a picture that cannot be read is left out (review shows the
    /// reading without it).
    pub(super) fn load_crops(&self, paths: &[String]) -> Vec<(String, Picture)> {
        let Some(doc) = &self.doc else {
            return Vec::new();
        };
        let dir = crate::scan::scans_dir(&doc.path);
        paths
            .iter()
            .filter_map(|p| {
                let img = image::open(dir.join(p)).ok()?;
                let g = crate::scan::gray::Gray::from_luma(img.into_luma8());
                let cells = crate::scan::halfblock::half_block_cells(&g, CROP_COLUMNS);
                Some((p.clone(), Picture { image: g, cells }))
            })
            .collect()
    }

    /// Prints a round's ballots beside the meeting file, then records their serials through
    /// the audited path; a refusal (a read-only meeting) removes the PDF again, since a scanner
    /// would refuse ballots whose serials were never recorded.
    fn print_ballots(&mut self, round: crate::model::Id, count: u32) {
        let Some(doc) = &self.doc else { return };
        let req = crate::paper::print::BallotRequest {
            round,
            count: Some(count),
            paper: crate::paper::layout::Paper::A4,
            serials: true,
        };
        let stamp = crate::model::Stamp::new(self.now, self.who.clone());
        let out = crate::paper::print::beside(&doc.path, &format!("ballots-{round}"));
        let printed = crate::paper::print::check(&doc.session, &req).and_then(|_| {
            let fonts = crate::paper::font::FontSet::find_form(None)?;
            crate::paper::print::ballots(&doc.session, &req, &fonts, &stamp)
        });
        let printed = match printed {
            Ok(p) => p,
            Err(e) => return self.flash(e.message(), true),
        };
        if let Err(e) = crate::store::write_atomic(&out, &printed.pdf) {
            return self.flash(e.bilingual(), true);
        }
        let op = BallotOp::RecordPrint {
            round,
            run: Box::new(printed.run),
        };
        match self.change(op.into()) {
            Ok(_) => self.flash(crate::i18n::paper::printed_to(printed.count, &out), false),
            Err(m) => {
                let _ = std::fs::remove_file(&out);
                self.flash(m, true);
            }
        }
    }

    /// Prints the sign-in sheet beside the meeting file (the record is not changed).
    fn print_signin(&mut self) {
        let Some(doc) = &self.doc else { return };
        if doc.session.attendance.people.is_empty() {
            return self.flash(crate::i18n::paper::NO_ROSTER.into(), true);
        }
        let out = crate::paper::print::beside(&doc.path, "signin");
        let pdf = crate::paper::font::FontSet::find_form(None)
            .map_err(crate::paper::print::PrintError::from)
            .and_then(|fonts| Ok(crate::paper::signin::render(&doc.session, &fonts)?));
        let written = match pdf {
            Ok(bytes) => crate::store::write_atomic(&out, &bytes).map_err(|e| e.bilingual()),
            Err(e) => Err(e.message()),
        };
        match written {
            Ok(()) => self.flash(crate::i18n::export::written_to(&out), false),
            Err(m) => self.flash(m, true),
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
