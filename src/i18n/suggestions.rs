//! Strings of suggestions (征求意见建议) and the follow-up ledger (整改台账).

use super::{Message, Text, t};

pub const TEXT: Text = t("意见建议内容", "suggestion text");
pub const CATEGORY: Text = t("类别", "category");
pub const CONCERNS: Text = t("针对对象", "whom it concerns");
pub const RAISED_BY: Text = t("提出人", "raised by");
pub const ANONYMOUS: Text = t("匿名", "Anonymous");
pub const REASON: Text = t("不予采纳的理由", "reason for declining");
pub const MEASURE: Text = t("整改措施", "measure");
pub const OWNER: Text = t("责任人", "owner");
pub const DEADLINE: Text = t("整改时限", "deadline");
pub const PROGRESS: Text = t("完成情况", "progress note");

pub const OPEN: Text = t("待处理", "Open");
pub const ACCEPTED: Text = t("已采纳", "Accepted");
pub const DECLINED: Text = t("未采纳", "Declined");
pub const MERGED: Text = t("已合并", "Merged");
pub const PENDING: Text = t("待整改", "Pending");
pub const IN_PROGRESS: Text = t("整改中", "In progress");
pub const DONE: Text = t("已完成", "Done");
pub const CLOSED: Text = t("已销号", "Closed");
pub const OVERDUE: Text = t("已逾期", "Overdue");

pub const COLLECTED: Text = t("征集", "Collected");
pub const SOLVED: Text = t("已解决", "Solved");

pub fn no_suggestion(id: u32) -> Message {
    super::live::not_found(&format!("意见建议 {id} "), &format!("Suggestion {id}"))
}

pub fn unknown_category(category: &str, known: &[String]) -> Message {
    Message::new(
        format!(
            "类别“{category}”不在意见建议类别中(现有:{})",
            known.join("、")
        ),
        format!(
            "The category “{category}” is not one of the suggestion categories ({}).",
            known.join(", ")
        ),
    )
}

pub fn unknown_attendee(id: u32) -> Message {
    Message::new(
        format!("提出人(参会人 {id})不在名单中;请从名单中选择,或选匿名"),
        format!(
            "The person who raised it (attendee {id}) is not on the roster; pick from the roster or choose anonymous."
        ),
    )
}

pub const MERGE_SELF: Text = t(
    "不能把一条意见建议合并到它自己",
    "A suggestion cannot be merged into itself.",
);

pub fn merge_into_merged(into: u32, target: u32) -> Message {
    Message::new(
        format!("第 {into} 条已合并到第 {target} 条;请直接合并到第 {target} 条"),
        format!("Suggestion {into} is merged into {target}; merge into {target} instead."),
    )
}

pub fn has_ledger(id: u32) -> Message {
    Message::new(
        format!("第 {id} 条已有整改台账,不能再合并、退回或不予采纳"),
        format!("Suggestion {id} has a ledger row; it cannot be merged, reopened or declined."),
    )
}

pub fn others_merged_in(id: u32, count: usize) -> Message {
    Message::new(
        format!("有 {count} 条意见建议合并在第 {id} 条下,不能删除;可先退回它们"),
        format!(
            "{count} suggestion(s) are merged into {id}, so it cannot be removed; reopen them first."
        ),
    )
}

pub fn not_open(id: u32, state: Text) -> Message {
    Message::new(
        format!("第 {id} 条{};请先退回为待处理", state.zh),
        format!(
            "Suggestion {id} is {}; reopen it first.",
            state.en.to_lowercase()
        ),
    )
}

pub fn not_accepted(id: u32) -> Message {
    Message::new(
        format!("第 {id} 条尚未采纳;采纳后才能建立整改台账"),
        format!("Suggestion {id} is not accepted; accept it before giving it a ledger row."),
    )
}

pub fn no_ledger(id: u32) -> Message {
    Message::new(
        format!("第 {id} 条还没有整改台账;请先填写整改措施和责任人"),
        format!("Suggestion {id} has no ledger row yet; enter the measure and owner first."),
    )
}

pub fn deadline_before_meeting(deadline: &str, meeting: &str) -> Message {
    Message::new(
        format!("整改时限 {deadline} 早于会议日期 {meeting};请填写会议当天或以后的日期"),
        format!(
            "The deadline {deadline} is before the meeting ({meeting}); give a date on or after the meeting."
        ),
    )
}

pub const CLOSE_NEEDS_DONE: Text = t(
    "只有已完成的整改才能销号",
    "Only a ledger row marked done can be closed off.",
);

pub fn added(id: u32) -> Message {
    Message::new(format!("记录意见建议 {id}"), format!("add suggestion {id}"))
}
pub fn edited(id: u32) -> Message {
    Message::new(
        format!("修改意见建议 {id}"),
        format!("edit suggestion {id}"),
    )
}
pub fn removed(id: u32) -> Message {
    Message::new(
        format!("删除意见建议 {id}"),
        format!("remove suggestion {id}"),
    )
}
pub fn merged(from: u32, into: u32) -> Message {
    Message::new(
        format!("合并 {from} → {into}"),
        format!("merge {from} into {into}"),
    )
}
pub fn decided(id: u32, state: Text) -> Message {
    Message::new(
        format!("意见建议 {id}:{}", state.zh),
        format!("suggestion {id}: {}", state.en),
    )
}
pub fn ledger_set(id: u32) -> Message {
    Message::new(format!("整改台账 {id}"), format!("ledger row {id}"))
}
pub fn progress_added(id: u32) -> Message {
    Message::new(format!("整改进展 {id}"), format!("progress on {id}"))
}
