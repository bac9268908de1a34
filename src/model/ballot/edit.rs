//! Editing the form before counting: targets (one at a time or pasted as a list), items and
//! their scales, rates, weights, flag rules, the round's name and confidentiality.
//!
//! Changing the form's shape (targets, items, scales) is refused once counts exist, because every
//! ballot's marks and every grid row are laid out by it; names, rates and rules may change until
//! the round is published, and send a verified round back to counting.

use super::{
    BallotError, BallotItem, BallotRound, EntryMode, FlagRule, Grade, Journal, MAX_GRADES, RateDef,
    Scale, Target, TargetKind,
};
use crate::i18n::Lang;
use crate::model::template::default_rates;
use crate::model::{AuditKind, Id, next_id};

/// A custom scale from its grade labels, best first (1 to 9 distinct, non-empty labels).
pub fn custom_scale(name: &str, labels: &[String]) -> Result<Scale, BallotError> {
    let labels: Vec<&str> = labels.iter().map(|l| l.trim()).collect();
    if labels.is_empty() || labels.len() > MAX_GRADES {
        return Err(BallotError::ScaleSize {
            grades: labels.len(),
        });
    }
    for (i, l) in labels.iter().enumerate() {
        if l.is_empty() {
            return Err(BallotError::EmptyName);
        }
        if labels[..i].contains(l) {
            return Err(BallotError::DuplicateGrade {
                label: (*l).to_string(),
            });
        }
    }
    let name = name.trim();
    let grades: Vec<Grade> = labels
        .iter()
        .map(|l| Grade {
            label: (*l).to_string(),
            counts_as_vote: !matches!(*l, "不了解" | "Don't know"),
            weight: None,
        })
        .collect();
    let mut scale = Scale {
        name: String::new(),
        grades,
    };
    scale.name = if name.is_empty() {
        scale.joined_labels()
    } else {
        name.to_string()
    };
    Ok(scale)
}

/// A pasted list of targets, one per line; list numbers (`1.`, `2、`, `(3)`) and blank lines go.
pub fn split_target_list(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| {
            let line = line.trim();
            let rest = line.trim_start_matches(['(', '（']);
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            if digits > 0 {
                let after = &rest[digits..];
                if let Some(c) = after.chars().next()
                    && matches!(c, '.' | '、' | ')' | '）' | '．')
                {
                    return after[c.len_utf8()..].trim().to_string();
                }
            }
            line.to_string()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

fn check_name(name: &str) -> Result<String, BallotError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(BallotError::EmptyName);
    }
    Ok(name.to_string())
}

fn check_scale_size(scale: &Scale) -> Result<(), BallotError> {
    if scale.grades.is_empty() || scale.grades.len() > MAX_GRADES {
        return Err(BallotError::ScaleSize {
            grades: scale.grades.len(),
        });
    }
    Ok(())
}

/// Refuses a rate or flag rule that names a grade beyond the item's `grades`.
fn check_on_scale(named: &[usize], grades: usize) -> Result<(), BallotError> {
    match named.iter().find(|&&g| g >= grades) {
        Some(&grade) => Err(BallotError::GradeNotOnScale { grade, grades }),
        None => Ok(()),
    }
}

/// Swaps entry `from` of a form list with its neighbour above (`up`) or below; where it went,
/// or `None` when it is already at that end.
fn swap_with_neighbour<T>(list: &mut [T], from: usize, up: bool) -> Option<usize> {
    let to = if up {
        from.checked_sub(1)
    } else {
        Some(from + 1)
    };
    let to = to.filter(|&to| to < list.len())?;
    list.swap(from, to);
    Some(to)
}

