//! The tally grid view (合计录入), spreadsheet-like: digits type into the cell, Enter keeps and
//! goes down, Tab/Shift+Tab and the arrows keep and move, `=` puts the rest of a row into blank.
//! Each row shows live whether it adds up to the valid ballots. Typed as in Excel/WPS: after
//! Tab-ing across a row, Enter goes to the next row in the column where that row's entry began.
//! The same view takes the second clerk's recheck grid (复核), blind: nothing of the first count
//! is shown while it is typed; the verification view lists the differences afterwards.

use super::tally_cache::TallyCache;
use super::{Step, View};
use crate::i18n::{Lang, Message, ballots, tally};
use crate::model::ballot::parse_count;
use crate::model::{BallotError, BallotRound, Column, RowBalance, Tally};
use crate::tui::action::Action;
use crate::tui::keys::{self, ballots::GridCmd};
use crate::tui::ops::BallotOp;
use crate::tui::screens::Ctx;
use crate::tui::theme::Theme;
use crate::tui::widgets::tally_grid::{GridLine, GridPaint, RowMark};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// A row the cursor can stand on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// The batch's valid and void ballots (batch grids only).
    Ballots,
    Cell {
        ti: usize,
        ii: usize,
    },
}

#[derive(Debug, Default)]
pub struct GridView {
    /// The batch typed into; `None` for the recheck grid.
    uid: Option<String>,
    pub row: usize,
    pub col: usize,
    pub typing: Option<String>,
    pub error: Option<Message>,
    /// Where the row's entry began (row, column) when the clerk Tabs across it: Enter returns
    /// to that column on the next row, as spreadsheets do.
    tab_start: Option<(usize, usize)>,
}

/// Rows in the order the grid shows them: item by item, target by target.
fn slots(r: &BallotRound, batch: bool) -> Vec<Slot> {
    let mut out = Vec::with_capacity(r.cells_per_ballot() + 1);
    if batch {
        out.push(Slot::Ballots);
    }
    for ii in 0..r.items.len() {
        for ti in 0..r.targets.len() {
            out.push(Slot::Cell { ti, ii });
        }
    }
    out
}

fn columns(r: &BallotRound, slot: Slot) -> usize {
    match slot {
        Slot::Ballots => 2,
        Slot::Cell { ii, .. } => r.items.get(ii).map_or(0, |i| i.scale.grades.len()) + 2,
    }
}

fn column(r: &BallotRound, ii: usize, col: usize) -> Column {
    let grades = r.items.get(ii).map_or(0, |i| i.scale.grades.len());
    match col {
        c if c < grades => Column::Grade(c),
        c if c == grades => Column::Blank,
        _ => Column::VoidMark,
    }
}

/// Why the text typed so far cannot be a count (a letter, a minus sign), if it cannot.
fn typed_error(text: &str) -> Option<Message> {
    parse_count(text).err().map(|e| e.message())
}

impl GridView {
    pub fn open(&mut self, _r: &BallotRound, uid: Option<String>) {
        *self = GridView {
            uid,
            ..GridView::default()
        };
    }

    fn slots(&self, r: &BallotRound) -> Vec<Slot> {
        slots(r, self.uid.is_some())
    }

    fn slot(&self, r: &BallotRound) -> Option<Slot> {
        self.slots(r).get(self.row).copied()
    }

    /// The count now in the cursor's cell.
    fn current(&self, r: &BallotRound, cache: Option<&Tally>) -> u32 {
        match (self.slot(r), &self.uid) {
            (Some(Slot::Ballots), Some(uid)) => r.batch(uid).map_or(0, |b| {
                if self.col == 0 {
                    b.valid_ballots
                } else {
                    b.void_ballots
                }
            }),
            (Some(Slot::Cell { ti, ii }), Some(uid)) => {
                let (Some(t), Some(i)) = (r.targets.get(ti), r.items.get(ii)) else {
                    return 0;
                };
                r.grid_cell(uid, t.id, i.id)
                    .map_or(0, |c| c.get(column(r, ii, self.col)))
            }
            (Some(Slot::Cell { ti, ii }), None) => cache
                .and_then(|t| t.cell(ti, ii))
                .map_or(0, |c| c.get(column(r, ii, self.col))),
            _ => 0,
        }
    }

