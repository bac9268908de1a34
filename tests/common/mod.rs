//! Shared helpers for the integration tests.
#![allow(dead_code)]

pub mod meeting;
pub mod pty;
