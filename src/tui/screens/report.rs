//! The work report screen (述职): a countdown the hall can read, start / pause / resume / end one
//! key each, the warning colour in the last minutes, the overrun counted up in red; the clerk's
//! notes typed below (Chinese input, several lines), each stamped with the time.

use super::form_screen::FormScreen;
use super::{Ctx, Outcome, Screen};
use crate::i18n::report as txt;
use crate::model::agenda::clock;
use crate::model::{Id, ReportInput, Session, TimerEventKind, TimerPhase, WorkReport};
use crate::tui::action::Action;
use crate::tui::keys::{self, report::ReportCmd};
use crate::tui::ops::LiveOp;
use crate::tui::widgets::big_timer;
use crate::tui::widgets::form::{Field, Form, form_area};
use crate::tui::widgets::list;
use crate::tui::widgets::wrap;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Editing {
    Add,
    Edit(Id),
    Note(Id),
}

#[derive(Debug, Default)]
pub struct ReportScreen {
    /// Which report (by position); the newest one added is shown first.
    pub at: usize,
    form: Option<(Editing, Form)>,
}

impl ReportScreen {
    fn report<'a>(&self, session: &'a Session) -> Option<&'a WorkReport> {
        session
            .reports
            .get(self.at.min(session.reports.len().saturating_sub(1)))
    }

    fn open_form(&mut self, editing: Editing, ctx: &Ctx) {
        let report = ctx.session().and_then(|s| self.report(s));
        let form = match editing {
            Editing::Note(_) => Form::new(txt::NOTE_TITLE, vec![Field::area(txt::NOTE, "")]),
            Editing::Add | Editing::Edit(_) => {
                let r = if matches!(editing, Editing::Edit(_)) {
                    report
                } else {
                    None
                };
                let get = |f: fn(&WorkReport) -> String| r.map(f).unwrap_or_default();
                let title = if r.is_some() {
                    txt::EDIT_TITLE
                } else {
                    txt::ADD_TITLE
                };
                Form::new(
                    title,
                    vec![
                        Field::line(txt::REPORTER, get(|r| r.reporter.clone())),
                        Field::line(txt::POSITION, get(|r| r.position.clone())),
                        Field::line(txt::TITLE, get(|r| r.title.clone())),
                        Field::line(txt::PLANNED_MINUTES, get(|r| r.planned_minutes.to_string())),
                        Field::line(txt::WARN_MINUTES, get(|r| r.warn_minutes.to_string())),
                    ],
                )
            }
        };
        self.form = Some((editing, form));
    }

    fn command(&mut self, cmd: ReportCmd, ctx: &Ctx) -> Outcome {
        let Some(session) = ctx.session() else {
            return Outcome::Ignored;
        };
        let n = session.reports.len();
        let report = self.report(session).map(|r| (r.id, r.phase()));
        let timer = |id, kind| Outcome::Do(Action::from(LiveOp::ReportTimer { id, kind }));
        match (cmd, report) {
            (ReportCmd::Previous, _) => {
                self.at = self.at.min(n.saturating_sub(1)).saturating_sub(1)
            }
            (ReportCmd::Next, _) => self.at = list::down(self.at, n),
            (ReportCmd::Add, _) => self.open_form(Editing::Add, ctx),
            (ReportCmd::Edit, Some((id, _))) => self.open_form(Editing::Edit(id), ctx),
            (ReportCmd::Note, Some((id, _))) => self.open_form(Editing::Note(id), ctx),
            (ReportCmd::Start, Some((id, _))) => return timer(id, TimerEventKind::Start),
            (ReportCmd::Pause, Some((id, _))) => return timer(id, TimerEventKind::Pause),
            (ReportCmd::Resume, Some((id, _))) => return timer(id, TimerEventKind::Resume),
            (ReportCmd::End, Some((id, _))) => return timer(id, TimerEventKind::End),
            (ReportCmd::Toggle, Some((id, phase))) => {
                let kind = match phase {
                    TimerPhase::NotStarted => TimerEventKind::Start,
                    TimerPhase::Running => TimerEventKind::Pause,
                    _ => TimerEventKind::Resume,
                };
                return timer(id, kind);
            }
            (_, None) => self.open_form(Editing::Add, ctx),
        }
        Outcome::Consumed
    }
}

impl FormScreen for ReportScreen {
    type Editing = Editing;

    fn form_slot(&self) -> &Option<(Editing, Form)> {
        &self.form
    }

