//! The ballot counting screen (F6): the list of rounds, and for the open round its form and
//! batches, the tally grid, ballot-by-ballot entry and verification, each a view of this screen.
//! Esc goes back one view.

use super::ballots_entry::EntryView;
use super::ballots_ops::BallotOp;
use super::ballots_prompt::{Answer, Prompt};
use super::ballots_round::RoundView;
use super::ballots_verify::VerifyView;
use super::tally::GridView;
use super::tally_cache::TallyCache;
use super::{Ctx, Outcome, Screen};
use crate::i18n::{Lang, tally as tx};
use crate::model::{BallotRound, EntryMode, Id, Session, Template};
use crate::tui::action::Action;
use crate::tui::keys::{self, ballots::RoundsCmd};
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Which view of the screen is in front.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Rounds,
    Round,
    /// The tally grid of a batch (by uid).
    Grid(String),
    /// The second clerk's recheck grid of the round's totals.
    Recheck,
    /// Ballot-by-ballot entry into a batch (by uid).
    Entry(String),
    Verify,
}

/// What a view made of a key.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Ignored,
    Consumed,
    Do(Action),
    Go(View),
}

/// Questions the round list asks.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ask {
    NewRound,
    RemoveRound(Id),
}

#[derive(Default)]
pub struct BallotsScreen {
    pub view: View,
    /// The selected line of the round list.
    pub selected: usize,
    /// The round open in the other views.
    pub round: Option<Id>,
    prompt: Option<Prompt<Ask>>,
    pub round_view: RoundView,
    pub grid: GridView,
    pub entry: EntryView,
    pub verify: VerifyView,
    pub cache: TallyCache,
}

