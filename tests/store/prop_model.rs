//! Random sequences of the model's own operations, with odd input (empty, control characters,
//! emoji, combining marks, very long text, unknown ids), on a meeting under way: every change is
//! taken or refused whole, and after each one the meeting keeps its invariants
//! (`crate::common::invariants`): sound, tallies = ballots, counts within the valid ballots,
//! attendance counts = roster states, save → load equal. Undo takes every change back exactly.

use pingyi::demo::large::{Size, generate};
use pingyi::model::undo::Undo;
use pingyi::model::{
    AgendaKind, EntryMode, Id, LedgerInput, LedgerStatus, PersonInput, RaisedBy, ReportInput,
    Session, Stamp, SuggestionInput, TimerEventKind,
};
use proptest::prelude::*;
use std::sync::OnceLock;

fn meeting() -> &'static Session {
    static MEETING: OnceLock<Session> = OnceLock::new();
    MEETING.get_or_init(|| {
        let size = Size {
            attendees: 20,
            agenda_items: 9,
            reports: 1,
            notes: 3,
            rounds: 2,
            targets: 2,
            ballots: 10,
            batches: 1,
            suggestions: 10,
            ledger_rows: 3,
        };
        let mut s = generate(&size, 11).expect("the meeting");
        let stamp = Stamp::new(s.updated, "周强");
        let round = s.rounds[1].id;
        s.with_round(round, &stamp, |r, j| {
            r.set_issued(Some(40), j)?;
            r.set_returned(Some(40), j)?;
            r.add_batch("g", "合计组", "孙丽", EntryMode::Grid, j)
        })
        .expect("room to count");
        s
    })
}

/// Text as people type or paste it, odd cases included.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[王李张黄武会议室村]{1,6}",
        2 => "[a-zA-Z0-9 ,.;:'\"-]{0,20}",
        1 => Just(String::new()),
        1 => Just(" \t\r\n ".to_string()),
        1 => Just("e\u{301}😀\u{200b}\u{7}".to_string()),
        1 => Just("长".repeat(400)),
        1 => Just("2010-12-31".to_string()),
        1 => "\\PC{0,30}",
    ]
}

#[derive(Debug, Clone)]
enum Op {
    AddPerson(String, usize, String),
    WalkIn(String),
    EditPerson(usize, String, usize),
    CheckIn(usize),
    Excuse(usize, String),
    Reset(usize),
    RemovePerson(usize),
    Suggest(String, usize, Option<usize>),
    Merge(usize, usize),
    Accept(usize),
    Decline(usize, String),
    Reopen(usize),
    Ledger(usize, String, String, String),
    LedgerStatus(usize, usize),
    Progress(usize, String),
    AgendaNext,
    AgendaPrevious,
    AgendaFinish,
    AgendaSkip(usize, bool),
    AgendaAdd(String, String),
    AgendaRemove(usize),
    AgendaMove(usize, usize),
    ReportAdd(String, String),
    Timer(usize, usize),
    Note(usize, String),
    Ballot(String),
    VoidBallot,
    TakeBackBallot,
    GridValid(u32),
    GridCell(usize, usize, u32),
    Undo,
}

fn op() -> impl Strategy<Value = Op> {
    let i = || 0usize..40;
    prop_oneof![
        1 => (text(), i(), text()).prop_map(|(n, c, u)| Op::AddPerson(n, c, u)),
        1 => text().prop_map(Op::WalkIn),
        1 => (i(), text(), i()).prop_map(|(k, n, c)| Op::EditPerson(k, n, c)),
        3 => i().prop_map(Op::CheckIn),
        1 => (i(), text()).prop_map(|(k, r)| Op::Excuse(k, r)),
        1 => i().prop_map(Op::Reset),
        1 => i().prop_map(Op::RemovePerson),
        2 => (text(), i(), prop::option::of(i())).prop_map(|(t, c, by)| Op::Suggest(t, c, by)),
        1 => (i(), i()).prop_map(|(a, b)| Op::Merge(a, b)),
        1 => i().prop_map(Op::Accept),
        1 => (i(), text()).prop_map(|(k, r)| Op::Decline(k, r)),
        1 => i().prop_map(Op::Reopen),
        1 => (i(), text(), text(), text()).prop_map(|(k, m, o, d)| Op::Ledger(k, m, o, d)),
        1 => (i(), 0usize..4).prop_map(|(k, s)| Op::LedgerStatus(k, s)),
        1 => (i(), text()).prop_map(|(k, t)| Op::Progress(k, t)),
        2 => Just(Op::AgendaNext),
        1 => Just(Op::AgendaPrevious),
        1 => Just(Op::AgendaFinish),
        1 => (i(), any::<bool>()).prop_map(|(k, b)| Op::AgendaSkip(k, b)),
        1 => (text(), "[0-9]{0,4}|[a-z]{1,3}").prop_map(|(t, m)| Op::AgendaAdd(t, m)),
        1 => i().prop_map(Op::AgendaRemove),
        1 => (i(), i()).prop_map(|(a, b)| Op::AgendaMove(a, b)),
        1 => (text(), "[0-9]{0,3}").prop_map(|(r, m)| Op::ReportAdd(r, m)),
        1 => (i(), 0usize..4).prop_map(|(k, t)| Op::Timer(k, t)),
        1 => (i(), text()).prop_map(|(k, t)| Op::Note(k, t)),
        3 => prop_oneof!["[0-3x]{16}", "[0-9xX]{0,20}", "\\PC{0,16}"].prop_map(Op::Ballot),
        1 => Just(Op::VoidBallot),
        1 => Just(Op::TakeBackBallot),
        1 => (0u32..60).prop_map(Op::GridValid),
        1 => (0usize..16, 0usize..6, 0u32..60).prop_map(|(c, col, v)| Op::GridCell(c, col, v)),
        3 => Just(Op::Undo),
    ]
}

