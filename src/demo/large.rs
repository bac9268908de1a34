//! Meetings generated at scale, to prove pingyi stays instant and loses nothing: the large
//! meeting of `pingyi demo --large` (1,000 attendees, 4 rounds × 2,000 ballots, 2,000
//! suggestions…) and folders of town-sized meetings for the archive (`pingyi demo --folder`).
//!
//! Every change goes through the model's audited methods, as the screens make them, so the audit
//! log is the one such a meeting writes. A fixed clock and a fixed pseudo-random sequence make
//! the same bytes every time.

mod meeting;
mod words;

use crate::i18n::{Lang, Message, large as txt};
use crate::model::ballot::BallotError;
use crate::model::input::Refused;
use crate::model::{FieldError, Session, Timestamp};
use crate::store::{self, StoreError};
use chrono::{Duration, NaiveDate};
use meeting::{Gen, Rng};
use std::path::{Path, PathBuf};
use words::PLACES;

/// How big a generated meeting is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// Everyone on the roster, walk-ins included.
    pub attendees: usize,
    /// Agenda items: the template's 8 and up to 12 more.
    pub agenda_items: usize,
    pub reports: usize,
    /// Notes over all the reports.
    pub notes: usize,
    pub rounds: usize,
    pub targets: usize,
    /// Ballots per round, entered one by one.
    pub ballots: usize,
    /// Counting tables per round; the ballots are shared out among them.
    pub batches: usize,
    pub suggestions: usize,
    pub ledger_rows: usize,
}

impl Size {
    /// The largest meeting pingyi is built for (issue 6).
    pub const LARGE: Size = Size {
        attendees: 1_000,
        agenda_items: 20,
        reports: 3,
        notes: 200,
        rounds: 4,
        targets: 60,
        ballots: 2_000,
        batches: 4,
        suggestions: 2_000,
        ledger_rows: 500,
    };

    /// A typical meeting, the size of the seed's town meeting: 72 people, one form of 8 items
    /// about the town committee, 66 ballots, 22 suggestions of which 7 get a ledger row.
    pub const TOWN: Size = Size {
        attendees: 72,
        agenda_items: 8,
        reports: 1,
        notes: 12,
        rounds: 1,
        targets: 1,
        ballots: 66,
        batches: 1,
        suggestions: 22,
        ledger_rows: 7,
    };
}

/// A generation step the model refused: a fault in this generator, said in both languages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.en)]
pub struct GenerateError(pub Message);

impl From<Refused> for GenerateError {
    fn from(e: Refused) -> Self {
        GenerateError(txt::step_refused(&e.0))
    }
}

impl From<BallotError> for GenerateError {
    fn from(e: BallotError) -> Self {
        GenerateError(txt::step_refused(&e.message()))
    }
}

impl From<FieldError> for GenerateError {
    fn from(e: FieldError) -> Self {
        GenerateError(txt::step_refused(&e.0))
    }
}

impl From<StoreError> for GenerateError {
    fn from(e: StoreError) -> Self {
        GenerateError(e.bilingual())
    }
}

pub(crate) type Result<T> = std::result::Result<T, GenerateError>;

/// The large meeting of issue 6.
pub fn large() -> Result<Session> {
    generate(&Size::LARGE, 0)
}

/// Writes `count` town-sized meetings into `dir` (made if missing), as the 72 grassroots
/// committees of a county keep them over the years; returns their paths.
pub fn write_folder(dir: &Path, count: usize) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).map_err(|e| GenerateError(txt::folder_failed(dir, &e)))?;
    let mut paths = Vec::with_capacity(count);
    for n in 0..count {
        let s = generate(&Size::TOWN, n as u64 + 1)?;
        let path = dir.join(format!("{}.json", store::file_stem(&s)));
        let path = if paths.contains(&path) {
            dir.join(format!("{}-{n}.json", store::file_stem(&s)))
        } else {
            path
        };
        store::save(&path, &s)?;
        paths.push(path);
    }
    Ok(paths)
}

