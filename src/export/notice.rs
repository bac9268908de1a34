//! The short public notice (通报) for a bulletin board, a website or a chat group: when, who came,
//! the published results and the suggestions taken up. Confidential rounds and results not yet
//! published never appear in it, whatever else the record holds.

use super::doc::{Block, Column, Document, Table};
use super::record::date_text;
use crate::i18n::{Lang, export as tx};
use crate::model::{BallotRound, Decision, RoundState, Session};

/// Rounds the public may see: published and not confidential.
pub fn public_rounds(s: &Session) -> impl Iterator<Item = &BallotRound> {
    s.rounds
        .iter()
        .filter(|r| r.state == RoundState::Published && !r.confidential)
}

/// The public notice of `s` in `lang`: the opening, the published results, the suggestions taken up.
pub fn notice(s: &Session, lang: Lang) -> Document {
    let title = tx::notice_title(lang, &s.header.evaluated);
    let mut doc = Document::new(title.clone(), lang.code());
    doc.push(Block::Title(title));
    push_opening(&mut doc, s, lang);
    push_results(&mut doc, s, lang);
    push_suggestions(&mut doc, s, lang);
    doc
}

/// When and where, the subject and the chair, then who took part when the record names anyone.
fn push_opening(doc: &mut Document, s: &Session, lang: Lang) {
    let h = &s.header;
    let when = match (h.date_line(lang), h.start_time) {
        (Some(d), Some(t)) => Some(format!("{d} {}", t.format("%H:%M"))),
        (Some(d), None) => Some(d),
        _ => None,
    };
    doc.push(Block::Paragraph(tx::notice_opening(
        lang,
        when.as_deref(),
        &h.place,
        &h.subject,
        &h.chair,
    )));
    let participants = super::record::participants(s, lang);
    if !participants.trim().is_empty() {
        doc.push(Block::Paragraph(tx::notice_participants(
            lang,
            &participants,
        )));
    }
}

/// The results heading and each public round's read-out, or a line saying nothing is published.
fn push_results(doc: &mut Document, s: &Session, lang: Lang) {
    doc.push(Block::Heading(tx::NOTICE_RESULTS.get(lang).to_string()));
    let mut any = false;
    for r in public_rounds(s) {
        let Some(results) = s.round_results(r.id) else {
            continue;
        };
        any = true;
        // The chair's read-out (its first line names the round): the accounting line with the response rate, then each item's
        // named rates with their raw counts and denominators, and the flags raised.
        doc.push(Block::Bullets(results.summary(r, lang)));
    }
    if !any {
        doc.push(Block::Paragraph(
            tx::NOTICE_NO_RESULTS.get(lang).to_string(),
        ));
    }
}

/// The suggestions heading, the counts, and the accepted suggestions with their follow-up.
fn push_suggestions(doc: &mut Document, s: &Session, lang: Lang) {
    doc.push(Block::Heading(tx::NOTICE_SUGGESTIONS.get(lang).to_string()));
    let c = s.suggestion_counts(s.meeting_date());
    if c.collected > 0 {
        doc.push(Block::Paragraph(tx::notice_suggestion_counts(
            lang,
            c.collected,
            c.accepted,
            c.solved,
        )));
    }
    let t = accepted_table(s, lang);
    if t.is_empty() {
        doc.push(Block::Paragraph(
            tx::NOTICE_NO_ACCEPTED.get(lang).to_string(),
        ));
    } else {
        doc.push(Block::Table(t));
        doc.push(Block::Paragraph(tx::NOTICE_CLOSING.get(lang).to_string()));
    }
}

/// The accepted suggestions with their measure, owner and deadline.
fn accepted_table(s: &Session, lang: Lang) -> Table {
    let mut t = Table::new(vec![
        Column::left(tx::COL_CATEGORY.get(lang)),
        Column::left(tx::COL_TEXT.get(lang)),
        Column::left(tx::COL_MEASURE.get(lang)),
        Column::left(tx::COL_OWNER.get(lang)),
        Column::left(tx::COL_DEADLINE.get(lang)),
    ]);
    // Who raised a suggestion is left out on purpose: the notice is public.
    for x in s
        .suggestions
        .iter()
        .filter(|x| x.decision == Decision::Accepted)
    {
        let (measure, owner, deadline) = match &x.ledger {
            Some(l) => (
                l.measure.clone(),
                l.owner.clone(),
                l.deadline.map(|d| date_text(d, lang)).unwrap_or_default(),
            ),
            None => Default::default(),
        };
        t.push(vec![
            x.category.clone(),
            x.text.trim().to_string(),
            measure,
            owner,
            deadline,
        ]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture::town;
    use crate::export::{md, txt};

    #[test]
    fn opening_says_when_where_and_who_chaired() {
        let d = notice(&town(), Lang::Zh);
        assert_eq!(
            d.blocks[0],
            Block::Title("关于网岭镇党委群众评议情况的通报".into())
        );
        assert_eq!(
            d.blocks[1],
            Block::Paragraph(
                "2010年10月19日(星期二) 09:00,在镇政府三楼会议室召开“网岭镇党委创先争优群众评议”群众评议会,会议由刘建国主持。"
                    .into()
            )
        );
        let en = notice(&town(), Lang::En);
        assert_eq!(
            en.blocks[1],
            Block::Paragraph(
                "The public evaluation meeting “网岭镇党委创先争优群众评议” was held on Tuesday, 19 October 2010 09:00 in 镇政府三楼会议室, chaired by 刘建国."
                    .into()
            )
        );
    }

    #[test]
    fn confidential_and_unpublished_rounds_never_appear() {
        let mut s = town();
        let mut secret = s.rounds[0].clone();
        secret.id = 2;
        secret.name = "干部测评(保密轮)".into();
        secret.confidential = true;
        let mut counting = s.rounds[0].clone();
        counting.id = 3;
        counting.name = "党员评议(计票中轮)".into();
        counting.state = RoundState::Counting;
        let mut verified = s.rounds[0].clone();
        verified.id = 4;
        verified.name = "补充测评(已核对轮)".into();
        verified.state = RoundState::Verified;
        s.rounds.extend([secret, counting, verified]);
        for lang in [Lang::Zh, Lang::En] {
            let d = notice(&s, lang);
            for text in [md::render(&d), txt::render(&d)] {
                assert!(
                    text.contains("党组织群众评议表"),
                    "the published round is there"
                );
                assert!(!text.contains("保密轮"), "{text}");
                assert!(!text.contains("计票中轮"), "{text}");
                assert!(!text.contains("已核对轮"), "{text}");
            }
        }
    }

    #[test]
    fn nothing_published_says_so() {
        let mut s = town();
        s.rounds[0].state = RoundState::Verified;
        let d = notice(&s, Lang::Zh);
        assert!(
            d.blocks
                .contains(&Block::Paragraph(tx::NOTICE_NO_RESULTS.zh.to_string()))
        );
    }

    #[test]
    fn only_accepted_suggestions_are_listed_without_who_raised_them() {
        let s = town();
        let d = notice(&s, Lang::Zh);
        let t = d.tables().next().expect("the suggestions table");
        assert_eq!(t.rows.len(), 14);
        assert_eq!(t.rows[0][2], "落实第 1 条建议");
        assert_eq!(t.rows[0][4], "2010年12月1日");
        let text = md::render(&d);
        assert!(!text.contains("张10"), "names of who raised stay out");
        assert!(!text.contains("不属本级职权"), "declined ones stay out");
    }
}
