//! The results screen (F7): for the chosen round every grade's count and share per target and
//! item with the headline rates, scores and flags; ranked bars of one rate across targets for the
//! hall's screen; and the summary the chair reads out. The accounting line and the response rate
//! head every view.

use super::tally_cache::TallyCache;
use crate::i18n::{Lang, ballots, tally};
use crate::model::ballot::{denominator_name, rate_formula};
use crate::model::{Accounting, BallotRound, Column, Percent, RoundResults, Session};
use crate::tui::keys::{self, ballots::ResultsCmd};
use crate::tui::screens::{Ctx, Outcome, Screen};
use crate::tui::widgets::bars::{self, Bar};
use crate::tui::widgets::list;
use crate::tui::widgets::wrap;
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ResultsView {
    #[default]
    Table,
    Bars,
    Summary,
}

#[derive(Default)]
pub struct ResultsScreen {
    pub round: usize,
    pub view: ResultsView,
    pub item: usize,
    pub rate: usize,
    pub scroll: usize,
    cache: TallyCache,
}

impl ResultsScreen {
    fn results(&self, s: &Session, r: &BallotRound) -> RoundResults {
        RoundResults::of(r, self.cache.round(r), Accounting::of(r, &s.attendance))
    }

    fn table_lines(&self, r: &BallotRound, res: &RoundResults, ctx: &Ctx) -> Vec<Line<'static>> {
        let lang = ctx.lang;
        let theme = ctx.theme;
        let mut out = Vec::new();
        for row in &res.rows {
            let (Some(t), Some(item)) = (r.targets.get(row.target), r.items.get(row.item)) else {
                continue;
            };
            let check = if row.balance.is_ok() {
                Span::styled(format!(" {}", ballots::ROW_OK.get(lang)), theme.ok)
            } else {
                Span::styled(format!(" {}", row.balance.label().get(lang)), theme.error)
            };
            out.push(Line::from(vec![
                Span::styled(format!("{} · {}", t.name, item.name), theme.title),
                check,
            ]));
            let counts: Vec<String> = item
                .scale
                .grades
                .iter()
                .enumerate()
                .map(|(g, grade)| (grade.label.as_str(), Column::Grade(g)))
                .chain([
                    (ballots::BLANK.get(lang), Column::Blank),
                    (ballots::VOID_MARK.get(lang), Column::VoidMark),
                ])
                .map(|(label, col)| format!("{label} {} ({})", row.counts.get(col), row.share(col)))
                .collect();
            out.push(Line::raw(format!("  {}", counts.join(" · "))));
            let mut rates: Vec<String> = row
                .rates
                .iter()
                .map(|x| {
                    let base = item
                        .rates
                        .get(x.rate)
                        .map(|d| denominator_name(item, d, lang))
                        .unwrap_or_default();
                    ballots::rate_with_base(
                        lang,
                        &x.name,
                        &x.share.to_string(),
                        x.share.num(),
                        x.share.den(),
                        &base,
                    )
                })
                .collect();
            if let Some(score) = row.score {
                rates.push(format!("{} {score}", tally::SCORE.get(lang)));
            }
            let mut spans = vec![Span::styled(format!("  {}", rates.join(" · ")), theme.text)];
            for f in &row.flags {
                spans.push(Span::styled(
                    format!("  {} {}", f.label, f.share),
                    theme.error,
                ));
            }
            out.push(Line::from(spans));
        }
        out
    }

    fn bars(&self, r: &BallotRound, res: &RoundResults) -> Vec<Bar> {
        let Some(item) = r.items.get(self.item) else {
            return Vec::new();
        };
        res.ranked(self.item, self.rate)
            .into_iter()
            .enumerate()
            .map(|(k, (ti, share))| Bar {
                rank: k + 1,
                label: r
                    .targets
                    .get(ti)
                    .map_or_else(String::new, |t| t.name.clone()),
                share,
                flagged: res
                    .row(ti, self.item)
                    .is_some_and(|row| !row.flags.is_empty()),
            })
            .filter(|_| !item.rates.is_empty())
            .collect()
    }
}

impl Screen for ResultsScreen {
    fn on_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Outcome {
        let Some(s) = ctx.session() else {
            return Outcome::Ignored;
        };
        let n = s.rounds.len();
        let items = s.rounds.get(self.round).map_or(0, |r| r.items.len());
        let rates = s
            .rounds
            .get(self.round)
            .and_then(|r| r.items.get(self.item))
            .map_or(0, |i| i.rates.len());
        match keys::lookup(keys::ballots::RESULTS, &key) {
            Some(ResultsCmd::PrevRound) => {
                self.round = self.round.saturating_sub(1);
                (self.item, self.rate, self.scroll) = (0, 0, 0);
            }
            Some(ResultsCmd::NextRound) => {
                self.round = list::down(self.round, n);
                (self.item, self.rate, self.scroll) = (0, 0, 0);
            }
            Some(ResultsCmd::View) => {
                self.view = match self.view {
                    ResultsView::Table => ResultsView::Bars,
                    ResultsView::Bars => ResultsView::Summary,
                    ResultsView::Summary => ResultsView::Table,
                };
                self.scroll = 0;
            }
            Some(ResultsCmd::Item) => {
                self.item = if items == 0 {
                    0
                } else {
                    (self.item + 1) % items
                };
                self.rate = 0;
            }
            Some(ResultsCmd::Rate) => {
                self.rate = if rates == 0 {
                    0
                } else {
                    (self.rate + 1) % rates
                }
            }
            Some(ResultsCmd::Up) => self.scroll = self.scroll.saturating_sub(1),
            Some(ResultsCmd::Down) => self.scroll = self.scroll.saturating_add(1),
            Some(ResultsCmd::PageUp) => self.scroll = self.scroll.saturating_sub(10),
            Some(ResultsCmd::PageDown) => self.scroll = self.scroll.saturating_add(10),
            None => return Outcome::Ignored,
        }
        Outcome::Consumed
    }

