//! Strings of the ballot screens: the round list and form, the tally grid, ballot-by-ballot
//! entry, verification, results, and their keys.

use super::{Message, Text, count_en, t};

pub const SCREEN_BALLOTS: Text = t("计票", "Ballots");
pub const SCREEN_RESULTS: Text = t("测评结果", "Results");

pub const KEYS_ROUNDS: Text = t("计票:测评轮次列表", "Ballots: round list");
pub const KEYS_ROUND: Text = t("计票:测评表与计票组", "Ballots: form and batches");
pub const KEYS_GRID: Text = t("计票:合计录入表格", "Ballots: tally grid");
pub const KEYS_ENTRY: Text = t(
    "计票:逐票录入(1–9 等次,0 弃权)",
    "Ballots: ballot by ballot (1–9 grade, 0 blank)",
);
pub const KEYS_VERIFY: Text = t("计票:核对与公布", "Ballots: verify and publish");
pub const KEYS_RESULTS: Text = t("测评结果", "Results");

pub const KEY_UP: Text = t("上移", "Move up");
pub const KEY_DOWN: Text = t("下移", "Move down");
pub const KEY_LEFT: Text = t("左移", "Move left");
pub const KEY_RIGHT: Text = t("右移", "Move right");
pub const KEY_BACK: Text = t("返回上一层", "Back one level");
pub const KEY_OPEN_ROUND: Text = t("打开所选测评轮次", "Open the selected round");
pub const KEY_NEW_ROUND: Text = t(
    "新建测评轮次(从模板测评表或空白表)",
    "New round (from a template form or blank)",
);
pub const KEY_REMOVE_ROUND: Text = t("删除尚未计票的测评轮次", "Remove a round with no counts");
pub const KEY_ROUND_EDIT: Text = t(
    "编辑所选行;在计票组上进入录入;在核对行进入核对",
    "Edit the line; on a batch, enter its counts; on the state line, verify",
);
pub const KEY_ROUND_ADD: Text = t(
    "在所在部分添加测评对象/项目/计票组",
    "Add a target / item / batch in this section",
);
pub const KEY_PASTE_LIST: Text = t(
    "粘贴测评对象名单(每行一个)",
    "Paste a list of targets (one per line)",
);
pub const KEY_ROUND_REMOVE: Text = t(
    "删除所选对象/项目/计票组",
    "Remove the target / item / batch",
);
pub const KEY_MOVE_UP: Text = t("所选对象/项目上移", "Move the target / item up");
pub const KEY_MOVE_DOWN: Text = t("所选对象/项目下移", "Move the target / item down");
pub const KEY_SCALE: Text = t("更改所选项目的评价等次", "Change the item's scale");
pub const KEY_WEIGHTS: Text = t(
    "设定各等次分值(加权得分)",
    "Set grade weights (weighted score)",
);
pub const KEY_RATES: Text = t("设定项目的统计比率", "Set the item's headline rates");
pub const KEY_FLAGS: Text = t("设定预警/补课规则", "Set the item's flag rules");
pub const KEY_GRID_BATCH: Text = t("新建合计录入计票组", "New tally-grid batch");
pub const KEY_BALLOT_BATCH: Text = t("新建逐票录入计票组", "New ballot-by-ballot batch");
pub const KEY_MERGE: Text = t(
    "合并另一台电脑的会议文件中的计票组",
    "Merge batches from another laptop's meeting file",
);
pub const KEY_VERIFY_VIEW: Text = t("核对与公布", "Verify and publish");
pub const KEY_NEXT_CELL: Text = t("保存并到右边一格", "Keep and move right");
pub const KEY_PREV_CELL: Text = t("保存并到左边一格", "Keep and move left");
pub const KEY_KEEP_DOWN: Text = t(
    "保存并到下一行(用 Tab 横向录入后,回到本行开始录入的那一列)",
    "Keep and move down (after Tab-ing across a row, to the column where it began)",
);
pub const KEY_FILL_BLANK: Text = t("本行所缺计入弃权", "Put the rest of the row into blank");
pub const KEY_CLEAR_CELL: Text = t("本格清零", "Set the cell to 0");
pub const KEY_GRID_BACK: Text = t(
    "放弃正在输入的数字;再按返回",
    "Drop the digits being typed; again to go back",
);
pub const KEY_VOID_MARK: Text = t("本项多选(废项)", "Item marked twice (void mark)");
pub const KEY_VOID_BALLOT: Text = t("整张废票", "Void the whole ballot");
pub const KEY_STEP_BACK: Text = t("本票退回一项", "Step back one item on this ballot");
pub const KEY_COMMIT_BALLOT: Text = t(
    "按现有标记录入本票(撤回更正的票)",
    "Commit the ballot as it stands (one taken back for correcting)",
);
pub const KEY_ENTRY_BACK: Text = t(
    "放弃本票已录标记;再按返回",
    "Drop this ballot's marks; again to go back",
);
pub const KEY_SCRUTINEERS: Text = t("填写监票人", "Enter the scrutineers");
pub const KEY_VERIFY: Text = t("核对签名(已核对)", "Sign off as verified");
pub const KEY_PUBLISH: Text = t("公布(结果冻结)", "Publish (results frozen)");
pub const KEY_REOPEN: Text = t("说明理由后重新打开", "Reopen, giving a reason");
pub const KEY_RECHECK: Text = t(
    "录入复核表(第二位计票人)",
    "Enter the recheck grid (second clerk)",
);
pub const KEY_CLEAR_RECHECK: Text = t("清除复核表", "Clear the recheck grid");
pub const KEY_PREV_ROUND: Text = t("上一测评轮次", "Previous round");
pub const KEY_NEXT_ROUND: Text = t("下一测评轮次", "Next round");
pub const KEY_RESULTS_VIEW: Text = t(
    "切换 明细/排名条形图/宣读稿",
    "Switch table / ranked bars / summary",
);
pub const KEY_RESULTS_ITEM: Text = t("条形图:下一测评项目", "Bars: next item");
pub const KEY_RESULTS_RATE: Text = t("条形图:下一比率", "Bars: next rate");
pub const KEY_PAGE_UP: Text = t("上翻一页", "Page up");
pub const KEY_PAGE_DOWN: Text = t("下翻一页", "Page down");

