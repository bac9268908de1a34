//! Strings of the projector view (pingyi show): big, few, readable from the back of the hall.

use super::{Lang, Text, t};

pub const COUNTING: Text = t("计票中", "Counting in progress");
pub const NOT_STARTED: Text = t("会议尚未开始", "The meeting has not started");
pub const BETWEEN_ITEMS: Text = t("会议进行中", "The meeting is under way");
pub const ENDED: Text = t("会议已结束", "The meeting has ended");

/// The step line when no agenda item is under way.
pub fn no_step(state: crate::model::MeetingState) -> Text {
    match state {
        crate::model::MeetingState::NotStarted => NOT_STARTED,
        crate::model::MeetingState::InProgress => BETWEEN_ITEMS,
        crate::model::MeetingState::Finished => ENDED,
    }
}
pub const PRESENT: Text = t("实到", "Present");
pub const EXPECTED: Text = t("应到", "Expected");
pub const QUORUM_MET: Text = t("已达法定人数", "Quorum reached");
pub const QUORUM_NOT_MET: Text = t("未达法定人数", "Quorum not reached");
pub const REPORT: Text = t("述职", "Work report");
pub const PAUSED: Text = t("已暂停", "paused");
pub const OVERTIME: Text = t("已超时", "over time");
pub const RESULTS: Text = t("测评结果", "Results");
pub const WAITING: Text = t("等待会议文件…", "Waiting for the meeting file…");
pub const QUIT_HINT: Text = t("q 退出", "q quits");

pub fn stale(lang: Lang, seconds: u64, why: &str) -> String {
    match lang {
        Lang::Zh => format!("文件暂时无法读取({why}),显示 {seconds} 秒前的内容"),
        Lang::En => format!(
            "The file cannot be read just now ({why}); showing what it held {seconds} s ago"
        ),
    }
}

pub fn step_of(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("第 {n} 项 / 共 {total} 项"),
        Lang::En => format!("item {n} of {total}"),
    }
}

pub const ABOUT: Text = t(
    "大屏显示:只读跟随会议文件,显示议程、时间、到会人数、述职倒计时和已公布的结果",
    "The projector view: follows the meeting file read-only and shows the agenda step, clock, turnout, the report countdown and published results",
);

/// Beside published results: the response rate they rest on.
pub fn response(lang: Lang, rate: &str) -> String {
    match lang {
        Lang::Zh => format!("回收率(收回/应到){rate}"),
        Lang::En => format!("response rate (returned/expected) {rate}"),
    }
}
