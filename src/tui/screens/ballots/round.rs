//! The round view: the form (name, confidentiality, targets, items with scales, rates, weights,
//! flag rules), the accounting figures, the batches, and the way to verification. Targets can be
//! pasted as a list straight onto the targets section.

use super::prompt::{Answer, Prompt};
use super::rules::{flags_text, parse_flags, parse_rates, parse_weights, rates_text, weights_text};
use super::{Step, View};
use crate::i18n::{Lang, Text, tally as tx};
use crate::model::ballot::parse_count_opt;
use crate::model::ballot::{Figure, custom_scale, split_target_list};
use crate::model::template::builtin_scales;
use crate::model::{BallotRound, EntryMode, Id, Scale};
use crate::tui::action::Action;
use crate::tui::keys::{self, ballots::RoundCmd};
use crate::tui::ops::{BallotOp, FormEdit};
use crate::tui::screens::Ctx;
use crossterm::event::KeyEvent;

/// One line of the round view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundLine {
    Name,
    Confidential,
    Figure(Figure),
    TargetsHead,
    Target(usize),
    ItemsHead,
    Item(usize),
    BatchesHead,
    Batch(usize),
    State,
}

/// What a question in the round view is for.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Ask {
    Name,
    Figure(Figure),
    AddTarget,
    PasteTargets,
    RenameTarget(Id),
    AddItemName,
    AddItemScale(String),
    CustomScale { item: Option<Id>, name: String },
    ItemScale(Id),
    RenameItem(Id),
    Weights(Id),
    Rates(Id),
    Flags(Id),
    BatchLabel(EntryMode),
    RemoveBatch(String),
    MergePath,
}

#[derive(Default)]
pub struct RoundView {
    pub selected: usize,
    pub(super) prompt: Option<Prompt<Ask>>,
}

pub(super) fn lines(r: &BallotRound) -> Vec<RoundLine> {
    let mut out = vec![
        RoundLine::Name,
        RoundLine::Confidential,
        RoundLine::Figure(Figure::Expected),
        RoundLine::Figure(Figure::Present),
        RoundLine::Figure(Figure::Issued),
        RoundLine::Figure(Figure::Returned),
        RoundLine::TargetsHead,
    ];
    out.extend((0..r.targets.len()).map(RoundLine::Target));
    out.push(RoundLine::ItemsHead);
    out.extend((0..r.items.len()).map(RoundLine::Item));
    out.push(RoundLine::BatchesHead);
    out.extend((0..r.batches.len()).map(RoundLine::Batch));
    out.push(RoundLine::State);
    out
}

pub(super) fn figure_label(f: Figure) -> Text {
    match f {
        Figure::Expected => crate::i18n::ballots::EXPECTED,
        Figure::Present => crate::i18n::ballots::PRESENT,
        Figure::Issued => crate::i18n::ballots::ISSUED,
        Figure::Returned => crate::i18n::ballots::RETURNED,
    }
}

/// The scales offered: the built-in ones in the meeting's language, then "custom".
fn scale_options(lang: Lang, ui: Lang) -> (Vec<Scale>, Vec<String>) {
    let scales = builtin_scales(lang);
    let mut names: Vec<String> = scales.iter().map(|s| s.name.clone()).collect();
    names.push(tx::CUSTOM_SCALE.get(ui).to_string());
    (scales, names)
}

impl RoundView {
    pub fn open(&mut self) {
        self.prompt = None;
    }

    pub fn clamp(&mut self, r: &BallotRound) {
        self.selected = self.selected.min(lines(r).len().saturating_sub(1));
    }

    pub fn editing(&self) -> bool {
        self.prompt.is_some()
    }

    pub fn hint(&self) -> Text {
        if self.prompt.is_some() {
            tx::HINT_PROMPT
        } else {
            tx::HINT_ROUND
        }
    }

    fn line(&self, r: &BallotRound) -> RoundLine {
        let ls = lines(r);
        ls[self.selected.min(ls.len() - 1)]
    }

    fn ask(&mut self, p: Prompt<Ask>) -> Step {
        self.prompt = Some(p);
        Step::Consumed
    }

    fn form(r: &BallotRound, edit: FormEdit) -> Step {
        Step::Do(Action::from(BallotOp::Form { round: r.id, edit }))
    }

