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
