//! The projector: following a file another process rewrites, keeping the last good state, and
//! its frames drawn into a TestBackend.

use super::follow::Follower;
use super::state::Projector;
use super::view::{ShowFrame, render};
use crate::export::fixture::{at, town};
use crate::i18n::{Lang, Message};
use crate::model::{Session, TimerEventKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn load(p: &Path) -> Result<Session, Message> {
    let bytes = std::fs::read(p).map_err(|e| Message::new(e.to_string(), e.to_string()))?;
    serde_json::from_slice(&bytes)
        .map_err(|e| Message::new(format!("JSON:{e}"), format!("JSON: {e}")))
}

/// Another process writes `text` to `to` the way the store saves: a temporary file renamed over.
fn rewrite_by_another_process(to: &Path, text: &str) {
    let tmp = to.with_extension("json.tmp");
    std::fs::write(&tmp, text).expect("write the new version");
    let status = Command::new("mv")
        .arg(&tmp)
        .arg(to)
        .status()
        .expect("run mv");
    assert!(status.success());
}

/// Polls as the loop does (every 250 ms) until `done` or a second has passed.
fn follow_for_a_second(f: &mut Follower, done: impl Fn(&Follower) -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(1) {
        f.poll(Instant::now(), load);
        if done(f) {
            return true;
        }
        std::thread::sleep(super::POLL);
    }
    false
}

#[test]
fn follows_a_file_another_process_rewrites() {
    let dir = tempfile::tempdir().expect("temp folder");
    let path = dir.path().join("meeting.json");
    let mut s = town();
    s.agenda.current = Some(2);
    std::fs::write(&path, serde_json::to_string(&s).expect("json")).expect("write");
    let mut f = Follower::new(&path);
    assert!(f.poll(Instant::now(), load));
    assert_eq!(f.session.as_ref().and_then(|s| s.agenda.current), Some(2));

    s.agenda.current = Some(3);
    rewrite_by_another_process(&path, &serde_json::to_string(&s).expect("json"));
    assert!(
        follow_for_a_second(&mut f, |f| f
            .session
            .as_ref()
            .is_some_and(|s| s.agenda.current == Some(3))),
        "the new agenda step shows within a second"
    );

    // Half a file (a copy caught mid-write): the last good state stays, marked stale.
    Command::new("sh")
        .arg("-c")
        .arg(format!(
            "printf '{{\"format\": \"pingyi' > '{}'",
            path.display()
        ))
        .status()
        .expect("run sh");
    assert!(follow_for_a_second(&mut f, |f| f.trouble.is_some()));
    assert_eq!(f.session.as_ref().and_then(|s| s.agenda.current), Some(3));

    // Gone for a moment (between unlink and rename), then back with a new step.
    std::fs::remove_file(&path).expect("remove");
    f.poll(Instant::now(), load);
    assert!(f.trouble.is_some());
    assert!(f.session.is_some(), "keeps showing the last good state");
    s.agenda.current = Some(4);
    rewrite_by_another_process(&path, &serde_json::to_string(&s).expect("json"));
    assert!(follow_for_a_second(&mut f, |f| f.trouble.is_none()
        && f.session
            .as_ref()
            .is_some_and(|s| s.agenda.current == Some(4))));
}

#[test]
fn an_unchanged_file_is_not_reread_every_poll() {
    let dir = tempfile::tempdir().expect("temp folder");
    let path = dir.path().join("meeting.json");
    std::fs::write(&path, serde_json::to_string(&town()).expect("json")).expect("write");
    let mut f = Follower::new(&path);
    let t0 = Instant::now();
    assert!(f.poll(t0, load));
    let reads = std::cell::Cell::new(0);
    let counting = |p: &Path| {
        reads.set(reads.get() + 1);
        load(p)
    };
    for i in 1..8 {
        f.poll(t0 + Duration::from_millis(250 * i), counting);
    }
    assert_eq!(reads.get(), 0);
    f.poll(t0 + Duration::from_secs(4), counting);
    assert_eq!(
        reads.get(),
        1,
        "re-read now and then in case the mtime is coarse"
    );
}

fn draw(
    p: Option<&Projector>,
    lang: Lang,
    w: u16,
    h: u16,
    stale: Option<(String, u64)>,
) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    t.draw(|f| {
        render(
            f,
            &ShowFrame {
                lang,
                projector: p,
                clock: "09:15:00",
                stale,
            },
        )
    })
    .expect("draw");
    t
}

