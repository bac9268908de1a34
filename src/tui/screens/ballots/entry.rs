//! Ballot-by-ballot entry (逐票录入 / 唱票): ballot No. n, target by target, item by item; 1–9
//! the grade, 0 blank, `.` a double-marked item, `-` voids the whole ballot. The last mark of a
//! ballot commits it and the next begins: one keystroke per item. Backspace steps back inside
//! the ballot; Ctrl+Z takes back the last committed ballot and offers it back in the row for
//! correcting: Backspace to the wrong mark, press it again, Enter commits it (under its number).

use super::tally_cache::TallyCache;
use super::{Step, View};
use crate::i18n::{Lang, Message, ballots, tally};
use crate::model::ballot::{CellCounts, read_marks, write_marks};
use crate::model::{BallotItem, BallotRound, Batch, Column, Mark};
use crate::tui::action::Action;
use crate::tui::keys::{self, ballots::EntryCmd};
use crate::tui::ops::BallotOp;
use crate::tui::screens::Ctx;
use crate::tui::theme::Theme;
use crate::tui::widgets::wrap;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

#[derive(Debug, Default)]
pub struct EntryView {
    /// The marks of the ballot being read, in form order.
    pub marks: Vec<Mark>,
    /// Where the next mark goes: the end of `marks`, or before it while correcting a ballot
    /// taken back (the marks after it are kept until pressed again).
    pub at: usize,
    /// The number of a ballot taken back with Ctrl+Z, offered in the row for correcting.
    pub correcting: Option<u32>,
    pub error: Option<Message>,
}

impl EntryView {
    pub fn open(&mut self) {
        *self = EntryView::default();
    }

    /// Offers ballot `no`, just taken back, in the row: its marks (`None` when it was void) for
    /// correcting. What the row held gives way, and the clerk is told: a ballot half typed is
    /// dropped; one being corrected stays out of the count.
    pub fn offer(&mut self, no: u32, marks: Option<&str>) {
        self.error = match self.correcting {
            Some(before) => Some(tally::still_taken_back(before)),
            None if !self.marks.is_empty() => Some(tally::BALLOT_DROPPED.into()),
            None => None,
        };
        self.marks = marks.map_or_else(Vec::new, |m| read_marks(m).flatten().collect());
        self.at = self.marks.len();
        self.correcting = Some(no);
    }

    fn clear(&mut self) {
        self.marks.clear();
        self.at = 0;
        self.correcting = None;
    }

    /// Puts one mark at the cursor; the ballot's last mark commits it.
    fn mark(&mut self, r: &BallotRound, uid: &str, mark: Mark) -> Step {
        let pos = self.at;
        if pos >= r.cells_per_ballot() && pos > 0 {
            // Only a ballot taken back sits whole in the row.
            self.error = Some(tally::MARKS_COMPLETE.into());
            return Step::Consumed;
        }
        let checked = if pos == 0 {
            r.check_commit(uid)
        } else {
            Ok(())
        }
        .and_then(|()| r.check_mark(pos, mark));
        if let Err(e) = checked {
            self.error = Some(e.message());
            return Step::Consumed;
        }
        self.error = None;
        match self.marks.get_mut(pos) {
            Some(m) => *m = mark,
            None => self.marks.push(mark),
        }
        self.at = pos + 1;
        if self.at < r.cells_per_ballot() {
            return Step::Consumed;
        }
        self.commit(r, uid)
    }

    /// Commits the ballot in the row (all its marks in), or says how many are missing.
    fn commit(&mut self, r: &BallotRound, uid: &str) -> Step {
        let n = r.cells_per_ballot();
        if self.marks.len() < n {
            self.error = Some(tally::marks_missing(n - self.marks.len()));
            return Step::Consumed;
        }
        if let Err(e) = r.check_commit(uid) {
            self.error = Some(e.message());
            return Step::Consumed;
        }
        let marks = write_marks(&self.marks[..n]);
        self.clear();
        Step::Do(Action::from(BallotOp::CommitBallot {
            round: r.id,
            uid: uid.to_string(),
            marks,
        }))
    }

    /// Whether `key` changes the record: every mark key (Esc only leaves).
    pub fn changes_record(&self, key: &KeyEvent) -> bool {
        !key.modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
            && keys::lookup(keys::ballots::ENTRY, key) != Some(EntryCmd::Back)
    }