pub const HINT_ROUNDS: Text = t(
    "Enter 打开 · n 新建测评轮次 · Del 删除 · F1 帮助",
    "Enter open · n new round · Del remove · F1 help",
);
pub const HINT_ROUND: Text = t(
    "Enter 编辑/进入 · a 添加 · g/b 新建计票组 · i/W 扫描/监视 · v 核对 · Esc 返回",
    "Enter edit/open · a add · g/b new batch · i/W scan/watch · v verify · Esc back",
);
pub const HINT_GRID: Text = t(
    "数字录入 · Enter/Tab/方向键 保存并移动 · = 余数计入弃权 · Esc 返回",
    "Type digits · Enter/Tab/arrows keep and move · = rest into blank · Esc back",
);
pub const HINT_ENTRY: Text = t(
    "1–9 等次 · 0 弃权 · . 废项 · - 废票 · Backspace 退一项 · Ctrl+Z 撤回上一张",
    "1–9 grade · 0 blank · . void mark · - void ballot · Backspace step back · Ctrl+Z take back",
);
pub const HINT_VERIFY: Text = t(
    "Enter 监票人 · v 核对 · p 公布 · o 重新打开 · r 复核表 · Esc 返回",
    "Enter scrutineers · v verify · p publish · o reopen · r recheck · Esc back",
);
pub const HINT_PROMPT: Text = t("Enter 确定 · Esc 取消", "Enter confirm · Esc cancel");
pub const HINT_RESULTS: Text = t(
    "←/→ 轮次 · Tab 明细/条形图/宣读稿 · i 项目 · r 比率 · ↑/↓ 滚动",
    "←/→ round · Tab table/bars/summary · i item · r rate · ↑/↓ scroll",
);

