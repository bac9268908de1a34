//! Widgets shared by the screens.

pub mod bars;
pub mod big_timer;
pub mod columns;
pub mod form;
mod graphemes;
pub mod list;
pub mod tab_bar;
pub mod tally_grid;
pub mod text_area;
pub mod text_input;
pub mod wrap;

pub use text_area::TextArea;
pub use text_input::{InputOutcome, TextInput};