    pub fn on_key(&mut self, key: KeyEvent, r: &BallotRound, uid: &str) -> Step {
        if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return Step::Ignored;
        }
        let cmd = keys::lookup(keys::ballots::ENTRY, &key);
        if cmd == Some(EntryCmd::Back) {
            if self.marks.is_empty() && self.correcting.is_none() {
                return Step::Go(View::Round);
            }
            self.clear();
            self.error = Some(tally::BALLOT_DROPPED.into());
            return Step::Consumed;
        }
        if r.cells_per_ballot() == 0 {
            self.error = Some(tally::FORM_EMPTY.into());
            return Step::Consumed;
        }
        match (cmd, key.code) {
            (Some(EntryCmd::VoidMark), _) => self.mark(r, uid, Mark::VoidMark),
            (Some(EntryCmd::VoidBallot), _) => {
                if let Err(e) = r.check_commit(uid) {
                    self.error = Some(e.message());
                    return Step::Consumed;
                }
                self.clear();
                self.error = None;
                Step::Do(Action::from(BallotOp::CommitVoidBallot {
                    round: r.id,
                    uid: uid.to_string(),
                }))
            }
            (Some(EntryCmd::StepBack), _) => {
                if self.at == 0 {
                    self.error = Some(tally::NOTHING_TO_STEP_BACK.into());
                } else {
                    self.at -= 1;
                    // A ballot being read loses the mark; one taken back keeps it until
                    // pressed again, so only the wrong mark needs pressing.
                    if self.correcting.is_none() {
                        self.marks.truncate(self.at);
                    }
                    self.error = None;
                }
                Step::Consumed
            }
            (Some(EntryCmd::Commit), _) => self.commit(r, uid),
            (_, KeyCode::Char(c)) => match Mark::from_char(c) {
                Some(m @ (Mark::Grade(_) | Mark::Blank)) => self.mark(r, uid, m),
                _ => {
                    self.error = Some(tally::not_a_mark_key(c));
                    Step::Consumed
                }
            },
            _ => Step::Ignored,
        }
    }

    pub fn render(
        &self,
        frame: &mut Frame,
        area: Rect,
        ctx: &Ctx,
        r: &BallotRound,
        uid: &str,
        cache: &TallyCache,
    ) {
        let (lang, theme) = (ctx.lang, ctx.theme);
        let Some(batch) = r.batch(uid) else { return };
        // A ballot taken back sits whole in the row, the cursor after its last mark: show the
        // last target then, with no item pointed at.
        let pos = self.at.min(r.cells_per_ballot().saturating_sub(1));
        let (ti, ii) = r.cell_at(pos).unwrap_or((0, 0));
        let mut lines = head_lines(r, batch, ti, lang, theme);
        lines.extend(self.correcting_line(lang, theme));
        // The line of the item a key is pressed for (the title when the form has no items).
        let current = if ii < r.items.len() {
            lines.len() + ii
        } else {
            0
        };
        lines.extend(self.item_lines(r, ti, lang, theme));
        let tally = cache.batch(r, uid);
        if let (Some(t), Some(item)) =
            (tally.as_ref().and_then(|t| t.cell(ti, ii)), r.items.get(ii))
        {
            lines.push(so_far(t, item, lang, theme));
        }
        if let Some(last) = batch.ballots.last() {
            let shown = if last.void {
                ballots::VOID_BALLOT.get(lang).to_string()
            } else {
                last.marks.clone()
            };
            lines.push(Line::styled(
                tally::last_ballot(last.no, &shown).get(lang).to_string(),
                theme.dim,
            ));
        }
        let error = self
            .error
            .as_ref()
            .map(|e| Line::styled(e.get(lang).to_string(), theme.error));
        if lines.len() + usize::from(error.is_some()) <= usize::from(area.height) {
            lines.extend(error);
            frame.render_widget(wrap::paragraph(lines, area.width, false), area);
            return;
        }
        // A short terminal: the ballot, the item to press a key for, and any refusal first.
        let mut compact = vec![Line::from(vec![
            Span::styled(
                tally::ballot_no(batch.next_ballot_no())
                    .get(lang)
                    .to_string(),
                theme.title,
            ),
            Span::styled(
                format!(" · {}", r.targets.get(ti).map_or("", |t| t.name.as_str())),
                theme.dim,
            ),
        ])];
        compact.extend(error);
        compact.extend(lines.get(current).cloned());
        frame.render_widget(Paragraph::new(compact), area);
    }

    /// Over a ballot taken back: its number and marks, the cursor among them, and how to
    /// correct it; nothing while a new ballot is read.
    fn correcting_line(&self, lang: Lang, theme: &Theme) -> Option<Line<'static>> {
        let no = self.correcting?;
        let note = if self.marks.is_empty() && self.at == 0 {
            tally::correcting_void(no)
        } else {
            let (done, kept) = self.marks.split_at(self.at.min(self.marks.len()));
            tally::correcting(no, &format!("{}▸{}", write_marks(done), write_marks(kept)))
        };
        Some(Line::styled(note.get(lang).to_string(), theme.warn))
    }

    /// Target `ti`'s items: the marks pressed so far (or kept from a ballot taken back, dimmed
    /// until the cursor passes them), and on the item the cursor is at the keys to press.
    fn item_lines(
        &self,
        r: &BallotRound,
        ti: usize,
        lang: Lang,
        theme: &Theme,
    ) -> Vec<Line<'static>> {
        let n_items = r.items.len().max(1);
        let mut lines = Vec::new();
        for (k, item) in r.items.iter().enumerate() {
            let idx = ti * n_items + k;
            let here = idx == self.at;
            let mut spans = vec![Span::styled(
                format!("{} {}  ", if here { "▸" } else { " " }, item.name),
                if here { theme.selected } else { theme.text },
            )];
            let entered = self.marks.get(idx).copied();
            match entered {
                Some(m) if !here => spans.push(Span::styled(
                    format!("= {}", mark_label(m, item, lang)),
                    if idx < self.at { theme.ok } else { theme.dim },
                )),
                _ if here => {
                    spans.push(Span::styled(mark_keys(item, lang), theme.key));
                    if let Some(m) = entered {
                        spans.push(Span::styled(
                            format!("  (= {})", mark_label(m, item, lang)),
                            theme.dim,
                        ));
                    }
                }
                _ => {}
            }
            lines.push(Line::from(spans));
        }
        lines
    }
}