pub const MERGE_ABOUT: Text = t(
    "把另一台电脑的会议文件中的计票组合并进来(同一计票组不会重复计入)",
    "Merge the batches counted in another laptop's copy of the meeting (a batch is never counted twice)",
);
pub const MERGE_MAIN_HELP: Text = t("合并到这个会议文件", "The meeting file to merge into");
pub const MERGE_OTHER_HELP: Text = t(
    "另一台电脑的会议文件(只读取,不改动)",
    "The other laptop's meeting file (read, never changed)",
);
pub const VALID_LABEL: Text = t("有效票", "Valid ballots");
pub const VOID_LABEL: Text = t("废票", "Void ballots");
pub const ROUNDS_TITLE: Text = t("测评轮次", "Ballot rounds");
pub const NO_ROUNDS: Text = t(
    "还没有测评轮次。按 n 新建:可选党组织测评表、党员测评表或空白表",
    "No ballot rounds yet. Press n for a new one: an organisation form, a member form or a blank one",
);
pub const CHOOSE_FORM: Text = t("新建测评轮次:选择测评表", "New round: choose a form");
pub const EMPTY_FORM: Text = t("空白测评表", "Blank form");
pub const NEW_FORM_NAME: Text = t("测评表", "Evaluation form");
pub const NO_SUCH_FORM: Text = t("模板中没有这张测评表", "The template has no such form");
pub const CONFIDENTIAL_MARK: Text = t("  保密", "  confidential");
pub const ROUND_NAME: Text = t("测评表名称", "Form name");
pub const CONFIDENTIAL: Text = t("保密", "Confidential");
pub const YES_CONFIDENTIAL: Text = t("是(不进入公示)", "yes (kept out of public notices)");
pub const NO: Text = t("否", "no");
pub const TARGETS: Text = t("测评对象", "Targets");
pub const TARGETS_KEYS: Text = t(
    "a 添加 · p 粘贴名单 · Del 删除",
    "a add · p paste list · Del remove",
);
pub const ITEMS: Text = t("测评项目", "Items");
pub const ITEMS_KEYS: Text = t(
    "a 添加 · s 等次 · r 比率 · w 分值 · f 预警",
    "a add · s scale · r rates · w weights · f flags",
);
pub const BATCHES: Text = t("计票组", "Batches");
pub const BATCHES_KEYS: Text = t(
    "g 合计录入 · b 逐票录入 · m 合并文件",
    "g tally grid · b ballot by ballot · m merge a file",
);
pub const STATE_KEYS: Text = t("Enter 核对与公布", "Enter verify and publish");
pub const WEIGHTS: Text = t("分值", "weights");
pub const FLAGS: Text = t("预警", "flags");
pub const CUSTOM_SCALE: Text = t("自定义等次…", "Custom scale…");
pub const PICK_AN_ITEM: Text = t("请先选中一个测评项目", "Select an item first");
pub const ASK_ROUND_NAME: Text = t("测评表名称", "Form name");
pub const ASK_TARGET: Text = t("测评对象名称", "Target's name");
pub const ASK_TARGET_LIST: Text = t(
    "粘贴或输入名单,每行一个(Alt+Enter 换行,Enter 确定)",
    "Paste or type the list, one per line (Alt+Enter new line, Enter done)",
);
pub const ASK_ITEM: Text = t("测评项目名称", "Item name");
pub const ASK_SCALE: Text = t("选择评价等次", "Choose a scale");
pub const ASK_CUSTOM_SCALE: Text = t(
    "等次,由好到差,用 / 分隔(如 好/一般/差)",
    "Grades, best first, separated by / (e.g. Good/Fair/Poor)",
);
pub const ASK_WEIGHTS: Text = t(
    "各等次分值,用 / 分隔(如 100/75/55,留空为不计分)",
    "Points per grade, separated by / (e.g. 100/75/55; empty for none)",
);
pub const ASK_RATES: Text = t(
    "比率:名称=等次号[+等次号][/n 去掉不了解][b 去掉弃权][x 去掉废项];用 ; 分隔",
    "Rates: name=grade[+grade][/n leave out don't-know][b blanks][x items marked twice]; separated by ;",
);
pub const ASK_FLAGS: Text = t(
    "预警:名称=等次号>=分子/分母(或 > 、<);用 ; 分隔",
    "Flags: label=grade>=num/den (or >, <); separated by ;",
);
pub const ASK_MERGE_PATH: Text = t(
    "另一台电脑的会议文件路径",
    "Path of the other laptop's meeting file",
);
pub const ASK_REASON: Text = t(
    "重新打开的理由(记入操作日志)",
    "Why reopen (kept in the audit log)",
);
pub const CONFIRM_YES_NO: Text = t(
    "按 y 或 Enter 确认,其他键取消",
    "Press y or Enter to confirm, any other key to cancel",
);
pub const RECHECK_TITLE: Text = t("复核", "Recheck");
pub const VERIFY_TITLE: Text = t("核对与公布", "Verify and publish");
pub const ALL_ROWS_OK: Text = t(
    "✓ 各行均与有效票数相符",
    "✓ Every row adds up to the valid ballots",
);
pub const BALLOT_DROPPED: Text = t(
    "已放弃本票的标记,请从本票第一项重新录入",
    "This ballot's marks were dropped; enter it again from its first item",
);
pub const FORM_EMPTY: Text = t(
    "测评表还没有测评对象或项目,请先在测评表中添加",
    "The form has no targets or items yet; add them first",
);
pub const NOTHING_TO_STEP_BACK: Text = t(
    "本票还没有标记;撤回上一张已录的票请按 Ctrl+Z",
    "This ballot has no marks yet; Ctrl+Z takes back the last committed ballot",
);
pub const SO_FAR: Text = t("本项已计:", "Counted so far: ");
pub const STATE: Text = t("状态", "State");
pub const BLOCKERS: Text = t("核对前须解决", "To settle before verifying");
pub const READY_TO_VERIFY: Text = t(
    "✓ 各行相符、账目相符,可以核对(按 v)",
    "✓ Every row and the accounting add up: ready to verify (press v)",
);
pub const NO_RECHECK: Text = t("未录入复核表(按 r 录入)", "No recheck entered (press r)");
pub const RECHECK_MATCHES: Text = t("✓ 复核与计票完全一致", "✓ The recheck matches the count");
pub const CELL: Text = t("对象 · 项目 · 栏", "Target · item · column");
pub const COUNTED: Text = t("计票", "Count");
pub const RECHECKED: Text = t("复核", "Recheck");
pub const UNDO_VERIFY: Text = t("撤销核对", "verification undone");
pub const SCORE: Text = t("得分", "Score");
pub const ALL_TARGETS: Text = t("全部对象", "all targets");
pub const NO_RATES: Text = t(
    "本项目未设比率(在测评表中按 r 设定)",
    "This item has no rates (set them with r on the form)",
);

