//! The live meeting: agenda, attendance and roster import, the work report, suggestions, templates.
//!
//! One test binary per area (a binary each for 45 files cost most of CI's link time); each
//! module is one former test file.

#[path = "../common/mod.rs"]
mod common;

mod attendance;
mod e2e;
mod first_use;
mod import;
mod report;
mod suggestions;
mod template;
mod tui_agenda_attendance;
mod tui_report;
mod tui_suggestions;
