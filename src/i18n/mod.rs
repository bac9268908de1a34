//! Every interface string, in Chinese and English, in one place.
//!
//! A string is a [`Text`] pair; screens never carry a literal of their own. Each area of the
//! interface keeps its pairs in its own file below this module so the two languages always sit
//! side by side and a missing translation cannot compile.

pub mod agenda;
pub mod archive;
pub mod attendance;
pub mod ballots;
#[cfg(test)]
mod cjk_literals;
pub mod cli;
pub mod common;
pub mod export;
pub mod import;
pub mod large;
pub mod live;
pub mod paper;
pub mod report;
pub mod review;
pub mod scan;
pub mod show;
pub mod store;
pub mod suggestions;
pub mod tally;
pub mod template;
pub mod tui;

use serde::{Deserialize, Serialize};

/// The interface language.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// Parses `zh`/`en` (and locale strings such as `zh_CN.UTF-8`, `en_US`).
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s.starts_with("zh") {
            Some(Lang::Zh)
        } else if s.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language from the locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`): zh* gives zh, else en.
    pub fn from_locale_vars(get: impl Fn(&str) -> Option<String>) -> Lang {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(v) = get(var).filter(|v| !v.is_empty()) {
                return if v.to_ascii_lowercase().starts_with("zh") {
                    Lang::Zh
                } else {
                    Lang::En
                };
            }
        }
        Lang::En
    }

    /// The language chosen by `PINGYI_LANG`, else the locale.
    pub fn from_env() -> Lang {
        std::env::var("PINGYI_LANG")
            .ok()
            .and_then(|v| Lang::parse(&v))
            .unwrap_or_else(|| Lang::from_locale_vars(|k| std::env::var(k).ok()))
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

/// One interface string in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(zh: &'static str, en: &'static str) -> Text {
        Text { zh, en }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// Shorthand used by the string tables: `t("中文", "English")`.
pub const fn t(zh: &'static str, en: &'static str) -> Text {
    Text::new(zh, en)
}

/// A message made at run time (with figures or names in it), kept in both languages so the
/// model can report problems without knowing who reads them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub zh: String,
    pub en: String,
}

impl Message {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Message {
        Message {
            zh: zh.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// `1 row`, `2 rows`: an English count with the noun agreeing (Chinese needs no plural).
pub fn count_en(n: impl std::fmt::Display, one: &str, many: &str) -> String {
    let n = n.to_string();
    let noun = if n == "1" { one } else { many };
    format!("{n} {noun}")
}

impl From<Text> for Message {
    fn from(t: Text) -> Message {
        Message::new(t.zh, t.en)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_zh_prefix_gives_chinese() {
        let env = |k: &str| (k == "LANG").then(|| "zh_CN.UTF-8".to_string());
        assert_eq!(Lang::from_locale_vars(env), Lang::Zh);
        let env = |k: &str| (k == "LANG").then(|| "en_GB.UTF-8".to_string());
        assert_eq!(Lang::from_locale_vars(env), Lang::En);
        assert_eq!(Lang::from_locale_vars(|_| None), Lang::En);
    }

    #[test]
    fn lc_all_wins_over_lang() {
        let env = |k: &str| match k {
            "LC_ALL" => Some("C".to_string()),
            "LANG" => Some("zh_CN.UTF-8".to_string()),
            _ => None,
        };
        assert_eq!(Lang::from_locale_vars(env), Lang::En);
    }
}
