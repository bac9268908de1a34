//! Strings of scanning: `pingyi scan`, `pingyi demo --scans`, the reasons a page is refused, and
//! the review that doubtful ballots wait for.

use super::{Message, Text, t};
use crate::scan::form::Mismatch;
use crate::scan::intake::RunReport;
use crate::scan::load::LoadProblem;
use crate::scan::page::Refusal;
use crate::scan::read::PageProblem;
use std::path::Path;

pub const SCAN_BATCH: Text = t("扫描 ", "Scan ");
pub const SCAN_ABOUT: Text = t(
    "读取扫描或拍照的测评票(PNG、JPEG、TIFF、扫描仪的 PDF 或其文件夹),计入该轮的新批次",
    "Read scanned or photographed ballots (PNG, JPEG, TIFF, a scanner's PDFs, or folders of them) into a new batch of the round",
);
pub const SCAN_FILE_HELP: Text = t("会议文件", "The meeting file");
pub const SCAN_ROUND_HELP: Text = t("测评轮次的编号(从 1 起)", "The round's number (from 1)");
pub const SCAN_INPUT_HELP: Text = t(
    "图片、PDF 或文件夹,可以多个",
    "Image files, PDFs or folders, one or more",
);
pub const DEMO_SCANS_HELP: Text = t(
    "在此文件夹写出模拟扫描的测评票(每页一个 PNG/JPEG,另有 truth.json 记录每票的真实填写)",
    "Write simulated scans of the round's ballots into this folder (one PNG/JPEG a page, and truth.json with what each ballot says)",
);
pub const DEMO_ROUND_HELP: Text = t(
    "--scans 所用的轮次(从 1 起)",
    "The round --scans prints (from 1)",
);
pub const DEMO_SEED_HELP: Text = t("--scans 的随机种子", "Random seed of --scans");
pub const DEMO_SCAN_COUNT_HELP: Text = t(
    "--scans 写出的测评票张数",
    "How many ballots --scans writes",
);

pub fn waiting_review(ballots: usize) -> Message {
    Message::new(
        format!("还有 {ballots} 张扫描的测评票待人工复核"),
        format!(
            "{ballots} scanned ballot{} still {} for review",
            s(ballots),
            if ballots == 1 { "waits" } else { "wait" }
        ),
    )
}

pub fn round_not_found(n: usize) -> Message {
    Message::new(
        format!("没有第 {n} 轮测评;请用 pingyi show 查看轮次编号。"),
        format!("There is no round {n}; pingyi show lists the rounds."),
    )
}

pub const NO_FORM: Text = t(
    "该轮还没有测评对象或测评项目,没有可读的测评票。",
    "The round has no targets or items yet: there is no ballot to read.",
);
pub const NOTHING_TO_READ: Text = t(
    "没有找到可读的文件(PNG、JPEG、TIFF 或 PDF)。",
    "No file to read was found (PNG, JPEG, TIFF or PDF).",
);

