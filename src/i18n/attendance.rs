//! Strings of attendance (清点到会人数): roster fields, check-in, counts, quorum, roster import.

use super::{Message, Text, t};

pub const NAME: Text = t("姓名", "name");
pub const CATEGORY: Text = t("类别", "category");
pub const UNIT: Text = t("单位/村", "unit or village");
pub const NOTE: Text = t("备注", "note");
pub const REASON: Text = t("请假事由", "reason for the absence");

pub const EXPECTED: Text = t("应到", "Expected");
pub const PRESENT: Text = t("实到", "Present");
pub const EXCUSED: Text = t("请假", "Excused");
pub const ABSENT: Text = t("缺席", "Absent");
pub const WALK_INS: Text = t("列席", "Walk-ins");
pub const TOTAL: Text = t("合计", "Total");

pub fn no_person(id: u32) -> Message {
    super::live::not_found(&format!("参会人 {id} "), &format!("Attendee {id}"))
}

pub fn unknown_category(category: &str, known: &[String]) -> Message {
    Message::new(
        format!(
            "类别“{category}”不在本次会议的类别中(现有:{});请选一个现有类别,或先添加该类别",
            known.join("、")
        ),
        format!(
            "The category “{category}” is not one of this meeting's ({}); pick one of them or add the category first.",
            known.join(", ")
        ),
    )
}

pub fn duplicate(name: &str, unit: &str) -> Message {
    if unit.is_empty() {
        Message::new(
            format!("“{name}”已在名单中;若是同名的另一人,请为两人都填写单位以便区分"),
            format!(
                "“{name}” is already on the roster; if this is another person of the same name, give both a unit to tell them apart."
            ),
        )
    } else {
        Message::new(
            format!("“{name}”({unit})已在名单中"),
            format!("“{name}” ({unit}) is already on the roster."),
        )
    }
}

pub fn already_present(name: &str, time: &str) -> Message {
    Message::new(
        format!("{name} 已于 {time} 签到"),
        format!("{name} already checked in at {time}."),
    )
}

pub fn walk_in_reset(name: &str) -> Message {
    Message::new(
        format!("{name} 是列席人员,不在名单上;如未到会,请删除该人"),
        format!("{name} is a walk-in, not on the roster; remove them if they did not come."),
    )
}

pub fn raised_suggestions(name: &str, count: usize) -> Message {
    Message::new(
        format!("{name} 提出过 {count} 条意见建议,不能删除;可修改其信息"),
        format!(
            "{name} raised {} and cannot be removed; edit them instead.",
            super::count_en(count, "suggestion", "suggestions")
        ),
    )
}

pub fn category_exists(name: &str) -> Message {
    Message::new(
        format!("类别“{name}”已存在"),
        format!("The category “{name}” already exists."),
    )
}

pub fn bad_quorum(num: u32, den: u32) -> Message {
    Message::new(
        format!("法定人数比例 {num}/{den} 无效:分母须大于 0,且分子不大于分母"),
        format!(
            "The quorum fraction {num}/{den} is not valid: the denominator must be above 0 and the numerator at most the denominator."
        ),
    )
}

pub fn checked_in(name: &str) -> Message {
    Message::new(format!("签到:{name}"), format!("check-in: {name}"))
}
pub fn excused(name: &str) -> Message {
    Message::new(format!("请假:{name}"), format!("excused: {name}"))
}
pub fn reset(name: &str) -> Message {
    Message::new(
        format!("取消签到/请假:{name}"),
        format!("back to expected: {name}"),
    )
}
pub fn added(name: &str) -> Message {
    Message::new(
        format!("添加参会人:{name}"),
        format!("add attendee: {name}"),
    )
}
pub fn walked_in(name: &str) -> Message {
    Message::new(format!("列席签到:{name}"), format!("walk-in: {name}"))
}
pub fn edited(name: &str) -> Message {
    Message::new(
        format!("修改参会人:{name}"),
        format!("edit attendee: {name}"),
    )
}
pub fn removed(name: &str) -> Message {
    Message::new(
        format!("删除参会人:{name}"),
        format!("remove attendee: {name}"),
    )
}
pub fn imported(count: usize) -> Message {
    Message::new(
        format!("导入名单 {count} 人"),
        format!("import {count} people into the roster"),
    )
}
pub fn category_added(name: &str) -> Message {
    Message::new(format!("添加类别:{name}"), format!("add category: {name}"))
}
pub const QUORUM_SET: Text = t("修改法定人数规则", "change the quorum rule");

pub const QUORUM_NONE: Text = t("不设法定人数", "No quorum required");

pub fn quorum_rule(num: u32, den: u32) -> Message {
    Message::new(
        format!("实到不少于应到的 {num}/{den}"),
        format!("at least {num}/{den} of those expected present"),
    )
}

