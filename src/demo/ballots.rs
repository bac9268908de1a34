//! The examples' ballot rounds, entered through the same audited model methods the screens use:
//! the town's 66 ballots (整体评价 100% 满意, 发挥战斗堡垒作用 64 of 66 好), and the oil-field's
//! branch round (5 branches, a tally grid of 23 ballots) and member round (51 members, 186
//! ballots, 综合评价 98% 满意). Every round is verified by the meeting's scrutineers and published.

use super::at;
use crate::i18n::Lang;
use crate::model::{
    BallotError, Column, EntryMode, Id, Session, Stamp, TargetKind, Template, Timestamp,
};
use chrono::Duration;

/// Starts a round from template form `form` keeping only the items named (in form order),
/// renamed `name`, with `targets` pasted as a list.
fn start_round(
    s: &mut Session,
    form: usize,
    name: &str,
    keep: &[&str],
    targets: &[String],
    kind: TargetKind,
    stamp: &Stamp,
) -> Result<Id, BallotError> {
    let forms = Template::default_for(Lang::Zh).forms;
    let form = forms.get(form).ok_or(BallotError::EmptyName)?;
    let id = s.add_round_from_form(form, stamp)?;
    s.with_round(id, stamp, |r, j| {
        let drop: Vec<Id> = r
            .items
            .iter()
            .filter(|i| !keep.contains(&i.name.as_str()))
            .map(|i| i.id)
            .collect();
        for item in drop {
            r.remove_item(item, j)?;
        }
        r.set_name(name, j)?;
        r.paste_targets(&targets.join("\n"), kind, j)?;
        Ok(())
    })?;
    Ok(id)
}

/// Enters ballots one by one, ten seconds apart from `from`; `marks(k)` gives ballot k's marks.
fn enter_ballots(
    s: &mut Session,
    id: Id,
    batch: &str,
    who: &str,
    from: Timestamp,
    count: u32,
    marks: impl Fn(u32) -> String,
) -> Result<(), BallotError> {
    for k in 0..count {
        let stamp = Stamp::new(from + Duration::seconds(i64::from(k) * 10), who);
        let m = marks(k);
        s.with_round(id, &stamp, |r, j| r.commit_ballot(batch, &m, j))?;
    }
    Ok(())
}

/// Verifies with the header's scrutineers at `at`, and publishes a minute later.
fn sign_off(s: &mut Session, id: Id, at: Timestamp) -> Result<(), BallotError> {
    let scrutineers = s.header.scrutineers.clone();
    let who = scrutineers.first().cloned().unwrap_or_default();
    s.with_round(id, &Stamp::new(at, who), |r, j| r.verify(&scrutineers, j))?;
    let chair = s.header.chair.clone();
    s.with_round(id, &Stamp::new(at + Duration::minutes(1), chair), |r, j| {
        r.publish(j)
    })
}

/// The town meeting's round: 66 ballots rating 网岭镇党委 on 发挥战斗堡垒作用 and 整体评价, counted
/// at two tables of 33; 整体评价 all 满意 (100%), 发挥战斗堡垒作用 64 好 and 2 较好 (96.97%).
pub fn fill_town(s: &mut Session) -> Result<(), BallotError> {
    let clerk = Stamp::new(at(2010, 10, 19, 10, 20), "周强");
    let id = start_round(
        s,
        0,
        "网岭镇党委创先争优活动群众评议表",
        &["发挥战斗堡垒作用", "整体评价"],
        &["网岭镇党委".to_string()],
        TargetKind::Organisation,
        &clerk,
    )?;
    s.with_round(id, &clerk, |r, j| {
        r.set_issued(Some(66), j)?;
        r.set_returned(Some(66), j)?;
        r.add_batch(
            "town-2010-10-19-a",
            "第一计票组",
            "周强",
            EntryMode::Ballots,
            j,
        )?;
        r.add_batch(
            "town-2010-10-19-b",
            "第二计票组",
            "孙丽",
            EntryMode::Ballots,
            j,
        )
    })?;
    // Form order: 发挥战斗堡垒作用 (好/较好/一般/差) then 整体评价 (满意/基本满意/不满意).
    let from = at(2010, 10, 19, 10, 30);
    enter_ballots(s, id, "town-2010-10-19-a", "周强", from, 33, |k| {
        if k == 12 { "21" } else { "11" }.to_string()
    })?;
    enter_ballots(s, id, "town-2010-10-19-b", "孙丽", from, 33, |k| {
        if k == 20 { "21" } else { "11" }.to_string()
    })?;
    sign_off(s, id, at(2010, 10, 19, 10, 50))
}

/// The oil-field's five branches.
pub const BRANCHES: [&str; 5] = [
    "机关党支部",
    "第一综合井区党支部",
    "第二综合井区党支部",
    "第三综合井区党支部",
    "作业区党支部",
];

/// 51 members' names, made deterministically from common surnames and given names.
pub fn member_names() -> Vec<String> {
    const SURNAMES: [&str; 17] = [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡",
        "郭", "何",
    ];
    const GIVEN: [&str; 20] = [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明",
        "超", "秀英", "华", "平", "刚",
    ];
    // (k mod 17, 7k mod 20) differs for every k below 340, so no two names repeat.
    (0..51)
        .map(|k| format!("{}{}", SURNAMES[k % 17], GIVEN[(k * 7) % 20]))
        .collect()
}