fn load_reason(p: &LoadProblem) -> Message {
    let (zh, en) = match p {
        LoadProblem::Empty => (
            "文件是空的(0 字节),可能还在写入或复制失败".into(),
            "the file is empty (0 bytes): still being written, or a failed copy".into(),
        ),
        LoadProblem::Unreadable(e) => (format!("无法读取:{e}"), format!("cannot be read: {e}")),
        LoadProblem::NotAnImage => (
            "不是 PNG、JPEG、TIFF 或 PDF 文件".into(),
            "not a PNG, JPEG, TIFF or PDF file".into(),
        ),
        LoadProblem::BadImage(e) => (
            format!("图像已损坏:{e}"),
            format!("the image is damaged: {e}"),
        ),
        LoadProblem::TooLarge { w, h } => (
            format!("图像太大({w}×{h} 像素),不是测评票的扫描件;请以 150–600 dpi 扫描"),
            format!(
                "the image is too large ({w}×{h} pixels) to be a ballot scan; scan at 150–600 dpi"
            ),
        ),
        LoadProblem::BrokenPdf(e) => (
            format!("PDF 已损坏:{e}"),
            format!("the PDF is damaged: {e}"),
        ),
        LoadProblem::NoPages => ("PDF 没有页面".into(), "the PDF has no pages".into()),
        LoadProblem::NoImage => (
            "PDF 页面上没有图像(不是扫描件)".into(),
            "the PDF page holds no image (not a scan)".into(),
        ),
        LoadProblem::UnsupportedPdfImage(f) => (
            format!("PDF 中的图像格式 {f} 无法读取;请让扫描仪保存为 JPEG 或黑白 CCITT"),
            format!(
                "the PDF's image format {f} cannot be read; set the scanner to JPEG or black-and-white CCITT"
            ),
        ),
        LoadProblem::UnsupportedTiff(f) => (
            format!("TIFF 页面的格式({f})无法读取;请让扫描仪保存为 JPEG 或 PDF"),
            format!(
                "the TIFF page's format ({f}) cannot be read; set the scanner to save JPEG or PDF"
            ),
        ),
    };
    Message::new(zh, en)
}

fn page_reason(p: PageProblem) -> Message {
    match p {
        PageProblem::NoSquares => Message::new(
            "找不到四角的定位方块:空白页或不是测评票",
            "no registration squares found: a blank page, or not a ballot",
        ),
        PageProblem::MissingSquares(n) => Message::new(
            format!("只找到 {n} 个定位方块:一角可能撕掉或折起"),
            format!("only {n} of the 4 registration squares found: a corner torn or folded off?"),
        ),
        PageProblem::NoOrientation => Message::new(
            "找不到左上角的大方块,无法判断方向",
            "the large top-left square is not found: the page's orientation is unknown",
        ),
        PageProblem::BadGeometry => Message::new(
            "定位方块的位置与测评票不符",
            "the registration squares do not lie where a ballot has them",
        ),
    }
}

/// Why one page was not counted, as a sentence.
pub fn refusal(r: &Refusal) -> Message {
    match r {
        Refusal::Load(p) => load_reason(p),
        Refusal::Page(p) => page_reason(*p),
        Refusal::Code(m) => match m {
            Mismatch::NotOurs => Message::new(
                "二维码不是 pingyi 的测评票",
                "the QR code is not a pingyi ballot's",
            ),
            Mismatch::OtherMeeting => {
                Message::new("这是另一次会议的测评票", "a ballot of another meeting")
            }
            Mismatch::OtherRound => {
                Message::new("这是另一轮测评的测评票", "a ballot of another round")
            }
            Mismatch::OtherForm => Message::new(
                "测评票印制后表单已改动(对象、项目或等次不同)",
                "the form changed after this ballot was printed (targets, items or grades differ)",
            ),
            Mismatch::NeverPrinted(serial) => Message::new(
                format!("编号 {serial} 不在本会议印制的测评票中"),
                format!("serial {serial} was never printed for this meeting"),
            ),
            Mismatch::PageCount { pages } => Message::new(
                format!("二维码说每票 {pages} 页,与该轮表单不符"),
                format!(
                    "the code says {pages} pages a ballot, which this round's form does not print"
                ),
            ),
        },
        Refusal::NoCodeMultiPage => Message::new(
            "二维码无法识别,而每票有多页,无法判断是第几页;请重新扫描该页",
            "the QR code cannot be read and the ballot has several pages, so which page this is is unknown; scan it again",
        ),
        Refusal::Duplicate(serial) => Message::new(
            format!("编号 {serial} 已经读过,只计一次"),
            format!("serial {serial} was already read; counted once"),
        ),
    }
}

pub fn page_refused(file: &Path, page: u32, why: &Message) -> Message {
    Message::new(
        format!("  未计入:{} 第 {page} 页:{}", file.display(), why.zh),
        format!("  not counted: {} page {page}: {}", file.display(), why.en),
    )
}

/// A finished run's summary.
pub fn report_summary(r: &RunReport) -> Message {
    summary(r.batch.as_deref(), r)
}

