//! The list of ballot rounds (the first view of F6): open one, start one from a template form or
//! an empty form, remove one.

use super::{Step, state_style};
use crate::i18n::{Lang, tally};
use crate::model::{BallotRound, Id, Session, Template};
use crate::tui::action::Action;
use crate::tui::keys::{self, ballots::RoundsCmd};
use crate::tui::ops::BallotOp;
use crate::tui::screens::Ctx;
use crate::tui::widgets::form::{Form, FormEvent};
use crate::tui::widgets::list;
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Questions the round list asks.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ask {
    NewRound,
    RemoveRound(Id),
}

#[derive(Default)]
pub struct RoundsView {
    /// The selected line of the list.
    pub selected: usize,
    prompt: Option<(Ask, Form)>,
}

impl RoundsView {
    pub fn editing(&self) -> bool {
        self.prompt.is_some()
    }

    pub fn on_paste(&mut self, text: &str) -> bool {
        match &mut self.prompt {
            Some((_, form)) => {
                form.on_paste(text);
                true
            }
            None => false,
        }
    }

    /// Whether `key` changes the record (a new round, removing one).
    pub fn changes_record(&self, key: &KeyEvent) -> bool {
        !self.editing()
            && keys::lookup(keys::ballots::ROUNDS, key).is_some_and(RoundsCmd::changes_record)
    }

    /// Selects round `id` (one just made).
    pub fn select(&mut self, id: Id, session: &Session) {
        if let Some(k) = session.rounds.iter().position(|r| r.id == id) {
            self.selected = k;
        }
    }

    /// The round on the selected line.
    pub fn chosen<'s>(&self, session: &'s Session) -> Option<&'s BallotRound> {
        session.rounds.get(self.selected)
    }

    pub fn on_key(&mut self, key: KeyEvent, ctx: &Ctx, session: &Session) -> Step {
        if self.prompt.is_some() {
            return self.prompt_key(key, ctx, session);
        }
        match keys::lookup(keys::ballots::ROUNDS, &key) {
            Some(RoundsCmd::Up) => {
                self.selected = list::up(self.selected);
                Step::Consumed
            }
            Some(RoundsCmd::Down) => {
                self.selected = list::down(self.selected, session.rounds.len());
                Step::Consumed
            }
            Some(RoundsCmd::Open) => match self.chosen(session) {
                Some(r) => Step::Open(r.id),
                None => Step::Consumed,
            },
            Some(RoundsCmd::New) => self.ask_form(ctx.lang, session),
            Some(RoundsCmd::Remove) => match self.chosen(session) {
                Some(r) => {
                    let title = tally::confirm_remove_round(&r.name);
                    self.prompt = Some((Ask::RemoveRound(r.id), Form::confirm(title)));
                    Step::Consumed
                }
                None => Step::Consumed,
            },
            None => Step::Ignored,
        }
    }

    /// Which form a new round takes: the template's forms, then an empty one.
    fn ask_form(&mut self, lang: Lang, session: &Session) -> Step {
        let mut options: Vec<String> = Template::default_for(session.lang)
            .forms
            .iter()
            .map(|f| f.name.clone())
            .collect();
        options.push(tally::EMPTY_FORM.get(lang).to_string());
        self.prompt = Some((Ask::NewRound, Form::choice(tally::CHOOSE_FORM, options)));
        Step::Consumed
    }

    fn prompt_key(&mut self, key: KeyEvent, ctx: &Ctx, session: &Session) -> Step {
        let Some((ask, form)) = &mut self.prompt else {
            return Step::Ignored;
        };
        let step = match (form.on_key(key), ask) {
            (FormEvent::Editing, _) => return Step::Consumed,
            (FormEvent::Submit, Ask::NewRound) => {
                let k = form.picked();
                let forms = Template::default_for(session.lang).forms;
                let form = (k < forms.len()).then_some(k);
                let name = if form.is_some() {
                    String::new()
                } else {
                    tally::NEW_FORM_NAME.get(ctx.lang).to_string()
                };
                Step::Do(Action::from(BallotOp::AddRound { form, name }))
            }
            (FormEvent::Submit, Ask::RemoveRound(round)) => {
                Step::Do(Action::from(BallotOp::RemoveRound { round: *round }))
            }
            _ => Step::Consumed,
        };
        self.prompt = None;
        step
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, session: &Session) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        if session.rounds.is_empty() {
            frame.render_widget(
                Paragraph::new(Span::styled(tally::NO_ROUNDS.get(lang), theme.dim)),
                area,
            );
        }
        let first = list::first_shown(self.selected, usize::from(area.height));
        let lines: Vec<Line> = session
            .rounds
            .iter()
            .enumerate()
            .skip(first)
            .map(|(k, r)| round_line(k, r, k == self.selected, ctx))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        if let Some((_, form)) = &self.prompt {
            form.render(frame, area, lang, theme);
        }
    }
}

/// One round: number, name, state, its shape (targets × items · ballots), confidentiality.
fn round_line(k: usize, r: &BallotRound, selected: bool, ctx: &Ctx) -> Line<'static> {
    let (lang, theme) = (ctx.lang, ctx.theme);
    let style = if selected { theme.selected } else { theme.text };
    let shape = tally::round_shape(r.targets.len(), r.items.len(), r.counted());
    let confidential = if r.confidential {
        tally::CONFIDENTIAL_MARK.get(lang)
    } else {
        ""
    };
    Line::from(vec![
        Span::styled(format!("{} {}", k + 1, r.name), style),
        Span::raw("  "),
        Span::styled(r.state.label().get(lang), state_style(r, theme)),
        Span::styled(format!("  {}", shape.get(lang)), theme.dim),
        Span::styled(confidential, theme.warn),
    ])
}
