//! Shared helpers for the integration tests.
#![allow(dead_code)]

pub mod invariants;
pub mod meeting;
pub mod pty;
pub mod tools;
