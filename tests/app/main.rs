//! The shell: session picker, global keys, every screen at every size, random key sequences, CLI errors, README in step.
//!
//! One test binary per area (a binary each for 45 files cost most of CI's link time); each
//! module is one former test file.

#[path = "../common/mod.rs"]
mod common;

mod cli_demo;
mod cli_errors;
mod e2e_shell;
mod prop_app;
mod readme;
mod screens_sizes;
mod tui_picker;
mod tui_shell;
