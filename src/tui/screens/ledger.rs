//! The ledger screen (整改台账): each accepted suggestion with its measure, owner, deadline and
//! status (待整改/整改中/已完成/已销号), overdue rows marked, progress notes; usable during the
//! meeting or any time after.

use super::form_screen::FormScreen;
use super::{Ctx, Outcome, Screen};
use crate::i18n::common;
use crate::i18n::{Lang, suggestions as txt};
use crate::model::{Decision, Id, LedgerInput, LedgerStatus, Session, Suggestion};
use crate::tui::action::Action;
use crate::tui::keys::{self, suggestions::LedgerCmd};
use crate::tui::ops::LiveOp;
use crate::tui::widgets::columns;
use crate::tui::widgets::form::{Field, Form, form_area};
use crate::tui::widgets::list;
use crate::tui::widgets::wrap;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Editing {
    Row(Id),
    Progress(Id),
}

#[derive(Debug, Default)]
pub struct LedgerScreen {
    pub selected: usize,
    overdue_only: bool,
    form: Option<(Editing, Form)>,
}

impl LedgerScreen {
    fn shown<'a>(&self, session: &'a Session, ctx: &Ctx) -> Vec<&'a Suggestion> {
        let today = ctx.now.date_naive();
        session
            .suggestions
            .iter()
            .filter(|s| s.decision == Decision::Accepted)
            .filter(|s| !self.overdue_only || s.is_overdue(today))
            .collect()
    }

    fn chosen(&self, ctx: &Ctx) -> Option<Suggestion> {
        let session = ctx.session()?;
        self.shown(session, ctx)
            .get(self.selected)
            .map(|s| (*s).clone())
    }

    fn command(&mut self, cmd: LedgerCmd, ctx: &Ctx) -> Outcome {
        let Some(session) = ctx.session() else {
            return Outcome::Ignored;
        };
        let n = self.shown(session, ctx).len();
        let chosen = self.chosen(ctx);
        match (cmd, chosen) {
            (LedgerCmd::Up, _) => self.selected = list::up(self.selected),
            (LedgerCmd::Down, _) => self.selected = list::down(self.selected, n),
            (LedgerCmd::Overdue, _) => {
                self.overdue_only = !self.overdue_only;
                self.selected = 0;
            }
            (LedgerCmd::Edit, Some(sg)) => {
                let row = sg.ledger.clone().unwrap_or_default();
                let deadline = row.deadline.map(|d| d.to_string()).unwrap_or_default();
                let fields = vec![
                    Field::area(txt::MEASURE, row.measure),
                    Field::line(txt::OWNER, row.owner),
                    Field::line(txt::DEADLINE, deadline),
                ];
                let title = common::acting_on(
                    txt::LEDGER_TITLE,
                    &common::suggestion_label(sg.id, &sg.text),
                );
                self.form = Some((Editing::Row(sg.id), Form::new(title, fields)));
            }
            (LedgerCmd::Progress, Some(sg)) => {
                let fields = vec![Field::area(txt::PROGRESS, "")];
                let title = common::acting_on(
                    txt::PROGRESS_TITLE,
                    &common::suggestion_label(sg.id, &sg.text),
                );
                let form = Form::new(title, fields);
                self.form = Some((Editing::Progress(sg.id), form));
            }
            (LedgerCmd::Status(i), Some(sg)) => {
                let status = LedgerStatus::ALL.get(i).copied().unwrap_or_default();
                return Outcome::Do(Action::from(LiveOp::LedgerStatus { id: sg.id, status }));
            }
            _ => {}
        }
        Outcome::Consumed
    }
}

impl FormScreen for LedgerScreen {
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
        let op = match *editing {
            Editing::Row(id) => LiveOp::LedgerSet {
                id,
                ledger: LedgerInput {
                    measure: form.value(txt::MEASURE),
                    owner: form.value(txt::OWNER),
                    deadline: form.value(txt::DEADLINE),
                },
            },
            Editing::Progress(id) => LiveOp::LedgerProgress {
                id,
                text: form.value(txt::PROGRESS),
            },
        };
        Outcome::Do(Action::from(op))
    }
}

impl Screen for LedgerScreen {
    super::form_screen::form_screen_methods!(
        keys::suggestions::LEDGER_KEYS,
        LedgerCmd,
        txt::LEDGER_HINT
    );

