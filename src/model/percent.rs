//! Shares and scores as exact fractions, printed to two decimals rounded half up.
//!
//! Counts stay integers and a share is kept as the fraction it is (64/66), so nothing is lost
//! before printing; only `Display` rounds, in integers (basis points), never through a float.

use std::cmp::Ordering;
use std::fmt;

/// `num / den` rounded half up to hundredths of `scale` (100 for a score, 10,000 for a percent
/// in basis points); `None` when the denominator is 0.
fn round_half_up(num: u64, den: u64, scale: u64) -> Option<u64> {
    if den == 0 {
        return None;
    }
    // floor(x + 1/2) = floor((2·num·scale + den) / (2·den)); u128 so no count can overflow.
    let twice = 2 * u128::from(num) * u128::from(scale) + u128::from(den);
    let q = twice / (2 * u128::from(den));
    Some(u64::try_from(q).unwrap_or(u64::MAX))
}

/// `hundredths` as `96.97`.
fn two_decimals(hundredths: u64) -> String {
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// A share (满意 64 of 66 valid ballots), exact; `Display` gives `96.97%`, and 0/0 gives `—`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Percent {
    num: u64,
    den: u64,
}

impl Percent {
    pub fn new(num: u64, den: u64) -> Percent {
        Percent { num, den }
    }

    pub fn num(self) -> u64 {
        self.num
    }

    pub fn den(self) -> u64 {
        self.den
    }

    /// False for 0/0: nothing to take a share of.
    pub fn is_defined(self) -> bool {
        self.den != 0
    }

    /// The share in basis points rounded half up (64/66 → 9697), `None` for 0/0.
    pub fn basis_points(self) -> Option<u64> {
        round_half_up(self.num, self.den, 10_000)
    }

    /// The share as a whole percent rounded half up (64/66 → 97), `None` for 0/0.
    pub fn whole_percent(self) -> Option<u64> {
        round_half_up(self.num, self.den, 100)
    }

    /// Whether the exact share is at least `num/den` (cross-multiplied, no rounding).
    pub fn at_least(self, num: u64, den: u64) -> bool {
        self.is_defined()
            && u128::from(self.num) * u128::from(den) >= u128::from(num) * u128::from(self.den)
    }

    /// Orders two shares by their exact value; an undefined share ranks below every defined one.
    pub fn cmp_value(self, other: Percent) -> Ordering {
        match (self.is_defined(), other.is_defined()) {
            (false, false) => Ordering::Equal,
            (false, true) => Ordering::Less,
            (true, false) => Ordering::Greater,
            (true, true) => (u128::from(self.num) * u128::from(other.den))
                .cmp(&(u128::from(other.num) * u128::from(self.den))),
        }
    }

    /// How many of `width` cells a bar of this share fills (capped at full, 0 for 0/0).
    pub fn bar_fraction(self, width: u64) -> u64 {
        if self.den == 0 {
            return 0;
        }
        let n = u128::from(self.num.min(self.den)) * u128::from(width) / u128::from(self.den);
        u64::try_from(n).unwrap_or(width)
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.basis_points() {
            Some(bp) => f.pad(&format!("{}%", two_decimals(bp))),
            None => f.pad("—"),
        }
    }
}

/// A weighted score in points (Σ weight × count / counted marks), exact; `Display` gives `95.45`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Score {
    points: u64,
    marks: u64,
}

impl Score {
    /// `points` summed over `marks` marks.
    pub fn new(points: u64, marks: u64) -> Score {
        Score { points, marks }
    }

    pub fn points(self) -> u64 {
        self.points
    }

    pub fn marks(self) -> u64 {
        self.marks
    }