    fn form_slot_mut(&mut self) -> &mut Option<(Editing, Form)> {
        &mut self.form
    }

    fn submit_form(&mut self, _ctx: &Ctx) -> Outcome {
        let Some((editing, form)) = &mut self.form else {
            return Outcome::Consumed;
        };
        let input = || ReportInput {
            reporter: form.value(txt::REPORTER),
            position: form.value(txt::POSITION),
            title: form.value(txt::TITLE),
            planned_minutes: form.value(txt::PLANNED_MINUTES),
            warn_minutes: form.value(txt::WARN_MINUTES),
        };
        let op = match *editing {
            Editing::Add => LiveOp::ReportAdd(input()),
            Editing::Edit(id) => LiveOp::ReportEdit {
                id,
                report: input(),
            },
            Editing::Note(id) => LiveOp::ReportNote {
                id,
                text: form.value(txt::NOTE),
            },
        };
        Outcome::Do(Action::from(op))
    }

    /// A new report is the last one: show it.
    fn form_done(&mut self, editing: Editing, ctx: &Ctx) {
        if editing == Editing::Add {
            self.at = ctx
                .session()
                .map_or(0, |s| s.reports.len().saturating_sub(1));
        }
    }
}

impl Screen for ReportScreen {
    super::form_screen::form_screen_methods!(keys::report::KEYS, ReportCmd, txt::HINT);

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let Some(session) = ctx.session() else {
            return;
        };
        if area.width == 0 || area.height == 0 {
            return;
        }
        let lang = ctx.lang;
        let theme = ctx.theme;
        match self.report(session) {
            None => frame.render_widget(
                wrap::paragraph(
                    Span::styled(txt::NONE_YET.get(lang), theme.dim),
                    area.width,
                    true,
                ),
                area,
            ),
            Some(r) => render_report(frame, area, r, session.reports.len(), self.at, ctx),
        }
        if let Some((editing, form)) = &self.form {
            let h = if matches!(editing, Editing::Note(_)) {
                form.height().max(8)
            } else {
                form.height()
            };
            form.render(frame, form_area(area, h), lang, theme);
        }
    }
}

fn render_report(frame: &mut Frame, area: Rect, r: &WorkReport, n: usize, at: usize, ctx: &Ctx) {
    let lang = ctx.lang;
    let theme = ctx.theme;
    let state = r.timer_state(ctx.now);
    let who = [r.reporter.as_str(), r.position.as_str(), r.title.as_str()]
        .iter()
        .filter(|x| !x.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ");
    let who = if n > 1 {
        format!("{who}  ({}/{n})", at.min(n - 1) + 1)
    } else {
        who
    };
    let notes_h = if area.height >= 16 {
        area.height / 3
    } else {
        0
    };
    let [head, timer, status, notes] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(u16::from(area.height >= 4)),
        Constraint::Length(notes_h),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(Span::styled(who, theme.title)), head);
    let (text, style) = if state.overrun > 0 {
        (format!("+{}", clock(state.overrun)), theme.error)
    } else if state.warning {
        (clock(state.remaining), theme.warn)
    } else if state.phase == TimerPhase::Paused || state.phase == TimerPhase::Ended {
        (clock(state.remaining), theme.dim)
    } else {
        (clock(state.remaining), theme.text)
    };
    big_timer::render(frame, timer, &text, style);
    let line = txt::status_line(
        r.planned_minutes,
        &clock(state.elapsed),
        state.phase.label(),
        lang,
    );
    frame.render_widget(Paragraph::new(Line::styled(line, theme.dim)), status);
    if notes.height > 0 {
        let lines: Vec<Line> = r
            .notes
            .iter()
            .flat_map(|n| {
                let mut first = true;
                n.text
                    .lines()
                    .map(|l| {
                        let stamp = if first {
                            n.at.format("%H:%M ").to_string()
                        } else {
                            "      ".to_string()
                        };
                        first = false;
                        Line::from(vec![
                            Span::styled(stamp, theme.dim),
                            Span::raw(l.to_string()),
                        ])
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        let inner_h = usize::from(notes.height.saturating_sub(1));
        let skip = lines.len().saturating_sub(inner_h);
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(theme.border)
            .title(Span::styled(txt::NOTES.get(lang), theme.dim));
        frame.render_widget(
            Paragraph::new(lines.into_iter().skip(skip).collect::<Vec<_>>()).block(block),
            notes,
        );
    }
}
