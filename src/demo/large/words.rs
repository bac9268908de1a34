//! The words the generated meetings are made of: the large meeting's agenda, names, places,
//! topics of suggestions, and how the roster shares out among the categories.

use crate::model::AgendaKind;

/// The agenda of the large meeting: `true` for the template's own items (in its order), else an
/// item added with its kind and minutes.
pub(super) const AGENDA: [(bool, &str, AgendaKind, u32); 20] = [
    (true, "", AgendaKind::Opening, 0),
    (false, "宣读评议办法", AgendaKind::Other, 5),
    (true, "", AgendaKind::Attendance, 0),
    (true, "", AgendaKind::WorkReport, 0),
    (false, "述职(县纪委)", AgendaKind::WorkReport, 15),
    (false, "述职(县政府)", AgendaKind::WorkReport, 15),
    (false, "现场提问与答复", AgendaKind::Other, 15),
    (true, "", AgendaKind::BallotsOut, 0),
    (true, "", AgendaKind::Counting, 0),
    (false, "发放第二轮测评票", AgendaKind::BallotsOut, 10),
    (false, "第二轮计票", AgendaKind::Counting, 30),
    (true, "", AgendaKind::Results, 0),
    (false, "分组讨论(一)", AgendaKind::Other, 20),
    (false, "分组讨论(二)", AgendaKind::Other, 20),
    (true, "", AgendaKind::Suggestions, 0),
    (false, "意见建议梳理归类", AgendaKind::Other, 15),
    (false, "群众代表发言", AgendaKind::Other, 10),
    (false, "党员代表发言", AgendaKind::Other, 10),
    (false, "上级领导讲话", AgendaKind::Other, 10),
    (true, "", AgendaKind::Closing, 0),
];

pub(super) const SURNAMES: [&str; 50] = [
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
    "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁",
    "任", "沈",
];
pub(super) const GIVEN: [&str; 40] = [
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "兰", "萍", "红", "建", "国", "文", "德",
    "志", "海", "春", "燕", "云", "峰", "亮", "辉",
];
pub(super) const PLACES: [&str; 24] = [
    "东关", "西关", "南河", "北坡", "柳林", "杏园", "石桥", "龙泉", "白杨", "青山", "清水", "马庄",
    "新华", "红星", "前进", "胜利", "永安", "太平", "长乐", "双河", "三里", "五里", "八角", "九龙",
];
pub(super) const TOPICS: [&str; 12] = [
    "道路硬化",
    "饮水安全",
    "村卫生室",
    "留守儿童",
    "就业培训",
    "低保评定",
    "惠农补贴发放",
    "垃圾清运",
    "路灯维修",
    "文化广场",
    "危房改造",
    "办事效率",
];
pub(super) const ASKS: [&str; 6] = [
    "建议加快解决",
    "希望尽快落实",
    "请镇里统筹安排",
    "群众反映强烈,要求公开",
    "建议列入明年计划",
    "希望干部多下村了解",
];
/// How the roster shares out among the template's 8 categories, in thousandths.
pub(super) const CATEGORY_SHARE: [usize; 8] = [120, 150, 100, 80, 60, 90, 50, 350];

/// The name of person `i`: unique for the first 2,000.
pub(super) fn name(i: usize) -> String {
    format!(
        "{}{}{}",
        SURNAMES[i % SURNAMES.len()],
        GIVEN[(i / SURNAMES.len()) % GIVEN.len()],
        GIVEN[(i * 7 + 3) % GIVEN.len()]
    )
}
