//! Strings of roster import: unreadable files, bad rows (by line number), the summary.

use super::{Lang, Message};

/// Header words a roster's columns are recognised by (lower case, without spaces), in both
/// languages and the usual variants of a village office's sheet.
pub const NAME_HEADERS: &[&str] = &["姓名", "名字", "人员", "参会人", "参会人员", "name"];
pub const CATEGORY_HEADERS: &[&str] = &[
    "类别",
    "类型",
    "界别",
    "身份",
    "分类",
    "人员类别",
    "category",
    "type",
];
pub const UNIT_HEADERS: &[&str] = &[
    "单位",
    "村",
    "村(居)",
    "村（居）",
    "工作单位",
    "所在单位",
    "单位/村",
    "unit",
    "village",
    "organisation",
    "organization",
];
pub const NOTE_HEADERS: &[&str] = &["备注", "说明", "note", "notes", "remark", "remarks"];

pub fn unreadable(path: &str, err: &str) -> Message {
    Message::new(
        format!("无法读取文件 {path}:{err};请检查路径和权限"),
        format!("Cannot read {path}: {err}; check the path and its permissions."),
    )
}

pub fn not_text(path: &str) -> Message {
    Message::new(
        format!("{path} 既不是 UTF-8 也不是 GBK/GB18030 文本;请在表格软件中另存为 CSV 后再导入"),
        format!(
            "{path} is neither UTF-8 nor GBK/GB18030 text; save it as CSV from the spreadsheet and import again."
        ),
    )
}

pub fn empty(path: &str) -> Message {
    Message::new(
        format!("{path} 中没有任何人员"),
        format!("{path} has nobody in it."),
    )
}

pub const NO_NAME_COLUMN: (&str, &str) = (
    "表头中没有“姓名”一列;请把姓名所在列的表头写作“姓名”",
    "The header row has no name column; head the column of names “姓名” or “name”.",
);

pub fn too_many_columns(got: usize, max: usize) -> Message {
    Message::new(
        format!("有 {got} 列,最多 {max} 列(姓名、类别、单位、备注)"),
        format!("has {got} columns, at most {max} (name, category, unit, note)"),
    )
}

pub const NO_CATEGORY: (&str, &str) = (
    "没有类别;请在第二列填写类别,或导入时选择默认类别",
    "has no category; put one in the second column, or choose a default category for the import",
);

/// “第12行:…” / “line 12: …”.
pub fn at_line(line: usize, message: &Message, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("第{line}行:{}", message.zh),
        Lang::En => format!("line {line}: {}", message.en),
    }
}

pub fn summary(good: usize, bad: usize, encoding: &str) -> Message {
    Message::new(
        format!("可导入 {good} 人,跳过 {bad} 行有误的行(文件编码:{encoding})"),
        format!(
            "{} to import, {} skipped (file encoding: {encoding}).",
            super::count_en(good, "person", "people"),
            super::count_en(bad, "bad line", "bad lines")
        ),
    )
}
