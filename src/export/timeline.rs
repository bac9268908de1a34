//! The meeting as it happened, in time order: agenda items starting and ending, the work reports'
//! timers, ballot rounds verified, published and reopened, suggestions as they came.

use super::record::{minutes_between, report_seconds};
use crate::i18n::{Lang, review as tx};
use crate::model::{AuditKind, Session, TimerEventKind, Timestamp};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimelineKind {
    Agenda,
    Report,
    Round,
    Suggestion,
}

impl TimelineKind {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            TimelineKind::Agenda => tx::KIND_AGENDA.get(lang),
            TimelineKind::Report => tx::KIND_REPORT.get(lang),
            TimelineKind::Round => tx::KIND_ROUND.get(lang),
            TimelineKind::Suggestion => tx::KIND_SUGGESTION.get(lang),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEvent {
    pub at: Timestamp,
    pub kind: TimelineKind,
    pub text: String,
}

/// Every timed event of the meeting, oldest first; events at the same moment keep the order of
/// the record (agenda, reports, rounds, suggestions).
pub fn events(s: &Session, lang: Lang) -> Vec<TimelineEvent> {
    let mut out = Vec::new();
    agenda_events(&mut out, s, lang);
    report_events(&mut out, s, lang);
    round_events(&mut out, s, lang);
    suggestion_events(&mut out, s);
    // A stable sort, so the record's order above settles events at the same moment.
    out.sort_by_key(|e| e.at);
    out
}

/// Each agenda item's start, and its end with the minutes it took when it was started.
fn agenda_events(out: &mut Vec<TimelineEvent>, s: &Session, lang: Lang) {
    let mut push = |at: Timestamp, kind, text: String| out.push(TimelineEvent { at, kind, text });
    for item in &s.agenda.items {
        if let Some(a) = item.started {
            push(
                a,
                TimelineKind::Agenda,
                format!("{} {}", tx::STARTED.get(lang), item.title),
            );
        }
        if let Some(b) = item.ended {
            let took = item
                .started
                .map(|a| format!(" ({})", tx::took_minutes(lang, minutes_between(&a, &b))))
                .unwrap_or_default();
            push(
                b,
                TimelineKind::Agenda,
                format!("{} {}{took}", tx::ENDED.get(lang), item.title),
            );
        }
    }
}

/// Every timer event of the work reports; the end also says how long the report ran.
fn report_events(out: &mut Vec<TimelineEvent>, s: &Session, lang: Lang) {
    let mut push = |at: Timestamp, kind, text: String| out.push(TimelineEvent { at, kind, text });
    for r in &s.reports {
        for e in &r.timer {
            let verb = match e.kind {
                TimerEventKind::Start => tx::STARTED,
                TimerEventKind::Pause => tx::PAUSED,
                TimerEventKind::Resume => tx::RESUMED,
                TimerEventKind::End => tx::ENDED,
            };
            let took = match (e.kind, report_seconds(r)) {
                (TimerEventKind::End, Some(secs)) => {
                    format!(" ({})", tx::took_minutes(lang, (secs + 30) / 60))
                }
                _ => String::new(),
            };
            push(
                e.at,
                TimelineKind::Report,
                format!("{} {}{took}", r.reporter, verb.get(lang)),
            );
        }
    }
}

/// Ballot rounds verified (with the scrutineers) and published, then rounds reopened.
fn round_events(out: &mut Vec<TimelineEvent>, s: &Session, lang: Lang) {
    let mut push = |at: Timestamp, kind, text: String| out.push(TimelineEvent { at, kind, text });
    for r in &s.rounds {
        if let Some(v) = &r.verification {
            push(
                v.at,
                TimelineKind::Round,
                format!(
                    "{} {} ({})",
                    r.name,
                    tx::VERIFIED.get(lang),
                    v.scrutineers.join("、")
                ),
            );
        }
        if let Some(p) = r.published_at {
            push(
                p,
                TimelineKind::Round,
                format!("{} {}", r.name, tx::PUBLISHED.get(lang)),
            );
        }
    }
    // Reopening leaves no field behind in the round, only its audit entry (with the reason).
    for a in &s.audit {
        if a.kind == AuditKind::Round && a.action.contains("reopen") {
            let reason = a
                .reason
                .as_deref()
                .map(|r| format!(": {r}"))
                .unwrap_or_default();
            push(
                a.at,
                TimelineKind::Round,
                format!("{} {}{reason}", a.target, tx::REOPENED.get(lang)),
            );
        }
    }
}

/// Each suggestion as it was taken down: number, category and text.
fn suggestion_events(out: &mut Vec<TimelineEvent>, s: &Session) {
    for x in &s.suggestions {
        out.push(TimelineEvent {
            at: x.at,
            kind: TimelineKind::Suggestion,
            text: format!("#{} [{}] {}", x.id, x.category, x.text.trim()),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture::{at, town};
    use crate::model::{AuditEntry, Stamp};

    #[test]
    fn town_meeting_in_time_order() {
        let s = town();
        let ev = events(&s, Lang::Zh);
        assert!(ev.windows(2).all(|w| w[0].at <= w[1].at));
        assert_eq!(ev[0].at, at(10, 19, 9, 0));
        assert_eq!(
            ev[0].text,
            "开始 主持人宣布开会,说明评议事项,宣布记录人、监票人、计票人"
        );
        let report: Vec<&str> = ev
            .iter()
            .filter(|e| e.kind == TimelineKind::Report)
            .map(|e| e.text.as_str())
            .collect();
        assert_eq!(
            report,
            [
                "黄武 开始",
                "黄武 暂停",
                "黄武 继续",
                "黄武 结束 (用时 19 分钟)"
            ]
        );
        let round: Vec<&str> = ev
            .iter()
            .filter(|e| e.kind == TimelineKind::Round)
            .map(|e| e.text.as_str())
            .collect();
        assert_eq!(
            round,
            [
                "党组织群众评议表 已核对 (王德胜、李秀英)",
                "党组织群众评议表 已公布"
            ]
        );
        assert_eq!(
            ev.iter()
                .filter(|e| e.kind == TimelineKind::Suggestion)
                .count(),
            21
        );
        // 8 agenda items × 2 + 4 timer events + 2 round events + 21 suggestions.
        assert_eq!(ev.len(), 16 + 4 + 2 + 21);
    }

    #[test]
    fn a_reopened_round_shows_its_reason() {
        let mut s = town();
        let stamp = Stamp::new(at(10, 19, 10, 52), "王德胜");
        s.log(
            AuditEntry::new(&stamp, AuditKind::Round, "round.reopen", "党组织群众评议表")
                .reason("第 3 组漏计 2 张"),
        );
        let ev = events(&s, Lang::Zh);
        assert!(ev.iter().any(|e| e.at == at(10, 19, 10, 52)
            && e.text == "党组织群众评议表 重新计票: 第 3 组漏计 2 张"));
    }
}
