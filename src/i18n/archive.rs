//! Strings of the evaluation archive (评议档案): the table of meetings, totals, overdue follow-ups.

use super::{Lang, Text, t};

pub const COL_DATE: Text = t("日期", "Date");
pub const COL_TITLE: Text = t("会议", "Meeting");
pub const COL_EVALUATED: Text = t("评议对象", "Evaluated");
pub const COL_EXPECTED_PRESENT: Text = t("应到/实到", "Expected/present");
pub const COL_ROUNDS: Text = t("测评轮次", "Rounds");
pub const COL_BALLOTS: Text = t("测评票", "Ballots");
pub const COL_HEADLINE: Text = t("主要比率", "Headline rates");
pub const COL_COLLECTED: Text = t("意见建议", "Suggestions");
pub const COL_ACCEPTED: Text = t("采纳", "Accepted");
pub const COL_SOLVED: Text = t("已解决", "Solved");
pub const COL_OVERDUE: Text = t("逾期", "Overdue");
pub const COL_FILE: Text = t("文件", "File");
pub const COL_PROBLEM: Text = t("问题", "Problem");
pub const COL_MEETING: Text = t("所属会议", "Meeting");
pub const COL_NO: Text = t("编号", "No.");
pub const COL_SUGGESTION: Text = t("意见建议", "Suggestion");
pub const COL_MEASURE: Text = t("整改措施", "Measure");
pub const COL_OWNER: Text = t("责任人", "Owner");
pub const COL_DEADLINE: Text = t("整改时限", "Deadline");
pub const COL_DAYS_LATE: Text = t("逾期天数", "Days late");
pub const COL_STATUS: Text = t("状态", "Status");
pub const TOTAL: Text = t("合计", "Total");
pub const NO_DATE: Text = t("(无日期)", "(no date)");
pub const EMPTY: Text = t(
    "该文件夹中没有会议文件(*.json)。",
    "There are no meeting files (*.json) in this folder.",
);
pub const NONE_OVERDUE: Text = t("没有逾期的整改事项。", "No follow-up is overdue.");
pub const FAILED_HEADING: Text = t("无法读取的文件", "Files that could not be read");

// The xlsx workbook: its title, header fields and sheets (at most 31 characters each).
pub const TITLE: Text = t("评议档案", "Evaluation archive");
pub const FIELD_FOLDER: Text = t("文件夹", "Folder");
pub const FIELD_AS_OF: Text = t("逾期计算日", "Overdue as of");
pub const FIELD_MEETINGS: Text = t("会议", "Meetings");
pub const SHEET_ABOUT: Text = t("说明", "About");
pub const SHEET_MEETINGS: Text = t("会议", "Meetings");
pub const SHEET_OVERDUE: Text = t("逾期整改", "Overdue");
pub const SHEET_FAILED: Text = t("无法读取", "Not read");
pub const XLSX_NEEDS_OUTPUT: Text = t(
    "xlsx 工作簿不能输出到终端,请用 -o 文件名.xlsx 指定文件",
    "An xlsx workbook cannot go to the terminal; name a file with -o FILE.xlsx",
);

pub fn meetings_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{n} 次会议"),
        Lang::En if n == 1 => "1 meeting".to_string(),
        Lang::En => format!("{n} meetings"),
    }
}

pub fn failed_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{n} 个文件无法读取,见下表。"),
        Lang::En if n == 1 => "1 file could not be read; see below.".to_string(),
        Lang::En => format!("{n} files could not be read; see below."),
    }
}

pub fn walk_failed(lang: Lang, detail: &str) -> String {
    match lang {
        Lang::Zh => format!("无法读取该文件夹:{detail}"),
        Lang::En => format!("could not read this folder: {detail}"),
    }
}

/// One headline rate: `整体评价满意率 100.00%` / `Overall rating: Satisfied rate 100.00%`.
pub fn headline(lang: Lang, item: &str, rate: &str, share: &str) -> String {
    match lang {
        Lang::Zh => format!("{item}{rate} {share}"),
        Lang::En => format!("{item}: {rate} {share}"),
    }
}

pub const ABOUT: Text = t(
    "评议档案:文件夹中每次会议一行(含子文件夹),附合计;--overdue 列出所有逾期整改事项",
    "The evaluation archive: one row per meeting file in a folder (recursively) with totals; --overdue lists every overdue follow-up",
);
pub const DIR_HELP: Text = t(
    "会议文件所在文件夹(默认会议文件夹)",
    "The folder of meeting files (default: the sessions folder)",
);
pub const SORT_HELP: Text = t("排序方式", "Order of the rows");
pub const FROM_HELP: Text = t(
    "只列此日期及以后的会议",
    "Only meetings on or after this date",
);
pub const TO_HELP: Text = t(
    "只列此日期及以前的会议",
    "Only meetings on or before this date",
);
pub const FORMAT_HELP: Text = t("输出格式", "Output format");
pub const OVERDUE_HELP: Text = t(
    "列出所有逾期的整改事项,最早到期的在前",
    "List every overdue follow-up, the oldest deadline first",
);
pub const AS_OF_HELP: Text = t(
    "逾期按哪一天计算(默认今天)",
    "The day overdue is reckoned from (default today)",
);
