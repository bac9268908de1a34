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
