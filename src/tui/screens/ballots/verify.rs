//! Verification and publishing: what still blocks 已核对 (rows that do not add up, the accounting,
//! scrutineers, a differing recheck, its cells side by side), signing off with the scrutineers'
//! names, publishing (frozen), and reopening with a reason.

use super::prompt::{Answer, Prompt};
use super::{Step, View, state_style};
use crate::i18n::{Text, ballots as bx, tally as tx};
use crate::model::session::split_names;
use crate::model::{BallotError, BallotRound, Column, RoundState};
use crate::tui::action::Action;
use crate::tui::keys::{self, ballots::VerifyCmd};
use crate::tui::ops::BallotOp;
use crate::tui::screens::Ctx;
use crate::tui::widgets::tally_grid::fit;
use crate::tui::widgets::{InputOutcome, TextInput};
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ask {
    Reason,
}

#[derive(Default)]
pub struct VerifyView {
    pub scrutineers: TextInput,
    pub editing: bool,
    prompt: Option<Prompt<Ask>>,
    pub scroll: usize,
}

impl VerifyView {
    /// Opens on `r`, with the scrutineers who signed it, else those named in the header.
    pub fn open(&mut self, r: &BallotRound, header: Vec<String>) {
        let names = r
            .verification
            .as_ref()
            .map_or(header, |v| v.scrutineers.clone());
        *self = VerifyView {
            scrutineers: TextInput::new(names.join("、")),
            ..VerifyView::default()
        };
    }

    pub fn editing(&self) -> bool {
        self.editing || self.prompt.is_some()
    }

    pub fn hint(&self) -> Text {
        if self.editing() {
            tx::HINT_PROMPT
        } else {
            tx::HINT_VERIFY
        }
    }

    pub fn on_paste(&mut self, text: &str) {
        if let Some(p) = &mut self.prompt {
            p.on_paste(text);
        } else if self.editing {
            self.scrutineers.insert_str(text);
        }
    }

    fn names(&self) -> Vec<String> {
        split_names(self.scrutineers.text())
    }

