//! Templates: what a new meeting starts from (agenda, attendee categories, ballot forms,
//! suggestion categories, quorum). The default is the 群众评议会 of DOMAIN.md, in zh or en.

mod load;

pub use load::TemplateError;

use super::{
    AgendaItem, AgendaKind, BallotItem, Comparison, FlagRule, Grade, QuorumRule, RateDef, Scale,
    Session, TargetKind,
};
use crate::i18n::Lang;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A ballot form: the items every target on it is rated on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct BallotForm {
    pub name: String,
    pub target_kind: TargetKind,
    pub items: Vec<BallotItem>,
    /// The instructions printed on the form's ballots (the default line when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
}

/// An agenda item as a template lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TemplateAgendaItem {
    pub title: String,
    #[serde(default)]
    pub kind: AgendaKind,
    pub planned_minutes: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Template {
    pub agenda: Vec<TemplateAgendaItem>,
    pub attendee_categories: Vec<String>,
    #[serde(default)]
    pub quorum: QuorumRule,
    #[serde(default)]
    pub forms: Vec<BallotForm>,
    pub suggestion_categories: Vec<String>,
}

fn grades(labels: &[&str], weights: Option<&[u32]>) -> Vec<Grade> {
    labels
        .iter()
        .enumerate()
        .map(|(i, l)| Grade {
            label: (*l).to_string(),
            counts_as_vote: !matches!(*l, "不了解" | "Don't know"),
            weight: weights.and_then(|w| w.get(i).copied()),
        })
        .collect()
}

/// The built-in rating scales of DOMAIN.md, in `lang`.
pub fn builtin_scales(lang: Lang) -> Vec<Scale> {
    let zh = lang == Lang::Zh;
    let s = |zh_name: &str, zh_g: &[&str], en_name: &str, en_g: &[&str], w: Option<&[u32]>| Scale {
        name: if zh { zh_name } else { en_name }.to_string(),
        grades: grades(if zh { zh_g } else { en_g }, w),
    };
    vec![
        s(
            "满意/基本满意/不满意",
            &["满意", "基本满意", "不满意"],
            "Satisfied/Fairly/Not",
            &["Satisfied", "Fairly satisfied", "Not satisfied"],
            Some(&[100, 75, 55]),
        ),
        s(
            "满意/比较满意/基本满意/不满意",
            &["满意", "比较满意", "基本满意", "不满意"],
            "Satisfied/Quite/Fairly/Not",
            &[
                "Satisfied",
                "Quite satisfied",
                "Fairly satisfied",
                "Not satisfied",
            ],
            Some(&[100, 85, 70, 55]),
        ),
        s(
            "满意/基本满意/不满意/不了解",
            &["满意", "基本满意", "不满意", "不了解"],
            "Satisfied/Fairly/Not/Don't know",
            &[
                "Satisfied",
                "Fairly satisfied",
                "Not satisfied",
                "Don't know",
            ],
            None,
        ),
        s(
            "好/较好/一般/差",
            &["好", "较好", "一般", "差"],
            "Good/Fairly good/Average/Poor",
            &["Good", "Fairly good", "Average", "Poor"],
            Some(&[100, 80, 60, 40]),
        ),
        s(
            "优秀/合格/基本合格/不合格",
            &["优秀", "合格", "基本合格", "不合格"],
            "Excellent/Pass/Basic pass/Fail",
            &["Excellent", "Pass", "Basic pass", "Fail"],
            None,
        ),
        s(
            "称职/基本称职/不称职",
            &["称职", "基本称职", "不称职"],
            "Competent/Basically/Not",
            &["Competent", "Basically competent", "Not competent"],
            None,
        ),
        s(
            "信任/不信任",
            &["信任", "不信任"],
            "Trust/Distrust",
            &["Trust", "Distrust"],
            None,
        ),
    ]
}

