//! Strings of the written record (群众评议材料), the public notice (通报) and the export commands.

use super::{Lang, Text, t};

pub const TIME: Text = t("时间", "Time");

pub const SEC_AGENDA: Text = t("会议议程", "Agenda as held");
pub const SEC_REPORTS: Text = t("述职", "Work reports");
pub const SEC_ROUNDS: Text = t("民主测评", "Ballot rounds");
pub const SEC_SUGGESTIONS: Text = t("意见建议", "Suggestions");
pub const SEC_LEDGER: Text = t("整改台账", "Follow-up ledger");

// The xlsx workbook's sheets (at most 31 characters, no []:*?/\\).
pub const SHEET_MEETING: Text = t("会议信息", "Meeting");
pub const SHEET_RESULTS: Text = t("测评结果", "Results");
pub const SHEET_ATTENDANCE: Text = t("签到", "Attendance");
pub const SHEET_SUGGESTIONS: Text = t("意见建议", "Suggestions");
pub const SHEET_LEDGER: Text = t("整改台账", "Ledger");

pub const NONE_RECORDED: Text = t("(无记录)", "(none recorded)");

pub const COL_NO: Text = t("序号", "No.");
pub const COL_ITEM: Text = t("议程", "Item");
pub const COL_PLANNED_MIN: Text = t("计划(分钟)", "Planned (min)");
pub const COL_STARTED: Text = t("开始", "Started");
pub const COL_ENDED: Text = t("结束", "Ended");
pub const COL_TOOK_MIN: Text = t("用时(分钟)", "Took (min)");
pub const COL_REMARK: Text = t("备注", "Remark");
pub const SKIPPED: Text = t("已跳过", "skipped");
pub const UNDER_WAY: Text = t("进行中", "under way");
pub const NOT_HELD: Text = t("未进行", "not held");

pub const REPORTER: Text = t("述职人", "Reporter");
pub const REPORT_TITLE: Text = t("题目", "Title");
pub const PLANNED_TIME: Text = t("计划用时", "Planned");
pub const ACTUAL_TIME: Text = t("实际用时", "Took");
pub const KEY_POINTS: Text = t("要点", "Key points");
pub const NOT_STARTED: Text = t("未开始", "not started");

pub const CONFIDENTIAL: Text = t("保密", "confidential");
pub const TARGETS: Text = t("测评对象", "Targets");
pub const ITEMS: Text = t("测评项目", "Items");
pub const STATE: Text = t("状态", "State");
pub const VERIFIED_BY: Text = t("核对", "Verified");
pub const PUBLISHED_AT: Text = t("公布时间", "Published");
pub const NOT_VERIFIED: Text = t("尚未核对", "not yet verified");

pub const COL_ID: Text = t("编号", "No.");
pub const COL_TEXT: Text = t("内容", "Suggestion");
pub const COL_RAISED_BY: Text = t("提出人", "Raised by");
pub const COL_CONCERNS: Text = t("涉及", "Concerns");
pub const COL_DECISION: Text = t("处理", "Decision");
pub const COL_CATEGORY: Text = t("类别", "Category");
pub const COL_TIME: Text = t("时间", "Time");
pub const ANONYMOUS: Text = t("匿名", "anonymous");
pub const DECISION_OPEN: Text = t("待梳理", "open");
pub const DECISION_ACCEPTED: Text = t("已采纳", "accepted");
pub const DECISION_DECLINED: Text = t("未采纳", "declined");

pub const COL_PROBLEM: Text = t("问题", "Problem");
pub const COL_MEASURE: Text = t("整改措施", "Measure");
pub const COL_OWNER: Text = t("责任人", "Owner");
pub const COL_DEADLINE: Text = t("整改时限", "Deadline");
pub const COL_STATUS: Text = t("状态", "Status");
pub const COL_PROGRESS: Text = t("完成情况", "Progress");
pub const COL_CLOSED_AT: Text = t("销号时间", "Closed");
pub const COL_OVERDUE: Text = t("逾期", "Overdue");
pub const LEDGER_PENDING: Text = t("待整改", "pending");
pub const LEDGER_IN_PROGRESS: Text = t("整改中", "in progress");
pub const LEDGER_DONE: Text = t("已完成", "done");
pub const LEDGER_CLOSED: Text = t("已销号", "closed");
pub const OVERDUE_MARK: Text = t("已逾期", "overdue");
pub const YES: Text = t("是", "yes");
pub const NO: Text = t("否", "no");

pub const COL_NAME: Text = t("姓名", "Name");
pub const COL_UNIT: Text = t("单位", "Unit");
pub const COL_PRESENCE: Text = t("到会情况", "Presence");
pub const COL_CHECKED_IN: Text = t("签到时间", "Checked in");
pub const COL_WALK_IN: Text = t("未列入名单", "Walk-in");
pub const COL_NOTE: Text = t("备注", "Note");
pub const PRESENCE_EXPECTED: Text = t("未到", "absent");
pub const PRESENCE_PRESENT: Text = t("实到", "present");
pub const PRESENCE_EXCUSED: Text = t("请假", "excused");

