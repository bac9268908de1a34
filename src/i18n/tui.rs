//! Strings of the application shell: screens' names, the status line, the help screen, keys.

use super::{Message, Text, t};

pub const APP_NAME: Text = t("评议", "pingyi");
pub const SCREEN_PICKER: Text = t("会议文件", "Meetings");
pub const SCREEN_HEADER: Text = t("会议信息", "Header");
// Short names for a narrow tab bar (the screens' own names are kept where they fit).
pub const TAB_HEADER: Text = t("信息", "Info");
pub const TAB_ATTENDANCE: Text = t("签到", "Roll");
pub const TAB_RESULTS: Text = t("结果", "Results");
pub const TAB_SUGGESTIONS: Text = t("建议", "Ideas");
pub const TAB_LEDGER: Text = t("台账", "Ledger");
pub const TAB_TIMELINE: Text = t("时间线", "Time");
pub const TAB_AUDIT: Text = t("记录", "Audit");
pub const KEYS_GLOBAL: Text = t("全局", "Everywhere");
pub const TEXT_FIELDS: Text = t("文本输入框", "Text fields");

pub const KEY_QUIT: Text = t("保存并退出", "Save and quit");
pub const KEY_HELP: Text = t("帮助(按键一览)", "Help (all keys)");
pub const KEY_HELP_OUTSIDE_FIELDS: Text = t("帮助(不在输入框中时)", "Help (outside a text field)");
pub const KEY_UNDO: Text = t(
    "撤销本屏最后一次修改",
    "Undo the last change on this screen",
);
pub const KEY_LANG: Text = t("切换界面语言 中文/English", "Switch language 中文/English");
pub const KEY_PREV_SCREEN: Text = t("上一屏", "Previous screen");
pub const KEY_NEXT_SCREEN: Text = t("下一屏", "Next screen");
pub const KEY_UP: Text = t("上移", "Move up");
pub const KEY_DOWN: Text = t("下移", "Move down");
pub const KEY_PICKER_OPEN: Text = t("打开所选会议", "Open the selected meeting");
pub const KEY_PICKER_REVIEW: Text = t("只读查阅所选会议", "Open the selected meeting read-only");
pub const KEY_PICKER_NEW: Text = t("新建会议", "New meeting");
pub const KEY_PICKER_REFRESH: Text = t("刷新列表", "Refresh the list");
pub const KEY_HEADER_EDIT: Text = t(
    "编辑所选项;编辑中 Enter 保存并到下一项,Esc 放弃",
    "Edit the field; while editing Enter keeps it and moves on, Esc drops the edit",
);
pub const KEY_CARET: Text = t("移动光标", "Move the caret");
pub const KEY_HOME_END: Text = t("到行首/行尾", "Start / end of line");
pub const KEY_DELETE_CHAR: Text = t("删除一个字", "Delete one character");
pub const KEY_DELETE_MORE: Text = t(
    "删除光标前全部/光标后全部/前一个词",
    "Delete to start / to end / the word before",
);
pub const KEY_NEWLINE: Text = t("多行输入框中换行", "New line in a multi-line field");

pub const HELP_TITLE: Text = t("帮助 — 按键一览(Esc 关闭)", "Help — every key (Esc closes)");
pub const TOO_SMALL: Text = t("终端窗口太小", "Terminal too small");
pub const TOO_SMALL_HINT: Text = t("请放大窗口", "Please enlarge it");

pub const SAVE_SAVED: Text = t("已保存", "Saved");
pub const SAVE_PENDING: Text = t("待保存", "Unsaved");
pub const SAVE_SAVING: Text = t("保存中…", "Saving…");
pub const SAVE_FAILED: Text = t("保存失败", "Save failed");
pub const SAVE_RETRYING: Text = t("正在重试", "retrying");
pub const READ_ONLY: Text = t("只读", "Read-only");
pub const READ_ONLY_REVIEW: Text = t("只读查阅", "Review (read-only)");
pub const READ_ONLY_REFUSED: Text = t(
    "此会议以只读方式打开,不能修改",
    "This meeting is open read-only; it cannot be changed",
);
pub const NOTHING_TO_UNDO: Text = t("本屏没有可撤销的修改", "Nothing to undo on this screen");
pub const UNDONE: Text = t("已撤销", "Undone");
pub const UNDO_REASON: Text = t("撤销", "undo");
pub const QUIT_SAVE_FAILED: Text = t(
    "最后的修改未能保存。再按 Ctrl+Q 仍退出(文件保留上次保存的内容)",
    "The last change could not be saved. Press Ctrl+Q again to quit anyway (the file keeps its last saved version)",
);

pub const PICKER_EMPTY: Text = t(
    "此文件夹中还没有会议文件。按 n 新建会议。",
    "No meeting files in this folder yet. Press n to start a new meeting.",
);
pub const PICKER_BROKEN: Text = t("无法打开", "Cannot open");
pub const PICKER_FOLDER: Text = t("文件夹", "Folder");
pub const COL_DATE: Text = t("日期", "Date");
pub const COL_TITLE: Text = t("会议", "Meeting");
pub const COL_EVALUATED: Text = t("评议对象", "Evaluated");
pub const COL_TURNOUT: Text = t("实到/应到", "Present");
pub const COL_RATE: Text = t("主要测评结果", "Headline rate");
pub const COL_SUGGESTIONS: Text = t("意见 收/采/办/超", "Sugg. c/a/s/late");
pub const COL_ROUNDS: Text = t("轮次", "Rnds");
pub const COL_BALLOTS: Text = t("票数", "Ballots");
pub const COL_STATE: Text = t("状态", "State");
pub const COL_FILE: Text = t("文件", "File");
pub const HINT_PICKER: Text = t(
    "Enter 打开  r 只读查阅  n 新建  F1 帮助  Ctrl+Q 退出",
    "Enter open  r review  n new  F1 help  Ctrl+Q quit",
);
pub const HINT_HEADER: Text = t(
    "↑↓ 选择  Enter 编辑  F1 帮助  Ctrl+Q 退出",
    "↑↓ choose  Enter edit  F1 help  Ctrl+Q quit",
);
pub const HINT_EDITING: Text = t(
    "Enter 保存  Tab 保存并到下一项  Esc 放弃",
    "Enter keep  Tab keep and move on  Esc drop",
);
pub const HEADER_DATE_DEFAULT: Text = t(
    "  (新建会议时默认为当天,可按 Enter 修改)",
    "  (the day the meeting was made; Enter to change)",
);
pub const HEADER_PREVIEW: Text = t("记录抬头预览", "Record heading preview");
pub const HEADER_SAVED_FIELD: Text = t("已记录", "Recorded");

/// The terminal could not be set up or drawn on.
pub fn terminal_error(e: &dyn std::fmt::Display) -> Message {
    Message::new(format!("终端出错: {e}"), format!("terminal error: {e}"))
}

/// Why quitting waits: the last save failed, and what a second Ctrl+Q does.
pub fn quit_save_failed(why: &Message) -> Message {
    Message::new(
        format!("{} — {}", why.zh, QUIT_SAVE_FAILED.zh),
        format!("{} — {}", why.en, QUIT_SAVE_FAILED.en),
    )
}

/// A file's state could not be read (the operating system's words, in both languages).
pub fn os_error(e: &dyn std::fmt::Display) -> Message {
    Message::new(e.to_string(), e.to_string())
}

/// The head of README's key map: keys, then what they do in English and in Chinese.
pub const KEY_MAP_WHAT: Text = t("作用", "What it does");
