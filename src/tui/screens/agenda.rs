//! The agenda screen (会议议程): planned against actual minutes, the overrun, the meeting's total,
//! one key to step forward or back, and one key to open an item's own screen.

use super::form_screen::FormScreen;
use super::{Ctx, Outcome, Screen, ScreenId};
use crate::i18n::{Lang, agenda as txt};
use crate::model::agenda::clock;
use crate::model::{AgendaItem, AgendaKind, Id, Session};
use crate::tui::action::Action;
use crate::tui::keys::{self, agenda::AgendaCmd};
use crate::tui::ops::LiveOp;
use crate::tui::widgets::columns;
use crate::tui::widgets::form::{Field, Form, form_area};
use crate::tui::widgets::list;
use crate::tui::widgets::wrap;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row, Table};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Editing {
    Add,
    Edit(Id),
}

#[derive(Debug, Default)]
pub struct AgendaScreen {
    /// The row picked with ↑/↓; `None` follows the item under way.
    pub picked: Option<usize>,
    form: Option<(Editing, Form)>,
}

/// The screen an item of this kind opens with one key.
pub fn screen_of(kind: AgendaKind) -> Option<ScreenId> {
    match kind {
        AgendaKind::Attendance => Some(ScreenId::Attendance),
        AgendaKind::WorkReport => Some(ScreenId::Report),
        AgendaKind::Suggestions => Some(ScreenId::Suggestions),
        _ => None,
    }
}

fn kind_options(lang: Lang) -> Vec<String> {
    AgendaKind::ALL
        .iter()
        .map(|k| k.label().get(lang).to_string())
        .collect()
}

impl AgendaScreen {
    /// The selected row: the one picked, else the item under way, else the first.
    pub fn selected(&self, session: &Session) -> usize {
        let n = session.agenda.items.len();
        let follow = session
            .agenda
            .current
            .and_then(|c| session.agenda.position(c))
            .unwrap_or(0);
        self.picked.unwrap_or(follow).min(n.saturating_sub(1))
    }

    fn item<'a>(&self, session: &'a Session) -> Option<&'a AgendaItem> {
        session.agenda.items.get(self.selected(session))
    }

    fn open_form(&mut self, editing: Editing, ctx: &Ctx) {
        let lang = ctx.lang;
        let (title, item) = match editing {
            Editing::Add => (txt::ADD_TITLE, None),
            Editing::Edit(_) => (txt::EDIT_TITLE, ctx.session().and_then(|s| self.item(s))),
        };
        let kind = item.map_or(AgendaKind::Other, |i| i.kind);
        let kind_at = AgendaKind::ALL.iter().position(|k| *k == kind).unwrap_or(8);
        let fields = vec![
            Field::line(
                txt::TITLE,
                item.map(|i| i.title.clone()).unwrap_or_default(),
            ),
            Field::line(
                txt::PLANNED_MINUTES,
                item.map(|i| i.planned_minutes.to_string())
                    .unwrap_or_default(),
            ),
            Field::choice(txt::KIND, kind_options(lang), kind_at),
        ];
        self.form = Some((editing, Form::new(title, fields)));
    }

    fn command(&mut self, cmd: AgendaCmd, ctx: &Ctx) -> Outcome {
        let Some(session) = ctx.session() else {
            return Outcome::Ignored;
        };
        let n = session.agenda.items.len();
        let at = self.selected(session);
        let selected = self.item(session).map(|i| (i.id, i.skipped, i.kind));
        let live = |op| Outcome::Do(Action::from(op));
        match (cmd, selected) {
            (AgendaCmd::Up, _) => {
                self.picked = Some(at.saturating_sub(1));
                Outcome::Consumed
            }
            (AgendaCmd::Down, _) => {
                self.picked = Some(list::down(at, n));
                Outcome::Consumed
            }
            (AgendaCmd::Next, _) => {
                self.picked = None;
                live(LiveOp::AgendaNext)
            }
            (AgendaCmd::Previous, _) => {
                self.picked = None;
                live(LiveOp::AgendaPrevious)
            }
            (AgendaCmd::Finish, _) => live(LiveOp::AgendaFinish),
            (AgendaCmd::Add, _) => {
                self.open_form(Editing::Add, ctx);
                Outcome::Consumed
            }
            (AgendaCmd::Start, Some((id, ..))) => {
                self.picked = None;
                live(LiveOp::AgendaGoTo(id))
            }
            (AgendaCmd::Skip, Some((id, skipped, _))) => {
                live(LiveOp::AgendaSkip { id, skip: !skipped })
            }
            (AgendaCmd::Open, Some((.., kind))) => match screen_of(kind) {
                Some(screen) => Outcome::Do(Action::Goto(screen)),
                None => Outcome::Do(Action::Flash(txt::NO_SCREEN.into())),
            },
            (AgendaCmd::Edit, Some((id, ..))) => {
                self.open_form(Editing::Edit(id), ctx);
                Outcome::Consumed
            }
            (AgendaCmd::Remove, Some((id, ..))) => live(LiveOp::AgendaRemove(id)),
            (AgendaCmd::MoveUp, Some((id, ..))) if at > 0 => {
                self.picked = Some(at - 1);
                live(LiveOp::AgendaMove { id, to: at - 1 })
            }
            (AgendaCmd::MoveDown, Some((id, ..))) if at + 1 < n => {
                self.picked = Some(at + 1);
                live(LiveOp::AgendaMove { id, to: at + 1 })
            }
            _ => Outcome::Consumed,
        }
    }
}