impl BallotsScreen {
    fn open_round<'s>(&self, session: &'s Session) -> Option<&'s BallotRound> {
        self.round.and_then(|id| session.round(id))
    }

    /// Brings `view` to the front, resetting its view state.
    fn go(&mut self, view: View, ctx: &Ctx) {
        let round = ctx.session().and_then(|s| self.open_round(s));
        match (&view, round) {
            (View::Grid(uid), Some(r)) => self.grid.open(r, Some(uid.clone())),
            (View::Recheck, Some(r)) => self.grid.open(r, None),
            (View::Entry(_), Some(_)) => self.entry.open(),
            (View::Verify, Some(r)) => {
                let names = ctx.session().map(|s| s.header.scrutineers.clone());
                self.verify.open(r, names.unwrap_or_default());
            }
            (View::Round, Some(_)) => self.round_view.open(),
            _ => {}
        }
        self.view = match (view, round) {
            (View::Rounds, _) | (_, None) => View::Rounds,
            (v, Some(_)) => v,
        };
    }

    fn list_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Step {
        let Some(session) = ctx.session() else {
            return Step::Ignored;
        };
        if let Some(p) = &mut self.prompt {
            return match (p.on_key(key), p.purpose.clone()) {
                (Answer::Pending, _) => Step::Consumed,
                (Answer::Cancel, _) => {
                    self.prompt = None;
                    Step::Consumed
                }
                (Answer::Choice(k), Ask::NewRound) => {
                    self.prompt = None;
                    let forms = Template::default_for(session.lang).forms;
                    let form = (k < forms.len()).then_some(k);
                    let name = if form.is_some() {
                        String::new()
                    } else {
                        tx::NEW_FORM_NAME.get(ctx.lang).to_string()
                    };
                    // The new round is the last one: select it so it opens after the change.
                    self.selected = session.rounds.len();
                    Step::Do(Action::Ballots(BallotOp::AddRound { form, name }))
                }
                (Answer::Yes, Ask::RemoveRound(round)) => {
                    self.prompt = None;
                    Step::Do(Action::Ballots(BallotOp::RemoveRound { round }))
                }
                _ => Step::Consumed,
            };
        }
        let n = session.rounds.len();
        match keys::lookup(keys::ballots::ROUNDS, &key) {
            Some(RoundsCmd::Up) => {
                self.selected = self.selected.saturating_sub(1);
                Step::Consumed
            }
            Some(RoundsCmd::Down) => {
                self.selected = (self.selected + 1).min(n.saturating_sub(1));
                Step::Consumed
            }
            Some(RoundsCmd::Open) => match session.rounds.get(self.selected) {
                Some(r) => {
                    self.round = Some(r.id);
                    Step::Go(View::Round)
                }
                None => Step::Consumed,
            },
            Some(RoundsCmd::New) => {
                if ctx.read_only() {
                    return Step::Do(Action::Flash(crate::i18n::tui::READ_ONLY_REFUSED.into()));
                }
                let mut options: Vec<String> = Template::default_for(session.lang)
                    .forms
                    .iter()
                    .map(|f| f.name.clone())
                    .collect();
                options.push(tx::EMPTY_FORM.get(ctx.lang).to_string());
                self.prompt = Some(Prompt::choice(
                    Ask::NewRound,
                    tx::CHOOSE_FORM.get(ctx.lang),
                    options,
                ));
                Step::Consumed
            }
            Some(RoundsCmd::Remove) => match session.rounds.get(self.selected) {
                Some(r) => {
                    let title = tx::confirm_remove_round(&r.name).get(ctx.lang).to_string();
                    self.prompt = Some(Prompt::confirm(Ask::RemoveRound(r.id), title));
                    Step::Consumed
                }
                None => Step::Consumed,
            },
            None => Step::Ignored,
        }
    }

    fn render_list(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, session: &Session) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        if session.rounds.is_empty() {
            frame.render_widget(
                Paragraph::new(Span::styled(tx::NO_ROUNDS.get(lang), theme.dim)),
                area,
            );
        }
        let first = (self.selected + 1).saturating_sub(usize::from(area.height.max(1)));
        let lines: Vec<Line> = session
            .rounds
            .iter()
            .enumerate()
            .skip(first)
            .map(|(k, r)| {
                let style = if k == self.selected {
                    theme.selected
                } else {
                    theme.text
                };
                let counted = r.counted();
                Line::from(vec![
                    Span::styled(format!("{} {}", k + 1, r.name), style),
                    Span::raw("  "),
                    Span::styled(r.state.label().get(lang), state_style(r, theme)),
                    Span::styled(
                        format!(
                            "  {}",
                            tx::round_shape(r.targets.len(), r.items.len(), counted).get(lang)
                        ),
                        theme.dim,
                    ),
                    Span::styled(
                        if r.confidential {
                            tx::CONFIDENTIAL_MARK.get(lang)
                        } else {
                            ""
                        },
                        theme.warn,
                    ),
                ])
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
    }

    /// `测评轮次 › 网岭镇… › 第一计票组`.
    fn breadcrumb(&self, ctx: &Ctx, session: &Session) -> String {
        let lang = ctx.lang;
        let mut parts = vec![tx::ROUNDS_TITLE.get(lang).to_string()];
        if self.view != View::Rounds
            && let Some(r) = self.open_round(session)
        {
            parts.push(r.name.clone());
            let batch = |uid: &str| r.batch(uid).map(|b| b.label.clone()).unwrap_or_default();
            match &self.view {
                View::Grid(uid) => parts.push(format!(
                    "{} · {}",
                    batch(uid),
                    EntryMode::Grid.label().get(lang)
                )),
                View::Entry(uid) => parts.push(format!(
                    "{} · {}",
                    batch(uid),
                    EntryMode::Ballots.label().get(lang)
                )),
                View::Recheck => parts.push(tx::RECHECK_TITLE.get(lang).to_string()),
                View::Verify => parts.push(tx::VERIFY_TITLE.get(lang).to_string()),
                View::Round | View::Rounds => {}
            }
        }
        parts.join(" › ")
    }
}

pub fn state_style(r: &BallotRound, theme: &crate::tui::theme::Theme) -> ratatui::style::Style {
    match r.state {
        crate::model::RoundState::Counting => theme.warn,
        crate::model::RoundState::Verified | crate::model::RoundState::Published => theme.ok,
    }
}