    pub fn on_key(&mut self, key: KeyEvent, ctx: &Ctx, r: &BallotRound) -> Step {
        if let Some(p) = &mut self.prompt {
            return match p.on_key(key) {
                Answer::Pending => Step::Consumed,
                Answer::Text(reason) => {
                    if reason.trim().is_empty() {
                        p.error = Some(BallotError::EmptyReason.message());
                        return Step::Consumed;
                    }
                    self.prompt = None;
                    Step::Do(Action::from(BallotOp::Reopen {
                        round: r.id,
                        reason,
                    }))
                }
                _ => {
                    self.prompt = None;
                    Step::Consumed
                }
            };
        }
        if self.editing {
            return match self.scrutineers.handle_key(key) {
                InputOutcome::Submit | InputOutcome::Cancel => {
                    self.editing = false;
                    Step::Consumed
                }
                _ => Step::Consumed,
            };
        }
        let cmd = keys::lookup(keys::ballots::VERIFY, &key);
        let changes = matches!(
            cmd,
            Some(
                VerifyCmd::Verify
                    | VerifyCmd::Publish
                    | VerifyCmd::Reopen
                    | VerifyCmd::ClearRecheck
            )
        );
        if changes && ctx.read_only() {
            return Step::Do(Action::Flash(crate::i18n::tui::READ_ONLY_REFUSED.into()));
        }
        match cmd {
            Some(VerifyCmd::Scrutineers) => {
                self.editing = true;
                Step::Consumed
            }
            Some(VerifyCmd::Verify) => {
                let names = self.names();
                let blockers = r.blockers(&names);
                if blockers.is_empty() {
                    Step::Do(Action::from(BallotOp::Verify {
                        round: r.id,
                        scrutineers: names,
                    }))
                } else {
                    Step::Do(Action::Flash(BallotError::NotReady { blockers }.message()))
                }
            }
            Some(VerifyCmd::Publish) => Step::Do(Action::from(BallotOp::Publish { round: r.id })),
            Some(VerifyCmd::Reopen) => {
                self.prompt = Some(Prompt::line(Ask::Reason, tx::ASK_REASON.get(ctx.lang), ""));
                Step::Consumed
            }
            Some(VerifyCmd::Recheck) => Step::Go(View::Recheck),
            Some(VerifyCmd::ClearRecheck) => {
                Step::Do(Action::from(BallotOp::ClearRecheck { round: r.id }))
            }
            Some(VerifyCmd::Up) => {
                self.scroll = self.scroll.saturating_sub(1);
                Step::Consumed
            }
            Some(VerifyCmd::Down) => {
                self.scroll = self.scroll.saturating_add(1);
                Step::Consumed
            }
            Some(VerifyCmd::Back) => Step::Go(View::Round),
            None => Step::Ignored,
        }
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, r: &BallotRound) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        if area.height == 0 {
            return;
        }
        let label = |t: Text| Span::styled(format!("{}  ", t.get(lang)), theme.dim);
        let mut state = vec![
            label(tx::STATE),
            Span::styled(r.state.label().get(lang), state_style(r, theme)),
        ];
        if let Some(v) = &r.verification {
            state.push(Span::styled(
                format!(
                    "  {}",
                    tx::signed(&v.scrutineers.join("、"), &v.at.format("%H:%M").to_string())
                        .get(lang)
                ),
                theme.dim,
            ));
        }
        if let Some(p) = r.published_at {
            state.push(Span::styled(
                format!(
                    "  {}",
                    tx::published_at(&p.format("%H:%M").to_string()).get(lang)
                ),
                theme.dim,
            ));
        }
        let mut lines = vec![Line::from(state)];
        // Line 1 is the scrutineers' field; it is drawn over by the text input when editing.
        lines.push(Line::from(vec![
            label(crate::i18n::common::SCRUTINEERS),
            Span::raw(self.scrutineers.text().to_string()),
        ]));
        if let Some(s) = ctx.session() {
            let a = crate::model::Accounting::of(r, &s.attendance);
            lines.push(Line::styled(
                crate::i18n::ballots::accounting_line(
                    lang,
                    crate::i18n::ballots::Figures {
                        expected: a.expected,
                        present: a.present,
                        issued: a.issued,
                        returned: a.returned,
                        void: a.void,
                        valid: a.valid,
                    },
                    &a.response_rate().to_string(),
                ),
                theme.text,
            ));
            for w in a.warnings() {
                lines.push(Line::styled(w.message().get(lang).to_string(), theme.warn));
            }
        }
        if r.state == RoundState::Counting {
            let blockers = r.blockers(&self.names());
            if blockers.is_empty() {
                lines.push(Line::styled(tx::READY_TO_VERIFY.get(lang), theme.ok));
            } else {
                lines.push(Line::styled(
                    format!("── {} ──", tx::BLOCKERS.get(lang)),
                    theme.title,
                ));
                for b in blockers {
                    lines.push(Line::styled(
                        format!(" · {}", b.message().get(lang)),
                        theme.error,
                    ));
                }
            }
        }
        lines.push(Line::styled(
            format!("── {} ──", tx::RECHECK_TITLE.get(lang)),
            theme.title,
        ));
        let diffs = r.recheck_diffs();
        match (&r.recheck, diffs.is_empty()) {
            (None, _) => lines.push(Line::styled(tx::NO_RECHECK.get(lang), theme.dim)),
            (Some(_), true) => lines.push(Line::styled(tx::RECHECK_MATCHES.get(lang), theme.ok)),
            (Some(_), false) => {
                // Columns by display width: `{:>6}` pads by characters, and 计票 is 2 of them
                // but 4 columns wide, which wrapped the heading onto two lines.
                let (counted, rechecked) = (tx::COUNTED.get(lang), tx::RECHECKED.get(lang));
                let cw = [counted, rechecked, "000000"]
                    .iter()
                    .map(|s| s.width())
                    .max()
                    .unwrap_or(6);
                let w = usize::from(area.width).saturating_sub(2 * cw + 4).max(8);
                lines.push(Line::styled(
                    format!(
                        "{} {} {}",
                        fit(tx::CELL.get(lang), w),
                        right(counted, cw),
                        right(rechecked, cw)
                    ),
                    theme.dim,
                ));
                for d in diffs {
                    let col = match d.column {
                        Column::Grade(g) => r
                            .items
                            .get(d.item)
                            .and_then(|i| i.scale.grades.get(g))
                            .map_or("?".to_string(), |g| g.label.clone()),
                        Column::Blank => bx::BLANK.get(lang).to_string(),
                        Column::VoidMark => bx::VOID_MARK.get(lang).to_string(),
                    };
                    let name = format!(
                        "{} · {} · {col}",
                        r.targets.get(d.target).map_or("?", |t| t.name.as_str()),
                        r.items.get(d.item).map_or("?", |i| i.name.as_str())
                    );
                    lines.push(Line::styled(
                        format!(
                            "{} {} {}",
                            fit(&name, w),
                            right(&d.counted.to_string(), cw),
                            right(&d.recheck.to_string(), cw)
                        ),
                        theme.error,
                    ));
                }
            }
        }
        let scroll = u16::try_from(self.scroll.min(lines.len().saturating_sub(1))).unwrap_or(0);
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .scroll((scroll, 0)),
            area,
        );
        // The scrutineers' field sits on the second line while it is shown.
        if self.editing && scroll <= 1 {
            let y = area.y + 1 - scroll;
            let lw =
                unicode_width::UnicodeWidthStr::width(crate::i18n::common::SCRUTINEERS.get(lang))
                    as u16
                    + 2;
            if lw < area.width && y < area.bottom() {
                self.scrutineers.render(
                    frame,
                    Rect::new(area.x + lw, y, area.width - lw, 1),
                    theme.editing,
                    true,
                );
            }
        }
        if let Some(p) = &self.prompt {
            p.render(frame, area, lang, theme);
        }
    }
}

/// `s` right-aligned in `w` display columns.
fn right(s: &str, w: usize) -> String {
    format!("{}{s}", " ".repeat(w.saturating_sub(s.width())))
}
