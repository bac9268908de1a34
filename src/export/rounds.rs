//! The ballot rounds in the record: each round's accounting line, then one table per item with
//! every target's counts and shares, the named rates, the score and the flags, and how each rate
//! is counted. Also the long results table for spreadsheets.

use super::doc::{Block, Column, Document, Field, Table, or_dash};
use super::record::round_state_label;
use crate::i18n::{Lang, ballots as bx, export as tx};
use crate::model::ballot::{denominator_name, rate_formula, rate_fraction};
use crate::model::{BallotRound, Column as Col, RoundResults, Session};

fn figure(n: Option<u32>) -> String {
    n.map_or_else(|| "—".to_string(), |n| n.to_string())
}

fn list_sep(lang: Lang) -> &'static str {
    bx::LIST_SEP.get(lang)
}

/// The accounting line as a one-row table: 应到 实到 发出 收回 无效 有效 回收率.
pub fn accounting_table(r: &RoundResults, lang: Lang) -> Table {
    let a = &r.accounting;
    let mut t = Table::new(vec![
        Column::right(bx::EXPECTED.get(lang)),
        Column::right(bx::PRESENT.get(lang)),
        Column::right(bx::ISSUED.get(lang)),
        Column::right(bx::RETURNED.get(lang)),
        Column::right(bx::VOID_BALLOTS.get(lang)),
        Column::right(bx::VALID.get(lang)),
        Column::right(bx::RESPONSE_RATE.get(lang)),
    ]);
    t.push(vec![
        figure(a.expected),
        figure(a.present),
        figure(a.issued),
        figure(a.returned),
        a.void.to_string(),
        a.valid.to_string(),
        a.response_rate().to_string(),
    ]);
    t
}

/// One item's table: a row per target with each grade's count and share, blanks, void marks,
/// the item's rates, the weighted score (when the scale has weights) and the flags raised.
pub fn item_table(round: &BallotRound, r: &RoundResults, ii: usize, lang: Lang) -> Table {
    let Some(item) = round.items.get(ii) else {
        return Table::default();
    };
    let scored = r.rows.iter().any(|x| x.item == ii && x.score.is_some());
    let mut cols = vec![Column::left(tx::COL_TARGET.get(lang))];
    cols.extend(
        item.scale
            .grades
            .iter()
            .map(|g| Column::right(g.label.clone())),
    );
    cols.push(Column::right(bx::BLANK.get(lang)));
    cols.push(Column::right(bx::VOID_MARK.get(lang)));
    cols.extend(item.rates.iter().map(|rate| {
        let base = denominator_name(item, rate, lang);
        Column::right(bx::rate_heading(lang, &rate.name, &base))
    }));
    if scored {
        cols.push(Column::right(tx::COL_SCORE.get(lang)));
    }
    cols.push(Column::left(tx::COL_FLAGS.get(lang)));
    cols.push(Column::left(tx::COL_ROW_CHECK.get(lang)));
    let mut t = Table::new(cols);
    for row in r.rows.iter().filter(|x| x.item == ii) {
        let name = round
            .targets
            .get(row.target)
            .map(|t| t.name.clone())
            .unwrap_or_default();
        let mut cells = vec![name];
        for col in Col::all(item.scale.grades.len()) {
            cells.push(tx::count_share(
                row.counts.get(col),
                &row.share(col).to_string(),
            ));
        }
        cells.extend(row.rates.iter().map(|x| x.share.to_string()));
        if scored {
            cells.push(row.score.map(|s| s.to_string()).unwrap_or_default());
        }
        let flags: Vec<String> = row
            .flags
            .iter()
            .map(|f| format!("{} ({})", f.label, f.share))
            .collect();
        cells.push(flags.join(list_sep(lang)));
        cells.push(row.balance.label().get(lang).to_string());
        t.push(cells);
    }
    t
}

/// A round's part of the record.
pub fn round_blocks(doc: &mut Document, n: usize, s: &Session, round: &BallotRound, lang: Lang) {
    let mut heading = tx::round_heading(lang, n, &round.name);
    if round.confidential {
        heading.push_str(&format!(" [{}]", tx::CONFIDENTIAL.get(lang)));
    }
    doc.push(Block::Subheading(heading));
    doc.push(Block::Fields(round_fields(round, lang)));

    let Some(r) = s.round_results(round.id) else {
        return;
    };
    doc.push(Block::Table(accounting_table(&r, lang)));
    push_accounting_notes(doc, &r, lang);
    if r.accounting.counted() == 0 {
        doc.push(Block::Note(tx::NOT_COUNTED_YET.get(lang).to_string()));
        return;
    }
    for (ii, item) in round.items.iter().enumerate() {
        doc.push(Block::Caption(tx::item_caption(
            lang,
            &item.name,
            &item.scale.name,
        )));
        doc.push(Block::Table(item_table(round, &r, ii, lang)));
    }
    push_rate_formulas(doc, round, lang);
}

