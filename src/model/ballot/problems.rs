//! Consistency problems in a session's rounds, as `Session::problems` reports them: ids, scales,
//! rates and flags, grid shapes and counts above the valid ballots, marks strings, the recheck
//! grid, the accounting, and whether each round's state is borne out by its counts.

use super::{BallotError, BallotRound, Batch, CellTally, EntryMode, RoundState};
use crate::i18n::Message;
use crate::model::Problem;
use std::collections::HashSet;

fn problem(path: impl Into<String>, message: Message) -> Problem {
    Problem {
        path: path.into(),
        message,
    }
}

fn said(path: impl Into<String>, zh: String, en: String) -> Problem {
    problem(path, Message::new(zh, en))
}

/// Every problem in a list of rounds.
pub fn round_list_problems(rounds: &[BallotRound], out: &mut Vec<Problem>) {
    let mut ids = HashSet::new();
    for (ri, r) in rounds.iter().enumerate() {
        let path = format!("rounds[{ri}]");
        if !ids.insert(r.id) {
            out.push(said(
                &path,
                format!("测评轮次编号 {} 重复", r.id),
                format!("round id {} is used twice", r.id),
            ));
        }
        form_problems(r, &path, out);
        let before_batches = out.len();
        let mut uids = HashSet::new();
        for (bi, b) in r.batches.iter().enumerate() {
            let bpath = format!("{path}.batches[{bi}]");
            if !uids.insert(b.uid.as_str()) {
                out.push(said(
                    &bpath,
                    format!("计票组 {} 重复出现", b.uid),
                    format!("batch {} appears twice", b.uid),
                ));
            }
            batch_problems(r, b, &bpath, out);
        }
        let batches_sound = out.len() == before_batches;
        if let Some(cells) = &r.recheck {
            grid_shape_problems(r, cells, &format!("{path}.recheck"), out);
        }
        if let (Some(returned), Some(issued)) = (r.returned, r.issued)
            && returned > issued
        {
            out.push(problem(
                &path,
                BallotError::ReturnedAboveIssued { returned, issued }.message(),
            ));
        }
        state_problems(r, &path, batches_sound, out);
    }
}

fn form_problems(r: &BallotRound, path: &str, out: &mut Vec<Problem>) {
    let mut tids = HashSet::new();
    for (ti, t) in r.targets.iter().enumerate() {
        if !tids.insert(t.id) {
            out.push(said(
                format!("{path}.targets[{ti}]"),
                format!("测评对象编号 {} 重复", t.id),
                format!("target id {} is used twice", t.id),
            ));
        }
    }
    let mut iids = HashSet::new();
    for (ii, item) in r.items.iter().enumerate() {
        let ipath = format!("{path}.items[{ii}]");
        if !iids.insert(item.id) {
            out.push(said(
                &ipath,
                format!("测评项目编号 {} 重复", item.id),
                format!("item id {} is used twice", item.id),
            ));
        }
        let n = item.scale.grades.len();
        if n == 0 || n > super::MAX_GRADES {
            out.push(problem(
                &ipath,
                BallotError::ScaleSize { grades: n }.message(),
            ));
        }
        for (k, rate) in item.rates.iter().enumerate() {
            if let Some(&g) = rate.grades.iter().find(|&&g| g >= n) {
                out.push(problem(
                    format!("{ipath}.rates[{k}]"),
                    BallotError::GradeNotOnScale {
                        grade: g,
                        grades: n,
                    }
                    .message(),
                ));
            }
        }
        for (k, f) in item.flags.iter().enumerate() {
            let fpath = format!("{ipath}.flags[{k}]");
            if f.den == 0 || f.num > f.den {
                out.push(problem(
                    &fpath,
                    BallotError::BadFraction {
                        num: f.num,
                        den: f.den,
                    }
                    .message(),
                ));
            }
            if let Some(&g) = f.grades.iter().find(|&&g| g >= n) {
                out.push(problem(
                    &fpath,
                    BallotError::GradeNotOnScale {
                        grade: g,
                        grades: n,
                    }
                    .message(),
                ));
            }
        }
    }
}

