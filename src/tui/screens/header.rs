//! The header screen: the meeting's 关于/主题/时间/地点/主持/记录人/监票人/计票人/参加人, as the
//! seed's template has them, with a live preview of the record's heading.

use super::{Ctx, Outcome, Screen};
use crate::i18n::{Lang, Message, tui};
use crate::model::{Header, HeaderField, Session};
use crate::tui::action::{Action, Reply};
use crate::tui::keys::{self, header::HeaderCmd};
use crate::tui::ops::Change;
use crate::tui::widgets::list;
use crate::tui::widgets::wrap;
use crate::tui::widgets::{InputOutcome, TextInput};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Default)]
pub struct HeaderScreen {
    pub selected: usize,
    pub editing: Option<TextInput>,
    pub error: Option<Message>,
    /// Where to move once the app says the value sent was taken.
    pending: Option<isize>,
}

impl HeaderScreen {
    fn field(&self) -> HeaderField {
        HeaderField::ALL[self.selected.min(HeaderField::ALL.len() - 1)]
    }

    fn start_editing(&mut self, session: &Session) {
        self.editing = Some(TextInput::new(session.header.get(self.field())));
        self.error = None;
    }

    /// Asks to record the typed value; where to go next (by `step`, continuing to edit when
    /// there is a next field) waits for the app's reply, since the model may refuse the value.
    fn keep(&mut self, ctx: &Ctx, step: isize) -> Outcome {
        let (Some(input), Some(session)) = (&self.editing, ctx.session()) else {
            return Outcome::Consumed;
        };
        let field = self.field();
        let value = input.text().to_string();
        if value == session.header.get(field) {
            self.step(step, session);
            return Outcome::Consumed;
        }
        self.pending = Some(step);
        Outcome::Do(Action::Change(Change::SetHeader { field, value }))
    }

    /// Moves by `step` after a kept value, editing the next field if there is one.
    fn step(&mut self, step: isize, session: &Session) {
        let last = HeaderField::ALL.len() - 1;
        let next = self.selected as isize + step;
        if (0..=last as isize).contains(&next) && step != 0 {
            self.selected = next as usize;
            self.editing = Some(TextInput::new(session.header.get(self.field())));
        } else {
            self.editing = None;
        }
        self.error = None;
    }
}

impl Screen for HeaderScreen {
    fn on_reply(&mut self, reply: &Reply, ctx: &Ctx) -> bool {
        let (Some(step), Some(session)) = (self.pending.take(), ctx.session()) else {
            return false;
        };
        match reply {
            Reply::Applied(_) => self.step(step, session),
            Reply::Refused(m) => self.error = Some(m.clone()),
            Reply::Roster(_) | Reply::Crops(_) => return false,
        }
        true
    }

    fn changes_record(&self, key: &KeyEvent, _ctx: &Ctx) -> bool {
        self.editing.is_none()
            && keys::lookup(keys::header::KEYS, key).is_some_and(HeaderCmd::changes_record)
    }

    fn on_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Outcome {
        if let Some(input) = &mut self.editing {
            return match key.code {
                KeyCode::Tab | KeyCode::Down => self.keep(ctx, 1),
                KeyCode::BackTab | KeyCode::Up => self.keep(ctx, -1),
                _ => match input.handle_key(key) {
                    InputOutcome::Submit => self.keep(ctx, 1),
                    InputOutcome::Cancel => {
                        self.editing = None;
                        self.error = None;
                        Outcome::Consumed
                    }
                    InputOutcome::Changed => {
                        self.error = None;
                        Outcome::Consumed
                    }
                    InputOutcome::Moved => Outcome::Consumed,
                    InputOutcome::Ignored => Outcome::Ignored,
                },
            };
        }
        match keys::lookup(keys::header::KEYS, &key) {
            Some(HeaderCmd::Up) => {
                self.selected = list::up(self.selected);
                Outcome::Consumed
            }
            Some(HeaderCmd::Down) => {
                self.selected = list::down(self.selected, HeaderField::ALL.len());
                Outcome::Consumed
            }
            Some(HeaderCmd::Edit) => {
                if let Some(session) = ctx.session() {
                    self.start_editing(session);
                }
                Outcome::Consumed
            }
            None => Outcome::Ignored,
        }
    }

    fn on_paste(&mut self, text: &str, _ctx: &Ctx) -> Outcome {
        match &mut self.editing {
            Some(input) => {
                input.insert_str(text);
                Outcome::Consumed
            }
            None => Outcome::Ignored,
        }
    }

    fn editing(&self) -> bool {
        self.editing.is_some()
    }

