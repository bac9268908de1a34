//! A small form for the live-meeting screens: labelled one-line fields, an optional multi-line
//! field, and choice fields picked with one digit key or ←/→. A refusal is shown under the
//! fields and what was typed stays, so nothing is lost to a bad value.

use crate::i18n::{Lang, Message, Text, live as txt};
use crate::tui::action::Reply;
use crate::tui::theme::Theme;
use crate::tui::widgets::{InputOutcome, TextArea, TextInput};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone)]
pub enum Input {
    Line(TextInput),
    Area(TextArea),
    /// One of a list; digits 1–9 pick directly, ←/→ step.
    Choice {
        options: Vec<String>,
        chosen: usize,
    },
}

#[derive(Debug, Clone)]
pub struct Field {
    pub label: Text,
    pub input: Input,
}

impl Field {
    pub fn line(label: Text, value: impl Into<String>) -> Field {
        Field {
            label,
            input: Input::Line(TextInput::new(value)),
        }
    }

    pub fn area(label: Text, value: impl Into<String>) -> Field {
        Field {
            label,
            input: Input::Area(TextArea::new(value)),
        }
    }

    pub fn choice(label: Text, options: Vec<String>, chosen: usize) -> Field {
        let chosen = chosen.min(options.len().saturating_sub(1));
        Field {
            label,
            input: Input::Choice { options, chosen },
        }
    }

    pub fn value(&self) -> String {
        match &self.input {
            Input::Line(t) => t.text().to_string(),
            Input::Area(t) => t.text().to_string(),
            Input::Choice { options, chosen } => options.get(*chosen).cloned().unwrap_or_default(),
        }
    }

    pub fn chosen(&self) -> usize {
        match self.input {
            Input::Choice { chosen, .. } => chosen,
            _ => 0,
        }
    }

    fn height(&self) -> u16 {
        match self.input {
            Input::Area(_) => 4,
            _ => 1,
        }
    }
}

/// What a key did to the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormOutcome {
    /// Enter on the last field, or Ctrl+S: check and keep.
    Submit,
    /// Esc: drop the form.
    Cancel,
    Consumed,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub title: Message,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub error: Option<Message>,
}

impl Form {
    pub fn new(title: Message, fields: Vec<Field>) -> Form {
        Form {
            title,
            fields,
            focus: 0,
            error: None,
        }
    }

    pub fn value(&self, i: usize) -> String {
        self.fields.get(i).map(Field::value).unwrap_or_default()
    }

    pub fn chosen(&self, i: usize) -> usize {
        self.fields.get(i).map_or(0, Field::chosen)
    }

    fn step(&mut self, by: isize) -> FormOutcome {
        let n = self.fields.len() as isize;
        self.focus = (self.focus as isize + by).clamp(0, (n - 1).max(0)) as usize;
        FormOutcome::Consumed
    }

    fn next_or_submit(&mut self) -> FormOutcome {
        if self.focus + 1 >= self.fields.len() {
            FormOutcome::Submit
        } else {
            self.step(1)
        }
    }

