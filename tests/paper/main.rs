//! The meeting's paper: ballots, sign-in sheets and the record as PDF, printed as a user prints
//! them and read back with the tools a user and the scanner have.
//!
//! One test binary per area; each module is one part.

mod ballots;
mod cli;
mod support;
