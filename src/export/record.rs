//! The record of a meeting (群众评议材料) laid out once, section by section, as the seed's template
//! has it; every output format renders this one layout.

use super::doc::{Block, Column, Document, Field, Table, or_dash};
use crate::i18n::{Lang, Text, common, export as tx};
use crate::model::{
    AgendaItem, Decision, LedgerStatus, Presence, RaisedBy, RoundState, Session, Suggestion,
    TimerEventKind, Timestamp, WorkReport,
};
use chrono::{Datelike, NaiveDate};

/// What a record is made for: the reader's language and the day the ledger's overdue marks are
/// reckoned from (the export itself never reads the clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordOptions {
    pub lang: Lang,
    pub as_of: NaiveDate,
}

/// The whole record: header, agenda, work reports, ballot rounds, suggestions, ledger.
pub fn record(s: &Session, o: &RecordOptions) -> Document {
    let lang = o.lang;
    let title = s.header.record_heading(lang);
    let mut doc = Document::new(title.clone(), lang.code());
    doc.push(Block::Title(title));
    doc.push(Block::Fields(header_fields(s, lang)));

    let mut n = 0;
    let mut section = |doc: &mut Document, t: Text| {
        n += 1;
        doc.push(Block::Heading(tx::section(lang, n, t)));
    };

    section(&mut doc, tx::SEC_AGENDA);
    let agenda = agenda_table(s, lang);
    push_table_or_none(&mut doc, agenda, lang);

    section(&mut doc, tx::SEC_REPORTS);
    if s.reports.is_empty() {
        doc.push(Block::Note(tx::NONE_RECORDED.get(lang).to_string()));
    }
    for r in &s.reports {
        report_blocks(&mut doc, r, lang);
    }

    section(&mut doc, tx::SEC_ROUNDS);
    if s.rounds.is_empty() {
        doc.push(Block::Note(tx::NONE_RECORDED.get(lang).to_string()));
    }
    for (i, r) in s.rounds.iter().enumerate() {
        super::rounds::round_blocks(&mut doc, i + 1, s, r, lang);
    }

    section(&mut doc, tx::SEC_SUGGESTIONS);
    suggestion_blocks(&mut doc, s, lang);

    section(&mut doc, tx::SEC_LEDGER);
    let ledger = ledger_table(s, lang, o.as_of);
    let has_ledger = !ledger.is_empty();
    push_table_or_none(&mut doc, ledger, lang);
    if has_ledger {
        doc.push(Block::Note(tx::ledger_as_of(
            lang,
            &date_text(o.as_of, lang),
        )));
    }
    doc
}

fn push_table_or_none(doc: &mut Document, table: Table, lang: Lang) {
    if table.is_empty() {
        doc.push(Block::Note(tx::NONE_RECORDED.get(lang).to_string()));
    } else {
        doc.push(Block::Table(table));
    }
}

/// 主题, 时间, 地点, 会议主持, 记录人, 监票人, 计票人, 会议参加人.
pub fn header_fields(s: &Session, lang: Lang) -> Vec<Field> {
    let h = &s.header;
    let field = |label: Text, value: String| Field {
        label: label.get(lang).to_string(),
        value: or_dash(&value),
    };
    let time = match (h.date_line(lang), h.start_time) {
        (Some(d), Some(t)) => match lang {
            Lang::Zh => format!("{d} {}", t.format("%H:%M")),
            Lang::En => format!("{d}, {}", t.format("%H:%M")),
        },
        (Some(d), None) => d,
        (None, Some(t)) => t.format("%H:%M").to_string(),
        (None, None) => String::new(),
    };
    vec![
        field(common::SUBJECT, h.subject.clone()),
        field(tx::TIME, time),
        field(common::PLACE, h.place.clone()),
        field(common::CHAIR, h.chair.clone()),
        field(common::MINUTE_TAKER, h.minute_taker.clone()),
        field(common::SCRUTINEERS, h.scrutineers.join(list_sep(lang))),
        field(common::COUNTERS, h.counters.join(list_sep(lang))),
        field(common::PARTICIPANTS, participants(s, lang)),
    ]
}

/// 会议参加人: from the roster by category with counts when one is kept (the header's own text
/// otherwise), so the figure printed is the figure counted.
pub fn participants(s: &Session, lang: Lang) -> String {
    let counts = s.attendance.counts();
    if counts.total.expected == 0 && counts.total.present == 0 {
        return s.header.participants.clone();
    }
    let per: Vec<String> = counts
        .categories
        .iter()
        .filter(|c| c.count.present > 0)
        .map(|c| tx::category_count(lang, &c.category, c.count.present))
        .collect();
    let t = counts.total;
    tx::participants_line(
        lang,
        t.expected,
        t.present,
        t.excused,
        &per.join(list_sep(lang)),
    )
}

