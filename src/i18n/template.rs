//! Strings of template files: what is wrong where, and what to do about it.

use super::{Message, Text, t};

pub const NEW_TEMPLATE_HELP: Text = t(
    "从模板文件创建(格式见 docs/TEMPLATE.md),不用内置的群众评议会模板",
    "Start from a template file (see docs/TEMPLATE.md) instead of the built-in one",
);

pub fn syntax(line: usize, column: usize, detail: &str) -> Message {
    Message::new(
        format!("模板文件第 {line} 行第 {column} 列有误:{detail};请对照 docs/TEMPLATE.md 修改"),
        format!(
            "Template file, line {line}, column {column}: {detail}; fix it as docs/TEMPLATE.md shows."
        ),
    )
}

pub fn unknown_field(path: &str) -> Message {
    Message::new(
        format!("{path}:不认识的字段(拼写错误?);请删除或改正"),
        format!("{path}: unknown field (a typo?); remove or correct it."),
    )
}

pub fn zero_minutes(path: &str) -> Message {
    Message::new(
        format!("{path}:计划时长须为 1 至 600 分钟"),
        format!("{path}: planned minutes must be from 1 to 600."),
    )
}

pub fn empty_text(path: &str) -> Message {
    Message::new(
        format!("{path}:不能为空"),
        format!("{path}: must not be empty."),
    )
}

pub fn empty_list(path: &str) -> Message {
    Message::new(
        format!("{path}:至少需要一项"),
        format!("{path}: needs at least one entry."),
    )
}

pub fn duplicate(path: &str, value: &str) -> Message {
    Message::new(
        format!("{path}:“{value}”重复出现"),
        format!("{path}: “{value}” appears twice."),
    )
}

pub fn bad_fraction(path: &str, num: u32, den: u32) -> Message {
    Message::new(
        format!("{path}:比例 {num}/{den} 无效(分母须大于 0,分子不大于分母)"),
        format!(
            "{path}: the fraction {num}/{den} is not valid (denominator above 0, numerator at most the denominator)."
        ),
    )
}

pub fn grade_count(path: &str, got: usize) -> Message {
    Message::new(
        format!("{path}:评价等次有 {got} 个,须为 2 至 9 个"),
        format!("{path}: the scale has {got} grades; it needs 2 to 9."),
    )
}

pub fn grade_index(path: &str, index: usize, grades: usize) -> Message {
    Message::new(
        format!("{path}:等次序号 {index} 超出范围(共 {grades} 个等次,序号从 0 开始)"),
        format!(
            "{path}: grade index {index} is out of range (the scale has {grades}, counted from 0)."
        ),
    )
}

pub fn problems(count: usize) -> Message {
    Message::new(
        format!("模板文件有 {count} 处问题"),
        format!(
            "The template file has {}.",
            super::count_en(count, "problem", "problems")
        ),
    )
}
