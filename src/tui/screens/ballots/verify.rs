//! Verification and publishing: what still blocks 已核对 (rows that do not add up, the accounting,
//! scrutineers, a differing recheck, its cells side by side), signing off with the scrutineers'
//! names, publishing (frozen), and reopening with a reason.

use super::{Step, View, state_style};
use crate::i18n::{Lang, Text, ballots, tally};
use crate::model::ballot::RecheckDiff;
use crate::model::session::split_names;
use crate::model::{Accounting, BallotError, BallotRound, Column, RoundState};
use crate::tui::action::Action;
use crate::tui::keys::{self, ballots::VerifyCmd};
use crate::tui::ops::BallotOp;
use crate::tui::screens::Ctx;
use crate::tui::theme::Theme;
use crate::tui::widgets::form::{Form, FormEvent};
use crate::tui::widgets::tally_grid::fit;
use crate::tui::widgets::wrap;
use crate::tui::widgets::{InputOutcome, TextInput};
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ask {
    Reason,
}

#[derive(Default)]
pub struct VerifyView {
    pub scrutineers: TextInput,
    pub editing: bool,
    prompt: Option<(Ask, Form)>,
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
            tally::HINT_PROMPT
        } else {
            tally::HINT_VERIFY
        }
    }

    pub fn on_paste(&mut self, text: &str) {
        if let Some((_, form)) = &mut self.prompt {
            form.on_paste(text);
        } else if self.editing {
            self.scrutineers.insert_str(text);
        }
    }

    fn names(&self) -> Vec<String> {
        split_names(self.scrutineers.text())
    }

    /// Whether `key` changes the record: verify, publish, reopen, clear the recheck.
    pub fn changes_record(&self, key: &KeyEvent) -> bool {
        !self.editing()
            && keys::lookup(keys::ballots::VERIFY, key).is_some_and(VerifyCmd::changes_record)
    }

    pub fn on_key(&mut self, key: KeyEvent, r: &BallotRound) -> Step {
        if self.prompt.is_some() {
            return self.reason_key(key, r);
        }
        if self.editing {
            if let InputOutcome::Submit | InputOutcome::Cancel = self.scrutineers.handle_key(key) {
                self.editing = false;
            }
            return Step::Consumed;
        }
        let cmd = keys::lookup(keys::ballots::VERIFY, &key);
        match cmd {
            Some(VerifyCmd::Scrutineers) => {
                self.editing = true;
                Step::Consumed
            }
            // What blocks it is listed on screen; the model refuses with the same list.
            Some(VerifyCmd::Verify) => Step::Do(Action::from(BallotOp::Verify {
                round: r.id,
                scrutineers: self.names(),
            })),
            Some(VerifyCmd::Publish) => Step::Do(Action::from(BallotOp::Publish { round: r.id })),
            Some(VerifyCmd::Reopen) => {
                self.prompt = Some((Ask::Reason, Form::line(tally::ASK_REASON, "")));
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

    /// The reason for reopening: required; Enter reopens, Esc drops the question.
    fn reason_key(&mut self, key: KeyEvent, r: &BallotRound) -> Step {
        let Some((_, form)) = &mut self.prompt else {
            return Step::Ignored;
        };
        match form.on_key(key) {
            FormEvent::Editing => Step::Consumed,
            FormEvent::Submit if form.text().trim().is_empty() => {
                form.error = Some(BallotError::EmptyReason.message());
                Step::Consumed
            }
            FormEvent::Submit => {
                let reason = form.text();
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
        }
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, r: &BallotRound) {
        let (lang, theme) = (ctx.lang, ctx.theme);
        if area.height == 0 {
            return;
        }
        let mut lines = vec![
            state_line(r, lang, theme),
            // The scrutineers' field; drawn over by the text input when editing.
            Line::from(vec![
                Span::styled(
                    format!("{}  ", crate::i18n::common::SCRUTINEERS.get(lang)),
                    theme.dim,
                ),
                Span::raw(self.scrutineers.text().to_string()),
            ]),
        ];
        if let Some(s) = ctx.session() {
            let a = Accounting::of(r, &s.attendance);
            lines.push(Line::styled(super::accounting_text(&a, lang), theme.text));
            for w in a.warnings() {
                lines.push(Line::styled(w.message().get(lang).to_string(), theme.warn));
            }
        }
        if r.state == RoundState::Counting {
            lines.extend(blocker_lines(r, &self.names(), lang, theme));
        }
        lines.extend(recheck_lines(r, area.width, lang, theme));
        let lines = wrap::wrap(lines, area.width, false);
        let scroll = u16::try_from(self.scroll.min(lines.len().saturating_sub(1))).unwrap_or(0);
        frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), area);
        // The scrutineers' field sits on the second line while it is shown.
        if self.editing && scroll <= 1 {
            let y = area.y + 1 - scroll;
            let lw = crate::i18n::common::SCRUTINEERS.get(lang).width() as u16 + 2;
            if lw < area.width && y < area.bottom() {
                self.scrutineers.render(
                    frame,
                    Rect::new(area.x + lw, y, area.width - lw, 1),
                    theme.editing,
                    true,
                );
            }
        }
        if let Some((_, form)) = &self.prompt {
            form.render(frame, area, lang, theme);
        }
    }
}

/// The round's state, who signed it and when, when it was published.
fn state_line(r: &BallotRound, lang: Lang, theme: &Theme) -> Line<'static> {
    let mut state = vec![
        Span::styled(format!("{}  ", tally::STATE.get(lang)), theme.dim),
        Span::styled(r.state.label().get(lang), state_style(r, theme)),
    ];
    if let Some(v) = &r.verification {
        let at = v.at.format("%H:%M").to_string();
        state.push(Span::styled(
            format!(
                "  {}",
                tally::signed(&v.scrutineers.join("、"), &at).get(lang)
            ),
            theme.dim,
        ));
    }
    if let Some(p) = r.published_at {
        let at = p.format("%H:%M").to_string();
        state.push(Span::styled(
            format!("  {}", tally::published_at(&at).get(lang)),
            theme.dim,
        ));
    }
    Line::from(state)
}

