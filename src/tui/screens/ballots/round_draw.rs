//! Drawing the round view: the form's lines, the figures, each batch with its row check, the
//! state line, and any open question over them.

use super::round::{RoundLine, RoundView, figure_label, lines};
use super::rules::{flags_text, weights_text};
use super::state_style;
use super::tally_cache::TallyCache;
use crate::i18n::{Text, tally as tx};
use crate::model::ballot::{AccountingWarning, Figure};
use crate::model::{BallotRound, Tally};
use crate::tui::screens::Ctx;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

impl RoundView {
    pub fn render(
        &self,
        frame: &mut Frame,
        area: Rect,
        ctx: &Ctx,
        r: &BallotRound,
        cache: &TallyCache,
    ) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        let ls = lines(r);
        let accounting = ctx
            .session()
            .map(|s| crate::model::Accounting::of(r, &s.attendance));
        let height = usize::from(area.height).max(1);
        let first = (self.selected + 1).saturating_sub(height);
        let mut out = Vec::new();
        for (k, line) in ls.iter().enumerate().skip(first).take(height) {
            let sel = k == self.selected;
            let label = |t: Text| {
                Span::styled(
                    format!("{}  ", t.get(lang)),
                    if sel { theme.selected } else { theme.dim },
                )
            };
            let head = |t: Text, n: usize, keys: Text| {
                Line::from(vec![
                    Span::styled(
                        format!("── {} {n} ──", t.get(lang)),
                        if sel { theme.selected } else { theme.title },
                    ),
                    Span::styled(format!("  {}", keys.get(lang)), theme.dim),
                ])
            };
            let text = match *line {
                RoundLine::Name => {
                    Line::from(vec![label(tx::ROUND_NAME), Span::raw(r.name.clone())])
                }
                RoundLine::Confidential => Line::from(vec![
                    label(tx::CONFIDENTIAL),
                    Span::raw(if r.confidential {
                        tx::YES_CONFIDENTIAL.get(lang)
                    } else {
                        tx::NO.get(lang)
                    }),
                ]),
                RoundLine::Figure(f) => {
                    let shown = match (f, r.figure(f), accounting) {
                        (_, Some(v), _) => v.to_string(),
                        (Figure::Expected, None, Some(a)) => {
                            tx::from_attendance(a.expected).get(lang).to_string()
                        }
                        _ => "—".to_string(),
                    };
                    let mut spans = vec![label(figure_label(f)), Span::raw(shown)];
                    // 发出 (or 收回, when 发出 is not entered) beyond 应到: said beside it.
                    let beside = accounting.iter().flat_map(|a| a.warnings()).find(|w| {
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
                        spans.push(Span::styled(
                            format!("  {}", w.short().get(lang)),
                            theme.warn,
                        ));
                    }
                    Line::from(spans)
                }
                RoundLine::TargetsHead => head(tx::TARGETS, r.targets.len(), tx::TARGETS_KEYS),
                RoundLine::Target(t) => Line::styled(
                    format!(
                        "  {}. {}",
                        t + 1,
                        r.targets.get(t).map_or("", |t| t.name.as_str())
                    ),
                    if sel { theme.selected } else { theme.text },
                ),
                RoundLine::ItemsHead => head(tx::ITEMS, r.items.len(), tx::ITEMS_KEYS),
                RoundLine::Item(i) => match r.items.get(i) {
                    Some(item) => Line::from(vec![
                        Span::styled(
                            format!("  {}. {}", i + 1, item.name),
                            if sel { theme.selected } else { theme.text },
                        ),
                        Span::styled(
                            format!(
                                "  {} · {} · {} {} · {} {}",
                                item.scale.joined_labels(),
                                item.rates
                                    .iter()
                                    .map(|x| x.name.as_str())
                                    .collect::<Vec<_>>()
                                    .join("、"),
                                tx::WEIGHTS.get(lang),
                                weights_text(item),
                                tx::FLAGS.get(lang),
                                flags_text(item)
                            ),
                            theme.dim,
                        ),
                    ]),
                    None => Line::default(),
                },
                RoundLine::BatchesHead => head(tx::BATCHES, r.batches.len(), tx::BATCHES_KEYS),
                RoundLine::Batch(b) => match r.batches.get(b) {
                    Some(batch) => {
                        let wrong = cache
                            .batch(r, &batch.uid)
                            .map_or(0, |t: Tally| t.unbalanced().len());
                        let check = if wrong == 0 {
                            Span::styled(
                                format!("  {}", crate::i18n::ballots::ROW_OK.get(lang)),
                                theme.ok,
                            )
                        } else {
                            Span::styled(
                                format!("  {}", tx::rows_wrong(wrong).get(lang)),
                                theme.error,
                            )
                        };
                        Line::from(vec![
                            Span::styled(
                                format!("  {}", batch.label),
                                if sel { theme.selected } else { theme.text },
                            ),
                            Span::styled(
                                format!(
                                    "  {} · {} · {}",
                                    batch.mode.label().get(lang),
                                    tx::batch_counts(batch.valid(), batch.void()).get(lang),
                                    batch.clerk
                                ),
                                theme.dim,
                            ),
                            check,
                        ])
                    }
                    None => Line::default(),
                },
                RoundLine::State => Line::from(vec![
                    Span::styled(
                        format!("── {} ──  ", tx::VERIFY_TITLE.get(lang)),
                        if sel { theme.selected } else { theme.title },
                    ),
                    Span::styled(r.state.label().get(lang), state_style(r, theme)),
                    Span::styled(format!("  {}", tx::STATE_KEYS.get(lang)), theme.dim),
                ]),
            };
            out.push(text);
        }
        frame.render_widget(Paragraph::new(out), area);
        if let Some(p) = &self.prompt {
            p.render(frame, area, lang, theme);
        }
    }
}
