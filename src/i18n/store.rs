//! Strings of the disk side: what went wrong with a session file, its lock, its saving, and the
//! meeting states the session picker shows.
//!
//! Each message is one sentence: what is wrong, with the path, and what to do about it.

use super::{Message, Text, t};
use std::path::Path;

pub const STATE_NOT_STARTED: Text = t("未开始", "Not started");
pub const STATE_IN_PROGRESS: Text = t("进行中", "In progress");
pub const STATE_FINISHED: Text = t("已结束", "Finished");

pub const SAVER_NOT_STARTED: Text = t(
    "无法启动后台保存,改动不会写入磁盘;请退出后重新打开。",
    "The background saving could not start, so changes are not written to disk; quit and open the meeting again.",
);

fn p(path: &Path) -> String {
    path.display().to_string()
}

/// The closing clause of a load error: where the previous version is, if there is one.
fn backup_clause(backup: Option<&Path>) -> Message {
    match backup {
        Some(b) => Message::new(
            format!("文件未作改动,上一版本的备份在 {}。", p(b)),
            format!(
                "The file was left as it is; the previous version is backed up at {}.",
                p(b)
            ),
        ),
        None => Message::new(
            "文件未作改动,没有备份。",
            "The file was left as it is; there is no backup of it.",
        ),
    }
}

fn with_backup(main: Message, backup: Option<&Path>) -> Message {
    let b = backup_clause(backup);
    Message::new(
        format!("{}{}", main.zh, b.zh),
        format!("{} {}", main.en, b.en),
    )
}

pub fn not_found(path: &Path) -> Message {
    Message::new(
        format!(
            "找不到 {};请检查路径,或用 pingyi new 新建一次会议。",
            p(path)
        ),
        format!(
            "{} does not exist; check the path, or start a new meeting with `pingyi new`.",
            p(path)
        ),
    )
}

pub fn is_folder(path: &Path) -> Message {
    Message::new(
        format!(
            "{} 是文件夹而不是会议文件;请指定其中的某个 .json 文件。",
            p(path)
        ),
        format!(
            "{} is a folder, not a session file; name one of the .json files in it.",
            p(path)
        ),
    )
}

pub fn permission_denied(path: &Path) -> Message {
    Message::new(
        format!(
            "没有读写 {} 的权限;请检查它的权限,或换一个文件夹(--dir)。",
            p(path)
        ),
        format!(
            "No permission to read or write {}; check its permissions or use another folder (--dir).",
            p(path)
        ),
    )
}

pub fn read_only_folder(dir: &Path) -> Message {
    Message::new(
        format!(
            "文件夹 {} 是只读的,无法在其中保存;请换一个可写的文件夹(--dir)。",
            p(dir)
        ),
        format!(
            "The folder {} is read-only, so nothing can be saved in it; use a writable folder (--dir).",
            p(dir)
        ),
    )
}

pub fn disk_full(path: &Path) -> Message {
    Message::new(
        format!(
            "磁盘已满,{} 没能保存(磁盘上的文件未作改动);请腾出空间。",
            p(path)
        ),
        format!(
            "The disk is full, so {} was not saved (the file on disk is unchanged); free some space.",
            p(path)
        ),
    )
}

pub fn bad_json(
    path: &Path,
    line: usize,
    column: usize,
    detail: &str,
    backup: Option<&Path>,
) -> Message {
    with_backup(
        Message::new(
            format!(
                "{} 第 {line} 行第 {column} 列不是有效的 JSON({detail})。",
                p(path)
            ),
            format!(
                "{} is not valid JSON at line {line}, column {column} ({detail}).",
                p(path)
            ),
        ),
        backup,
    )
}

pub fn bad_field(
    path: &Path,
    line: usize,
    column: usize,
    detail: &str,
    backup: Option<&Path>,
) -> Message {
    let at_zh = if line > 0 {
        format!("第 {line} 行第 {column} 列")
    } else {
        String::new()
    };
    let at_en = if line > 0 {
        format!(" at line {line}, column {column}")
    } else {
        String::new()
    };
    with_backup(
        Message::new(
            format!("{} {at_zh}的内容不符合会议记录的格式({detail})。", p(path)),
            format!(
                "{}{at_en} does not fit the meeting record format ({detail}).",
                p(path)
            ),
        ),
        backup,
    )
}

