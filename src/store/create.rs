//! New session files: named `YYYY-MM-DD-<ascii-slug>.json` after the meeting's date and title,
//! never overwriting a file that is already there.

use super::error::{IoAction, StoreError};
use super::lock::{Durability, place_new};
use super::save::to_json;
use crate::model::Session;
use pinyin::ToPinyin;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Slugs longer than this are cut at a word boundary; the date already tells files apart.
const MAX_SLUG: usize = 48;
/// `-2` … `-999`: beyond that something other than meetings is filling the folder.
const MAX_SUFFIX: u32 = 999;

/// The slug of a title, in ASCII: Chinese characters become their pinyin (one word per
/// syllable), letters and digits are kept in lower case, everything else separates words.
/// A title with nothing usable gives `meeting`.
pub fn slug(title: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
            continue;
        }
        if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if let Some(p) = c.to_pinyin() {
            // Plain pinyin writes ü for 绿, 女…; file names stay ASCII with the usual v.
            let syllable: String = p
                .plain()
                .chars()
                .map(|c| if c == 'ü' { 'v' } else { c })
                .filter(char::is_ascii_alphanumeric)
                .collect();
            if !syllable.is_empty() {
                words.push(syllable);
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut out = String::new();
    for w in words {
        let extra = if out.is_empty() { w.len() } else { w.len() + 1 };
        if out.len() + extra > MAX_SLUG {
            if out.is_empty() {
                out = w.chars().take(MAX_SLUG).collect();
            }
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&w);
    }
    if out.is_empty() {
        "meeting".to_string()
    } else {
        out
    }
}

/// The file name a new session gets (before any `-2` suffix): the meeting date (or the day it was
/// created) and the slug of its subject (or of who is evaluated).
pub fn file_stem(session: &Session) -> String {
    let date = session
        .header
        .date
        .unwrap_or_else(|| session.created.date_naive());
    let title = if session.header.subject.trim().is_empty() {
        &session.header.evaluated
    } else {
        &session.header.subject
    };
    format!("{}-{}", date.format("%Y-%m-%d"), slug(title))
}

/// Writes `session` as a new file in `dir` (created if missing) and returns its path. An existing
/// file is never touched: the name gets `-2`, `-3`… instead.
pub fn create(dir: &Path, session: &Session) -> Result<PathBuf, StoreError> {
    let stem = file_stem(session);
    let first = dir.join(format!("{stem}.json"));
    fs::create_dir_all(dir).map_err(|e| StoreError::from_io(&e, dir, dir, IoAction::Create))?;
    let text = to_json(session).map_err(|e| StoreError::Io {
        path: first.clone(),
        action: IoAction::Write,
        kind: io::ErrorKind::InvalidData,
        detail: e.to_string(),
    })?;
    for n in 1..=MAX_SUFFIX {
        let path = if n == 1 {
            first.clone()
        } else {
            dir.join(format!("{stem}-{n}.json"))
        };
        match place_new(dir, &path, &text, Durability::Durable) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(StoreError::from_io(&e, &path, dir, IoAction::Create)),
        }
    }
    Err(StoreError::from_io(
        &io::Error::from(io::ErrorKind::AlreadyExists),
        &first,
        dir,
        IoAction::Create,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_titles_become_pinyin() {
        assert_eq!(slug("网岭镇"), "wang-ling-zhen");
        assert_eq!(slug("绿化"), "lv-hua");
        assert_eq!(
            slug("网岭镇党委创先争优群众评议大会"),
            "wang-ling-zhen-dang-wei-chuang-xian-zheng-you"
        );
        assert!(slug("网岭镇党委创先争优群众评议大会").len() <= MAX_SLUG);
    }

    #[test]
    fn ascii_is_kept_and_punctuation_separates() {
        assert_eq!(
            slug("Oil-field Department, 2010!"),
            "oil-field-department-2010"
        );
        assert_eq!(slug("第1党支部"), "di-1-dang-zhi-bu");
        assert_eq!(slug("  ——  "), "meeting");
        assert_eq!(slug(""), "meeting");
        assert_eq!(slug(&"x".repeat(60)).len(), MAX_SLUG);
    }
}
