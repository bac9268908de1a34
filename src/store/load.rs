//! Loading: read a session file and check everything (JSON syntax, format, version, the shape of
//! each field, the record's own consistency) without ever writing to it.

use super::error::{IoAction, StoreError};
use super::save::{backup_path, folder_of};
use crate::model::{FORMAT, Session, VERSION};
use serde_json::Value;
use std::fs;
use std::path::Path;

/// One step of migration: turns a file of version `n` into version `n + 1` in memory.
type Migration = fn(&mut Value);

/// `MIGRATIONS[n - 1]` lifts version `n` to `n + 1`. Version 1 is the first format, so there is
/// nothing to lift yet; when version 2 comes, its step goes here and `model::VERSION` becomes 2.
const MIGRATIONS: &[Migration] = &[];

/// Loads and checks the session at `path`. The file is only read: a file that fails any check
/// stays exactly as it was, and the error says where its backup is.
pub fn load(path: &Path) -> Result<Session, StoreError> {
    let dir = folder_of(path);
    let meta =
        fs::metadata(path).map_err(|e| StoreError::from_io(&e, path, &dir, IoAction::Read))?;
    if meta.is_dir() {
        return Err(StoreError::IsFolder {
            path: path.to_path_buf(),
        });
    }
    let bytes = fs::read(path).map_err(|e| StoreError::from_io(&e, path, &dir, IoAction::Read))?;
    parse(path, &bytes).map_err(|e| {
        let backup = backup_path(path);
        e.with_backup(backup.is_file().then_some(backup))
    })
}

/// Checks the text of a session file; `path` is only used in messages.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Session, StoreError> {
    // A file saved by a Windows editor may start with a byte-order mark; it is not content.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some((line, column, len)) = overlong_text(bytes) {
        return Err(StoreError::BadField {
            path: path.to_path_buf(),
            line,
            column,
            detail: format!(
                "a text of {:.1} MB, where a meeting record holds at most {} MB in one text",
                len as f64 / 1_048_576.0,
                MAX_TEXT_BYTES >> 20
            ),
            backup: None,
        });
    }
    // A sound file of this version parses straight into a session: building a `Value` first
    // doubled the time to open a large meeting. Anything else takes the careful path below,
    // which says what is wrong in the order a reader needs it.
    if let Ok(session) = serde_json::from_slice::<Session>(bytes)
        && session.format == FORMAT
        && session.version == VERSION
    {
        return checked(path, session);
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|e| StoreError::BadJson {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column(),
        detail: e.to_string_without_position(),
        backup: None,
    })?;
    let version = check_identity(path, &value)?;
    let session: Session = if version == VERSION {
        // Parsed again from the text, not the value, so a misshapen field has a line and column.
        serde_json::from_slice(bytes).map_err(|e| StoreError::BadField {
            path: path.to_path_buf(),
            line: e.line(),
            column: e.column(),
            detail: e.to_string_without_position(),
            backup: None,
        })?
    } else {
        serde_json::from_value(migrate(value, version)).map_err(|e| StoreError::BadField {
            path: path.to_path_buf(),
            line: 0,
            column: 0,
            detail: e.to_string_without_position(),
            backup: None,
        })?
    };
    checked(path, session)
}

/// The session if it is consistent, else every problem in it.
fn checked(path: &Path, session: Session) -> Result<Session, StoreError> {
    let problems = session.problems();
    if !problems.is_empty() {
        return Err(StoreError::Inconsistent {
            path: path.to_path_buf(),
            problems,
            backup: None,
        });
    }
    Ok(session)
}

/// The longest text one string of a meeting file may hold. pingyi writes at most 20,000
/// characters in one field (a pasted letter; 60 KB in UTF-8, more with escapes); a file with a
/// string of many megabytes is not one it wrote, and drawing such a string every frame would
/// make the application crawl.
pub const MAX_TEXT_BYTES: usize = 1 << 20;

/// The line, column and length in bytes of the first string in the JSON text longer than
/// [`MAX_TEXT_BYTES`], if any. One pass over the bytes, without parsing.
fn overlong_text(bytes: &[u8]) -> Option<(usize, usize, usize)> {
    // Only quotes and backslashes matter; memchr finds them many bytes at a time.
    let mut start = None;
    let mut escaped_at = None;
    for i in memchr::memchr2_iter(b'"', b'\\', bytes) {
        if escaped_at == Some(i) {
            continue;
        }
        match (start, bytes[i]) {
            (Some(_), b'\\') => escaped_at = Some(i + 1),
            (Some(from), _) => {
                start = None;
                if i - from > MAX_TEXT_BYTES {
                    return Some(position(bytes, from, i - from));
                }
            }
            (None, b'"') => start = Some(i + 1),
            (None, _) => {}
        }
    }
    // A string still open at the end: too long if it already is (else the parser says more).
    start
        .filter(|&from| bytes.len() - from > MAX_TEXT_BYTES)
        .map(|from| position(bytes, from, bytes.len() - from))
}

/// Line and column (from 1, counted in characters) of byte `at`, with `len`.
fn position(bytes: &[u8], at: usize, len: usize) -> (usize, usize, usize) {
    let before = &bytes[..at];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column, len)
}

/// Checks `format` and `version` before anything else, so a file from a newer pingyi is refused
/// for its version rather than for a field this build does not know.
fn check_identity(path: &Path, value: &Value) -> Result<u32, StoreError> {
    let format = value.get("format");
    if format.and_then(Value::as_str) != Some(FORMAT) {
        return Err(StoreError::NotPingyi {
            path: path.to_path_buf(),
            found: format.map(|f| match f {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            }),
            backup: None,
        });
    }
    let raw = value.get("version");
    match raw.and_then(Value::as_u64) {
        Some(v) if v > u64::from(VERSION) => Err(StoreError::NewerVersion {
            path: path.to_path_buf(),
            found: v,
            supported: VERSION,
            backup: None,
        }),
        // Between 1 and VERSION, so it fits in a u32.
        Some(v) if v >= 1 => Ok(v as u32),
        _ => Err(StoreError::BadVersion {
            path: path.to_path_buf(),
            found: raw.map_or_else(|| "—".to_string(), Value::to_string),
            backup: None,
        }),
    }
}

