//! The suggestions screen (征求意见建议): fast capture from the floor (text, a category with one
//! digit, who raised it by the roster's name/pinyin search, whom it concerns), the list with
//! filters by category, person and status, and the sorting: accept, decline, merge, reopen.

use super::form_screen::FormScreen;
use super::{Ctx, Outcome, Screen};
use crate::i18n::common;
use crate::i18n::{Lang, Message, suggestions as txt};
use crate::model::attendance::MatchTier;
use crate::model::{
    Id, RaisedBy, RosterIndex, Session, StatusFilter, Suggestion, SuggestionFilter,
    SuggestionInput, SuggestionStatus,
};
use crate::tui::action::Action;
use crate::tui::keys::{self, suggestions::SuggestionCmd};
use crate::tui::ops::LiveOp;
use crate::tui::widgets::columns;
use crate::tui::widgets::form::{Field, Form, form_area};
use crate::tui::widgets::list;
use crate::tui::widgets::wrap;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Editing {
    Capture,
    Edit(Id),
    Merge(Id),
    Decline(Id),
}

/// The status filters `t` steps through.
const STATUS_FILTERS: [StatusFilter; 5] = [
    StatusFilter::Is(SuggestionStatus::Open),
    StatusFilter::AnyAccepted,
    StatusFilter::Is(SuggestionStatus::Declined),
    StatusFilter::Is(SuggestionStatus::Merged),
    StatusFilter::Overdue,
];

#[derive(Debug, Default)]
pub struct SuggestionsScreen {
    pub selected: usize,
    category: Option<usize>,
    status: Option<usize>,
    person: Option<RaisedBy>,
    index: RosterIndex,
    form: Option<(Editing, Form)>,
}

/// Who raised it, from what was typed: empty is anonymous; a name or pinyin that finds one
/// person on the roster is that attendee; Chinese that finds nobody is kept as a name.
pub fn resolve_raised_by(
    typed: &str,
    session: &Session,
    index: &RosterIndex,
) -> Result<RaisedBy, Message> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(RaisedBy::Anonymous);
    }
    let people = &session.attendance.people;
    let hits = index.search(people, typed);
    let best: Vec<_> = match hits.first() {
        Some(first) if first.tier != MatchTier::Inside => {
            hits.iter().filter(|h| h.tier == first.tier).collect()
        }
        _ => Vec::new(),
    };
    match best.as_slice() {
        [one] => Ok(RaisedBy::Attendee { id: one.id }),
        [] if typed.is_ascii() => Err(txt::nobody_matches(typed)),
        [] => Ok(RaisedBy::Named {
            name: typed.to_string(),
        }),
        many => {
            let names: Vec<String> = many
                .iter()
                .filter_map(|h| people.get(h.index))
                .map(|p| format!("{} {}", p.name, p.unit))
                .collect();
            Err(txt::several_match(typed, &names.join("、")))
        }
    }
}

impl SuggestionsScreen {
    fn filter(&self, session: &Session) -> SuggestionFilter {
        SuggestionFilter {
            category: self
                .category
                .and_then(|i| session.suggestion_categories.get(i).cloned()),
            raised_by: self.person.clone(),
            status: self.status.and_then(|i| STATUS_FILTERS.get(i).copied()),
        }
    }

