//! Strings of the command line: the help of every command and option, and what `check`, `new`
//! and `demo` print.

use super::{Message, Text, t};
use std::path::Path;

pub const ABOUT: Text = t(
    "pingyi(评议):在终端里现场主持群众评议会,并保存会议记录。不带子命令时打开会议列表。",
    "pingyi (评议): run a public evaluation meeting (群众评议会) live in the terminal and keep its record. Without a command it opens the list of meetings.",
);
pub const LANG_HELP: Text = t(
    "界面语言(默认取 PINGYI_LANG,再取系统语言)",
    "Interface language (else PINGYI_LANG, else the locale)",
);
pub const DIR_HELP: Text = t(
    "会议文件所在文件夹(默认 ./sessions 或用户数据文件夹)",
    "Folder of the meeting files (else ./sessions if present, else the user's data folder)",
);
pub const WHO_HELP: Text = t(
    "操作人姓名,写入修改记录(默认取 $USER)",
    "Who is at the keyboard, for the audit log (else $USER)",
);

pub const NEW_ABOUT: Text = t(
    "新建一次会议,显示文件路径后打开它",
    "Start a new meeting: create its file, print the path, open it",
);
pub const NEW_TITLE_HELP: Text = t("会议主题", "The meeting's subject (主题)");
pub const NEW_DATE_HELP: Text = t(
    "会议日期,如 2010-10-19",
    "The meeting date, e.g. 2010-10-19",
);
pub const OPEN_ABOUT: Text = t("打开会议文件进行编辑", "Open a meeting file for editing");
pub const REVIEW_ABOUT: Text = t(
    "只读查看会议文件(不加锁,不写入)",
    "Look through a meeting file read-only (no lock, never writes)",
);
pub const FILE_HELP: Text = t("会议文件(.json)", "The meeting file (.json)");
pub const CHECK_ABOUT: Text = t(
    "检查会议文件并列出问题;全部完好时退出码为 0",
    "Load and check meeting files, list their problems; exit status 0 only if all are sound",
);
pub const CHECK_FILES_HELP: Text = t("要检查的会议文件", "The meeting files to check");
pub const SCHEMA_ABOUT: Text = t(
    "输出会议文件格式的 JSON Schema",
    "Print the JSON Schema of the meeting file format",
);
pub const DEMO_ABOUT: Text = t(
    "写出一个示例会议(网岭镇或油田开发管理部)",
    "Write an example meeting (the Wangling town meeting or the oil-field department)",
);
pub const DEMO_EXAMPLE_HELP: Text = t("哪个示例", "Which example");
pub const DEMO_OUTPUT_HELP: Text = t(
    "写到此文件(已存在则替换并保留备份);不给则在会议文件夹中新建",
    "Write to this file (an existing one is replaced, its backup kept); else a new file in the folder",
);

pub const CHECK_SOUND: Text = t("完好", "sound");
pub const CHECK_SUMMARY_OK: Text = t("全部文件完好。", "Every file is sound.");

pub fn check_summary_failed(bad: usize, total: usize) -> Message {
    Message::new(
        format!("{total} 个文件中有 {bad} 个有问题。"),
        format!("{bad} of {total} file(s) have problems."),
    )
}

pub fn created(path: &Path) -> Message {
    Message::new(
        format!("已新建 {}", path.display()),
        format!("Created {}", path.display()),
    )
}

pub fn written(path: &Path) -> Message {
    Message::new(
        format!("已写出 {}", path.display()),
        format!("Wrote {}", path.display()),
    )
}

pub fn terminal_failed(detail: &str) -> Message {
    Message::new(
        format!("终端出错:{detail};会议已保存到的内容不受影响。"),
        format!("The terminal failed: {detail}; what was already saved is unaffected."),
    )
}

pub fn schema_failed(detail: &str) -> Message {
    Message::new(
        format!("无法输出 JSON Schema:{detail}"),
        format!("Could not print the JSON Schema: {detail}"),
    )
}
