//! The round view's answers: what each question's answer becomes (a form edit, a figure, a new
//! batch, a merge), one helper per question. A refused answer stays in the prompt with the
//! reason under it, so nothing typed is lost.

use super::Step;
use super::round::{Ask, RoundView, ask_choice, ask_line, scale_options};
use super::rules::{parse_flags, parse_rates, parse_weights};
use crate::i18n::{Lang, Message, tally};
use crate::model::ballot::{Figure, custom_scale, parse_count_opt, split_target_list};
use crate::model::{BallotItem, BallotRound, EntryMode, Id, Scale};
use crate::tui::action::{Action, Effect};
use crate::tui::ops::{BallotOp, FormEdit};
use crate::tui::screens::Ctx;
use crate::tui::widgets::form::{Form, FormEvent, Input};
use crossterm::event::KeyEvent;

/// What an answer leads to: a step (the prompt closes), another question, or a refusal.
enum Next {
    Done(Option<Step>),
    Ask((Ask, Form)),
}

fn form(r: &BallotRound, edit: FormEdit) -> Result<Next, Message> {
    Ok(Next::Done(Some(Step::Do(Action::from(BallotOp::Form {
        round: r.id,
        edit,
    })))))
}

fn ballots(op: BallotOp) -> Result<Next, Message> {
    Ok(Next::Done(Some(Step::Do(Action::from(op)))))
}

impl RoundView {
    pub(super) fn prompt_key(&mut self, key: KeyEvent, ctx: &Ctx, r: &BallotRound) -> Step {
        let Some((purpose, form)) = &mut self.prompt else {
            return Step::Ignored;
        };
        let langs = (ctx.lang, ctx.session().map_or(ctx.lang, |s| s.lang));
        let next = match form.on_key(key) {
            FormEvent::Editing => return Step::Consumed,
            FormEvent::Cancel => Ok(Next::Done(None)),
            FormEvent::Submit => {
                let purpose = purpose.clone();
                match &form.fields[0].input {
                    Input::Choice { chosen, .. } => choice_answer(&purpose, *chosen, r, langs),
                    Input::Confirm => match purpose {
                        Ask::RemoveBatch(uid) => {
                            ballots(BallotOp::RemoveBatch { round: r.id, uid })
                        }
                        _ => Ok(Next::Done(None)),
                    },
                    Input::Line(_) | Input::Area(_) => {
                        let text = form.text();
                        self.text_answer(purpose, text, r, langs)
                    }
                }
            }
        };
        match next {
            Ok(Next::Done(step)) => {
                self.prompt = None;
                step.unwrap_or(Step::Consumed)
            }
            Ok(Next::Ask(p)) => {
                self.prompt = Some(p);
                Step::Consumed
            }
            Err(m) => {
                if let Some((_, form)) = &mut self.prompt {
                    form.error = Some(m);
                }
                Step::Consumed
            }
        }
    }

    /// A line (or lines) of text typed for `purpose`.
    fn text_answer(
        &mut self,
        purpose: Ask,
        t: String,
        r: &BallotRound,
        (lang, session_lang): (Lang, Lang),
    ) -> Result<Next, Message> {
        let item = |id: Id| r.items.iter().find(|i| i.id == id);
        match purpose {
            Ask::Name => form(r, FormEdit::Name(t)),
            Ask::Figure(figure) => figure_answer(figure, &t, r),
            Ask::AddTarget | Ask::PasteTargets => {
                let names = split_target_list(&t);
                if names.is_empty() {
                    Ok(Next::Done(None))
                } else {
                    form(r, FormEdit::AddTargets(names))
                }
            }
            Ask::RenameTarget(id) => form(r, FormEdit::RenameTarget(id, t)),
            Ask::RenameItem(id) => form(r, FormEdit::RenameItem(id, t)),
            Ask::AddItemName if t.trim().is_empty() => Ok(Next::Done(None)),
            Ask::AddItemName => Ok(Next::Ask(ask_choice(
                Ask::AddItemScale(t.trim().to_string()),
                tally::ASK_SCALE,
                scale_options(session_lang, lang).1,
            ))),
            Ask::CustomScale { item, name } => custom_scale_answer(&t, item, name, r),
            Ask::Weights(id) | Ask::Rates(id) | Ask::Flags(id) => match item(id) {
                Some(i) => rules_answer(&purpose, &t, i, r),
                None => Ok(Next::Done(None)),
            },
            Ask::BatchLabel(mode) => batch_answer(r, t, mode),
            Ask::MergePath => Ok(Next::Done(
                typed_path(&t).map(|p| Step::Do(Effect::MergeFile(p).into())),
            )),
            Ask::ScanPath | Ask::WatchPath => Ok(Next::Done(typed_path(&t).map(|path| {
                let watch = purpose == Ask::WatchPath;
                Step::Do(
                    Effect::Scan {
                        round: r.id,
                        path,
                        watch,
                    }
                    .into(),
                )
            }))),
            Ask::PrintCount => print_answer(&t, r),
            Ask::AddItemScale(_) | Ask::ItemScale(_) | Ask::RemoveBatch(_) => Ok(Next::Done(None)),
        }
    }
}

