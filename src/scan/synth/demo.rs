//! `pingyi demo --scans DIR`: the town example's ballots printed, filled in by hand, scanned
//! under every condition the reader is measured on, written as PNG files with `truth.json`
//! (what each ballot says), and the meeting to scan them into (`DIR/town.json`, the round's
//! counts cleared).

use super::{CONDITIONS, Rng, page_with, qr_modules};
use crate::model::Session;
use crate::paper::code::{PagePayload, fingerprint, meeting_id, serial_from};
use crate::paper::layout::{Paper, plan};
use crate::scan::sheet::Sheet;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// One ballot's truth.
#[derive(Debug, Clone, Serialize)]
pub struct BallotTruth {
    pub serial: String,
    pub files: Vec<String>,
    pub condition: String,
    /// The marks a careful person reads, as the meeting file writes them.
    pub marks: String,
    /// Items drawn with a gesture a person should look at (form positions).
    pub hard: Vec<usize>,
}

/// Why the scans could not be written.
#[derive(Debug)]
pub enum DemoError {
    NoRound,
    NoForm,
    Io(std::io::Error),
    Store(crate::store::StoreError),
}

/// Writes `count` ballots of round `round` (1-based) of `session`; returns the meeting file
/// written beside them.
pub fn write_scans(
    dir: &Path,
    mut session: Session,
    round: usize,
    count: usize,
    seed: u64,
) -> Result<(PathBuf, usize), DemoError> {
    let ri = round
        .checked_sub(1)
        .filter(|&i| i < session.rounds.len())
        .ok_or(DemoError::NoRound)?;
    let r = &mut session.rounds[ri];
    r.batches.clear();
    r.returned = None;
    r.recheck = None;
    r.state = crate::model::ballot::RoundState::Counting;
    r.verification = None;
    r.published_at = None;
    let r = &session.rounds[ri];
    let layout = plan(r, Paper::A4).map_err(|_| DemoError::NoForm)?;
    let sheets = Sheet::pages_of(&layout);
    std::fs::create_dir_all(dir).map_err(DemoError::Io)?;
    let (meeting, fp, items) = (meeting_id(&session), fingerprint(r), r.items.len());
    let mut rng = Rng::new(seed);
    let mut truths = Vec::new();
    let mut pages = 0;
    for n in 0..count {
        let cond = &CONDITIONS[(n % (CONDITIONS.len() - 1) + 3) % CONDITIONS.len()];
        let cond = if cond.dpi.1 > 300.0 {
            &CONDITIONS[0]
        } else {
            cond
        };
        let serial = serial_from((rng.next_u64() % 10_000_000) as u32);
        let hard = if rng.chance(0.3) { 0.15 } else { 0.0 };
        let mut marks = vec!['0'; r.cells_per_ballot()];
        let mut truth = BallotTruth {
            serial: serial.clone(),
            files: Vec::new(),
            condition: cond.name.to_string(),
            marks: String::new(),
            hard: Vec::new(),
        };
        for (k, sheet) in sheets.iter().enumerate() {
            let payload = PagePayload {
                meeting: meeting.clone(),
                round: r.id,
                fingerprint: fp.clone(),
                serial: Some(serial.clone()),
                page: k as u32 + 1,
                pages: sheets.len() as u32,
            };
            let (modules, side) = qr_modules(&payload.encode()).unwrap_or_default();
            let p = page_with(sheet, &modules, side, cond, hard, &mut rng);
            for t in &p.truth {
                let pos = t.target * items + t.item;
                if let Some(m) = marks.get_mut(pos) {
                    *m = t.mark.to_char();
                }
                if crate::scan::synth::pen::Gesture::HARD.contains(&t.gesture) {
                    truth.hard.push(pos);
                }
            }
            let name = format!("ballot-{:04}-p{}.png", n + 1, k + 1);
            let img = p.image.to_luma().ok_or(DemoError::NoForm)?;
            img.save(dir.join(&name))
                .map_err(|e| DemoError::Io(std::io::Error::other(e)))?;
            truth.files.push(name);
            pages += 1;
        }
        truth.marks = marks.into_iter().collect();
        truths.push(truth);
    }
    let json = serde_json::to_vec_pretty(&truths).map_err(|e| DemoError::Io(e.into()))?;
    std::fs::write(dir.join("truth.json"), json).map_err(DemoError::Io)?;
    let file = dir.join("town.json");
    crate::store::save(&file, &session).map_err(DemoError::Store)?;
    Ok((file, pages))
}
