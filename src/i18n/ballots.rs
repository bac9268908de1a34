//! Strings of ballot counting (测评票计票): words of the form and the count, refusals, the
//! accounting line and the summary the chair reads out.

use super::{Lang, Message, Text, t};

pub const BLANK: Text = t("弃权", "Blank");
pub const VOID_MARK: Text = t("废项", "Void mark");
pub const VOID_BALLOT: Text = t("废票", "Void ballot");
pub const VALID: Text = t("有效", "Valid");
pub const VALID_BALLOTS: Text = t("有效票", "valid ballots");
pub const VOID_BALLOTS: Text = t("无效", "Void");
pub const BALLOTS_ENTERED: Text = t("已录票数", "Ballots entered");
pub const EXPECTED: Text = t("应到", "Expected");
pub const PRESENT: Text = t("实到", "Present");
pub const ISSUED: Text = t("发出", "Issued");
pub const RETURNED: Text = t("收回", "Returned");
pub const RESPONSE_RATE: Text = t("回收率", "Response rate");

pub const STATE_COUNTING: Text = t("计票中", "Counting");
pub const STATE_VERIFIED: Text = t("已核对", "Verified");
pub const STATE_PUBLISHED: Text = t("已公布", "Published");
pub const MODE_GRID: Text = t("合计录入", "Tally grid");
pub const MODE_BALLOTS: Text = t("逐票录入", "Ballot by ballot");

pub const ROW_OK: Text = t("✓", "✓");
pub const COLON: Text = t(":", ": ");
pub const LIST_SEP: Text = t("、", ", ");

pub const EMPTY_NAME: Text = t("名称不能为空,请输入名称", "The name is empty; type a name");
pub const EMPTY_REASON: Text = t(
    "重新打开须说明理由,请输入理由",
    "Reopening needs a reason; type one",
);
pub const ISSUED_MISSING: Text = t(
    "尚未填写发出票数,请在计票账目中填写",
    "The ballots issued are not entered; enter them in the accounting line",
);
pub const RETURNED_MISSING: Text = t(
    "尚未填写收回票数,请在计票账目中填写",
    "The ballots returned are not entered; enter them in the accounting line",
);
pub const NO_COUNTS: Text = t(
    "本轮尚未计票,请先录入计票结果",
    "Nothing has been counted in this round yet; enter the counts first",
);
pub const NO_SCRUTINEERS: Text = t(
    "核对须有监票人签名,请填写监票人姓名",
    "Verification needs the scrutineers who sign it off; enter their names",
);
pub const ROUND_VOID: Text = t(
    "收回票数多于发出票数,本轮测评作废,结果不能公布",
    "More ballots were returned than issued: this round is void and its results cannot stand",
);

fn m(zh: String, en: String) -> Message {
    Message::new(zh, en)
}

/// A row short of the valid ballots: `缺 3`.
pub fn missing(n: u32) -> Message {
    m(format!("缺 {n}"), format!("{n} missing"))
}

/// A row beyond the valid ballots: `多 2`.
pub fn extra(n: u32) -> Message {
    m(format!("多 {n}"), format!("{n} extra"))
}

pub fn round_not_found(id: u32) -> Message {
    m(
        format!("找不到编号为 {id} 的测评轮次,请在轮次列表中重新选择"),
        format!("There is no ballot round {id}; pick one from the round list"),
    )
}

pub fn batch_not_found(uid: &str) -> Message {
    m(
        format!("本轮没有计票组“{uid}”,请在计票组列表中重新选择"),
        format!("This round has no batch “{uid}”; pick one from the batch list"),
    )
}

pub fn target_not_found(id: u32) -> Message {
    m(
        format!("测评表上没有编号为 {id} 的测评对象"),
        format!("The form has no target {id}"),
    )
}

pub fn item_not_found(id: u32) -> Message {
    m(
        format!("测评表上没有编号为 {id} 的测评项目"),
        format!("The form has no item {id}"),
    )
}

pub fn grade_not_on_scale(grade: usize, grades: usize) -> Message {
    m(
        format!("第 {} 个等次不在评价等次中(共 {grades} 个)", grade + 1),
        format!("Grade {} is not on the scale (it has {grades})", grade + 1),
    )
}

pub fn duplicate_batch(uid: &str) -> Message {
    m(
        format!("计票组“{uid}”已在本轮中,同一计票组不能计入两次"),
        format!("Batch “{uid}” is already in this round; a batch is never counted twice"),
    )
}

pub fn frozen(round: &str) -> Message {
    m(
        format!("“{round}”已公布,结果已冻结;如需更正,请先说明理由重新打开"),
        format!("“{round}” is published and frozen; reopen it with a reason to correct it"),
    )
}

