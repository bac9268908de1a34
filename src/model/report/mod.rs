//! Work reports (述职): who reports, the timer's events, and the clerk's notes.

mod ops;
mod timer;

pub use ops::{MAX_REPORT_MINUTES, ReportInput};
pub use timer::{TimerPhase, TimerState, phase_of};

use super::{Id, Problem, Timestamp};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TimerEventKind {
    Start,
    Pause,
    Resume,
    End,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TimerEvent {
    pub kind: TimerEventKind,
    pub at: Timestamp,
}

/// A key point the clerk typed while the report ran.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ReportNote {
    pub at: Timestamp,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct WorkReport {
    pub id: Id,
    pub reporter: String,
    #[serde(default)]
    pub position: String,
    #[serde(default)]
    pub title: String,
    pub planned_minutes: u32,
    /// The timer turns to its warning colour this many minutes before the end.
    #[serde(default = "default_warn_minutes")]
    pub warn_minutes: u32,
    #[serde(default)]
    pub timer: Vec<TimerEvent>,
    #[serde(default)]
    pub notes: Vec<ReportNote>,
}

fn default_warn_minutes() -> u32 {
    2
}

impl WorkReport {
    pub fn problems(&self, path: &str, out: &mut Vec<Problem>) {
        if self.reporter.trim().is_empty() {
            out.push(Problem::new(
                path,
                "述职人为空",
                "work report has no reporter",
            ));
        }
        if self.timer.windows(2).any(|w| w[1].at < w[0].at) {
            out.push(Problem::new(
                path,
                "计时记录的时间顺序错乱",
                "timer events are out of time order",
            ));
        }
    }
}
