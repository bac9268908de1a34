//! Head counts (应到/实到/请假/缺席) per category and in total, and the quorum rule applied.
//!
//! 应到 counts the roster; 实到 counts everyone present, walk-ins included (they are in the hall
//! and in the figure read out), so 实到 can exceed 应到. 缺席 = roster people neither present nor
//! excused. The quorum compares 实到 with the rule.

use super::{Attendance, Presence, QuorumRule};
use crate::i18n::{Message, attendance as txt};

/// The four figures read out at the meeting, plus the walk-ins inside 实到.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Headcount {
    pub expected: u32,
    pub present: u32,
    pub excused: u32,
    pub absent: u32,
    pub walk_ins: u32,
}

impl Headcount {
    fn add(&mut self, other: &Headcount) {
        self.expected += other.expected;
        self.present += other.present;
        self.excused += other.excused;
        self.absent += other.absent;
        self.walk_ins += other.walk_ins;
    }

    /// 实到/应到 as a percentage in hundredths, rounded half up (`None` with nobody expected).
    pub fn present_percent(&self) -> Option<u64> {
        percent_hundredths(u64::from(self.present), u64::from(self.expected))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryCount {
    pub category: String,
    pub count: Headcount,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AttendanceCounts {
    /// In the meeting's category order; categories found only on people follow, as met.
    pub categories: Vec<CategoryCount>,
    pub total: Headcount,
}

/// The quorum rule applied to the counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuorumStatus {
    /// People needed (0 when no quorum is required).
    pub required: u32,
    pub present: u32,
    /// 应到: with no one on the roster there is nothing to count a quorum against.
    pub expected: u32,
    pub met: bool,
}

impl QuorumStatus {
    /// One plain sentence: may the meeting proceed, and if not, how many are missing.
    pub fn verdict(&self) -> Message {
        if self.expected == 0 {
            txt::quorum_no_roster()
        } else if self.met {
            txt::quorum_met(self.present, self.required)
        } else {
            txt::quorum_short(self.present, self.required)
        }
    }
}

/// `num / den` as a percentage in hundredths, rounded half up: 2/3 → 6667 (66.67%).
pub fn percent_hundredths(num: u64, den: u64) -> Option<u64> {
    if den == 0 {
        return None;
    }
    Some((num * 20_000 + den) / (den * 2))
}

/// Hundredths of a percent as printed: 6667 → `66.67%`.
pub fn format_percent(hundredths: u64) -> String {
    format!("{}.{:02}%", hundredths / 100, hundredths % 100)
}

impl QuorumRule {
    /// People needed out of `expected`; `None` for a fraction that is not valid.
    pub fn required(&self, expected: u32) -> Option<u32> {
        match *self {
            QuorumRule::None => Some(0),
            QuorumRule::AtLeast { count } => Some(count),
            QuorumRule::Fraction { num, den } => {
                if den == 0 || num > den {
                    return None;
                }
                let need = (u64::from(expected) * u64::from(num)).div_ceil(u64::from(den));
                u32::try_from(need).ok()
            }
        }
    }

    /// The rule in words.
    pub fn describe(&self) -> Message {
        match *self {
            QuorumRule::None => txt::QUORUM_NONE.into(),
            QuorumRule::Fraction { num, den } => txt::quorum_rule(num, den),
            QuorumRule::AtLeast { count } => txt::quorum_at_least(count),
        }
    }
}

impl Attendance {
    pub fn counts(&self) -> AttendanceCounts {
        let mut rows: Vec<CategoryCount> = self
            .categories
            .iter()
            .map(|c| CategoryCount {
                category: c.clone(),
                count: Headcount::default(),
            })
            .collect();
        for p in &self.people {
            let i = match rows.iter().position(|r| r.category == p.category) {
                Some(i) => i,
                None => {
                    rows.push(CategoryCount {
                        category: p.category.clone(),
                        count: Headcount::default(),
                    });
                    rows.len() - 1
                }
            };
            let c = &mut rows[i].count;
            if p.walk_in {
                c.walk_ins += 1;
                c.present += 1;
                continue;
            }
            c.expected += 1;
            match p.presence {
                Presence::Present { .. } => c.present += 1,
                Presence::Excused { .. } => c.excused += 1,
                Presence::Expected => c.absent += 1,
            }
        }
        let mut total = Headcount::default();
        for r in &rows {
            total.add(&r.count);
        }
        AttendanceCounts {
            categories: rows,
            total,
        }
    }

    /// The quorum rule applied to the present counts; a rule that is not valid is never met, and
    /// neither is any rule before there is a roster (0 of 0 is no meeting).
    pub fn quorum_status(&self) -> QuorumStatus {
        let total = self.counts().total;
        let (required, met) = match self.quorum.required(total.expected) {
            Some(required) => (required, total.present >= required && total.expected > 0),
            None => (total.expected.max(1), false),
        };
        QuorumStatus {
            required,
            present: total.present,
            expected: total.expected,
            met,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_roster_is_not_a_quorum_and_says_so() {
        let a = Attendance::default();
        let q = a.quorum_status();
        assert!(!q.met);
        assert_eq!(q.expected, 0);
        assert!(q.verdict().zh.contains("尚无名单"), "{}", q.verdict().zh);
        assert!(q.verdict().en.contains("no roster"), "{}", q.verdict().en);
    }

    #[test]
    fn percent_rounds_half_up_to_hundredths() {
        assert_eq!(percent_hundredths(2, 3), Some(6667));
        assert_eq!(percent_hundredths(1, 8), Some(1250));
        assert_eq!(
            percent_hundredths(1, 20_000),
            Some(1),
            "0.005% rounds up to 0.01%"
        );
        assert_eq!(percent_hundredths(1, 20_001), Some(0));
        assert_eq!(percent_hundredths(66, 66), Some(10_000));
        assert_eq!(percent_hundredths(1, 0), None);
        assert_eq!(format_percent(9600), "96.00%");
        assert_eq!(format_percent(6667), "66.67%");
    }

    #[test]
    fn quorum_fraction_rounds_up() {
        let two_thirds = QuorumRule::Fraction { num: 2, den: 3 };
        assert_eq!(two_thirds.required(72), Some(48));
        assert_eq!(two_thirds.required(70), Some(47));
        assert_eq!(
            QuorumRule::Fraction { num: 1, den: 2 }.required(23),
            Some(12)
        );
        assert_eq!(QuorumRule::Fraction { num: 4, den: 3 }.required(23), None);
        assert_eq!(QuorumRule::AtLeast { count: 15 }.required(23), Some(15));
        assert_eq!(QuorumRule::None.required(23), Some(0));
    }
}
