//! The round summary the chair reads out: the accounting line with the response rate, each
//! item's headline rates (per target on a one-target form, summed over targets otherwise), each
//! with its raw counts and denominator, and the flags raised.

use super::results::{denominator_name, rate_fraction};
use super::{BallotItem, BallotRound, Column, ItemResult, RoundResults};
use crate::i18n::{Lang, ballots as tx};
use crate::model::Percent;

impl RoundResults {
    /// The lines the chair reads out, in `lang`.
    pub fn summary(&self, round: &BallotRound, lang: Lang) -> Vec<String> {
        let mut out = self.accounting_lines(round, lang);
        let response = self.accounting.response_rate().to_string();
        for (ii, item) in round.items.iter().enumerate() {
            if round.targets.len() == 1 {
                let Some(row) = self.row(0, ii) else { continue };
                single_target_lines(&mut out, round, item, row, &response, lang);
            } else {
                self.item_total_lines(&mut out, round, ii, item, &response, lang);
            }
        }
        self.flag_lines(&mut out, round, lang);
        out
    }

    /// The opening lines: the accounting line with the response rate, then any accounting
    /// warnings, then the notice that the round is void when more ballots came back than went out.
    fn accounting_lines(&self, round: &BallotRound, lang: Lang) -> Vec<String> {
        let a = &self.accounting;
        let mut out = vec![format!(
            "{}{}{}",
            round.name,
            tx::COLON.get(lang),
            tx::accounting_line(
                lang,
                tx::Figures {
                    expected: a.expected,
                    present: a.present,
                    issued: a.issued,
                    returned: a.returned,
                    void: a.void,
                    valid: a.valid,
                },
                &a.response_rate().to_string(),
            )
        )];
        out.extend(
            a.warnings()
                .iter()
                .map(|w| w.message().get(lang).to_string()),
        );
        if a.round_void() {
            out.push(tx::ROUND_VOID.get(lang).to_string());
        }
        out
    }

    /// On a form with several targets: one line per rate of item `ii`, summed over the targets.
    fn item_total_lines(
        &self,
        out: &mut Vec<String>,
        round: &BallotRound,
        ii: usize,
        item: &BallotItem,
        response: &str,
        lang: Lang,
    ) {
        for (ri, rate) in item.rates.iter().enumerate() {
            let Some(total) = self.item_total(round, ii, ri) else {
                continue;
            };
            out.push(tx::item_total_line(
                lang,
                &item.name,
                round.targets.len(),
                &rate.name,
                &total.to_string(),
                total.num(),
                total.den(),
                &denominator_name(item, rate, lang),
                response,
            ));
        }
    }

    /// One line per flag raised, naming the target and item it was raised on.
    fn flag_lines(&self, out: &mut Vec<String>, round: &BallotRound, lang: Lang) {
        for row in self.flagged() {
            let (Some(t), Some(i)) = (round.targets.get(row.target), round.items.get(row.item))
            else {
                continue;
            };
            for f in &row.flags {
                out.push(tx::flag_line(
                    lang,
                    &f.label,
                    &t.name,
                    &i.name,
                    &f.share.to_string(),
                ));
            }
        }
    }
}

/// On a one-target form: the item's line of grade counts and shares (blank last), then one line
/// per rate with its raw counts and denominator.
fn single_target_lines(
    out: &mut Vec<String>,
    round: &BallotRound,
    item: &BallotItem,
    row: &ItemResult,
    response: &str,
    lang: Lang,
) {
    let grades: Vec<String> = item
        .scale
        .grades
        .iter()
        .enumerate()
        .map(|(g, grade)| {
            let col = Column::Grade(g);
            tx::grade_count(
                lang,
                &grade.label,
                row.counts.get(col),
                &row.share(col).to_string(),
            )
        })
        .chain([tx::grade_count(
            lang,
            tx::BLANK.get(lang),
            row.counts.blank,
            &row.share(Column::Blank).to_string(),
        )])
        .collect();
    out.push(format!(
        "{} · {}{}{}",
        round.targets[0].name,
        item.name,
        tx::COLON.get(lang),
        grades.join(tx::LIST_SEP.get(lang))
    ));
    for rate in &item.rates {
        let (n, d) = rate_fraction(item, rate, &row.counts, row.valid);
        out.push(tx::rate_line(
            lang,
            &rate.name,
            &Percent::new(n, d).to_string(),
            n,
            d,
            &denominator_name(item, rate, lang),
            response,
        ));
    }
}
