//! Text measured as a terminal or a monospaced page shows it: CJK characters take two columns.

use super::doc::Align;
use unicode_width::UnicodeWidthStr;

/// Columns a string takes on screen.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// A cell's text on one line: line breaks and tabs become spaces so a row never splits.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last_space = false;
    for c in s.trim().chars() {
        let c = if c.is_whitespace() && c != '\u{3000}' {
            ' '
        } else {
            c
        };
        if c == ' ' && last_space {
            continue;
        }
        last_space = c == ' ';
        out.push(c);
    }
    out
}

/// `s` padded with spaces to `cols` display columns, on the side the alignment asks for.
pub fn pad(s: &str, cols: usize, align: Align) -> String {
    let fill = " ".repeat(cols.saturating_sub(width(s)));
    match align {
        Align::Left => format!("{s}{fill}"),
        Align::Right => format!("{fill}{s}"),
    }
}

/// `s` centred in `cols` display columns (left-leaning when the gap is odd), no trailing spaces.
pub fn centre(s: &str, cols: usize) -> String {
    let gap = cols.saturating_sub(width(s)) / 2;
    format!("{}{s}", " ".repeat(gap))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_takes_two_columns() {
        assert_eq!(width("满意率"), 6);
        assert_eq!(pad("满意", 6, Align::Left), "满意  ");
        assert_eq!(pad("66", 6, Align::Right), "    66");
        assert_eq!(pad("太长的内容", 4, Align::Left), "太长的内容");
        assert_eq!(centre("材料", 10), "   材料");
    }

    #[test]
    fn cells_stay_on_one_line() {
        assert_eq!(one_line(" 第一行\n第二行\t\t尾 "), "第一行 第二行 尾");
        assert_eq!(one_line("全角\u{3000}空格"), "全角\u{3000}空格");
    }
}