pub fn wrong_mode(batch: &str, is_grid: bool) -> Message {
    if is_grid {
        m(
            format!("计票组“{batch}”为合计录入,不能逐票录入;请新建一个逐票录入的计票组"),
            format!("Batch “{batch}” is a tally grid, not ballot by ballot; open a ballot batch"),
        )
    } else {
        m(
            format!("计票组“{batch}”为逐票录入,合计由票面得出,不能直接修改"),
            format!(
                "Batch “{batch}” is entered ballot by ballot; its totals come from the ballots"
            ),
        )
    }
}

pub fn not_a_count(text: &str) -> Message {
    m(
        format!("“{text}”不是票数,请只输入 0 或正整数"),
        format!("“{text}” is not a count; type a whole number, 0 or more"),
    )
}

pub fn count_above_valid(value: u32, valid: u32) -> Message {
    m(
        format!("{value} 超过有效票数 {valid},请核对后重新输入"),
        format!("{value} is more than the {valid} valid ballots; check it and type it again"),
    )
}

pub fn no_valid_ballots_yet(batch: &str) -> Message {
    m(
        format!("计票组“{batch}”尚未填写有效票数,请先填写"),
        format!("Batch “{batch}” has no valid ballots entered yet; enter them first"),
    )
}

pub fn valid_below_counts(valid: u32, highest: u32) -> Message {
    m(
        format!("本组已有一格计为 {highest},有效票不能少于 {highest}(现输入 {valid});请先更正该格"),
        format!(
            "A cell of this batch already holds {highest}: the valid ballots cannot be fewer (you typed {valid}); correct that cell first"
        ),
    )
}

pub fn counted_above_returned(counted: u32, returned: u32) -> Message {
    m(
        format!("录入后将有 {counted} 张,多于收回的 {returned} 张;请核对收回票数"),
        format!(
            "That would make {counted} ballots, more than the {returned} returned; check the returned count"
        ),
    )
}

pub fn returned_above_present(returned: u32, present: u32) -> Message {
    m(
        format!("收回 {returned} 张多于实到 {present} 人:请核对实到人数和收回票数"),
        format!(
            "{returned} returned is more than the {present} present: check the number present and the ballots returned"
        ),
    )
}

pub fn returned_above_issued(returned: u32, issued: u32) -> Message {
    m(
        format!(
            "收回 {returned} 张多于发出 {issued} 张:本轮测评作废,须重新发票;如是录入错误请更正"
        ),
        format!(
            "{returned} returned is more than the {issued} issued: the round is void and must be re-run; if it is a typing error, correct it"
        ),
    )
}

pub fn counted_differs(counted: u32, returned: u32) -> Message {
    m(
        format!("各计票组共 {counted} 张,与收回的 {returned} 张不符,请核对"),
        format!("The batches hold {counted} ballots but {returned} were returned; check both"),
    )
}

pub fn issued_above_expected(issued: u32, expected: u32) -> Message {
    m(
        format!(
            "⚠ 发出 {issued} 张多于应到 {expected} 人:回收率(收回/应到)可能超过 100%,请核对应到人数和发出票数"
        ),
        format!(
            "⚠ {issued} issued is more than the {expected} expected: the response rate (returned/expected) can pass 100%; check both figures"
        ),
    )
}

pub fn returned_above_expected(returned: u32, expected: u32) -> Message {
    m(
        format!(
            "⚠ 收回 {returned} 张多于应到 {expected} 人:回收率(收回/应到)超过 100%,请核对应到人数和收回票数"
        ),
        format!(
            "⚠ {returned} returned is more than the {expected} expected: the response rate (returned/expected) passes 100%; check both figures"
        ),
    )
}

/// Beside the 发出/收回 figure on the round's form.
pub fn above_expected_short(expected: u32) -> Message {
    m(
        format!("⚠ 多于应到 {expected} 人"),
        format!("⚠ more than the {expected} expected"),
    )
}

pub fn marks_length(expected: usize, got: usize) -> Message {
    m(
        format!("一张票应有 {expected} 个标记,现有 {got} 个"),
        format!("A ballot has {expected} marks; this one has {got}"),
    )
}

pub fn not_a_mark(ch: char, pos: usize) -> Message {
    m(
        format!("第 {pos} 个标记“{ch}”无效:只能是 1–9(等次)、0(弃权)或 x(废项)"),
        format!("Mark {pos} “{ch}” is not valid: use 1–9 (grade), 0 (blank) or x (void mark)"),
    )
}

pub fn grade_outside_scale(key: u32, grades: usize, target: &str, item: &str) -> Message {
    m(
        format!(
            "{target} · {item} 只有 {grades} 个等次,按 1–{grades}、0 弃权或 x 废项,不能按 {key}"
        ),
        format!(
            "{target} · {item} has {grades} grades: press 1–{grades}, 0 for blank or x for a void mark, not {key}"
        ),
    )
}

