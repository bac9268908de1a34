//! The small questions the ballot screens ask: a line of text, a multi-line list (pasted
//! targets), a choice from a list, or yes/no. The screen says what the answer is for.

use crate::i18n::{Lang, Message, tally as tx};
use crate::tui::theme::Theme;
use crate::tui::widgets::{InputOutcome, TextArea, TextInput};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

#[derive(Debug, Clone)]
pub enum Field {
    Line(TextInput),
    Lines(TextArea),
    Choice {
        options: Vec<String>,
        selected: usize,
    },
    Confirm,
}

/// A question: its title, the field, and an error from the last answer.
#[derive(Debug, Clone)]
pub struct Prompt<P> {
    pub purpose: P,
    pub title: String,
    pub field: Field,
    pub error: Option<Message>,
}

/// What a key did to a prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Pending,
    Cancel,
    Text(String),
    Choice(usize),
    Yes,
}

impl<P> Prompt<P> {
    pub fn line(purpose: P, title: impl Into<String>, text: impl Into<String>) -> Prompt<P> {
        Prompt {
            purpose,
            title: title.into(),
            field: Field::Line(TextInput::new(text)),
            error: None,
        }
    }

    pub fn lines(purpose: P, title: impl Into<String>, text: impl Into<String>) -> Prompt<P> {
        Prompt {
            purpose,
            title: title.into(),
            field: Field::Lines(TextArea::new(text)),
            error: None,
        }
    }

    pub fn choice(purpose: P, title: impl Into<String>, options: Vec<String>) -> Prompt<P> {
        Prompt {
            purpose,
            title: title.into(),
            field: Field::Choice {
                options,
                selected: 0,
            },
            error: None,
        }
    }

    pub fn confirm(purpose: P, title: impl Into<String>) -> Prompt<P> {
        Prompt {
            purpose,
            title: title.into(),
            field: Field::Confirm,
            error: None,
        }
    }

    pub fn on_key(&mut self, key: KeyEvent) -> Answer {
        match &mut self.field {
            Field::Line(input) => match input.handle_key(key) {
                InputOutcome::Submit => Answer::Text(input.text().to_string()),
                InputOutcome::Cancel => Answer::Cancel,
                InputOutcome::Changed => {
                    self.error = None;
                    Answer::Pending
                }
                InputOutcome::Moved | InputOutcome::Ignored => Answer::Pending,
            },
            Field::Lines(area) => match area.handle_key(key) {
                InputOutcome::Submit => Answer::Text(area.text().to_string()),
                InputOutcome::Cancel => Answer::Cancel,
                InputOutcome::Changed => {
                    self.error = None;
                    Answer::Pending
                }
                InputOutcome::Moved | InputOutcome::Ignored => Answer::Pending,
            },
            Field::Choice { options, selected } => match key.code {
                KeyCode::Up => {
                    *selected = selected.saturating_sub(1);
                    Answer::Pending
                }
                KeyCode::Down => {
                    *selected = (*selected + 1).min(options.len().saturating_sub(1));
                    Answer::Pending
                }
                KeyCode::Char(c @ '1'..='9') => {
                    let k = usize::from(c as u8 - b'1');
                    if k < options.len() {
                        Answer::Choice(k)
                    } else {
                        Answer::Pending
                    }
                }
                KeyCode::Enter if !options.is_empty() => Answer::Choice(*selected),
                KeyCode::Esc => Answer::Cancel,
                _ => Answer::Pending,
            },
            Field::Confirm => match key.code {
                KeyCode::Char('y' | 'Y') | KeyCode::Enter => Answer::Yes,
                _ => Answer::Cancel,
            },
        }
    }

    pub fn on_paste(&mut self, text: &str) {
        match &mut self.field {
            Field::Line(input) => {
                input.insert_str(text);
            }
            Field::Lines(area) => {
                area.insert_str(text);
            }
            Field::Choice { .. } | Field::Confirm => {}
        }
    }

    /// Draws the prompt as a box over the bottom of `area`.
    pub fn render(&self, frame: &mut Frame, area: Rect, lang: Lang, theme: &Theme) {
        let body = match &self.field {
            Field::Line(_) => 1,
            Field::Lines(_) => 6,
            Field::Choice { options, .. } => options.len().min(10) as u16,
            Field::Confirm => 1,
        };
        let height = (body + 2 + u16::from(self.error.is_some())).min(area.height);
        if height < 3 || area.width < 4 {
            // No room for a box: the field alone on the last line.
            let y = area.bottom().saturating_sub(1);
            self.render_field(
                frame,
                Rect::new(area.x, y, area.width, 1.min(area.height)),
                lang,
                theme,
            );
            return;
        }
        let rect = Rect::new(area.x, area.bottom() - height, area.width, height);
        frame.render_widget(Clear, rect);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border)
            .title(Span::styled(self.title.clone(), theme.title));
        let inner = block.inner(rect);
        frame.render_widget(block, rect);
        let field_h = inner.height.saturating_sub(u16::from(self.error.is_some()));
        self.render_field(
            frame,
            Rect::new(inner.x, inner.y, inner.width, field_h),
            lang,
            theme,
        );
        if let Some(e) = &self.error
            && inner.height > 0
        {
            frame.render_widget(
                Paragraph::new(Span::styled(e.get(lang).to_string(), theme.error))
                    .wrap(Wrap { trim: true }),
                Rect::new(inner.x, inner.bottom() - 1, inner.width, 1),
            );
        }
    }

    fn render_field(&self, frame: &mut Frame, area: Rect, lang: Lang, theme: &Theme) {
        if area.height == 0 || area.width == 0 {
            return;
        }
        match &self.field {
            Field::Line(input) => input.render(frame, area, theme.editing, true),
            Field::Lines(text) => text.render(frame, area, theme.editing, true),
            Field::Choice { options, selected } => {
                let first = (*selected + 1).saturating_sub(usize::from(area.height));
                let lines: Vec<Line> = options
                    .iter()
                    .enumerate()
                    .skip(first)
                    .map(|(k, o)| {
                        let style = if k == *selected {
                            theme.selected
                        } else {
                            theme.text
                        };
                        Line::styled(format!("{} {o}", k + 1), style)
                    })
                    .collect();
                frame.render_widget(Paragraph::new(lines), area);
            }
            Field::Confirm => frame.render_widget(
                Paragraph::new(Span::styled(tx::CONFIRM_YES_NO.get(lang), theme.warn)),
                area,
            ),
        }
    }
}
