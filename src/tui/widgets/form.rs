//! The one form widget of the application: labelled fields (one line, several lines, a choice
//! of options, yes/no), read by their label rather than by position, each with its own check.
//! A form shows its fields in a box with a hint line made from the form key table
//! (`keys::form`); a *question* is a form of one unlabelled field drawn over the bottom of the
//! screen. A refusal is shown in the form and what was typed stays, so nothing is lost to a bad
//! value.

use super::wrap;
use crate::i18n::{Lang, Message, Text};
use crate::tui::keys::{self, form::FormCmd};
use crate::tui::theme::Theme;
use crate::tui::widgets::{InputOutcome, TextArea, TextInput};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
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
    /// Yes (y or Enter) or no (any other key).
    Confirm,
}

/// A field's own check of its text, run before the form is done.
pub type Check = fn(&str) -> Result<(), Message>;

#[derive(Debug, Clone)]
pub struct Field {
    /// Names the field on screen and in code (`form.value(txt::NAME)`); none for a question.
    pub label: Option<Text>,
    pub input: Input,
    check: Option<Check>,
}

impl Field {
    fn new(label: Text, input: Input) -> Field {
        Field {
            label: Some(label),
            input,
            check: None,
        }
    }

    pub fn line(label: Text, value: impl Into<String>) -> Field {
        Field::new(label, Input::Line(TextInput::new(value)))
    }

    pub fn area(label: Text, value: impl Into<String>) -> Field {
        Field::new(label, Input::Area(TextArea::new(value)))
    }

    pub fn choice(label: Text, options: Vec<String>, chosen: usize) -> Field {
        let chosen = chosen.min(options.len().saturating_sub(1));
        Field::new(label, Input::Choice { options, chosen })
    }

    /// The field's own check, run when the form is done; a refusal focuses the field.
    pub fn check(mut self, check: Check) -> Field {
        self.check = Some(check);
        self
    }

    pub fn value(&self) -> String {
        match &self.input {
            Input::Line(t) => t.text().to_string(),
            Input::Area(t) => t.text().to_string(),
            Input::Choice { options, chosen } => options.get(*chosen).cloned().unwrap_or_default(),
            Input::Confirm => String::new(),
        }
    }

    pub fn chosen(&self) -> usize {
        match self.input {
            Input::Choice { chosen, .. } => chosen,
            _ => 0,
        }
    }

    fn height(&self) -> u16 {
        self.height_at(CHOICE_WIDTH)
    }

    /// Rows the field takes when its value has `width` columns: a choice's options wrap so that
    /// every one is in view at once.
    fn height_at(&self, width: u16) -> u16 {
        match &self.input {
            Input::Area(_) => 4,
            Input::Choice { options, .. } => {
                u16::try_from(choice_lines(options, width).len().max(1)).unwrap_or(u16::MAX)
            }
            _ => 1,
        }
    }
}

/// The value column of a form in a terminal of 76 columns or more (a form is at most 76 wide:
/// borders and the widest label take the rest); a form asks for its rows at this width.
const CHOICE_WIDTH: u16 = 56;

/// A choice's options packed into lines of `width` columns, in their order (`1 扶贫开发  2 …`),
/// an option never split across lines: the indexes on each line.
fn choice_lines(options: &[String], width: u16) -> Vec<Vec<usize>> {
    let width = usize::from(width.max(1));
    let mut lines: Vec<Vec<usize>> = Vec::new();
    let mut used = 0usize;
    for (k, o) in options.iter().enumerate() {
        let w = choice_label(k, o).width() + 2;
        if lines.is_empty() || (used + w > width && used > 0) {
            lines.push(Vec::new());
            used = 0;
        }
        if let Some(line) = lines.last_mut() {
            line.push(k);
        }
        used += w;
    }
    lines
}

/// `3 教育文化`: the digit that picks an option (1–9) and its name.
fn choice_label(k: usize, option: &str) -> String {
    if k < 9 {
        format!("{} {option}", k + 1)
    } else {
        option.to_string()
    }
}

/// What a key did to a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormEvent {
    /// Still being filled in.
    Editing,
    /// Done (and every field's own check passed): the screen reads the fields.
    Submit,
    /// Esc (or no to a question): drop the form.
    Cancel,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub title: Message,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub error: Option<Message>,
}

