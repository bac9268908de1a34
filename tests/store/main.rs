//! The disk: loading and checking files, saving, the lock, the saver, folder listing, fuzzed files.
//!
//! One test binary per area (a binary each for 45 files cost most of CI's link time); each
//! module is one former test file.

#[path = "../common/mod.rs"]
mod common;

mod fuzz_load;
mod fuzz_roster;
mod list;
mod load;
mod lock;
mod prop_model;
mod save;
mod saver;
