//! Pictures in the terminal's own graphics where it has them: kitty's graphics protocol, sixel or
//! iTerm2's inline images, through ratatui-image. Everywhere else (and in tests) review draws its
//! own half blocks, which any truecolor terminal shows.
//!
//! The protocol is chosen from the terminal's environment (kitty and Ghostty: kitty's protocol;
//! WezTerm, iTerm2, VS Code: iTerm2's; foot, mlterm, Konsole: sixel), never by asking the terminal
//! through its input: a terminal that does not answer (a stale variable under tmux or ssh) would
//! leave the question's reader waiting on the keyboard, and the clerk's first keys would be lost.
//! The cell size in pixels comes from the terminal's window size where it reports one.
//! `PINGYI_PICTURES=kitty|sixel|iterm2` forces a protocol, `PINGYI_PICTURES=off` the half blocks.

use ratatui_image::picker::{Picker, ProtocolType};
use std::cell::RefCell;
use std::sync::OnceLock;

static PICKER: OnceLock<Option<Picker>> = OnceLock::new();

thread_local! {
    /// A picker set for this thread only (tests draw with a protocol of their choosing).
    static THIS_THREAD: RefCell<Option<Picker>> = const { RefCell::new(None) };
}

/// What `PINGYI_PICTURES` and the terminal's variables ask for (`var` reads one variable):
/// a protocol, or `None` for half blocks.
pub fn want(var: impl Fn(&str) -> Option<String>) -> Option<ProtocolType> {
    match var("PINGYI_PICTURES")
        .as_deref()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("off" | "halfblocks" | "none") => return None,
        Some("kitty") => return Some(ProtocolType::Kitty),
        Some("sixel") => return Some(ProtocolType::Sixel),
        Some("iterm2") => return Some(ProtocolType::Iterm2),
        _ => {}
    }
    let set = |k: &str| var(k).is_some_and(|v| !v.is_empty());
    let term = var("TERM").unwrap_or_default();
    let program = var("TERM_PROGRAM").unwrap_or_default();
    if set("TMUX") || term.starts_with("screen") || term.starts_with("tmux") {
        // A multiplexer passes none of these through by default.
        return None;
    }
    if set("KITTY_WINDOW_ID") || term.contains("kitty") || term.contains("ghostty") {
        Some(ProtocolType::Kitty)
    } else if set("WEZTERM_EXECUTABLE")
        || ["WezTerm", "iTerm.app", "vscode"].contains(&program.as_str())
    {
        Some(ProtocolType::Iterm2)
    } else if set("KONSOLE_VERSION") || ["foot", "mlterm", "sixel"].iter().any(|t| term.contains(t))
    {
        Some(ProtocolType::Sixel)
    } else {
        None
    }
}

/// Decides once, at start: the protocol from the environment, the cell size from the window.
pub fn detect() {
    let chosen = want(|k| std::env::var(k).ok()).map(|kind| {
        let mut p = Picker::halfblocks();
        p.set_protocol_type(kind);
        if let Ok(w) = crossterm::terminal::window_size()
            && w.columns > 0
            && w.rows > 0
            && w.width >= w.columns
            && w.height >= w.rows
        {
            p = with_font_size(p, (w.width / w.columns, w.height / w.rows));
        }
        p
    });
    let _ = PICKER.set(chosen);
}

/// `picker` with the cell size `size` in pixels (ratatui-image keeps its setter for queries).
#[allow(deprecated)]
fn with_font_size(picker: Picker, size: (u16, u16)) -> Picker {
    let mut p = Picker::from_fontsize(size.into());
    p.set_protocol_type(picker.protocol_type());
    p
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
    fn the_protocol_comes_from_the_terminals_environment() {
        assert_eq!(want(env(&[("TERM", "xterm-256color")])), None);
        assert_eq!(
            want(env(&[("TERM", "xterm-kitty")])),
            Some(ProtocolType::Kitty)
        );
        assert_eq!(
            want(env(&[("KITTY_WINDOW_ID", "3")])),
            Some(ProtocolType::Kitty)
        );
        assert_eq!(
            want(env(&[("TERM_PROGRAM", "WezTerm")])),
            Some(ProtocolType::Iterm2)
        );
        assert_eq!(want(env(&[("TERM", "foot")])), Some(ProtocolType::Sixel));
        // Under tmux the outer terminal's variables are stale: half blocks.
        assert_eq!(
            want(env(&[("KITTY_WINDOW_ID", "3"), ("TMUX", "/tmp/t,1,0")])),
            None
        );
        assert_eq!(
            want(env(&[("TERM", "xterm-kitty"), ("PINGYI_PICTURES", "off")])),
            None
        );
        assert_eq!(
            want(env(&[("PINGYI_PICTURES", "Sixel")])),
            Some(ProtocolType::Sixel)
        );
    }
}