/// Cells naming targets or items the form lacks, or with a grade count the scale does not have.
fn grid_shape_problems(r: &BallotRound, cells: &[CellTally], path: &str, out: &mut Vec<Problem>) {
    for (ci, c) in cells.iter().enumerate() {
        let cpath = format!("{path}.cells[{ci}]");
        let item = r.items.iter().find(|i| i.id == c.item);
        if r.target_index(c.target).is_none() || item.is_none() {
            out.push(said(
                &cpath,
                format!("合计格指向不存在的测评对象 {} 或项目 {}", c.target, c.item),
                format!(
                    "a tally cell names target {} or item {}, which the form lacks",
                    c.target, c.item
                ),
            ));
        }
        if let Some(item) = item
            && c.grades.len() != item.scale.grades.len()
        {
            out.push(said(
                &cpath,
                format!(
                    "合计格有 {} 个等次计数,评价等次有 {} 个",
                    c.grades.len(),
                    item.scale.grades.len()
                ),
                format!(
                    "a tally cell has {} grade counts for a scale of {}",
                    c.grades.len(),
                    item.scale.grades.len()
                ),
            ));
        }
    }
}

fn batch_problems(r: &BallotRound, b: &Batch, path: &str, out: &mut Vec<Problem>) {
    match b.mode {
        EntryMode::Grid => {
            if !b.ballots.is_empty() {
                out.push(said(
                    path,
                    "合计录入的计票组中含有逐票记录".to_string(),
                    "a tally-grid batch holds ballots entered one by one".to_string(),
                ));
            }
            grid_shape_problems(r, &b.cells, path, out);
            for (ci, c) in b.cells.iter().enumerate() {
                let over = c
                    .grades
                    .iter()
                    .chain([&c.blank, &c.void_mark])
                    .any(|&n| n > b.valid_ballots);
                if over {
                    out.push(problem(
                        format!("{path}.cells[{ci}]"),
                        Message::new(
                            format!("计数超过本组有效票数 {}", b.valid_ballots),
                            format!(
                                "a count is above the batch's {} valid ballots",
                                b.valid_ballots
                            ),
                        ),
                    ));
                }
            }
            // A row above or below the valid ballots is a count in progress (多 2 / 缺 3 on the
            // grid), not a broken file; verification is what requires every row to add up.
        }
        EntryMode::Ballots => {
            if !b.cells.is_empty() || b.valid_ballots != 0 || b.void_ballots != 0 {
                out.push(said(
                    path,
                    "逐票录入的计票组中含有手填合计".to_string(),
                    "a ballot-by-ballot batch holds typed totals".to_string(),
                ));
            }
            let mut nos = HashSet::new();
            // The path is only made for a ballot with a problem: there may be thousands.
            let bpath = |k: usize| format!("{path}.ballots[{k}]");
            for (k, ballot) in b.ballots.iter().enumerate() {
                if !nos.insert(ballot.no) {
                    out.push(said(
                        bpath(k),
                        format!("票号 {} 重复", ballot.no),
                        format!("ballot number {} is used twice", ballot.no),
                    ));
                }
                if !ballot.void
                    && let Err(e) = r.check_stored_marks(&ballot.marks)
                {
                    out.push(problem(bpath(k), e.message()));
                }
            }
        }
    }
}

/// `batches_sound`: `batch_problems` found nothing, so every ballot's marks are whole and on the
/// scale, and every ballot-by-ballot batch adds up by construction.
fn state_problems(r: &BallotRound, path: &str, batches_sound: bool, out: &mut Vec<Problem>) {
    let signed = r.state != RoundState::Counting;
    if signed != r.verification.is_some() {
        out.push(said(
            path,
            "核对记录与轮次状态不符".to_string(),
            "the verification record does not match the round's state".to_string(),
        ));
    }
    if (r.state == RoundState::Published) != r.published_at.is_some() {
        out.push(said(
            path,
            "公布时间与轮次状态不符".to_string(),
            "the publishing time does not match the round's state".to_string(),
        ));
    }
    if signed && let Some(v) = &r.verification {
        for blocker in r.blockers_given(&v.scrutineers, batches_sound) {
            out.push(problem(
                path,
                Message::new(
                    format!("已核对的轮次不成立:{}", blocker.message().zh),
                    format!("the round is marked verified but {}", blocker.message().en),
                ),
            ));
        }
    }
}
