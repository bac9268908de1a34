//! Table columns that fit a narrow terminal: which to keep and how wide, with exactly one
//! flexible column so the layout has one solution.

/// Which columns of a table fit in `total` columns, and their widths: the flexible column is
/// always kept and takes what is left; the others keep their width, left to right, while there
/// is room. Every width is fixed but one, so the layout has exactly one solution (an
/// over-full set of constraints lets the solver pick differently from run to run).
pub fn fit_columns(
    total: u16,
    spacing: u16,
    want: &[u16],
    flex: usize,
) -> (Vec<usize>, Vec<ratatui::layout::Constraint>) {
    use ratatui::layout::Constraint;
    let flex_min = want.get(flex).copied().unwrap_or(0).min(total);
    let mut room = total.saturating_sub(flex_min);
    let mut keep = Vec::new();
    for (i, w) in want.iter().enumerate() {
        if i == flex {
            keep.push(i);
        } else if w.saturating_add(spacing) <= room {
            room -= w + spacing;
            keep.push(i);
        }
    }
    let widths = keep
        .iter()
        .map(|&i| {
            if i == flex {
                Constraint::Fill(1)
            } else {
                Constraint::Length(want[i])
            }
        })
        .collect();
    (keep, widths)
}

/// The cells of a row that `fit_columns` kept.
pub fn kept<'a>(
    cells: Vec<ratatui::widgets::Cell<'a>>,
    keep: &[usize],
) -> Vec<ratatui::widgets::Cell<'a>> {
    cells
        .into_iter()
        .enumerate()
        .filter(|(i, _)| keep.contains(i))
        .map(|(_, c)| c)
        .collect()
}