fn list_sep(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "、",
        Lang::En => ", ",
    }
}

/// A clock time in the meeting's own offset.
pub fn clock(t: &Timestamp) -> String {
    t.format("%H:%M").to_string()
}

/// A date as a reader writes it: 2010年12月31日 / 2010-12-31.
pub fn date_text(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

/// Whole minutes between two moments, rounded to the nearest minute (half a minute rounds up).
pub fn minutes_between(from: &Timestamp, to: &Timestamp) -> i64 {
    let secs = (*to - *from).num_seconds().max(0);
    (secs + 30) / 60
}

fn agenda_remark(item: &AgendaItem, lang: Lang) -> String {
    let state = if item.skipped {
        tx::SKIPPED.get(lang)
    } else {
        match (item.started, item.ended) {
            (Some(_), None) => tx::UNDER_WAY.get(lang),
            (None, _) => tx::NOT_HELD.get(lang),
            (Some(_), Some(_)) => "",
        }
    };
    match (state.is_empty(), item.note.trim().is_empty()) {
        (true, _) => item.note.trim().to_string(),
        (false, true) => state.to_string(),
        (false, false) => format!("{state}; {}", item.note.trim()),
    }
}

/// The agenda as held: planned and actual times of every item.
pub fn agenda_table(s: &Session, lang: Lang) -> Table {
    let mut t = Table::new(vec![
        Column::right(tx::COL_NO.get(lang)),
        Column::left(tx::COL_ITEM.get(lang)),
        Column::right(tx::COL_PLANNED_MIN.get(lang)),
        Column::left(tx::COL_STARTED.get(lang)),
        Column::left(tx::COL_ENDED.get(lang)),
        Column::right(tx::COL_TOOK_MIN.get(lang)),
        Column::left(tx::COL_REMARK.get(lang)),
    ]);
    for (i, item) in s.agenda.items.iter().enumerate() {
        let took = match (&item.started, &item.ended) {
            (Some(a), Some(b)) => minutes_between(a, b).to_string(),
            _ => String::new(),
        };
        t.push(vec![
            (i + 1).to_string(),
            item.title.clone(),
            item.planned_minutes.to_string(),
            item.started.as_ref().map(clock).unwrap_or_default(),
            item.ended.as_ref().map(clock).unwrap_or_default(),
            took,
            agenda_remark(item, lang),
        ]);
    }
    t
}

/// Seconds the report's timer ran (pauses left out), up to its last event; `None` before it
/// started.
pub fn report_seconds(r: &WorkReport) -> Option<i64> {
    let last = r.timer.last()?;
    Some(r.elapsed_seconds(last.at))
}

fn report_blocks(doc: &mut Document, r: &WorkReport, lang: Lang) {
    let who = if r.position.trim().is_empty() {
        r.reporter.clone()
    } else {
        match lang {
            Lang::Zh => format!("{}({})", r.reporter, r.position),
            Lang::En => format!("{} ({})", r.reporter, r.position),
        }
    };
    doc.push(Block::Subheading(format!(
        "{}: {who}",
        tx::REPORTER.get(lang)
    )));
    let took = match report_seconds(r) {
        Some(secs) => {
            let start = r.timer.first().map(|e| clock(&e.at)).unwrap_or_default();
            let end = r
                .timer
                .iter()
                .rev()
                .find(|e| e.kind == TimerEventKind::End)
                .map(|e| clock(&e.at))
                .unwrap_or_default();
            format!("{} ({start}–{end})", tx::minutes(lang, (secs + 30) / 60))
        }
        None => tx::NOT_STARTED.get(lang).to_string(),
    };
    let f = |label: Text, value: String| Field {
        label: label.get(lang).to_string(),
        value: or_dash(&value),
    };
    doc.push(Block::Fields(vec![
        f(tx::REPORT_TITLE, r.title.clone()),
        f(
            tx::PLANNED_TIME,
            tx::minutes(lang, i64::from(r.planned_minutes)),
        ),
        f(tx::ACTUAL_TIME, took),
    ]));
    if !r.notes.is_empty() {
        doc.push(Block::Paragraph(format!("{}:", tx::KEY_POINTS.get(lang))));
        doc.push(Block::Bullets(
            r.notes
                .iter()
                .map(|n| format!("{} {}", clock(&n.at), n.text.trim()))
                .collect(),
        ));
    }
}

/// A round's state as the record writes it (the one label the screens use too).
pub fn round_state_label(state: RoundState, lang: Lang) -> &'static str {
    state.label().get(lang)
}