    fn hint(&self, lang: Lang) -> String {
        if self.editing.is_some() {
            tui::HINT_EDITING.get(lang).into()
        } else {
            tui::HINT_HEADER.get(lang).into()
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let Some(session) = ctx.session() else {
            return;
        };
        let lang = ctx.lang;
        let wide = area.width >= 72;
        let tall = area.height as usize >= HeaderField::ALL.len() + 10;
        let (form_area, preview_area) = if wide {
            let [a, b] =
                Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
                    .areas(area);
            (a, Some(b))
        } else if tall {
            let [a, b] = Layout::vertical([
                Constraint::Length(HeaderField::ALL.len() as u16 + 2),
                Constraint::Min(0),
            ])
            .areas(area);
            (a, Some(b))
        } else {
            (area, None)
        };
        self.render_form(frame, form_area, ctx, session);
        if let Some(p) = preview_area {
            render_preview(frame, p, ctx, &session.header, lang);
        }
    }
}

impl HeaderScreen {
    fn render_form(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, session: &Session) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        let label_w = HeaderField::ALL
            .iter()
            .map(|f| f.label(lang).width())
            .max()
            .unwrap_or(0)
            .min((area.width / 3) as usize) as u16;
        let rows = HeaderField::ALL.len() + usize::from(self.error.is_some());
        // Keep the selected field in view on a short screen.
        let height = area.height as usize;
        let first = list::first_shown(self.selected, height);
        for (i, field) in HeaderField::ALL.iter().enumerate().skip(first) {
            let y = area.y + (i - first) as u16;
            if y >= area.bottom() {
                break;
            }
            let [label_area, _, value_area] = Layout::horizontal([
                Constraint::Length(label_w),
                Constraint::Length(1),
                Constraint::Min(0),
            ])
            .areas(Rect::new(area.x, y, area.width, 1));
            let selected = i == self.selected;
            let label_style = if selected { theme.title } else { theme.dim };
            frame.render_widget(
                Paragraph::new(Span::styled(field.label(lang), label_style)),
                label_area,
            );
            match (&self.editing, selected) {
                (Some(input), true) => input.render(frame, value_area, theme.editing, true),
                _ => {
                    let value = session.header.get(*field);
                    let style = if selected { theme.selected } else { theme.text };
                    let shown = if value.is_empty() && selected {
                        " ".to_string()
                    } else {
                        value
                    };
                    let mut spans = vec![Span::styled(shown, style)];
                    if *field == HeaderField::Date && session.header.date_is_default {
                        spans.push(Span::styled(tui::HEADER_DATE_DEFAULT.get(lang), theme.dim));
                    }
                    frame.render_widget(Paragraph::new(Line::from(spans)), value_area);
                }
            }
        }
        if let Some(err) = &self.error {
            let y = area.y + (HeaderField::ALL.len() - first) as u16;
            if y < area.bottom() && rows > 0 {
                frame.render_widget(
                    wrap::paragraph(
                        Span::styled(err.get(lang).to_string(), theme.error),
                        area.width,
                        true,
                    ),
                    Rect::new(area.x, y, area.width, area.bottom() - y),
                );
            }
        }
    }
}

/// The record's heading as `pingyi report` will print it, so the moderator sees the weekday and
/// the layout while typing.
fn render_preview(frame: &mut Frame, area: Rect, ctx: &Ctx, h: &Header, lang: Lang) {
    let theme = ctx.theme;
    let blank = "______";
    let or_blank = |s: &str| {
        if s.trim().is_empty() {
            blank.to_string()
        } else {
            s.to_string()
        }
    };
    let when = match (h.date_line(lang), h.start_time) {
        (Some(d), Some(t)) => format!("{d} {}", t.format("%H:%M")),
        (Some(d), None) => d,
        (None, _) => blank.to_string(),
    };
    let heading = h.record_heading(lang);
    let line = |label: &str, value: String| {
        Line::from(vec![
            Span::styled(format!("{label}: "), theme.dim),
            Span::raw(value),
        ])
    };
    let lines = vec![
        Line::styled(heading, theme.title),
        Line::default(),
        line(HeaderField::Subject.label(lang), or_blank(&h.subject)),
        line(crate::i18n::common::TIME.get(lang), when),
        line(HeaderField::Place.label(lang), or_blank(&h.place)),
        line(HeaderField::Chair.label(lang), or_blank(&h.chair)),
        line(
            HeaderField::MinuteTaker.label(lang),
            or_blank(&h.minute_taker),
        ),
        line(
            HeaderField::Scrutineers.label(lang),
            or_blank(&h.scrutineers.join("、")),
        ),
        line(
            HeaderField::Counters.label(lang),
            or_blank(&h.counters.join("、")),
        ),
        line(
            HeaderField::Participants.label(lang),
            or_blank(&h.participants),
        ),
    ];
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(tui::HEADER_PREVIEW.get(lang), theme.dim));
    let inner = block.inner(area);
    frame.render_widget(
        wrap::paragraph(lines, inner.width, false).block(block),
        area,
    );
}