pub fn quorum_at_least(count: u32) -> Message {
    Message::new(
        format!("实到不少于 {count} 人"),
        format!("at least {count} present"),
    )
}

pub fn quorum_met(present: u32, required: u32) -> Message {
    Message::new(
        format!("可以开会:实到 {present} 人,达到法定人数 {required} 人"),
        format!("The meeting may proceed: {present} present, quorum {required}."),
    )
}

pub fn quorum_no_roster() -> Message {
    Message::new(
        "尚无名单:先导入或添加应到人员,才能清点法定人数",
        "There is no roster yet: import or add the people expected before the quorum can be counted.",
    )
}

pub fn quorum_short(present: u32, required: u32) -> Message {
    let short = required.saturating_sub(present);
    Message::new(
        format!("不足法定人数:实到 {present} 人,需 {required} 人,还差 {short} 人"),
        format!("Not quorate: {present} present, {required} needed, {short} short."),
    )
}

pub const SCREEN: Text = t("签到", "Attendance");
pub const SEARCH: Text = t("查找", "Find");
pub const SEARCH_PLACEHOLDER: Text = t(
    "输入姓名、拼音首字母(黄武→hw)或全拼,Enter 签到",
    "Type a name, pinyin initials (黄武 → hw) or full pinyin; Enter checks in",
);
pub const NOBODY: Text = t(
    "没有找到;Tab 后按 w 登记列席人员",
    "Nobody found; Tab, then w to add a walk-in",
);
pub const QUORUM: Text = t("法定人数", "Quorum");
pub const ADD_TITLE: Text = t("添加到名单", "Add to the roster");
pub const WALK_IN_TITLE: Text = t(
    "登记列席人员(未在名单上,直接算实到)",
    "Walk-in (not on the roster, counted present)",
);
pub const EDIT_TITLE: Text = t("修改参会人", "Edit the attendee");
pub const EXCUSE_TITLE: Text = t("请假", "Excused");
pub const IMPORT_TITLE: Text = t(
    "导入名单(CSV 或文本,UTF-8 或 GBK)",
    "Import a roster (CSV or text, UTF-8 or GBK)",
);
pub const IMPORT_PATH: Text = t("文件路径", "file path");
pub const IMPORT_DEFAULT: Text = t("缺类别时", "no category");
pub const IMPORT_UNKNOWN: Text = t("新类别", "new categories");
pub const IMPORT_NO_DEFAULT: Text = t("报错", "report");
pub const IMPORT_REPORT: Text = t("报为错误行", "report the line");
pub const IMPORT_ADD: Text = t("加入为新类别", "add the category");
pub const IMPORT_CONFIRM: Text = t(
    "Enter 导入以上人员(有误的行跳过) · Esc 取消",
    "Enter imports these people (bad lines skipped) · Esc cancels",
);
pub const WALK_IN_MARK: Text = t("列席", "walk-in");

pub const HINT_SEARCH: Text = t(
    "输入查找 · ↑↓ 选择 · Enter 签到 · Tab 名单操作 · Esc 清空",
    "Type to find · ↑↓ select · Enter check in · Tab roster keys · Esc clear",
);
pub const HINT_LIST: Text = t(
    "Enter 签到 · x 请假 · u 取消 · w 列席 · a 添加 · e 修改 · Del 删除 · i 导入 · c 复制名单 · / 查找",
    "Enter check in · x excuse · u undo presence · w walk-in · a add · e edit · Del remove · i import · c copy roster · / find",
);
pub const KEY_FIND: Text = t("回到查找框", "Back to the search box");
pub const KEY_CHECK_IN: Text = t(
    "所选人员签到(记录时间)",
    "Check the selected person in (time recorded)",
);
pub const KEY_EXCUSE: Text = t(
    "所选人员请假(填写事由)",
    "Mark the selected person excused (with a reason)",
);
pub const KEY_RESET: Text = t("撤回签到或请假", "Take back a check-in or an excuse");
pub const KEY_WALK_IN: Text = t("登记列席人员", "Add a walk-in");
pub const KEY_ADD: Text = t("添加到名单", "Add someone to the roster");
pub const KEY_EDIT: Text = t("修改所选人员", "Edit the selected person");
pub const KEY_REMOVE: Text = t("从名单删除所选人员", "Remove the selected person");
pub const KEY_IMPORT: Text = t("从文件导入名单", "Import a roster from a file");
pub const KEY_SELECT: Text = t("选择人员", "Select a person");
pub const KEY_COPY: Text = t(
    "从以前的会议文件复制名单(全部回到应到)",
    "Copy the roster of an earlier meeting's file (everyone back to expected)",
);
pub const COPY_TITLE: Text = t(
    "从以前的会议复制名单",
    "Copy the roster of an earlier meeting",
);
pub const COPY_PATH: Text = t("会议文件", "meeting file");
