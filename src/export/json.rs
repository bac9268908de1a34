//! The computed results as JSON for other programs: the header, head counts, each round's
//! accounting and every target × item with counts, shares, named rates (numerator and
//! denominator), score and flags, and the suggestion figures. Shares are given exactly
//! (numerator, denominator) and as the printed two-decimal text, never as floats.

use crate::i18n::Lang;
use crate::model::ballot::{ItemResult, rate_formula, rate_fraction};
use crate::model::{
    BallotItem, BallotRound, Column, Percent, RoundState, Session, SuggestionCounts,
};
use chrono::NaiveDate;
use serde::Serialize;

/// The file's `format` field.
pub const FORMAT: &str = "pingyi-results";
pub const VERSION: u32 = 1;

#[derive(Serialize)]
pub struct Share {
    pub num: u64,
    pub den: u64,
    /// As printed: `96.97%`, or `—` for 0/0.
    pub text: String,
    /// Basis points rounded half up (9697), absent for 0/0.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis_points: Option<u64>,
}

impl From<Percent> for Share {
    fn from(p: Percent) -> Share {
        Share {
            num: p.num(),
            den: p.den(),
            text: p.to_string(),
            basis_points: p.basis_points(),
        }
    }
}

#[derive(Serialize)]
pub struct Headcount {
    pub expected: u32,
    pub present: u32,
    pub excused: u32,
    pub absent: u32,
    pub walk_ins: u32,
}

#[derive(Serialize)]
pub struct CategoryHeadcount {
    pub category: String,
    #[serde(flatten)]
    pub count: Headcount,
}

#[derive(Serialize)]
pub struct Attendance {
    pub total: Headcount,
    pub categories: Vec<CategoryHeadcount>,
    pub quorum_required: u32,
    pub quorum_met: bool,
}

#[derive(Serialize)]
pub struct Accounting {
    pub expected: Option<u32>,
    pub present: Option<u32>,
    pub issued: Option<u32>,
    pub returned: Option<u32>,
    pub void: u32,
    pub valid: u32,
    pub response_rate: Share,
    /// More ballots came back than were handed out: the round's results do not stand.
    pub round_void: bool,
}

#[derive(Serialize)]
pub struct GradeCount {
    pub grade: String,
    pub count: u32,
    pub share: Share,
}

#[derive(Serialize)]
pub struct Rate {
    pub name: String,
    /// What it counts, in words: `满意率 = 满意 / 有效票`.
    pub formula: String,
    pub share: Share,
}

#[derive(Serialize)]
pub struct Flag {
    pub label: String,
    pub share: Share,
}

#[derive(Serialize)]
pub struct Row {
    pub target: String,
    pub item: String,
    pub valid: u32,
    pub grades: Vec<GradeCount>,
    pub blank: u32,
    pub void_mark: u32,
    /// Σ grades + blank + void marks equals the valid ballots.
    pub balanced: bool,
    pub rates: Vec<Rate>,
    /// Weighted score in hundredths of a point, when the scale has weights.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score_hundredths: Option<u64>,
    pub flags: Vec<Flag>,
}

#[derive(Serialize)]
pub struct Round {
    pub id: u32,
    pub name: String,
    pub state: RoundState,
    pub confidential: bool,
    pub accounting: Accounting,
    pub rows: Vec<Row>,
}

#[derive(Serialize)]
pub struct Suggestions {
    pub collected: u32,
    pub open: u32,
    pub accepted: u32,
    pub declined: u32,
    pub merged: u32,
    pub solved: u32,
    pub overdue: u32,
}

#[derive(Serialize)]
pub struct Results {
    pub format: &'static str,
    pub version: u32,
    pub title: String,
    pub evaluated: String,
    pub date: Option<NaiveDate>,
    /// The day overdue follow-ups are reckoned from.
    pub as_of: NaiveDate,
    pub attendance: Attendance,
    pub rounds: Vec<Round>,
    pub suggestions: Suggestions,
}

fn headcount(h: &crate::model::attendance::Headcount) -> Headcount {
    Headcount {
        expected: h.expected,
        present: h.present,
        excused: h.excused,
        absent: h.absent,
        walk_ins: h.walk_ins,
    }
}

/// Everything computed from `s`, with rate formulas in `lang`.
pub fn results(s: &Session, lang: Lang, as_of: NaiveDate) -> Results {
    let rounds = s
        .rounds
        .iter()
        .filter_map(|round| round_of(s, round, lang))
        .collect();
    Results {
        format: FORMAT,
        version: VERSION,
        title: s.title(lang),
        evaluated: s.header.evaluated.clone(),
        date: s.header.date,
        as_of,
        attendance: attendance(s),
        rounds,
        suggestions: suggestions(&s.suggestion_counts(as_of)),
    }
}

