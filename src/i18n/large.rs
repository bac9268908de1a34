//! Strings of the generated large meeting and folders (`pingyi demo --large`, `--folder`).

use super::{Message, Text, t};
use std::path::Path;

pub const DEMO_LARGE_HELP: Text = t(
    "写出一个大型会议(1000 名参会人、4 轮各 2000 张测评票、2000 条意见建议),用于性能测试",
    "Write a large meeting (1,000 attendees, 4 rounds of 2,000 ballots, 2,000 suggestions) for benchmarks",
);
pub const DEMO_FOLDER_HELP: Text = t(
    "在此文件夹写出一批镇级规模的会议(供档案汇总的性能测试)",
    "Write a batch of town-sized meetings into this folder (for the archive benchmark)",
);
pub const DEMO_COUNT_HELP: Text = t(
    "--folder 写出的会议数(默认 1000)",
    "How many meetings --folder writes (default 1000)",
);
pub const WALK_IN_NOTE: Text = t(
    "未在名单上,现场登记",
    "Not on the roster; registered at the door",
);

/// A step of the generator that the record refused (a fault in the generator, not in the user's
/// input).
pub fn step_refused(why: &Message) -> Message {
    Message::new(
        format!("生成示例会议时有一步被拒绝:{};请报告此问题。", why.zh),
        format!(
            "A step of the generated meeting was refused: {}; please report this.",
            why.en
        ),
    )
}

pub fn folder_failed(dir: &Path, e: &std::io::Error) -> Message {
    Message::new(
        format!("无法建立文件夹 {}:{e};请换一个可写的位置。", dir.display()),
        format!(
            "Could not make the folder {}: {e}; choose a place you can write to.",
            dir.display()
        ),
    )
}

pub fn folder_written(count: usize, dir: &Path) -> Message {
    Message::new(
        format!("已在 {} 写出 {count} 个会议文件", dir.display()),
        format!("Wrote {count} meeting files into {}", dir.display()),
    )
}