    pub fn on_paste(&mut self, text: &str, _ctx: &Ctx, r: &BallotRound) -> Step {
        if let Some(p) = &mut self.prompt {
            p.on_paste(text);
            return Step::Consumed;
        }
        match self.line(r) {
            RoundLine::TargetsHead | RoundLine::Target(_) => {
                let names = split_target_list(text);
                if names.is_empty() {
                    Step::Consumed
                } else {
                    Self::form(r, FormEdit::AddTargets(names))
                }
            }
            _ => Step::Ignored,
        }
    }

    pub fn on_key(&mut self, key: KeyEvent, ctx: &Ctx, r: &BallotRound) -> Step {
        if self.prompt.is_some() {
            return self.prompt_key(key, ctx, r);
        }
        let lang = ctx.lang;
        let line = self.line(r);
        let cmd = keys::lookup(keys::ballots::ROUND, &key);
        let changes = !matches!(
            cmd,
            Some(RoundCmd::Up | RoundCmd::Down | RoundCmd::Back | RoundCmd::Verify) | None
        ) && !matches!(
            (cmd, line),
            (Some(RoundCmd::Edit), RoundLine::Batch(_) | RoundLine::State)
        );
        if changes && ctx.read_only() {
            return Step::Do(Action::Flash(crate::i18n::tui::READ_ONLY_REFUSED.into()));
        }
        let item = |k: usize| r.items.get(k);
        match cmd {
            Some(RoundCmd::Up) => {
                self.selected = self.selected.saturating_sub(1);
                Step::Consumed
            }
            Some(RoundCmd::Down) => {
                self.selected = (self.selected + 1).min(lines(r).len() - 1);
                Step::Consumed
            }
            Some(RoundCmd::Back) => Step::Go(View::Rounds),
            Some(RoundCmd::Verify) => Step::Go(View::Verify),
            Some(RoundCmd::Edit) => match line {
                RoundLine::Name => self.ask(Prompt::line(
                    Ask::Name,
                    tx::ASK_ROUND_NAME.get(lang),
                    r.name.clone(),
                )),
                RoundLine::Confidential => Self::form(r, FormEdit::Confidential(!r.confidential)),
                RoundLine::Figure(f) => {
                    let now = r.figure(f).map_or_else(String::new, |v| v.to_string());
                    self.ask(Prompt::line(Ask::Figure(f), figure_label(f).get(lang), now))
                }
                RoundLine::TargetsHead => {
                    self.ask(Prompt::line(Ask::AddTarget, tx::ASK_TARGET.get(lang), ""))
                }
                RoundLine::Target(k) => match r.targets.get(k) {
                    Some(t) => self.ask(Prompt::line(
                        Ask::RenameTarget(t.id),
                        tx::ASK_TARGET.get(lang),
                        t.name.clone(),
                    )),
                    None => Step::Consumed,
                },
                RoundLine::ItemsHead => {
                    self.ask(Prompt::line(Ask::AddItemName, tx::ASK_ITEM.get(lang), ""))
                }
                RoundLine::Item(k) => match item(k) {
                    Some(i) => self.ask(Prompt::line(
                        Ask::RenameItem(i.id),
                        tx::ASK_ITEM.get(lang),
                        i.name.clone(),
                    )),
                    None => Step::Consumed,
                },
                RoundLine::BatchesHead => self.new_batch(EntryMode::Ballots, r, lang),
                RoundLine::Batch(k) => match r.batches.get(k) {
                    Some(b) if b.mode == EntryMode::Grid => Step::Go(View::Grid(b.uid.clone())),
                    Some(b) => Step::Go(View::Entry(b.uid.clone())),
                    None => Step::Consumed,
                },
                RoundLine::State => Step::Go(View::Verify),
            },
            // `a` adds to the section the cursor is in; above the sections (name, figures) it
            // adds a target, the first thing a new form needs, rather than doing nothing.
            Some(RoundCmd::Add) => match line {
                RoundLine::ItemsHead | RoundLine::Item(_) => {
                    self.ask(Prompt::line(Ask::AddItemName, tx::ASK_ITEM.get(lang), ""))
                }
                RoundLine::BatchesHead | RoundLine::Batch(_) => {
                    self.new_batch(EntryMode::Ballots, r, lang)
                }
                _ => self.ask(Prompt::line(Ask::AddTarget, tx::ASK_TARGET.get(lang), "")),
            },
            Some(RoundCmd::PasteList) => self.ask(Prompt::lines(
                Ask::PasteTargets,
                tx::ASK_TARGET_LIST.get(lang),
                "",
            )),
            Some(RoundCmd::Remove) => match line {
                RoundLine::Target(k) => r.targets.get(k).map_or(Step::Consumed, |t| {
                    Self::form(r, FormEdit::RemoveTarget(t.id))
                }),
                RoundLine::Item(k) => item(k).map_or(Step::Consumed, |i| {
                    Self::form(r, FormEdit::RemoveItem(i.id))
                }),
                RoundLine::Batch(k) => match r.batches.get(k) {
                    Some(b) => {
                        let title = tx::confirm_remove_batch(&b.label, b.counted())
                            .get(lang)
                            .to_string();
                        self.ask(Prompt::confirm(Ask::RemoveBatch(b.uid.clone()), title))
                    }
                    None => Step::Consumed,
                },
                _ => Step::Consumed,
            },
            Some(cmd @ (RoundCmd::MoveUp | RoundCmd::MoveDown)) => {
                let up = cmd == RoundCmd::MoveUp;
                let step = match line {
                    RoundLine::Target(k) => {
                        r.targets.get(k).map(|t| FormEdit::MoveTarget(t.id, up))
                    }
                    RoundLine::Item(k) => item(k).map(|i| FormEdit::MoveItem(i.id, up)),
                    _ => None,
                };
                match step {
                    Some(edit) => {
                        let last = lines(r).len() - 1;
                        self.selected = if up {
                            self.selected.saturating_sub(1)
                        } else {
                            (self.selected + 1).min(last)
                        };
                        Self::form(r, edit)
                    }
                    None => Step::Consumed,
                }
            }
            Some(
                cmd @ (RoundCmd::Scale | RoundCmd::Weights | RoundCmd::Rates | RoundCmd::Flags),
            ) => {
                let RoundLine::Item(k) = line else {
                    return Step::Do(Action::Flash(tx::PICK_AN_ITEM.into()));
                };
                let Some(i) = item(k) else {
                    return Step::Consumed;
                };
                let p = match cmd {
                    RoundCmd::Scale => {
                        let session_lang = ctx.session().map_or(lang, |s| s.lang);
                        Prompt::choice(
                            Ask::ItemScale(i.id),
                            tx::ASK_SCALE.get(lang),
                            scale_options(session_lang, lang).1,
                        )
                    }
                    RoundCmd::Weights => Prompt::line(
                        Ask::Weights(i.id),
                        tx::ASK_WEIGHTS.get(lang),
                        weights_text(i),
                    ),
                    RoundCmd::Rates => {
                        Prompt::line(Ask::Rates(i.id), tx::ASK_RATES.get(lang), rates_text(i))
                    }
                    _ => Prompt::line(Ask::Flags(i.id), tx::ASK_FLAGS.get(lang), flags_text(i)),
                };
                self.ask(p)
            }
            Some(RoundCmd::GridBatch) => self.new_batch(EntryMode::Grid, r, lang),
            Some(RoundCmd::BallotBatch) => self.new_batch(EntryMode::Ballots, r, lang),
            Some(RoundCmd::Merge) => self.ask(Prompt::line(
                Ask::MergePath,
                tx::ASK_MERGE_PATH.get(lang),
                "",
            )),
            None => Step::Ignored,
        }
    }

