//! Large digits for the projector's countdown and clock, five rows high, drawn with full blocks
//! (each one column wide in every terminal, unlike many box-drawing and CJK characters).

/// Rows of one glyph, `#` for a filled cell.
fn glyph(c: char) -> Option<[&'static str; 5]> {
    Some(match c {
        '0' => ["####", "#  #", "#  #", "#  #", "####"],
        '1' => [" ## ", "  # ", "  # ", "  # ", " ###"],
        '2' => ["####", "   #", "####", "#   ", "####"],
        '3' => ["####", "   #", "####", "   #", "####"],
        '4' => ["#  #", "#  #", "####", "   #", "   #"],
        '5' => ["####", "#   ", "####", "   #", "####"],
        '6' => ["####", "#   ", "####", "#  #", "####"],
        '7' => ["####", "   #", "   #", "   #", "   #"],
        '8' => ["####", "#  #", "####", "#  #", "####"],
        '9' => ["####", "#  #", "####", "   #", "####"],
        ':' => [" ", "#", " ", "#", " "],
        '-' => ["   ", "   ", "###", "   ", "   "],
        '+' => ["   ", " # ", "###", " # ", "   "],
        ' ' => ["  ", "  ", "  ", "  ", "  "],
        _ => return None,
    })
}

/// Rows the large text takes.
pub const HEIGHT: u16 = 5;

/// `text` in large digits: five lines of equal width. Characters without a glyph are left out.
pub fn big(text: &str) -> [String; 5] {
    let mut rows: [String; 5] = Default::default();
    for (i, g) in text.chars().filter_map(glyph).enumerate() {
        for (row, part) in rows.iter_mut().zip(g) {
            if i > 0 {
                row.push(' ');
            }
            row.extend(part.chars().map(|c| if c == '#' { '█' } else { ' ' }));
        }
    }
    rows
}

/// Columns `big(text)` takes.
pub fn width(text: &str) -> usize {
    big(text)[0].chars().count()
}

/// A signed number of seconds as `m:ss`, with `-` once over time.
pub fn clock_text(seconds: i64) -> String {
    let sign = if seconds < 0 { "-" } else { "" };
    let s = seconds.unsigned_abs();
    format!("{sign}{}:{:02}", s / 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_five_rows_of_equal_width() {
        let rows = big("19:05");
        assert!(
            rows.iter()
                .all(|r| r.chars().count() == rows[0].chars().count())
        );
        assert_eq!(width("19:05"), 4 + 1 + 4 + 1 + 1 + 1 + 4 + 1 + 4);
        assert_eq!(rows[0], " ██  ████   ████ ████");
        assert_eq!(rows[2], "  █  ████   █  █ ████");
    }

    #[test]
    fn countdown_text() {
        assert_eq!(clock_text(20 * 60), "20:00");
        assert_eq!(clock_text(59), "0:59");
        assert_eq!(clock_text(-61), "-1:01");
        assert_eq!(clock_text(0), "0:00");
    }
}
