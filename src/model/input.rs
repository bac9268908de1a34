//! What people type or paste, before it enters the record: one-line fields lose their line
//! breaks and control characters, every field has a length limit, and a change the record
//! will not take is refused with a reason in both languages.
//!
//! Emoji, combining marks and full-width characters pass through untouched: names in a roster
//! may carry any of them, and the screens measure them by display width.

use crate::i18n::{Message, Text, live};

/// Longest name (of a person, a unit, a category, a reporter), in characters.
pub const NAME_MAX: usize = 60;
/// Longest one-line field that is not a name (a title, a reason, a measure), in characters.
pub const LINE_MAX: usize = 300;
/// Longest multi-line text (a suggestion, a note), in characters: a pasted letter fits.
pub const TEXT_MAX: usize = 20_000;

/// A change the record refused, with the reason in both languages; nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.en)]
pub struct Refused(pub Message);

impl Refused {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Refused {
        Refused(Message::new(zh, en))
    }
}

impl From<Message> for Refused {
    fn from(m: Message) -> Refused {
        Refused(m)
    }
}

/// A one-line field as typed: whitespace runs (line breaks, tabs, the full-width space) become
/// one space, other control characters go, and the ends are trimmed.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.chars() {
        if c.is_whitespace() {
            gap = true;
        } else if !c.is_control() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        }
    }
    out
}

/// Multi-line text as typed: `\r\n` and `\r` become `\n`, control characters other than line
/// breaks and tabs go, and blank lines at either end are trimmed.
pub fn multi_line(s: &str) -> String {
    let unified = s.replace("\r\n", "\n").replace('\r', "\n");
    let kept: String = unified
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect();
    let lines: Vec<&str> = kept.lines().map(str::trim_end).collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    match (first, last) {
        (Some(a), Some(b)) => lines[a..=b].join("\n"),
        _ => String::new(),
    }
}

/// A cleaned one-line field, refused when empty (if required) or longer than `max` characters.
pub fn line_field(raw: &str, field: Text, max: usize, required: bool) -> Result<String, Refused> {
    check(one_line(raw), field, max, required)
}

/// Cleaned multi-line text, refused when empty (if required) or longer than `max` characters.
pub fn text_field(raw: &str, field: Text, max: usize, required: bool) -> Result<String, Refused> {
    check(multi_line(raw), field, max, required)
}

fn check(s: String, field: Text, max: usize, required: bool) -> Result<String, Refused> {
    if required && s.is_empty() {
        return Err(live::empty(field).into());
    }
    let n = s.chars().count();
    if n > max {
        return Err(live::too_long(field, n, max).into());
    }
    Ok(s)
}

/// Planned minutes as typed: a whole number from 1 to `max`; zero, letters and fractions refused.
pub fn minutes_field(raw: &str, field: Text, max: u32) -> Result<u32, Refused> {
    let s: String = one_line(raw)
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            c => c,
        })
        .collect();
    let digits = s
        .trim_end_matches("分钟")
        .trim_end_matches('分')
        .trim_end_matches("minutes")
        .trim_end_matches("min")
        .trim();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(live::not_minutes(field, &s, max).into());
    }
    match digits.parse::<u32>() {
        Ok(m) if (1..=max).contains(&m) => Ok(m),
        _ => Err(live::not_minutes(field, &s, max).into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const F: Text = crate::i18n::t("姓名", "name");

    #[test]
    fn one_line_collapses_breaks_and_keeps_emoji_and_marks() {
        assert_eq!(one_line("  黄\n武\t"), "黄 武");
        assert_eq!(one_line("黄武\u{3000}\u{3000}网岭镇"), "黄武 网岭镇");
        assert_eq!(one_line("a\u{7}b"), "ab");
        let family = "👨\u{200d}👩\u{200d}👧 e\u{301}";
        assert_eq!(one_line(family), family);
    }

    #[test]
    fn multi_line_keeps_inner_lines_and_trims_blank_ends() {
        assert_eq!(
            multi_line("\r\n\r\n修路\r\n  \r\n通自来水 \n\n"),
            "修路\n\n通自来水"
        );
        assert_eq!(multi_line(" \n \n"), "");
    }

    #[test]
    fn fields_refuse_empty_and_overlong_with_both_languages() {
        let e = line_field(" \n ", F, NAME_MAX, true).unwrap_err();
        assert!(e.0.zh.contains("姓名"), "{e:?}");
        assert!(e.0.en.contains("name"), "{e:?}");
        let paste = "意".repeat(10_000);
        let e = line_field(&paste, F, NAME_MAX, true).unwrap_err();
        assert!(e.0.en.contains("10000"), "{e:?}");
        assert_eq!(
            text_field(&paste, F, TEXT_MAX, true)
                .unwrap()
                .chars()
                .count(),
            10_000
        );
        assert_eq!(line_field("", F, NAME_MAX, false).unwrap(), "");
    }

    #[test]
    fn minutes_refuse_zero_letters_and_fractions() {
        assert_eq!(minutes_field("20", F, 600), Ok(20));
        assert_eq!(minutes_field(" 20分钟", F, 600), Ok(20));
        assert_eq!(minutes_field("２０", F, 600), Ok(20));
        for bad in ["0", "", "abc", "二十", "1.5", "-3", "601", "99999999999"] {
            let e = minutes_field(bad, F, 600).unwrap_err();
            assert!(e.0.en.contains("1 to 600"), "{bad}: {e:?}");
        }
    }
}
