//! The ballot counting screen (F6): the list of rounds, and for the open round its form and
//! batches, the tally grid, ballot-by-ballot entry and verification, each a view of this screen
//! in its own file. Esc goes back one view.

pub mod entry;
pub mod grid;
pub mod results;
pub mod review;
pub mod round;
mod round_ask;
mod round_draw;
mod round_scan;
pub mod rounds;
pub mod rules;
pub mod tally_cache;
pub mod verify;

use crate::i18n::{Lang, tally};
use crate::model::{Accounting, BallotRound, EntryMode, Id, Session};
use crate::tui::action::{Action, Reply};
use crate::tui::ops::Made;
use crate::tui::screens::{Ctx, Outcome, Screen};
use crate::tui::theme::Theme;
use crossterm::event::KeyEvent;
use entry::EntryView;
use grid::GridView;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::Paragraph;
use review::ReviewView;
use round::RoundView;
use rounds::RoundsView;
use tally_cache::TallyCache;
use verify::VerifyView;

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
    /// Review of the scanned ballots waiting for a person.
    Review,
}

/// What a view made of a key.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Ignored,
    Consumed,
    Do(Action),
    /// Another view of the open round.
    Go(View),
    /// Round `id` in the round view (from the list).
    Open(Id),
}

#[derive(Default)]
pub struct BallotsScreen {
    pub view: View,
    pub rounds: RoundsView,
    /// The round open in the other views.
    pub round: Option<Id>,
    pub round_view: RoundView,
    pub grid: GridView,
    pub entry: EntryView,
    pub verify: VerifyView,
    pub review: ReviewView,
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

    /// Opens round `id` in the round view, selected in the list too.
    pub fn show_round(&mut self, id: Id, ctx: &Ctx) {
        self.round = Some(id);
        if let Some(k) = ctx
            .session()
            .and_then(|s| s.rounds.iter().position(|r| r.id == id))
        {
            self.rounds.selected = k;
        }
        self.go(View::Round, ctx);
    }

    fn step(&mut self, step: Step, ctx: &Ctx) -> Outcome {
        match step {
            Step::Ignored => Outcome::Ignored,
            Step::Consumed => Outcome::Consumed,
            Step::Do(a) => Outcome::Do(a),
            Step::Go(v) => {
                self.go(v, ctx);
                Outcome::Consumed
            }
            Step::Open(id) => {
                self.show_round(id, ctx);
                Outcome::Consumed
            }
        }
    }

    /// `测评轮次 › 网岭镇… › 第一计票组 · 合计录入`: where in the screen the user is.
    fn breadcrumb(&self, lang: Lang, session: &Session) -> String {
        let mut parts = vec![tally::ROUNDS_TITLE.get(lang).to_string()];
        let Some(r) = self
            .open_round(session)
            .filter(|_| self.view != View::Rounds)
        else {
            return parts.join(" › ");
        };
        parts.push(r.name.clone());
        let batch = |uid: &str, mode: EntryMode| {
            let label = r.batch(uid).map(|b| b.label.clone()).unwrap_or_default();
            format!("{label} · {}", mode.label().get(lang))
        };
        match &self.view {
            View::Grid(uid) => parts.push(batch(uid, EntryMode::Grid)),
            View::Entry(uid) => parts.push(batch(uid, EntryMode::Ballots)),
            View::Recheck => parts.push(tally::RECHECK_TITLE.get(lang).to_string()),
            View::Verify => parts.push(tally::VERIFY_TITLE.get(lang).to_string()),
            View::Review => parts.push(crate::i18n::scan::REVIEW_TITLE.get(lang).to_string()),
            View::Round | View::Rounds => {}
        }
        parts.join(" › ")
    }

    /// A ballot taken back with Ctrl+Z while its batch is being entered comes back into the
    /// entry row for correcting, rather than being gone.
    fn taken_back(&mut self, round: Id, uid: &str, no: u32, marks: Option<&str>) {
        if self.round == Some(round) && matches!(&self.view, View::Entry(u) if u == uid) {
            self.entry.offer(no, marks);
        }
    }
}

/// How a round's state is coloured: counting warns, verified and published are done.
pub fn state_style(r: &BallotRound, theme: &Theme) -> Style {
    match r.state {
        crate::model::RoundState::Counting => theme.warn,
        crate::model::RoundState::Verified | crate::model::RoundState::Published => theme.ok,
    }
}

/// Expected, present, issued, returned, void, valid and the response rate, on one line.
pub fn accounting_text(a: &Accounting, lang: Lang) -> String {
    let figures = crate::i18n::ballots::Figures {
        expected: a.expected,
        present: a.present,
        issued: a.issued,
        returned: a.returned,
        void: a.void,
        valid: a.valid,
    };
    crate::i18n::ballots::accounting_line(lang, figures, &a.response_rate().to_string())
}

