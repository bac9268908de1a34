//! Review's audit log: every change to the record (when, who, what, old → new, why), newest last,
//! filtered by kind (counts, attendance, agenda, suggestions…).

use super::list_view::ListView;
use super::{Ctx, Outcome, Screen};
use crate::i18n::{Lang, Text, review};
use crate::model::{AuditEntry, AuditKind, Session};
use crate::tui::keys::{
    self,
    review::{AUDIT_KEYS, AuditCmd, LIST_KEYS},
};
use crate::tui::widgets::wrap;
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};

/// The filters in the order `f`/Tab steps through them: everything, then the kinds a reviewer
/// asks about most (counts, attendance, agenda, suggestions), then the rest.
pub const FILTERS: [Option<AuditKind>; 9] = [
    None,
    Some(AuditKind::Counts),
    Some(AuditKind::Attendance),
    Some(AuditKind::Agenda),
    Some(AuditKind::Suggestions),
    Some(AuditKind::Round),
    Some(AuditKind::Report),
    Some(AuditKind::Header),
    Some(AuditKind::Session),
];

pub fn kind_label(kind: AuditKind) -> Text {
    match kind {
        AuditKind::Header => review::AUDIT_KIND_HEADER,
        AuditKind::Agenda => review::AUDIT_KIND_AGENDA,
        AuditKind::Attendance => review::AUDIT_KIND_ATTENDANCE,
        AuditKind::Report => review::AUDIT_KIND_REPORT,
        AuditKind::Counts => review::AUDIT_KIND_COUNTS,
        AuditKind::Round => review::AUDIT_KIND_ROUND,
        AuditKind::Suggestions => review::AUDIT_KIND_SUGGESTIONS,
        AuditKind::Session => review::AUDIT_KIND_SESSION,
    }
}

fn filter_label(f: Option<AuditKind>) -> Text {
    f.map_or(review::FILTER_ALL, kind_label)
}

#[derive(Debug, Default)]
pub struct AuditScreen {
    view: ListView,
    /// Index into [`FILTERS`].
    filter: usize,
}

impl AuditScreen {
    pub fn filter(&self) -> Option<AuditKind> {
        FILTERS.get(self.filter).copied().flatten()
    }

    /// The entries the filter lets through, in the order they were made.
    pub fn shown<'a>(&self, s: &'a Session) -> Vec<&'a AuditEntry> {
        let f = self.filter();
        s.audit
            .iter()
            .filter(|e| f.is_none_or(|k| e.kind == k))
            .collect()
    }

    fn step_filter(&mut self, by: isize) {
        let n = FILTERS.len() as isize;
        self.filter = (self.filter as isize + by).rem_euclid(n) as usize;
        self.view.selected = 0;
    }
}

fn change_text(e: &AuditEntry) -> String {
    match (&e.old, &e.new) {
        (Some(o), Some(n)) => format!("{o} → {n}"),
        (Some(o), None) => format!("{o} →"),
        (None, Some(n)) => format!("→ {n}"),
        (None, None) => String::new(),
    }
}

impl Screen for AuditScreen {
    fn on_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Outcome {
        if let Some(cmd) = keys::lookup(AUDIT_KEYS, &key) {
            match cmd {
                AuditCmd::NextFilter => self.step_filter(1),
                AuditCmd::PrevFilter => self.step_filter(-1),
                AuditCmd::AllKinds => {
                    self.filter = 0;
                    self.view.selected = 0;
                }
            }
            return Outcome::Consumed;
        }
        match keys::lookup(LIST_KEYS, &key) {
            Some(cmd) => {
                let len = ctx.session().map_or(0, |s| self.shown(s).len());
                self.view.apply(cmd, len);
                Outcome::Consumed
            }
            None => Outcome::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        let Some(session) = ctx.session() else { return };
        let shown = self.shown(session);
        let [top, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        // The count goes first so a narrow terminal still shows it.
        let mut spans = vec![
            Span::styled(
                review::entries_count(lang, shown.len(), session.audit.len()),
                theme.dim,
            ),
            Span::styled(format!("  {}: ", review::FILTER.get(lang)), theme.dim),
        ];
        for (i, f) in FILTERS.iter().enumerate() {
            let style = if i == self.filter {
                theme.tab_active
            } else {
                theme.tab
            };
            spans.push(Span::styled(filter_label(*f).get(lang), style));
            spans.push(Span::raw(" "));
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), top);
        if shown.is_empty() {
            frame.render_widget(
                wrap::paragraph(review::AUDIT_EMPTY.get(lang), body.width, true),
                body,
            );
            return;
        }
        let header = Row::new(vec![
            Cell::from(review::COL_TIME.get(lang)),
            Cell::from(review::COL_WHO.get(lang)),
            Cell::from(review::COL_KIND.get(lang)),
            Cell::from(review::COL_WHAT.get(lang)),
            Cell::from(review::COL_CHANGE.get(lang)),
            Cell::from(review::COL_REASON.get(lang)),
        ])
        .style(theme.title);
        // Only the rows in view are built (ratatui would lay out every one of them).
        let lines = usize::from(body.height).saturating_sub(1);
        let in_view = super::list_view::window(self.view.selected, shown.len(), lines);
        let selected = self.view.selected.saturating_sub(in_view.start);
        let rows = shown[in_view].iter().map(|e| {
            Row::new(vec![
                Cell::from(Span::styled(
                    e.at.format("%m-%d %H:%M:%S").to_string(),
                    theme.dim,
                )),
                Cell::from(e.who.clone()),
                Cell::from(kind_label(e.kind).get(lang)),
                Cell::from(e.target.clone()),
                Cell::from(change_text(e)),
                Cell::from(e.reason.clone().unwrap_or_default()),
            ])
        });
        let table = Table::new(
            rows,
            [
                Constraint::Length(14),
                Constraint::Length(8),
                Constraint::Length(10),
                Constraint::Fill(2),
                Constraint::Fill(3),
                Constraint::Fill(1),
            ],
        )
        .header(header)
        .row_highlight_style(theme.selected)
        .column_spacing(1);
        let mut state = TableState::default().with_selected(Some(selected));
        frame.render_stateful_widget(table, body, &mut state);
    }

    fn hint(&self, lang: Lang) -> String {
        review::HINT_AUDIT.get(lang).into()
    }

    fn refresh(&mut self, ctx: &Ctx) {
        let len = ctx.session().map_or(0, |s| self.shown(s).len());
        self.view.clamp(len);
    }
}
