//! Edits to a round's form (name, confidentiality, targets, items, scales, rates, flag rules,
//! weights): each through the round's audited methods, each returning the edit that takes it back.

use crate::i18n::Lang;
use crate::model::{
    BallotError, BallotItem, BallotRound, FlagRule, Id, Journal, RateDef, Scale, TargetKind,
};

/// What a round's form line changes.
#[derive(Debug, Clone, PartialEq)]
pub enum FormEdit {
    Name(String),
    Confidential(bool),
    AddTargets(Vec<String>),
    RenameTarget(Id, String),
    RemoveTarget(Id),
    MoveTarget(Id, bool),
    AddItem(String, Scale),
    RenameItem(Id, String),
    RemoveItem(Id),
    MoveItem(Id, bool),
    ItemScale(Id, Scale),
    /// An item's scale with its rates and flag rules (what taking a scale change back restores).
    ItemRules(Id, Scale, Vec<RateDef>, Vec<FlagRule>),
    Rates(Id, Vec<RateDef>),
    Flags(Id, Vec<FlagRule>),
    Weights(Id, Vec<Option<u32>>),
}

/// One form edit through the round's audited methods; returns the edit that takes it back.
pub fn form_edit(
    r: &mut BallotRound,
    edit: FormEdit,
    lang: Lang,
    j: &mut Journal,
) -> Result<Option<FormEdit>, BallotError> {
    use FormEdit as F;
    Ok(match edit {
        F::Name(name) => {
            let old = r.name.clone();
            r.set_name(&name, j)?;
            Some(F::Name(old))
        }
        F::Confidential(on) => {
            r.set_confidential(on, j)?;
            Some(F::Confidential(!on))
        }
        F::AddTargets(names) => {
            let ids = r.add_targets(&names, kind_for(r), j)?;
            ids.last().map(|&id| F::RemoveTarget(id))
        }
        F::RenameTarget(id, name) => {
            let old = target_name(r, id);
            r.rename_target(id, &name, j)?;
            old.map(|old| F::RenameTarget(id, old))
        }
        F::RemoveTarget(id) => {
            r.remove_target(id, j)?;
            None
        }
        F::MoveTarget(id, up) => {
            r.move_target(id, up, j)?;
            Some(F::MoveTarget(id, !up))
        }
        item => item_edit(r, item, lang, j)?,
    })
}

/// An edit to the items: their names, order, scales and the rules read off them.
fn item_edit(
    r: &mut BallotRound,
    edit: FormEdit,
    lang: Lang,
    j: &mut Journal,
) -> Result<Option<FormEdit>, BallotError> {
    use FormEdit as F;
    Ok(match edit {
        F::AddItem(name, scale) => {
            let id = r.add_item(&name, scale, lang, j)?;
            Some(F::RemoveItem(id))
        }
        F::RenameItem(id, name) => {
            let old = item_now(r, id, |i| i.name.clone());
            r.rename_item(id, &name, j)?;
            old.map(|old| F::RenameItem(id, old))
        }
        F::RemoveItem(id) => {
            r.remove_item(id, j)?;
            None
        }
        F::MoveItem(id, up) => {
            r.move_item(id, up, j)?;
            Some(F::MoveItem(id, !up))
        }
        F::ItemScale(id, scale) => {
            let old = item_now(r, id, |i| {
                F::ItemRules(id, i.scale.clone(), i.rates.clone(), i.flags.clone())
            });
            r.set_item_scale(id, scale, lang, j)?;
            old
        }
        F::ItemRules(id, scale, rates, flags) => {
            let old = item_now(r, id, |i| i.scale.clone());
            r.set_item_scale(id, scale, lang, j)?;
            r.set_rates(id, rates, j)?;
            r.set_flags(id, flags, j)?;
            old.map(|old| F::ItemScale(id, old))
        }
        F::Rates(id, rates) => {
            let old = item_now(r, id, |i| i.rates.clone());
            r.set_rates(id, rates, j)?;
            old.map(|old| F::Rates(id, old))
        }
        F::Flags(id, flags) => {
            let old = item_now(r, id, |i| i.flags.clone());
            r.set_flags(id, flags, j)?;
            old.map(|old| F::Flags(id, old))
        }
        F::Weights(id, weights) => {
            let old: Option<Vec<Option<u32>>> =
                item_now(r, id, |i| i.scale.grades.iter().map(|g| g.weight).collect());
            for (g, w) in weights.into_iter().enumerate() {
                r.set_grade_weight(id, g, w, j)?;
            }
            old.map(|old| F::Weights(id, old))
        }
        // The round's own fields and its targets are `form_edit`'s.
        other => return form_edit(r, other, lang, j),
    })
}

/// Item `id` as it is now (the part `read` takes), for the edit that restores it.
fn item_now<T>(r: &BallotRound, id: Id, read: impl FnOnce(&BallotItem) -> T) -> Option<T> {
    r.items.iter().find(|i| i.id == id).map(read)
}

fn target_name(r: &BallotRound, id: Id) -> Option<String> {
    r.targets
        .iter()
        .find(|t| t.id == id)
        .map(|t| t.name.clone())
}

/// The kind of target a round rates: as its first target, else people on a member form.
fn kind_for(r: &BallotRound) -> TargetKind {
    match r.targets.first() {
        Some(t) => t.kind,
        None if r
            .items
            .iter()
            .any(|i| crate::i18n::ballots::names_a_person_item(&i.name)) =>
        {
            TargetKind::Person
        }
        None => TargetKind::Organisation,
    }
}