/// Lifts a file of `version` to the current version in memory; the file itself is only rewritten
/// when the user next changes the meeting.
fn migrate(mut value: Value, version: u32) -> Value {
    for step in MIGRATIONS.iter().skip(version.saturating_sub(1) as usize) {
        step(&mut value);
    }
    if let Some(v) = value.get_mut("version") {
        *v = Value::from(VERSION);
    }
    value
}

/// A short, position-free form of a serde_json error (the position is reported on its own).
trait WithoutPosition {
    fn to_string_without_position(&self) -> String;
}

impl WithoutPosition for serde_json::Error {
    fn to_string_without_position(&self) -> String {
        let full = self.to_string();
        match full.rfind(" at line ") {
            Some(i) => full[..i].to_string(),
            None => full,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use chrono::TimeZone;

    fn session() -> Session {
        let at = chrono::FixedOffset::east_opt(8 * 3600)
            .unwrap()
            .with_ymd_and_hms(2010, 10, 19, 8, 0, 0)
            .unwrap();
        Session::new(at, Lang::Zh)
    }

    fn text(s: &Session) -> Vec<u8> {
        super::super::save::to_json(s).unwrap()
    }

    #[test]
    fn a_saved_session_parses_back_equal() {
        let s = session();
        assert_eq!(parse(Path::new("a.json"), &text(&s)).unwrap(), s);
    }

    #[test]
    fn a_byte_order_mark_is_not_an_error() {
        let s = session();
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(text(&s));
        assert_eq!(parse(Path::new("a.json"), &bytes).unwrap(), s);
    }

    #[test]
    fn syntax_error_reports_line_and_column() {
        let e = parse(
            Path::new("a.json"),
            b"{\n  \"format\": \"pingyi-session\",\n  \"version\" 1\n}",
        )
        .unwrap_err();
        match e {
            StoreError::BadJson { line, column, .. } => assert_eq!((line, column), (3, 13)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn wrong_format_and_versions_are_refused() {
        let e = parse(Path::new("a.json"), br#"{"format":"other","version":1}"#).unwrap_err();
        assert!(matches!(e, StoreError::NotPingyi { found: Some(ref f), .. } if f == "other"));
        let e = parse(Path::new("a.json"), b"[1, 2]").unwrap_err();
        assert!(matches!(e, StoreError::NotPingyi { found: None, .. }));
        let e = parse(
            Path::new("a.json"),
            br#"{"format":"pingyi-session","version":7}"#,
        )
        .unwrap_err();
        assert!(
            matches!(e, StoreError::NewerVersion { found: 7, .. }),
            "{e:?}"
        );
        for v in ["0", "-1", "1.5", "\"1\""] {
            let t = format!(r#"{{"format":"pingyi-session","version":{v}}}"#);
            let e = parse(Path::new("a.json"), t.as_bytes()).unwrap_err();
            assert!(matches!(e, StoreError::BadVersion { .. }), "{v}: {e:?}");
        }
    }

    #[test]
    fn misshapen_field_reports_its_position() {
        let s = session();
        let good = String::from_utf8(text(&s)).unwrap();
        let bad = good.replacen("\"planned_minutes\": 5", "\"planned_minutes\": \"five\"", 1);
        assert_ne!(good, bad);
        match parse(Path::new("a.json"), bad.as_bytes()).unwrap_err() {
            StoreError::BadField { line, detail, .. } => {
                assert!(line > 1);
                assert!(detail.contains("invalid type"), "{detail}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn contradictions_are_listed() {
        let mut s = session();
        s.agenda.items[1].id = s.agenda.items[0].id;
        match parse(Path::new("a.json"), &text(&s)).unwrap_err() {
            StoreError::Inconsistent { problems, .. } => {
                assert_eq!(problems.len(), 1);
                assert_eq!(problems[0].path, "agenda.items[1]");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_text_of_megabytes_is_refused_where_it_starts() {
        let mut s = session();
        s.header.place = "会".repeat(MAX_TEXT_BYTES / 3 + 1);
        let bytes = text(&s);
        match parse(Path::new("a.json"), &bytes).unwrap_err() {
            StoreError::BadField {
                line,
                column,
                detail,
                ..
            } => {
                let at = String::from_utf8_lossy(&bytes)
                    .lines()
                    .nth(line - 1)
                    .map(|l| l.chars().take(column - 1).collect::<String>());
                assert_eq!(at.as_deref(), Some("    \"place\": \""), "{line}:{column}");
                assert!(detail.contains("1.0 MB"), "{detail}");
            }
            other => panic!("{other:?}"),
        }
        s.header.place = "会".repeat(MAX_TEXT_BYTES / 3 - 1);
        assert!(
            parse(Path::new("a.json"), &text(&s)).is_ok(),
            "just under the limit"
        );
        // Escaped quotes do not end a string.
        s.header.place = "\"".repeat(MAX_TEXT_BYTES / 2 + 1);
        assert!(parse(Path::new("a.json"), &text(&s)).is_err());
    }

    #[test]
    fn migrating_the_current_version_changes_nothing() {
        let s = session();
        let value: Value = serde_json::from_slice(&text(&s)).unwrap();
        assert_eq!(migrate(value.clone(), VERSION), value);
    }
}
