//! An item's rates, flag rules and weights as one line of text the clerk can edit:
//! rates `满意率=1/n; 综合满意率=1+2/n` (grades by number, `n` leaves 不了解 out of the
//! denominator, `b` leaves blanks out, `x` items marked twice), flags `补课=3>=1/3` (`>=`, `>` or `<`), weights
//! `100/75/55` (one per grade, empty for none).

use crate::i18n::{Message, tally};
use crate::model::{BallotItem, Comparison, FlagRule, RateDef};

fn parts(text: &str) -> impl Iterator<Item = &str> {
    text.split([';', '；', '\n'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// Grade numbers `1+2` (1-based, on a scale of `n`) as indexes.
fn grades(text: &str, n: usize) -> Option<Vec<usize>> {
    text.split('+')
        .map(|g| {
            g.trim()
                .parse::<usize>()
                .ok()
                .filter(|&g| g >= 1 && g <= n)
                .map(|g| g - 1)
        })
        .collect()
}

fn show_grades(g: &[usize]) -> String {
    g.iter()
        .map(|g| (g + 1).to_string())
        .collect::<Vec<_>>()
        .join("+")
}

pub fn rates_text(item: &BallotItem) -> String {
    item.rates
        .iter()
        .map(|r| {
            let mut flags = String::new();
            if r.exclude_non_votes {
                flags.push('n');
            }
            if r.exclude_blanks {
                flags.push('b');
            }
            if r.exclude_void_marks {
                flags.push('x');
            }
            let flags = if flags.is_empty() {
                String::new()
            } else {
                format!("/{flags}")
            };
            format!("{}={}{flags}", r.name, show_grades(&r.grades))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn parse_rates(text: &str, item: &BallotItem) -> Result<Vec<RateDef>, Message> {
    let n = item.scale.grades.len();
    parts(text)
        .map(|p| {
            let bad = || tally::bad_rate(p);
            let (name, rest) = p.split_once(['=', '＝']).ok_or_else(bad)?;
            let (g, flags) = rest.split_once('/').unwrap_or((rest, ""));
            let flags = flags.trim();
            if name.trim().is_empty() || !flags.chars().all(|c| matches!(c, 'n' | 'b' | 'x')) {
                return Err(bad());
            }
            Ok(RateDef {
                name: name.trim().to_string(),
                grades: grades(g, n).ok_or_else(bad)?,
                exclude_non_votes: flags.contains('n'),
                exclude_blanks: flags.contains('b'),
                exclude_void_marks: flags.contains('x'),
            })
        })
        .collect()
}

pub fn flags_text(item: &BallotItem) -> String {
    item.flags
        .iter()
        .map(|f| {
            let op = match f.comparison {
                Comparison::AtLeast => ">=",
                Comparison::Above => ">",
                Comparison::Below => "<",
            };
            format!(
                "{}={}{op}{}/{}",
                f.label,
                show_grades(&f.grades),
                f.num,
                f.den
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn parse_flags(text: &str, item: &BallotItem) -> Result<Vec<FlagRule>, Message> {
    let n = item.scale.grades.len();
    parts(text)
        .map(|p| {
            let bad = || tally::bad_flag(p);
            let (label, rest) = p.split_once(['=', '＝']).ok_or_else(bad)?;
            let (at, op_len, comparison) = [
                (">=", Comparison::AtLeast),
                ("≥", Comparison::AtLeast),
                (">", Comparison::Above),
                ("<", Comparison::Below),
            ]
            .iter()
            .find_map(|(op, c)| rest.find(op).map(|at| (at, op.len(), *c)))
            .ok_or_else(bad)?;
            let g = grades(&rest[..at], n).ok_or_else(bad)?;
            let (num, den) = rest[at + op_len..].split_once('/').ok_or_else(bad)?;
            let num: u32 = num.trim().parse().map_err(|_| bad())?;
            let den: u32 = den.trim().parse().map_err(|_| bad())?;
            if label.trim().is_empty() || den == 0 || num > den {
                return Err(bad());
            }
            Ok(FlagRule {
                label: label.trim().to_string(),
                grades: g,
                comparison,
                num,
                den,
            })
        })
        .collect()
}

pub fn weights_text(item: &BallotItem) -> String {
    item.scale
        .grades
        .iter()
        .map(|g| g.weight.map_or_else(String::new, |w| w.to_string()))
        .collect::<Vec<_>>()
        .join("/")
}

pub fn parse_weights(text: &str, item: &BallotItem) -> Result<Vec<Option<u32>>, Message> {
    let n = item.scale.grades.len();
    let text = text.trim();
    if text.is_empty() {
        return Ok(vec![None; n]);
    }
    let out: Option<Vec<Option<u32>>> = text
        .split('/')
        .map(|w| {
            let w = w.trim();
            if w.is_empty() {
                Some(None)
            } else {
                w.parse().ok().map(Some)
            }
        })
        .collect();
    match out {
        Some(ws) if ws.len() == n => Ok(ws),
        _ => Err(tally::bad_weights(text, n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::Template;

    fn item() -> BallotItem {
        Template::default_for(Lang::Zh).forms[0].items[7].clone()
    }

    #[test]
    fn rates_flags_and_weights_read_back_what_they_write() {
        let it = item();
        assert_eq!(rates_text(&it), "满意率=1; 综合满意率=1+2");
        assert_eq!(
            parse_rates(&rates_text(&it), &it).unwrap_or_default(),
            it.rates
        );
        assert_eq!(flags_text(&it), "补课=3>=1/3");
        assert_eq!(
            parse_flags(&flags_text(&it), &it).unwrap_or_default(),
            it.flags
        );
        assert_eq!(weights_text(&it), "100/75/55");
        assert_eq!(
            parse_weights("100//55", &it).unwrap_or_default(),
            vec![Some(100), None, Some(55)]
        );
    }

    #[test]
    fn bad_lines_say_what_is_wrong() {
        let it = item();
        let r = parse_rates("满意率=1/nb; 不满意率=3", &it).unwrap_or_default();
        assert!(r[0].exclude_non_votes && r[0].exclude_blanks && !r[0].exclude_void_marks);
        let r = parse_rates("满意率=1/x", &it).unwrap_or_default();
        assert!(r[0].exclude_void_marks && !r[0].exclude_blanks);
        assert!(parse_rates("满意率=1/q", &it).is_err());
        assert!(parse_rates("满意率=4", &it).is_err());
        assert!(parse_rates("满意率", &it).is_err());
        assert!(parse_flags("补课=3>=1/0", &it).is_err());
        assert!(parse_flags("补课=3 < 60/100", &it).is_ok());
        let e = parse_weights("100/75", &it).unwrap_err();
        assert!(e.get(Lang::Zh).contains("3"));
    }
}
