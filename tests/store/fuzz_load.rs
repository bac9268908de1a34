//! Bad meeting files. The hand-made corpus in `tests/bad_files/sessions/` (one fault each:
//! empty, truncated, wrong types, future version, negative and overflowing counts, duplicate
//! ids, invalid UTF-8, …) and a 10 MB string made here: each is refused by `store::load`,
//! `pingyi check` and `pingyi open` with a sentence that names the file and says what is wrong,
//! and nothing is written (the file keeps its bytes, no backup, lock or temporary file appears).
//! The odd-but-sound meetings of `tests/bad_files/edge/` load, draw on every screen at every
//! size and export. Then fuzzing (bounded, proptest): arbitrary bytes, a sound file with bytes
//! flipped, cut or inserted, and with any one JSON value swapped for an odd one: loading never
//! panics, and what loads is sound.

use pingyi::i18n::Lang;
use pingyi::store::{self, StoreError};
use proptest::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/bad_files")
        .join(dir)
}

/// What each file of the corpus is refused as.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Refusal {
    Json,
    Field,
    NotPingyi,
    Newer,
    Version,
    Inconsistent,
}

const EXPECTED: &[(&str, Refusal)] = &[
    ("array.json", Refusal::NotPingyi),
    ("bad_marks.json", Refusal::Inconsistent),
    ("bad_timestamp.json", Refusal::Field),
    ("bom_only.json", Refusal::Json),
    ("deep_nesting.json", Refusal::Json),
    ("duplicate_attendee_ids.json", Refusal::Inconsistent),
    ("duplicate_ballot_numbers.json", Refusal::Inconsistent),
    ("duplicate_key.json", Refusal::Field),
    ("duplicate_round_ids.json", Refusal::Inconsistent),
    ("duplicate_suggestion_ids.json", Refusal::Inconsistent),
    ("empty.json", Refusal::Json),
    ("empty_attendee_name.json", Refusal::Inconsistent),
    ("float_count.json", Refusal::Field),
    ("future_version.json", Refusal::Newer),
    ("invalid_utf8.json", Refusal::Json),
    ("merged_into_missing.json", Refusal::Inconsistent),
    ("negative_count.json", Refusal::Field),
    ("no_format.json", Refusal::NotPingyi),
    ("not_json.json", Refusal::Json),
    ("nul_byte.json", Refusal::Json),
    ("overflowing_count.json", Refusal::Field),
    ("overflowing_id.json", Refusal::Field),
    ("returned_above_issued.json", Refusal::Inconsistent),
    ("truncated.json", Refusal::Json),
    ("unknown_presence.json", Refusal::Field),
    ("updated_before_created.json", Refusal::Inconsistent),
    ("utf16.json", Refusal::Json),
    ("verified_but_uncounted.json", Refusal::Inconsistent),
    ("version_string.json", Refusal::Version),
    ("version_zero.json", Refusal::Version),
    ("whitespace.json", Refusal::Json),
    ("wrong_format.json", Refusal::NotPingyi),
    ("wrong_type_date.json", Refusal::Field),
    ("wrong_type_people.json", Refusal::Field),
    ("wrong_type_subject.json", Refusal::Field),
];

fn refusal(e: &StoreError) -> Option<Refusal> {
    Some(match e {
        StoreError::BadJson { .. } => Refusal::Json,
        StoreError::BadField { .. } => Refusal::Field,
        StoreError::NotPingyi { .. } => Refusal::NotPingyi,
        StoreError::NewerVersion { .. } => Refusal::Newer,
        StoreError::BadVersion { .. } => Refusal::Version,
        StoreError::Inconsistent { .. } => Refusal::Inconsistent,
        _ => return None,
    })
}

fn folder_listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("the folder")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn pingyi(args: &[&str], cwd: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pingyi"))
        .args(args)
        .current_dir(cwd)
        .env("PINGYI_LANG", "en")
        .env("PINGYI_DIR", cwd)
        .output()
        .expect("run pingyi")
}