/// Section numbers: 一、二、… in Chinese, 1. 2. … in English.
pub fn section(lang: Lang, n: usize, title: Text) -> String {
    const ZH: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    match lang {
        Lang::Zh => match ZH.get(n.saturating_sub(1)) {
            Some(num) => format!("{num}、{}", title.zh),
            None => format!("{n}、{}", title.zh),
        },
        Lang::En => format!("{n}. {}", title.en),
    }
}

pub fn minutes(lang: Lang, m: i64) -> String {
    match lang {
        Lang::Zh => format!("{m} 分钟"),
        Lang::En if m == 1 => "1 minute".to_string(),
        Lang::En => format!("{m} minutes"),
    }
}

/// `(3 条)` / `(3)` after a suggestion category.
pub fn count_suffix(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("({n} 条)"),
        Lang::En => format!(" ({n})"),
    }
}

pub fn round_heading(lang: Lang, n: usize, name: &str) -> String {
    match lang {
        Lang::Zh => format!("第 {n} 轮:{name}"),
        Lang::En => format!("Round {n}: {name}"),
    }
}

pub fn merged_into(lang: Lang, id: u32) -> String {
    match lang {
        Lang::Zh => format!("已并入第 {id} 条"),
        Lang::En => format!("merged into No. {id}"),
    }
}

pub fn declined_because(lang: Lang, reason: &str) -> String {
    match lang {
        Lang::Zh => format!("{}:{reason}", DECISION_DECLINED.zh),
        Lang::En => format!("{}: {reason}", DECISION_DECLINED.en),
    }
}

pub fn verified_line(lang: Lang, who: &str, when: &str) -> String {
    match lang {
        Lang::Zh => format!("监票人 {who} 于 {when} 核对"),
        Lang::En => format!("by scrutineers {who} at {when}"),
    }
}

pub fn ledger_as_of(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Zh => format!("整改情况截至 {date}。"),
        Lang::En => format!("Follow-up status as of {date}."),
    }
}

pub const NOTICE_RESULTS: Text = t("测评结果", "Results");
pub const NOTICE_SUGGESTIONS: Text = t("意见建议及整改", "Suggestions and what will be done");
pub const NOTICE_NO_RESULTS: Text = t(
    "本次会议的测评结果尚未公布。",
    "The results of this meeting have not been published yet.",
);
pub const NOTICE_NO_ACCEPTED: Text = t(
    "本次会议暂无采纳的意见建议。",
    "No suggestion from this meeting has been taken up yet.",
);
pub const NOTICE_CLOSING: Text = t(
    "欢迎广大群众继续监督整改落实情况。",
    "Everyone is welcome to keep watching how these are carried out.",
);

pub fn notice_title(lang: Lang, evaluated: &str) -> String {
    let evaluated = evaluated.trim();
    match (lang, evaluated.is_empty()) {
        (Lang::Zh, false) => format!("关于{evaluated}群众评议情况的通报"),
        (Lang::Zh, true) => "群众评议情况通报".to_string(),
        (Lang::En, false) => format!("Notice: public evaluation of {evaluated}"),
        (Lang::En, true) => "Notice: public evaluation".to_string(),
    }
}

/// The notice's first sentence: when and where the meeting was held, on what, chaired by whom.
/// Parts the record lacks are left out rather than printed blank.
pub fn notice_opening(
    lang: Lang,
    when: Option<&str>,
    place: &str,
    subject: &str,
    chair: &str,
) -> String {
    let (place, subject, chair) = (place.trim(), subject.trim(), chair.trim());
    match lang {
        Lang::Zh => {
            let mut s = String::new();
            if let Some(w) = when {
                s.push_str(w);
                s.push(',');
            }
            if !place.is_empty() {
                s.push_str(&format!("在{place}"));
            }
            if subject.is_empty() {
                s.push_str("召开群众评议会");
            } else {
                s.push_str(&format!("召开“{subject}”群众评议会"));
            }
            if !chair.is_empty() {
                s.push_str(&format!(",会议由{chair}主持"));
            }
            s.push('。');
            s
        }
        Lang::En => {
            let mut s = if subject.is_empty() {
                "A public evaluation meeting was held".to_string()
            } else {
                format!("The public evaluation meeting “{subject}” was held")
            };
            if let Some(w) = when {
                s.push_str(&format!(" on {w}"));
            }
            if !place.is_empty() {
                s.push_str(&format!(" in {place}"));
            }
            if !chair.is_empty() {
                s.push_str(&format!(", chaired by {chair}"));
            }
            s.push('.');
            s
        }
    }
}

pub fn notice_participants(lang: Lang, participants: &str) -> String {
    match lang {
        Lang::Zh => format!("参加会议的有:{}。", participants.trim()),
        Lang::En => format!("Attending: {}.", participants.trim()),
    }
}

