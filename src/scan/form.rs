//! The form pages are checked against: the meeting, the round, the form's fingerprint and its
//! printed layouts (one per paper size, since the file does not say which paper was used: the
//! page itself tells, by where its box outlines are).

use super::gray::{Gray, darkness};
use super::read::Located;
use super::sheet::Sheet;
use crate::model::{BallotRound, Id, Session};
use crate::paper::code::{PagePayload, fingerprint, meeting_id};
use crate::paper::layout::{Paper, plan};

/// What a page must belong to.
#[derive(Debug, Clone)]
pub struct Form {
    pub meeting: String,
    pub round: Id,
    pub fingerprint: String,
    pub items: usize,
    pub cells: usize,
    /// Each paper size and its pages.
    pub layouts: Vec<(Paper, Vec<Sheet>)>,
    /// The serials printed for the round (empty when it was never printed by pingyi, or printed
    /// without serials): a serial outside them was never issued.
    pub printed: std::collections::HashSet<String>,
}

/// Why a page's code does not fit the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    NotOurs,
    OtherMeeting,
    OtherRound,
    OtherForm,
    /// Page k of N where this form prints another number of pages.
    PageCount {
        pages: u32,
    },
    /// A serial the meeting never printed.
    NeverPrinted(String),
}

impl Form {
    pub fn of(session: &Session, round: &BallotRound) -> Form {
        let layouts = Paper::ALL
            .iter()
            .filter_map(|&p| plan(round, p).ok().map(|l| (p, Sheet::pages_of(&l))))
            .filter(|(_, s)| !s.is_empty())
            .collect();
        Form {
            meeting: meeting_id(session),
            round: round.id,
            fingerprint: fingerprint(round),
            items: round.items.len(),
            cells: round.cells_per_ballot(),
            layouts,
            printed: round.printed_serials().map(str::to_string).collect(),
        }
    }

    /// The first page of the first layout: its squares and codes are where every page has them.
    pub fn frame(&self) -> Option<&Sheet> {
        self.layouts.first().and_then(|(_, s)| s.first())
    }

    /// Checks a decoded code against the form.
    pub fn check(&self, text: &str) -> Result<PagePayload, Mismatch> {
        let p = PagePayload::parse(text).map_err(|_| Mismatch::NotOurs)?;
        if p.meeting != self.meeting {
            return Err(Mismatch::OtherMeeting);
        }
        if p.round != self.round {
            return Err(Mismatch::OtherRound);
        }
        if p.fingerprint != self.fingerprint {
            return Err(Mismatch::OtherForm);
        }
        if let Some(serial) = &p.serial
            && !self.printed.is_empty()
            && !self.printed.contains(serial)
        {
            return Err(Mismatch::NeverPrinted(serial.clone()));
        }
        Ok(p)
    }

    /// The sheet a page is read with, and the page map for it: page `k` of the paper size whose
    /// box outlines lie where the image is dark (among layouts with `pages` pages, when the code
    /// said).
    pub fn sheet_for(
        &self,
        img: &Gray,
        at: &Located,
        k: usize,
        pages: Option<u32>,
    ) -> Option<(&Sheet, Located)> {
        self.layouts
            .iter()
            .filter(|(_, s)| pages.is_none_or(|n| s.len() == n as usize))
            .filter_map(|(_, s)| s.get(k))
            .filter_map(|s| at.for_sheet(s).map(|a| (outline_score(img, &a, s), s, a)))
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, s, a)| (s, a))
    }

    /// The code's text, tried with each paper size's map (the codes sit at other millimetres on
    /// other paper).
    pub fn code(&self, img: &Gray, at: &Located) -> Option<String> {
        self.layouts
            .iter()
            .filter_map(|(_, s)| s.first())
            .find_map(|s| {
                let a = at.for_sheet(s)?;
                super::qr::read_code(img, &a.map, &s.codes)
            })
    }
}

/// How much darker a sheet's box edges are than the paper just inside them: high when the boxes
/// are printed where this sheet says.
fn outline_score(img: &Gray, at: &Located, sheet: &Sheet) -> f64 {
    let mut score = 0.0;
    let step = (sheet.boxes.len() / 24).max(1);
    for b in sheet.boxes.iter().step_by(step) {
        let r = b.rect;
        for k in 0..8 {
            let t = (k as f64 + 0.5) / 8.0;
            for (x, y, ix, iy) in [
                (r.x + r.w * t, r.y, r.x + r.w * t, r.y + 1.0),
                (r.x, r.y + r.h * t, r.x + 1.0, r.y + r.h * t),
            ] {
                let (px, py) = at.map.map(x, y);
                let (qx, qy) = at.map.map(ix, iy);
                let edge = img.sample(px, py);
                let inside = img.sample(qx, qy);
                score += darkness(edge, inside.max(1.0));
            }
        }
    }
    score
}
