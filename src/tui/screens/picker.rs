//! The session picker: every meeting file in the folder, newest first.

use super::{Ctx, Outcome, Screen};
use crate::archive::MeetingSummary;
use crate::i18n::{Lang, Message, tui};
use crate::tui::action::Action;
use crate::tui::keys::{self, picker::PickerCmd};
use crate::tui::theme::Theme;
use crate::tui::widgets::list;
use crate::tui::widgets::wrap;
use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};
use std::path::PathBuf;

/// One meeting file as the picker lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct PickerRow {
    pub path: PathBuf,
    pub date: Option<NaiveDate>,
    pub title: String,
    /// The meeting's state (not started / in progress / finished), or why the file does not load.
    pub state: Message,
    pub broken: bool,
    /// The archive's columns for a meeting that loads (评议档案): turnout, rounds, rates, follow-up.
    pub archive: Option<MeetingSummary>,
}

#[derive(Debug, Default)]
pub struct PickerScreen {
    pub dir: PathBuf,
    pub rows: Vec<PickerRow>,
    pub selected: usize,
}

impl PickerScreen {
    pub fn set_rows(&mut self, dir: PathBuf, rows: Vec<PickerRow>) {
        self.dir = dir;
        self.rows = rows;
        self.selected = list::clamp(self.selected, self.rows.len());
    }

    fn chosen(&self) -> Option<&PickerRow> {
        self.rows.get(self.selected)
    }
}

/// 实到/应到 (present / expected).
fn turnout(a: &MeetingSummary) -> String {
    if a.turnout.expected == 0 && a.turnout.present == 0 {
        return String::new();
    }
    format!("{}/{}", a.turnout.present, a.turnout.expected)
}

/// The first headline rate, named by what it counts (满意率 100.00%), and how many more there are.
fn headline(a: &MeetingSummary) -> String {
    match a.headlines.split_first() {
        Some((h, [])) => format!("{} {}", h.rate, h.text),
        Some((h, rest)) => format!("{} {} +{}", h.rate, h.text, rest.len()),
        None => String::new(),
    }
}

/// Suggestions collected / accepted / solved / overdue.
fn suggestions(a: &MeetingSummary) -> String {
    let c = &a.suggestions;
    if c.collected == 0 {
        return String::new();
    }
    format!("{}/{}/{}/{}", c.collected, c.accepted, c.solved, c.overdue)
}

impl Screen for PickerScreen {
    fn on_key(&mut self, key: KeyEvent, _ctx: &Ctx) -> Outcome {
        let Some(cmd) = keys::lookup(keys::picker::KEYS, &key) else {
            return Outcome::Ignored;
        };
        match cmd {
            PickerCmd::Up => {
                self.selected = list::up(self.selected);
                Outcome::Consumed
            }
            PickerCmd::Down => {
                if self.selected + 1 < self.rows.len() {
                    self.selected += 1;
                }
                Outcome::Consumed
            }
            PickerCmd::Open | PickerCmd::OpenReadOnly => match self.chosen() {
                Some(row) => Outcome::Do(Action::Open {
                    path: row.path.clone(),
                    read_only: cmd == PickerCmd::OpenReadOnly,
                }),
                None => Outcome::Consumed,
            },
            PickerCmd::New => Outcome::Do(Action::NewMeeting),
            PickerCmd::Refresh => Outcome::Do(Action::RefreshPicker),
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        let [top, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!("{}: ", tui::PICKER_FOLDER.get(lang)), theme.dim),
                Span::raw(self.dir.display().to_string()),
            ])),
            top,
        );
        if self.rows.is_empty() {
            frame.render_widget(
                wrap::paragraph(tui::PICKER_EMPTY.get(lang), body.width, true),
                body,
            );
            return;
        }
        // The archive's columns where there is room, the essentials otherwise.
        let shown = Shown {
            wide: area.width >= 120,
            medium: area.width >= 90,
        };
        let (head, widths) = shown.columns(lang);
        let header =
            Row::new(head.into_iter().map(Cell::from).collect::<Vec<_>>()).style(theme.title);
        let rows = self.rows.iter().map(|r| shown.row(r, lang, theme));
        let table = Table::new(rows, widths)
            .header(header)
            .row_highlight_style(theme.selected)
            .column_spacing(1);
        let mut state = TableState::default().with_selected(Some(self.selected));
        frame.render_stateful_widget(table, body, &mut state);
    }

    fn hint(&self, lang: Lang) -> String {
        tui::HINT_PICKER.get(lang).into()
    }
}

/// Which of the archive's columns the picker has room for.
struct Shown {
    wide: bool,
    medium: bool,
}

impl Shown {
    fn columns(&self, lang: Lang) -> (Vec<&'static str>, Vec<Constraint>) {
        let mut head = vec![tui::COL_DATE.get(lang), tui::COL_TITLE.get(lang)];
        let mut widths = vec![Constraint::Length(10), Constraint::Fill(3)];
        if self.wide {
            head.push(tui::COL_EVALUATED.get(lang));
            widths.push(Constraint::Fill(2));
        }
        if self.medium {
            head.extend([tui::COL_TURNOUT.get(lang), tui::COL_RATE.get(lang)]);
            widths.extend([Constraint::Length(9), Constraint::Length(18)]);
            head.push(tui::COL_SUGGESTIONS.get(lang));
            widths.push(Constraint::Length(16));
        }
        if self.wide {
            head.extend([tui::COL_ROUNDS.get(lang), tui::COL_BALLOTS.get(lang)]);
            widths.extend([Constraint::Length(5), Constraint::Length(6)]);
        }
        head.push(tui::COL_STATE.get(lang));
        widths.push(Constraint::Length(12));
        if self.wide {
            head.push(tui::COL_FILE.get(lang));
            widths.push(Constraint::Fill(2));
        }
        (head, widths)
    }

    /// One meeting file: a file that does not load shows why in the wide column, where it can
    /// be read.
    fn row(&self, r: &PickerRow, lang: Lang, theme: &Theme) -> Row<'static> {
        let (title, state) = if r.broken {
            (
                Span::styled(r.state.get(lang).to_string(), theme.warn),
                Span::styled(tui::PICKER_BROKEN.get(lang), theme.warn),
            )
        } else {
            (
                Span::raw(r.title.clone()),
                Span::raw(r.state.get(lang).to_string()),
            )
        };
        let a = r.archive.as_ref();
        let text = |f: &dyn Fn(&MeetingSummary) -> String| Cell::from(a.map(f).unwrap_or_default());
        let mut cells = vec![
            Cell::from(r.date.map(|d| d.to_string()).unwrap_or_default()),
            Cell::from(title),
        ];
        if self.wide {
            cells.push(text(&|a| a.evaluated.clone()));
        }
        if self.medium {
            cells.push(text(&turnout));
            cells.push(text(&headline));
            let overdue = a.is_some_and(|a| a.suggestions.overdue > 0);
            cells.push(Cell::from(Span::styled(
                a.map(suggestions).unwrap_or_default(),
                if overdue { theme.warn } else { theme.text },
            )));
        }
        if self.wide {
            cells.push(text(&|a| a.rounds.to_string()));
            cells.push(text(&|a| a.ballots.to_string()));
        }
        cells.push(Cell::from(state));
        if self.wide {
            let file = r
                .path
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default();
            cells.push(Cell::from(Span::styled(file, theme.dim)));
        }
        Row::new(cells)
    }
}