    /// The change that records `value` in the cursor's cell, checked first by the model.
    fn change(&self, r: &BallotRound, value: u32) -> Result<Option<Action>, BallotError> {
        let op = match (self.slot(r), &self.uid) {
            (Some(Slot::Ballots), Some(uid)) => {
                let void = self.col == 1;
                r.check_batch_ballots(uid, void, value)?;
                BallotOp::SetBatchBallots {
                    round: r.id,
                    uid: uid.clone(),
                    void,
                    value,
                }
            }
            (Some(Slot::Cell { ti, ii }), uid) => {
                let (Some(t), Some(i)) = (r.targets.get(ti), r.items.get(ii)) else {
                    return Ok(None);
                };
                let col = column(r, ii, self.col);
                match uid {
                    Some(uid) => {
                        r.check_cell(uid, t.id, i.id, col, value)?;
                        BallotOp::SetCell {
                            round: r.id,
                            uid: uid.clone(),
                            target: t.id,
                            item: i.id,
                            col,
                            value,
                        }
                    }
                    None => {
                        r.check_recheck_cell(t.id, i.id, col, value)?;
                        BallotOp::SetRecheckCell {
                            round: r.id,
                            target: t.id,
                            item: i.id,
                            col,
                            value,
                        }
                    }
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(Action::from(op)))
    }

    /// Keeps what is being typed (if anything); on a refusal the digits stay for correcting.
    fn keep(&mut self, r: &BallotRound) -> Result<Option<Action>, ()> {
        let Some(text) = self.typing.clone() else {
            return Ok(None);
        };
        let result = parse_count(&text).and_then(|v| self.change(r, v));
        match result {
            Ok(a) => {
                self.typing = None;
                self.error = None;
                Ok(a)
            }
            Err(e) => {
                self.error = Some(e.message());
                Err(())
            }
        }
    }

    fn moved(&mut self, r: &BallotRound, cmd: GridCmd) {
        let slots = self.slots(r);
        let last = slots.len().saturating_sub(1);
        let cols = |row: usize| slots.get(row).map_or(1, |s| columns(r, *s));
        let tabbing = matches!(cmd, GridCmd::Next | GridCmd::Prev);
        if tabbing && self.tab_start.is_none_or(|(row, _)| row != self.row) {
            self.tab_start = Some((self.row, self.col));
        }
        match cmd {
            GridCmd::Up => self.row = self.row.saturating_sub(1),
            GridCmd::Down => self.row = (self.row + 1).min(last),
            GridCmd::Keep => {
                if let Some((row, col)) = self.tab_start
                    && row == self.row
                    && row < last
                {
                    self.col = col;
                }
                self.row = (self.row + 1).min(last);
            }
            GridCmd::Left => self.col = self.col.saturating_sub(1),
            GridCmd::Right => self.col = (self.col + 1).min(cols(self.row).saturating_sub(1)),
            GridCmd::Next => {
                if self.col + 1 < cols(self.row) {
                    self.col += 1;
                } else if self.row < last {
                    self.row += 1;
                    self.col = 0;
                }
            }
            GridCmd::Prev => {
                if self.col > 0 {
                    self.col -= 1;
                } else if self.row > 0 {
                    self.row -= 1;
                    self.col = cols(self.row).saturating_sub(1);
                }
            }
            _ => {}
        }
        if !tabbing {
            self.tab_start = None;
        }
        self.col = self.col.min(cols(self.row).saturating_sub(1));
    }

    /// Whether `key` changes the record: a count typed (or Backspace into one), `=`, clear.
    pub fn changes_record(&self, key: &KeyEvent) -> bool {
        match keys::lookup(keys::ballots::GRID, key) {
            Some(cmd) => cmd.changes_record(),
            None => {
                matches!(key.code, KeyCode::Char(_) | KeyCode::Backspace)
                    && !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
            }
        }
    }

    pub fn on_key(&mut self, key: KeyEvent, r: &BallotRound) -> Step {
        let cmd = keys::lookup(keys::ballots::GRID, &key);
        if let (None, KeyCode::Char(c)) = (cmd, key.code)
            && !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            // Anything but a digit (a letter, a minus sign) stays in the typed text, refused
            // beside the grid until corrected: dropping it would turn `-3` into 3 unseen.
            let t = self.typing.get_or_insert_with(String::new);
            if t.chars().count() < 9 {
                t.push(c);
            }
            self.error = typed_error(t);
            return Step::Consumed;
        }
        match cmd {
            Some(GridCmd::Back) => {
                if self.typing.take().is_some() {
                    self.error = None;
                    Step::Consumed
                } else {
                    Step::Go(if self.uid.is_some() {
                        View::Round
                    } else {
                        View::Verify
                    })
                }
            }
            Some(GridCmd::Clear) => {
                self.typing = Some("0".into());
                self.step_after_keep(r, None)
            }
            Some(GridCmd::FillBlank) => {
                if self.typing.is_some() {
                    return self.step_after_keep(r, None);
                }
                match (self.slot(r), &self.uid) {
                    (Some(Slot::Cell { ti, ii }), Some(uid)) => {
                        let (Some(t), Some(i)) = (r.targets.get(ti), r.items.get(ii)) else {
                            return Step::Consumed;
                        };
                        if let Err(e) = r.check_cell(uid, t.id, i.id, Column::Blank, 0) {
                            self.error = Some(e.message());
                            return Step::Consumed;
                        }
                        Step::Do(Action::from(BallotOp::FillBlank {
                            round: r.id,
                            uid: uid.clone(),
                            target: t.id,
                            item: i.id,
                        }))
                    }
                    _ => Step::Consumed,
                }
            }
            Some(GridCmd::Keep) if self.typing.is_none() => {
                self.moved(r, GridCmd::Keep);
                Step::Consumed
            }
            Some(c) => self.step_after_keep(r, Some(c)),
            None if key.code == KeyCode::Backspace => {
                let now = self.current(r, Tally::of_recheck(r).as_ref());
                let t = self.typing.get_or_insert_with(|| now.to_string());
                t.pop();
                self.error = typed_error(t);
                Step::Consumed
            }
            None => Step::Ignored,
        }
    }

    /// Keeps the typed count, then moves by `cmd`; a refused count stays in place.
    fn step_after_keep(&mut self, r: &BallotRound, cmd: Option<GridCmd>) -> Step {
        match self.keep(r) {
            Err(()) => Step::Consumed,
            Ok(action) => {
                if let Some(c) = cmd {
                    self.moved(r, c);
                }
                action.map_or(Step::Consumed, Step::Do)
            }
        }
    }

    pub fn render(
        &self,
        frame: &mut Frame,
        area: Rect,
        ctx: &Ctx,
        r: &BallotRound,
        cache: &TallyCache,
    ) {
        let (lang, theme) = (ctx.lang, ctx.theme);
        if area.height == 0 {
            return;
        }
        let [top, grid, bottom] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(0),
            Constraint::Length(u16::from(area.height >= 4)),
        ])
        .areas(area);
        let counted = cache.round(r);
        // The recheck's rows add up to the round's valid ballots (it has none of its own); its
        // footer counts wrong rows against the same figure its ✓ marks use.
        let tally = match &self.uid {
            Some(uid) => cache.batch(r, uid).unwrap_or_else(|| Tally::empty(r)),
            None => {
                let mut t = Tally::of_recheck(r).unwrap_or_else(|| Tally::empty(r));
                t.valid = counted.valid;
                t
            }
        };
        let valid = tally.valid;
        let top_line = match &self.uid {
            Some(uid) => self.ballots_line(r, uid, lang, theme),
            // Blind: the count's cells and how many differ stay hidden until the recheck is done.
            None => Line::styled(
                tally::recheck_blind(counted.valid).get(lang).to_string(),
                theme.dim,
            ),
        };
        frame.render_widget(Paragraph::new(top_line), top);
        let rows = Rows {
            r,
            tally: &tally,
            valid,
            lang,
        };
        let (lines, cursor) = self.grid_lines(&rows);
        let on_ballots = self.slot(r) == Some(Slot::Ballots);
        let paint = GridPaint {
            lines: &lines,
            cursor,
            typing: self.typing.as_deref().filter(|_| !on_ballots),
            theme,
        };
        let first = cursor.map_or(0, |(l, _)| {
            (l + 1).saturating_sub(usize::from(grid.height.max(1)))
        });
        paint.render(frame, grid, first);
        frame.render_widget(Paragraph::new(self.footer(&tally, lang, theme)), bottom);
    }

    /// The batch's valid and void ballots (editable, the cursor may stand on them) and the
    /// round's returned ballots.
    fn ballots_line(&self, r: &BallotRound, uid: &str, lang: Lang, theme: &Theme) -> Line<'static> {
        let on_ballots = self.slot(r) == Some(Slot::Ballots);
        let b = r.batch(uid);
        let mut spans = Vec::new();
        for (k, (label, n)) in [
            (tally::VALID_LABEL, b.map_or(0, |b| b.valid_ballots)),
            (tally::VOID_LABEL, b.map_or(0, |b| b.void_ballots)),
        ]
        .into_iter()
        .enumerate()
        {
            spans.push(Span::styled(format!("{} ", label.get(lang)), theme.dim));
            let here = on_ballots && self.col == k;
            let (text, style) = match (here, &self.typing) {
                (true, Some(t)) => (format!("{t:>4}"), theme.editing),
                (true, None) => (format!("{n:>4}"), theme.selected),
                _ => (format!("{n:>4}"), theme.text),
            };
            spans.push(Span::styled(text, style));
            spans.push(Span::raw("   "));
        }
        spans.push(Span::styled(
            tally::returned_of(r.returned, r.counted())
                .get(lang)
                .to_string(),
            theme.dim,
        ));
        Line::from(spans)
    }

    /// The grid's lines (a section per item, a row per target) and where the cursor is in them.
    fn grid_lines(&self, rows: &Rows) -> (Vec<GridLine>, Option<(usize, usize)>) {
        let r = rows.r;
        let mut lines = Vec::new();
        let mut cursor = None;
        for (k, slot) in self.slots(r).into_iter().enumerate() {
            let Slot::Cell { ti, ii } = slot else {
                continue;
            };
            let Some(item) = r.items.get(ii) else {
                continue;
            };
            if ti == 0 {
                let mut columns: Vec<String> =
                    item.scale.grades.iter().map(|g| g.label.clone()).collect();
                columns.push(ballots::BLANK.get(rows.lang).to_string());
                columns.push(ballots::VOID_MARK.get(rows.lang).to_string());
                lines.push(GridLine::Section {
                    title: item.name.clone(),
                    columns,
                });
            }
            if k == self.row {
                cursor = Some((lines.len(), self.col));
            }
            lines.push(rows.row(ti, ii));
        }
        (lines, cursor)
    }

    /// A refusal, else whether every row adds up.
    fn footer(&self, tally: &Tally, lang: Lang, theme: &Theme) -> Line<'static> {
        if let Some(e) = &self.error {
            return Line::styled(e.get(lang).to_string(), theme.error);
        }
        match tally.unbalanced().len() {
            0 => Line::styled(tally::ALL_ROWS_OK.get(lang), theme.ok),
            wrong => Line::styled(tally::rows_wrong(wrong).get(lang).to_string(), theme.error),
        }
    }
}

/// What the grid's rows are drawn from.
struct Rows<'a> {
    r: &'a BallotRound,
    tally: &'a Tally,
    valid: u32,
    lang: Lang,
}

impl Rows<'_> {
    /// Target `ti`'s counts for item `ii` and whether they add up to the valid ballots. Nothing
    /// of the first count is shown beside the recheck's cells: the second count is blind.
    fn row(&self, ti: usize, ii: usize) -> GridLine {
        let r = self.r;
        let counts = self.tally.cell(ti, ii).cloned().unwrap_or_default();
        let n = r.items.get(ii).map_or(0, |i| i.scale.grades.len()) + 2;
        let cells: Vec<u32> = (0..n).map(|c| counts.get(column(r, ii, c))).collect();
        let differs = vec![None; n];
        let mark = match RowBalance::of(counts.marked(), self.valid) {
            RowBalance::Ok => RowMark::Ok(ballots::ROW_OK.get(self.lang).to_string()),
            b => RowMark::Wrong(b.label().get(self.lang).to_string()),
        };
        GridLine::Row {
            label: r
                .targets
                .get(ti)
                .map_or_else(String::new, |t| t.name.clone()),
            cells,
            differs,
            mark,
        }
    }
}
