//! The key map: every binding in one place. The code looks keys up here and the help screen
//! lists these same tables, so the two can never disagree.
//!
//! Each area has its own command enum and table in a file below this module; `sections()` lists
//! them all for the help screen.

pub mod agenda;
pub mod attendance;
pub mod ballots;
pub mod form;
pub mod global;
pub mod header;
pub mod picker;
pub mod report;
pub mod review;
pub mod suggestions;

use crate::i18n::{Lang, Text};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// One key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyCombo {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl KeyCombo {
    pub const fn plain(code: KeyCode) -> KeyCombo {
        KeyCombo {
            code,
            mods: KeyModifiers::NONE,
        }
    }

    pub const fn ctrl(c: char) -> KeyCombo {
        KeyCombo {
            code: KeyCode::Char(c),
            mods: KeyModifiers::CONTROL,
        }
    }

    pub const fn alt(code: KeyCode) -> KeyCombo {
        KeyCombo {
            code,
            mods: KeyModifiers::ALT,
        }
    }

    pub const fn ch(c: char) -> KeyCombo {
        KeyCombo::plain(KeyCode::Char(c))
    }

    /// Whether a key press is this combo. Shift is ignored for characters (the terminal already
    /// folds it into the character: `?` arrives as Shift+`?` on some terminals).
    pub fn matches(&self, key: &KeyEvent) -> bool {
        let mut mods = key.modifiers;
        if let KeyCode::Char(c) = key.code {
            mods.remove(KeyModifiers::SHIFT);
            if let KeyCode::Char(want) = self.code {
                return mods == self.mods
                    && c.eq_ignore_ascii_case(&want)
                    && (c == want || self.mods.contains(KeyModifiers::CONTROL));
            }
            return false;
        }
        key.code == self.code && mods == self.mods
    }

    /// How the key is written in the help screen and hints: `Ctrl+Q`, `F1`, `Enter`, `↑`.
    pub fn label(&self) -> String {
        let mut s = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            s.push_str("Ctrl+");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            s.push_str("Alt+");
        }
        // BackTab is Shift+Tab already; terminals report it with or without Shift.
        if self.mods.contains(KeyModifiers::SHIFT) && self.code != KeyCode::BackTab {
            s.push_str("Shift+");
        }
        match self.code {
            KeyCode::Char(' ') => s.push_str("Space"),
            KeyCode::Char(c) if self.mods.contains(KeyModifiers::CONTROL) => {
                s.push(c.to_ascii_uppercase())
            }
            KeyCode::Char(c) => s.push(c),
            KeyCode::F(n) => s.push_str(&format!("F{n}")),
            KeyCode::Enter => s.push_str("Enter"),
            KeyCode::Esc => s.push_str("Esc"),
            KeyCode::Tab => s.push_str("Tab"),
            KeyCode::BackTab => s.push_str("Shift+Tab"),
            KeyCode::Backspace => s.push_str("Backspace"),
            KeyCode::Delete => s.push_str("Del"),
            KeyCode::Insert => s.push_str("Ins"),
            KeyCode::Up => s.push('↑'),
            KeyCode::Down => s.push('↓'),
            KeyCode::Left => s.push('←'),
            KeyCode::Right => s.push('→'),
            KeyCode::Home => s.push_str("Home"),
            KeyCode::End => s.push_str("End"),
            KeyCode::PageUp => s.push_str("PgUp"),
            KeyCode::PageDown => s.push_str("PgDn"),
            _ => s.push('?'),
        }
        s
    }
}

/// A command, the keys that give it, and what the help screen says of it.
#[derive(Debug, Clone, Copy)]
pub struct Binding<C: 'static> {
    pub cmd: C,
    pub keys: &'static [KeyCombo],
    pub help: Text,
}

/// The command a key press gives in a table, if any.
pub fn lookup<C: Copy>(table: &[Binding<C>], key: &KeyEvent) -> Option<C> {
    table
        .iter()
        .find(|b| b.keys.iter().any(|k| k.matches(key)))
        .map(|b| b.cmd)
}

/// The keys of a command, as the help screen writes them (`F1 / ?`).
pub fn keys_label<C: Copy + PartialEq>(table: &[Binding<C>], cmd: C) -> String {
    table
        .iter()
        .find(|b| b.cmd == cmd)
        .map(|b| combos_label(b.keys, " / "))
        .unwrap_or_default()
}

/// Combos written once each: Shift+Tab arrives as BackTab with or without Shift, one label.
fn combos_label(keys: &[KeyCombo], sep: &str) -> String {
    let mut labels: Vec<String> = Vec::with_capacity(keys.len());
    for l in keys.iter().map(KeyCombo::label) {
        if !labels.contains(&l) {
            labels.push(l);
        }
    }
    labels.join(sep)
}

