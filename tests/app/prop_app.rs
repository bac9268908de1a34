//! Random sessions at the keyboard: sequences of key presses and pastes, across every screen,
//! driving the real `App` on a meeting under way (a round verified, a round still counting,
//! people to check in, suggestions to sort). Whatever is typed, nothing panics, every drawing
//! at any size works, and the meeting keeps its invariants (`crate::common::invariants`).

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use pingyi::demo::large::{Size, generate};
use pingyi::i18n::Lang;
use pingyi::model::Session;
use pingyi::tui::app::App;
use pingyi::tui::doc::{Doc, MemoryPersist};
use pingyi::tui::testing::{draw, meeting_time};
use proptest::prelude::*;
use std::sync::OnceLock;

/// A small meeting with every part in it; its second round is still being counted.
fn meeting() -> &'static Session {
    static MEETING: OnceLock<Session> = OnceLock::new();
    MEETING.get_or_init(|| {
        let size = Size {
            attendees: 30,
            agenda_items: 10,
            reports: 2,
            notes: 6,
            rounds: 2,
            targets: 3,
            ballots: 20,
            batches: 2,
            suggestions: 12,
            ledger_rows: 4,
        };
        let mut s = generate(&size, 5).expect("the meeting");
        // Some people still to come, and some excused, for the check-in keys to find.
        let stamp = pingyi::model::Stamp::new(s.updated, "李静");
        let back: Vec<u32> = s
            .attendance
            .people
            .iter()
            .filter(|p| !p.walk_in)
            .step_by(3)
            .map(|p| p.id)
            .collect();
        for id in back {
            s.reset_presence(id, &stamp).expect("back to expected");
        }
        // Room in round 2 for more ballots than came back so far.
        let round = s.rounds[1].id;
        s.with_round(round, &stamp, |r, j| {
            r.set_issued(Some(60), j)?;
            r.set_returned(Some(60), j)
        })
        .expect("room for ballots");
        s
    })
}

#[derive(Debug, Clone)]
enum Input {
    Key(KeyCode, KeyModifiers),
    /// Characters typed one after another (a ballot read aloud, a count, a name).
    Burst(String),
    Paste(String),
    /// Draw at this size (a terminal being resized mid-meeting).
    Draw(u16, u16),
}

fn plain(code: KeyCode) -> Input {
    Input::Key(code, KeyModifiers::NONE)
}

fn input() -> impl Strategy<Value = Input> {
    let function = (1u8..=12)
        .prop_filter("no F11", |n| *n != 11)
        .prop_map(|n| plain(KeyCode::F(n)));
    let moves = prop::sample::select(vec![
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Tab,
        KeyCode::BackTab,
    ])
    .prop_map(plain);
    let edits = prop::sample::select(vec![
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Backspace,
        KeyCode::Delete,
    ])
    .prop_map(plain);
    // Digits are counts and marks; letters are the screens' commands; the rest is text.
    let chars = prop_oneof![
        4 => prop::char::range('0', '9'),
        3 => prop::char::range('a', 'z'),
        1 => prop::sample::select(vec!['A', 'X', ' ', '?', '/', '-', '.', ',', '王', '会', '、', '😀', '\u{301}']),
    ]
    .prop_map(|c| plain(KeyCode::Char(c)));
    let mods = prop_oneof![
        Just(Input::Key(KeyCode::Char('z'), KeyModifiers::CONTROL)),
        Just(Input::Key(KeyCode::Left, KeyModifiers::ALT)),
        Just(Input::Key(KeyCode::Right, KeyModifiers::ALT)),
        Just(Input::Key(KeyCode::Down, KeyModifiers::SHIFT)),
        Just(Input::Key(KeyCode::Up, KeyModifiers::SHIFT)),
        Just(Input::Key(KeyCode::Char('a'), KeyModifiers::CONTROL)),
    ];
    let paste = prop_oneof![
        Just(String::new()),
        "[0-9a-z ]{0,12}",
        Just("黄武\n王立新\n赵红梅".to_string()),
        Just("1".repeat(24)),
        Just("x\t,\"；".to_string()),
    ]
    .prop_map(Input::Paste);
    let burst = prop_oneof![
        "[0-4]{1,30}",
        "[0-9]{1,4}",
        "[a-z]{1,6}",
        "[王李张黄武会]{1,4}"
    ]
    .prop_map(Input::Burst);
    prop_oneof![
        3 => burst,
        3 => function,
        6 => moves,
        6 => edits,
        10 => chars,
        1 => mods,
        1 => paste,
        1 => (0u16..130, 0u16..45).prop_map(|(w, h)| Input::Draw(w, h)),
    ]
}

