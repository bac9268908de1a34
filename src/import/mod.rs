//! Reading outside files into a meeting: a roster from CSV or plain text, in UTF-8 or in the
//! GBK/GB18030 that spreadsheets in China save. Nothing here changes a session: it returns the
//! rows to import and the bad rows by line, and the session takes them in one audited change.

mod decode;
mod roster;
mod template;

pub use decode::decode_text;
pub use roster::{BadRow, ImportOptions, RosterImport, RosterRow, parse_roster, read_roster_file};
pub use template::read_template_file;

use crate::i18n::{Lang, Message};

/// An import that could not start, with the reason in both languages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.en)]
pub struct ImportError(pub Message);

impl ImportError {
    pub fn describe(&self, lang: Lang) -> &str {
        self.0.get(lang)
    }
}