/// The id at `k` of a list, or one no list has (refusals are part of the test).
fn pick(ids: &[Id], k: usize) -> Id {
    ids.get(k).copied().unwrap_or(9_999)
}

/// Whether a change was taken: `Ok` with or without an undo, not a refusal.
fn taken<E>(r: Result<Option<Undo>, E>, undo: &mut Vec<Undo>) -> bool {
    match r {
        Ok(Some(u)) => {
            undo.push(u);
            true
        }
        Ok(None) => true,
        Err(_) => false,
    }
}

/// Applies one operation; the undo of a live-meeting change goes on `undo`. False when the
/// model refused it.
fn apply(s: &mut Session, op: &Op, stamp: &Stamp, undo: &mut Vec<Undo>) -> bool {
    let people: Vec<Id> = s.attendance.people.iter().map(|p| p.id).collect();
    let sugg: Vec<Id> = s.suggestions.iter().map(|x| x.id).collect();
    let items: Vec<Id> = s.agenda.items.iter().map(|x| x.id).collect();
    let reports: Vec<Id> = s.reports.iter().map(|x| x.id).collect();
    let cats = s.attendance.categories.clone();
    let cat = |k: usize| cats.get(k).cloned().unwrap_or_else(|| format!("类别{k}"));
    let scats = s.suggestion_categories.clone();
    let round = s.rounds[1].id;
    let mut kept = |r: Result<Undo, pingyi::model::input::Refused>| match r {
        Ok(u) => {
            undo.push(u);
            true
        }
        Err(_) => false,
    };
    match op {
        Op::AddPerson(n, c, u) => kept(
            s.attendee_add(&PersonInput::new(n, &cat(*c), u), stamp)
                .map(|x| x.1),
        ),
        Op::WalkIn(n) => kept(
            s.attendee_walk_in(&PersonInput::new(n, &cat(0), ""), stamp)
                .map(|x| x.1),
        ),
        Op::EditPerson(k, n, c) => taken(
            s.attendee_edit(pick(&people, *k), &PersonInput::new(n, &cat(*c), ""), stamp),
            undo,
        ),
        Op::CheckIn(k) => kept(s.check_in(pick(&people, *k), stamp)),
        Op::Excuse(k, r) => kept(s.excuse(pick(&people, *k), r, stamp)),
        Op::Reset(k) => kept(s.reset_presence(pick(&people, *k), stamp)),
        Op::RemovePerson(k) => kept(s.attendee_remove(pick(&people, *k), stamp)),
        Op::Suggest(t, c, by) => {
            let input = SuggestionInput {
                text: t.clone(),
                category: scats
                    .get(*c % scats.len().max(1))
                    .cloned()
                    .unwrap_or_default(),
                raised_by: by.map_or(RaisedBy::Anonymous, |k| RaisedBy::Attendee {
                    id: pick(&people, k),
                }),
                concerns: String::new(),
            };
            kept(s.suggestion_add(&input, stamp).map(|x| x.1))
        }
        Op::Merge(a, b) => kept(s.suggestion_merge(pick(&sugg, *a), pick(&sugg, *b), stamp)),
        Op::Accept(k) => kept(s.suggestion_accept(pick(&sugg, *k), stamp)),
        Op::Decline(k, r) => kept(s.suggestion_decline(pick(&sugg, *k), r, stamp)),
        Op::Reopen(k) => kept(s.suggestion_reopen(pick(&sugg, *k), stamp)),
        Op::Ledger(k, m, o, d) => {
            let input = LedgerInput {
                measure: m.clone(),
                owner: o.clone(),
                deadline: d.clone(),
            };
            taken(s.ledger_set(pick(&sugg, *k), &input, stamp), undo)
        }
        Op::LedgerStatus(k, st) => taken(
            s.ledger_status(pick(&sugg, *k), LedgerStatus::ALL[*st], stamp),
            undo,
        ),
        Op::Progress(k, t) => kept(s.ledger_progress(pick(&sugg, *k), t, stamp)),
        Op::AgendaNext => kept(s.agenda_next(stamp)),
        Op::AgendaPrevious => kept(s.agenda_previous(stamp)),
        Op::AgendaFinish => kept(s.agenda_finish(stamp)),
        Op::AgendaSkip(k, b) => kept(s.agenda_set_skipped(pick(&items, *k), *b, stamp)),
        Op::AgendaAdd(t, m) => kept(
            s.agenda_add(t, AgendaKind::Other, m, None, stamp)
                .map(|x| x.1),
        ),
        Op::AgendaRemove(k) => kept(s.agenda_remove(pick(&items, *k), stamp)),
        Op::AgendaMove(k, to) => taken(s.agenda_move(pick(&items, *k), *to, stamp), undo),
        Op::ReportAdd(r, m) => {
            let input = ReportInput {
                reporter: r.clone(),
                planned_minutes: m.clone(),
                ..ReportInput::default()
            };
            kept(s.report_add(&input, stamp).map(|x| x.1))
        }
        Op::Timer(k, t) => {
            let kind = [
                TimerEventKind::Start,
                TimerEventKind::Pause,
                TimerEventKind::Resume,
                TimerEventKind::End,
            ][*t];
            kept(s.report_timer(pick(&reports, *k), kind, stamp))
        }
        Op::Note(k, t) => kept(s.report_note_add(pick(&reports, *k), t, stamp)),
        Op::Ballot(marks) => s
            .with_round(round, stamp, |r, j| {
                let uid = r.batches[0].uid.clone();
                r.commit_ballot(&uid, marks, j)
            })
            .is_ok(),
        Op::VoidBallot => s
            .with_round(round, stamp, |r, j| {
                let uid = r.batches[0].uid.clone();
                r.commit_void_ballot(&uid, j)
            })
            .is_ok(),
        Op::TakeBackBallot => s
            .with_round(round, stamp, |r, j| {
                let uid = r.batches[0].uid.clone();
                r.undo_last_ballot(&uid, j)
            })
            .is_ok(),
        Op::GridValid(v) => s
            .with_round(round, stamp, |r, j| r.set_batch_ballots("g", false, *v, j))
            .is_ok(),
        Op::GridCell(cell, col, v) => s
            .with_round(round, stamp, |r, j| {
                let (ti, ii) = r
                    .cell_at(*cell % r.cells_per_ballot().max(1))
                    .unwrap_or((0, 0));
                let (t, i) = (r.targets[ti].id, r.items[ii].id);
                let grades = r.items[ii].scale.grades.len();
                let column = match *col {
                    c if c < grades => pingyi::model::Column::Grade(c),
                    c if c == grades => pingyi::model::Column::Blank,
                    _ => pingyi::model::Column::VoidMark,
                };
                r.set_cell("g", t, i, column, *v, j)
            })
            .is_ok(),
        Op::Undo => {
            if let Some(u) = undo.pop() {
                s.undo(u, stamp);
            }
            true
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_of_changes_keeps_the_meeting_sound(ops in prop::collection::vec(op(), 1..80)) {
        let mut s = meeting().clone();
        let mut undo = Vec::new();
        let start = s.updated;
        for (n, op) in ops.iter().enumerate() {
            let stamp = Stamp::new(start + chrono::Duration::seconds(n as i64 + 1), "记录人");
            let before = s.clone();
            if !apply(&mut s, op, &stamp, &mut undo) {
                // Refused whole: nothing of it reached the meeting, not even its audit log.
                prop_assert!(s == before, "step {}: the refused {:?} changed the meeting", n, op);
            }
            crate::common::invariants::hold(&s, &format!("after step {n}, {op:?}"));
        }
    }

    #[test]
    fn undo_takes_a_change_back_exactly(ops in prop::collection::vec(op(), 1..30)) {
        let mut s = meeting().clone();
        let start = s.updated;
        for (n, op) in ops.iter().enumerate() {
            if matches!(op, Op::Undo) {
                continue;
            }
            let stamp = Stamp::new(start + chrono::Duration::seconds(n as i64 + 1), "记录人");
            let before = s.clone();
            let mut undo = Vec::new();
            apply(&mut s, op, &stamp, &mut undo);
            if let Some(u) = undo.pop() {
                let mut back = s.clone();
                back.undo(u, &stamp);
                // Everything but the audit log (which records the undo) is as it was.
                let (mut a, mut b) = (back.clone(), before.clone());
                a.audit.clear();
                b.audit.clear();
                a.updated = b.updated;
                prop_assert_eq!(a, b, "undo of {:?}", op);
                prop_assert!(back.audit.len() > s.audit.len(), "the undo is audited");
            }
        }
    }
}

#[test]
fn the_starting_meeting_holds_the_invariants() {
    crate::common::invariants::hold(meeting(), "the generated meeting");
}