/// A meeting of `size`; `seed` 0 is the county-wide meeting, any other a committee's meeting.
pub fn generate(size: &Size, seed: u64) -> Result<Session> {
    let (date, committee) = meeting_of(seed);
    let start = at(date, 7, 30);
    let mut s = Session::new(start, Lang::Zh);
    let mut g = Gen {
        rng: Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5EED),
        at: start,
        size: *size,
    };
    g.header(&mut s, &committee, date)?;
    g.agenda(&mut s)?;
    g.roster(&mut s)?;
    g.prepare_reports(&mut s)?;
    let rounds = g.prepare_rounds(&mut s)?;
    g.run_meeting(&mut s, &rounds)?;
    g.follow_up(&mut s)?;
    Ok(s)
}

/// The day and the committee of meeting `seed`: 0 is the county, then every third day from 2008.
fn meeting_of(seed: u64) -> (NaiveDate, String) {
    if seed == 0 {
        let d = NaiveDate::from_ymd_opt(2010, 12, 10).unwrap_or_default();
        return (d, "河阳县直机关".to_string());
    }
    let first = NaiveDate::from_ymd_opt(2008, 1, 8).unwrap_or_default();
    let d = first + Duration::days((seed as i64 % 3000) * 3);
    let place = PLACES[(seed as usize) % PLACES.len()];
    let kind = ["镇", "乡", "街道"][(seed as usize / PLACES.len()) % 3];
    (d, format!("{place}{kind}"))
}

pub(crate) fn at(d: NaiveDate, h: u32, m: u32) -> Timestamp {
    let local = d.and_hms_opt(h, m, 0).unwrap_or_default();
    chrono::FixedOffset::east_opt(8 * 3600)
        .and_then(|cst| local.and_local_timezone(cst).single())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_town_sized_meeting_is_sound_and_the_same_every_time() {
        let a = generate(&Size::TOWN, 7).unwrap();
        assert!(a.problems().is_empty(), "{:?}", a.problems());
        assert_eq!(a, generate(&Size::TOWN, 7).unwrap());
        assert_ne!(a, generate(&Size::TOWN, 8).unwrap());
        assert_eq!(a.attendance.people.len(), 72);
        assert_eq!(a.attendance.categories.len(), 8);
        assert_eq!(a.agenda.items.len(), 8);
        let round = &a.rounds[0];
        assert_eq!(round.counted(), 66);
        assert_eq!(round.state, crate::model::RoundState::Published);
        assert_eq!(a.suggestions.len(), 22);
        assert_eq!(
            a.suggestions.iter().filter(|x| x.ledger.is_some()).count(),
            7
        );
    }

    #[test]
    fn the_large_meeting_has_the_figures_of_issue_6() {
        let s = large().unwrap();
        assert!(s.problems().is_empty(), "{:?}", s.problems());
        assert_eq!(s.attendance.people.len(), 1_000);
        assert_eq!(s.attendance.categories.len(), 8);
        assert_eq!(s.agenda.items.len(), 20);
        assert_eq!(s.reports.len(), 3);
        assert_eq!(s.reports.iter().map(|r| r.notes.len()).sum::<usize>(), 200);
        assert_eq!(s.rounds.len(), 4);
        for r in &s.rounds {
            assert_eq!((r.targets.len(), r.items.len()), (60, 8));
            assert_eq!(r.counted(), 2_000);
            assert!(
                r.batches
                    .iter()
                    .all(|b| b.mode == crate::model::EntryMode::Ballots)
            );
        }
        assert_eq!(s.suggestions.len(), 2_000);
        assert_eq!(
            s.suggestions.iter().filter(|x| x.ledger.is_some()).count(),
            500
        );
        assert!(
            s.audit.len() > 14_000,
            "every change is audited: {}",
            s.audit.len()
        );
    }

    #[test]
    fn a_folder_of_meetings_loads_one_by_one() {
        let dir = tempfile::tempdir().unwrap();
        let paths = write_folder(&dir.path().join("archive"), 3).unwrap();
        assert_eq!(paths.len(), 3);
        let titles: Vec<String> = paths
            .iter()
            .map(|p| store::load(p).unwrap().title(Lang::Zh))
            .collect();
        assert_ne!(titles[0], titles[1]);
    }
}