/// Ballot No. n with the batch's and the round's counts, then whose marks are being read.
fn head_lines(
    r: &BallotRound,
    batch: &Batch,
    ti: usize,
    lang: Lang,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(vec![
        Span::styled(
            tally::ballot_no(batch.next_ballot_no())
                .get(lang)
                .to_string(),
            theme.title,
        ),
        Span::styled(
            format!(
                "  {}  {}",
                tally::batch_counts(batch.valid(), batch.void()).get(lang),
                tally::returned_of(r.returned, r.counted()).get(lang)
            ),
            theme.dim,
        ),
    ])];
    if let Some(t) = r.targets.get(ti) {
        lines.push(Line::from(vec![
            Span::styled(
                tally::target_of(ti + 1, r.targets.len())
                    .get(lang)
                    .to_string(),
                theme.dim,
            ),
            Span::styled(format!(" {}", t.name), theme.title),
        ]));
    }
    lines
}

/// `1 好  2 较好  3 一般  4 差  0 弃权  . 废`: the keys for an item's marks.
fn mark_keys(item: &BallotItem, lang: Lang) -> String {
    let keys: Vec<String> = item
        .scale
        .grades
        .iter()
        .enumerate()
        .map(|(g, grade)| format!("{} {}", g + 1, grade.label))
        .chain([
            format!("0 {}", ballots::BLANK.get(lang)),
            format!(". {}", ballots::VOID_MARK.get(lang)),
        ])
        .collect();
    keys.join("  ")
}

/// The current cell's counts in this batch so far.
fn so_far(t: &CellCounts, item: &BallotItem, lang: Lang, theme: &Theme) -> Line<'static> {
    let counts: Vec<String> = item
        .scale
        .grades
        .iter()
        .enumerate()
        .map(|(g, grade)| format!("{} {}", grade.label, t.get(Column::Grade(g))))
        .chain([
            format!("{} {}", ballots::BLANK.get(lang), t.blank),
            format!("{} {}", ballots::VOID_MARK.get(lang), t.void_mark),
        ])
        .collect();
    Line::styled(
        format!("{}{}", tally::SO_FAR.get(lang), counts.join(" · ")),
        theme.dim,
    )
}

fn mark_label(m: Mark, item: &BallotItem, lang: Lang) -> String {
    match m {
        Mark::Grade(g) => item
            .scale
            .grades
            .get(usize::from(g))
            .map_or_else(|| "?".to_string(), |g| g.label.clone()),
        Mark::Blank => ballots::BLANK.get(lang).to_string(),
        Mark::VoidMark => ballots::VOID_MARK.get(lang).to_string(),
    }
}