    fn new_batch(&mut self, mode: EntryMode, r: &BallotRound, lang: Lang) -> Step {
        let label = tx::batch_label(r.batches.len() + 1).get(lang).to_string();
        self.ask(Prompt::line(
            Ask::BatchLabel(mode),
            mode.label().get(lang),
            label,
        ))
    }

    fn prompt_key(&mut self, key: KeyEvent, ctx: &Ctx, r: &BallotRound) -> Step {
        let Some(p) = &mut self.prompt else {
            return Step::Ignored;
        };
        let answer = p.on_key(key);
        let purpose = p.purpose.clone();
        let lang = ctx.lang;
        let session_lang = ctx.session().map_or(lang, |s| s.lang);
        let item = |id: Id| r.items.iter().find(|i| i.id == id);
        let result: Result<Option<Step>, crate::i18n::Message> = match (answer, purpose) {
            (Answer::Pending, _) => return Step::Consumed,
            (Answer::Cancel, _) => Ok(None),
            (Answer::Text(t), Ask::Name) => Ok(Some(Self::form(r, FormEdit::Name(t)))),
            (Answer::Text(t), Ask::Figure(figure)) => parse_count_opt(&t)
                .map_err(|e| e.message())
                .and_then(|value| {
                    r.check_figure(figure, value).map_err(|e| e.message())?;
                    Ok(Some(Step::Do(Action::from(BallotOp::SetFigure {
                        round: r.id,
                        figure,
                        value,
                    }))))
                }),
            (Answer::Text(t), Ask::AddTarget | Ask::PasteTargets) => {
                let names = split_target_list(&t);
                Ok((!names.is_empty()).then(|| Self::form(r, FormEdit::AddTargets(names))))
            }
            (Answer::Text(t), Ask::RenameTarget(id)) => {
                Ok(Some(Self::form(r, FormEdit::RenameTarget(id, t))))
            }
            (Answer::Text(t), Ask::RenameItem(id)) => {
                Ok(Some(Self::form(r, FormEdit::RenameItem(id, t))))
            }
            (Answer::Text(t), Ask::AddItemName) => {
                if t.trim().is_empty() {
                    Ok(None)
                } else {
                    let (_, names) = scale_options(session_lang, lang);
                    self.prompt = Some(Prompt::choice(
                        Ask::AddItemScale(t.trim().to_string()),
                        tx::ASK_SCALE.get(lang),
                        names,
                    ));
                    return Step::Consumed;
                }
            }
            (Answer::Choice(k), purpose @ (Ask::AddItemScale(_) | Ask::ItemScale(_))) => {
                let (scales, _) = scale_options(session_lang, lang);
                let (item_id, name) = match &purpose {
                    Ask::ItemScale(id) => (Some(*id), String::new()),
                    Ask::AddItemScale(name) => (None, name.clone()),
                    _ => (None, String::new()),
                };
                match scales.get(k) {
                    Some(scale) => Ok(Some(Self::form(
                        r,
                        match item_id {
                            Some(id) => FormEdit::ItemScale(id, scale.clone()),
                            None => FormEdit::AddItem(name, scale.clone()),
                        },
                    ))),
                    None => {
                        self.prompt = Some(Prompt::line(
                            Ask::CustomScale {
                                item: item_id,
                                name,
                            },
                            tx::ASK_CUSTOM_SCALE.get(lang),
                            "",
                        ));
                        return Step::Consumed;
                    }
                }
            }
            (Answer::Text(t), Ask::CustomScale { item, name }) => {
                let labels: Vec<String> = t
                    .split(['/', '／', '、', ',', '，'])
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
                custom_scale("", &labels)
                    .map_err(|e| e.message())
                    .map(|scale| {
                        Some(Self::form(
                            r,
                            match item {
                                Some(id) => FormEdit::ItemScale(id, scale),
                                None => FormEdit::AddItem(name, scale),
                            },
                        ))
                    })
            }
            (Answer::Text(t), Ask::Weights(id)) => match item(id) {
                Some(i) => {
                    parse_weights(&t, i).map(|w| Some(Self::form(r, FormEdit::Weights(id, w))))
                }
                None => Ok(None),
            },
            (Answer::Text(t), Ask::Rates(id)) => match item(id) {
                Some(i) => parse_rates(&t, i).map(|v| Some(Self::form(r, FormEdit::Rates(id, v)))),
                None => Ok(None),
            },
            (Answer::Text(t), Ask::Flags(id)) => match item(id) {
                Some(i) => parse_flags(&t, i).map(|v| Some(Self::form(r, FormEdit::Flags(id, v)))),
                None => Ok(None),
            },
            (Answer::Text(t), Ask::BatchLabel(mode)) => {
                // The new batch takes the state line's place: select it, Enter opens it.
                if let Some(k) = lines(r).iter().position(|l| *l == RoundLine::State) {
                    self.selected = k;
                }
                Ok(Some(Step::Do(Action::from(BallotOp::AddBatch {
                    round: r.id,
                    label: t,
                    mode,
                }))))
            }
            (Answer::Yes, Ask::RemoveBatch(uid)) => {
                Ok(Some(Step::Do(Action::from(BallotOp::RemoveBatch {
                    round: r.id,
                    uid,
                }))))
            }
            (Answer::Text(t), Ask::MergePath) => {
                let t = t.trim();
                Ok((!t.is_empty()).then(|| Step::Do(Action::MergeFile(t.into()))))
            }
            _ => Ok(None),
        };
        match result {
            Ok(step) => {
                self.prompt = None;
                step.unwrap_or(Step::Consumed)
            }
            Err(m) => {
                if let Some(p) = &mut self.prompt {
                    p.error = Some(m);
                }
                Step::Consumed
            }
        }
    }
}