/// What still blocks 已核对, or that nothing does.
fn blocker_lines(
    r: &BallotRound,
    names: &[String],
    lang: Lang,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let blockers = r.blockers(names);
    if blockers.is_empty() {
        return vec![Line::styled(tally::READY_TO_VERIFY.get(lang), theme.ok)];
    }
    let mut lines = vec![Line::styled(
        format!("── {} ──", tally::BLOCKERS.get(lang)),
        theme.title,
    )];
    lines.extend(
        blockers
            .iter()
            .map(|b| Line::styled(format!(" · {}", b.message().get(lang)), theme.error)),
    );
    lines
}

/// The recheck: none, matching, or the cells that differ side by side.
fn recheck_lines(r: &BallotRound, width: u16, lang: Lang, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(
        format!("── {} ──", tally::RECHECK_TITLE.get(lang)),
        theme.title,
    )];
    let diffs = r.recheck_diffs();
    match (&r.recheck, diffs.is_empty()) {
        (None, _) => lines.push(Line::styled(tally::NO_RECHECK.get(lang), theme.dim)),
        (Some(_), true) => lines.push(Line::styled(tally::RECHECK_MATCHES.get(lang), theme.ok)),
        (Some(_), false) => {
            // Columns by display width: `{:>6}` pads by characters, and 计票 is 2 of them but 4
            // columns wide, which wrapped the heading onto two lines.
            let (counted, rechecked) = (tally::COUNTED.get(lang), tally::RECHECKED.get(lang));
            let cw = [counted, rechecked, "000000"]
                .iter()
                .map(|s| s.width())
                .max()
                .unwrap_or(6);
            let w = usize::from(width).saturating_sub(2 * cw + 4).max(8);
            lines.push(Line::styled(
                format!(
                    "{} {} {}",
                    fit(tally::CELL.get(lang), w),
                    right(counted, cw),
                    right(rechecked, cw)
                ),
                theme.dim,
            ));
            for d in diffs {
                let name = diff_name(r, &d, lang);
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
    lines
}

/// `target · item · column` of a recheck cell that differs.
fn diff_name(r: &BallotRound, d: &RecheckDiff, lang: Lang) -> String {
    let col = match d.column {
        Column::Grade(g) => r
            .items
            .get(d.item)
            .and_then(|i| i.scale.grades.get(g))
            .map_or("?".to_string(), |g| g.label.clone()),
        Column::Blank => ballots::BLANK.get(lang).to_string(),
        Column::VoidMark => ballots::VOID_MARK.get(lang).to_string(),
    };
    format!(
        "{} · {} · {col}",
        r.targets.get(d.target).map_or("?", |t| t.name.as_str()),
        r.items.get(d.item).map_or("?", |i| i.name.as_str())
    )
}

/// `s` right-aligned in `w` display columns.
fn right(s: &str, w: usize) -> String {
    format!("{}{s}", " ".repeat(w.saturating_sub(s.width())))
}
