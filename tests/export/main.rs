//! The written record: report and notice formats, their command line and snapshots.
//!
//! One test binary per area (a binary each for 45 files cost most of CI's link time); each
//! module is one former test file.

#[path = "../common/mod.rs"]
mod common;

mod cli;
mod e2e;
mod formats;
mod record_snapshots;
mod xlsx;
