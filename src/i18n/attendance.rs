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
        format!("{name} raised {count} suggestion(s) and cannot be removed; edit them instead."),
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

pub fn quorum_short(present: u32, required: u32) -> Message {
    let short = required.saturating_sub(present);
    Message::new(
        format!("不足法定人数:实到 {present} 人,需 {required} 人,还差 {short} 人"),
        format!("Not quorate: {present} present, {required} needed, {short} short."),
    )
}
