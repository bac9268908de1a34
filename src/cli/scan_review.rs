//! `pingyi scan FILE --round N --review`: the scanned ballots that wait for a person, worst
//! first, each shown as the pictures of its doubtful items (half blocks, any truecolor terminal)
//! with the reading pingyi proposes. Enter confirms it; or type the marks with the keys of
//! ballot-by-ballot entry (1–9 a grade, 0 blank, `.` marked twice, `-` void ballot); `q` stops.
//! Each decision is saved at once and journalled (scan.review).

use super::{CliError, Context};
use crate::i18n::{Lang, scan as tx};
use crate::model::ballot::{BallotRound, PendingScan};
use crate::model::{Id, Session, Stamp};
use crate::scan::gray::Gray;
use crate::scan::halfblock::half_blocks;
use crate::store;
use std::io::{BufRead, Write};
use std::path::Path;

/// What a typed line decides: `None` to stop, else the marks (`None` inside: a void ballot).
enum Decision {
    Stop,
    Marks(Option<String>),
}

fn parse(line: &str, proposal: &str) -> Result<Decision, ()> {
    let line = line.trim();
    match line {
        "q" | "Q" => Ok(Decision::Stop),
        "" => Ok(Decision::Marks(Some(proposal.to_string()))),
        "-" => Ok(Decision::Marks(None)),
        _ if line.chars().all(|c| c.is_ascii_digit() || c == '.') => {
            Ok(Decision::Marks(Some(line.replace('.', "x"))))
        }
        _ => Err(()),
    }
}

/// Runs the review over stdin/stdout; returns how many ballots were decided.
pub fn review(
    file: &Path,
    round: Id,
    ctx: &Context,
    now: crate::model::Timestamp,
) -> Result<usize, CliError> {
    let mut session: Session = store::load(file)?;
    let dir = super::scan::scans_dir(file);
    let stamp = Stamp::new(now, ctx.who.clone());
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut out = std::io::stdout();
    let mut decided = 0;
    while let Some((uid, index)) = session
        .round(round)
        .and_then(|r| r.review_queue().into_iter().next())
    {
        let Some(r) = session.round(round) else { break };
        let Some(pending) = r.batch(&uid).and_then(|b| b.review.get(index)).cloned() else {
            break;
        };
        show(&mut out, r, &pending, &dir, ctx.lang);
        let serial = if pending.serial_unread {
            let _ = write!(out, "{} ", tx::TYPE_SERIAL.get(ctx.lang));
            let _ = out.flush();
            match lines.next() {
                Some(Ok(l)) if crate::paper::code::serial_is_well_formed(l.trim()) => {
                    Some(l.trim().to_string())
                }
                Some(Ok(_)) => {
                    let _ = writeln!(out, "{}", tx::BAD_SERIAL.get(ctx.lang));
                    continue;
                }
                _ => break,
            }
        } else {
            None
        };
        let _ = write!(
            out,
            "{} ",
            tx::review_prompt(&pending.proposal).get(ctx.lang)
        );
        let _ = out.flush();
        let Some(Ok(line)) = lines.next() else { break };
        let marks = match parse(&line, &pending.proposal) {
            Ok(Decision::Stop) => break,
            Ok(Decision::Marks(m)) => m,
            Err(()) => {
                let _ = writeln!(out, "{}", tx::REVIEW_KEYS.get(ctx.lang));
                continue;
            }
        };
        let result = session.with_round(round, &stamp, |r, j| {
            r.decide_review(&uid, index, marks.as_deref(), serial.as_deref(), j)
        });
        match result {
            Ok(_) => {
                store::save(file, &session)?;
                decided += 1;
            }
            Err(e) => {
                let _ = writeln!(out, "{}", e.message().get(ctx.lang));
            }
        }
    }
    let left = session.round(round).map_or(0, BallotRound::waiting_review);
    println!("{}", tx::review_done(decided, left).get(ctx.lang));
    Ok(decided)
}

fn show(out: &mut impl Write, r: &BallotRound, p: &PendingScan, dir: &Path, lang: Lang) {
    let serial = p.scan.serial.as_deref().unwrap_or("?");
    let src: Vec<String> = p
        .scan
        .sources
        .iter()
        .map(|s| format!("{} p.{}", s.file, s.page))
        .collect();
    let _ = writeln!(
        out,
        "\n{}",
        tx::review_header(serial, &src.join(", ")).get(lang)
    );
    for crop in &p.crops {
        if let Ok(img) = image::open(dir.join(crop)) {
            for line in half_blocks(&Gray::from_luma(img.into_luma8()), 100) {
                let _ = writeln!(out, "{line}");
            }
        }
    }
    for line in p.doubtful_lines(r) {
        let _ = writeln!(out, "{}", line.get(lang));
    }
}
