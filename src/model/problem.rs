//! A problem found when checking a session: where it is and what is wrong, in both languages.

use crate::i18n::{Lang, Message};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the record, as a readable path: `rounds[1].batches[0]`, `attendance.people[12]`.
    pub path: String,
    pub message: Message,
}

impl Problem {
    pub fn new(path: impl Into<String>, zh: impl Into<String>, en: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            message: Message::new(zh, en),
        }
    }

    pub fn describe(&self, lang: Lang) -> String {
        format!("{}: {}", self.path, self.message.get(lang))
    }
}
