//! Strings shared by every part of the interface: weekdays, words of the meeting header.

use super::{Text, t};

pub const WEEKDAYS_ZH: [&str; 7] = [
    "星期一",
    "星期二",
    "星期三",
    "星期四",
    "星期五",
    "星期六",
    "星期日",
];
pub const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

pub const UNTITLED: Text = t("未命名会议", "Untitled meeting");
pub const EVALUATED: Text = t("评议对象", "Evaluated");
pub const SUBJECT: Text = t("主题", "Subject");
pub const DATE: Text = t("日期", "Date");
pub const START_TIME: Text = t("开始时间", "Start time");
pub const PLACE: Text = t("地点", "Place");
pub const CHAIR: Text = t("会议主持", "Chair");
pub const MINUTE_TAKER: Text = t("记录人", "Minute-taker");
pub const SCRUTINEERS: Text = t("监票人", "Scrutineers");
pub const COUNTERS: Text = t("计票人", "Counters");
pub const PARTICIPANTS: Text = t("会议参加人", "Attendees");
pub const TIME: Text = t("时间", "Time");

/// A form's title with what it acts on, so the user sees whom the form is about:
/// `请假:黄武(网岭镇机关)` / `Excused: 黄武 (网岭镇机关)`.
pub fn acting_on(title: Text, who: &str) -> super::Message {
    super::Message::new(
        format!("{}:{who}", title.zh),
        format!("{}: {who}", title.en),
    )
}

/// Who a form acts on: a person by name and unit, a suggestion by number and its first words.
pub fn person_label(name: &str, unit: &str) -> String {
    if unit.is_empty() {
        name.to_string()
    } else {
        format!("{name}({unit})")
    }
}

/// `#3 下洋村到东山村的村道有两处…`: a suggestion by its number and the start of its text.
pub fn suggestion_label(id: u32, text: &str) -> String {
    let first = text.lines().next().unwrap_or_default();
    let mut short: String = first.chars().take(16).collect();
    if first.chars().count() > 16 {
        short.push('…');
    }
    format!("#{id} {short}")
}