/// Where a case starts typing: somewhere random keys seldom reach on their own.
fn start() -> impl Strategy<Value = Vec<Input>> {
    let keys = |codes: Vec<KeyCode>| codes.into_iter().map(plain).collect::<Vec<_>>();
    // Round 2 (3 targets × 8 items): its batches follow 9 + 3 + 8 lines of the round view.
    let batch = |k: usize| {
        let mut v = vec![KeyCode::F(6), KeyCode::Down, KeyCode::Enter];
        v.extend(std::iter::repeat_n(KeyCode::Down, 20 + k));
        v.push(KeyCode::Enter);
        v
    };
    // Two ballots read into batch 1 first, so there is something to take back.
    let mut two_ballots = batch(0);
    two_ballots.extend(
        "123123123123123123123123"
            .repeat(2)
            .chars()
            .map(KeyCode::Char),
    );
    prop_oneof![
        Just(Vec::new()),
        Just(keys(vec![KeyCode::F(4)])),
        Just(keys(two_ballots)),
        Just(keys(batch(0))),
        Just(keys(batch(1))),
        Just(keys(vec![KeyCode::F(6), KeyCode::Down, KeyCode::Enter])),
        Just(keys(vec![KeyCode::F(8)])),
        Just(keys(vec![KeyCode::F(9)])),
        Just(keys(vec![KeyCode::F(3)])),
        Just(keys(vec![KeyCode::F(5)])),
    ]
}

fn app(dir: &std::path::Path) -> App {
    // The meeting's file sits in a temporary folder: Ctrl+P writes its record beside it.
    let doc = Doc::new(
        meeting().clone(),
        dir.join("meeting.json"),
        Box::new(MemoryPersist::default()),
    );
    App::with_doc(Lang::Zh, "记录人", doc, meeting_time(10, 0))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn any_typing_keeps_the_meeting_sound(
        start in start(),
        typed in prop::collection::vec(input(), 1..400),
    ) {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let mut app = app(tmp.path());
        let inputs: Vec<&Input> = start.iter().chain(&typed).collect();
        for (n, i) in inputs.iter().enumerate() {
            // The clock moves on as the meeting does.
            app.tick(meeting_time(10, 0) + chrono::Duration::seconds(n as i64));
            match i {
                Input::Key(code, mods) => app.on_event(Event::Key(KeyEvent::new(*code, *mods))),
                Input::Paste(text) => app.on_event(Event::Paste(text.clone())),
                Input::Burst(text) => {
                    for c in text.chars() {
                        app.on_event(Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)));
                    }
                }
                Input::Draw(w, h) => drop(draw(&app, *w, *h)),
            }
            if app.should_quit {
                break;
            }
        }
        drop(draw(&app, 100, 30));
        let doc = app.doc.as_ref().expect("the meeting is still open");
        crate::common::invariants::hold(&doc.session, &format!("after {} inputs", inputs.len()));
    }
}

#[test]
fn the_starting_meeting_holds_the_invariants() {
    crate::common::invariants::hold(meeting(), "the generated meeting");
    let s = meeting();
    assert_eq!(s.rounds.len(), 2);
    assert_eq!(s.rounds[1].state, pingyi::model::RoundState::Counting);
    assert!(
        s.attendance
            .people
            .iter()
            .any(|p| p.presence == pingyi::model::Presence::Expected)
    );
}
