//! One mark on a ballot (a grade, a blank, a double-marked item) and the compact `marks` string
//! each ballot is stored as: one character per target × item.

use super::{BallotError, BallotRound};

/// What the reader called out for one target × item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mark {
    /// The grade at this index of the item's scale (0 = the scale's first, typed `1`).
    Grade(u8),
    /// Left blank: 弃权.
    Blank,
    /// Two marks on one item: void for that item only.
    VoidMark,
}

impl Mark {
    /// Reads a stored character: `1`–`9` a grade, `0` blank, `x` a void mark.
    pub fn from_char(c: char) -> Option<Mark> {
        match c {
            '0' => Some(Mark::Blank),
            '1'..='9' => Some(Mark::Grade(c as u8 - b'1')),
            'x' | 'X' => Some(Mark::VoidMark),
            _ => None,
        }
    }

    /// The stored character of this mark.
    pub fn to_char(self) -> char {
        match self {
            Mark::Blank => '0',
            Mark::Grade(g) => char::from(b'1'.saturating_add(g.min(8))),
            Mark::VoidMark => 'x',
        }
    }
}

/// The marks of a stored string, `None` where a character is not a mark at all.
pub fn read_marks(marks: &str) -> impl Iterator<Item = Option<Mark>> + '_ {
    marks.chars().map(Mark::from_char)
}

/// Writes marks as the stored string.
pub fn write_marks(marks: &[Mark]) -> String {
    marks.iter().map(|m| m.to_char()).collect()
}

impl BallotRound {
    /// Checks one mark for the cell at form position `pos`: a grade must lie on that item's scale.
    pub fn check_mark(&self, pos: usize, mark: Mark) -> Result<(), BallotError> {
        let (ti, ii) = self.cell_at(pos).ok_or(BallotError::MarksLength {
            expected: self.cells_per_ballot(),
            got: pos + 1,
        })?;
        if let Mark::Grade(g) = mark {
            let item = &self.items[ii];
            if usize::from(g) >= item.scale.grades.len() {
                return Err(BallotError::GradeOutsideScale {
                    key: u32::from(g) + 1,
                    grades: item.scale.grades.len(),
                    target: self.targets[ti].name.clone(),
                    item: item.name.clone(),
                });
            }
        }
        Ok(())
    }

    /// Checks a whole ballot's marks: one per target × item, each on its item's scale.
    pub fn check_marks(&self, marks: &str) -> Result<Vec<Mark>, BallotError> {
        let got = marks.chars().count();
        if got != self.cells_per_ballot() {
            return Err(BallotError::MarksLength {
                expected: self.cells_per_ballot(),
                got,
            });
        }
        let mut out = Vec::with_capacity(got);
        for (pos, c) in marks.chars().enumerate() {
            let mark = Mark::from_char(c).ok_or(BallotError::NotAMark {
                ch: c,
                pos: pos + 1,
            })?;
            self.check_mark(pos, mark)?;
            out.push(mark);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_round_trip_through_their_characters() {
        let marks = [Mark::Grade(0), Mark::Blank, Mark::VoidMark, Mark::Grade(8)];
        let s = write_marks(&marks);
        assert_eq!(s, "10x9");
        let back: Vec<Mark> = read_marks(&s).flatten().collect();
        assert_eq!(back, marks);
        assert_eq!(Mark::from_char('a'), None);
        assert_eq!(Mark::from_char('X'), Some(Mark::VoidMark));
    }
}
