//! One page image through the whole reader: located, its code read and checked against the
//! form, its sheet chosen, its items read, and pictures of its doubtful items saved for review.

use super::classify::{Doubt, Rules};
use super::form::{Form, Mismatch};
use super::gray::Gray;
use super::load::LoadProblem;
use super::read::{ItemRead, PageProblem, crop, locate, read_items};
use super::sheet::{RectMm, Sheet};
use std::path::Path;

/// Why a page was not counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Load(LoadProblem),
    Page(PageProblem),
    Code(Mismatch),
    /// The code could not be read on a form of several pages: which page it is is unknown.
    NoCodeMultiPage,
    /// The serial was already scanned into this round.
    Duplicate(String),
}

/// A page read.
#[derive(Debug, Clone)]
pub struct ReadPage {
    pub serial: Option<String>,
    /// The code could not be read: the serial is typed in review.
    pub code_unread: bool,
    /// 0-based page of the ballot, and the ballot's page count.
    pub index: usize,
    pub pages: usize,
    pub turned: bool,
    pub items: Vec<ItemRead>,
    /// Saved pictures: (target, item) → path relative to the scans folder.
    pub crops: Vec<((usize, usize), String)>,
    pub serial_crop: Option<String>,
}

/// Where a page's pictures go: `dir/<sub>/<stem>-…png`, referenced as `<sub>/<stem>-…png`.
pub struct CropPlace<'a> {
    pub dir: &'a Path,
    pub sub: &'a str,
    pub stem: String,
}

/// Reads one page image against the form.
pub fn read_page(
    img: &Gray,
    form: &Form,
    rules: &Rules,
    place: Option<&CropPlace>,
) -> Result<ReadPage, Refusal> {
    let frame = form
        .frame()
        .ok_or(Refusal::Page(PageProblem::BadGeometry))?;
    let at = locate(img, frame).map_err(Refusal::Page)?;
    let code = form.code(img, &at);
    let payload = match code {
        Some(text) => Some(form.check(&text).map_err(Refusal::Code)?),
        None => None,
    };
    let single = form.layouts.iter().all(|(_, s)| s.len() == 1);
    let (index, pages) = match &payload {
        Some(p) => (p.page as usize - 1, p.pages),
        None if single => (0, 1),
        None => return Err(Refusal::NoCodeMultiPage),
    };
    let (sheet, at) = form
        .sheet_for(img, &at, index, payload.as_ref().map(|p| p.pages))
        .ok_or(Refusal::Code(Mismatch::PageCount { pages }))?;
    let items = read_items(img, &at, sheet, rules);
    let mut crops = Vec::new();
    let mut serial_crop = None;
    if let Some(place) = place {
        for it in items.iter().filter(|i| i.reading.doubt.is_some()) {
            if let Some(r) = item_rect(sheet, it.target, it.item) {
                let name = format!("{}-t{}-i{}.png", place.stem, it.target + 1, it.item + 1);
                if let Some(rel) = save(&crop(img, &at, &r, 8.0), place, &name) {
                    crops.push(((it.target, it.item), rel));
                }
            }
        }
        if payload.is_none()
            && let Some(r) = sheet.serial_text.first().or(sheet.codes.first())
        {
            let name = format!("{}-serial.png", place.stem);
            serial_crop = save(&crop(img, &at, &r.grown(1.0), 8.0), place, &name);
        }
    }
    Ok(ReadPage {
        serial: payload.as_ref().and_then(|p| p.serial.clone()),
        code_unread: payload.is_none(),
        index,
        pages: pages as usize,
        turned: at.turns == 2,
        items,
        crops,
        serial_crop,
    })
}

/// The cells of one item's grades, with a margin: what review shows of it.
fn item_rect(sheet: &Sheet, target: usize, item: usize) -> Option<RectMm> {
    let cells: Vec<RectMm> = sheet
        .item_boxes(target, item)
        .iter()
        .map(|b| b.cell)
        .collect();
    let x0 = cells.iter().map(|c| c.x).fold(f64::MAX, f64::min);
    let y0 = cells.iter().map(|c| c.y).fold(f64::MAX, f64::min);
    let x1 = cells.iter().map(|c| c.x + c.w).fold(f64::MIN, f64::max);
    let y1 = cells.iter().map(|c| c.y + c.h).fold(f64::MIN, f64::max);
    (!cells.is_empty()).then(|| {
        RectMm {
            x: x0,
            y: y0,
            w: x1 - x0,
            h: y1 - y0,
        }
        .grown(1.5)
    })
}

fn save(g: &Gray, place: &CropPlace, name: &str) -> Option<String> {
    let dir = place.dir.join(place.sub);
    std::fs::create_dir_all(&dir).ok()?;
    g.to_luma()?.save(dir.join(name)).ok()?;
    Some(format!("{}/{name}", place.sub))
}

/// The stable code of a doubt, as the meeting file stores it.
pub fn doubt_code(d: Doubt) -> &'static str {
    match d {
        Doubt::Faint => "faint",
        Doubt::Scribble => "scribble",
        Doubt::StruckFill => "struck_fill",
        Doubt::TwoMarks => "two_marks",
        Doubt::BlankInBlackAndWhite => "bw_blank",
    }
}
