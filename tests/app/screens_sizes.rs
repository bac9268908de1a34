//! Every screen of an open meeting, drawn from the large meeting (1,000 attendees, 8,000
//! ballots, 2,000 suggestions) at 0×0, 1×1, 20×5, 80×24 and 300×100, in both languages, at the
//! top of its lists and after scrolling to their end, with the help over it: no panic.
//!
//! The screens come from `ScreenId::MEETING`, so a screen added there is covered here unchanged.

use crossterm::event::KeyCode;
use pingyi::i18n::Lang;
use pingyi::model::Session;
use pingyi::tui::action::Action;
use pingyi::tui::app::App;
use pingyi::tui::screens::ScreenId;
use pingyi::tui::screens::ballots::View;
use pingyi::tui::testing::{app_with, draw, press};
use std::sync::OnceLock;

const SIZES: [(u16, u16); 5] = [(0, 0), (1, 1), (20, 5), (80, 24), (300, 100)];

fn large() -> &'static Session {
    static LARGE: OnceLock<Session> = OnceLock::new();
    LARGE.get_or_init(|| pingyi::demo::large::large().expect("the large meeting"))
}

/// Draws the app at every size; says which screen and size failed if one panics.
fn draw_all(app: &App, what: &str) {
    for (w, h) in SIZES {
        let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| draw(app, w, h)));
        assert!(drawn.is_ok(), "{what} panicked at {w}×{h}");
        if w >= 80
            && let Ok(terminal) = drawn
        {
            let text: String = terminal
                .backend()
                .buffer()
                .content()
                .iter()
                .map(|c| c.symbol())
                .collect();
            assert!(!text.trim().is_empty(), "{what} drew nothing at {w}×{h}");
        }
    }
}

#[test]
fn every_screen_draws_the_large_meeting_at_every_size() {
    assert!(
        ScreenId::MEETING.len() >= 2,
        "the meeting has more than the header screen"
    );
    for lang in [Lang::Zh, Lang::En] {
        let mut app = app_with(large().clone(), lang);
        for &screen in ScreenId::MEETING {
            app.update(Action::Goto(screen));
            assert_eq!(app.screen, screen);
            draw_all(&app, &format!("{screen:?} ({lang:?}) at the top"));
            // To the end of whatever the screen lists: 1,000 people, 2,000 suggestions…
            for _ in 0..40 {
                press(&mut app, KeyCode::PageDown);
            }
            press(&mut app, KeyCode::End);
            draw_all(&app, &format!("{screen:?} ({lang:?}) at the end"));
            press(&mut app, KeyCode::F(1));
            draw_all(&app, &format!("{screen:?} ({lang:?}) under the help"));
            press(&mut app, KeyCode::Esc);
            assert!(app.help.is_none(), "Esc closes the help on {screen:?}");
        }
    }
}

/// The ballots screen's own views of round 4 (60 targets × 8 items, 2,000 ballots, still
/// counting): the round, a batch's ballot-by-ballot entry half-way through a ballot, a tally
/// grid, verification.
#[test]
fn the_ballot_views_draw_the_large_round_at_every_size() {
    let mut s = large().clone();
    let stamp = pingyi::model::Stamp::new(s.updated, "周强");
    let round = s.rounds.last().map(|r| r.id).expect("a round");
    s.with_round(round, &stamp, |r, j| {
        r.set_issued(Some(3_000), j)?;
        r.set_returned(Some(3_000), j)?;
        r.add_batch("grid", "合计组", "孙丽", pingyi::model::EntryMode::Grid, j)?;
        r.set_batch_ballots("grid", false, 100, j)
    })
    .expect("room for a grid");
    let (targets, items, rounds) = {
        let r = s.rounds.last().expect("a round");
        (r.targets.len(), r.items.len(), s.rounds.len())
    };
    for lang in [Lang::Zh, Lang::En] {
        let mut app = app_with(s.clone(), lang);
        press(&mut app, KeyCode::F(6));
        for _ in 1..rounds {
            press(&mut app, KeyCode::Down);
        }
        press(&mut app, KeyCode::Enter);
        draw_all(&app, "the round");
        // Batch 4 (ballots), then the grid batch after it.
        for (batch, what) in [(3, "ballot entry"), (4, "the tally grid")] {
            app.screens.ballots.round_view.selected = 0;
            for _ in 0..9 + targets + items + batch {
                press(&mut app, KeyCode::Down);
            }
            press(&mut app, KeyCode::Enter);
            assert!(
                matches!(app.screens.ballots.view, View::Entry(_) | View::Grid(_)),
                "{what} is open: {:?}",
                app.screens.ballots.view
            );
            if batch == 3 {
                for k in 0..240 {
                    press(&mut app, KeyCode::Char(if k % 9 == 0 { '2' } else { '1' }));
                }
            } else {
                press(&mut app, KeyCode::Char('7'));
            }
            draw_all(&app, what);
            while app.screens.ballots.view != View::Round {
                press(&mut app, KeyCode::Esc);
            }
        }
        press(&mut app, KeyCode::Char('v'));
        assert_eq!(app.screens.ballots.view, View::Verify);
        draw_all(&app, "verification");
    }
}