pub fn not_pingyi(path: &Path, found: Option<&str>, backup: Option<&Path>) -> Message {
    let (zh, en) = match found {
        Some(f) => (format!("format 为“{f}”"), format!("its format is “{f}”")),
        None => (
            "缺少 format 字段".to_string(),
            "it has no format field".to_string(),
        ),
    };
    with_backup(
        Message::new(
            format!(
                "{} 不是 pingyi 会议文件({zh},应为“pingyi-session”);请确认打开的是正确的文件。",
                p(path)
            ),
            format!(
                "{} is not a pingyi session ({en}, expected “pingyi-session”); check that this is the right file.",
                p(path)
            ),
        ),
        backup,
    )
}

pub fn newer_version(path: &Path, found: u64, supported: u32, backup: Option<&Path>) -> Message {
    with_backup(
        Message::new(
            format!(
                "{} 由较新版本的 pingyi 写成(文件版本 {found},本程序最高支持 {supported});请升级 pingyi 后再打开。",
                p(path)
            ),
            format!(
                "{} was written by a newer pingyi (file version {found}; this build reads up to {supported}); update pingyi to open it.",
                p(path)
            ),
        ),
        backup,
    )
}

pub fn bad_version(path: &Path, found: &str, supported: u32, backup: Option<&Path>) -> Message {
    with_backup(
        Message::new(
            format!(
                "{} 的文件版本“{found}”无效(应为 1 至 {supported} 的整数);请确认文件没有被改坏。",
                p(path)
            ),
            format!(
                "{} has an invalid file version “{found}” (expected a whole number from 1 to {supported}); check that the file is not damaged.",
                p(path)
            ),
        ),
        backup,
    )
}

pub fn inconsistent(path: &Path, count: usize, first: &Message, backup: Option<&Path>) -> Message {
    with_backup(
        Message::new(
            format!(
                "{} 的记录有 {count} 处前后矛盾(第一处:{});请运行 pingyi check 查看全部。",
                p(path),
                first.zh
            ),
            format!(
                "{} contradicts itself in {count} place(s) (first: {}); run `pingyi check` to list them all.",
                p(path),
                first.en
            ),
        ),
        backup,
    )
}

pub fn lock_held(path: &Path, who: &str, host: &str, pid: u32, since: &str) -> Message {
    Message::new(
        format!(
            "{} 正由 {who} 在 {host}(进程 {pid})上编辑,自 {since} 起;此处只能只读打开。",
            p(path)
        ),
        format!(
            "{} is being edited by {who} on {host} (process {pid}) since {since}; it can only be opened read-only here.",
            p(path)
        ),
    )
}

pub fn lock_unreadable(lock: &Path) -> Message {
    Message::new(
        format!(
            "锁文件 {} 无法识别;如果确定没有人在编辑这次会议,请删除它后重试。",
            p(lock)
        ),
        format!(
            "The lock file {} cannot be read; if you are sure no one is editing this meeting, delete it and try again.",
            p(lock)
        ),
    )
}

pub fn save_timed_out(path: &Path, secs: u64) -> Message {
    Message::new(
        format!(
            "{} 在 {secs} 秒内没有保存完毕;磁盘可能很慢,请稍后再试。",
            p(path)
        ),
        format!(
            "{} was not saved within {secs} s; the disk may be slow, so try again in a moment.",
            p(path)
        ),
    )
}

/// What was being done when an unexpected disk error struck (fills `io_failed`).
pub const ACTION_READ: Text = t("读取", "read");
pub const ACTION_WRITE: Text = t("写入", "write");
pub const ACTION_CREATE: Text = t("创建", "create");
pub const ACTION_BACKUP: Text = t("备份", "back up");
pub const ACTION_REPLACE: Text = t("替换", "replace");
pub const ACTION_SYNC: Text = t("同步到磁盘", "sync to disk");
pub const ACTION_LOCK: Text = t("加锁", "lock");

pub fn io_failed(path: &Path, action: Text, detail: &str) -> Message {
    Message::new(
        format!(
            "无法{} {}:{detail};请检查磁盘和文件夹后重试。",
            action.zh,
            p(path)
        ),
        format!(
            "Could not {} {}: {detail}; check the disk and the folder, then try again.",
            action.en,
            p(path)
        ),
    )
}
