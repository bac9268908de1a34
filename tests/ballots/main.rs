//! Ballot rounds: forms, the tally grid, ballot-by-ballot entry, merge, results, the seed's figures,
//! scanned ballots.
//!
//! One test binary per area (a binary each for 45 files cost most of CI's link time); each
//! module is one former test file.

#[path = "../common/mod.rs"]
mod common;
mod support;

mod accounting;
mod cli;
mod demo;
mod e2e;
mod entry_fix;
mod form;
mod grid;
mod grid_keys;
mod merge;
mod perf;
mod prop_marks;
mod props;
mod results;
mod review_tui;
mod scan;
mod scan_formats;
mod scan_pty;
mod scan_tui;
mod town;
mod tui;
