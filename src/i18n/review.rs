//! Strings of review mode: the meeting's timeline and the audit log.

use super::{Lang, Text, t};

pub const SCREEN_TIMELINE: Text = t("时间线", "Timeline");
pub const SCREEN_AUDIT: Text = t("修改记录", "Audit log");
pub const KEYS_TIMELINE: Text = t("时间线", "Timeline");
pub const KEYS_AUDIT: Text = t("修改记录", "Audit log");

pub const KIND_AGENDA: Text = t("议程", "Agenda");
pub const KIND_REPORT: Text = t("述职", "Report");
pub const KIND_ROUND: Text = t("测评", "Ballots");
pub const KIND_SUGGESTION: Text = t("意见", "Suggestion");

pub const STARTED: Text = t("开始", "started");
pub const ENDED: Text = t("结束", "ended");
pub const PAUSED: Text = t("暂停", "paused");
pub const RESUMED: Text = t("继续", "resumed");
pub const VERIFIED: Text = t("已核对", "verified");
pub const PUBLISHED: Text = t("已公布", "published");
pub const REOPENED: Text = t("重新计票", "reopened");

pub const TIMELINE_EMPTY: Text = t(
    "会议还没有带时间的记录(议程开始、述职、核对、意见建议)。",
    "Nothing with a time has been recorded yet (agenda, reports, counts, suggestions).",
);
pub const AUDIT_EMPTY: Text = t(
    "没有符合筛选条件的修改记录。",
    "No audit entries match the filter.",
);

pub const FILTER: Text = t("筛选", "Filter");
pub const FILTER_ALL: Text = t("全部", "All");
pub const AUDIT_KIND_HEADER: Text = t("会议信息", "Header");
pub const AUDIT_KIND_AGENDA: Text = t("议程", "Agenda");
pub const AUDIT_KIND_ATTENDANCE: Text = t("到会", "Attendance");
pub const AUDIT_KIND_REPORT: Text = t("述职", "Report");
pub const AUDIT_KIND_COUNTS: Text = t("计票", "Counts");
pub const AUDIT_KIND_ROUND: Text = t("测评轮次", "Rounds");
pub const AUDIT_KIND_SUGGESTIONS: Text = t("意见建议", "Suggestions");
pub const AUDIT_KIND_SESSION: Text = t("会议文件", "Session");

pub const COL_TIME: Text = t("时间", "Time");
pub const COL_WHO: Text = t("操作人", "Who");
pub const COL_KIND: Text = t("类别", "Kind");
pub const COL_WHAT: Text = t("对象", "What");
pub const COL_CHANGE: Text = t("原值 → 新值", "Old → new");
pub const COL_REASON: Text = t("原因", "Reason");

pub const KEY_SCROLL: Text = t("上下移动", "Move up / down");
pub const KEY_PAGE: Text = t("翻页", "Page up / down");
pub const KEY_ENDS: Text = t("到开头/结尾", "To the first / last");
pub const KEY_FILTER_NEXT: Text = t("下一个筛选类别", "Next filter");
pub const KEY_FILTER_PREV: Text = t("上一个筛选类别", "Previous filter");
pub const KEY_FILTER_ALL: Text = t("显示全部", "Show all");

pub const HINT_TIMELINE: Text = t(
    "↑↓ 移动  PgUp/PgDn 翻页  F1 帮助",
    "↑↓ move  PgUp/PgDn page  F1 help",
);
pub const HINT_AUDIT: Text = t(
    "↑↓ 移动  f/Tab 筛选类别  0 全部  F1 帮助",
    "↑↓ move  f/Tab filter by kind  0 all  F1 help",
);

pub fn entries_count(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("{shown} / {total} 条"),
        Lang::En => format!("{shown} of {total}"),
    }
}

pub fn took_minutes(lang: Lang, minutes: i64) -> String {
    match lang {
        Lang::Zh => format!("用时 {minutes} 分钟"),
        Lang::En => format!("took {minutes} min"),
    }
}
