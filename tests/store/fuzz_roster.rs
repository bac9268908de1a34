//! Bad rosters to import. The hand-made corpus in `tests/bad_files/rosters/`: a file that
//! cannot be read as a roster is refused with a sentence naming it; a file with bad lines
//! offers only its good ones and names every bad one by its line number; nothing of the meeting
//! changes until the import is confirmed, and then it takes every good line. Then fuzzing
//! (bounded, proptest): arbitrary bytes and CSV-like text never panic, every line with content
//! is either offered or named as bad, and what is offered imports whole.

use pingyi::i18n::Lang;
use pingyi::import::{ImportOptions, RosterImport, decode_text, parse_roster, read_roster_file};
use pingyi::model::{Attendance, Session, Stamp};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/bad_files/rosters")
        .join(name)
}

/// A meeting with the template's categories and one person already on the roster.
fn meeting() -> Session {
    let at = pingyi::tui::testing::meeting_time(8, 0);
    let mut s = Session::new(at, Lang::Zh);
    let cat = s.attendance.categories[2].clone();
    let p = pingyi::model::PersonInput::new("王立新", &cat, "西关村");
    s.attendee_add(&p, &Stamp::new(at, "李静"))
        .expect("a person");
    s
}

/// What a roster file must come to: refused outright, or so many good and bad lines.
#[derive(Debug)]
enum Outcome {
    Refused,
    Lines { good: usize, bad: &'static [usize] },
}

const EXPECTED: &[(&str, Outcome)] = &[
    ("binary.csv", Outcome::Refused),
    ("control_chars.csv", Outcome::Lines { good: 1, bad: &[] }),
    ("duplicates.csv", Outcome::Lines { good: 1, bad: &[3] }),
    ("empty.csv", Outcome::Refused),
    (
        "empty_names.csv",
        Outcome::Lines {
            good: 1,
            bad: &[2, 3],
        },
    ),
    ("gbk_broken.csv", Outcome::Refused),
    ("long_name.csv", Outcome::Lines { good: 1, bad: &[2] }),
    ("no_name_column.csv", Outcome::Refused),
    ("only_header.csv", Outcome::Refused),
    (
        "too_many_columns.csv",
        Outcome::Lines {
            good: 0,
            bad: &[1, 2],
        },
    ),
    ("unclosed_quote.csv", Outcome::Lines { good: 1, bad: &[2] }),
    (
        "unknown_category.csv",
        Outcome::Lines { good: 1, bad: &[2] },
    ),
];

/// Imports what a read offered, as the attendance screen does on Enter: all of it or none.
fn import(s: &mut Session, read: &RosterImport) {
    let stamp = Stamp::new(s.updated, "李静");
    let before = s.attendance.people.len();
    s.roster_import(&read.people(), &read.new_categories, &stamp)
        .unwrap_or_else(|e| panic!("what was offered imports whole: {e}"));
    assert_eq!(s.attendance.people.len(), before + read.rows.len());
    assert!(s.problems().is_empty(), "{:?}", s.problems());
}

#[test]
fn every_roster_of_the_corpus_is_refused_or_offers_only_its_good_lines() {
    let mut on_disk: Vec<String> = std::fs::read_dir(corpus(""))
        .expect("the corpus")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let listed: Vec<&str> = EXPECTED.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        on_disk, listed,
        "every file in tests/bad_files/rosters is listed here"
    );
    for (name, want) in EXPECTED {
        let path = corpus(name);
        let bytes = std::fs::read(&path).expect("a corpus file");
        let mut s = meeting();
        let untouched = s.clone();
        let read = read_roster_file(&path, &s.attendance, &ImportOptions::default());
        assert_eq!(s, untouched, "{name}: reading changes nothing");
        assert_eq!(
            std::fs::read(&path).expect("the file"),
            bytes,
            "{name} was changed"
        );
        match (want, read) {
            (Outcome::Refused, Err(e)) => {
                for lang in [Lang::Zh, Lang::En] {
                    let m = e.describe(lang);
                    assert!(!m.trim().is_empty(), "{name}: a sentence");
                    assert!(m.chars().count() < 400, "{name}: {m}");
                }
            }
            (Outcome::Lines { good, bad }, Ok(read)) => {
                assert_eq!(read.rows.len(), *good, "{name}: good lines {:?}", read.rows);
                let lines: Vec<usize> = read.bad.iter().map(|b| b.line).collect();
                assert_eq!(lines, *bad, "{name}: bad lines {:?}", read.bad);
                for b in &read.bad {
                    let said = b.describe(Lang::Zh);
                    assert!(said.contains(&b.line.to_string()), "{name}: {said}");
                    assert!(!b.describe(Lang::En).trim().is_empty());
                }
                import(&mut s, &read);
            }
            (want, got) => panic!("{name}: expected {want:?}, got {got:?}"),
        }
    }
}

/// Every line with content is offered or named as bad (the header aside), and what is offered
/// imports whole.
fn reads_soundly(text: &str, roster: &Attendance, options: &ImportOptions) {
    let Ok(read) = parse_roster(text, roster, options) else {
        return;
    };
    let lines = text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    assert_eq!(
        read.rows.len() + read.bad.len() + usize::from(read.header),
        lines,
        "{text:?}: {read:?}"
    );
    let mut s = meeting();
    s.attendance = roster.clone();
    import(&mut s, &read);
}

fn csv_like() -> impl Strategy<Value = String> {
    let field = prop_oneof![
        "[王李张黄武会]{0,4}",
        Just("党代表".to_string()),
        Just("群众代表".to_string()),
        Just("姓名".to_string()),
        Just("类别".to_string()),
        Just("\"黄,武\"".to_string()),
        Just("\"".to_string()),
        "\\PC{0,6}",
    ];
    let sep = prop::sample::select(vec![",", "，", "\t", ";", " ", ""]);
    let line = prop::collection::vec((field, sep), 0..6).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(f, s)| format!("{f}{s}"))
            .collect::<String>()
    });
    prop::collection::vec(line, 0..12).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Some((text, _)) = decode_text(&bytes) {
            reads_soundly(&text, &meeting().attendance, &ImportOptions::default());
        }
    }

    #[test]
    fn csv_like_text_reads_soundly(text in csv_like(), add in any::<bool>(), default in any::<bool>()) {
        let options = ImportOptions {
            default_category: default.then(|| "群众代表".to_string()),
            add_unknown_categories: add,
        };
        reads_soundly(&text, &meeting().attendance, &options);
    }
}