/// What a run has done, into batch `batch` (none made yet: `None`): pages read, ballots
/// counted and their marks, ballots waiting for review and their items in doubt, pages not
/// counted.
pub fn summary(batch: Option<&str>, r: &RunReport) -> Message {
    let (pages, counted, marks) = (r.pages_read(), r.counted, r.marks);
    let (review, doubt, refused) = (r.to_review, r.in_doubt, r.refused().count());
    let (bz, be) = match batch {
        Some(b) => (format!("批次“{b}”:"), format!("Batch “{b}”: ")),
        None => ("未建立批次:".to_string(), "No batch made: ".to_string()),
    };
    Message::new(
        format!(
            "{bz}读取 {pages} 页,计入 {counted} 张测评票({marks} 个选项),{review} 张待复核({doubt} 项存疑),{refused} 页未计入。"
        ),
        format!(
            "{be}{pages} page{} read, {counted} ballot{} counted ({marks} mark{}), {review} to review ({doubt} item{} in doubt), {refused} page{} not counted.",
            s(pages),
            s(counted),
            s(marks),
            s(doubt),
            s(refused)
        ),
    )
}

pub fn progress(done: usize, total: usize) -> String {
    let width = 30;
    let filled = (done * width)
        .checked_div(total)
        .unwrap_or(width)
        .min(width);
    format!(
        "[{}{}] {done}/{total}",
        "#".repeat(filled),
        "-".repeat(width - filled)
    )
}

pub fn scans_written(pages: usize, dir: &Path) -> Message {
    Message::new(
        format!(
            "已在 {} 写出 {pages} 页模拟扫描件和 truth.json",
            dir.display()
        ),
        format!(
            "Wrote {pages} simulated scanned pages and truth.json into {}",
            dir.display()
        ),
    )
}

pub fn serial_scanned(serial: &str) -> Message {
    Message::new(
        format!("编号 {serial} 已经读过,只计一次"),
        format!("serial {serial} was already read; counted once"),
    )
}

pub const SCAN_REVIEW_HELP: Text = t(
    "逐张复核待复核的扫描测评票(回车确认建议读法,或按逐票录入的键输入)",
    "Review the scanned ballots that wait for a person (Enter confirms the proposed reading, or type the marks as in ballot-by-ballot entry)",
);
pub const TYPE_SERIAL: Text = t(
    "二维码无法识别:请输入票上印的 8 位编号:",
    "The QR code could not be read: type the 8-digit serial printed on the ballot:",
);
pub const BAD_SERIAL: Text = t(
    "这不是一个有效的编号(8 位数字,最后一位是校验位)。",
    "That is not a valid serial (8 digits, the last a check digit).",
);
pub const REVIEW_KEYS: Text = t(
    "请输入每项一个字符:1–9 等次,0 弃权,. 多选(废项);- 整张废票;回车确认建议;q 停止。",
    "Type one character an item: 1–9 a grade, 0 blank, . marked twice; - a void ballot; Enter confirms the proposal; q stops.",
);

pub fn review_prompt(proposal: &str) -> Message {
    Message::new(
        format!("建议读法 {proposal}。回车确认,或输入读法(1–9、0、.,- 废票,q 停止):"),
        format!(
            "Proposed reading {proposal}. Enter confirms, or type the marks (1–9, 0, ., - void, q stops):"
        ),
    )
}

pub fn review_header(serial: &str, sources: &str) -> Message {
    Message::new(
        format!("测评票 {serial}({sources})"),
        format!("Ballot {serial} ({sources})"),
    )
}

fn reason_label(reason: &str) -> (&'static str, &'static str) {
    match reason {
        "faint" => ("笔迹太淡或太小", "too faint or too small"),
        "scribble" => ("涂改", "scribbled over"),
        "struck_fill" => ("涂满后又划掉", "filled, then struck through"),
        "two_marks" => ("一项划了多个", "more than one mark"),
        "page_missing" => ("缺页", "its page is missing"),
        "bw_blank" => (
            "黑白扫描下为空白,淡铅笔可能已丢失,请看纸质票",
            "blank on a black-and-white scan, where faint pencil can be lost: check the paper",
        ),
        _ => ("存疑", "doubtful"),
    }
}