fn during_report() -> Projector {
    let mut s = town();
    s.agenda.current = Some(3);
    s.reports[0].timer.truncate(1);
    s.rounds[0].state = crate::model::RoundState::Counting;
    Projector::of(&s, at(10, 19, 9, 15), s.lang)
}

#[test]
fn projector_frames() {
    for lang in [Lang::Zh, Lang::En] {
        let mut s = town();
        s.agenda.current = Some(3);
        s.reports[0].timer.truncate(1);
        s.rounds[0].state = crate::model::RoundState::Counting;
        let p = Projector::of(&s, at(10, 19, 9, 15), lang);
        insta::assert_snapshot!(
            format!("show_report_{}_80x24", lang.code()),
            draw(Some(&p), lang, 80, 24, None).backend()
        );
        insta::assert_snapshot!(
            format!("show_report_{}_20x5", lang.code()),
            draw(Some(&p), lang, 20, 5, None).backend()
        );
    }
    for lang in [Lang::Zh, Lang::En] {
        let mut s = town();
        s.agenda.current = Some(6);
        let p = Projector::of(&s, at(10, 19, 9, 58), lang);
        insta::assert_snapshot!(
            format!("show_results_{}_80x24", lang.code()),
            draw(Some(&p), lang, 80, 24, None).backend()
        );
    }
    let p = during_report();
    let stale = Some(("JSON: EOF while parsing".to_string(), 2));
    insta::assert_snapshot!(
        "show_stale_zh_80x24",
        draw(Some(&p), Lang::Zh, 80, 24, stale).backend()
    );
    for (w, h) in [(0, 0), (1, 1), (20, 5)] {
        draw(Some(&p), Lang::Zh, w, h, None);
        draw(None, Lang::En, w, h, None);
    }
}

#[test]
fn a_finished_meeting_says_it_has_ended_and_keeps_its_published_results() {
    for (lang, ended, not_started) in [
        (Lang::Zh, "会议已结束", "尚未开始"),
        (Lang::En, "The meeting has ended", "not started"),
    ] {
        let s = town();
        assert_eq!(s.state(), crate::model::MeetingState::Finished);
        let published = s
            .rounds
            .iter()
            .find(|r| r.state == crate::model::RoundState::Published && !r.confidential)
            .expect("the town meeting publishes a round")
            .name
            .clone();
        let p = Projector::of(&s, at(10, 19, 11, 30), lang);
        let text = draw(Some(&p), lang, 100, 30, None).backend().to_string();
        assert!(text.contains(ended), "{text}");
        assert!(!text.contains(not_started), "{text}");
        assert!(text.contains(&published), "{text}");
    }
}

#[test]
fn overtime_counts_up_in_red_text() {
    let mut s = town();
    s.reports[0]
        .timer
        .retain(|e| e.kind == TimerEventKind::Start);
    let p = Projector::of(&s, at(10, 19, 9, 32), Lang::En);
    let c = p.countdown.clone().expect("running");
    assert_eq!(c.remaining, -2 * 60);
    let t = draw(Some(&p), Lang::En, 80, 24, None);
    let text: String = t
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(text.contains("over time"), "{text}");
    // "-2:00" in large digits: the minus sign's bar sits on the middle row.
    assert!(text.contains("███ ████   █  █ █  █"), "{text}");
}