/// The usual headline rates of a scale: the first grade alone, and the first two together
/// (满意率, 综合满意率; 好评率…), each named by what it counts.
pub fn default_rates(scale: &Scale, lang: Lang) -> Vec<RateDef> {
    let g = &scale.grades;
    let mut rates = Vec::new();
    if let Some(first) = g.first() {
        let name = match (lang, first.label.as_str()) {
            (Lang::Zh, "满意") => "满意率".to_string(),
            (Lang::Zh, "好") => "好评率".to_string(),
            (Lang::Zh, "优秀") => "优秀率".to_string(),
            (Lang::Zh, "称职") => "称职率".to_string(),
            (Lang::Zh, "信任") => "信任率".to_string(),
            (Lang::Zh, l) => format!("{l}率"),
            (Lang::En, l) => format!("{l} rate"),
        };
        rates.push(RateDef {
            name,
            grades: vec![0],
            exclude_non_votes: g.iter().any(|x| !x.counts_as_vote),
            exclude_blanks: false,
            exclude_void_marks: false,
        });
    }
    if g.len() >= 3 {
        let name = match (lang, g[0].label.as_str()) {
            (Lang::Zh, "满意") => "综合满意率".to_string(),
            (Lang::Zh, "好") => "好和较好率".to_string(),
            (Lang::Zh, _) => format!("{}和{}率", g[0].label, g[1].label),
            (Lang::En, _) => format!("{} + {} rate", g[0].label, g[1].label),
        };
        rates.push(RateDef {
            name,
            grades: vec![0, 1],
            exclude_non_votes: g.iter().any(|x| !x.counts_as_vote),
            exclude_blanks: false,
            exclude_void_marks: false,
        });
    }
    rates
}

fn item(id: u32, name: &str, scale: &Scale, lang: Lang) -> BallotItem {
    let last = scale.grades.len().saturating_sub(1);
    let flags = vec![FlagRule {
        label: match lang {
            Lang::Zh => "补课".to_string(),
            Lang::En => "Redo".to_string(),
        },
        grades: vec![last],
        comparison: Comparison::AtLeast,
        num: 1,
        den: 3,
    }];
    BallotItem {
        id,
        name: name.to_string(),
        scale: scale.clone(),
        rates: default_rates(scale, lang),
        flags,
    }
}