    pub fn on_key(&mut self, key: KeyEvent) -> FormOutcome {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Char('s') if ctrl => return FormOutcome::Submit,
            KeyCode::Esc => return FormOutcome::Cancel,
            KeyCode::Tab => return self.step(1),
            KeyCode::BackTab => return self.step(-1),
            _ => {}
        }
        let Some(field) = self.fields.get_mut(self.focus) else {
            return FormOutcome::Cancel;
        };
        let outcome = match &mut field.input {
            Input::Line(t) => match key.code {
                KeyCode::Up => return self.step(-1),
                KeyCode::Down => return self.step(1),
                _ => t.handle_key(key),
            },
            Input::Area(t) => t.handle_key(key),
            Input::Choice { options, chosen } => {
                let n = options.len();
                match key.code {
                    KeyCode::Left if n > 0 => *chosen = (*chosen + n - 1) % n,
                    KeyCode::Right | KeyCode::Char(' ') if n > 0 => *chosen = (*chosen + 1) % n,
                    KeyCode::Char(c @ '1'..='9') => {
                        let i = c as usize - '1' as usize;
                        if i < n {
                            *chosen = i;
                            self.error = None;
                            return self.next_or_submit();
                        }
                    }
                    KeyCode::Up => return self.step(-1),
                    KeyCode::Down => return self.step(1),
                    KeyCode::Enter => return self.next_or_submit(),
                    _ => {}
                }
                InputOutcome::Changed
            }
        };
        match outcome {
            InputOutcome::Submit => self.next_or_submit(),
            InputOutcome::Cancel => FormOutcome::Cancel,
            InputOutcome::Changed => {
                self.error = None;
                FormOutcome::Consumed
            }
            InputOutcome::Moved | InputOutcome::Ignored => FormOutcome::Consumed,
        }
    }

    pub fn on_paste(&mut self, text: &str) {
        match self.fields.get_mut(self.focus).map(|f| &mut f.input) {
            Some(Input::Line(t)) => {
                t.insert_str(text);
            }
            Some(Input::Area(t)) => {
                t.insert_str(text);
            }
            _ => {}
        }
        self.error = None;
    }

    /// Rows the form wants: a border, its fields, a line for a refusal, a line of hint.
    pub fn height(&self) -> u16 {
        self.fields.iter().map(Field::height).sum::<u16>() + 4
    }

    /// Draws the form over `area` (cleared), the focused field's caret placed for the IME.
    pub fn render(&self, frame: &mut Frame, area: Rect, lang: Lang, theme: &Theme) {
        if area.width < 3 || area.height < 3 {
            return;
        }
        frame.render_widget(Clear, area);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border)
            .title(Span::styled(self.title.get(lang).to_string(), theme.title));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let label_w = self
            .fields
            .iter()
            .map(|f| f.label.get(lang).width())
            .max()
            .unwrap_or(0)
            .min(usize::from(inner.width / 3)) as u16;
        let mut y = inner.y;
        for (i, f) in self.fields.iter().enumerate() {
            let h = f.height().min(inner.bottom().saturating_sub(y));
            if h == 0 {
                break;
            }
            let focused = i == self.focus;
            let label_style = if focused { theme.title } else { theme.dim };
            frame.render_widget(
                Paragraph::new(Span::styled(f.label.get(lang), label_style)),
                Rect::new(inner.x, y, label_w, 1),
            );
            let value = Rect::new(
                inner.x + label_w + 1,
                y,
                inner.width.saturating_sub(label_w + 1),
                h,
            );
            let style = if focused { theme.editing } else { theme.text };
            match &f.input {
                Input::Line(t) => t.render(frame, value, style, focused),
                Input::Area(t) => t.render(frame, value, style, focused),
                Input::Choice { options, chosen } => {
                    // The chosen option first, then the rest in turn, so it is always in view.
                    let n = options.len();
                    let spans: Vec<Span> = (0..n)
                        .map(|k| (k + chosen) % n)
                        .flat_map(|k| {
                            let s = if k == *chosen {
                                theme.selected
                            } else {
                                theme.dim
                            };
                            let key = if k < 9 {
                                format!("{}", k + 1)
                            } else {
                                String::new()
                            };
                            [
                                Span::styled(key, theme.key),
                                Span::styled(format!("{} ", options[k]), s),
                            ]
                        })
                        .collect();
                    frame.render_widget(Paragraph::new(Line::from(spans)), value);
                }
            }
            y += h;
        }
        let rest = Rect::new(inner.x, y, inner.width, inner.bottom().saturating_sub(y));
        let mut lines = Vec::new();
        if let Some(e) = &self.error {
            lines.push(Line::styled(e.get(lang).to_string(), theme.error));
        }
        lines.push(Line::styled(txt::FORM_HINT.get(lang), theme.dim));
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), rest);
    }
}

/// A screen with a form that may be open over it (agenda, attendance, report, suggestions,
/// ledger). While the form is open it takes every key and paste: Enter on the last field or
/// Ctrl+S submits through the screen, Esc drops the form. The screens call the provided methods
/// first and fall back to their own keys when they answer `None`.
pub(super) trait FormScreen {
    /// What the open form edits (a new entry, an existing one, …).
    type Editing;

    fn form_slot(&self) -> &Option<(Self::Editing, Form)>;

    fn form_slot_mut(&mut self) -> &mut Option<(Self::Editing, Form)>;