    /// The score in hundredths of a point rounded half up, `None` when nothing was marked.
    pub fn hundredths(self) -> Option<u64> {
        round_half_up(self.points, self.marks, 100)
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.hundredths() {
            Some(h) => f.pad(&two_decimals(h)),
            None => f.pad("—"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_shares_print_to_two_decimals() {
        assert_eq!(Percent::new(64, 66).to_string(), "96.97%");
        assert_eq!(Percent::new(66, 66).to_string(), "100.00%");
        assert_eq!(Percent::new(0, 66).to_string(), "0.00%");
        assert_eq!(Percent::new(7, 12).to_string(), "58.33%");
        assert_eq!(Percent::new(0, 0).to_string(), "—");
        assert_eq!(Percent::new(0, 0).basis_points(), None);
    }

    #[test]
    fn exact_halves_round_up_and_just_below_rounds_down() {
        // 1/8 = 12.5% exactly; 1/16 = 6.25%; 1/32 = 3.125% → 3.13%; 1/200 = 0.5%.
        assert_eq!(Percent::new(1, 32).to_string(), "3.13%");
        assert_eq!(Percent::new(1, 16).to_string(), "6.25%");
        assert_eq!(Percent::new(1, 200).to_string(), "0.50%");
        // 1/80,000 = 0.00125% → 0.00%; 1/20,000 = 0.005% → 0.01% (the half goes up).
        assert_eq!(Percent::new(1, 80_000).to_string(), "0.00%");
        assert_eq!(Percent::new(1, 20_000).to_string(), "0.01%");
        // 19,999/20,000 = 99.995% → 100.00%; 39,999/40,000 = 99.9975% → 100.00%.
        assert_eq!(Percent::new(19_999, 20_000).to_string(), "100.00%");
        // 2/3 = 66.666…% → 66.67%; 1/3 → 33.33%.
        assert_eq!(Percent::new(2, 3).to_string(), "66.67%");
        assert_eq!(Percent::new(1, 3).to_string(), "33.33%");
    }

    #[test]
    fn the_seeds_96_percent_is_64_of_66_cut_to_a_whole_percent() {
        // 64 好 of 66 ballots is 96.97%; rounded half up to a whole percent that is 97%.
        let p = Percent::new(64, 66);
        assert_eq!(p.basis_points(), Some(9697));
        assert_eq!(p.whole_percent(), Some(97));
        // The seed prints "96%": the whole part of 96.97%, cut rather than rounded. No k/66
        // rounds half up to 96% (63/66 = 95.45%, 64/66 = 96.97%), so truncation is how it arose.
        assert_eq!(p.basis_points().map(|bp| bp / 100), Some(96));
        assert_eq!(Percent::new(63, 66).whole_percent(), Some(95));
    }

    #[test]
    fn comparisons_are_exact() {
        assert!(Percent::new(1, 3).at_least(1, 3));
        assert!(!Percent::new(21, 66).at_least(1, 3));
        assert!(Percent::new(22, 66).at_least(1, 3));
        assert!(!Percent::new(0, 0).at_least(0, 1));
        assert_eq!(
            Percent::new(2, 4).cmp_value(Percent::new(1, 2)),
            Ordering::Equal
        );
        assert_eq!(
            Percent::new(0, 0).cmp_value(Percent::new(0, 5)),
            Ordering::Less
        );
        assert_eq!(
            Percent::new(65, 66).cmp_value(Percent::new(64, 66)),
            Ordering::Greater
        );
    }

    #[test]
    fn scores_print_in_points() {
        // 64 × 100 + 2 × 80 = 6,560 points over 66 marks = 99.3939… → 99.39.
        assert_eq!(Score::new(64 * 100 + 2 * 80, 66).to_string(), "99.39");
        // 2 × 100 + 1 × 55 = 255 over 3 = 85.00; 1 × 75 over 8 = 9.375 → 9.38 (half up).
        assert_eq!(Score::new(255, 3).to_string(), "85.00");
        assert_eq!(Score::new(75, 8).to_string(), "9.38");
        assert_eq!(Score::new(0, 0).to_string(), "—");
        assert_eq!(Score::new(150, 2).to_string(), "75.00");
    }

    #[test]
    fn huge_counts_do_not_overflow() {
        let p = Percent::new(u64::MAX - 1, u64::MAX);
        assert_eq!(p.to_string(), "100.00%");
        assert_eq!(Percent::new(50, 100).bar_fraction(40), 20);
        assert_eq!(Percent::new(150, 100).bar_fraction(40), 40);
    }
}
