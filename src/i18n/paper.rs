//! Strings of the printed paper: ballots (测评票), sign-in sheets (签到表), the PDF record, and the
//! `pingyi print` command.

use super::{Message, Text, t};

fn m(zh: String, en: String) -> Message {
    Message::new(zh, en)
}

/// The line of instructions a ballot carries unless its round or template says otherwise.
pub const INSTRUCTIONS: Text = t(
    "在相应等次栏内划\u{201c}√\u{201d},每项只选一个;不划视为弃权;多划视为该项无效",
    "Tick (√) one box per item; an item left blank is an abstention; two ticks void the item",
);
pub const CONFIDENTIAL_NOTE: Text = t(
    "本测评票内容保密,不记名,请勿在票面书写姓名",
    "Confidential and anonymous: do not write your name on this ballot",
);
pub const TARGET_HEADER: Text = t("测评对象", "Target");
pub const SERIAL: Text = t("票号", "Serial");

pub fn page_of(k: u32, n: u32) -> Message {
    m(format!("第 {k} 页 / 共 {n} 页"), format!("Page {k} of {n}"))
}

/// Page numbers as official documents print them: — 1 —.
pub fn page_dash(k: u32) -> String {
    format!("— {k} —")
}

pub fn serial_reused(serial: &str) -> Message {
    m(
        format!("票号 {serial} 已为本轮次印过,不能再用;请重新打印"),
        format!("Serial {serial} was already printed for this round; print again"),
    )
}

// The sign-in sheet.
pub const SIGNIN_TITLE: Text = t("签到表", "Sign-in sheet");
pub const COL_NO: Text = t("序号", "No.");
pub const COL_NAME: Text = t("姓名", "Name");
pub const COL_UNIT: Text = t("单位", "Unit");
pub const COL_SIGNATURE: Text = t("签名", "Signature");
pub const COL_REMARK: Text = t("备注", "Remark");
pub const NO_ROSTER: Text = t(
    "这次会议还没有名单:请先在签到页导入或录入名单,再打印签到表",
    "This meeting has no roster yet: import or type one on the attendance screen, then print the sheet",
);

pub const NO_TARGETS: Text = t(
    "这个轮次还没有测评对象:请先在测评页添加测评对象,再打印测评票",
    "This round has no targets yet: add them on the ballots screen, then print",
);
pub const NO_ITEMS: Text = t(
    "这个轮次还没有测评项目:请先在测评页添加测评项目,再打印测评票",
    "This round has no items yet: add them on the ballots screen, then print",
);
pub const NO_COUNT: Text = t(
    "不知道要印多少张:这个轮次没有发出数,会议也没有应到人数;请用 -n 指定张数",
    "How many? The round has no 发出 (issued) figure and the meeting no 应到 (expected); give -n COUNT",
);

pub fn no_grades(item: &str) -> Message {
    m(
        format!("测评项目\u{201c}{item}\u{201d}没有评价等次,请先设置等次"),
        format!("Item \u{201c}{item}\u{201d} has no grades; set its scale first"),
    )
}

pub fn round_not_found(id: u32, known: &[(u32, String)]) -> Message {
    let list = |sep: &str| {
        known
            .iter()
            .map(|(i, n)| format!("{i} {n}"))
            .collect::<Vec<_>>()
            .join(sep)
    };
    if known.is_empty() {
        return m(
            format!("没有编号为 {id} 的轮次:这次会议还没有测评轮次"),
            format!("There is no round {id}: this meeting has no ballot rounds yet"),
        );
    }
    m(
        format!("没有编号为 {id} 的轮次;本会议的轮次: {}", list(";")),
        format!(
            "There is no round {id}; this meeting's rounds: {}",
            list("; ")
        ),
    )
}

pub fn count_out_of_range(n: u32, max: u32) -> Message {
    m(
        format!("张数 {n} 不行:一次可印 1 到 {max} 张"),
        format!("{n} ballots is not possible: print 1 to {max} at a time"),
    )
}