pub const NOT_COUNTED_YET: Text = t(
    "本轮尚未计票。",
    "Nothing has been counted in this round yet.",
);
pub const COL_TARGET: Text = t("测评对象", "Target");
pub const COL_SCORE: Text = t("得分", "Score");
pub const COL_FLAGS: Text = t("预警", "Flags");
pub const COL_ROW_CHECK: Text = t("核对", "Check");
pub const COL_ROUND: Text = t("测评轮次", "Round");
pub const COL_MEASURE_KIND: Text = t("类别", "Kind");
pub const COL_LABEL: Text = t("名称", "Name");
pub const COL_COUNT: Text = t("数量", "Count");
pub const COL_BASE: Text = t("基数", "Of");
pub const COL_SHARE: Text = t("比例", "Share");
pub const KIND_GRADE: Text = t("等次", "grade");
pub const KIND_RATE: Text = t("比率", "rate");
pub const KIND_SCORE: Text = t("得分", "score");
pub const RATES_READ: Text = t("比率口径", "How the rates are counted");

pub fn item_caption(lang: Lang, item: &str, scale: &str) -> String {
    match lang {
        Lang::Zh => format!("【{item}】({scale})"),
        Lang::En => format!("{item} ({scale})"),
    }
}

/// A count with its share of the valid ballots: `64 (96.97%)`.
pub fn count_share(n: u32, share: &str) -> String {
    format!("{n} ({share})")
}

pub fn category_count(lang: Lang, category: &str, n: u32) -> String {
    match lang {
        Lang::Zh => format!("{category} {n} 人"),
        Lang::En => format!("{category} {n}"),
    }
}

/// 会议参加人 from the roster: 应到, 实到, 请假, then who came by category.
pub fn participants_line(
    lang: Lang,
    expected: u32,
    present: u32,
    excused: u32,
    per: &str,
) -> String {
    match lang {
        Lang::Zh => format!("应到 {expected} 人,实到 {present} 人,请假 {excused} 人。其中:{per}"),
        Lang::En => format!("{expected} expected, {present} present, {excused} excused: {per}"),
    }
}

pub fn notice_suggestion_counts(lang: Lang, collected: u32, accepted: u32, solved: u32) -> String {
    match lang {
        Lang::Zh => {
            format!("会上共收集意见建议 {collected} 条,采纳 {accepted} 条,已解决 {solved} 条。")
        }
        Lang::En => format!(
            "{collected} suggestions were collected, {accepted} taken up and {solved} already solved."
        ),
    }
}

pub const REPORT_ABOUT: Text = t(
    "生成会议的群众评议材料(记录),可导出 md、txt、html、docx、csv、json",
    "Write the meeting's record (群众评议材料) as md, txt, html, docx, csv or json",
);
pub const NOTICE_ABOUT: Text = t(
    "生成面向群众的通报(不含保密和未公布的结果)",
    "Write the public notice (通报); confidential and unpublished results never appear",
);
pub const FORMAT_HELP: Text = t("输出格式", "Output format");
pub const TABLE_HELP: Text = t(
    "CSV 导出哪张表(默认 results)",
    "Which table --format csv writes (default results)",
);
pub const OUTPUT_HELP: Text = t(
    "写入此文件(原子写入);不给则输出到终端",
    "Write to this file (atomically); without it, print to standard output",
);
pub const AS_OF_HELP: Text = t(
    "整改逾期按哪一天计算(默认今天),如 2010-12-15",
    "The day overdue follow-ups are reckoned from (default today), e.g. 2010-12-15",
);
pub const TABLE_NEEDS_CSV: Text = t(
    "--table 只用于 --format csv",
    "--table goes with --format csv only",
);
pub const DOCX_NEEDS_OUTPUT: Text = t(
    "Word 文档不能输出到终端,请用 -o 文件名.docx 指定文件",
    "A Word document cannot go to the terminal; name a file with -o FILE.docx",
);
pub const XLSX_NEEDS_OUTPUT: Text = t(
    "xlsx 工作簿不能输出到终端,请用 -o 文件名.xlsx 指定文件",
    "An xlsx workbook cannot go to the terminal; name a file with -o FILE.xlsx",
);
pub const NOTICE_NO_FIGURES: Text = t(
    "通报只能导出为 md、txt、html 或 docx",
    "The notice is written as md, txt, html or docx",
);

pub fn written_to(path: &std::path::Path) -> crate::i18n::Message {
    crate::i18n::Message::new(
        format!("已写入 {}", path.display()),
        format!("Written to {}", path.display()),
    )
}

pub fn export_failed(path: &std::path::Path, why: &str) -> crate::i18n::Message {
    crate::i18n::Message::new(
        format!("无法写入 {}:{why}", path.display()),
        format!("Could not write {}: {why}", path.display()),
    )
}

pub const KEY_EXPORT: Text = t("导出评议材料和通报", "Export the record and the notice");

pub fn exported_beside(lang_files: &[String]) -> crate::i18n::Message {
    let list = lang_files.join("、");
    let list_en = lang_files.join(", ");
    crate::i18n::Message::new(format!("已导出:{list}"), format!("Exported: {list_en}"))
}