impl Template {
    /// The default 群众评议会 template of DOMAIN.md.
    pub fn default_for(lang: Lang) -> Template {
        let zh = lang == Lang::Zh;
        let pick = |a: &'static str, b: &'static str| if zh { a } else { b }.to_string();
        let ag = |zh_t: &'static str, en_t: &'static str, kind, m| TemplateAgendaItem {
            title: pick(zh_t, en_t),
            kind,
            planned_minutes: m,
        };
        let agenda = vec![
            ag(
                "主持人宣布开会,说明评议事项,宣布记录人、监票人、计票人",
                "Opening: the chair explains the evaluation and names the minute-taker, scrutineers and counters",
                AgendaKind::Opening,
                5,
            ),
            ag(
                "清点到会人数",
                "Attendance count",
                AgendaKind::Attendance,
                5,
            ),
            ag("述职", "Work report", AgendaKind::WorkReport, 20),
            ag(
                "发放测评票、说明填写要求、填写",
                "Hand out ballots, explain them, fill them in",
                AgendaKind::BallotsOut,
                10,
            ),
            ag(
                "收回测评票、计票",
                "Collect and count the ballots",
                AgendaKind::Counting,
                15,
            ),
            ag(
                "宣布测评结果",
                "Announce the results",
                AgendaKind::Results,
                5,
            ),
            ag(
                "征求意见建议",
                "Suggestions from the floor",
                AgendaKind::Suggestions,
                20,
            ),
            ag("总结讲话", "Closing remarks", AgendaKind::Closing, 10),
        ];
        let cats_zh = [
            "村(居)支部书记",
            "机关干部",
            "党代表",
            "人大代表",
            "政协委员",
            "驻镇单位代表",
            "老干部代表",
            "群众代表",
        ];
        let cats_en = [
            "Village (community) branch secretaries",
            "Government staff",
            "Party congress delegates",
            "People's congress deputies",
            "CPPCC members",
            "Units based in the town",
            "Retired cadres",
            "Members of the public",
        ];
        let sugg_zh = [
            "扶贫开发",
            "扩大就业",
            "教育文化",
            "医疗卫生",
            "农村基础设施建设",
            "社会保障",
            "惠农政策",
            "工作作风",
            "其他",
        ];
        let sugg_en = [
            "Poverty relief",
            "Employment",
            "Education and culture",
            "Health care",
            "Rural infrastructure",
            "Social security",
            "Farm policy",
            "Work style",
            "Other",
        ];
        let scales = builtin_scales(lang);
        let (sat, good) = (&scales[0], &scales[3]);
        let org_items: Vec<(&str, &str, &Scale)> = vec![
            ("领导班子好", "Good leadership team", sat),
            ("党员队伍好", "Good party membership", sat),
            ("工作机制好", "Good working mechanisms", sat),
            ("工作业绩好", "Good results", sat),
            ("群众反映好", "Good public response", sat),
            ("承诺事项完成情况", "Commitments fulfilled", sat),
            ("发挥战斗堡垒作用", "Role as a fighting bastion", good),
            ("整体评价", "Overall rating", sat),
        ];
        let member_items: Vec<(&str, &str, &Scale)> = vec![
            ("带头学习提高", "Leads in study", sat),
            ("带头争创佳绩", "Leads in results", sat),
            ("带头服务群众", "Leads in serving the public", sat),
            ("带头遵纪守法", "Leads in keeping the law", sat),
            ("带头弘扬正气", "Leads in upholding integrity", sat),
            ("承诺事项完成情况", "Commitments fulfilled", sat),
            ("发挥先锋模范作用", "Role as a model", sat),
            ("综合评价", "Overall rating", sat),
        ];
        let form =
            |zh_n: &'static str, en_n: &'static str, kind, items: &[(&str, &str, &Scale)]| {
                BallotForm {
                    name: pick(zh_n, en_n),
                    target_kind: kind,
                    items: items
                        .iter()
                        .enumerate()
                        .map(|(i, (z, e, s))| item(i as u32 + 1, if zh { z } else { e }, s, lang))
                        .collect(),
                    instructions: None,
                }
            };
        Template {
            agenda,
            attendee_categories: if zh { &cats_zh[..] } else { &cats_en[..] }
                .iter()
                .map(|s| s.to_string())
                .collect(),
            quorum: QuorumRule::default(),
            forms: vec![
                form(
                    "党组织群众评议表",
                    "Party organisation evaluation form",
                    TargetKind::Organisation,
                    &org_items,
                ),
                form(
                    "党员群众评议表",
                    "Party member evaluation form",
                    TargetKind::Person,
                    &member_items,
                ),
            ],
            suggestion_categories: if zh { &sugg_zh[..] } else { &sugg_en[..] }
                .iter()
                .map(|s| s.to_string())
                .collect(),
        }
    }

    /// Puts the template's agenda, categories and quorum into a fresh session.
    pub fn apply_to(&self, s: &mut Session) {
        s.agenda.items = self
            .agenda
            .iter()
            .enumerate()
            .map(|(i, a)| AgendaItem::new(i as u32 + 1, &a.title, a.kind, a.planned_minutes))
            .collect();
        s.agenda.current = None;
        s.attendance.categories = self.attendee_categories.clone();
        s.attendance.quorum = self.quorum.clone();
        s.suggestion_categories = self.suggestion_categories.clone();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_template_has_the_domain_agenda_and_eight_categories() {
        let t = Template::default_for(Lang::Zh);
        assert_eq!(t.agenda.len(), 8);
        assert_eq!(t.agenda[1].title, "清点到会人数");
        assert_eq!(t.attendee_categories.len(), 8);
        assert_eq!(t.suggestion_categories.len(), 9);
        assert_eq!(t.forms.len(), 2);
        let overall = t.forms[0].items.last().unwrap();
        assert_eq!(overall.name, "整体评价");
        assert_eq!(overall.rates[0].name, "满意率");
        assert_eq!(overall.rates[1].name, "综合满意率");
        let bastion = &t.forms[0].items[6];
        assert_eq!(bastion.rates[0].name, "好评率");
        let en = Template::default_for(Lang::En);
        assert_eq!(en.agenda[7].title, "Closing remarks");
    }

    #[test]
    fn dont_know_is_not_a_vote() {
        let s = &builtin_scales(Lang::Zh)[2];
        assert!(!s.grades[3].counts_as_vote);
        assert!(s.grades[0].counts_as_vote);
    }
}