impl Form {
    pub fn new(title: impl Into<Message>, fields: Vec<Field>) -> Form {
        Form {
            title: title.into(),
            fields,
            focus: 0,
            error: None,
        }
    }

    fn question(title: impl Into<Message>, input: Input) -> Form {
        let field = Field {
            label: None,
            input,
            check: None,
        };
        Form::new(title, vec![field])
    }

    /// A question answered with a line of text.
    /// A question answered with one line; `text` is the proposed answer, replaced by typing.
    pub fn line(title: impl Into<Message>, text: impl Into<String>) -> Form {
        Form::question(title, Input::Line(TextInput::proposed(text)))
    }

    /// A question answered with several lines (a pasted list).
    pub fn lines(title: impl Into<Message>, text: impl Into<String>) -> Form {
        Form::question(title, Input::Area(TextArea::new(text)))
    }

    /// A question answered by picking one of `options`.
    pub fn choice(title: impl Into<Message>, options: Vec<String>) -> Form {
        Form::question(title, Input::Choice { options, chosen: 0 })
    }

    /// A yes/no question.
    pub fn confirm(title: impl Into<Message>) -> Form {
        Form::question(title, Input::Confirm)
    }

    /// Whether this is a question (one unlabelled field) rather than a form.
    fn is_question(&self) -> bool {
        self.fields.len() == 1 && self.fields[0].label.is_none()
    }

    fn field(&self, label: Text) -> Option<&Field> {
        self.fields.iter().find(|f| f.label == Some(label))
    }

    /// The text of the field labelled `label`.
    pub fn value(&self, label: Text) -> String {
        self.field(label).map(Field::value).unwrap_or_default()
    }

    /// The option picked in the choice field labelled `label`.
    pub fn chosen(&self, label: Text) -> usize {
        self.field(label).map_or(0, Field::chosen)
    }

    /// A question's answer: the text typed.
    pub fn text(&self) -> String {
        self.fields.first().map(Field::value).unwrap_or_default()
    }

    /// A question's answer: the option picked.
    pub fn picked(&self) -> usize {
        self.fields.first().map_or(0, Field::chosen)
    }

    /// Refuses the form because of the field labelled `label`: the reason is shown and the
    /// caret goes to that field.
    pub fn refuse(&mut self, label: Text, why: Message) {
        if let Some(k) = self.fields.iter().position(|f| f.label == Some(label)) {
            self.focus = k;
        }
        self.error = Some(why);
    }

    fn step(&mut self, by: isize) -> FormEvent {
        let n = self.fields.len() as isize;
        self.focus = (self.focus as isize + by).clamp(0, (n - 1).max(0)) as usize;
        FormEvent::Editing
    }

    fn next_or_submit(&mut self) -> FormEvent {
        if self.focus + 1 >= self.fields.len() {
            self.submit()
        } else {
            self.step(1)
        }
    }

    /// Done, if every field's own check passes; else the first refusal is shown at its field.
    fn submit(&mut self) -> FormEvent {
        for (k, f) in self.fields.iter().enumerate() {
            if let Some(Err(why)) = f.check.map(|check| check(&f.value())) {
                self.focus = k;
                self.error = Some(why);
                return FormEvent::Editing;
            }
        }
        FormEvent::Submit
    }

    pub fn on_key(&mut self, key: KeyEvent) -> FormEvent {
        let cmd = keys::lookup(keys::form::KEYS, &key);
        let question = self.is_question();
        let Some(field) = self.fields.get_mut(self.focus) else {
            return FormEvent::Cancel;
        };
        let outcome = match &mut field.input {
            Input::Confirm => {
                return match key.code {
                    KeyCode::Char('y' | 'Y') | KeyCode::Enter => FormEvent::Submit,
                    _ => FormEvent::Cancel,
                };
            }
            Input::Choice { .. } => return self.choice_key(cmd, key, question),
            // A text field takes every key it knows but the ones that move between fields (a
            // field of several lines keeps ↑/↓ for its own lines); the form has what it leaves.
            Input::Line(t) if !matches!(cmd, Some(FormCmd::Next | FormCmd::Prev)) => {
                t.handle_key(key)
            }
            Input::Area(t) if !matches!(key.code, KeyCode::Tab | KeyCode::BackTab) => {
                t.handle_key(key)
            }
            _ => InputOutcome::Ignored,
        };
        match outcome {
            InputOutcome::Submit => self.next_or_submit(),
            InputOutcome::Cancel => FormEvent::Cancel,
            InputOutcome::Changed => {
                self.error = None;
                FormEvent::Editing
            }
            InputOutcome::Moved => FormEvent::Editing,
            InputOutcome::Ignored => self.form_key(cmd),
        }
    }