impl Screen for BallotsScreen {
    fn on_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Outcome {
        let round = ctx.session().and_then(|s| self.open_round(s));
        let step = match (&self.view, round) {
            (View::Rounds, _) | (_, None) => self.list_key(key, ctx),
            (View::Round, Some(r)) => self.round_view.on_key(key, ctx, r),
            (View::Grid(_) | View::Recheck, Some(r)) => self.grid.on_key(key, ctx, r),
            (View::Entry(uid), Some(r)) => {
                let uid = uid.clone();
                self.entry.on_key(key, ctx, r, &uid)
            }
            (View::Verify, Some(r)) => self.verify.on_key(key, ctx, r),
        };
        match step {
            Step::Ignored => Outcome::Ignored,
            Step::Consumed => Outcome::Consumed,
            Step::Do(a) => Outcome::Do(a),
            Step::Go(v) => {
                self.go(v, ctx);
                Outcome::Consumed
            }
        }
    }

    fn on_paste(&mut self, text: &str, ctx: &Ctx) -> Outcome {
        if let Some(p) = &mut self.prompt {
            p.on_paste(text);
            return Outcome::Consumed;
        }
        let round = ctx.session().and_then(|s| self.open_round(s));
        match (&self.view, round) {
            (View::Round, Some(r)) => match self.round_view.on_paste(text, ctx, r) {
                Step::Do(a) => Outcome::Do(a),
                Step::Ignored => Outcome::Ignored,
                _ => Outcome::Consumed,
            },
            (View::Verify, Some(_)) => {
                self.verify.on_paste(text);
                Outcome::Consumed
            }
            _ => Outcome::Ignored,
        }
    }

    fn editing(&self) -> bool {
        match self.view {
            View::Rounds => self.prompt.is_some(),
            View::Round => self.round_view.editing(),
            View::Verify => self.verify.editing(),
            View::Grid(_) | View::Recheck | View::Entry(_) => true,
        }
    }

    fn hint(&self, lang: Lang) -> &'static str {
        let t = match &self.view {
            View::Rounds if self.prompt.is_some() => tx::HINT_PROMPT,
            View::Rounds => tx::HINT_ROUNDS,
            View::Round => self.round_view.hint(),
            View::Grid(_) | View::Recheck => tx::HINT_GRID,
            View::Entry(_) => tx::HINT_ENTRY,
            View::Verify => self.verify.hint(),
        };
        t.get(lang)
    }

    fn refresh(&mut self, ctx: &Ctx) {
        let Some(session) = ctx.session() else {
            self.view = View::Rounds;
            return;
        };
        self.selected = self.selected.min(session.rounds.len().saturating_sub(1));
        match self.open_round(session) {
            None => {
                self.view = View::Rounds;
                self.round = None;
            }
            Some(r) => {
                let gone = match &self.view {
                    View::Grid(uid) | View::Entry(uid) => r.batch(uid).is_none(),
                    _ => false,
                };
                if gone {
                    self.view = View::Round;
                }
                self.round_view.clamp(r);
            }
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let Some(session) = ctx.session() else {
            return;
        };
        if area.height == 0 || area.width == 0 {
            return;
        }
        let [top, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        frame.render_widget(
            Paragraph::new(Span::styled(self.breadcrumb(ctx, session), ctx.theme.title)),
            top,
        );
        let round = self.open_round(session);
        match (&self.view, round) {
            (View::Rounds, _) | (_, None) => {
                self.render_list(frame, body, ctx, session);
                if let Some(p) = &self.prompt {
                    p.render(frame, body, ctx.lang, ctx.theme);
                }
            }
            (View::Round, Some(r)) => self.round_view.render(frame, body, ctx, r, &self.cache),
            (View::Grid(_) | View::Recheck, Some(r)) => {
                self.grid.render(frame, body, ctx, r, &self.cache)
            }
            (View::Entry(uid), Some(r)) => self.entry.render(frame, body, ctx, r, uid, &self.cache),
            (View::Verify, Some(r)) => self.verify.render(frame, body, ctx, r),
        }
    }
}

impl BallotsScreen {
    /// Opens round `id` in the round view (after it was made, or from a test).
    pub fn show_round(&mut self, id: Id, ctx: &Ctx) {
        self.round = Some(id);
        if let Some(k) = ctx
            .session()
            .and_then(|s| s.rounds.iter().position(|r| r.id == id))
        {
            self.selected = k;
        }
        self.go(View::Round, ctx);
    }
}
