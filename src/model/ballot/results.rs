//! Results: for each target and item every grade's count and share, the headline rates (each
//! with its numerator grades and its denominator), the weighted score and the flags raised.

use super::tally::{CellCounts, Column, RowBalance, Tally};
use super::{Accounting, BallotItem, BallotRound, Comparison, RateDef};
use crate::i18n::{Lang, ballots as tx};
use crate::model::{Percent, Score};

/// A headline rate as computed for one row (or summed over targets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateResult {
    /// Index of the rate in the item's `rates`.
    pub rate: usize,
    pub name: String,
    pub share: Percent,
}

/// A flag rule that fired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagHit {
    pub label: String,
    /// The share of the rule's grades among the valid ballots.
    pub share: Percent,
}

/// The result of one target × item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemResult {
    pub target: usize,
    pub item: usize,
    pub counts: CellCounts,
    /// Valid ballots (有效票), every share's base.
    pub valid: u32,
    pub balance: RowBalance,
    pub rates: Vec<RateResult>,
    /// `None` when a grade that is a vote has no weight.
    pub score: Option<Score>,
    pub flags: Vec<FlagHit>,
}

impl ItemResult {
    /// A column's count as a share of the valid ballots.
    pub fn share(&self, col: Column) -> Percent {
        Percent::new(u64::from(self.counts.get(col)), u64::from(self.valid))
    }
}

/// `(numerator, denominator)` of a rate over one row's counts.
pub fn rate_fraction(
    item: &BallotItem,
    rate: &RateDef,
    counts: &CellCounts,
    valid: u32,
) -> (u64, u64) {
    let num: u64 = rate
        .grades
        .iter()
        .map(|&g| u64::from(counts.get(Column::Grade(g))))
        .sum();
    let mut den = u64::from(valid);
    if rate.exclude_non_votes {
        let non_votes: u64 = item
            .scale
            .grades
            .iter()
            .enumerate()
            .filter(|(_, g)| !g.counts_as_vote)
            .map(|(i, _)| u64::from(counts.get(Column::Grade(i))))
            .sum();
        den = den.saturating_sub(non_votes);
    }
    if rate.exclude_blanks {
        den = den.saturating_sub(u64::from(counts.blank));
    }
    if rate.exclude_void_marks {
        den = den.saturating_sub(u64::from(counts.void_mark));
    }
    (num, den)
}

/// The weighted score: Σ weight × count over the grades that are votes, per such mark.
pub fn weighted_score(item: &BallotItem, counts: &CellCounts) -> Option<Score> {
    let (mut points, mut marks) = (0u64, 0u64);
    for (i, g) in item.scale.grades.iter().enumerate() {
        if !g.counts_as_vote {
            continue;
        }
        let n = u64::from(counts.get(Column::Grade(i)));
        points = points.saturating_add(u64::from(g.weight?).saturating_mul(n));
        marks = marks.saturating_add(n);
    }
    Some(Score::new(points, marks))
}

/// The flag rules of `item` that fire on these counts.
pub fn flags_raised(item: &BallotItem, counts: &CellCounts, valid: u32) -> Vec<FlagHit> {
    if valid == 0 {
        return Vec::new();
    }
    item.flags
        .iter()
        .filter_map(|f| {
            let n: u64 = f
                .grades
                .iter()
                .map(|&g| u64::from(counts.get(Column::Grade(g))))
                .sum();
            let share = Percent::new(n, u64::from(valid));
            // share vs num/den, cross-multiplied: n·den vs num·valid.
            let lhs = u128::from(n) * u128::from(f.den);
            let rhs = u128::from(f.num) * u128::from(valid);
            let fires = f.den != 0
                && match f.comparison {
                    Comparison::AtLeast => lhs >= rhs,
                    Comparison::Above => lhs > rhs,
                    Comparison::Below => lhs < rhs,
                };
            fires.then(|| FlagHit {
                label: f.label.clone(),
                share,
            })
        })
        .collect()
}