pub fn font_problem(e: &crate::paper::font::FontError) -> Message {
    use crate::paper::font::FontError as F;
    match e {
        F::NoneFound => m(
            "找不到中文字体。请安装一种中文字体(如 Debian/Ubuntu: sudo apt install fonts-noto-cjk;\
             Fedora: google-noto-sans-cjk-fonts),或用 --font 指定字体文件(.ttf/.otf/.ttc)"
                .into(),
            "No Chinese font found. Install one (Debian/Ubuntu: sudo apt install fonts-noto-cjk; \
             Fedora: google-noto-sans-cjk-fonts), or give a font file with --font (.ttf/.otf/.ttc)"
                .into(),
        ),
        F::Unreadable(p, why) => m(
            format!("读不了字体文件 {}: {why}", p.display()),
            format!("Cannot read font file {}: {why}", p.display()),
        ),
        F::NotCjk(p) => m(
            format!(
                "{} 不是含中文字形的字体文件;请换一个(如 Noto Sans CJK、思源宋体、仿宋)",
                p.display()
            ),
            format!(
                "{} is not a font with Chinese characters; use another (e.g. Noto Sans CJK, Source Han Serif, FangSong)",
                p.display()
            ),
        ),
    }
}

pub fn pdf_failed(why: &str) -> Message {
    m(
        format!("PDF 没有生成: {why}"),
        format!("The PDF could not be made: {why}"),
    )
}

// The `print` command.
pub const PRINT_ABOUT: Text = t(
    "打印会议用纸:测评票、签到表(PDF)",
    "Print the meeting's paper: ballots and sign-in sheets (PDF)",
);
pub const BALLOTS_ABOUT: Text = t(
    "打印一个轮次的测评票:可由扫描读回(定位方块、二维码、随机票号)",
    "Print a round's ballots, built to be scanned back (corner squares, QR codes, random serials)",
);
pub const SIGNIN_ABOUT: Text = t(
    "打印签到表:名单按类别分组,含签名栏、页眉和页码",
    "Print the sign-in sheet: the roster by category with a signature column, header and page numbers",
);
pub const ROUND_HELP: Text = t("轮次编号", "The round's number");
pub const COUNT_HELP: Text = t(
    "印多少张(默认:本轮发出数,否则应到人数)",
    "How many ballots (default: the round's issued figure, else expected)",
);
pub const PAPER_HELP: Text = t(
    "纸张:a4、b5 或 16k(195×270 毫米)",
    "Paper: a4, b5 or 16k (195×270 mm)",
);
pub const OUTPUT_HELP: Text = t(
    "写到哪个 PDF 文件(默认:会议文件旁边)",
    "The PDF file to write (default: beside the meeting file)",
);
pub const LAYOUT_HELP: Text = t(
    "另写一份版面说明(JSON,毫米):方块、二维码和每个方框的位置,供扫描软件使用",
    "Also write the page geometry (JSON, millimetres): squares, QR codes and every box, for scanning software",
);
pub const NO_SERIAL_HELP: Text = t(
    "不印票号:每张票完全相同(扫描时便无法发现同一张票被扫了两次)",
    "No serials: identical ballots (a scanner then cannot tell a ballot scanned twice)",
);
pub const INSTRUCTIONS_HELP: Text = t(
    "票面的填写说明(记入会议文件,以后照此打印)",
    "The instructions on the ballot (kept in the meeting file for later prints)",
);
pub const FONT_HELP: Text = t(
    "所用中文字体文件(.ttf/.otf/.ttc;默认在系统字体中查找)",
    "The Chinese font file to use (.ttf/.otf/.ttc; default: found among the system's fonts)",
);

pub fn printed_summary(count: u32, pages: u32, serials: bool) -> Message {
    let (zh, en) = if serials {
        (
            "随机票号已记入会议文件",
            "the random serials are recorded in the meeting file",
        )
    } else {
        ("没有票号", "no serials")
    };
    m(
        format!("共 {count} 张测评票,每张 {pages} 页;{zh}"),
        format!("{count} ballots of {pages} page(s) each; {en}"),
    )
}

pub fn category_line(lang: super::Lang, category: &str, n: usize) -> String {
    let category = if category.trim().is_empty() {
        match lang {
            super::Lang::Zh => "其他",
            super::Lang::En => "Others",
        }
    } else {
        category.trim()
    };
    match lang {
        super::Lang::Zh => format!("{category}({n} 人)"),
        super::Lang::En => format!("{category} ({n})"),
    }
}

pub const PDF_NEEDS_OUTPUT: Text = t(
    "PDF 需要写到文件:请加 -o 文件名.pdf",
    "A PDF goes to a file: add -o NAME.pdf",
);

/// Characters a font must have to print a ballot (not shown: the font search checks for them).
pub const CJK_PROBE: &str = "测评票满意对象签到";
/// Font file names (lower case) of 仿宋 faces that name themselves in Chinese (`仿宋_GB2312.ttf`).
pub const FANGSONG_FILE: &str = "仿宋";
