//! Printing as one operation, without the disk: check the request, lay out, draw serials, render.
//! The caller writes the PDF and then records the print run ([`record`]) and saves the meeting,
//! so a PDF that never reached the disk never has its serials recorded.

use super::code::{fingerprint, new_serials};
use super::font::{FontError, FontSet};
use super::layout::{BallotLayout, LayoutError, Paper, plan};
use super::pdf::PdfError;
use crate::i18n::{Message, paper as tx};
use crate::model::ballot::{BallotError, PrintRun};
use crate::model::{Accounting, Id, Session, Stamp};

/// The most ballots one print may make: more than any hall holds, few enough that a typo
/// (100000 for 100) is caught rather than filling the disk.
pub const MAX_BALLOTS: u32 = 5_000;

/// What to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BallotRequest {
    pub round: Id,
    /// `None`: the round's 发出, else its 应到.
    pub count: Option<u32>,
    pub paper: Paper,
    /// False for `--no-serial`: identical ballots, no serial recorded.
    pub serials: bool,
}

/// Ballots ready to be written.
#[derive(Debug)]
pub struct PrintedBallots {
    pub pdf: Vec<u8>,
    pub layout: BallotLayout,
    pub count: u32,
    /// To record once the PDF is on disk.
    pub run: PrintRun,
}

/// Why nothing was printed.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("no round {id}")]
    RoundNotFound { id: Id, known: Vec<(Id, String)> },
    #[error("{0}")]
    Layout(#[from] LayoutError),
    #[error("count {0} out of range")]
    Count(u32),
    #[error("no count")]
    NoCount,
    #[error("{0}")]
    Font(#[from] FontError),
    #[error("{0}")]
    Pdf(#[from] PdfError),
    #[error("{0}")]
    Random(String),
    #[error("{0}")]
    Record(#[from] BallotError),
    #[error("no roster")]
    NoRoster,
}

impl PrintError {
    /// One sentence in both languages saying what to do.
    pub fn message(&self) -> Message {
        match self {
            PrintError::RoundNotFound { id, known } => tx::round_not_found(*id, known),
            PrintError::Layout(LayoutError::NoTargets) => tx::NO_TARGETS.into(),
            PrintError::Layout(LayoutError::NoItems) => tx::NO_ITEMS.into(),
            PrintError::Layout(LayoutError::NoGrades(item)) => tx::no_grades(item),
            PrintError::Count(n) => tx::count_out_of_range(*n, MAX_BALLOTS),
            PrintError::NoCount => tx::NO_COUNT.into(),
            PrintError::Font(e) => tx::font_problem(e),
            PrintError::Pdf(e) => tx::pdf_failed(&e.to_string()),
            PrintError::Random(e) => tx::pdf_failed(e),
            PrintError::Record(e) => e.message(),
            PrintError::NoRoster => tx::NO_ROSTER.into(),
        }
    }
}

/// Checks a request before anything is drawn: the round, its form, the count. Returns the
/// count to print.
pub fn check(s: &Session, req: &BallotRequest) -> Result<u32, PrintError> {
    let round = s
        .round(req.round)
        .ok_or_else(|| PrintError::RoundNotFound {
            id: req.round,
            known: s.rounds.iter().map(|r| (r.id, r.name.clone())).collect(),
        })?;
    plan(round, req.paper)?;
    let count = match req.count {
        Some(n) => n,
        None => {
            let acc = Accounting::of(round, &s.attendance);
            acc.issued
                .or(acc.expected)
                .filter(|&n| n > 0)
                .ok_or(PrintError::NoCount)?
        }
    };
    if count == 0 || count > MAX_BALLOTS {
        return Err(PrintError::Count(count));
    }
    Ok(count)
}

/// Lays out and renders the round's ballots; the session is not changed.
pub fn ballots(
    s: &Session,
    req: &BallotRequest,
    fonts: &FontSet,
    stamp: &Stamp,
) -> Result<PrintedBallots, PrintError> {
    let count = check(s, req)?;
    let round = s.round(req.round).ok_or(PrintError::NoCount)?;
    let layout = plan(round, req.paper)?;
    let serials: Vec<Option<String>> = if req.serials {
        let taken: Vec<String> = round.printed_serials().map(str::to_string).collect();
        new_serials(count as usize, &taken)
            .map_err(|e| PrintError::Random(e.to_string()))?
            .into_iter()
            .map(Some)
            .collect()
    } else {
        vec![None; count as usize]
    };
    let pdf = super::ballot::render(
        &super::ballot::BallotJob {
            session: s,
            round,
            layout: &layout,
            serials: &serials,
        },
        fonts,
    )?;
    let run = PrintRun {
        at: stamp.at,
        who: stamp.who.clone(),
        fingerprint: fingerprint(round),
        paper: req.paper.name().to_string(),
        count,
        pages_per_ballot: layout.page_count(),
        serials: serials.into_iter().flatten().collect(),
    };
    Ok(PrintedBallots {
        pdf,
        layout,
        count,
        run,
    })
}

/// Records a print run in the meeting through the round's audited method.
pub fn record(s: &mut Session, round: Id, run: PrintRun, stamp: &Stamp) -> Result<(), PrintError> {
    s.with_round(round, stamp, |r, j| r.record_print(run, j))?;
    Ok(())
}