/// Loads, checks and opens `name` (a copy in a folder of its own) and expects `want`.
fn refused(bytes: &[u8], name: &str, want: Refusal) {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let path = tmp.path().join(name);
    std::fs::write(&path, bytes).expect("write the copy");
    let e = match store::load(&path) {
        Ok(_) => panic!("{name} loaded"),
        Err(e) => e,
    };
    assert_eq!(refusal(&e), Some(want), "{name}: {e:?}");
    for lang in [Lang::Zh, Lang::En] {
        let m = e.message(lang);
        assert!(m.contains(name), "{name}: the sentence names the file: {m}");
        assert!(
            m.chars().count() < 600,
            "{name}: one sentence, not a dump: {m}"
        );
    }
    let check = pingyi(&["check", name], tmp.path());
    assert!(!check.status.success(), "{name}: pingyi check fails");
    let said = String::from_utf8_lossy(&check.stdout);
    assert!(said.contains('✗') && said.contains(name), "{name}: {said}");
    let open = pingyi(&["open", name], tmp.path());
    assert!(!open.status.success(), "{name}: pingyi open refuses it");
    assert!(
        String::from_utf8_lossy(&open.stderr).contains(name),
        "{name}: {}",
        String::from_utf8_lossy(&open.stderr)
    );
    assert_eq!(
        std::fs::read(&path).expect("the file"),
        bytes,
        "{name} was changed"
    );
    assert_eq!(
        folder_listing(tmp.path()),
        vec![name.to_string()],
        "{name}: nothing new beside it"
    );
}

#[test]
fn every_file_of_the_corpus_is_refused_and_left_alone() {
    let dir = corpus("sessions");
    let on_disk = folder_listing(&dir);
    let listed: Vec<String> = EXPECTED.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(
        on_disk, listed,
        "every file in tests/bad_files/sessions is listed here"
    );
    for (name, want) in EXPECTED {
        let bytes = std::fs::read(dir.join(name)).expect("a corpus file");
        refused(&bytes, name, *want);
    }
}

#[test]
fn a_ten_megabyte_string_is_refused() {
    let base = std::fs::read_to_string(corpus("sound_base.json")).expect("the base");
    let mut v: Value = serde_json::from_str(&base).expect("json");
    v["header"]["subject"] = Value::String("评".repeat(10 * 1024 * 1024 / 3));
    let bytes = serde_json::to_vec_pretty(&v).expect("json");
    refused(&bytes, "ten_megabytes.json", Refusal::Field);
}

#[test]
fn the_sound_base_loads() {
    let s = store::load(&corpus("sound_base.json")).expect("the base of the corpus is sound");
    crate::common::invariants::hold(&s, "sound_base.json");
}