fn m(zh: String, en: String) -> Message {
    Message::new(zh, en)
}

pub fn round_shape(targets: usize, items: usize, ballots: u32) -> Message {
    m(
        format!("{targets} 个对象 × {items} 项 · {ballots} 张"),
        format!(
            "{} × {} · {}",
            count_en(targets, "target", "targets"),
            count_en(items, "item", "items"),
            count_en(ballots, "ballot", "ballots")
        ),
    )
}

pub fn confirm_remove_round(name: &str) -> Message {
    m(
        format!("删除测评轮次“{name}”?"),
        format!("Remove the round “{name}”?"),
    )
}

pub fn confirm_remove_batch(label: &str, ballots: u32) -> Message {
    m(
        format!("删除计票组“{label}”及其 {ballots} 张票的计数?(操作日志保留记录)"),
        format!(
            "Remove batch “{label}” and the counts of its {}? (The audit log keeps them)",
            count_en(ballots, "ballot", "ballots")
        ),
    )
}

pub fn batch_label(n: usize) -> Message {
    m(format!("第{n}组"), format!("Table {n}"))
}

pub fn batch_counts(valid: u32, void: u32) -> Message {
    m(
        format!("有效 {valid} 张,废票 {void} 张"),
        format!("{valid} valid, {void} void"),
    )
}

pub fn rows_wrong(n: usize) -> Message {
    m(
        format!("{n} 行与有效票数不符"),
        match n {
            1 => "1 row does not add up".to_string(),
            n => format!("{n} rows do not add up"),
        },
    )
}

pub fn from_attendance(n: Option<u32>) -> Message {
    match n {
        Some(n) => m(format!("{n}(来自签到)"), format!("{n} (from attendance)")),
        None => m(
            "—(未填写,签到名单也没有)".into(),
            "— (not entered, no roster)".into(),
        ),
    }
}

pub fn returned_of(returned: Option<u32>, counted: u32) -> Message {
    match returned {
        Some(r) => m(
            format!("本轮已计 {counted} / 收回 {r} 张"),
            format!("round: {counted} of {r} returned counted"),
        ),
        None => m(
            format!("本轮已计 {counted} 张(收回数未填)"),
            format!("round: {counted} counted (returned not entered)"),
        ),
    }
}

/// The recheck grid's top line: blind, so nothing of the first count but the valid ballots the
/// rows must add up to.
pub fn recheck_blind(valid: u32) -> Message {
    m(
        format!(
            "第二位计票人独立录入全轮合计(不显示计票结果)· 有效票 {valid} · 录完按 Esc 查看差异"
        ),
        format!(
            "The second clerk's own totals, blind (the count is not shown) · {valid} valid · Esc when done shows the differences"
        ),
    )
}

