//! The round view's scanning panel: what the scan running into the round (or its last run)
//! has done — files read of those found, or the folder watched; ballots counted, waiting for
//! review and pages not counted; files still being written or read before; and the newest
//! page not counted, with its reason.

use crate::i18n::{Lang, scan as tx};
use crate::tui::intake::Intake;
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

/// The panel's lines wrapped to `width`, at most `room` of them, most important first.
pub(super) fn lines(
    i: &Intake,
    lang: Lang,
    theme: &Theme,
    (width, room): (u16, usize),
) -> Vec<Line<'static>> {
    let r = i.report();
    let refused = r.refused().count();
    let mut title = vec![Span::styled(
        tx::run_title(i.watching.as_deref(), i.done, i.found, !i.running())
            .get(lang)
            .to_string(),
        theme.title,
    )];
    if i.running() && i.watching.is_none() && i.found > 0 {
        title.push(Span::styled(
            format!("  {}", tx::progress(i.done, i.found)),
            theme.dim,
        ));
    }
    let mut out = vec![Line::from(title)];
    // While running, the batch the ballots go into; once done, the batch made (if any).
    let batch = r
        .batch
        .as_deref()
        .or(i.running().then_some(i.label.as_str()));
    let summary = tx::summary(batch, r);
    let style = if refused > 0 { theme.warn } else { theme.text };
    out.push(Line::styled(format!("  {}", summary.get(lang)), style));
    if let (Some(why), Some(dir)) = (&i.problem, &i.watching) {
        out.push(Line::styled(
            format!("  {}", tx::folder_problem(dir, why).get(lang)),
            theme.error,
        ));
    }
    let notes = [
        (i.waiting > 0).then(|| tx::still_written(i.waiting)),
        (i.open_ballots() > 0).then(|| tx::pages_awaited(i.open_ballots())),
        (r.again > 0).then(|| tx::read_before(r.again)),
        (r.black_and_white > 0).then(|| tx::black_and_white(r.black_and_white)),
    ];
    for m in notes.into_iter().flatten() {
        out.push(Line::styled(format!("  {}", m.get(lang)), theme.dim));
    }
    if let Some(p) = r.refused().last()
        && let Err(why) = &p.outcome
    {
        let m = tx::page_refused(&p.file, p.page, &tx::refusal(why));
        out.push(Line::styled(m.get(lang).to_string(), theme.warn));
    }
    let mut out: Vec<Line<'static>> = out
        .iter()
        .flat_map(|l| crate::tui::widgets::wrap::wrap_line(l, width, false))
        .collect();
    out.truncate(room);
    out
}