impl Screen for BallotsScreen {
    fn on_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Outcome {
        let Some(session) = ctx.session() else {
            return Outcome::Ignored;
        };
        let step = match (&self.view, self.open_round(session)) {
            (View::Rounds, _) | (_, None) => self.rounds.on_key(key, ctx, session),
            (View::Round, Some(r)) => self.round_view.on_key(key, ctx, r),
            (View::Grid(_) | View::Recheck, Some(r)) => self.grid.on_key(key, r),
            (View::Entry(uid), Some(r)) => {
                let uid = uid.clone();
                self.entry.on_key(key, r, &uid)
            }
            (View::Verify, Some(r)) => self.verify.on_key(key, r),
            (View::Review, Some(r)) => self.review.on_key(key, r),
        };
        self.step(step, ctx)
    }

    fn changes_record(&self, key: &KeyEvent, ctx: &Ctx) -> bool {
        let Some(session) = ctx.session() else {
            return false;
        };
        match (&self.view, self.open_round(session)) {
            (View::Rounds, _) | (_, None) => self.rounds.changes_record(key),
            (View::Round, Some(r)) => self.round_view.changes_record(key, r),
            (View::Grid(_) | View::Recheck, Some(_)) => self.grid.changes_record(key),
            (View::Entry(_), Some(_)) => self.entry.changes_record(key),
            (View::Verify, Some(_)) => self.verify.changes_record(key),
            (View::Review, Some(_)) => self.review.changes_record(key),
        }
    }

    /// Selects what a change made: a new round in the list, a new batch in the round view; a
    /// ballot taken back with Ctrl+Z goes back into the entry row for correcting.
    fn on_reply(&mut self, reply: &Reply, ctx: &Ctx) -> bool {
        if let Reply::Crops(pictures) = reply {
            self.review.open(pictures.clone());
            self.go(View::Review, ctx);
            return true;
        }
        // Decided, taken back or refused (the reason goes to the status line): the ballot in
        // front starts again with nothing typed.
        if self.view == View::Review && matches!(reply, Reply::Applied(_) | Reply::Refused(_)) {
            self.review.decided();
        }
        let (Reply::Applied(Some(made)), Some(session)) = (reply, ctx.session()) else {
            return false;
        };
        match made {
            Made::Round(id) => self.rounds.select(*id, session),
            Made::Batch { round, uid } => {
                if let Some(r) = session.round(*round) {
                    self.round_view.select_batch(uid, r);
                }
            }
            Made::TakenBack {
                round,
                uid,
                no,
                marks,
            } => self.taken_back(*round, uid, *no, marks.as_deref()),
            Made::Merged(_) => {}
        }
        false
    }

    fn on_paste(&mut self, text: &str, ctx: &Ctx) -> Outcome {
        if self.view == View::Rounds && self.rounds.on_paste(text) {
            return Outcome::Consumed;
        }
        let round = ctx.session().and_then(|s| self.open_round(s));
        match (&self.view, round) {
            (View::Round, Some(r)) => {
                let step = self.round_view.on_paste(text, ctx, r);
                self.step(step, ctx)
            }
            (View::Verify, Some(_)) => {
                self.verify.on_paste(text);
                Outcome::Consumed
            }
            _ => Outcome::Ignored,
        }
    }

    fn editing(&self) -> bool {
        match self.view {
            View::Rounds => self.rounds.editing(),
            View::Round => self.round_view.editing(),
            View::Verify => self.verify.editing(),
            View::Grid(_) | View::Recheck | View::Entry(_) | View::Review => true,
        }
    }

    fn hint(&self, lang: Lang) -> String {
        let t = match &self.view {
            View::Rounds if self.rounds.editing() => tally::HINT_PROMPT,
            View::Rounds => tally::HINT_ROUNDS,
            View::Round => self.round_view.hint(),
            View::Grid(_) | View::Recheck => tally::HINT_GRID,
            View::Entry(_) => tally::HINT_ENTRY,
            View::Verify => self.verify.hint(),
            View::Review => crate::i18n::scan::HINT_REVIEW,
        };
        t.get(lang).into()
    }

    fn refresh(&mut self, ctx: &Ctx) {
        let Some(session) = ctx.session() else {
            self.view = View::Rounds;
            return;
        };
        self.rounds.selected = self
            .rounds
            .selected
            .min(session.rounds.len().saturating_sub(1));
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
        let crumbs = self.breadcrumb(ctx.lang, session);
        frame.render_widget(Paragraph::new(Span::styled(crumbs, ctx.theme.title)), top);
        let cache = &self.cache;
        match (&self.view, self.open_round(session)) {
            (View::Rounds, _) | (_, None) => self.rounds.render(frame, body, ctx, session),
            (View::Round, Some(r)) => self.round_view.render(frame, body, ctx, r, cache),
            (View::Grid(_) | View::Recheck, Some(r)) => {
                self.grid.render(frame, body, ctx, r, cache)
            }
            (View::Entry(uid), Some(r)) => self.entry.render(frame, body, ctx, r, uid, cache),
            (View::Verify, Some(r)) => self.verify.render(frame, body, ctx, r),
            (View::Review, Some(r)) => self.review.render(frame, body, ctx, r),
        }
    }
}