pub fn nothing_to_undo(batch: &str) -> Message {
    m(
        format!("计票组“{batch}”还没有已录入的票,无可撤销"),
        format!("Batch “{batch}” has no committed ballot to take back"),
    )
}

pub fn counts_exist(round: &str) -> Message {
    m(
        format!("“{round}”已开始计票,不能再增删测评对象、项目或更改评价等次;请先删除计票组"),
        format!(
            "Counting has started in “{round}”: targets, items and scales can no longer change; remove its batches first"
        ),
    )
}

pub fn scale_size(grades: usize) -> Message {
    m(
        format!("评价等次须为 1 至 9 个,现有 {grades} 个"),
        format!("A scale needs 1 to 9 grades; this one has {grades}"),
    )
}

pub fn duplicate_grade(label: &str) -> Message {
    m(
        format!("等次“{label}”重复,请改用不同的名称"),
        format!("Grade “{label}” appears twice; give each grade its own name"),
    )
}

pub fn bad_fraction(num: u32, den: u32) -> Message {
    m(
        format!("比例 {num}/{den} 无效:分母须大于 0,分子不大于分母"),
        format!(
            "{num}/{den} is not a valid share: the denominator must be above 0 and at least the numerator"
        ),
    )
}

/// Verification refused: the first few reasons, and how many more there are.
pub fn not_ready(parts: &[Message]) -> Message {
    const SHOWN: usize = 5;
    let join = |lang: Lang, sep: &str| {
        let mut s: Vec<&str> = parts.iter().take(SHOWN).map(|p| p.get(lang)).collect();
        let more = parts.len().saturating_sub(SHOWN);
        let tail = match (lang, more) {
            (_, 0) => String::new(),
            (Lang::Zh, n) => format!("等,另有 {n} 处"),
            (Lang::En, n) => format!(", and {n} more"),
        };
        s.retain(|p| !p.is_empty());
        format!("{}{tail}", s.join(sep))
    };
    m(
        format!("尚不能核对:{}", join(Lang::Zh, ";")),
        format!("Not ready to verify: {}", join(Lang::En, "; ")),
    )
}

pub fn unbalanced(batch: Option<&str>, cell: &str, balance: &Message) -> Message {
    match batch {
        Some(b) => m(
            format!("计票组“{b}”中 {cell} 与有效票数不符({})", balance.zh),
            format!(
                "In batch “{b}”, {cell} does not add up to the valid ballots ({})",
                balance.en
            ),
        ),
        None => m(
            format!("{cell} 与有效票数不符({})", balance.zh),
            format!(
                "{cell} does not add up to the valid ballots ({})",
                balance.en
            ),
        ),
    }
}

pub fn recheck_differs(cells: usize) -> Message {
    m(
        format!("复核结果与计票结果有 {cells} 处不同,请逐项核对后更正"),
        format!(
            "The recheck differs from the count in {}; settle each one",
            super::count_en(cells, "cell", "cells")
        ),
    )
}

pub fn not_verified(round: &str) -> Message {
    m(
        format!("“{round}”尚未核对,核对后才能公布"),
        format!("“{round}” is not verified yet; verify it before publishing"),
    )
}

pub fn already_counting(round: &str) -> Message {
    m(
        format!("“{round}”正在计票中,无需重新打开"),
        format!("“{round}” is already being counted; there is nothing to reopen"),
    )
}

pub fn form_differs(round: &str, detail: &Message) -> Message {
    m(
        format!(
            "不能合并“{round}”:两份文件的测评表不同({});请确认两台电脑使用同一测评表",
            detail.zh
        ),
        format!(
            "Cannot merge “{round}”: the two files' forms differ ({}); make sure both laptops use the same form",
            detail.en
        ),
    )
}

pub fn no_matching_round(round: &str) -> Message {
    m(
        format!("本会议没有测评轮次“{round}”,请先建立同一测评表再合并"),
        format!("This meeting has no round “{round}”; set up the same form before merging"),
    )
}

pub fn differs_target_count(main: usize, other: usize) -> Message {
    m(
        format!("测评对象 {main} 个与 {other} 个"),
        format!("{main} targets against {other}"),
    )
}

pub fn differs_target(pos: usize, main: &str, other: &str) -> Message {
    m(
        format!("第 {pos} 个测评对象“{main}”与“{other}”"),
        format!("target {pos} “{main}” against “{other}”"),
    )
}

pub fn differs_item_count(main: usize, other: usize) -> Message {
    m(
        format!("测评项目 {main} 个与 {other} 个"),
        format!("{main} items against {other}"),
    )
}

pub fn differs_item(pos: usize, main: &str, other: &str) -> Message {
    m(
        format!("第 {pos} 个测评项目“{main}”与“{other}”"),
        format!("item {pos} “{main}” against “{other}”"),
    )
}

