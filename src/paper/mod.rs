//! The meeting's paper: ballots (测评票) built to be read back by a scanner, sign-in sheets (签到表)
//! and the record as PDF.
//!
//! `layout` is the geometry printing and scanning share, `code` what each page's QR code says.

mod arrange;
pub mod ballot;
pub mod code;
pub mod document;
pub mod flow;
pub mod font;
pub mod layout;
pub mod pdf;
pub mod print;
pub mod signin;
