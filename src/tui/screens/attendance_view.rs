//! Drawing the attendance screen: the search box and the matches on the left, the counts per
//! category and the quorum gauge on the right (above the list on a narrow terminal).

use super::Ctx;
use super::attendance::{AttendanceScreen, import_lines, presence_label};
use crate::i18n::{Lang, attendance as txt};
use crate::model::{AttendanceCounts, Presence, QuorumStatus, Session, format_percent};
use crate::tui::theme::Theme;
use crate::tui::widgets::columns::{self, fit_columns, kept};
use crate::tui::widgets::form::{form_area, wrapped_height};
use crate::tui::widgets::list;
use crate::tui::widgets::wrap;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Clear, Gauge, Paragraph, Row, Table};

pub fn render(screen: &AttendanceScreen, frame: &mut Frame, area: Rect, ctx: &Ctx) {
    let Some(session) = ctx.session() else {
        return;
    };
    if area.width == 0 || area.height == 0 {
        return;
    }
    let lang = ctx.lang;
    let theme = ctx.theme;
    let counts = session.attendance.counts();
    let quorum = session.attendance.quorum_status();
    let wide = area.width >= 70 && area.height >= 8;
    let list_area = if wide {
        let [left, right] =
            Layout::horizontal([Constraint::Min(30), Constraint::Length(40)]).areas(area);
        render_counts(frame, right, &counts, &quorum, lang, theme);
        left
    } else {
        let summary_h = if area.height >= 8 { 2 } else { 1 };
        let [top, rest] =
            Layout::vertical([Constraint::Length(summary_h), Constraint::Min(0)]).areas(area);
        let t = counts.total;
        let line = format!(
            "{} {} · {} {} · {} {} · {} {}",
            txt::EXPECTED.get(lang),
            t.expected,
            txt::PRESENT.get(lang),
            t.present,
            txt::EXCUSED.get(lang),
            t.excused,
            txt::ABSENT.get(lang),
            t.absent
        );
        let verdict_style = if quorum.met { theme.ok } else { theme.warn };
        let lines = vec![
            Line::styled(line, theme.title),
            Line::styled(quorum.verdict().get(lang).to_string(), verdict_style),
        ];
        frame.render_widget(Paragraph::new(lines), top);
        rest
    };
    render_list(screen, frame, list_area, session, ctx);
    if let Some((_, form)) = &screen.form {
        form.render(frame, form_area(area, form.height()), lang, theme);
    } else if let Some(import) = &screen.import {
        let mut text = import_lines(import, lang);
        text.push(txt::IMPORT_CONFIRM.get(lang).to_string());
        let h = wrapped_height(&text, area.width.min(76).saturating_sub(2)).saturating_add(2);
        let confirm = text.pop().unwrap_or_default();
        let lines: Vec<Line> = text
            .into_iter()
            .map(Line::raw)
            .chain([Line::styled(confirm, theme.key)])
            .collect();
        let r = form_area(area, h);
        frame.render_widget(Clear, r);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border)
            .title(Span::styled(txt::IMPORT_TITLE.get(lang), theme.title));
        frame.render_widget(
            wrap::paragraph(lines, block.inner(r).width, true).block(block),
            r,
        );
    }
}

fn render_list(
    screen: &AttendanceScreen,
    frame: &mut Frame,
    area: Rect,
    session: &Session,
    ctx: &Ctx,
) {
    let lang = ctx.lang;
    let theme = ctx.theme;
    if area.height == 0 {
        return;
    }
    let [search, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    render_search(screen, frame, search, ctx);
    if list.height == 0 {
        return;
    }
    let shown = screen.shown(session);
    if shown.is_empty() && !screen.query.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(txt::NOBODY.get(lang), theme.warn)),
            list,
        );
        return;
    }
    // The detail line is left out while a form covers the list.
    let covered = screen.form.is_some() || screen.import.is_some();
    let list = match shown.get(screen.selected).filter(|_| !covered) {
        Some(p) => columns::render_detail(frame, list, &person_detail(p, lang), theme.dim),
        None => list,
    };
    let visible = usize::from(list.height).max(1);
    let skip = list::first_shown(screen.selected, visible);
    let rows = shown
        .iter()
        .skip(skip)
        .take(visible)
        .map(|p| {
            let style = match p.presence {
                Presence::Present { .. } => theme.ok,
                Presence::Excused { .. } => theme.dim,
                Presence::Expected => theme.text,
            };
            let cells = vec![
                p.name.clone(),
                p.unit.clone(),
                p.category.clone(),
                presence_label(p, lang),
            ];
            (cells, style)
        })
        .collect();
    columns::FittedTable {
        cols: &LIST_COLUMNS,
        header: None,
        rows,
        selected: screen.selected.checked_sub(skip),
        selected_style: theme.selected,
    }
    .render(frame, list);
}