/// The round's state, targets, who verified it and when it was published.
fn round_fields(round: &BallotRound, lang: Lang) -> Vec<Field> {
    let sep = list_sep(lang);
    let targets: Vec<&str> = round.targets.iter().map(|t| t.name.as_str()).collect();
    let verified = match &round.verification {
        Some(v) => tx::verified_line(
            lang,
            &v.scrutineers.join(sep),
            &v.at.format("%Y-%m-%d %H:%M").to_string(),
        ),
        None => tx::NOT_VERIFIED.get(lang).to_string(),
    };
    let mut fields = vec![
        Field {
            label: tx::STATE.get(lang).to_string(),
            value: round_state_label(round.state, lang).to_string(),
        },
        Field {
            label: tx::TARGETS.get(lang).to_string(),
            value: or_dash(&targets.join(sep)),
        },
        Field {
            label: tx::VERIFIED_BY.get(lang).to_string(),
            value: verified,
        },
    ];
    if let Some(p) = &round.published_at {
        fields.push(Field {
            label: tx::PUBLISHED_AT.get(lang).to_string(),
            value: p.format("%Y-%m-%d %H:%M").to_string(),
        });
    }
    fields
}

/// Notes under the accounting table: its warnings, a void round, more returned than present.
fn push_accounting_notes(doc: &mut Document, r: &RoundResults, lang: Lang) {
    for w in r.accounting.warnings() {
        doc.push(Block::Note(w.message().get(lang).to_string()));
    }
    if r.accounting.round_void() {
        doc.push(Block::Note(bx::ROUND_VOID.get(lang).to_string()));
    }
    if let (Some(returned), Some(present)) = (r.accounting.returned, r.accounting.present)
        && returned > present
    {
        let note = bx::returned_above_present(returned, present);
        doc.push(Block::Note(note.get(lang).to_string()));
    }
}

/// How the round's rates are counted, one bullet per distinct formula.
fn push_rate_formulas(doc: &mut Document, round: &BallotRound, lang: Lang) {
    // Every rate says what it counts, once per distinct formula (most items share them).
    let mut formulas: Vec<String> = Vec::new();
    for item in &round.items {
        for rate in &item.rates {
            let f = rate_formula(item, rate, lang);
            if !formulas.contains(&f) {
                formulas.push(f);
            }
        }
    }
    if !formulas.is_empty() {
        doc.push(Block::Paragraph(format!("{}:", tx::RATES_READ.get(lang))));
        doc.push(Block::Bullets(formulas));
    }
}

