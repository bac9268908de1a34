//! A picture in a terminal with half blocks: each character cell shows two pixels, the upper
//! half (▀ in the foreground colour) over the lower (the background), in 24-bit grey, which
//! any truecolor terminal draws. Review shows a doubtful item's picture this way.

use super::gray::Gray;

/// A doubtful item's picture as review draws it: the image itself (for a terminal with
/// graphics) and its half-block cells (for every other).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub image: Gray,
    pub cells: Cells,
}

/// A picture as character cells: per text row, per column, the grey of the upper and the lower
/// half (0 black – 255 white). The terminal app draws these with its own cells.
pub type Cells = Vec<Vec<(u8, u8)>>;

/// `g` scaled to at most `cols` columns, as lines of ANSI-coloured half blocks.
pub fn half_blocks(g: &Gray, cols: usize) -> Vec<String> {
    half_block_cells(g, cols)
        .into_iter()
        .map(|row| {
            let mut line = String::with_capacity(row.len() * 40);
            for (top, bottom) in row {
                line.push_str(&format!(
                    "\x1b[38;2;{top};{top};{top}m\x1b[48;2;{bottom};{bottom};{bottom}m\u{2580}"
                ));
            }
            line.push_str("\x1b[0m");
            line
        })
        .collect()
}

/// `g` scaled to at most `cols` columns, as half-block cells (upper grey, lower grey).
pub fn half_block_cells(g: &Gray, cols: usize) -> Cells {
    if g.w == 0 || g.h == 0 || cols == 0 {
        return Vec::new();
    }
    let scale = (g.w as f64 / cols as f64).max(1.0);
    let (w, h) = (
        ((g.w as f64) / scale) as usize,
        ((g.h as f64) / scale) as usize,
    );
    let px = |x: usize, y: usize| -> u8 {
        let sx = ((x as f64 + 0.5) * scale) as usize;
        let sy = ((y as f64 + 0.5) * scale) as usize;
        g.get(sx.min(g.w - 1), sy.min(g.h - 1))
    };
    (0..h)
        .step_by(2)
        .map(|row| {
            (0..w)
                .map(|x| {
                    let bottom = if row + 1 < h { px(x, row + 1) } else { 255 };
                    (px(x, row), bottom)
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_rows_make_one_line_of_half_blocks() {
        let mut g = Gray::filled(4, 2, 255);
        g.px[0] = 0;
        let lines = half_blocks(&g, 4);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].starts_with("\x1b[38;2;0;0;0m\x1b[48;2;255;255;255m\u{2580}"));
        assert_eq!(lines[0].matches('\u{2580}').count(), 4);
        assert!(half_blocks(&g, 0).is_empty());
    }
}