/// The name of whoever raised a suggestion, looked up in the roster.
pub fn raised_by_name(s: &Session, by: &RaisedBy, lang: Lang) -> String {
    match by {
        RaisedBy::Anonymous => tx::ANONYMOUS.get(lang).to_string(),
        RaisedBy::Named { name } => name.clone(),
        RaisedBy::Attendee { id } => s
            .attendance
            .people
            .iter()
            .find(|p| p.id == *id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| format!("#{id}")),
    }
}

pub fn decision_text(d: &Decision, lang: Lang) -> String {
    match d {
        Decision::Open => tx::DECISION_OPEN.get(lang).to_string(),
        Decision::Accepted => tx::DECISION_ACCEPTED.get(lang).to_string(),
        Decision::Declined { reason } => tx::declined_because(lang, reason.trim()),
        Decision::Merged { into } => tx::merged_into(lang, *into),
    }
}

/// The categories in the template's order, then any others the suggestions use, in order of use.
pub fn categories_in_order(s: &Session) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let used = |c: &str| s.suggestions.iter().any(|x| x.category == c);
    for c in &s.suggestion_categories {
        if used(c) && !out.contains(c) {
            out.push(c.clone());
        }
    }
    for x in &s.suggestions {
        if !out.contains(&x.category) {
            out.push(x.category.clone());
        }
    }
    out
}

fn suggestion_blocks(doc: &mut Document, s: &Session, lang: Lang) {
    if s.suggestions.is_empty() {
        doc.push(Block::Note(tx::NONE_RECORDED.get(lang).to_string()));
        return;
    }
    for cat in categories_in_order(s) {
        let in_cat: Vec<&Suggestion> = s.suggestions.iter().filter(|x| x.category == cat).collect();
        doc.push(Block::Subheading(format!(
            "{}{}",
            or_dash(&cat),
            tx::count_suffix(lang, in_cat.len())
        )));
        let mut t = Table::new(vec![
            Column::right(tx::COL_ID.get(lang)),
            Column::left(tx::COL_TEXT.get(lang)),
            Column::left(tx::COL_RAISED_BY.get(lang)),
            Column::left(tx::COL_CONCERNS.get(lang)),
            Column::left(tx::COL_DECISION.get(lang)),
        ]);
        for x in in_cat {
            t.push(vec![
                x.id.to_string(),
                x.text.trim().to_string(),
                raised_by_name(s, &x.raised_by, lang),
                x.concerns.clone(),
                decision_text(&x.decision, lang),
            ]);
        }
        doc.push(Block::Table(t));
    }
}

pub fn ledger_status_text(st: LedgerStatus, lang: Lang) -> &'static str {
    match st {
        LedgerStatus::Pending => tx::LEDGER_PENDING.get(lang),
        LedgerStatus::InProgress => tx::LEDGER_IN_PROGRESS.get(lang),
        LedgerStatus::Done => tx::LEDGER_DONE.get(lang),
        LedgerStatus::Closed => tx::LEDGER_CLOSED.get(lang),
    }
}

/// The follow-up ledger: one row per accepted suggestion with a ledger entry; overdue rows say so.
pub fn ledger_table(s: &Session, lang: Lang, as_of: NaiveDate) -> Table {
    let mut t = Table::new(vec![
        Column::right(tx::COL_ID.get(lang)),
        Column::left(tx::COL_PROBLEM.get(lang)),
        Column::left(tx::COL_MEASURE.get(lang)),
        Column::left(tx::COL_OWNER.get(lang)),
        Column::left(tx::COL_DEADLINE.get(lang)),
        Column::left(tx::COL_STATUS.get(lang)),
        Column::left(tx::COL_PROGRESS.get(lang)),
    ]);
    for x in &s.suggestions {
        let Some(l) = &x.ledger else { continue };
        let mut status = ledger_status_text(l.status, lang).to_string();
        if l.is_overdue(as_of) {
            status = format!("{status} ({})", tx::OVERDUE_MARK.get(lang));
        }
        let progress = l
            .progress
            .last()
            .map(|p| format!("{} {}", p.at.format("%Y-%m-%d"), p.text.trim()))
            .unwrap_or_default();
        t.push(vec![
            x.id.to_string(),
            x.text.trim().to_string(),
            l.measure.clone(),
            l.owner.clone(),
            l.deadline.map(|d| date_text(d, lang)).unwrap_or_default(),
            status,
            progress,
        ]);
    }
    t
}

/// Whether a person on the roster is 实到, 请假 or not (yet) there, as the record words it.
pub fn presence_text(p: &Presence, lang: Lang) -> &'static str {
    match p {
        Presence::Expected => tx::PRESENCE_EXPECTED.get(lang),
        Presence::Present { .. } => tx::PRESENCE_PRESENT.get(lang),
        Presence::Excused { .. } => tx::PRESENCE_EXCUSED.get(lang),
    }
}

#[cfg(test)]
#[path = "record_tests.rs"]
mod tests;
