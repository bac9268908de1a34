//! The round view: the form (name, confidentiality, targets, items with scales, rates, weights,
//! flag rules), the accounting figures, the batches, and the way to verification. Targets can be
//! pasted as a list straight onto the targets section.

use super::rules::{flags_text, rates_text, weights_text};
use super::{Step, View};
use crate::i18n::Message;
use crate::i18n::{Lang, Text, tally};
use crate::model::ballot::{Figure, split_target_list};
use crate::model::template::builtin_scales;
use crate::model::{BallotRound, EntryMode, Id, Scale};
use crate::tui::action::{Action, Effect};
use crate::tui::keys::{self, ballots::RoundCmd};
use crate::tui::ops::{BallotOp, FormEdit};
use crate::tui::screens::Ctx;
use crate::tui::widgets::form::Form;
use crate::tui::widgets::list;
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
    PrintCount,
    ScanPath,
    WatchPath,
}

#[derive(Default)]
pub struct RoundView {
    pub selected: usize,
    pub(super) prompt: Option<(Ask, Form)>,
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
pub(super) fn scale_options(lang: Lang, ui: Lang) -> (Vec<Scale>, Vec<String>) {
    let scales = builtin_scales(lang);
    let mut names: Vec<String> = scales.iter().map(|s| s.name.clone()).collect();
    names.push(tally::CUSTOM_SCALE.get(ui).to_string());
    (scales, names)
}

impl RoundView {
    pub fn open(&mut self) {
        self.prompt = None;
    }

    pub fn clamp(&mut self, r: &BallotRound) {
        self.selected = list::clamp(self.selected, lines(r).len());
    }

    pub fn editing(&self) -> bool {
        self.prompt.is_some()
    }

    pub fn hint(&self) -> Text {
        if self.prompt.is_some() {
            tally::HINT_PROMPT
        } else {
            tally::HINT_ROUND
        }
    }

    fn line(&self, r: &BallotRound) -> RoundLine {
        let ls = lines(r);
        ls[self.selected.min(ls.len() - 1)]
    }

    fn ask(&mut self, question: (Ask, Form)) -> Step {
        self.prompt = Some(question);
        Step::Consumed
    }

    fn form(r: &BallotRound, edit: FormEdit) -> Step {
        Step::Do(Action::from(BallotOp::Form { round: r.id, edit }))
    }

