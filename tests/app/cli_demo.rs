//! The example meetings in `sessions/` are made by `pingyi demo` and pass `pingyi check`:
//! regenerating them gives the committed bytes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn pingyi(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pingyi"))
        .args(args)
        .current_dir(cwd)
        .env("PINGYI_LANG", "en")
        .env("PINGYI_DIR", cwd)
        .output()
        .unwrap()
}

fn sessions() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions")
}

#[test]
fn regenerating_the_examples_gives_the_committed_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    for (example, name) in [
        ("town", "2010-10-19-wangling-town.json"),
        ("oilfield", "2010-11-05-oilfield-department.json"),
    ] {
        let out = tmp.path().join(name);
        let run = pingyi(
            &["demo", "--example", example, "-o", out.to_str().unwrap()],
            tmp.path(),
        );
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let fresh = std::fs::read(&out).unwrap();
        let committed = std::fs::read(sessions().join(name)).unwrap();
        assert!(
            fresh == committed,
            "sessions/{name} is stale: run `cargo run -- demo --example {example} -o sessions/{name}`"
        );
    }
}

#[test]
fn every_file_in_sessions_passes_check() {
    let mut files: Vec<String> = std::fs::read_dir(sessions())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert!(files.len() >= 2, "{files:?}");
    let mut args = vec!["check"];
    args.extend(files.iter().map(String::as_str));
    let run = pingyi(&args, &sessions());
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{stdout}");
    assert_eq!(stdout.matches("✓ ").count(), files.len(), "{stdout}");
    assert!(stdout.ends_with("Every file is sound.\n"), "{stdout}");
}

#[test]
fn demo_without_output_creates_a_new_file_in_the_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let run = pingyi(&["demo", "--example", "oilfield"], tmp.path());
    assert!(run.status.success());
    let made: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
    assert_eq!(made.len(), 1);
    let run = pingyi(&["demo", "--example", "oilfield"], tmp.path());
    assert!(run.status.success());
    assert_eq!(
        std::fs::read_dir(tmp.path()).unwrap().count(),
        2,
        "never overwrites"
    );
}