pub fn doubtful_item(target: &str, item: &str, proposal: &str, reason: &str) -> Message {
    let (zh, en) = reason_label(reason);
    Message::new(
        format!("  {target} / {item}:建议“{proposal}”({zh})"),
        format!("  {target} / {item}: proposed “{proposal}” ({en})"),
    )
}

pub fn review_done(decided: usize, left: usize) -> Message {
    Message::new(
        format!("已复核 {decided} 张,还有 {left} 张待复核。"),
        format!(
            "{decided} ballot{} decided, {left} still {} for review.",
            s(decided),
            if left == 1 { "waits" } else { "wait" }
        ),
    )
}

pub fn black_and_white(pages: usize) -> Message {
    Message::new(
        format!(
            "注意:有 {pages} 页是黑白扫描,很淡的铅笔记号可能在扫描时已丢失;请用灰度扫描(200–300 dpi)。"
        ),
        format!(
            "Note: {pages} {} scanned in black and white, which can lose a faint pencil mark before pingyi sees it; scan in grey (200–300 dpi).",
            if pages == 1 { "page was" } else { "pages were" }
        ),
    )
}

// Review on the ballots screen (F6).
pub const KEY_REVIEW: Text = t("复核扫描存疑的测评票", "Review doubtful scanned ballots");
pub const KEYS_REVIEW: Text = t("扫描复核", "Scan review");
pub const REVIEW_TITLE: Text = t("扫描复核", "Scan review");
pub const KEY_REVIEW_CONFIRM: Text = t(
    "确认建议读法(或按 1–9、0 逐项输入,输完最后一项即计入)",
    "Confirm the proposed reading (or type 1–9, 0 item by item: the last item decides)",
);
pub const KEY_REVIEW_STEP_BACK: Text = t("删去上一个输入", "Remove the last mark typed");
pub const KEY_REVIEW_BACK: Text = t("离开复核", "Leave review");
pub const HINT_REVIEW: Text = t(
    "Enter 确认建议 · 1–9 等次 · 0 弃权 · . 多选 · - 废票 · Backspace 退格 · Ctrl+Z 撤销 · Esc 离开",
    "Enter confirm · 1–9 grade · 0 blank · . marked twice · - void ballot · Backspace · Ctrl+Z undo · Esc leave",
);
pub const NOTHING_TO_REVIEW: Text = t(
    "该轮没有待复核的扫描测评票。",
    "No scanned ballot of this round waits for review.",
);
pub const REVIEW_ALL_DONE: Text = t(
    "全部复核完毕,可以核对了。Esc 返回。",
    "Everything is reviewed; the round can be verified. Esc goes back.",
);
pub const REVIEW_INCOMPLETE: Text = t(
    "还没有输入完每一项:继续输入,或按 Backspace 删去后回车确认建议读法。",
    "Not every item is typed yet: go on typing, or Backspace them away and Enter confirms the proposal.",
);
pub const NO_PICTURE: Text = t(
    "(找不到这一项的图片)",
    "(the picture of this item could not be found)",
);

/// `3 张待复核`, on the round view.
pub fn waiting_count(ballots: usize) -> Message {
    Message::new(
        format!("{ballots} 张待复核"),
        format!("{ballots} waiting for review"),
    )
}

/// `待复核 3 张 · 建议读法 1x · 已输入 1`, above the pictures.
pub fn review_reading(left: usize, proposal: &str, typed: &str) -> Message {
    Message::new(
        format!("待复核 {left} 张 · 建议读法 {proposal} · 已输入 {typed}"),
        format!("{left} waiting · proposed {proposal} · typed {typed}"),
    )
}

// Scanning from the round view: `i` reads a file or folder, `W` watches a folder.

