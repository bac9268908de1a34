//! The agenda (会议议程): items in order, each with its planned and actual time.

mod ops;
mod timing;

pub use timing::{AgendaTiming, clock};

use super::{Id, Problem, Timestamp};
use crate::i18n::{Text, agenda as txt};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What an agenda item is for; items of a kind open their screen with one key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgendaKind {
    Opening,
    Attendance,
    WorkReport,
    BallotsOut,
    Counting,
    Results,
    Suggestions,
    Closing,
    #[default]
    Other,
}

impl AgendaKind {
    pub const ALL: [AgendaKind; 9] = [
        AgendaKind::Opening,
        AgendaKind::Attendance,
        AgendaKind::WorkReport,
        AgendaKind::BallotsOut,
        AgendaKind::Counting,
        AgendaKind::Results,
        AgendaKind::Suggestions,
        AgendaKind::Closing,
        AgendaKind::Other,
    ];

    pub fn label(self) -> Text {
        match self {
            AgendaKind::Opening => txt::KIND_OPENING,
            AgendaKind::Attendance => txt::KIND_ATTENDANCE,
            AgendaKind::WorkReport => txt::KIND_WORK_REPORT,
            AgendaKind::BallotsOut => txt::KIND_BALLOTS_OUT,
            AgendaKind::Counting => txt::KIND_COUNTING,
            AgendaKind::Results => txt::KIND_RESULTS,
            AgendaKind::Suggestions => txt::KIND_SUGGESTIONS,
            AgendaKind::Closing => txt::KIND_CLOSING,
            AgendaKind::Other => txt::KIND_OTHER,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AgendaItem {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub kind: AgendaKind,
    /// Planned length in minutes (at least 1).
    pub planned_minutes: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<Timestamp>,
    #[serde(default)]
    pub skipped: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl AgendaItem {
    pub fn new(id: Id, title: impl Into<String>, kind: AgendaKind, planned_minutes: u32) -> Self {
        AgendaItem {
            id,
            title: title.into(),
            kind,
            planned_minutes,
            started: None,
            ended: None,
            skipped: false,
            note: String::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Agenda {
    pub items: Vec<AgendaItem>,
    /// The item under way, if any (by id).
    pub current: Option<Id>,
}

impl Agenda {
    pub fn current_item(&self) -> Option<&AgendaItem> {
        let id = self.current?;
        self.items.iter().find(|i| i.id == id)
    }

    pub fn item(&self, id: Id) -> Option<&AgendaItem> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn position(&self, id: Id) -> Option<usize> {
        self.items.iter().position(|i| i.id == id)
    }

    pub fn problems(&self, out: &mut Vec<Problem>) {
        let mut seen = std::collections::HashSet::new();
        for (i, item) in self.items.iter().enumerate() {
            let path = format!("agenda.items[{i}]");
            if !seen.insert(item.id) {
                out.push(Problem::new(
                    &path,
                    format!("议程编号 {} 重复", item.id),
                    format!("agenda id {} is used twice", item.id),
                ));
            }
            if item.title.trim().is_empty() {
                out.push(Problem::new(
                    &path,
                    "议程名称为空",
                    "agenda item has no title",
                ));
            }
            if let (Some(s), Some(e)) = (item.started, item.ended)
                && e < s
            {
                out.push(Problem::new(
                    &path,
                    "议程结束时间早于开始时间",
                    "agenda item ends before it starts",
                ));
            }
        }
        if let Some(c) = self.current
            && !self.items.iter().any(|i| i.id == c)
        {
            out.push(Problem::new(
                "agenda.current",
                format!("当前议程 {c} 不存在"),
                format!("current agenda item {c} does not exist"),
            ));
        }
    }
}