/// Odd but sound: loads, every screen draws at every size, every export is made.
#[test]
fn odd_but_sound_meetings_load_draw_and_export() {
    for name in folder_listing(&corpus("edge")) {
        let s = store::load(&corpus("edge").join(&name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        crate::common::invariants::hold(&s, &name);
        for lang in [Lang::Zh, Lang::En] {
            let mut app = pingyi::tui::testing::app_with(s.clone(), lang);
            for &screen in pingyi::tui::screens::ScreenId::MEETING {
                app.update(pingyi::tui::action::Action::Goto(screen));
                for (w, h) in [(0, 0), (1, 1), (20, 5), (80, 24), (300, 100)] {
                    drop(pingyi::tui::testing::draw(&app, w, h));
                }
            }
        }
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let path = tmp.path().join(&name);
        std::fs::copy(corpus("edge").join(&name), &path).expect("copy");
        for format in ["md", "txt", "html", "docx", "csv", "json"] {
            let to = format!("record.{format}");
            let args = [
                "report",
                &name,
                "--format",
                format,
                "--as-of",
                "2010-12-31",
                "-o",
                &to,
            ];
            let out = pingyi(&args, tmp.path());
            assert!(
                out.status.success(),
                "{name} as {format}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

/// A sound meeting file as text, for the mutations below.
fn sound_bytes() -> Vec<u8> {
    std::fs::read(corpus("sound_base.json")).expect("the base")
}

/// What loading must do with any bytes: not panic; and what it accepts is sound and saves back
/// to the same meeting.
fn loads_soundly_or_refuses(bytes: &[u8]) {
    if let Ok(s) = store::parse(Path::new("fuzz.json"), bytes) {
        crate::common::invariants::hold(&s, "a fuzzed file that loaded");
    }
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Cut(usize),
    Insert(usize, Vec<u8>),
    Remove(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Mutation::Flip(at, b)),
        any::<usize>().prop_map(Mutation::Cut),
        (
            any::<usize>(),
            prop_oneof![
                prop::collection::vec(any::<u8>(), 1..8),
                Just(b"\"".to_vec()),
                Just(b"-1".to_vec()),
                Just(b"4294967296".to_vec()),
                Just("黄武".as_bytes().to_vec()),
                Just(b"null,".to_vec()),
            ]
        )
            .prop_map(|(at, b)| Mutation::Insert(at, b)),
        (any::<usize>(), 1usize..64).prop_map(|(at, n)| Mutation::Remove(at, n)),
    ]
}

fn mutate(mut bytes: Vec<u8>, m: &Mutation) -> Vec<u8> {
    let n = bytes.len().max(1);
    match m {
        Mutation::Flip(at, b) => {
            if let Some(x) = bytes.get_mut(at % n) {
                *x = *b;
            }
        }
        Mutation::Cut(at) => bytes.truncate(at % n),
        Mutation::Insert(at, b) => {
            let at = at % n;
            bytes.splice(at..at, b.iter().copied());
        }
        Mutation::Remove(at, len) => {
            let at = at % n;
            let end = (at + len).min(bytes.len());
            bytes.drain(at..end);
        }
    }
    bytes
}

/// The JSON pointer of every value in a document.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                pointers(x, format!("{at}/{i}"), out);
            }
        }
        Value::Object(o) => {
            for (k, x) in o {
                let k = k.replace('~', "~0").replace('/', "~1");
                pointers(x, format!("{at}/{k}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

fn odd_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        Just(serde_json::json!(-1)),
        Just(serde_json::json!(0)),
        Just(serde_json::json!(4_294_967_295u64)),
        Just(serde_json::json!(4_294_967_296u64)),
        Just(serde_json::json!(1.5)),
        Just(serde_json::json!("")),
        Just(serde_json::json!("x")),
        Just(serde_json::json!(true)),
        Just(serde_json::json!([])),
        Just(serde_json::json!({})),
        Just(serde_json::json!("2010-13-40")),
        Just(serde_json::json!({"state": "present", "at": "2010-10-19T09:00:00+08:00"})),
        "\\PC{0,12}".prop_map(Value::String),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2_000)) {
        loads_soundly_or_refuses(&bytes);
        let mut framed = br#"{"format":"pingyi-session","version":1,"#.to_vec();
        framed.extend(&bytes);
        loads_soundly_or_refuses(&framed);
    }

    #[test]
    fn a_sound_file_with_bytes_changed_never_panics(ms in prop::collection::vec(mutation(), 1..6)) {
        let bytes = ms.iter().fold(sound_bytes(), mutate);
        loads_soundly_or_refuses(&bytes);
    }

    #[test]
    fn a_sound_file_with_any_value_swapped_never_panics(
        picks in prop::collection::vec((any::<prop::sample::Index>(), odd_value()), 1..4)
    ) {
        let mut v: Value = serde_json::from_slice(&sound_bytes()).expect("json");
        for (at, odd) in &picks {
            let mut all = Vec::new();
            pointers(&v, String::new(), &mut all);
            if let Some(x) = v.pointer_mut(&all[at.index(all.len())]) {
                *x = odd.clone();
            }
        }
        loads_soundly_or_refuses(&serde_json::to_vec_pretty(&v).expect("json"));
    }
}
