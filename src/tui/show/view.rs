//! Draws the projector: a pure function of what it shows, the language and the wall-clock text,
//! so tests draw it into a TestBackend exactly as the hall sees it.

use super::digits;
use super::state::{Bar, Projector, RoundPanel};
use crate::i18n::{Lang, show};
use crate::tui::theme::THEME;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

/// Everything one frame needs.
pub struct ShowFrame<'a> {
    pub lang: Lang,
    /// `None` until the file has loaded once.
    pub projector: Option<&'a Projector>,
    /// The wall clock as shown (HH:MM:SS).
    pub clock: &'a str,
    /// Set while the file cannot be read: what is wrong and for how many seconds.
    pub stale: Option<(String, u64)>,
}

const OVERRUN: Style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
const WARN: Style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
const BIG: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);

fn centred(text: String, style: Style) -> Paragraph<'static> {
    Paragraph::new(Line::from(Span::styled(text, style))).alignment(Alignment::Center)
}

pub fn render(f: &mut Frame, v: &ShowFrame) {
    let area = f.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let lang = v.lang;
    let Some(p) = v.projector else {
        f.render_widget(
            centred(show::WAITING.get(lang).to_string(), THEME.dim),
            area,
        );
        return;
    };
    // Without a report under way the results take the middle of the screen.
    let rounds_rows = if p.countdown.is_some() {
        rounds_height(p).min(area.height / 3)
    } else {
        rounds_height(p)
    };
    let [top, step, turnout, middle, bottom, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Max(rounds_rows),
        Constraint::Length(1),
    ])
    .areas(area);

    let [title_area, clock_area] = Layout::horizontal([
        Constraint::Min(0),
        Constraint::Length(v.clock.len() as u16 + 1),
    ])
    .areas(top);
    f.render_widget(centred(p.title.clone(), THEME.title), title_area);
    f.render_widget(
        Paragraph::new(v.clock.to_string()).alignment(Alignment::Right),
        clock_area,
    );

    let step_text = match &p.step {
        Some((title, n, of)) => format!("{}  ·  {title}", show::step_of(lang, *n, *of)),
        None => show::no_step(p.meeting).get(lang).to_string(),
    };
    f.render_widget(centred(step_text, THEME.text), step);

    let mut spans = vec![Span::raw(format!(
        "{} {}  /  {} {}",
        show::PRESENT.get(lang),
        p.turnout.present,
        show::EXPECTED.get(lang),
        p.turnout.expected
    ))];
    match p.quorum_met {
        Some(true) => spans.push(Span::styled(
            format!("   {}", show::QUORUM_MET.get(lang)),
            THEME.ok,
        )),
        Some(false) => spans.push(Span::styled(
            format!("   {}", show::QUORUM_NOT_MET.get(lang)),
            WARN,
        )),
        None => {}
    }
    f.render_widget(
        Paragraph::new(Line::from(spans)).alignment(Alignment::Center),
        turnout,
    );

    render_countdown(f, middle, p, lang);
    render_rounds(f, bottom, p, lang);

    let status_line = match &v.stale {
        Some((why, secs)) => Span::styled(show::stale(lang, *secs, why), WARN),
        None => Span::styled(show::QUIT_HINT.get(lang), THEME.dim),
    };
    f.render_widget(Paragraph::new(Line::from(status_line)), status);
}

/// Lines the results want: a title line, then a line per unpublished round and a heading plus
/// a line per bar for each published one.
fn rounds_height(p: &Projector) -> u16 {
    if p.rounds.is_empty() {
        return 0;
    }
    let lines: usize = p
        .rounds
        .iter()
        .map(|r| match r {
            RoundPanel::Counting { .. } => 1,
            RoundPanel::Published { bars, .. } => 1 + bars.len().max(1),
        })
        .sum();
    u16::try_from(lines + 1).unwrap_or(u16::MAX)
}

/// One bar line: the label padded by display width, the bar, the share and what it counts.
fn bar_line(bar: &Bar, label_cols: usize, width: u16) -> Line<'static> {
    let tail = format!("  {:>7} {}", bar.share.to_string(), bar.rate);
    let used = label_cols + 2 + crate::export::width::width(&tail);
    let cells = usize::from(width).saturating_sub(used).max(1);
    let filled = usize::try_from(bar.share.bar_fraction(cells as u64)).unwrap_or(cells);
    Line::from(vec![
        Span::styled(
            crate::export::width::pad(&bar.label, label_cols, crate::export::doc::Align::Left),
            THEME.title,
        ),
        Span::raw("  "),
        Span::styled("█".repeat(filled), BIG),
        Span::styled("░".repeat(cells.saturating_sub(filled)), THEME.dim),
        Span::styled(tail, THEME.title),
    ])
}

fn render_countdown(f: &mut Frame, area: Rect, p: &Projector, lang: Lang) {
    let Some(c) = &p.countdown else { return };
    if area.height == 0 {
        return;
    }
    let style = if c.remaining < 0 {
        OVERRUN
    } else if c.warn {
        WARN
    } else {
        BIG
    };
    let mut label = format!("{}: {}", show::REPORT.get(lang), c.reporter);
    if c.paused {
        label.push_str(&format!("  ({})", show::PAUSED.get(lang)));
    }
    if c.remaining < 0 {
        label.push_str(&format!("  {}", show::OVERTIME.get(lang)));
    }
    let text = digits::clock_text(c.remaining);
    let big_fits = area.height > digits::HEIGHT && area.width as usize >= digits::width(&text);
    let rows: Vec<Line> = if big_fits {
        digits::big(&text)
            .into_iter()
            .map(|r| Line::from(Span::styled(r, style)))
            .collect()
    } else {
        vec![Line::from(Span::styled(text, style))]
    };
    let body = rows.len() as u16 + 1;
    let [_, label_area, digits_area, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(body.saturating_sub(1)),
        Constraint::Fill(1),
    ])
    .areas(area);
    f.render_widget(centred(label, THEME.title), label_area);
    f.render_widget(
        Paragraph::new(rows).alignment(Alignment::Center),
        digits_area,
    );
}

fn render_rounds(f: &mut Frame, area: Rect, p: &Projector, lang: Lang) {
    if area.height == 0 || p.rounds.is_empty() {
        return;
    }
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(THEME.border)
        .title(show::RESULTS.get(lang));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let mut lines = Vec::new();
    for r in &p.rounds {
        match r {
            RoundPanel::Counting { name } => {
                lines.push(Line::from(vec![
                    Span::styled(format!("{name}  "), THEME.title),
                    Span::styled(show::COUNTING.get(lang), WARN),
                ]));
            }
            RoundPanel::Published {
                name,
                bars,
                response,
            } => {
                lines.push(Line::from(vec![
                    Span::styled(format!("{name}  "), THEME.title),
                    Span::styled(show::response(lang, &response.to_string()), THEME.dim),
                ]));
                let label_cols = bars
                    .iter()
                    .map(|b| crate::export::width::width(&b.label))
                    .max()
                    .unwrap_or(0)
                    .min(usize::from(inner.width / 3));
                for b in bars {
                    lines.push(bar_line(b, label_cols, inner.width));
                }
            }
        }
    }
    f.render_widget(Paragraph::new(lines), inner);
}