pub fn differs_scale(item: &str, main: &str, other: &str) -> Message {
    m(
        format!("“{item}”的评价等次“{main}”与“{other}”"),
        format!("the scale of “{item}”: “{main}” against “{other}”"),
    )
}

/// The round's figures, as the accounting line prints them.
#[derive(Debug, Clone, Copy, Default)]
pub struct Figures {
    pub expected: Option<u32>,
    pub present: Option<u32>,
    pub issued: Option<u32>,
    pub returned: Option<u32>,
    pub void: u32,
    pub valid: u32,
}

/// `应到 70 人,实到 68 人;发出 66 张,收回 66 张,无效 0 张,有效 66 张;回收率(收回/应到)94.29%`.
pub fn accounting_line(lang: Lang, f: Figures, response: &str) -> String {
    let n = |v: Option<u32>| v.map_or_else(|| "—".to_string(), |v| v.to_string());
    match lang {
        Lang::Zh => {
            let mut s = format!("应到 {} 人", n(f.expected));
            if let Some(p) = f.present {
                s.push_str(&format!(",实到 {p} 人"));
            }
            format!(
                "{s};发出 {} 张,收回 {} 张,无效 {} 张,有效 {} 张;回收率(收回/应到){response}",
                n(f.issued),
                n(f.returned),
                f.void,
                f.valid
            )
        }
        Lang::En => {
            let mut s = format!("expected {}", n(f.expected));
            if let Some(p) = f.present {
                s.push_str(&format!(", present {p}"));
            }
            format!(
                "{s}; issued {}, returned {}, void {}, valid {}; response rate (returned/expected) {response}",
                n(f.issued),
                n(f.returned),
                f.void,
                f.valid
            )
        }
    }
}

/// `满意 66 票(100.00%)`.
pub fn grade_count(lang: Lang, label: &str, n: u32, share: &str) -> String {
    match lang {
        Lang::Zh => format!("{label} {n} 票({share})"),
        Lang::En => format!("{label} {n} ({share})"),
    }
}

/// `满意率 100.00%(66/66,分母:有效票)`: a rate with its base, where the response rate is
/// already in view.
pub fn rate_with_base(
    lang: Lang,
    name: &str,
    share: &str,
    num: u64,
    den: u64,
    base: &str,
) -> String {
    match lang {
        Lang::Zh => format!("{name} {share}({num}/{den},分母:{base})"),
        Lang::En => format!("{name} {share} ({num}/{den}, out of {base})"),
    }
}

/// A rate's column heading with its base: `满意率(分母:有效票)`.
pub fn rate_heading(lang: Lang, name: &str, base: &str) -> String {
    match lang {
        Lang::Zh => format!("{name}(分母:{base})"),
        Lang::En => format!("{name} (out of {base})"),
    }
}

/// `满意率 100.00%(66/66,分母:有效票;回收率 94.29%)`.
pub fn rate_line(
    lang: Lang,
    name: &str,
    share: &str,
    num: u64,
    den: u64,
    denominator: &str,
    response: &str,
) -> String {
    match lang {
        Lang::Zh => format!("{name} {share}({num}/{den},分母:{denominator};回收率 {response})"),
        Lang::En => {
            format!("{name} {share} ({num}/{den}, out of {denominator}; response rate {response})")
        }
    }
}

/// `综合评价(51 个对象合计)满意率 98.00%(9296/9486,分母:有效票;回收率 …)`.
#[allow(clippy::too_many_arguments)]
pub fn item_total_line(
    lang: Lang,
    item: &str,
    targets: usize,
    name: &str,
    share: &str,
    num: u64,
    den: u64,
    denominator: &str,
    response: &str,
) -> String {
    let rate = rate_line(lang, name, share, num, den, denominator, response);
    match lang {
        Lang::Zh => format!("{item}({targets} 个对象合计){rate}"),
        Lang::En => format!("{item} (all {targets} targets): {rate}"),
    }
}

/// `补课:张三 · 综合评价(不满意 35.00%)`.
pub fn flag_line(lang: Lang, label: &str, target: &str, item: &str, share: &str) -> String {
    match lang {
        Lang::Zh => format!("{label}:{target} · {item}({share})"),
        Lang::En => format!("{label}: {target} · {item} ({share})"),
    }
}

/// Whether an item is the overall rating (整体评价 / 综合评价 / Overall): the one the results
/// show first and rank by.
pub fn is_overall_item(name: &str) -> bool {
    ["整体评价", "综合评价", "Overall"]
        .iter()
        .any(|w| name.contains(w))
}

/// Whether an item's name says the form rates people (a member form: 带头/先锋, "Leads…").
pub fn names_a_person_item(name: &str) -> bool {
    name.contains("带头") || name.contains("先锋") || name.starts_with("Leads")
}