    pub fn on_paste(&mut self, text: &str, _ctx: &Ctx, r: &BallotRound) -> Step {
        if let Some((_, form)) = &mut self.prompt {
            form.on_paste(text);
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

    /// Whether `key` changes the record: every command but moving, going back and opening a
    /// batch or verification.
    pub fn changes_record(&self, key: &KeyEvent, r: &BallotRound) -> bool {
        if self.editing() {
            return false;
        }
        match keys::lookup(keys::ballots::ROUND, key) {
            Some(RoundCmd::Edit) => !matches!(self.line(r), RoundLine::Batch(_) | RoundLine::State),
            Some(cmd) => cmd.changes_record(),
            None => false,
        }
    }

    /// Selects the line of batch `uid` (one just made), so Enter opens it.
    pub fn select_batch(&mut self, uid: &str, r: &BallotRound) {
        let Some(b) = r.batches.iter().position(|b| b.uid == uid) else {
            return;
        };
        if let Some(k) = lines(r).iter().position(|l| *l == RoundLine::Batch(b)) {
            self.selected = k;
        }
    }

    pub fn on_key(&mut self, key: KeyEvent, ctx: &Ctx, r: &BallotRound) -> Step {
        if self.prompt.is_some() {
            return self.prompt_key(key, ctx, r);
        }
        let lang = ctx.lang;
        let line = self.line(r);
        let cmd = keys::lookup(keys::ballots::ROUND, &key);
        match cmd {
            Some(RoundCmd::Up) => {
                self.selected = list::up(self.selected);
                Step::Consumed
            }
            Some(RoundCmd::Down) => {
                self.selected = list::down(self.selected, lines(r).len());
                Step::Consumed
            }
            Some(RoundCmd::Back) => Step::Go(View::Rounds),
            Some(RoundCmd::Verify) => Step::Go(View::Verify),
            Some(RoundCmd::Review) if r.waiting_review() == 0 => {
                Step::Do(Action::Flash(crate::i18n::scan::NOTHING_TO_REVIEW.into()))
            }
            Some(RoundCmd::Review) => Step::Do(super::review::crops_to_load(r)),
            Some(RoundCmd::Edit) => self.edit(line, r, lang),
            Some(RoundCmd::Add) => self.add(line, r, lang),
            Some(RoundCmd::PasteList) => {
                self.ask(ask_list(Ask::PasteTargets, tally::ASK_TARGET_LIST, ""))
            }
            Some(RoundCmd::Remove) => self.remove(line, r),
            Some(cmd @ (RoundCmd::MoveUp | RoundCmd::MoveDown)) => {
                self.move_line(line, r, cmd == RoundCmd::MoveUp)
            }
            Some(
                cmd @ (RoundCmd::Scale | RoundCmd::Weights | RoundCmd::Rates | RoundCmd::Flags),
            ) => self.item_rules(cmd, line, r, ctx),
            Some(RoundCmd::GridBatch) => self.new_batch(EntryMode::Grid, r, lang),
            Some(RoundCmd::BallotBatch) => self.new_batch(EntryMode::Ballots, r, lang),
            Some(RoundCmd::Merge) => self.ask(ask_line(Ask::MergePath, tally::ASK_MERGE_PATH, "")),
            Some(RoundCmd::ScanIn) => self.ask(ask_line(
                Ask::ScanPath,
                crate::i18n::scan::ASK_SCAN_PATH,
                "",
            )),
            Some(RoundCmd::Watch) => self.watch(ctx, r),
            Some(RoundCmd::Print) => {
                let count = ctx.session().and_then(|s| {
                    let acc = crate::model::Accounting::of(r, &s.attendance);
                    acc.issued.or(acc.expected)
                });
                let text = count.map(|n| n.to_string()).unwrap_or_default();
                self.ask(ask_line(
                    Ask::PrintCount,
                    crate::i18n::paper::ASK_PRINT_COUNT,
                    text,
                ))
            }
            None => Step::Ignored,
        }
    }

    /// Enter: edit the line (a field, a target, an item), open a batch, or go to verification.
    fn edit(&mut self, line: RoundLine, r: &BallotRound, lang: Lang) -> Step {
        match line {
            RoundLine::Name => self.ask(ask_line(Ask::Name, tally::ASK_ROUND_NAME, r.name.clone())),
            RoundLine::Confidential => Self::form(r, FormEdit::Confidential(!r.confidential)),
            RoundLine::Figure(f) => {
                let now = r.figure(f).map_or_else(String::new, |v| v.to_string());
                self.ask(ask_line(Ask::Figure(f), figure_label(f), now))
            }
            RoundLine::Target(k) => match r.targets.get(k) {
                Some(t) => self.ask(ask_line(
                    Ask::RenameTarget(t.id),
                    tally::ASK_TARGET,
                    t.name.clone(),
                )),
                None => Step::Consumed,
            },
            RoundLine::Item(k) => match r.items.get(k) {
                Some(i) => self.ask(ask_line(
                    Ask::RenameItem(i.id),
                    tally::ASK_ITEM,
                    i.name.clone(),
                )),
                None => Step::Consumed,
            },
            RoundLine::Batch(k) => match r.batches.get(k) {
                Some(b) if b.mode == EntryMode::Grid => Step::Go(View::Grid(b.uid.clone())),
                Some(b) => Step::Go(View::Entry(b.uid.clone())),
                None => Step::Consumed,
            },
            RoundLine::State => Step::Go(View::Verify),
            RoundLine::TargetsHead | RoundLine::ItemsHead | RoundLine::BatchesHead => {
                self.add(line, r, lang)
            }
        }
    }

    /// `a` adds to the section the cursor is in; above the sections (name, figures) it adds a
    /// target, the first thing a new form needs, rather than doing nothing.
    fn add(&mut self, line: RoundLine, r: &BallotRound, lang: Lang) -> Step {
        match line {
            RoundLine::ItemsHead | RoundLine::Item(_) => {
                self.ask(ask_line(Ask::AddItemName, tally::ASK_ITEM, ""))
            }
            RoundLine::BatchesHead | RoundLine::Batch(_) => {
                self.new_batch(EntryMode::Ballots, r, lang)
            }
            _ => self.ask(ask_line(Ask::AddTarget, tally::ASK_TARGET, "")),
        }
    }

    /// Removes the target or item on the line at once (Ctrl+Z brings it back); a batch, with
    /// its counts, only after a yes.
    fn remove(&mut self, line: RoundLine, r: &BallotRound) -> Step {
        match line {
            RoundLine::Target(k) => r.targets.get(k).map_or(Step::Consumed, |t| {
                Self::form(r, FormEdit::RemoveTarget(t.id))
            }),
            RoundLine::Item(k) => r.items.get(k).map_or(Step::Consumed, |i| {
                Self::form(r, FormEdit::RemoveItem(i.id))
            }),
            RoundLine::Batch(k) => match r.batches.get(k) {
                Some(b) => {
                    let title = tally::confirm_remove_batch(&b.label, b.counted());
                    self.ask(ask_confirm(Ask::RemoveBatch(b.uid.clone()), title))
                }
                None => Step::Consumed,
            },
            _ => Step::Consumed,
        }
    }

    /// Moves the target or item on the line one place, and the cursor with it.
    fn move_line(&mut self, line: RoundLine, r: &BallotRound, up: bool) -> Step {
        let edit = match line {
            RoundLine::Target(k) => r.targets.get(k).map(|t| FormEdit::MoveTarget(t.id, up)),
            RoundLine::Item(k) => r.items.get(k).map(|i| FormEdit::MoveItem(i.id, up)),
            _ => None,
        };
        let Some(edit) = edit else {
            return Step::Consumed;
        };
        self.selected = if up {
            self.selected.saturating_sub(1)
        } else {
            list::down(self.selected, lines(r).len())
        };
        Self::form(r, edit)
    }

    /// The item's scale, weights, rates or flag rules, asked with what they are now.
    fn item_rules(&mut self, cmd: RoundCmd, line: RoundLine, r: &BallotRound, ctx: &Ctx) -> Step {
        let lang = ctx.lang;
        let RoundLine::Item(k) = line else {
            return Step::Do(Action::Flash(tally::PICK_AN_ITEM.into()));
        };
        let Some(i) = r.items.get(k) else {
            return Step::Consumed;
        };
        let p = match cmd {
            RoundCmd::Scale => {
                let session_lang = ctx.session().map_or(lang, |s| s.lang);
                ask_choice(
                    Ask::ItemScale(i.id),
                    tally::ASK_SCALE,
                    scale_options(session_lang, lang).1,
                )
            }
            RoundCmd::Weights => ask_line(Ask::Weights(i.id), tally::ASK_WEIGHTS, weights_text(i)),
            RoundCmd::Rates => ask_line(Ask::Rates(i.id), tally::ASK_RATES, rates_text(i)),
            _ => ask_line(Ask::Flags(i.id), tally::ASK_FLAGS, flags_text(i)),
        };
        self.ask(p)
    }

    /// `W`: stops the folder watched into this round, or asks which folder to watch (offering
    /// the one watched last).
    fn watch(&mut self, ctx: &Ctx, r: &BallotRound) -> Step {
        let intake = ctx.doc.and_then(|d| d.intake.as_ref());
        if intake.is_some_and(|i| i.running() && i.round == r.id) {
            return Step::Do(Effect::StopScan.into());
        }
        let last = intake
            .and_then(|i| i.watching.as_ref())
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        self.ask(ask_line(
            Ask::WatchPath,
            crate::i18n::scan::ASK_WATCH_PATH,
            last,
        ))
    }

    pub(super) fn new_batch(&mut self, mode: EntryMode, r: &BallotRound, lang: Lang) -> Step {
        let label = tally::batch_label(r.batches.len() + 1)
            .get(lang)
            .to_string();
        self.ask(ask_line(Ask::BatchLabel(mode), mode.label(), label))
    }
}

/// The round view's questions: what the answer is for, and the question itself.
pub(super) fn ask_line(
    ask: Ask,
    title: impl Into<Message>,
    text: impl Into<String>,
) -> (Ask, Form) {
    (ask, Form::line(title, text))
}

fn ask_list(ask: Ask, title: impl Into<Message>, text: impl Into<String>) -> (Ask, Form) {
    (ask, Form::lines(title, text))
}

pub(super) fn ask_choice(ask: Ask, title: impl Into<Message>, options: Vec<String>) -> (Ask, Form) {
    (ask, Form::choice(title, options))
}

fn ask_confirm(ask: Ask, title: impl Into<Message>) -> (Ask, Form) {
    (ask, Form::confirm(title))
}