    /// Turns the open form into an action; the form stays open until the app's reply says
    /// whether the change was taken (see `form_reply`).
    fn submit_form(&mut self, ctx: &super::Ctx) -> super::Outcome;

    /// After the form's change was taken and the form closed: select what was added, clear a
    /// search, ….
    fn form_done(&mut self, _editing: Self::Editing, _ctx: &super::Ctx) {}

    /// The app's reply to the form's change: taken, the form closes; refused, the reason goes
    /// under the fields and what was typed stays. `false` when no form is open.
    fn form_reply(&mut self, reply: &Reply, ctx: &super::Ctx) -> bool {
        let Some((_, form)) = self.form_slot_mut().as_mut() else {
            return false;
        };
        match reply {
            Reply::Refused(m) => {
                form.error = Some(m.clone());
                true
            }
            Reply::Applied(_) => {
                if let Some((editing, _)) = self.form_slot_mut().take() {
                    self.form_done(editing, ctx);
                }
                true
            }
            Reply::Roster(_) => false,
        }
    }

    /// The open form's answer to a key; `None` when no form is open.
    fn form_key(&mut self, key: KeyEvent, ctx: &super::Ctx) -> Option<super::Outcome> {
        let (_, form) = self.form_slot_mut().as_mut()?;
        Some(match form.on_key(key) {
            FormOutcome::Submit => self.submit_form(ctx),
            FormOutcome::Cancel => {
                *self.form_slot_mut() = None;
                super::Outcome::Consumed
            }
            FormOutcome::Consumed => super::Outcome::Consumed,
        })
    }

    /// Pasted text goes into the open form's field; `None` when no form is open.
    fn form_paste(&mut self, text: &str) -> Option<super::Outcome> {
        let (_, form) = self.form_slot_mut().as_mut()?;
        form.on_paste(text);
        Some(super::Outcome::Consumed)
    }

    fn form_open(&self) -> bool {
        self.form_slot().is_some()
    }

    /// The hint line while a form is open (how to move, submit, drop); `None` when none is.
    fn form_hint(&self, lang: Lang) -> Option<&'static str> {
        self.form_open().then(|| txt::FORM_HINT.get(lang))
    }
}

/// A rectangle for a form of `height` rows, centred low in `area`, as wide as there is room for.
pub fn form_area(area: Rect, height: u16) -> Rect {
    let h = height.min(area.height);
    let w = area.width.min(76);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + area.height.saturating_sub(h),
        w,
        h,
    )
}

/// Rows `lines` take when wrapped to `width` columns (at least one per line).
pub fn wrapped_height(lines: &[String], width: u16) -> u16 {
    let w = usize::from(width.max(1));
    lines
        .iter()
        .map(|l| UnicodeWidthStr::width(l.as_str()).div_ceil(w).max(1) as u16)
        .fold(0u16, u16::saturating_add)
}

/// Which columns of a table fit in `total` columns, and their widths: the flexible column is
/// always kept and takes what is left; the others keep their width, left to right, while there
/// is room. Every width is fixed but one, so the layout has exactly one solution (an
/// over-full set of constraints lets the solver pick differently from run to run).
pub fn fit_columns(
    total: u16,
    spacing: u16,
    want: &[u16],
    flex: usize,
) -> (Vec<usize>, Vec<ratatui::layout::Constraint>) {
    use ratatui::layout::Constraint;
    let flex_min = want.get(flex).copied().unwrap_or(0).min(total);
    let mut room = total.saturating_sub(flex_min);
    let mut keep = Vec::new();
    for (i, w) in want.iter().enumerate() {
        if i == flex {
            keep.push(i);
        } else if w.saturating_add(spacing) <= room {
            room -= w + spacing;
            keep.push(i);
        }
    }
    let widths = keep
        .iter()
        .map(|&i| {
            if i == flex {
                Constraint::Fill(1)
            } else {
                Constraint::Length(want[i])
            }
        })
        .collect();
    (keep, widths)
}

/// The cells of a row that `fit_columns` kept.
pub fn kept<'a>(
    cells: Vec<ratatui::widgets::Cell<'a>>,
    keep: &[usize],
) -> Vec<ratatui::widgets::Cell<'a>> {
    cells
        .into_iter()
        .enumerate()
        .filter(|(i, _)| keep.contains(i))
        .map(|(_, c)| c)
        .collect()
}
