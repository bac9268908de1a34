//! Strings shared by the live-meeting areas (agenda, attendance, report, suggestions):
//! refusals of what was typed, and the words of undo.

use super::{Message, Text, t};

/// `field` was left empty.
pub fn empty(field: Text) -> Message {
    Message::new(
        format!("{}不能为空,请填写后再确认", field.zh),
        format!(
            "The {} cannot be empty; fill it in and confirm again.",
            field.en
        ),
    )
}

/// `field` has `got` characters, more than `max`.
pub fn too_long(field: Text, got: usize, max: usize) -> Message {
    Message::new(
        format!(
            "{}有 {got} 个字,最多 {max} 个;请删短后再确认(已输入的内容仍在)",
            field.zh
        ),
        format!(
            "The {} has {got} characters, at most {max} are allowed; shorten it and confirm again (what you typed is kept).",
            field.en
        ),
    )
}

/// `typed` is not a whole number of minutes from 1 to `max`.
pub fn not_minutes(field: Text, typed: &str, max: u32) -> Message {
    Message::new(
        format!(
            "{}“{typed}”不是 1 至 {max} 之间的整数分钟,请重新填写",
            field.zh
        ),
        format!(
            "The {} “{typed}” is not a whole number of minutes from 1 to {max}; type it again.",
            field.en
        ),
    )
}

/// The thing named `what` (e.g. “议程 3”) is not in the record.
pub fn not_found(what_zh: &str, what_en: &str) -> Message {
    Message::new(
        format!("{what_zh}不存在(可能已被删除),请刷新后重试"),
        format!("{what_en} does not exist (it may have been removed); look again and retry."),
    )
}

pub const UNDONE: Text = t("已撤销", "Undone");
pub const NOTHING_TO_UNDO: Text = t("没有可撤销的操作", "Nothing to undo");

pub const KEYS_FORM: Text = t("表单与提问", "Forms and questions");
pub const KEY_NEXT_FIELD: Text = t("下一栏", "next field");
pub const KEY_PREV_FIELD: Text = t("上一栏", "field before");
pub const KEY_ENTER_FIELD: Text = t("下一栏/确认", "next/confirm");
pub const KEY_SAVE_FORM: Text = t("确认", "confirm");
pub const KEY_OPTION_BEFORE: Text = t("上一个选项", "option before");
pub const KEY_OPTION_AFTER: Text = t("下一个选项", "option after");
pub const KEY_PICK_OPTION: Text = t("选项", "pick");
pub const KEY_CANCEL_FORM: Text = t("取消", "cancel");