/// How many ballots to print: a whole number (its range is checked where they are printed).
fn print_answer(t: &str, r: &BallotRound) -> Result<Next, Message> {
    let count: u32 = t
        .trim()
        .parse()
        .map_err(|_| crate::i18n::paper::count_not_a_number(t.trim()))?;
    let effect = Effect::PrintBallots { round: r.id, count };
    Ok(Next::Done(Some(Step::Do(effect.into()))))
}

fn batch_answer(r: &BallotRound, label: String, mode: EntryMode) -> Result<Next, Message> {
    ballots(BallotOp::AddBatch {
        round: r.id,
        label,
        mode,
    })
}

/// An accounting figure: a count, or empty for none.
fn figure_answer(figure: Figure, t: &str, r: &BallotRound) -> Result<Next, Message> {
    let value = parse_count_opt(t).map_err(|e| e.message())?;
    r.check_figure(figure, value).map_err(|e| e.message())?;
    ballots(BallotOp::SetFigure {
        round: r.id,
        figure,
        value,
    })
}

/// Weights, rates or flag rules of item `i`, read from the line typed.
fn rules_answer(purpose: &Ask, t: &str, i: &BallotItem, r: &BallotRound) -> Result<Next, Message> {
    let edit = match purpose {
        Ask::Weights(id) => FormEdit::Weights(*id, parse_weights(t, i)?),
        Ask::Rates(id) => FormEdit::Rates(*id, parse_rates(t, i)?),
        Ask::Flags(id) => FormEdit::Flags(*id, parse_flags(t, i)?),
        _ => return Ok(Next::Done(None)),
    };
    form(r, edit)
}

/// A scale picked from the list for a new item or an existing one; the last choice asks for a
/// custom scale's grades.
fn choice_answer(
    purpose: &Ask,
    k: usize,
    r: &BallotRound,
    (lang, session_lang): (Lang, Lang),
) -> Result<Next, Message> {
    let (item, name) = match purpose {
        Ask::ItemScale(id) => (Some(*id), String::new()),
        Ask::AddItemScale(name) => (None, name.clone()),
        _ => return Ok(Next::Done(None)),
    };
    let (scales, _) = scale_options(session_lang, lang);
    match scales.get(k) {
        Some(scale) => form(r, scale_edit(item, name, scale.clone())),
        None => Ok(Next::Ask(ask_line(
            Ask::CustomScale { item, name },
            tally::ASK_CUSTOM_SCALE,
            "",
        ))),
    }
}

/// Grades typed as `好/较好/一般/差` (or with 、 , ，).
fn custom_scale_answer(
    t: &str,
    item: Option<Id>,
    name: String,
    r: &BallotRound,
) -> Result<Next, Message> {
    let labels: Vec<String> = t
        .split(['/', '／', '、', ',', '，'])
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let scale = custom_scale("", &labels).map_err(|e| e.message())?;
    form(r, scale_edit(item, name, scale))
}

/// A scale for an existing item, or a new item with it.
fn scale_edit(item: Option<Id>, name: String, scale: Scale) -> FormEdit {
    match item {
        Some(id) => FormEdit::ItemScale(id, scale),
        None => FormEdit::AddItem(name, scale),
    }
}

/// A path as typed or dropped into the terminal: blanks and the quotes a file manager adds
/// around a dropped path taken off, `~/` as the home folder. `None` for nothing typed.
pub(super) fn typed_path(t: &str) -> Option<std::path::PathBuf> {
    let t = t.trim();
    let t = ['\'', '"']
        .iter()
        .find_map(|q| t.strip_prefix(*q).and_then(|s| s.strip_suffix(*q)))
        .unwrap_or(t)
        .trim();
    if t.is_empty() {
        return None;
    }
    match t.strip_prefix("~/").zip(dirs::home_dir()) {
        Some((rest, home)) => Some(home.join(rest)),
        None => Some(t.into()),
    }
}