/// One row of the help screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpRow {
    pub keys: String,
    pub help: &'static str,
}

/// A titled group of rows in the help screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpSection {
    pub title: &'static str,
    pub rows: Vec<HelpRow>,
}

/// A binding's keys joined by `sep` (`Tab / ↓`); a run of digits is written `1–9`.
fn keys_text(keys: &[KeyCombo], sep: &str) -> String {
    let digit = |k: &KeyCombo| match k.code {
        KeyCode::Char(c) if k.mods.is_empty() => c.to_digit(10),
        _ => None,
    };
    let digits: Vec<u32> = keys.iter().filter_map(digit).collect();
    if keys.len() > 2 && digits.len() == keys.len() && digits.windows(2).all(|w| w[1] == w[0] + 1) {
        return format!("{}–{}", digits[0], digits[digits.len() - 1]);
    }
    combos_label(keys, sep)
}

/// A table's rows for the help screen.
pub fn rows<C>(table: &[Binding<C>], lang: Lang) -> Vec<HelpRow> {
    table
        .iter()
        .map(|b| HelpRow {
            keys: keys_text(b.keys, " / "),
            help: b.help.get(lang),
        })
        .collect()
}

/// A hint line made from a key table: `Tab/↓ next field · Esc cancel`, for the commands `cmds`
/// in that order, so the hint says what the keys do and cannot drift from them.
pub fn hint<C: Copy + PartialEq>(table: &[Binding<C>], cmds: &[C], lang: Lang) -> String {
    cmds.iter()
        .filter_map(|c| table.iter().find(|b| b.cmd == *c))
        .map(|b| format!("{} {}", keys_text(b.keys, "/"), b.help.get(lang)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Every key table, in the order the help screen lists them.
pub fn sections(lang: Lang) -> Vec<HelpSection> {
    vec![
        HelpSection {
            title: global::TITLE.get(lang),
            rows: [rows(global::KEYS, lang), rows(global::OUTSIDE_FIELDS, lang)].concat(),
        },
        HelpSection {
            title: picker::TITLE.get(lang),
            rows: rows(picker::KEYS, lang),
        },
        HelpSection {
            title: header::TITLE.get(lang),
            rows: rows(header::KEYS, lang),
        },
        HelpSection {
            title: agenda::TITLE.get(lang),
            rows: rows(agenda::KEYS, lang),
        },
        HelpSection {
            title: attendance::TITLE.get(lang),
            rows: rows(attendance::KEYS, lang),
        },
        HelpSection {
            title: report::TITLE.get(lang),
            rows: rows(report::KEYS, lang),
        },
        HelpSection {
            title: suggestions::TITLE.get(lang),
            rows: rows(suggestions::KEYS, lang),
        },
        HelpSection {
            title: suggestions::LEDGER_TITLE.get(lang),
            rows: rows(suggestions::LEDGER_KEYS, lang),
        },
        HelpSection {
            title: review::TITLE_TIMELINE.get(lang),
            rows: rows(review::LIST_KEYS, lang),
        },
        HelpSection {
            title: review::TITLE_AUDIT.get(lang),
            rows: rows(review::AUDIT_KEYS, lang),
        },
        HelpSection {
            title: ballots::TITLE_ROUNDS.get(lang),
            rows: rows(ballots::ROUNDS, lang),
        },
        HelpSection {
            title: ballots::TITLE_ROUND.get(lang),
            rows: rows(ballots::ROUND, lang),
        },
        HelpSection {
            title: ballots::TITLE_GRID.get(lang),
            rows: rows(ballots::GRID, lang),
        },
        HelpSection {
            title: ballots::TITLE_ENTRY.get(lang),
            rows: rows(ballots::ENTRY, lang),
        },
        HelpSection {
            title: ballots::TITLE_REVIEW.get(lang),
            rows: rows(ballots::REVIEW, lang),
        },
        HelpSection {
            title: ballots::TITLE_VERIFY.get(lang),
            rows: rows(ballots::VERIFY, lang),
        },
        HelpSection {
            title: ballots::TITLE_RESULTS.get(lang),
            rows: rows(ballots::RESULTS, lang),
        },
        HelpSection {
            title: form::TITLE.get(lang),
            rows: rows(form::KEYS, lang),
        },
        HelpSection {
            title: crate::i18n::tui::TEXT_FIELDS.get(lang),
            rows: rows(TEXT_FIELD_KEYS, lang),
        },
    ]
}

/// The keys every text field understands (documented here; `widgets::text_input` implements them).
pub const TEXT_FIELD_KEYS: &[Binding<()>] = {
    use crate::i18n::tui;
    &[
        Binding {
            cmd: (),
            keys: &[
                KeyCombo::plain(KeyCode::Left),
                KeyCombo::plain(KeyCode::Right),
            ],
            help: tui::KEY_CARET,
        },
        Binding {
            cmd: (),
            keys: &[
                KeyCombo::plain(KeyCode::Home),
                KeyCombo::plain(KeyCode::End),
                KeyCombo::ctrl('a'),
                KeyCombo::ctrl('e'),
            ],
            help: tui::KEY_HOME_END,
        },
        Binding {
            cmd: (),
            keys: &[
                KeyCombo::plain(KeyCode::Backspace),
                KeyCombo::plain(KeyCode::Delete),
            ],
            help: tui::KEY_DELETE_CHAR,
        },
        Binding {
            cmd: (),
            keys: &[
                KeyCombo::ctrl('u'),
                KeyCombo::ctrl('k'),
                KeyCombo::ctrl('w'),
            ],
            help: tui::KEY_DELETE_MORE,
        },
        Binding {
            cmd: (),
            keys: &[KeyCombo::alt(KeyCode::Enter), KeyCombo::ctrl('j')],
            help: tui::KEY_NEWLINE,
        },
    ]
};

/// The key map as a Markdown table in both languages, for README.md (a test keeps the two equal).
pub fn markdown() -> String {
    let zh = sections(Lang::Zh);
    let en = sections(Lang::En);
    let mut out = String::new();
    for (z, e) in zh.iter().zip(en.iter()) {
        out.push_str(&format!("**{} / {}**\n\n", e.title, z.title));
        let what = crate::i18n::tui::KEY_MAP_WHAT;
        out.push_str(&format!(
            "| Keys | {} | {} |\n|---|---|---|\n",
            what.en, what.zh
        ));
        // Several keys doing one thing are one row (`1 / 2 / 3 / 4`), where the first of them is.
        let mut merged: Vec<(Vec<&str>, &str, &str)> = Vec::new();
        for (zr, er) in z.rows.iter().zip(e.rows.iter()) {
            match merged
                .iter_mut()
                .find(|(_, en, zh)| *en == er.help && *zh == zr.help)
            {
                Some((keys, _, _)) => keys.push(&er.keys),
                None => merged.push((vec![&er.keys], er.help, zr.help)),
            }
        }
        for (keys, en, zh) in merged {
            let keys = keys.join(" / ").replace('|', "\\|");
            out.push_str(&format!("| `{keys}` | {en} | {zh} |\n"));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_mark_matches_with_or_without_shift() {
        let k = KeyCombo::ch('?');
        assert!(k.matches(&KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT)));
        assert!(k.matches(&KeyEvent::new(KeyCode::Char('?'), KeyModifiers::NONE)));
        assert!(!k.matches(&KeyEvent::new(KeyCode::Char('/'), KeyModifiers::NONE)));
    }

    #[test]
    fn ctrl_letters_match_either_case_plain_letters_do_not() {
        let q = KeyCombo::ctrl('q');
        assert!(q.matches(&KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL)));
        assert!(q.matches(&KeyEvent::new(KeyCode::Char('Q'), KeyModifiers::CONTROL)));
        assert!(!q.matches(&KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE)));
        let n = KeyCombo::ch('n');
        assert!(!n.matches(&KeyEvent::new(KeyCode::Char('N'), KeyModifiers::SHIFT)));
        assert_eq!(q.label(), "Ctrl+Q");
        assert_eq!(KeyCombo::plain(KeyCode::F(1)).label(), "F1");
    }

    #[test]
    fn no_key_is_bound_twice_in_one_table() {
        fn check<C>(t: &[Binding<C>]) {
            let all: Vec<_> = t.iter().flat_map(|b| b.keys.iter()).collect();
            for (i, a) in all.iter().enumerate() {
                assert!(!all[i + 1..].contains(a), "{} bound twice", a.label());
            }
        }
        check(global::KEYS);
        check(picker::KEYS);
        check(header::KEYS);
        check(agenda::KEYS);
        check(attendance::KEYS);
        check(report::KEYS);
        check(suggestions::KEYS);
        check(suggestions::LEDGER_KEYS);
        check(review::LIST_KEYS);
        check(review::AUDIT_KEYS);
        check(ballots::ROUNDS);
        check(ballots::ROUND);
        check(ballots::GRID);
        check(ballots::ENTRY);
        check(ballots::VERIFY);
        check(ballots::RESULTS);
    }
}
