//! Colours and styles, in one place.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub text: Style,
    pub dim: Style,
    pub title: Style,
    pub selected: Style,
    pub editing: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub status: Style,
    pub ok: Style,
    pub warn: Style,
    pub error: Style,
    pub key: Style,
    pub border: Style,
}

pub const THEME: Theme = Theme {
    text: Style::new(),
    dim: Style::new().fg(Color::DarkGray),
    title: Style::new().add_modifier(Modifier::BOLD),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    editing: Style::new().fg(Color::Black).bg(Color::LightYellow),
    tab: Style::new().fg(Color::Gray),
    tab_active: Style::new()
        .fg(Color::Black)
        .bg(Color::Cyan)
        .add_modifier(Modifier::BOLD),
    status: Style::new().fg(Color::White).bg(Color::Blue),
    ok: Style::new().fg(Color::Green),
    warn: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    error: Style::new()
        .fg(Color::White)
        .bg(Color::Red)
        .add_modifier(Modifier::BOLD),
    key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    border: Style::new().fg(Color::DarkGray),
};