impl FormScreen for AgendaScreen {
    type Editing = Editing;

    fn form_slot(&self) -> &Option<(Editing, Form)> {
        &self.form
    }

    fn form_slot_mut(&mut self) -> &mut Option<(Editing, Form)> {
        &mut self.form
    }

    fn submit_form(&mut self, ctx: &Ctx) -> Outcome {
        let at = ctx.session().map_or(0, |s| self.selected(s));
        let Some((editing, form)) = &mut self.form else {
            return Outcome::Consumed;
        };
        let title = form.value(txt::TITLE);
        let minutes = form.value(txt::PLANNED_MINUTES);
        let kind = AgendaKind::ALL
            .get(form.chosen(txt::KIND))
            .copied()
            .unwrap_or_default();
        let op = match *editing {
            Editing::Add => LiveOp::AgendaAdd {
                title,
                kind,
                minutes,
                index: Some(at + 1),
            },
            Editing::Edit(id) => LiveOp::AgendaEdit {
                id,
                title,
                kind,
                minutes,
            },
        };
        Outcome::Do(Action::from(op))
    }

    /// A new item goes in below the selected one: select it.
    fn form_done(&mut self, editing: Editing, ctx: &Ctx) {
        if editing == Editing::Add {
            let at = ctx.session().map_or(0, |s| self.selected(s));
            self.picked = Some(at + 1);
        }
    }
}

impl Screen for AgendaScreen {
    super::form_screen::form_screen_methods!(keys::agenda::KEYS, AgendaCmd, txt::HINT);

    fn refresh(&mut self, ctx: &Ctx) {
        if let Some(session) = ctx.session() {
            let n = session.agenda.items.len();
            self.picked = self.picked.map(|p| list::clamp(p, n));
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let Some(session) = ctx.session() else {
            return;
        };
        if area.height == 0 || area.width == 0 {
            return;
        }
        let lang = ctx.lang;
        let theme = ctx.theme;
        let timing = session.agenda.timing(ctx.now);
        let totals = txt::totals(
            timing.planned_minutes,
            &clock(timing.meeting_seconds),
            &clock(timing.overrun_seconds),
            timing.done,
            timing.total,
        );
        let foot_h = if area.height >= 6 { 2 } else { 1 };
        let [table_area, foot] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(foot_h)]).areas(area);
        self.render_table(frame, table_area, session, ctx);
        frame.render_widget(
            wrap::paragraph(
                Line::styled(totals.get(lang).to_string(), theme.title),
                foot.width,
                true,
            ),
            foot,
        );
        if let Some((_, form)) = &self.form {
            form.render(frame, form_area(area, form.height()), lang, theme);
        }
    }
}