    fn shown<'a>(&self, session: &'a Session, ctx: &Ctx) -> Vec<&'a Suggestion> {
        session.suggestions_filtered(&self.filter(session), ctx.now.date_naive())
    }

    fn chosen(&self, ctx: &Ctx) -> Option<Suggestion> {
        let session = ctx.session()?;
        self.shown(session, ctx)
            .get(self.selected)
            .map(|s| (*s).clone())
    }

    fn open_form(&mut self, editing: Editing, ctx: &Ctx) {
        let Some(session) = ctx.session() else {
            return;
        };
        self.index.refresh(&session.attendance.people);
        let chosen = self.chosen(ctx);
        // A form that acts on one suggestion names it.
        let on = |title| match &chosen {
            Some(sg) => common::acting_on(title, &common::suggestion_label(sg.id, &sg.text)),
            None => title.into(),
        };
        let form = match editing {
            Editing::Merge(_) => Form::new(
                on(txt::MERGE_TITLE),
                vec![Field::line(txt::MERGE_INTO, "").check(|t| merge_number(t).map(|_| ()))],
            ),
            Editing::Decline(_) => {
                Form::new(on(txt::DECLINE_TITLE), vec![Field::line(txt::REASON, "")])
            }
            Editing::Capture | Editing::Edit(_) => {
                let old = chosen.filter(|_| matches!(editing, Editing::Edit(_)));
                let cats = session.suggestion_categories.clone();
                let at = old
                    .as_ref()
                    .and_then(|o| cats.iter().position(|c| *c == o.category))
                    .unwrap_or(cats.len().saturating_sub(1));
                let by = old.as_ref().map_or(String::new(), |o| match &o.raised_by {
                    RaisedBy::Anonymous => String::new(),
                    other => session.raised_by_name(other),
                });
                let concerns = old
                    .as_ref()
                    .map_or_else(|| session.header.evaluated.clone(), |o| o.concerns.clone());
                let title = if old.is_some() {
                    txt::EDIT_TITLE
                } else {
                    txt::CAPTURE_TITLE
                };
                Form::new(
                    title,
                    vec![
                        Field::area(txt::TEXT, old.map(|o| o.text).unwrap_or_default()),
                        Field::choice(txt::CATEGORY, cats, at),
                        Field::line(txt::RAISED_BY_HINT, by),
                        Field::line(txt::CONCERNS, concerns),
                    ],
                )
            }
        };
        self.form = Some((editing, form));
    }

    fn command(&mut self, cmd: SuggestionCmd, ctx: &Ctx) -> Outcome {
        let Some(session) = ctx.session() else {
            return Outcome::Ignored;
        };
        let n = self.shown(session, ctx).len();
        let id = self.chosen(ctx).map(|s| s.id);
        let live = |op| Outcome::Do(Action::from(op));
        let cycle = |v: Option<usize>, len: usize| match v {
            None if len > 0 => Some(0),
            Some(i) if i + 1 < len => Some(i + 1),
            _ => None,
        };
        match (cmd, id) {
            (SuggestionCmd::Up, _) => self.selected = list::up(self.selected),
            (SuggestionCmd::Down, _) => self.selected = list::down(self.selected, n),
            (SuggestionCmd::Capture, _) => self.open_form(Editing::Capture, ctx),
            (SuggestionCmd::Edit, Some(id)) => self.open_form(Editing::Edit(id), ctx),
            (SuggestionCmd::Accept, Some(id)) => return live(LiveOp::Accept(id)),
            (SuggestionCmd::Decline, Some(id)) => self.open_form(Editing::Decline(id), ctx),
            (SuggestionCmd::Merge, Some(id)) => self.open_form(Editing::Merge(id), ctx),
            (SuggestionCmd::Reopen, Some(id)) => return live(LiveOp::Reopen(id)),
            (SuggestionCmd::Remove, Some(id)) => return live(LiveOp::SuggestionRemove(id)),
            (SuggestionCmd::FilterCategory, _) => {
                self.category = cycle(self.category, session.suggestion_categories.len());
                self.selected = 0;
            }
            (SuggestionCmd::FilterStatus, _) => {
                self.status = cycle(self.status, STATUS_FILTERS.len());
                self.selected = 0;
            }
            (SuggestionCmd::FilterPerson, _) => {
                self.person = match self.person {
                    Some(_) => None,
                    None => self.chosen(ctx).map(|s| s.raised_by),
                };
                self.selected = 0;
            }
            (SuggestionCmd::ClearFilters, _) => {
                self.category = None;
                self.status = None;
                self.person = None;
                self.selected = 0;
            }
            _ => {}
        }
        Outcome::Consumed
    }

    fn filter_line(&self, session: &Session, lang: Lang) -> String {
        let all = txt::ALL.get(lang);
        let category = self
            .category
            .and_then(|i| session.suggestion_categories.get(i))
            .map_or(all, String::as_str);
        let status = match self.status.and_then(|i| STATUS_FILTERS.get(i)) {
            Some(StatusFilter::Is(st)) => st.label().get(lang),
            Some(StatusFilter::Overdue) => txt::OVERDUE.get(lang),
            Some(StatusFilter::AnyAccepted) => txt::ACCEPTED.get(lang),
            None => all,
        };
        let person = self
            .person
            .as_ref()
            .map_or_else(|| all.to_string(), |p| session.raised_by_name(p));
        format!(
            "{}: {} {} · {} {} · {} {}",
            txt::FILTER.get(lang),
            txt::CATEGORY.get(lang),
            category,
            txt::COL_STATUS.get(lang),
            status,
            txt::RAISED_BY.get(lang),
            person
        )
    }
}

/// `3` or `#3`: the suggestion to merge into.
fn merge_number(text: &str) -> Result<Id, Message> {
    text.trim()
        .trim_start_matches('#')
        .parse::<Id>()
        .map_err(|_| txt::not_a_number(text))
}

impl FormScreen for SuggestionsScreen {
    type Editing = Editing;

    fn form_slot(&self) -> &Option<(Editing, Form)> {
        &self.form
    }

    fn form_slot_mut(&mut self) -> &mut Option<(Editing, Form)> {
        &mut self.form
    }