impl BallotRound {
    /// Refuses a change of the form's shape once anything is counted.
    fn check_form_open(&self) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        let recheck_typed = self.recheck.as_ref().is_some_and(|cells| {
            cells
                .iter()
                .any(|c| c.blank != 0 || c.void_mark != 0 || c.grades.iter().any(|&g| g != 0))
        });
        if self.has_counts() || recheck_typed {
            return Err(BallotError::CountsExist {
                round: self.name.clone(),
            });
        }
        Ok(())
    }

    /// After a shape change: every (empty) grid takes the new shape.
    fn reshape_grids(&mut self) {
        let cells = self.zero_cells();
        for b in &mut self.batches {
            if b.mode == EntryMode::Grid {
                b.cells = cells.clone();
            }
        }
        self.recheck = None;
    }

    fn item_mut(&mut self, item: Id) -> Result<&mut BallotItem, BallotError> {
        self.items
            .iter_mut()
            .find(|i| i.id == item)
            .ok_or(BallotError::ItemNotFound { id: item })
    }

    /// A grade of an item's scale, with the item's name for the audit entry.
    fn grade_mut(&mut self, item: Id, grade: usize) -> Result<(&str, &mut Grade), BallotError> {
        let item = self.item_mut(item)?;
        let grades = item.scale.grades.len();
        let g = item
            .scale
            .grades
            .get_mut(grade)
            .ok_or(BallotError::GradeNotOnScale { grade, grades })?;
        Ok((&item.name, g))
    }

    /// After a target or item left the form.
    fn form_removed(&mut self, j: &mut Journal, action: &str, name: String) {
        self.reshape_grids();
        self.form_change(j, action, name.clone(), name, String::new());
    }

    /// After a target or item moved from place `from` to `to` (counted from 0).
    fn form_moved(&mut self, j: &mut Journal, action: &str, name: String, from: usize, to: usize) {
        self.reshape_grids();
        self.form_change(
            j,
            action,
            name,
            (from + 1).to_string(),
            (to + 1).to_string(),
        );
    }

    fn form_change(
        &mut self,
        j: &mut Journal,
        action: &str,
        what: String,
        old: String,
        new: String,
    ) {
        self.back_to_counting(j);
        let e = j.record(AuditKind::Round, action, format!("{} / {what}", self.name));
        if !old.is_empty() {
            e.old = Some(old);
        }
        if !new.is_empty() {
            e.new = Some(new);
        }
    }

    pub fn set_name(&mut self, name: &str, j: &mut Journal) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        let name = check_name(name)?;
        if name == self.name {
            return Ok(());
        }
        let old = std::mem::replace(&mut self.name, name.clone());
        self.back_to_counting(j);
        let e = j.record(AuditKind::Round, "form.name", old.clone());
        e.old = Some(old);
        e.new = Some(name);
        Ok(())
    }

    /// A confidential round (cadre evaluations) stays out of every public notice.
    pub fn set_confidential(&mut self, on: bool, j: &mut Journal) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        if on == self.confidential {
            return Ok(());
        }
        self.confidential = on;
        self.form_change(
            j,
            "form.confidential",
            String::new(),
            on.to_string(),
            String::new(),
        );
        Ok(())
    }

    /// Adds targets at the end of the form; returns their ids.
    pub fn add_targets(
        &mut self,
        names: &[String],
        kind: TargetKind,
        j: &mut Journal,
    ) -> Result<Vec<Id>, BallotError> {
        self.check_form_open()?;
        let names: Vec<String> = names
            .iter()
            .map(|n| check_name(n))
            .collect::<Result<_, _>>()?;
        let mut ids = Vec::with_capacity(names.len());
        for name in names {
            let id = next_id(self.targets.iter().map(|t| t.id));
            self.targets.push(Target {
                id,
                name: name.clone(),
                kind,
            });
            self.form_change(j, "form.target.add", name, String::new(), String::new());
            ids.push(id);
        }
        self.reshape_grids();
        Ok(ids)
    }

    /// Adds the targets of a pasted list (one per line).
    pub fn paste_targets(
        &mut self,
        text: &str,
        kind: TargetKind,
        j: &mut Journal,
    ) -> Result<Vec<Id>, BallotError> {
        self.add_targets(&split_target_list(text), kind, j)
    }

    pub fn rename_target(
        &mut self,
        id: Id,
        name: &str,
        j: &mut Journal,
    ) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        let name = check_name(name)?;
        let ti = self
            .target_index(id)
            .ok_or(BallotError::TargetNotFound { id })?;
        if self.targets[ti].name == name {
            return Ok(());
        }
        let old = std::mem::replace(&mut self.targets[ti].name, name.clone());
        self.form_change(j, "form.target.rename", old.clone(), old, name);
        Ok(())
    }

    pub fn remove_target(&mut self, id: Id, j: &mut Journal) -> Result<(), BallotError> {
        self.check_form_open()?;
        let ti = self
            .target_index(id)
            .ok_or(BallotError::TargetNotFound { id })?;
        let t = self.targets.remove(ti);
        self.form_removed(j, "form.target.remove", t.name);
        Ok(())
    }

    /// Moves a target one place up (`up`) or down the form.
    pub fn move_target(&mut self, id: Id, up: bool, j: &mut Journal) -> Result<(), BallotError> {
        self.check_form_open()?;
        let ti = self
            .target_index(id)
            .ok_or(BallotError::TargetNotFound { id })?;
        let Some(to) = swap_with_neighbour(&mut self.targets, ti, up) else {
            return Ok(());
        };
        let name = self.targets[to].name.clone();
        self.form_moved(j, "form.target.move", name, ti, to);
        Ok(())
    }

    /// Adds an item with `scale` and the scale's usual rates in `lang`; returns its id.
    pub fn add_item(
        &mut self,
        name: &str,
        scale: Scale,
        lang: Lang,
        j: &mut Journal,
    ) -> Result<Id, BallotError> {
        self.check_form_open()?;
        let name = check_name(name)?;
        check_scale_size(&scale)?;
        let id = next_id(self.items.iter().map(|i| i.id));
        let rates = default_rates(&scale, lang);
        let scale_name = scale.name.clone();
        self.items.push(BallotItem {
            id,
            name: name.clone(),
            scale,
            rates,
            flags: Vec::new(),
        });
        self.reshape_grids();
        self.form_change(j, "form.item.add", name, String::new(), scale_name);
        Ok(id)
    }

    pub fn rename_item(&mut self, id: Id, name: &str, j: &mut Journal) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        let name = check_name(name)?;
        let item = self.item_mut(id)?;
        if item.name == name {
            return Ok(());
        }
        let old = std::mem::replace(&mut item.name, name.clone());
        self.form_change(j, "form.item.rename", old.clone(), old, name);
        Ok(())
    }

    pub fn remove_item(&mut self, id: Id, j: &mut Journal) -> Result<(), BallotError> {
        self.check_form_open()?;
        let ii = self
            .item_index(id)
            .ok_or(BallotError::ItemNotFound { id })?;
        let item = self.items.remove(ii);
        self.form_removed(j, "form.item.remove", item.name);
        Ok(())
    }

    pub fn move_item(&mut self, id: Id, up: bool, j: &mut Journal) -> Result<(), BallotError> {
        self.check_form_open()?;
        let ii = self
            .item_index(id)
            .ok_or(BallotError::ItemNotFound { id })?;
        let Some(to) = swap_with_neighbour(&mut self.items, ii, up) else {
            return Ok(());
        };
        let name = self.items[to].name.clone();
        self.form_moved(j, "form.item.move", name, ii, to);
        Ok(())
    }

    /// Gives an item another scale; its rates become the new scale's usual ones in `lang`, and
    /// flag rules that name grades the new scale lacks are dropped.
    pub fn set_item_scale(
        &mut self,
        id: Id,
        scale: Scale,
        lang: Lang,
        j: &mut Journal,
    ) -> Result<(), BallotError> {
        self.check_form_open()?;
        check_scale_size(&scale)?;
        let item = self.item_mut(id)?;
        if item.scale == scale {
            return Ok(());
        }
        let n = scale.grades.len();
        let old = item.scale.name.clone();
        let new = scale.name.clone();
        item.rates = default_rates(&scale, lang);
        item.flags.retain(|f| f.grades.iter().all(|&g| g < n));
        item.scale = scale;
        let name = item.name.clone();
        self.reshape_grids();
        self.form_change(j, "form.item.scale", name, old, new);
        Ok(())
    }

    /// Replaces an item's headline rates (each needs a name and grades on the scale).
    pub fn set_rates(
        &mut self,
        id: Id,
        rates: Vec<RateDef>,
        j: &mut Journal,
    ) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        let item = self.item_mut(id)?;
        let grades = item.scale.grades.len();
        for r in &rates {
            check_name(&r.name)?;
            check_on_scale(&r.grades, grades)?;
        }
        if item.rates == rates {
            return Ok(());
        }
        let show = |rs: &[RateDef]| {
            rs.iter()
                .map(|r| r.name.as_str())
                .collect::<Vec<_>>()
                .join("、")
        };
        let (old, new) = (show(&item.rates), show(&rates));
        item.rates = rates;
        let name = item.name.clone();
        self.form_change(j, "form.item.rates", name, old, new);
        Ok(())
    }

    /// Replaces an item's flag rules (a fraction num/den with 0 < den and num ≤ den).
    pub fn set_flags(
        &mut self,
        id: Id,
        flags: Vec<FlagRule>,
        j: &mut Journal,
    ) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        let item = self.item_mut(id)?;
        let grades = item.scale.grades.len();
        for f in &flags {
            check_name(&f.label)?;
            if f.den == 0 || f.num > f.den {
                return Err(BallotError::BadFraction {
                    num: f.num,
                    den: f.den,
                });
            }
            check_on_scale(&f.grades, grades)?;
        }
        if item.flags == flags {
            return Ok(());
        }
        let show = |fs: &[FlagRule]| {
            fs.iter()
                .map(|f| format!("{} {}/{}", f.label, f.num, f.den))
                .collect::<Vec<_>>()
                .join("、")
        };
        let (old, new) = (show(&item.flags), show(&flags));
        item.flags = flags;
        let name = item.name.clone();
        self.form_change(j, "form.item.flags", name, old, new);
        Ok(())
    }

    /// Sets the weighted-score points of one grade (`None`: no weight, no score for the item).
    pub fn set_grade_weight(
        &mut self,
        id: Id,
        grade: usize,
        weight: Option<u32>,
        j: &mut Journal,
    ) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        let (item, g) = self.grade_mut(id, grade)?;
        if g.weight == weight {
            return Ok(());
        }
        let show = |w: Option<u32>| w.map_or_else(String::new, |w| w.to_string());
        let (old, new) = (show(g.weight), show(weight));
        g.weight = weight;
        let what = format!("{item} / {}", g.label);
        self.form_change(j, "form.grade.weight", what, old, new);
        Ok(())
    }

    /// Whether a grade is a vote (`false` for 不了解: rates may leave it out of the denominator).
    pub fn set_grade_vote(
        &mut self,
        id: Id,
        grade: usize,
        vote: bool,
        j: &mut Journal,
    ) -> Result<(), BallotError> {
        self.check_not_frozen()?;
        let (item, g) = self.grade_mut(id, grade)?;
        if g.counts_as_vote == vote {
            return Ok(());
        }
        g.counts_as_vote = vote;
        let what = format!("{item} / {}", g.label);
        self.form_change(
            j,
            "form.grade.vote",
            what,
            (!vote).to_string(),
            vote.to_string(),
        );
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_lists_lose_their_numbers_and_blank_lines() {
        let text = "1. 第一党支部\n2、第二党支部\n\n  (3) 第三党支部  \n3号井区党支部\n";
        assert_eq!(
            split_target_list(text),
            vec!["第一党支部", "第二党支部", "第三党支部", "3号井区党支部"]
        );
    }

    #[test]
    fn custom_scales_need_distinct_labels() {
        let s = custom_scale("", &["好".into(), "一般".into(), "不了解".into()]).unwrap();
        assert_eq!(s.name, "好/一般/不了解");
        assert!(!s.grades[2].counts_as_vote);
        assert!(custom_scale("x", &["好".into(), "好".into()]).is_err());
        assert!(custom_scale("x", &[]).is_err());
        let ten: Vec<String> = (0..10).map(|i| i.to_string()).collect();
        assert!(custom_scale("x", &ten).is_err());
    }
}
