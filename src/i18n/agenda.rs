//! Strings of the agenda (会议议程): field names, refusals, what a change did.

use super::{Message, Text, t};

pub const TITLE: Text = t("议程名称", "agenda item title");
pub const PLANNED_MINUTES: Text = t("计划时长(分钟)", "planned minutes");

pub const KIND_OPENING: Text = t("开会", "Opening");
pub const KIND_ATTENDANCE: Text = t("清点人数", "Attendance");
pub const KIND_WORK_REPORT: Text = t("述职", "Work report");
pub const KIND_BALLOTS_OUT: Text = t("发票填写", "Ballots out");
pub const KIND_COUNTING: Text = t("计票", "Counting");
pub const KIND_RESULTS: Text = t("宣布结果", "Results");
pub const KIND_SUGGESTIONS: Text = t("意见建议", "Suggestions");
pub const KIND_CLOSING: Text = t("总结", "Closing");
pub const KIND_OTHER: Text = t("其他", "Other");

pub fn no_item(id: u32) -> Message {
    super::live::not_found(&format!("议程 {id} "), &format!("Agenda item {id}"))
}

pub fn already_current(title: &str) -> Message {
    Message::new(
        format!("“{title}”正在进行中"),
        format!("“{title}” is already under way."),
    )
}

pub fn is_skipped(title: &str) -> Message {
    Message::new(
        format!("“{title}”已标记为跳过;先取消跳过,再开始"),
        format!("“{title}” is marked skipped; unskip it first, then start it."),
    )
}

pub fn started_cannot_skip(title: &str) -> Message {
    Message::new(
        format!("“{title}”已经开始过,不能跳过;可撤销(Ctrl+Z)或直接进入下一项"),
        format!(
            "“{title}” has already started and cannot be skipped; undo (Ctrl+Z) or go on to the next item."
        ),
    )
}

pub fn started_cannot_remove(title: &str) -> Message {
    Message::new(
        format!("“{title}”已经开始过,不能删除(它的时间已记入会议记录);可修改名称或撤销"),
        format!(
            "“{title}” has already started and cannot be removed (its times are in the record); edit it or undo instead."
        ),
    )
}

pub const AT_END: Text = t(
    "议程已全部结束;按 ← 可重新打开上一项",
    "The agenda is finished; press ← to reopen the last item.",
);
pub const AT_START: Text = t("已经是第一项议程", "This is already the first agenda item.");
pub const NOTHING_RUNNING: Text = t("当前没有进行中的议程", "No agenda item is under way.");
pub const EMPTY_AGENDA: Text = t(
    "议程为空;先添加一项议程",
    "The agenda is empty; add an item first.",
);

pub fn went_to(title: &str) -> Message {
    Message::new(format!("开始议程:{title}"), format!("start item: {title}"))
}
pub const FINISHED: Text = t("结束议程", "end of the agenda");
pub fn skipped(title: &str, skip: bool) -> Message {
    if skip {
        Message::new(format!("跳过议程:{title}"), format!("skip item: {title}"))
    } else {
        Message::new(format!("取消跳过:{title}"), format!("unskip item: {title}"))
    }
}
pub fn added(title: &str) -> Message {
    Message::new(format!("添加议程:{title}"), format!("add item: {title}"))
}
pub fn edited(title: &str) -> Message {
    Message::new(format!("修改议程:{title}"), format!("edit item: {title}"))
}
pub fn removed(title: &str) -> Message {
    Message::new(format!("删除议程:{title}"), format!("remove item: {title}"))
}
pub fn moved(title: &str) -> Message {
    Message::new(format!("调整顺序:{title}"), format!("move item: {title}"))
}

pub const SCREEN: Text = t("议程", "Agenda");
pub const COL_NO: Text = t("序", "No.");
pub const COL_TITLE: Text = t("议程", "Item");
pub const COL_KIND: Text = t("类型", "Kind");
pub const COL_PLANNED: Text = t("计划", "Plan");
pub const COL_ACTUAL: Text = t("实际", "Actual");
pub const COL_OVERRUN: Text = t("超时", "Over");
pub const COL_STATE: Text = t("状态", "State");
pub const STATE_RUNNING: Text = t("进行中", "running");
pub const STATE_DONE: Text = t("已结束", "done");
pub const STATE_SKIPPED: Text = t("已跳过", "skipped");
pub const STATE_PENDING: Text = t("未开始", "to come");
pub const KIND: Text = t("类型", "kind");
pub const ADD_TITLE: Text = t("添加议程", "Add an agenda item");
pub const EDIT_TITLE: Text = t("修改议程", "Edit the agenda item");
pub const NO_SCREEN: Text = t(
    "这一类议程没有专用界面",
    "This kind of item has no screen of its own.",
);

pub fn totals(
    planned: u32,
    meeting: &str,
    overrun: &str,
    done: usize,
    total: usize,
) -> super::Message {
    super::Message::new(
        format!(
            "计划 {planned} 分钟 · 会议已用 {meeting} · 超时合计 {overrun} · 完成 {done}/{total} 项"
        ),
        format!(
            "Planned {planned} min · meeting time {meeting} · overrun {overrun} · done {done}/{total}"
        ),
    )
}

pub const HINT: Text = t(
    "→/n 下一项 · ←/p 上一项 · Enter 开始所选 · f 结束 · s 跳过 · o 打开 · a 添加 · e 修改 · Del 删除 · [ ] 调序",
    "→/n next · ←/p previous · Enter start selected · f finish · s skip · o open · a add · e edit · Del remove · [ ] move",
);
pub const KEY_NEXT: Text = t(
    "结束当前项,开始下一项",
    "End the current item, start the next",
);
pub const KEY_PREVIOUS: Text = t("回到上一项", "Back to the previous item");
pub const KEY_START: Text = t("开始所选议程", "Start the selected item");
pub const KEY_FINISH: Text = t(
    "结束当前议程(不开始新的)",
    "End the current item (start none)",
);
pub const KEY_SKIP: Text = t("跳过/取消跳过所选议程", "Skip / unskip the selected item");
pub const KEY_OPEN: Text = t(
    "打开所选议程的界面(签到、述职、意见建议)",
    "Open the selected item's screen (attendance, report, suggestions)",
);
pub const KEY_ADD: Text = t("在所选之后添加议程", "Add an item after the selected one");
pub const KEY_EDIT: Text = t("修改所选议程", "Edit the selected item");
pub const KEY_REMOVE: Text = t(
    "删除所选议程(未开始的)",
    "Remove the selected item (if not started)",
);
pub const KEY_MOVE_UP: Text = t("所选议程上移", "Move the selected item up");
pub const KEY_MOVE_DOWN: Text = t("所选议程下移", "Move the selected item down");
pub const KEY_SELECT: Text = t("选择议程", "Select an item");
