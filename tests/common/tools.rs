//! System tools some tests read their output with (Chromium, pdftotext, LibreOffice). On a
//! machine without one, the test says plainly that it was skipped and what to install; with `CI`
//! set it must run, so a missing tool fails it (`.ci/run` installs them all).

use std::process::Command;

/// The first of `names` that can be started (`NAME --version`; pdftotext answers it with a
/// usage error, so only starting counts), or `None` after saying why `test` is skipped; panics
/// instead when `CI` is set.
pub fn find(test: &str, names: &[&'static str], package: &str) -> Option<&'static str> {
    let found = names
        .iter()
        .copied()
        .find(|c| Command::new(c).arg("--version").output().is_ok());
    if found.is_none() {
        let what = names.join(" or ");
        if std::env::var_os("CI").is_some() {
            panic!("{test}: {what} is needed and CI is set: apt-get install -y {package}");
        }
        eprintln!(
            "SKIPPED {test}: {what} is not installed. Install it to run this test \
             (apt-get install -y {package}); with CI set it is required."
        );
    }
    found
}
