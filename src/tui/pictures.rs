//! Pictures in the terminal's own graphics where it has them: kitty's graphics protocol, sixel or
//! iTerm2's inline images, through ratatui-image. Everywhere else (and in tests) review draws its
//! own half blocks, which any truecolor terminal shows.
//!
//! The terminal is asked what it can do only when its environment says it is one that may
//! answer (kitty, WezTerm, iTerm2, foot, Konsole, Ghostty, mlterm…), once, before the first event
//! is read: a terminal that does not answer would otherwise hold the start for two seconds.
//! `PINGYI_PICTURES=kitty|sixel|iterm2` forces a protocol, `PINGYI_PICTURES=off` the half blocks.

use ratatui_image::picker::{Picker, ProtocolType};
use std::cell::RefCell;
use std::sync::OnceLock;

static PICKER: OnceLock<Option<Picker>> = OnceLock::new();

thread_local! {
    /// A picker set for this thread only (tests draw with a protocol of their choosing).
    static THIS_THREAD: RefCell<Option<Picker>> = const { RefCell::new(None) };
}

/// What the environment asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    Off,
    Force(ProtocolType),
    /// Ask the terminal, if it looks like one with graphics.
    Ask,
    /// A terminal without graphics as far as its environment tells.
    HalfBlocks,
}

/// What `PINGYI_PICTURES` and the terminal's variables ask for (`var` reads one variable).
pub fn want(var: impl Fn(&str) -> Option<String>) -> Want {
    match var("PINGYI_PICTURES")
        .as_deref()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("off" | "halfblocks" | "none") => return Want::Off,
        Some("kitty") => return Want::Force(ProtocolType::Kitty),
        Some("sixel") => return Want::Force(ProtocolType::Sixel),
        Some("iterm2") => return Want::Force(ProtocolType::Iterm2),
        _ => {}
    }
    let set = |k: &str| var(k).is_some_and(|v| !v.is_empty());
    let term = var("TERM").unwrap_or_default();
    let program = var("TERM_PROGRAM").unwrap_or_default();
    let graphics = set("KITTY_WINDOW_ID")
        || set("WEZTERM_EXECUTABLE")
        || set("KONSOLE_VERSION")
        || set("GHOSTTY_RESOURCES_DIR")
        || ["kitty", "foot", "mlterm", "sixel", "ghostty", "wezterm"]
            .iter()
            .any(|t| term.contains(t))
        || ["WezTerm", "iTerm.app", "ghostty", "vscode"].contains(&program.as_str());
    if graphics {
        Want::Ask
    } else {
        Want::HalfBlocks
    }
}

/// Decides once, at start, after the terminal is in raw mode and before any event is read.
pub fn detect() {
    let chosen = match want(|k| std::env::var(k).ok()) {
        Want::Off | Want::HalfBlocks => None,
        Want::Ask => Picker::from_query_stdio()
            .ok()
            .filter(|p| p.protocol_type() != ProtocolType::Halfblocks),
        Want::Force(kind) => {
            let mut p = Picker::from_query_stdio().unwrap_or_else(|_| Picker::halfblocks());
            p.set_protocol_type(kind);
            Some(p)
        }
    };
    let _ = PICKER.set(chosen);
}

/// The picker review draws with, if the terminal has graphics.
pub fn picker() -> Option<Picker> {
    THIS_THREAD
        .with(|p| p.borrow().clone())
        .or_else(|| PICKER.get().cloned().flatten())
}

/// Draws this thread's pictures with `picker` (tests), or as half blocks again with `None`.
pub fn use_on_this_thread(picker: Option<Picker>) {
    THIS_THREAD.with(|p| *p.borrow_mut() = picker);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn only_terminals_that_may_answer_are_asked() {
        assert_eq!(want(env(&[("TERM", "xterm-256color")])), Want::HalfBlocks);
        assert_eq!(want(env(&[("TERM", "xterm-kitty")])), Want::Ask);
        assert_eq!(want(env(&[("KITTY_WINDOW_ID", "3")])), Want::Ask);
        assert_eq!(want(env(&[("TERM_PROGRAM", "WezTerm")])), Want::Ask);
        assert_eq!(want(env(&[("TERM", "foot")])), Want::Ask);
        assert_eq!(
            want(env(&[("TERM", "xterm-kitty"), ("PINGYI_PICTURES", "off")])),
            Want::Off
        );
        assert_eq!(
            want(env(&[("PINGYI_PICTURES", "Sixel")])),
            Want::Force(ProtocolType::Sixel)
        );
    }
}