pub const KEY_SCAN_IN: Text = t(
    "读入扫描件(文件或文件夹)",
    "Read scans (a file or a folder)",
);
pub const KEY_WATCH: Text = t(
    "监视文件夹:扫描仪存入即计入(再按一次停止)",
    "Watch a folder: counted as the scanner saves (again to stop)",
);
pub const ASK_SCAN_PATH: Text = t(
    "扫描件的文件或文件夹(PNG、JPEG、TIFF、PDF)",
    "File or folder of scans (PNG, JPEG, TIFF, PDF)",
);
pub const ASK_WATCH_PATH: Text = t(
    "要监视的文件夹(扫描仪保存到这里)",
    "Folder to watch (where the scanner saves)",
);
pub const SCAN_BUSY: Text = t(
    "扫描正在进行;按 W 停止后再开始新的扫描",
    "A scan is running; stop it with W before starting another",
);
pub const VERIFY_WHILE_SCANNING: Text = t(
    "本轮仍在读入扫描件;按 W 停止后才能核对",
    "Scans are still being read into this round; stop with W before verifying",
);
pub const NOT_SCANNING: Text = t("没有正在进行的扫描", "No scan is running");

pub fn not_a_folder(path: &Path) -> Message {
    Message::new(
        format!("不是文件夹:{}", path.display()),
        format!("Not a folder: {}", path.display()),
    )
}

pub fn no_such_path(path: &Path) -> Message {
    Message::new(
        format!("找不到:{}", path.display()),
        format!("Not found: {}", path.display()),
    )
}

/// The first line of a run in progress or done: what it reads.
pub fn run_title(watching: Option<&Path>, done: usize, found: usize, finished: bool) -> Message {
    match (watching, finished) {
        (Some(dir), false) => Message::new(
            format!("正在监视 {}(W 停止)", dir.display()),
            format!("Watching {} (W stops)", dir.display()),
        ),
        (Some(dir), true) => Message::new(
            format!("已停止监视 {}", dir.display()),
            format!("Stopped watching {}", dir.display()),
        ),
        (None, false) => Message::new(
            format!("正在读入扫描件:{done}/{found} 个文件"),
            format!("Reading scans: {done}/{found} files"),
        ),
        (None, true) => Message::new(
            format!("扫描件已读完:{found} 个文件"),
            format!("Scans read: {found} files"),
        ),
    }
}

/// Files waiting in a watched folder because they are still being written.
pub fn still_written(files: usize) -> Message {
    Message::new(
        format!("{files} 个文件正在写入,写完再读"),
        format!(
            "{files} file{} still being written; read when whole",
            s(files)
        ),
    )
}

/// Files not read again because their contents were read before.
pub fn read_before(files: usize) -> Message {
    Message::new(
        format!("{files} 个文件与已读的文件相同(改名或重复复制),不重复计入"),
        format!(
            "{files} file{} the same as one read before (renamed or copied twice), not counted again",
            s(files)
        ),
    )
}

pub fn folder_problem(dir: &Path, why: &str) -> Message {
    Message::new(
        format!("无法读取文件夹 {}:{why}", dir.display()),
        format!("Cannot read the folder {}: {why}", dir.display()),
    )
}

/// Ballots begun whose other pages have not come yet.
pub fn pages_awaited(ballots: usize) -> Message {
    Message::new(
        format!("{ballots} 张多页测评票在等其余的页"),
        format!(
            "{ballots} ballot{} of several pages waiting for the rest",
            s(ballots)
        ),
    )
}

/// Why a scanning run could not start (`n`: the round's number, from 1).
pub fn run_error(e: &crate::scan::run::RunError, n: usize) -> Message {
    use crate::scan::run::RunError;
    match e {
        RunError::RoundNotFound(_) => round_not_found(n),
        RunError::NoForm => NO_FORM.into(),
        RunError::NothingToRead => NOTHING_TO_READ.into(),
        RunError::Record(e) => e.message(),
    }
}

/// The English plural ending for `n` things.
fn s(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