/// Every round's results in long form for spreadsheets: one row per round × target × item ×
/// (grade, blank, void mark, rate, score), with the count, its base and the share.
pub fn results_table(s: &Session, lang: Lang) -> Table {
    let mut t = Table::new(vec![
        Column::left(tx::COL_ROUND.get(lang)),
        Column::left(tx::COL_TARGET.get(lang)),
        Column::left(tx::ITEMS.get(lang)),
        Column::left(tx::COL_MEASURE_KIND.get(lang)),
        Column::left(tx::COL_LABEL.get(lang)),
        Column::right(tx::COL_COUNT.get(lang)),
        Column::right(tx::COL_BASE.get(lang)),
        Column::right(tx::COL_SHARE.get(lang)),
    ]);
    for round in &s.rounds {
        let Some(r) = s.round_results(round.id) else {
            continue;
        };
        for row in &r.rows {
            let (Some(target), Some(item)) =
                (round.targets.get(row.target), round.items.get(row.item))
            else {
                continue;
            };
            let mut push = |kind: &str, label: &str, n: u64, d: u64, share: String| {
                t.push(vec![
                    round.name.clone(),
                    target.name.clone(),
                    item.name.clone(),
                    kind.to_string(),
                    label.to_string(),
                    n.to_string(),
                    d.to_string(),
                    share,
                ]);
            };
            let valid = u64::from(row.valid);
            for col in Col::all(item.scale.grades.len()) {
                let label = match col {
                    Col::Grade(g) => item.scale.grades[g].label.clone(),
                    Col::Blank => bx::BLANK.get(lang).to_string(),
                    Col::VoidMark => bx::VOID_MARK.get(lang).to_string(),
                };
                push(
                    tx::KIND_GRADE.get(lang),
                    &label,
                    u64::from(row.counts.get(col)),
                    valid,
                    row.share(col).to_string(),
                );
            }
            for (rate, result) in item.rates.iter().zip(&row.rates) {
                let (n, d) = rate_fraction(item, rate, &row.counts, row.valid);
                push(
                    tx::KIND_RATE.get(lang),
                    &rate.name,
                    n,
                    d,
                    result.share.to_string(),
                );
            }
            if let Some(score) = row.score {
                push(
                    tx::KIND_SCORE.get(lang),
                    tx::COL_SCORE.get(lang),
                    score.points(),
                    score.marks(),
                    score.to_string(),
                );
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture::town;

    #[test]
    fn the_seed_figures_come_out_as_the_seed_states_them() {
        let s = town();
        let round = &s.rounds[0];
        let r = s.round_results(round.id).expect("the town round");
        let acc = accounting_table(&r, Lang::Zh);
        assert_eq!(acc.rows[0], ["72", "70", "66", "66", "0", "66", "91.67%"]);
        let overall = round
            .items
            .iter()
            .position(|i| i.name == "整体评价")
            .expect("item");
        let t = item_table(round, &r, overall, Lang::Zh);
        let titles: Vec<&str> = t.columns.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "测评对象",
                "满意",
                "基本满意",
                "不满意",
                "弃权",
                "废项",
                "满意率(分母:有效票)",
                "综合满意率(分母:有效票)",
                "得分",
                "预警",
                "核对"
            ]
        );
        assert_eq!(t.rows[0][1], "66 (100.00%)");
        assert_eq!(t.rows[0][6], "100.00%");
        assert_eq!(t.rows[0][10], "✓");
        let bastion = round
            .items
            .iter()
            .position(|i| i.name == "发挥战斗堡垒作用")
            .expect("item");
        let t = item_table(round, &r, bastion, Lang::Zh);
        assert_eq!(t.rows[0][1], "64 (96.97%)");
        assert_eq!(t.columns[7].title, "好评率(分母:有效票)");
        assert_eq!(t.rows[0][7], "96.97%");
    }

    #[test]
    fn rates_say_what_they_count() {
        let d = crate::export::record::record(
            &town(),
            &crate::export::RecordOptions {
                lang: Lang::Zh,
                as_of: chrono::NaiveDate::from_ymd_opt(2010, 12, 15).expect("date"),
            },
        );
        let formulas = d.blocks.iter().find_map(|b| match b {
            Block::Bullets(f) if f.iter().any(|x| x.starts_with("满意率")) => Some(f.clone()),
            _ => None,
        });
        let formulas = formulas.expect("the rates' formulas are listed");
        assert!(
            formulas.contains(&"满意率 = 满意 / 有效票".to_string()),
            "{formulas:?}"
        );
        assert!(
            formulas.contains(&"综合满意率 = (满意+基本满意) / 有效票".to_string()),
            "{formulas:?}"
        );
    }

    #[test]
    fn results_table_has_counts_bases_and_shares() {
        let t = results_table(&town(), Lang::En);
        // 8 items: 3-grade scales give 3 + 2 + 2 rates + score = 8 rows, the 4-grade one 9.
        assert_eq!(t.rows.len(), 7 * 8 + 9);
        let satisfied = t
            .rows
            .iter()
            .find(|r| r[2] == "整体评价" && r[4] == "满意率")
            .expect("the overall satisfaction rate");
        assert_eq!(&satisfied[5..], ["66", "66", "100.00%"]);
    }

    #[test]
    fn an_uncounted_round_says_so_and_shows_no_tables() {
        let mut s = town();
        s.rounds[0].batches.clear();
        s.rounds[0].state = crate::model::RoundState::Counting;
        s.rounds[0].verification = None;
        s.rounds[0].published_at = None;
        let mut d = Document::new("t", "zh");
        round_blocks(&mut d, 1, &s, &s.rounds[0], Lang::Zh);
        assert!(
            d.blocks
                .contains(&Block::Note(tx::NOT_COUNTED_YET.zh.to_string()))
        );
        assert_eq!(d.tables().count(), 1, "only the accounting line");
    }
}