    /// A key no field took: move between fields, done, or drop.
    fn form_key(&mut self, cmd: Option<FormCmd>) -> FormEvent {
        match cmd {
            Some(FormCmd::Next) => self.step(1),
            Some(FormCmd::Prev) => self.step(-1),
            Some(FormCmd::Enter) => self.next_or_submit(),
            Some(FormCmd::Save) => self.submit(),
            Some(FormCmd::Cancel) => FormEvent::Cancel,
            _ => FormEvent::Editing,
        }
    }

    /// A key on a choice field: a digit picks (and moves on), ←/→ step; in a question ↑/↓ step
    /// through the list it shows.
    fn choice_key(&mut self, cmd: Option<FormCmd>, key: KeyEvent, question: bool) -> FormEvent {
        let Some(Input::Choice { options, chosen }) =
            self.fields.get_mut(self.focus).map(|f| &mut f.input)
        else {
            return FormEvent::Editing;
        };
        let n = options.len();
        match (cmd, key.code) {
            (Some(FormCmd::Pick), KeyCode::Char(c)) => {
                let k = c.to_digit(10).map_or(usize::MAX, |d| d as usize - 1);
                if k >= n {
                    return FormEvent::Editing;
                }
                *chosen = k;
                self.error = None;
                self.next_or_submit()
            }
            (Some(FormCmd::Prev), _) if question => {
                *chosen = chosen.saturating_sub(1);
                FormEvent::Editing
            }
            (Some(FormCmd::Next), _) if question => {
                *chosen = (*chosen + 1).min(n.saturating_sub(1));
                FormEvent::Editing
            }
            (Some(FormCmd::OptionBefore), _) if n > 0 => {
                *chosen = (*chosen + n - 1) % n;
                FormEvent::Editing
            }
            (Some(FormCmd::OptionAfter), _) if n > 0 => {
                *chosen = (*chosen + 1) % n;
                FormEvent::Editing
            }
            (Some(FormCmd::Enter), _) if n == 0 => FormEvent::Editing,
            _ => self.form_key(cmd),
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

    /// Draws a form into `area` (cleared; see [`form_area`]), or a question over the bottom of
    /// `area`, the focused field's caret placed for the IME.
    pub fn render(&self, frame: &mut Frame, area: Rect, lang: Lang, theme: &Theme) {
        if self.is_question() {
            self.render_question(frame, area, lang, theme);
        } else {
            self.render_form(frame, area, lang, theme);
        }
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

/// A titled box, cleared, with its inner area.
fn boxed(frame: &mut Frame, rect: Rect, title: String, theme: &Theme) -> Rect {
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(title, theme.title));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    inner
}

impl Form {
    fn render_form(&self, frame: &mut Frame, area: Rect, lang: Lang, theme: &Theme) {
        if area.width < 3 || area.height < 3 {
            return;
        }
        let inner = boxed(frame, area, self.title.get(lang).to_string(), theme);
        let label = |f: &Field| f.label.map_or("", |l| l.get(lang));
        let label_w = self
            .fields
            .iter()
            .map(|f| label(f).width())
            .max()
            .unwrap_or(0)
            .min(usize::from(inner.width / 3)) as u16;
        let mut y = inner.y;
        let value_w = inner.width.saturating_sub(label_w + 1);
        for (i, f) in self.fields.iter().enumerate() {
            let h = f.height_at(value_w).min(inner.bottom().saturating_sub(y));
            if h == 0 {
                break;
            }
            let focused = i == self.focus;
            let label_style = if focused { theme.title } else { theme.dim };
            frame.render_widget(
                Paragraph::new(Span::styled(label(f), label_style)),
                Rect::new(inner.x, y, label_w, 1),
            );
            let value = Rect::new(
                inner.x + label_w + 1,
                y,
                inner.width.saturating_sub(label_w + 1),
                h,
            );
            let style = if focused { theme.editing } else { theme.text };
            render_input(&f.input, frame, value, style, focused, theme);
            y += h;
        }
        let rest = Rect::new(inner.x, y, inner.width, inner.bottom().saturating_sub(y));
        let mut lines = Vec::new();
        if let Some(e) = &self.error {
            lines.push(Line::styled(e.get(lang).to_string(), theme.error));
        }
        let hint = keys::hint(keys::form::KEYS, keys::form::HINT, lang);
        lines.push(Line::styled(hint, theme.dim));
        frame.render_widget(wrap::paragraph(lines, rest.width, true), rest);
    }

    /// A question as a box over the bottom of `area`; with no room for a box, the field alone
    /// on the last line.
    fn render_question(&self, frame: &mut Frame, area: Rect, lang: Lang, theme: &Theme) {
        let Some(field) = self.fields.first() else {
            return;
        };
        let body = match &field.input {
            Input::Area(_) => 6,
            Input::Choice { options, .. } => options.len().min(10) as u16,
            Input::Line(_) | Input::Confirm => 1,
        };
        let height = (body + 2 + u16::from(self.error.is_some())).min(area.height);
        if height < 3 || area.width < 4 {
            let y = area.bottom().saturating_sub(1);
            let last = Rect::new(area.x, y, area.width, 1.min(area.height));
            render_answer(&field.input, frame, last, lang, theme);
            return;
        }
        let rect = Rect::new(area.x, area.bottom() - height, area.width, height);
        let inner = boxed(frame, rect, self.title.get(lang).to_string(), theme);
        let field_h = inner.height.saturating_sub(u16::from(self.error.is_some()));
        let at = Rect::new(inner.x, inner.y, inner.width, field_h);
        render_answer(&field.input, frame, at, lang, theme);
        if let Some(e) = &self.error
            && inner.height > 0
        {
            frame.render_widget(
                wrap::paragraph(
                    Span::styled(e.get(lang).to_string(), theme.error),
                    inner.width,
                    true,
                ),
                Rect::new(inner.x, inner.bottom() - 1, inner.width, 1),
            );
        }
    }
}

/// A form's field: text, or its options on one line, the chosen one first so it is in view.
fn render_input(
    input: &Input,
    frame: &mut Frame,
    area: Rect,
    style: ratatui::style::Style,
    focused: bool,
    theme: &Theme,
) {
    match input {
        Input::Line(t) => t.render(frame, area, style, focused),
        Input::Area(t) => t.render(frame, area, style, focused),
        Input::Choice { options, chosen } => {
            let lines: Vec<Line> = choice_lines(options, area.width)
                .into_iter()
                .map(|ks| {
                    let spans: Vec<Span> = ks
                        .into_iter()
                        .map(|k| {
                            let s = if k == *chosen {
                                theme.selected
                            } else {
                                theme.dim
                            };
                            Span::styled(format!("{}  ", choice_label(k, &options[k])), s)
                        })
                        .collect();
                    Line::from(spans)
                })
                .collect();
            frame.render_widget(Paragraph::new(lines), area);
        }
        Input::Confirm => {}
    }
}

/// A question's field: text, its options as a numbered list, or "y/n".
fn render_answer(input: &Input, frame: &mut Frame, area: Rect, lang: Lang, theme: &Theme) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    match input {
        Input::Line(t) => t.render(frame, area, theme.editing, true),
        Input::Area(t) => t.render(frame, area, theme.editing, true),
        Input::Choice { options, chosen } => {
            let first = (*chosen + 1).saturating_sub(usize::from(area.height));
            let lines: Vec<Line> = options
                .iter()
                .enumerate()
                .skip(first)
                .map(|(k, o)| {
                    let style = if k == *chosen {
                        theme.selected
                    } else {
                        theme.text
                    };
                    Line::styled(format!("{} {o}", k + 1), style)
                })
                .collect();
            frame.render_widget(Paragraph::new(lines), area);
        }
        Input::Confirm => frame.render_widget(
            Paragraph::new(Span::styled(
                crate::i18n::tally::CONFIRM_YES_NO.get(lang),
                theme.warn,
            )),
            area,
        ),
    }
}

#[cfg(test)]
#[path = "form_tests.rs"]
mod tests;