/// The head counts, per category and in total, and whether the quorum is met.
fn attendance(s: &Session) -> Attendance {
    let counts = s.attendance.counts();
    let quorum = s.attendance.quorum_status();
    Attendance {
        total: headcount(&counts.total),
        categories: counts
            .categories
            .iter()
            .map(|c| CategoryHeadcount {
                category: c.category.clone(),
                count: headcount(&c.count),
            })
            .collect(),
        quorum_required: quorum.required,
        quorum_met: quorum.met,
    }
}

/// One round's accounting and rows; `None` when the session has no results for it.
fn round_of(s: &Session, round: &BallotRound, lang: Lang) -> Option<Round> {
    let r = s.round_results(round.id)?;
    let rows = r
        .rows
        .iter()
        .filter_map(|row| row_of(round, row, lang))
        .collect();
    Some(Round {
        id: round.id,
        name: round.name.clone(),
        state: round.state,
        confidential: round.confidential,
        accounting: accounting(&r.accounting),
        rows,
    })
}

/// The round's ballot accounting, with the response rate and whether the round is void.
fn accounting(a: &crate::model::Accounting) -> Accounting {
    Accounting {
        expected: a.expected,
        present: a.present,
        issued: a.issued,
        returned: a.returned,
        void: a.void,
        valid: a.valid,
        response_rate: a.response_rate().into(),
        round_void: a.round_void(),
    }
}

/// One target × item row; `None` when the row points past the round's targets or items.
fn row_of(round: &BallotRound, row: &ItemResult, lang: Lang) -> Option<Row> {
    let target = round.targets.get(row.target)?;
    let item = round.items.get(row.item)?;
    Some(Row {
        target: target.name.clone(),
        item: item.name.clone(),
        valid: row.valid,
        grades: item
            .scale
            .grades
            .iter()
            .enumerate()
            .map(|(g, grade)| GradeCount {
                grade: grade.label.clone(),
                count: row.counts.get(Column::Grade(g)),
                share: row.share(Column::Grade(g)).into(),
            })
            .collect(),
        blank: row.counts.blank,
        void_mark: row.counts.void_mark,
        balanced: row.balance.is_ok(),
        rates: rates(item, row, lang),
        score_hundredths: row.score.and_then(|x| x.hundredths()),
        flags: row
            .flags
            .iter()
            .map(|f| Flag {
                label: f.label.clone(),
                share: f.share.into(),
            })
            .collect(),
    })
}

/// Each named rate of `item` for this row, with its formula in `lang`.
fn rates(item: &BallotItem, row: &ItemResult, lang: Lang) -> Vec<Rate> {
    item.rates
        .iter()
        .map(|rate| {
            let (n, d) = rate_fraction(item, rate, &row.counts, row.valid);
            Rate {
                name: rate.name.clone(),
                formula: rate_formula(item, rate, lang),
                share: Percent::new(n, d).into(),
            }
        })
        .collect()
}

/// The suggestion figures as of the reckoning day.
fn suggestions(c: &SuggestionCounts) -> Suggestions {
    Suggestions {
        collected: c.collected,
        open: c.open,
        accepted: c.accepted,
        declined: c.declined,
        merged: c.merged,
        solved: c.solved,
        overdue: c.overdue,
    }
}

/// The results as pretty JSON with a final newline.
pub fn render(s: &Session, lang: Lang, as_of: NaiveDate) -> serde_json::Result<Vec<u8>> {
    let mut out = serde_json::to_vec_pretty(&results(s, lang, as_of))?;
    out.push(b'\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture::town;

    #[test]
    fn seed_figures_exact_and_printed() {
        let as_of = NaiveDate::from_ymd_opt(2010, 12, 15).expect("date");
        let bytes = render(&town(), Lang::Zh, as_of).expect("json");
        let v: serde_json::Value = serde_json::from_slice(&bytes).expect("valid JSON");
        assert_eq!(v["format"], "pingyi-results");
        assert_eq!(v["attendance"]["total"]["present"], 70);
        assert_eq!(v["attendance"]["quorum_met"], true);
        let round = &v["rounds"][0];
        assert_eq!(round["state"], "published");
        assert_eq!(round["accounting"]["valid"], 66);
        assert_eq!(round["accounting"]["response_rate"]["text"], "91.67%");
        let rows = round["rows"].as_array().expect("rows");
        let bastion = rows
            .iter()
            .find(|r| r["item"] == "发挥战斗堡垒作用")
            .expect("the bastion item");
        assert_eq!(bastion["grades"][0]["count"], 64);
        assert_eq!(bastion["rates"][0]["name"], "好评率");
        assert_eq!(bastion["rates"][0]["share"]["num"], 64);
        assert_eq!(bastion["rates"][0]["share"]["den"], 66);
        assert_eq!(bastion["rates"][0]["share"]["text"], "96.97%");
        assert_eq!(bastion["rates"][0]["share"]["basis_points"], 9697);
        assert_eq!(bastion["rates"][0]["formula"], "好评率 = 好 / 有效票");
        assert_eq!(v["suggestions"]["collected"], 21);
        assert_eq!(v["suggestions"]["accepted"], 14);
    }
}
