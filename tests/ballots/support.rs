//! Shared set-up for the ballot tests: the seed's meetings built through the model's own methods.
#![allow(dead_code)]

use chrono::TimeZone;
use pingyi::i18n::Lang;
use pingyi::model::{
    Attendee, BallotRound, EntryMode, Id, Journal, Presence, Session, Stamp, TargetKind, Template,
    Timestamp,
};

/// 2010-10-19 (the town meeting's day) at h:m, Beijing time.
pub fn at(h: u32, m: u32) -> Timestamp {
    chrono::FixedOffset::east_opt(8 * 3600)
        .unwrap()
        .with_ymd_and_hms(2010, 10, 19, h, m, 0)
        .unwrap()
}

pub fn stamp() -> Stamp {
    Stamp::new(at(10, 0), "计票人")
}

/// Runs one change on round `id` and returns its result, panicking with the refusal in Chinese.
pub fn ok<T>(
    s: &mut Session,
    id: Id,
    f: impl FnOnce(&mut BallotRound, &mut Journal) -> Result<T, pingyi::model::BallotError>,
) -> T {
    match s.with_round(id, &stamp(), f) {
        Ok(v) => v,
        Err(e) => panic!("{}", e.describe(Lang::Zh)),
    }
}

/// A round from the default template's organisation form keeping only the items named, with
/// the targets given.
pub fn org_round(s: &mut Session, items: &[&str], targets: &[&str]) -> Id {
    let form = Template::default_for(Lang::Zh).forms[0].clone();
    let id = s.add_round_from_form(&form, &stamp()).unwrap();
    let drop: Vec<Id> = s
        .round(id)
        .unwrap()
        .items
        .iter()
        .filter(|i| !items.contains(&i.name.as_str()))
        .map(|i| i.id)
        .collect();
    for item in drop {
        ok(s, id, |r, j| r.remove_item(item, j));
    }
    let names: Vec<String> = targets.iter().map(|t| t.to_string()).collect();
    ok(s, id, |r, j| {
        r.add_targets(&names, TargetKind::Organisation, j)
    });
    id
}

/// The town meeting of 10月19日: 70 people on the roster in the template's 8 categories, 68
/// present, and its round (整体评价 + 发挥战斗堡垒作用 of 网岭镇党委) with 66 ballots entered one by
/// one: 整体评价 all 满意, 发挥战斗堡垒作用 64 好 and 2 较好.
pub fn town() -> (Session, Id) {
    let mut s = Session::new(at(9, 0), Lang::Zh);
    let cats = s.attendance.categories.clone();
    for k in 0..70u32 {
        s.attendance.people.push(Attendee {
            id: k + 1,
            name: format!("参会人{}", k + 1),
            category: cats[k as usize % cats.len()].clone(),
            unit: String::new(),
            note: String::new(),
            presence: if k < 68 {
                Presence::Present { at: at(8, 50) }
            } else {
                Presence::Excused {
                    reason: "出差".into(),
                }
            },
            walk_in: false,
        });
    }
    let id = org_round(&mut s, &["发挥战斗堡垒作用", "整体评价"], &["网岭镇党委"]);
    ok(&mut s, id, |r, j| {
        r.set_issued(Some(66), j)?;
        r.set_returned(Some(66), j)?;
        r.add_batch("town-1", "第一组", "王计票", EntryMode::Ballots, j)
    });
    // Form order: 发挥战斗堡垒作用 (好/较好/一般/差), then 整体评价 (满意/基本满意/不满意).
    for k in 0..66 {
        let marks = if k < 64 { "11" } else { "21" };
        ok(&mut s, id, |r, j| r.commit_ballot("town-1", marks, j));
    }
    (s, id)
}

/// The oil-field department's member round: 51 members rated on 承诺事项完成情况,
/// 发挥先锋模范作用 and 综合评价, 186 ballots entered one by one. On 综合评价 190 of the 9,486 marks
/// are 基本满意 and the rest 满意: 9,296 / 9,486 = 98.00% satisfied, the seed's 98%.
pub fn oilfield_members() -> (Session, Id) {
    let mut s = Session::new(at(9, 0), Lang::Zh);
    let form = Template::default_for(Lang::Zh).forms[1].clone();
    let id = s.add_round_from_form(&form, &stamp()).unwrap();
    let keep = ["承诺事项完成情况", "发挥先锋模范作用", "综合评价"];
    let drop: Vec<Id> = s
        .round(id)
        .unwrap()
        .items
        .iter()
        .filter(|i| !keep.contains(&i.name.as_str()))
        .map(|i| i.id)
        .collect();
    for item in drop {
        ok(&mut s, id, |r, j| r.remove_item(item, j));
    }
    let list: String = (1..=51).map(|k| format!("{k}. 党员{k:02}\n")).collect();
    ok(&mut s, id, |r, j| {
        r.paste_targets(&list, TargetKind::Person, j)
    });
    ok(&mut s, id, |r, j| {
        r.set_expected(Some(23 * 8 + 2), j)?;
        r.set_issued(Some(186), j)?;
        r.set_returned(Some(186), j)?;
        r.add_batch("oil-members", "管理部", "", EntryMode::Ballots, j)
    });
    for b in 0..186u32 {
        let marks: String = (0..51u32)
            .flat_map(|m| {
                let k = b * 51 + m;
                let overall = if k % 50 == 0 { '2' } else { '1' };
                ['1', '1', overall]
            })
            .collect();
        ok(&mut s, id, |r, j| r.commit_ballot("oil-members", &marks, j));
    }
    (s, id)
}