/// The oil-field's branch round (23 ballots typed as a tally grid) and member round (186 ballots
/// entered one by one at three tables; 综合评价 9,296 满意 of 9,486 marks = 98.00%).
pub fn fill_oilfield(s: &mut Session) -> Result<(), BallotError> {
    let clerk = Stamp::new(at(2010, 11, 5, 15, 0), "杨帆");
    let branches: Vec<String> = BRANCHES.iter().map(|b| b.to_string()).collect();
    let id = start_round(
        s,
        0,
        "第一采油厂创先争优活动党支部群众评议表",
        &["发挥战斗堡垒作用", "整体评价"],
        &branches,
        TargetKind::Organisation,
        &clerk,
    )?;
    // Per branch: 发挥战斗堡垒作用 (好, 较好, 一般, 差, 弃权) and 整体评价 (满意, 基本满意, 不满意, 弃权).
    let bastion: [[u32; 5]; 5] = [
        [21, 2, 0, 0, 0],
        [20, 3, 0, 0, 0],
        [22, 1, 0, 0, 0],
        [19, 3, 1, 0, 0],
        [20, 2, 0, 0, 1],
    ];
    let overall: [[u32; 4]; 5] = [
        [23, 0, 0, 0],
        [22, 1, 0, 0],
        [23, 0, 0, 0],
        [22, 1, 0, 0],
        [22, 0, 0, 1],
    ];
    s.with_round(id, &clerk, |r, j| {
        r.set_expected(Some(23), j)?;
        r.set_present(Some(23), j)?;
        r.set_issued(Some(23), j)?;
        r.set_returned(Some(23), j)?;
        r.add_batch(
            "oil-2010-11-05-branches",
            "支部评议",
            "杨帆",
            EntryMode::Grid,
            j,
        )?;
        let uid = "oil-2010-11-05-branches";
        r.set_batch_ballots(uid, false, 23, j)?;
        let (b_item, o_item) = (r.items[0].id, r.items[1].id);
        let targets: Vec<Id> = r.targets.iter().map(|t| t.id).collect();
        for (t, (b, o)) in targets.iter().zip(bastion.iter().zip(&overall)) {
            for (g, &n) in b[..4].iter().enumerate() {
                r.set_cell(uid, *t, b_item, Column::Grade(g), n, j)?;
            }
            r.set_cell(uid, *t, b_item, Column::Blank, b[4], j)?;
            for (g, &n) in o[..3].iter().enumerate() {
                r.set_cell(uid, *t, o_item, Column::Grade(g), n, j)?;
            }
            r.fill_rest_blank(uid, *t, o_item, j)?;
        }
        Ok(())
    })?;
    sign_off(s, id, at(2010, 11, 5, 15, 20))?;

    let clerk = Stamp::new(at(2010, 11, 5, 15, 25), "吴磊");
    let id = start_round(
        s,
        1,
        "第一采油厂创先争优活动共产党员群众评议表",
        &["承诺事项完成情况", "发挥先锋模范作用", "综合评价"],
        &member_names(),
        TargetKind::Person,
        &clerk,
    )?;
    let tables = [
        ("oil-2010-11-05-m1", "第一组", "杨帆"),
        ("oil-2010-11-05-m2", "第二组", "吴磊"),
        ("oil-2010-11-05-m3", "第三组", "张敏"),
    ];
    s.with_round(id, &clerk, |r, j| {
        r.set_expected(Some(186), j)?;
        r.set_issued(Some(186), j)?;
        r.set_returned(Some(186), j)?;
        for (uid, label, who) in tables {
            r.add_batch(uid, label, who, EntryMode::Ballots, j)?;
        }
        Ok(())
    })?;
    // Ballot b (0..186) at table b / 62; cell k = b × 51 + m. 综合评价 is 基本满意 where k is a
    // multiple of 50 (190 marks), else 满意; the other items vary a little in the same way.
    let marks = |b: u32| -> String {
        (0..51u32)
            .flat_map(|m| {
                let k = b * 51 + m;
                let promise = if k.is_multiple_of(37) { '2' } else { '1' };
                let model = if k.is_multiple_of(41) {
                    '2'
                } else if k.is_multiple_of(997) {
                    '0'
                } else {
                    '1'
                };
                let overall = if k.is_multiple_of(50) { '2' } else { '1' };
                [promise, model, overall]
            })
            .collect()
    };
    for (t, (uid, _, who)) in tables.iter().enumerate() {
        let first = u32::try_from(t).unwrap_or(0) * 62;
        let from = at(2010, 11, 5, 15, 30) + Duration::minutes(i64::from(first) / 6);
        enter_ballots(s, id, uid, who, from, 62, |k| marks(first + k))?;
    }
    sign_off(s, id, at(2010, 11, 5, 16, 30))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_names_are_51_and_distinct() {
        let names = member_names();
        assert_eq!(names.len(), 51);
        let set: std::collections::HashSet<_> = names.iter().collect();
        assert_eq!(set.len(), 51);
    }
}