/// An agenda line: number, title, kind, planned and actual time, the overrun, the state; its
/// style says whether it runs, is done or skipped.
impl AgendaScreen {
    /// The agenda as a table, columns fitted to content, the selected item highlighted and the
    /// overrun in the warning colour.
    fn render_table(&self, frame: &mut Frame, table_area: Rect, session: &Session, ctx: &Ctx) {
        let (lang, theme) = (ctx.lang, ctx.theme);
        let header: [String; 7] = [
            txt::COL_NO,
            txt::COL_TITLE,
            txt::COL_KIND,
            txt::COL_PLANNED,
            txt::COL_ACTUAL,
            txt::COL_OVERRUN,
            txt::COL_STATE,
        ]
        .map(|t| t.get(lang).to_string());
        let selected = self.selected(session);
        let visible = usize::from(table_area.height.saturating_sub(1)).max(1);
        let skip = list::first_shown(selected, visible);
        let shown: Vec<([String; 7], Style)> = session
            .agenda
            .items
            .iter()
            .enumerate()
            .skip(skip)
            .take(visible)
            .map(|(i, item)| item_cells(i, item, ctx))
            .collect();
        let fitted = columns::fit(
            table_area.width,
            1,
            &AGENDA_COLUMNS,
            &columns::measure(
                std::iter::once(header.as_slice()).chain(shown.iter().map(|(c, _)| c.as_slice())),
                7,
            ),
        );
        let header = Row::new(fitted.cells(header.map(Cell::from).to_vec())).style(theme.dim);
        let rows = shown.into_iter().enumerate().map(|(k, (cells, style))| {
            let over = !cells[5].is_empty();
            let cells: Vec<Cell> = cells
                .into_iter()
                .enumerate()
                .map(|(c, text)| match c {
                    5 if over => Cell::from(Span::styled(text, theme.warn)),
                    _ => Cell::from(text),
                })
                .collect();
            let row = Row::new(fitted.cells(cells)).style(style);
            if skip + k == selected {
                row.style(theme.selected)
            } else {
                row
            }
        });
        let table = Table::new(rows, fitted.constraints())
            .header(header)
            .column_spacing(1);
        frame.render_widget(table, table_area);
    }
}

/// The agenda's columns: number, title, kind, planned, actual, overrun, state. The title stays;
/// on a narrow screen the number goes first, then the kind, the plan, the actual time and the
/// overrun; the state goes last.
const AGENDA_COLUMNS: [columns::Col; 7] = [
    columns::Col::new(2, 4, 6),
    columns::Col::new(8, 0, 0),
    columns::Col::new(4, 16, 5),
    columns::Col::new(4, 8, 4),
    columns::Col::new(5, 9, 3),
    columns::Col::new(5, 10, 2),
    columns::Col::new(4, 10, 1),
];

/// An agenda row's cells and its style (running, done, skipped, pending).
fn item_cells(i: usize, item: &AgendaItem, ctx: &Ctx) -> ([String; 7], Style) {
    let (lang, theme) = (ctx.lang, ctx.theme);
    let (state, style) = if item.is_running() {
        (txt::STATE_RUNNING, theme.ok)
    } else if item.ended.is_some() {
        (txt::STATE_DONE, theme.text)
    } else if item.skipped {
        (txt::STATE_SKIPPED, theme.dim)
    } else {
        (txt::STATE_PENDING, theme.text)
    };
    let over = item.overrun_seconds(ctx.now);
    let cells = [
        format!("{}", i + 1),
        item.title.clone(),
        item.kind.label().get(lang).to_string(),
        format!("{}'", item.planned_minutes),
        item.actual_seconds(ctx.now).map(clock).unwrap_or_default(),
        if over > 0 {
            format!("+{}", clock(over))
        } else {
            String::new()
        },
        state.get(lang).to_string(),
    ];
    (cells, style)
}
