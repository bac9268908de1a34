//! pingyi (评议): run a public evaluation meeting (群众评议会) live in the terminal and keep its record.
//!
//! `model` is the meeting record and its rules, `store` everything that touches the disk,
//! `export` the written record and notices, `tui` the terminal application, `cli` the command line.

pub mod archive;
pub mod cli;
pub mod demo;
pub mod export;
pub mod i18n;
pub mod import;
pub mod model;
pub mod paper;
pub mod scan;
pub mod store;
pub mod tui;
