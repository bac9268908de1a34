//! Strings of the work report (述职): fields, the timer, refusals, what a change did.

use super::{Message, Text, t};

pub const REPORTER: Text = t("述职人", "reporter");
pub const POSITION: Text = t("职务", "position");
pub const TITLE: Text = t("述职题目", "report title");
pub const PLANNED_MINUTES: Text = t("计划时长(分钟)", "planned minutes");
pub const WARN_MINUTES: Text = t("提醒时间(结束前几分钟)", "warning minutes before the end");
pub const NOTE: Text = t("要点记录", "note");

pub const NOT_STARTED: Text = t("未开始", "Not started");
pub const RUNNING: Text = t("进行中", "Running");
pub const PAUSED: Text = t("已暂停", "Paused");
pub const ENDED: Text = t("已结束", "Ended");
pub const REMAINING: Text = t("剩余", "Remaining");
pub const OVERRUN: Text = t("超时", "Overrun");
pub const ELAPSED: Text = t("已用", "Elapsed");

pub fn no_report(id: u32) -> Message {
    super::live::not_found(&format!("述职 {id} "), &format!("Work report {id}"))
}

pub fn warn_too_long(warn: u32, planned: u32) -> Message {
    Message::new(
        format!("提醒时间 {warn} 分钟须小于计划时长 {planned} 分钟"),
        format!("The warning ({warn} min) must be shorter than the planned time ({planned} min)."),
    )
}

pub fn bad_warn(typed: &str) -> Message {
    Message::new(
        format!("提醒时间“{typed}”须为 0 至 60 之间的整数分钟"),
        format!("The warning “{typed}” must be a whole number of minutes from 0 to 60."),
    )
}

pub fn cannot(action: Text, phase: Text) -> Message {
    Message::new(
        format!("计时器{}时不能{}", phase.zh, action.zh),
        format!(
            "The timer cannot {} when it is {}.",
            action.en.to_lowercase(),
            phase.en.to_lowercase()
        ),
    )
}

pub const START: Text = t("开始", "Start");
pub const PAUSE: Text = t("暂停", "Pause");
pub const RESUME: Text = t("继续", "Resume");
pub const END: Text = t("结束", "End");

pub const CLOCK_BACK: Text = t(
    "时钟早于上一次计时记录,未记录;请检查电脑时间",
    "The clock is earlier than the timer's last event, so nothing was recorded; check the computer's time.",
);

pub fn started_cannot_remove(reporter: &str) -> Message {
    Message::new(
        format!("{reporter} 的述职已开始计时,不能删除(时间已记入会议记录);可修改或撤销"),
        format!(
            "{reporter}'s report has started and cannot be removed (its times are in the record); edit it or undo instead."
        ),
    )
}

pub fn no_note(n: usize) -> Message {
    super::live::not_found(&format!("第 {n} 条要点"), &format!("Note {n}"))
}

pub fn added(reporter: &str) -> Message {
    Message::new(
        format!("添加述职:{reporter}"),
        format!("add report: {reporter}"),
    )
}
pub fn edited(reporter: &str) -> Message {
    Message::new(
        format!("修改述职:{reporter}"),
        format!("edit report: {reporter}"),
    )
}
pub fn removed(reporter: &str) -> Message {
    Message::new(
        format!("删除述职:{reporter}"),
        format!("remove report: {reporter}"),
    )
}
pub fn timer(action: Text, reporter: &str) -> Message {
    Message::new(
        format!("{}计时:{reporter}", action.zh),
        format!("{} timer: {reporter}", action.en),
    )
}
pub fn noted(reporter: &str) -> Message {
    Message::new(format!("记录要点:{reporter}"), format!("note: {reporter}"))
}
pub fn note_edited(reporter: &str) -> Message {
    Message::new(
        format!("修改要点:{reporter}"),
        format!("edit note: {reporter}"),
    )
}
pub fn note_removed(reporter: &str) -> Message {
    Message::new(
        format!("删除要点:{reporter}"),
        format!("remove note: {reporter}"),
    )
}

pub const SCREEN: Text = t("述职", "Report");
pub const NONE_YET: Text = t(
    "还没有述职;按 a 添加述职人、职务、题目和计划时长",
    "No work report yet; press a to add the reporter, position, title and planned minutes.",
);
pub const ADD_TITLE: Text = t("添加述职", "Add a work report");
pub const EDIT_TITLE: Text = t("修改述职", "Edit the work report");
pub const NOTE_TITLE: Text = t(
    "记录要点(Alt+Enter 换行,Enter 保存)",
    "Note (Alt+Enter new line, Enter saves)",
);
pub const NOTES: Text = t("要点", "Notes");

pub fn status_line(planned: u32, elapsed: &str, phase: Text, lang: super::Lang) -> String {
    match lang {
        super::Lang::Zh => format!("计划 {planned} 分钟 · 已用 {elapsed} · {}", phase.zh),
        super::Lang::En => format!("Planned {planned} min · elapsed {elapsed} · {}", phase.en),
    }
}

pub const HINT: Text = t(
    "s 开始 · p 暂停 · r 继续 · e 结束 · 空格 暂停/继续 · n 记要点 · a 添加 · m 修改 · ←→ 切换述职",
    "s start · p pause · r resume · e end · Space pause/resume · n note · a add · m edit · ←→ switch report",
);
pub const KEY_START: Text = t("开始计时", "Start the timer");
pub const KEY_PAUSE: Text = t("暂停计时", "Pause the timer");
pub const KEY_RESUME: Text = t("继续计时", "Resume the timer");
pub const KEY_END: Text = t("结束述职", "End the report");
pub const KEY_TOGGLE: Text = t("暂停或继续", "Pause or resume");
pub const KEY_NOTE: Text = t(
    "记录一条要点(带时间)",
    "Type a note (stamped with the time)",
);
pub const KEY_ADD: Text = t("添加述职", "Add a work report");
pub const KEY_EDIT: Text = t("修改述职信息", "Edit the report's details");
pub const KEY_SWITCH: Text = t("切换到上一个/下一个述职", "Previous / next report");