pub fn ballot_no(n: u32) -> Message {
    m(format!("第 {n} 张"), format!("Ballot No. {n}"))
}

pub fn target_of(k: usize, n: usize) -> Message {
    m(format!("对象 {k}/{n}"), format!("Target {k}/{n}"))
}

/// The line over a ballot taken back with Ctrl+Z and offered for correction.
pub fn correcting(no: u32, marks: &str) -> Message {
    m(
        format!(
            "更正第 {no} 张:{marks} · Backspace 退到要改的标记重按 · Enter 按现有标记录入 · Esc 放弃此票"
        ),
        format!(
            "Correcting No. {no}: {marks} · Backspace to the wrong mark and press it again · Enter commits as it stands · Esc drops it"
        ),
    )
}

/// A void ballot taken back: nothing to show in the row but what it was.
pub fn correcting_void(no: u32) -> Message {
    m(
        format!("更正第 {no} 张(原为废票):按 - 仍作废票,或按各项标记录入"),
        format!("Correcting No. {no} (it was void): - to keep it void, or press its marks"),
    )
}

pub const MARKS_COMPLETE: Text = t(
    "本票标记已齐:Enter 录入,Backspace 退回修改",
    "This ballot has all its marks: Enter commits it, Backspace goes back to change one",
);

/// A ballot being corrected when Ctrl+Z took back the one before it.
pub fn still_taken_back(no: u32) -> Message {
    m(
        format!("第 {no} 张仍在撤回中,未计入(原标记见审计日志)"),
        format!("No. {no} stays taken back and uncounted (its marks are in the audit log)"),
    )
}

pub fn marks_missing(n: usize) -> Message {
    m(
        format!("本票还缺 {n} 个标记,录齐后才能录入"),
        format!("This ballot still lacks {n} marks; it is committed once they are all in"),
    )
}

pub fn last_ballot(no: u32, marks: &str) -> Message {
    m(
        format!("上一张:第 {no} 张 {marks}"),
        format!("Last: No. {no} {marks}"),
    )
}

pub fn not_a_mark_key(c: char) -> Message {
    m(
        format!("“{c}”不是标记:按 1–9 等次,0 弃权,. 废项,- 整张废票"),
        format!("“{c}” is not a mark: press 1–9 for a grade, 0 blank, . void mark, - void ballot"),
    )
}

pub fn signed(names: &str, at: &str) -> Message {
    m(
        format!("监票人 {names} {at} 核对"),
        format!("verified by {names} at {at}"),
    )
}

pub fn published_at(at: &str) -> Message {
    m(format!("{at} 公布"), format!("published at {at}"))
}

pub fn bad_rate(part: &str) -> Message {
    m(
        format!("“{part}”无法识别:请写成 满意率=1 或 综合满意率=1+2/n"),
        format!("“{part}” is not a rate: write it as Satisfied=1 or Satisfied+=1+2/n"),
    )
}

pub fn bad_flag(part: &str) -> Message {
    m(
        format!("“{part}”无法识别:请写成 补课=3>=1/3(分母大于 0,分子不大于分母)"),
        format!(
            "“{part}” is not a flag rule: write it as Redo=3>=1/3 (den above 0, num at most den)"
        ),
    )
}

pub fn bad_weights(text: &str, grades: usize) -> Message {
    m(
        format!("“{text}”应为 {grades} 个分值,用 / 分隔"),
        format!("“{text}” should be {grades} weights separated by /"),
    )
}

pub fn merge_report(
    added: usize,
    already: usize,
    conflicting: usize,
    missing: &[String],
) -> Message {
    let mut zh = format!("已合并 {added} 个计票组,{already} 个已在本文件中(未重复计入)");
    let mut en = format!("Merged {added} batches; {already} were already here (not counted twice)");
    if conflicting > 0 {
        zh.push_str(&format!(
            ";{conflicting} 个同名计票组内容不同,未改动,请核对"
        ));
        en.push_str(&format!(
            "; {conflicting} batches differ from the ones here and were left alone: check them"
        ));
    }
    if !missing.is_empty() {
        zh.push_str(&format!(";本会议没有测评轮次:{}", missing.join("、")));
        en.push_str(&format!(
            "; this meeting has no round: {}",
            missing.join(", ")
        ));
    }
    m(zh, en)
}
