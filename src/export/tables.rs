//! Flat tables for spreadsheets (the CSV export): one row per person, suggestion or ledger row,
//! ISO dates and times, one fact per column.

use super::doc::{Column, Table};
use super::record::{decision_text, ledger_status_text, presence_text, raised_by_name};
use crate::i18n::{Lang, export as tx};
use crate::model::{Presence, Session};
use chrono::NaiveDate;

const DATE: &str = "%Y-%m-%d";
const DATE_TIME: &str = "%Y-%m-%d %H:%M";

fn yes_no(b: bool, lang: Lang) -> String {
    if b { tx::YES } else { tx::NO }.get(lang).to_string()
}

/// The roster: everyone on it or walked in, with how they attended.
pub fn attendance(s: &Session, lang: Lang) -> Table {
    let mut t = Table::new(vec![
        Column::right(tx::COL_ID.get(lang)),
        Column::left(tx::COL_NAME.get(lang)),
        Column::left(tx::COL_CATEGORY.get(lang)),
        Column::left(tx::COL_UNIT.get(lang)),
        Column::left(tx::COL_PRESENCE.get(lang)),
        Column::left(tx::COL_CHECKED_IN.get(lang)),
        Column::left(tx::COL_WALK_IN.get(lang)),
        Column::left(tx::COL_NOTE.get(lang)),
    ]);
    for p in &s.attendance.people {
        let (when, note) = match &p.presence {
            Presence::Present { at } => (at.format(DATE_TIME).to_string(), p.note.clone()),
            Presence::Excused { reason } if p.note.trim().is_empty() => {
                (String::new(), reason.clone())
            }
            Presence::Excused { reason } => (String::new(), format!("{reason}; {}", p.note)),
            Presence::Expected => (String::new(), p.note.clone()),
        };
        t.push(vec![
            p.id.to_string(),
            p.name.clone(),
            p.category.clone(),
            p.unit.clone(),
            presence_text(&p.presence, lang).to_string(),
            when,
            yes_no(p.walk_in, lang),
            note,
        ]);
    }
    t
}

/// Every suggestion with its category, who raised it and what became of it.
pub fn suggestions(s: &Session, lang: Lang) -> Table {
    let mut t = Table::new(vec![
        Column::right(tx::COL_ID.get(lang)),
        Column::left(tx::COL_TIME.get(lang)),
        Column::left(tx::COL_CATEGORY.get(lang)),
        Column::left(tx::COL_TEXT.get(lang)),
        Column::left(tx::COL_RAISED_BY.get(lang)),
        Column::left(tx::COL_CONCERNS.get(lang)),
        Column::left(tx::COL_DECISION.get(lang)),
    ]);
    for x in &s.suggestions {
        t.push(vec![
            x.id.to_string(),
            x.at.format(DATE_TIME).to_string(),
            x.category.clone(),
            x.text.clone(),
            raised_by_name(s, &x.raised_by, lang),
            x.concerns.clone(),
            decision_text(&x.decision, lang),
        ]);
    }
    t
}

/// The follow-up ledger with the overdue mark in its own column, reckoned as of `as_of`.
pub fn ledger(s: &Session, lang: Lang, as_of: NaiveDate) -> Table {
    let mut t = Table::new(vec![
        Column::right(tx::COL_ID.get(lang)),
        Column::left(tx::COL_CATEGORY.get(lang)),
        Column::left(tx::COL_PROBLEM.get(lang)),
        Column::left(tx::COL_MEASURE.get(lang)),
        Column::left(tx::COL_OWNER.get(lang)),
        Column::left(tx::COL_DEADLINE.get(lang)),
        Column::left(tx::COL_STATUS.get(lang)),
        Column::left(tx::COL_OVERDUE.get(lang)),
        Column::left(tx::COL_PROGRESS.get(lang)),
        Column::left(tx::COL_CLOSED_AT.get(lang)),
    ]);
    for x in &s.suggestions {
        let Some(l) = &x.ledger else { continue };
        let progress: Vec<String> = l
            .progress
            .iter()
            .map(|p| format!("{} {}", p.at.format(DATE), p.text.trim()))
            .collect();
        t.push(vec![
            x.id.to_string(),
            x.category.clone(),
            x.text.clone(),
            l.measure.clone(),
            l.owner.clone(),
            l.deadline
                .map(|d| d.format(DATE).to_string())
                .unwrap_or_default(),
            ledger_status_text(l.status, lang).to_string(),
            yes_no(l.is_overdue(as_of), lang),
            progress.join("; "),
            l.closed_at
                .map(|c| c.format(DATE_TIME).to_string())
                .unwrap_or_default(),
        ]);
    }
    t
}
