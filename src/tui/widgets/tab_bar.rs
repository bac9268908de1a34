//! The tab bar's text: as many screen names as the width allows. A podium laptop's terminal is
//! often 100–120 columns, where the full names do not all fit; rather than name only the screen
//! in front, the bar tightens step by step (spacing, short names, then the least used screens
//! lose their names first) and names every screen whenever it can.

use crate::i18n::{Lang, Text, tui};
use crate::tui::keys::global::goto_label;
use crate::tui::screen_id::ScreenId;
use unicode_width::UnicodeWidthStr;

/// One tab as drawn: its text and whether it is the screen in front.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tab {
    pub text: String,
    pub active: bool,
}

/// Screens whose names go first when the bar is short of room, least used first. The screen in
/// front always keeps its name.
const DROP_ORDER: &[ScreenId] = &[
    ScreenId::Audit,
    ScreenId::Timeline,
    ScreenId::Header,
    ScreenId::Ledger,
    ScreenId::Report,
    ScreenId::Suggestions,
    ScreenId::Agenda,
    ScreenId::Results,
    ScreenId::Attendance,
    ScreenId::Ballots,
];

/// The short name a screen takes on a narrow bar.
fn short_title(id: ScreenId) -> Text {
    match id {
        ScreenId::Header => tui::TAB_HEADER,
        ScreenId::Attendance => tui::TAB_ATTENDANCE,
        ScreenId::Results => tui::TAB_RESULTS,
        ScreenId::Suggestions => tui::TAB_SUGGESTIONS,
        ScreenId::Ledger => tui::TAB_LEDGER,
        ScreenId::Timeline => tui::TAB_TIMELINE,
        ScreenId::Audit => tui::TAB_AUDIT,
        other => other.title(),
    }
}

/// How tight a try at the bar is.
#[derive(Clone, Copy)]
struct Fit {
    /// A space either side of each tab (the roomy look), or one space between tabs.
    padded: bool,
    short_names: bool,
    short_keys: bool,
    /// How many screens of `DROP_ORDER` show only their key.
    dropped: usize,
}

fn key_text(id: ScreenId, short: bool) -> String {
    let key = goto_label(id);
    if short {
        key.replace("Shift+", "⇧")
    } else {
        key
    }
}

fn tabs_for(screens: &[ScreenId], active: ScreenId, lang: Lang, fit: Fit) -> Vec<Tab> {
    let dropped = &DROP_ORDER[..fit.dropped.min(DROP_ORDER.len())];
    screens
        .iter()
        .map(|&id| {
            let is_active = id == active;
            let key = key_text(id, fit.short_keys);
            let named = is_active || !dropped.contains(&id);
            // The screen in front keeps its own name: it is the one the user is reading.
            let name = if fit.short_names && !is_active {
                short_title(id)
            } else {
                id.title()
            };
            let body = if named {
                format!("{key} {}", name.get(lang))
            } else {
                key
            };
            let text = if fit.padded {
                format!(" {body} ")
            } else {
                body
            };
            Tab {
                text,
                active: is_active,
            }
        })
        .collect()
}

/// The width of `tabs` once laid out: padded tabs sit side by side, tight ones one space apart.
pub fn width(tabs: &[Tab], padded: bool) -> usize {
    let text: usize = tabs.iter().map(|t| t.text.width()).sum();
    let gaps = if padded { 0 } else { tabs.len() };
    text + gaps
}

/// The tabs for `screens` in `room` columns, the roomiest that fits; the last try (every screen
/// but the one in front by its key alone) is used even if it does not fit, and is cut at the edge.
/// Returns the tabs and whether they are padded (tight tabs want a space between them).
pub fn fit(screens: &[ScreenId], active: ScreenId, lang: Lang, room: usize) -> (Vec<Tab>, bool) {
    let mut tries = vec![
        Fit {
            padded: true,
            short_names: false,
            short_keys: false,
            dropped: 0,
        },
        Fit {
            padded: false,
            short_names: false,
            short_keys: false,
            dropped: 0,
        },
    ];
    for dropped in 0..=DROP_ORDER.len() {
        tries.push(Fit {
            padded: false,
            short_names: true,
            short_keys: true,
            dropped,
        });
    }
    let mut last = (Vec::new(), false);
    for f in tries {
        let tabs = tabs_for(screens, active, lang, f);
        if width(&tabs, f.padded) <= room {
            return (tabs, f.padded);
        }
        last = (tabs, f.padded);
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(tabs: &[Tab]) -> usize {
        tabs.iter().filter(|t| t.text.trim().contains(' ')).count()
    }

    #[test]
    fn every_screen_is_named_from_100_columns_and_most_at_80() {
        for lang in [Lang::Zh, Lang::En] {
            for room in [100, 120] {
                let (tabs, padded) = fit(ScreenId::MEETING, ScreenId::Ballots, lang, room);
                assert!(width(&tabs, padded) <= room, "{lang:?} {room}");
                let want = if room >= 120 || lang == Lang::Zh {
                    10
                } else {
                    7
                };
                assert!(named(&tabs) >= want, "{lang:?} {room}: {tabs:?}");
            }
            let (tabs, padded) = fit(ScreenId::MEETING, ScreenId::Audit, lang, 80);
            assert!(width(&tabs, padded) <= 80);
            assert!(named(&tabs) >= 5, "{lang:?} 80: {tabs:?}");
            assert!(tabs.iter().any(|t| t.active && t.text.contains(' ')));
        }
    }

    #[test]
    fn a_tiny_bar_still_names_the_screen_in_front() {
        let (tabs, _) = fit(ScreenId::MEETING, ScreenId::Results, Lang::Zh, 10);
        let active = tabs.iter().find(|t| t.active).expect("the active tab");
        assert!(active.text.contains("测评结果"), "{active:?}");
    }
}
