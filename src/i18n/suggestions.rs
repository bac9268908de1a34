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
        match count {
            1 => format!(
                "1 suggestion is merged into {id}, so it cannot be removed; reopen it first."
            ),
            n => format!(
                "{n} suggestions are merged into {id}, so it cannot be removed; reopen them first."
            ),
        },
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

pub const SCREEN: Text = t("意见建议", "Suggestions");
pub const LEDGER_SCREEN: Text = t("整改台账", "Ledger");
pub const CAPTURE_TITLE: Text = t(
    "记录意见建议(Enter 下一栏 · 数字键选类别 · 提出人空着为匿名)",
    "Capture a suggestion (Enter next field · a digit picks the category · no author = anonymous)",
);
pub const EDIT_TITLE: Text = t("修改意见建议", "Edit the suggestion");
pub const RAISED_BY_HINT: Text = t("提出人(拼音)", "raised by");
pub const MERGE_TITLE: Text = t("合并到第几条(梳理归类)", "Merge into suggestion number");
pub const MERGE_INTO: Text = t("目标编号", "into number");
pub const DECLINE_TITLE: Text = t("不予采纳", "Decline");
pub const LEDGER_TITLE: Text = t("整改台账", "Ledger row");
pub const PROGRESS_TITLE: Text = t("记录整改进展", "Progress note");
pub const NONE: Text = t(
    "还没有意见建议;按 a 记录",
    "No suggestions yet; press a to capture one.",
);
pub const NONE_ACCEPTED: Text = t(
    "还没有已采纳的意见建议;在意见建议界面按 y 采纳",
    "No accepted suggestions yet; accept one with y on the suggestions screen.",
);
pub const ALL: Text = t("全部", "all");
pub const FILTER: Text = t("筛选", "Filter");
pub const COL_TEXT: Text = t("内容", "Text");
pub const COL_STATUS: Text = t("状态", "Status");
pub const NO_ROW: Text = t("(未建台账)", "(no row yet)");

pub fn counts_line(collected: u32, accepted: u32, solved: u32, overdue: u32) -> Message {
    Message::new(
        format!("征集 {collected} 条 · 采纳 {accepted} 条 · 解决 {solved} 条 · 逾期 {overdue} 条"),
        format!(
            "Collected {collected} · accepted {accepted} · solved {solved} · overdue {overdue}"
        ),
    )
}

pub fn nobody_matches(typed: &str) -> Message {
    Message::new(
        format!("名单中没有与“{typed}”相符的人;请输入完整姓名,或留空表示匿名"),
        format!(
            "Nobody on the roster matches “{typed}”; type the full name, or leave it empty for anonymous."
        ),
    )
}

pub fn several_match(typed: &str, names: &str) -> Message {
    Message::new(
        format!("“{typed}”对应多人({names});请多输入几个字母"),
        format!("“{typed}” matches several people ({names}); type a little more."),
    )
}

pub fn not_a_number(typed: &str) -> Message {
    Message::new(
        format!("“{typed}”不是意见建议的编号"),
        format!("“{typed}” is not a suggestion number."),
    )
}

pub const HINT: Text = t(
    "a 记录 · e 修改 · y 采纳 · d 不采纳 · m 合并 · o 退回 · Del 删除 · c 类别筛选 · t 状态筛选 · w 按提出人 · x 清除筛选",
    "a capture · e edit · y accept · d decline · m merge · o reopen · Del remove · c category · t status · w by person · x clear",
);
pub const LEDGER_HINT: Text = t(
    "e 填写措施/责任人/时限 · 1 待整改 2 整改中 3 已完成 4 已销号 · n 记进展 · f 只看逾期",
    "e measure/owner/deadline · 1 pending 2 in progress 3 done 4 closed · n progress · f overdue only",
);
pub const KEY_CAPTURE: Text = t("记录一条意见建议", "Capture a suggestion");
pub const KEY_EDIT: Text = t("修改所选意见建议", "Edit the selected suggestion");
pub const KEY_ACCEPT: Text = t("采纳", "Accept");
pub const KEY_DECLINE: Text = t("不予采纳(须填理由)", "Decline (a reason is required)");
pub const KEY_MERGE: Text = t("合并到另一条(梳理归类)", "Merge into another (grouping)");
pub const KEY_REOPEN: Text = t("退回为待处理", "Reopen");
pub const KEY_REMOVE: Text = t(
    "删除误记的意见建议",
    "Remove a suggestion entered by mistake",
);
pub const KEY_FILTER_CATEGORY: Text = t("按类别筛选(依次切换)", "Filter by category (cycles)");
pub const KEY_FILTER_STATUS: Text = t("按状态筛选(依次切换)", "Filter by status (cycles)");
pub const KEY_FILTER_PERSON: Text = t("只看所选这条的提出人", "Only the selected one's author");
pub const KEY_FILTER_CLEAR: Text = t("清除筛选", "Clear the filters");
pub const KEY_SELECT: Text = t("选择", "Select");
pub const KEY_LEDGER_EDIT: Text = t(
    "填写整改措施、责任人、时限",
    "Enter the measure, owner and deadline",
);
pub const KEY_LEDGER_STATUS: Text = t(
    "设置状态:1 待整改 2 整改中 3 已完成 4 已销号",
    "Set the status: 1 pending 2 in progress 3 done 4 closed",
);
pub const KEY_PROGRESS: Text = t("记录整改进展", "Add a progress note");
pub const KEY_OVERDUE: Text = t("只看逾期/全部", "Overdue only / all");
