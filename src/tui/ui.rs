//! Draws the whole application from `&App`: tab bar, the screen in front, key hint, status line,
//! and the help overlay. Pure: reads the app, never changes it.

use super::app::App;
use super::screen_id::ScreenId;
use super::screens::help;
use super::theme::THEME;
use super::widgets::tab_bar;
use crate::i18n::{Lang, tui};
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

/// Below this the screens cannot say anything useful; a plain message is shown instead.
pub const MIN_WIDTH: u16 = 16;
pub const MIN_HEIGHT: u16 = 4;

pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let lang = app.lang;
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        render_too_small(frame, area, lang);
        return;
    }
    let show_tabs = area.height >= 8;
    let show_hint = area.height >= 10;
    let [tabs, body, hint, status] = Layout::vertical([
        Constraint::Length(u16::from(show_tabs)),
        Constraint::Min(1),
        Constraint::Length(u16::from(show_hint)),
        Constraint::Length(1),
    ])
    .areas(area);
    if show_tabs {
        render_tabs(app, frame, tabs);
    }
    let ctx = app.ctx();
    app.screens.get(app.screen).render(frame, body, &ctx);
    if show_hint {
        render_hint(app, frame, hint);
    }
    render_status(app, frame, status);
    if let Some(view) = &app.help {
        help::render(view, frame, overlay(area), lang, &THEME);
    }
}

fn render_too_small(frame: &mut Frame, area: Rect, lang: Lang) {
    let lines = vec![
        Line::styled(tui::TOO_SMALL.get(lang), THEME.warn),
        Line::raw(tui::TOO_SMALL_HINT.get(lang)),
    ];
    frame.render_widget(Paragraph::new(lines).alignment(Alignment::Center), area);
}

/// The help overlay's rectangle: most of the screen, with a margin where there is room.
fn overlay(area: Rect) -> Rect {
    let mx = if area.width > 40 { area.width / 10 } else { 0 };
    let my = if area.height > 16 {
        area.height / 10
    } else {
        0
    };
    Rect::new(
        area.x + mx,
        area.y + my,
        area.width.saturating_sub(2 * mx),
        area.height.saturating_sub(2 * my),
    )
}

fn render_tabs(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let mut spans = vec![Span::styled(
        format!(" {} ", tui::APP_NAME.get(lang)),
        THEME.title,
    )];
    if app.doc.is_none() {
        spans.push(Span::styled(
            format!(" {} ", ScreenId::Picker.title().get(lang)),
            THEME.tab_active,
        ));
    } else {
        let room = (area.width as usize).saturating_sub(spans[0].width());
        let (tabs, padded) = tab_bar::fit(ScreenId::MEETING, app.screen, lang, room);
        for tab in tabs {
            let style = if tab.active {
                THEME.tab_active
            } else {
                THEME.tab
            };
            spans.push(Span::styled(tab.text, style));
            if !padded {
                spans.push(Span::raw(" "));
            }
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn render_hint(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let line = match &app.flash {
        Some(f) => Line::styled(
            f.message.get(lang).to_string(),
            if f.error { THEME.error } else { THEME.ok },
        ),
        None => Line::styled(app.screens.get(app.screen).hint(lang), THEME.dim),
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// Title · agenda step on the left; clock and save state on the right. On a screen too short for
/// the hint line, a message takes the left part instead.
fn render_status(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    frame.render_widget(Paragraph::new("").style(THEME.status), area);
    let clock = app.now.format("%H:%M:%S").to_string();
    let (left, right) = match &app.doc {
        Some(doc) => {
            let step = doc
                .session
                .agenda
                .current_item()
                .map(|i| i.title.clone())
                .unwrap_or_else(|| doc.session.state().label(lang).to_string());
            (
                format!(" {} · {}", doc.session.title(lang), step),
                format!(" {} │ {} ", doc.save_view(lang), clock),
            )
        }
        None => (
            format!(" {}", tui::APP_NAME.get(lang)),
            format!(" {clock} "),
        ),
    };
    let flash_left = (area.height > 0 && app.flash.is_some() && frame.area().height < 10)
        .then(|| {
            app.flash
                .as_ref()
                .map(|f| (f.message.get(lang).to_string(), f.error))
        })
        .flatten();
    let right_w = (right.width() as u16).min(area.width);
    let [l, r] = Layout::horizontal([Constraint::Min(0), Constraint::Length(right_w)]).areas(area);
    match flash_left {
        Some((text, error)) => frame.render_widget(
            Paragraph::new(Span::styled(
                text,
                if error { THEME.error } else { THEME.status },
            )),
            l,
        ),
        None => frame.render_widget(Paragraph::new(left).style(THEME.status), l),
    }
    let failed = app.doc.as_ref().is_some_and(|d| {
        !d.is_read_only() && matches!(d.persist.status(), super::doc::SaveView::Failed(_))
    });
    let style = if failed { THEME.error } else { THEME.status };
    frame.render_widget(Paragraph::new(right).style(style), r);
}
