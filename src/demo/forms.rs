//! Forms of any size for measuring and benchmarking the ballot reader: items alternating the
//! 好/较好/一般/差 and 满意/基本满意/不满意 scales, targets numbered 测评对象1….

use crate::model::{BallotItem, BallotRound, Grade, Id, Scale, Target, TargetKind};

const GOOD: [&str; 4] = ["好", "较好", "一般", "差"];
const SATISFIED: [&str; 3] = ["满意", "基本满意", "不满意"];
const ITEMS: [&str; 8] = [
    "领导班子好",
    "党员队伍好",
    "工作机制好",
    "工作业绩好",
    "群众反映好",
    "承诺事项完成情况",
    "发挥战斗堡垒作用",
    "整体评价",
];

/// A form of `targets` × `items`, items alternating 好/较好/一般/差 and 满意/基本满意/不满意.
pub fn form(targets: usize, items: usize) -> BallotRound {
    let mut r = BallotRound::new(1, "测评表");
    for t in 0..targets {
        r.targets.push(Target {
            id: t as Id + 1,
            name: format!("测评对象{}", t + 1),
            kind: TargetKind::Person,
        });
    }
    for i in 0..items {
        let grades: &[&str] = if i % 2 == 0 { &GOOD } else { &SATISFIED };
        r.items.push(BallotItem {
            id: i as Id + 1,
            name: ITEMS[i % ITEMS.len()].to_string(),
            scale: Scale {
                name: String::new(),
                grades: grades.iter().map(|g| Grade::new(*g)).collect(),
            },
            rates: Vec::new(),
            flags: Vec::new(),
        });
    }
    r
}