/// How a rate reads in full: `满意率 = 满意 / 有效票`, `综合满意率 = (满意+基本满意) / (有效票 − 不了解)`.
pub fn rate_formula(item: &BallotItem, rate: &RateDef, lang: Lang) -> String {
    let labels: Vec<&str> = rate
        .grades
        .iter()
        .filter_map(|&g| item.scale.grades.get(g).map(|g| g.label.as_str()))
        .collect();
    let num = if labels.len() == 1 {
        labels[0].to_string()
    } else {
        format!("({})", labels.join("+"))
    };
    format!(
        "{} = {num} / {}",
        rate.name,
        denominator_name(item, rate, lang)
    )
}

/// The denominator of a rate, named: 有效票, or (有效票 − 不了解 − 弃权 − 废项).
pub fn denominator_name(item: &BallotItem, rate: &RateDef, lang: Lang) -> String {
    let mut parts = vec![tx::VALID_BALLOTS.get(lang).to_string()];
    if rate.exclude_non_votes {
        parts.extend(
            item.scale
                .grades
                .iter()
                .filter(|g| !g.counts_as_vote)
                .map(|g| g.label.clone()),
        );
    }
    if rate.exclude_blanks {
        parts.push(tx::BLANK.get(lang).to_string());
    }
    if rate.exclude_void_marks {
        parts.push(tx::VOID_MARK.get(lang).to_string());
    }
    if parts.len() == 1 {
        parts.remove(0)
    } else {
        format!("({})", parts.join(" − "))
    }
}

/// Every row's result and the round's accounting, ready for the results screen and the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundResults {
    pub tally: Tally,
    pub accounting: Accounting,
    /// One per target × item, in form order.
    pub rows: Vec<ItemResult>,
}

impl RoundResults {
    /// Results from a tally (the round's, or a cached one kept current by a screen).
    pub fn of(round: &BallotRound, tally: Tally, accounting: Accounting) -> RoundResults {
        let mut rows = Vec::with_capacity(round.cells_per_ballot());
        for ti in 0..round.targets.len() {
            for (ii, item) in round.items.iter().enumerate() {
                let counts = tally
                    .cell(ti, ii)
                    .cloned()
                    .unwrap_or_else(|| CellCounts::zero(item.scale.grades.len()));
                let valid = tally.valid;
                let rates = item
                    .rates
                    .iter()
                    .enumerate()
                    .map(|(ri, r)| {
                        let (n, d) = rate_fraction(item, r, &counts, valid);
                        RateResult {
                            rate: ri,
                            name: r.name.clone(),
                            share: Percent::new(n, d),
                        }
                    })
                    .collect();
                rows.push(ItemResult {
                    target: ti,
                    item: ii,
                    balance: RowBalance::of(counts.marked(), valid),
                    score: weighted_score(item, &counts),
                    flags: flags_raised(item, &counts, valid),
                    rates,
                    counts,
                    valid,
                });
            }
        }
        RoundResults {
            tally,
            accounting,
            rows,
        }
    }

    pub fn row(&self, ti: usize, ii: usize) -> Option<&ItemResult> {
        let items = self.tally.items();
        if ii >= items {
            return None;
        }
        self.rows.get(ti.checked_mul(items)?.checked_add(ii)?)
    }

    /// A rate of item `ii` summed over every target: Σ numerators / Σ denominators.
    pub fn item_total(&self, round: &BallotRound, ii: usize, ri: usize) -> Option<Percent> {
        let item = round.items.get(ii)?;
        let rate = item.rates.get(ri)?;
        let (mut num, mut den) = (0u64, 0u64);
        for row in self.rows.iter().filter(|r| r.item == ii) {
            let (n, d) = rate_fraction(item, rate, &row.counts, row.valid);
            num = num.saturating_add(n);
            den = den.saturating_add(d);
        }
        Some(Percent::new(num, den))
    }

    /// Targets ranked by rate `ri` of item `ii`, best first; ties keep form order.
    pub fn ranked(&self, ii: usize, ri: usize) -> Vec<(usize, Percent)> {
        let mut out: Vec<(usize, Percent)> = self
            .rows
            .iter()
            .filter(|r| r.item == ii)
            .filter_map(|r| r.rates.get(ri).map(|rate| (r.target, rate.share)))
            .collect();
        out.sort_by(|a, b| b.1.cmp_value(a.1).then(a.0.cmp(&b.0)));
        out
    }

    /// Rows with at least one flag raised.
    pub fn flagged(&self) -> impl Iterator<Item = &ItemResult> {
        self.rows.iter().filter(|r| !r.flags.is_empty())
    }
}
