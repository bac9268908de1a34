//! Review's timeline: the meeting as it happened, oldest first (agenda, reports, rounds,
//! suggestions), one line each with its time and kind.

use super::list_view::ListView;
use super::{Ctx, Outcome, Screen};
use crate::export::timeline::{TimelineEvent, TimelineKind, events};
use crate::i18n::{Lang, review};
use crate::tui::keys::{self, review::LIST_KEYS};
use crate::tui::widgets::wrap;
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};

#[derive(Debug, Default)]
pub struct TimelineScreen {
    view: ListView,
    /// Built when the screen comes to the front, in the language then shown.
    events: Vec<TimelineEvent>,
    lang: Option<Lang>,
}

impl TimelineScreen {
    fn rebuild(&mut self, ctx: &Ctx) {
        self.events = ctx
            .session()
            .map(|s| events(s, ctx.lang))
            .unwrap_or_default();
        self.lang = Some(ctx.lang);
        self.view.clamp(self.events.len());
    }

    /// The events as drawn: rebuilt on the fly when the language was switched since `refresh`.
    fn current(&self, ctx: &Ctx) -> std::borrow::Cow<'_, [TimelineEvent]> {
        if self.lang == Some(ctx.lang) {
            std::borrow::Cow::Borrowed(&self.events)
        } else {
            std::borrow::Cow::Owned(
                ctx.session()
                    .map(|s| events(s, ctx.lang))
                    .unwrap_or_default(),
            )
        }
    }
}

fn kind_style(kind: TimelineKind, ctx: &Ctx) -> Style {
    match kind {
        TimelineKind::Agenda => ctx.theme.key,
        TimelineKind::Report => ctx.theme.ok,
        TimelineKind::Round => ctx.theme.warn,
        TimelineKind::Suggestion => ctx.theme.text,
    }
}

impl Screen for TimelineScreen {
    fn on_key(&mut self, key: KeyEvent, _ctx: &Ctx) -> Outcome {
        match keys::lookup(LIST_KEYS, &key) {
            Some(cmd) => {
                self.view.apply(cmd, self.events.len());
                Outcome::Consumed
            }
            None => Outcome::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let lang = ctx.lang;
        let list = self.current(ctx);
        let [top, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(review::SCREEN_TIMELINE.get(lang), ctx.theme.title),
                Span::styled(
                    format!("  {}", review::entries_count(lang, list.len(), list.len())),
                    ctx.theme.dim,
                ),
            ])),
            top,
        );
        if list.is_empty() {
            frame.render_widget(
                wrap::paragraph(review::TIMELINE_EMPTY.get(lang), body.width, true),
                body,
            );
            return;
        }
        // Only the rows in view are built (ratatui would lay out every one of them).
        let in_view = super::list_view::window(self.view.selected, list.len(), body.height.into());
        let selected = self.view.selected.saturating_sub(in_view.start);
        let rows = list[in_view].iter().map(|e| {
            Row::new(vec![
                Cell::from(Span::styled(
                    e.at.format("%H:%M").to_string(),
                    ctx.theme.dim,
                )),
                Cell::from(Span::styled(e.kind.label(lang), kind_style(e.kind, ctx))),
                Cell::from(e.text.clone()),
            ])
        });
        let kind_width = if lang == Lang::Zh { 4 } else { 10 };
        let table = Table::new(
            rows,
            [
                Constraint::Length(5),
                Constraint::Length(kind_width),
                Constraint::Fill(1),
            ],
        )
        .row_highlight_style(ctx.theme.selected)
        .column_spacing(1);
        let mut state = TableState::default().with_selected(Some(selected));
        frame.render_stateful_widget(table, body, &mut state);
    }

    fn hint(&self, lang: Lang) -> String {
        review::HINT_TIMELINE.get(lang).into()
    }

    fn refresh(&mut self, ctx: &Ctx) {
        self.rebuild(ctx);
    }
}