    fn submit_form(&mut self, ctx: &Ctx) -> Outcome {
        let (Some((editing, form)), Some(session)) = (&mut self.form, ctx.session()) else {
            return Outcome::Consumed;
        };
        let op = match *editing {
            Editing::Merge(from) => match merge_number(&form.value(txt::MERGE_INTO)) {
                Ok(into) => LiveOp::Merge { from, into },
                Err(m) => {
                    form.refuse(txt::MERGE_INTO, m);
                    return Outcome::Consumed;
                }
            },
            Editing::Decline(id) => LiveOp::Decline {
                id,
                reason: form.value(txt::REASON),
            },
            Editing::Capture | Editing::Edit(_) => {
                let by = form.value(txt::RAISED_BY_HINT);
                let raised_by = match resolve_raised_by(&by, session, &self.index) {
                    Ok(r) => r,
                    Err(m) => {
                        form.refuse(txt::RAISED_BY_HINT, m);
                        return Outcome::Consumed;
                    }
                };
                let input = SuggestionInput {
                    text: form.value(txt::TEXT),
                    category: form.value(txt::CATEGORY),
                    raised_by,
                    concerns: form.value(txt::CONCERNS),
                };
                match *editing {
                    Editing::Edit(id) => LiveOp::SuggestionEdit {
                        id,
                        suggestion: input,
                    },
                    _ => LiveOp::SuggestionAdd(input),
                }
            }
        };
        Outcome::Do(Action::from(op))
    }
}

impl Screen for SuggestionsScreen {
    super::form_screen::form_screen_methods!(keys::suggestions::KEYS, SuggestionCmd, txt::HINT);

    fn refresh(&mut self, ctx: &Ctx) {
        if let Some(session) = ctx.session() {
            self.index.refresh(&session.attendance.people);
            let n = self.shown(session, ctx).len();
            self.selected = list::clamp(self.selected, n);
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let Some(session) = ctx.session() else {
            return;
        };
        if area.width == 0 || area.height == 0 {
            return;
        }
        let lang = ctx.lang;
        let theme = ctx.theme;
        let c = session.suggestion_counts(ctx.now.date_naive());
        let counts = txt::counts_line(c.collected, c.accepted, c.solved, c.overdue);
        let head_h = if area.height >= 6 { 2 } else { 1 };
        let [head, list] =
            Layout::vertical([Constraint::Length(head_h), Constraint::Min(0)]).areas(area);
        let lines = vec![
            Line::styled(counts.get(lang).to_string(), theme.title),
            Line::styled(self.filter_line(session, lang), theme.dim),
        ];
        frame.render_widget(Paragraph::new(lines), head);
        let shown = self.shown(session, ctx);
        if shown.is_empty() {
            frame.render_widget(
                wrap::paragraph(
                    Line::styled(txt::NONE.get(lang), theme.dim),
                    list.width,
                    true,
                ),
                list,
            );
        } else {
            self.render_rows(frame, list, session, &shown, ctx);
        }
        if let Some((editing, form)) = &self.form {
            let h = form.height();
            let h = if matches!(editing, Editing::Capture | Editing::Edit(_)) {
                h.max(10)
            } else {
                h
            };
            form.render(frame, form_area(area, h), lang, theme);
        }
    }
}

/// The list's columns: number, category, text, who raised it, status. The text stays; the
/// number goes first, then the category.
const LIST_COLUMNS: [columns::Col; 5] = [
    columns::Col::new(2, 5, 4),
    columns::Col::new(4, 16, 3),
    columns::Col::new(8, 0, 0),
    columns::Col::new(4, 16, 2),
    columns::Col::new(4, 20, 1),
];

impl SuggestionsScreen {
    /// One row per suggestion, columns sized by what they hold; the selected one's whole text
    /// under the list.
    fn render_rows(
        &self,
        frame: &mut Frame,
        list: Rect,
        session: &Session,
        shown: &[&Suggestion],
        ctx: &Ctx,
    ) {
        let (lang, theme) = (ctx.lang, ctx.theme);
        let today = ctx.now.date_naive();
        // The detail line is left out while a form covers the list.
        let list = match shown.get(self.selected).filter(|_| self.form.is_none()) {
            Some(sg) => columns::render_detail(frame, list, &sg.text.replace('\n', " "), theme.dim),
            None => list,
        };
        let visible = usize::from(list.height).max(1);
        let skip = list::first_shown(self.selected, visible);
        let rows = shown
            .iter()
            .skip(skip)
            .take(visible)
            .map(|sg| {
                let status = sg.status().label().get(lang);
                let (status, style) = if sg.is_overdue(today) {
                    (format!("{status} · {}", txt::OVERDUE.get(lang)), theme.warn)
                } else {
                    (status.to_string(), theme.text)
                };
                let cells = vec![
                    sg.id.to_string(),
                    sg.category.clone(),
                    sg.text.lines().next().unwrap_or_default().to_string(),
                    session.raised_by_name(&sg.raised_by),
                    status,
                ];
                (cells, style)
            })
            .collect();
        columns::FittedTable {
            cols: &LIST_COLUMNS,
            header: None,
            rows,
            selected: self.selected.checked_sub(skip),
            selected_style: theme.selected,
        }
        .render(frame, list);
    }
}