    fn hint(&self, lang: Lang) -> String {
        tally::HINT_RESULTS.get(lang).into()
    }

    fn refresh(&mut self, ctx: &Ctx) {
        let n = ctx.session().map_or(0, |s| s.rounds.len());
        self.round = list::clamp(self.round, n);
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let Some(s) = ctx.session() else { return };
        if area.height == 0 || area.width == 0 {
            return;
        }
        let Some(r) = s.rounds.get(self.round) else {
            frame.render_widget(
                Paragraph::new(Span::styled(tally::NO_ROUNDS.get(ctx.lang), ctx.theme.dim)),
                area,
            );
            return;
        };
        let res = self.results(s, r);
        let head = self.head_lines(s, r, &res, ctx);
        // Each head line takes as many rows as it wraps to.
        let head = wrap::wrap(head, area.width, false);
        let head_h = u16::try_from(head.len())
            .unwrap_or(u16::MAX)
            .min(area.height);
        let [top, body] =
            Layout::vertical([Constraint::Length(head_h), Constraint::Min(0)]).areas(area);
        frame.render_widget(Paragraph::new(head), top);
        match self.view {
            ResultsView::Table => {
                let lines = self.table_lines(r, &res, ctx);
                self.render_scrolled(frame, body, lines);
            }
            ResultsView::Bars => self.render_bars(frame, body, r, &res, ctx),
            ResultsView::Summary => {
                let lines = res.summary(r, ctx.lang).into_iter().skip(1);
                self.render_scrolled(frame, body, lines.map(Line::raw).collect());
            }
        }
    }
}

impl ResultsScreen {
    /// The round (of how many), its state, the accounting, and whether the round is void.
    fn head_lines(
        &self,
        s: &Session,
        r: &BallotRound,
        res: &RoundResults,
        ctx: &Ctx,
    ) -> Vec<Line<'static>> {
        let (lang, theme) = (ctx.lang, ctx.theme);
        let confidential = if r.confidential {
            tally::CONFIDENTIAL_MARK.get(lang)
        } else {
            ""
        };
        let mut head = vec![
            Line::from(vec![
                Span::styled(
                    format!("◀ {}/{} ▶ ", self.round + 1, s.rounds.len()),
                    theme.dim,
                ),
                Span::styled(r.name.clone(), theme.title),
                Span::styled(
                    format!("  {}", r.state.label().get(lang)),
                    super::state_style(r, theme),
                ),
                Span::styled(confidential, theme.warn),
            ]),
            Line::styled(super::accounting_text(&res.accounting, lang), theme.dim),
        ];
        for w in res.accounting.warnings() {
            head.push(Line::styled(w.message().get(lang).to_string(), theme.warn));
        }
        if res.accounting.round_void() {
            head.push(Line::styled(ballots::ROUND_VOID.get(lang), theme.error));
        }
        if let (Some(returned), Some(present)) = (res.accounting.returned, res.accounting.present)
            && returned > present
        {
            let warn = ballots::returned_above_present(returned, present);
            head.push(Line::styled(warn.get(lang).to_string(), theme.warn));
        }
        head
    }

    /// Lines that scroll with ↑/↓ and wrap.
    fn render_scrolled(&self, frame: &mut Frame, area: Rect, lines: Vec<Line>) {
        let lines = wrap::wrap(lines, area.width, false);
        let scroll = u16::try_from(self.scroll.min(lines.len().saturating_sub(1))).unwrap_or(0);
        frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), area);
    }

    /// One item's rate as ranked bars, under its formula and the total over all targets.
    fn render_bars(
        &self,
        frame: &mut Frame,
        area: Rect,
        r: &BallotRound,
        res: &RoundResults,
        ctx: &Ctx,
    ) {
        let lang = ctx.lang;
        let Some(item) = r.items.get(self.item) else {
            return;
        };
        let title = match item.rates.get(self.rate) {
            Some(rate) => {
                let total = res.item_total(r, self.item, self.rate).unwrap_or_default();
                let (n, d) = (total.num(), total.den());
                format!(
                    "{} · {} · {} {} ({n}/{d})",
                    item.name,
                    rate_formula(item, rate, lang),
                    tally::ALL_TARGETS.get(lang),
                    Percent::new(n, d)
                )
            }
            None => format!("{} · {}", item.name, tally::NO_RATES.get(lang)),
        };
        let [t, b] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        frame.render_widget(Paragraph::new(Span::styled(title, ctx.theme.title)), t);
        let bars = self.bars(r, res);
        let first = self.scroll.min(bars.len().saturating_sub(1));
        bars::render(frame, b, &bars, first, ctx.theme);
    }
}
