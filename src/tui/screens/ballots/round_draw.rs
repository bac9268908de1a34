//! Drawing the round view: the form's lines, the figures, each batch with its row check, the
//! state line, and any open question over them. One helper per kind of line.

use super::round::{RoundLine, RoundView, figure_label, lines};
use super::rules::{flags_text, weights_text};
use super::state_style;
use super::tally_cache::TallyCache;
use crate::i18n::{Lang, Text, tally};
use crate::model::ballot::{AccountingWarning, Figure};
use crate::model::{Accounting, BallotItem, BallotRound, Batch, Tally};
use crate::tui::screens::Ctx;
use crate::tui::theme::Theme;
use crate::tui::widgets::list;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// What every line of the round view is drawn with.
struct Draw<'a> {
    lang: Lang,
    theme: &'a Theme,
    r: &'a BallotRound,
    cache: &'a TallyCache,
    accounting: Option<Accounting>,
}

impl Draw<'_> {
    /// The line's own style: selected, or `plain`.
    fn pick(&self, sel: bool, plain: Style) -> Style {
        if sel { self.theme.selected } else { plain }
    }

    /// `label  value` for the form's fields and figures.
    fn field(&self, label: Text, value: String, sel: bool) -> Line<'static> {
        Line::from(vec![
            Span::styled(
                format!("{}  ", label.get(self.lang)),
                self.pick(sel, self.theme.dim),
            ),
            Span::raw(value),
        ])
    }

    /// `── 对象 3 ──  a 添加 …`: a section's head with its count and keys.
    fn head(&self, title: Text, n: usize, keys: Text, sel: bool) -> Line<'static> {
        Line::from(vec![
            Span::styled(
                format!("── {} {n} ──", title.get(self.lang)),
                self.pick(sel, self.theme.title),
            ),
            Span::styled(format!("  {}", keys.get(self.lang)), self.theme.dim),
        ])
    }

    fn line(&self, line: RoundLine, sel: bool) -> Line<'static> {
        let (r, lang) = (self.r, self.lang);
        match line {
            RoundLine::Name => self.field(tally::ROUND_NAME, r.name.clone(), sel),
            RoundLine::Confidential => {
                let value = if r.confidential {
                    tally::YES_CONFIDENTIAL
                } else {
                    tally::NO
                };
                self.field(tally::CONFIDENTIAL, value.get(lang).to_string(), sel)
            }
            RoundLine::Figure(f) => self.figure_line(f, sel),
            RoundLine::TargetsHead => {
                self.head(tally::TARGETS, r.targets.len(), tally::TARGETS_KEYS, sel)
            }
            RoundLine::Target(t) => Line::styled(
                format!(
                    "  {}. {}",
                    t + 1,
                    r.targets.get(t).map_or("", |t| t.name.as_str())
                ),
                self.pick(sel, self.theme.text),
            ),
            RoundLine::ItemsHead => self.head(tally::ITEMS, r.items.len(), tally::ITEMS_KEYS, sel),
            RoundLine::Item(i) => r
                .items
                .get(i)
                .map_or_else(Line::default, |item| self.item(i, item, sel)),
            RoundLine::BatchesHead => {
                self.head(tally::BATCHES, r.batches.len(), tally::BATCHES_KEYS, sel)
            }
            RoundLine::Batch(b) => r
                .batches
                .get(b)
                .map_or_else(Line::default, |batch| self.batch(batch, sel)),
            RoundLine::State => self.state(sel),
        }
    }

    /// A figure's line, with a word beside 发出 (or 收回, when 发出 is not entered) beyond 应到.
    fn figure_line(&self, f: Figure, sel: bool) -> Line<'static> {
        let mut line = self.field(figure_label(f), self.figure(f), sel);
        let beside = self
            .accounting
            .iter()
            .flat_map(Accounting::warnings)
            .find(|w| {
                matches!(
                    (f, w),
                    (
                        Figure::Issued,
                        AccountingWarning::IssuedAboveExpected { .. }
                    ) | (
                        Figure::Returned,
                        AccountingWarning::ReturnedAboveExpected { .. }
                    )
                )
            });
        if let Some(w) = beside {
            line.spans.push(Span::styled(
                format!("  {}", w.short().get(self.lang)),
                self.theme.warn,
            ));
        }
        line
    }

    /// A figure as entered, else the roster's number (only while the round has no population of
    /// its own), else a dash.
    fn figure(&self, f: Figure) -> String {
        let roster = self.accounting.filter(|_| !self.r.has_own_population());
        match (f, self.r.figure(f), roster) {
            (_, Some(v), _) => v.to_string(),
            (Figure::Expected, None, Some(a)) => tally::from_attendance(a.expected)
                .get(self.lang)
                .to_string(),
            (Figure::Present, None, Some(a)) => {
                tally::from_attendance(a.present).get(self.lang).to_string()
            }
            _ => "—".to_string(),
        }
    }

    /// `  1. name  scale · rates · weights … · flags …`.
    fn item(&self, i: usize, item: &BallotItem, sel: bool) -> Line<'static> {
        let lang = self.lang;
        let rates: Vec<&str> = item.rates.iter().map(|x| x.name.as_str()).collect();
        let rules = format!(
            "  {} · {} · {} {} · {} {}",
            item.scale.joined_labels(),
            rates.join("、"),
            tally::WEIGHTS.get(lang),
            weights_text(item),
            tally::FLAGS.get(lang),
            flags_text(item)
        );
        Line::from(vec![
            Span::styled(
                format!("  {}. {}", i + 1, item.name),
                self.pick(sel, self.theme.text),
            ),
            Span::styled(rules, self.theme.dim),
        ])
    }

    /// A batch: its label, mode, counts, clerk, and whether its rows add up.
    fn batch(&self, batch: &Batch, sel: bool) -> Line<'static> {
        let (lang, theme) = (self.lang, self.theme);
        let wrong = self
            .cache
            .batch(self.r, &batch.uid)
            .map_or(0, |t: Tally| t.unbalanced().len());
        let check = if wrong == 0 {
            Span::styled(
                format!("  {}", crate::i18n::ballots::ROW_OK.get(lang)),
                theme.ok,
            )
        } else {
            Span::styled(
                format!("  {}", tally::rows_wrong(wrong).get(lang)),
                theme.error,
            )
        };
        Line::from(vec![
            Span::styled(format!("  {}", batch.label), self.pick(sel, theme.text)),
            Span::styled(
                format!(
                    "  {} · {} · {}",
                    batch.mode.label().get(lang),
                    tally::batch_counts(batch.valid(), batch.void()).get(lang),
                    batch.clerk
                ),
                theme.dim,
            ),
            check,
        ])
    }

    /// `── 核对 ──  计票中  Enter …`: the way to verification, with the round's state.
    fn state(&self, sel: bool) -> Line<'static> {
        let (lang, theme) = (self.lang, self.theme);
        let mut spans = vec![
            Span::styled(
                format!("── {} ──  ", tally::VERIFY_TITLE.get(lang)),
                self.pick(sel, theme.title),
            ),
            Span::styled(self.r.state.label().get(lang), state_style(self.r, theme)),
        ];
        let waiting = self.r.waiting_review();
        if waiting > 0 {
            let scan = crate::i18n::scan::waiting_count(waiting);
            spans.push(Span::styled(format!("  {}", scan.get(lang)), theme.warn));
            spans.push(Span::styled(
                format!("  c {}", crate::i18n::scan::KEY_REVIEW.get(lang)),
                theme.dim,
            ));
        }
        spans.push(Span::styled(
            format!("  {}", tally::STATE_KEYS.get(lang)),
            theme.dim,
        ));
        Line::from(spans)
    }
}