/// The search box: its label, what was typed (the real cursor at the caret while it has the
/// keys), or what to type when it is empty.
fn render_search(screen: &AttendanceScreen, frame: &mut Frame, search: Rect, ctx: &Ctx) {
    let (lang, theme) = (ctx.lang, ctx.theme);
    let label = format!("{}: ", txt::SEARCH.get(lang));
    let label_w = unicode_width::UnicodeWidthStr::width(label.as_str()) as u16;
    let [l, field] =
        Layout::horizontal([Constraint::Length(label_w), Constraint::Min(0)]).areas(search);
    frame.render_widget(Paragraph::new(Span::styled(label, theme.title)), l);
    let focused = screen.form.is_none() && screen.import.is_none() && !screen.list_mode;
    if screen.query.is_empty() && !focused {
        frame.render_widget(
            Paragraph::new(Span::styled(txt::SEARCH_PLACEHOLDER.get(lang), theme.dim)),
            field,
        );
    } else {
        let style = if focused { theme.editing } else { theme.text };
        screen.query.render(frame, field, style, focused);
        if screen.query.is_empty() {
            let hint = Rect::new(field.x + 1, field.y, field.width.saturating_sub(1), 1);
            frame.render_widget(
                Paragraph::new(Span::styled(txt::SEARCH_PLACEHOLDER.get(lang), theme.dim)),
                hint,
            );
        }
    }
}

/// The list's columns: name, unit, category, presence. The name stays; the category goes first.
const LIST_COLUMNS: [columns::Col; 4] = [
    columns::Col::new(6, 24, 0),
    columns::Col::new(4, 30, 2),
    columns::Col::new(4, 20, 3),
    columns::Col::new(6, 30, 1),
];

/// Everything about the selected person, in one line under the list.
fn person_detail(p: &crate::model::Attendee, lang: Lang) -> String {
    [
        p.name.clone(),
        p.unit.clone(),
        p.category.clone(),
        presence_label(p, lang),
        p.note.clone(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

fn render_counts(
    frame: &mut Frame,
    area: Rect,
    counts: &AttendanceCounts,
    quorum: &QuorumStatus,
    lang: Lang,
    theme: &Theme,
) {
    let [table_area, gauge_area, verdict_area] = Layout::vertical([
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(2),
    ])
    .areas(area);
    let (keep, widths) = fit_columns(table_area.width.saturating_sub(1), 1, &[10, 4, 4, 4, 4], 0);
    let header = Row::new(kept(
        [
            txt::CATEGORY,
            txt::EXPECTED,
            txt::PRESENT,
            txt::EXCUSED,
            txt::ABSENT,
        ]
        .map(|t| Cell::from(t.get(lang)))
        .to_vec(),
        &keep,
    ))
    .style(theme.dim);
    let row = |name: String, c: &crate::model::Headcount, style| {
        let cells = vec![
            Cell::from(name),
            Cell::from(c.expected.to_string()),
            Cell::from(c.present.to_string()),
            Cell::from(c.excused.to_string()),
            Cell::from(c.absent.to_string()),
        ];
        Row::new(kept(cells, &keep)).style(style)
    };
    let mut rows: Vec<Row> = counts
        .categories
        .iter()
        .map(|c| row(c.category.clone(), &c.count, theme.text))
        .collect();
    rows.push(row(
        txt::TOTAL.get(lang).to_string(),
        &counts.total,
        theme.title,
    ));
    frame.render_widget(
        Table::new(rows, widths)
            .header(header)
            .column_spacing(1)
            .block(
                Block::default()
                    .borders(Borders::LEFT)
                    .border_style(theme.border),
            ),
        table_area,
    );
    render_quorum(frame, gauge_area, verdict_area, counts, quorum, lang, theme);
}

/// The quorum as a gauge (present of required, the share present) and the verdict under it.
fn render_quorum(
    frame: &mut Frame,
    gauge_area: Rect,
    verdict_area: Rect,
    counts: &AttendanceCounts,
    quorum: &QuorumStatus,
    lang: Lang,
    theme: &Theme,
) {
    let ratio = if quorum.required == 0 {
        1.0
    } else {
        (f64::from(quorum.present) / f64::from(quorum.required)).min(1.0)
    };
    let pct = counts
        .total
        .present_percent()
        .map(format_percent)
        .unwrap_or_default();
    let style = if quorum.met { theme.ok } else { theme.warn };
    frame.render_widget(
        Gauge::default()
            .ratio(ratio)
            .gauge_style(style)
            .label(format!(
                "{} {}/{} · {}",
                txt::QUORUM.get(lang),
                quorum.present,
                quorum.required,
                pct
            )),
        gauge_area,
    );
    frame.render_widget(
        wrap::paragraph(
            Line::styled(quorum.verdict().get(lang).to_string(), style),
            verdict_area.width,
            true,
        ),
        verdict_area,
    );
}