    fn refresh(&mut self, ctx: &Ctx) {
        if let Some(session) = ctx.session() {
            let n = self.shown(session, ctx).len();
            self.selected = list::clamp(self.selected, n);
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let Some(session) = ctx.session() else {
            return;
        };
        if area.width == 0 || area.height == 0 {
            return;
        }
        let lang = ctx.lang;
        let theme = ctx.theme;
        let today = ctx.now.date_naive();
        let c = session.suggestion_counts(today);
        let [head, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        let counts = txt::counts_line(c.collected, c.accepted, c.solved, c.overdue);
        frame.render_widget(
            Paragraph::new(Line::styled(counts.get(lang).to_string(), theme.title)),
            head,
        );
        let shown = self.shown(session, ctx);
        if shown.is_empty() {
            frame.render_widget(
                wrap::paragraph(
                    Line::styled(txt::NONE_ACCEPTED.get(lang), theme.dim),
                    list.width,
                    true,
                ),
                list,
            );
        } else {
            self.render_rows(frame, list, &shown, ctx);
        }
        if let Some((_, form)) = &self.form {
            form.render(frame, form_area(area, form.height().max(8)), lang, theme);
        }
    }
}

/// The ledger's columns: the suggestion, measure, owner, deadline, status. The suggestion stays;
/// the deadline goes first, then the owner.
const LEDGER_COLUMNS: [columns::Col; 5] = [
    columns::Col::new(8, 0, 0),
    columns::Col::new(6, 0, 2),
    columns::Col::new(4, 16, 3),
    columns::Col::new(10, 10, 4),
    columns::Col::new(6, 20, 1),
];

impl LedgerScreen {
    /// One row per accepted suggestion, columns sized by what they hold; the selected row's whole
    /// text (suggestion, measure, progress) under the list.
    fn render_rows(&self, frame: &mut Frame, list: Rect, shown: &[&Suggestion], ctx: &Ctx) {
        let (lang, theme) = (ctx.lang, ctx.theme);
        let today = ctx.now.date_naive();
        // The detail line is left out while a form covers the list.
        let list = match shown.get(self.selected).filter(|_| self.form.is_none()) {
            Some(sg) => columns::render_detail(frame, list, &ledger_detail(sg), theme.dim),
            None => list,
        };
        let header = [
            txt::COL_TEXT,
            txt::MEASURE,
            txt::OWNER,
            txt::DEADLINE,
            txt::COL_STATUS,
        ]
        .map(|t| t.get(lang).to_string())
        .to_vec();
        let visible = usize::from(list.height.saturating_sub(1)).max(1);
        let skip = list::first_shown(self.selected, visible);
        let rows = shown
            .iter()
            .skip(skip)
            .take(visible)
            .map(|sg| {
                let style = if sg.is_overdue(today) {
                    theme.warn
                } else {
                    theme.text
                };
                (ledger_cells(sg, today, lang).to_vec(), style)
            })
            .collect();
        columns::FittedTable {
            cols: &LEDGER_COLUMNS,
            header: Some((header, theme.dim)),
            rows,
            selected: self.selected.checked_sub(skip),
            selected_style: theme.selected,
        }
        .render(frame, list);
    }
}

/// A ledger row's cells: the suggestion's first line, the measure's first line, owner, deadline,
/// status (with 逾期 when late).
fn ledger_cells(sg: &Suggestion, today: chrono::NaiveDate, lang: Lang) -> [String; 5] {
    let first = |t: &str| t.lines().next().unwrap_or_default().to_string();
    let text = format!("{} {}", sg.id, first(&sg.text));
    match &sg.ledger {
        Some(l) => {
            let status = if sg.is_overdue(today) {
                format!(
                    "{} · {}",
                    l.status.label().get(lang),
                    txt::OVERDUE.get(lang)
                )
            } else {
                l.status.label().get(lang).to_string()
            };
            [
                text,
                first(&l.measure),
                l.owner.clone(),
                l.deadline.map(|d| d.to_string()).unwrap_or_default(),
                status,
            ]
        }
        None => [
            text,
            txt::NO_ROW.get(lang).to_string(),
            String::new(),
            String::new(),
            String::new(),
        ],
    }
}

/// The selected row in full: the suggestion and its measure, every line.
fn ledger_detail(sg: &Suggestion) -> String {
    let mut parts = vec![sg.text.replace('\n', " ")];
    if let Some(l) = &sg.ledger
        && !l.measure.is_empty()
    {
        parts.push(l.measure.replace('\n', " "));
    }
    parts.join(" → ")
}