impl RoundView {
    pub fn render(
        &self,
        frame: &mut Frame,
        area: Rect,
        ctx: &Ctx,
        r: &BallotRound,
        cache: &TallyCache,
    ) {
        let draw = Draw {
            lang: ctx.lang,
            theme: ctx.theme,
            r,
            cache,
            accounting: ctx.session().map(|s| Accounting::of(r, &s.attendance)),
        };
        let panel = scan_panel(ctx, r, area);
        let n = u16::try_from(panel.len()).unwrap_or(0).min(area.height);
        let top = Rect { height: n, ..area };
        let area = Rect {
            y: area.y + n,
            height: area.height - n,
            ..area
        };
        frame.render_widget(Paragraph::new(panel), top);
        let height = usize::from(area.height).max(1);
        let first = list::first_shown(self.selected, height);
        let out: Vec<Line> = lines(r)
            .into_iter()
            .enumerate()
            .skip(first)
            .take(height)
            .map(|(k, line)| draw.line(line, k == self.selected))
            .collect();
        frame.render_widget(Paragraph::new(out), area);
        if let Some((_, form)) = &self.prompt {
            form.render(frame, area, ctx.lang, ctx.theme);
        }
    }
}

/// The scanning panel over the round's lines, when a scan runs (or ran) into this round: up to
/// a third of the height, none on a terminal too small for it.
fn scan_panel(ctx: &Ctx, r: &BallotRound, area: Rect) -> Vec<Line<'static>> {
    let Some(intake) = ctx
        .doc
        .and_then(|d| d.intake.as_ref())
        .filter(|i| i.round == r.id)
    else {
        return Vec::new();
    };
    let room = usize::from(area.height / 3).min(6);
    super::round_scan::lines(intake, ctx.lang, ctx.theme, (area.width, room))
}
