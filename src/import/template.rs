//! Reading a template file from disk for `pingyi new --template FILE`.

use crate::i18n::{Lang, Message, import as txt};
use crate::model::Template;
use std::path::Path;

/// The template in `path`, or why not: unreadable, not UTF-8, or every problem `load_json` found.
pub fn read_template_file(path: &Path) -> Result<Template, Message> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| txt::unreadable(&shown, &e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|_| txt::not_text(&shown))?;
    Template::load_json(&text).map_err(|e| {
        Message::new(
            format!("{shown}: {}", e.describe(Lang::Zh)),
            format!("{shown}: {}", e.describe(Lang::En)),
        )
    })
}
