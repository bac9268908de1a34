//! Where a meeting stands (not started, under way, finished), read from its agenda's times.

use super::Session;
use crate::i18n::{Lang, Text, store};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where a meeting stands; the session picker shows it beside the title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MeetingState {
    /// No agenda item has started yet (未开始).
    NotStarted,
    /// Some item has started and some item is still to be done (进行中).
    InProgress,
    /// Every agenda item has ended or was skipped (已结束).
    Finished,
}

impl MeetingState {
    /// Its name in both languages (the picker keeps it as a `Message`).
    pub fn text(self) -> Text {
        match self {
            MeetingState::NotStarted => store::STATE_NOT_STARTED,
            MeetingState::InProgress => store::STATE_IN_PROGRESS,
            MeetingState::Finished => store::STATE_FINISHED,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        self.text().get(lang)
    }
}

impl Session {
    /// Where the meeting stands. Skipped items count as done, so a meeting whose last steps were
    /// dropped still finishes; a meeting where nothing ever started has not started, even if the
    /// moderator skipped items while preparing it.
    pub fn state(&self) -> MeetingState {
        let items = &self.agenda.items;
        let any_started = items
            .iter()
            .any(|i| i.started.is_some() || i.ended.is_some());
        if !any_started {
            return MeetingState::NotStarted;
        }
        if items.iter().all(|i| i.skipped || i.ended.is_some()) {
            MeetingState::Finished
        } else {
            MeetingState::InProgress
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::session::town_meeting_at as at;

    #[test]
    fn a_fresh_meeting_has_not_started() {
        let s = Session::new(at(8, 0), Lang::Zh);
        assert_eq!(s.agenda.items.len(), 8);
        assert_eq!(s.state(), MeetingState::NotStarted);
    }

    #[test]
    fn skipping_while_preparing_does_not_start_the_meeting() {
        let mut s = Session::new(at(8, 0), Lang::Zh);
        s.agenda.items[2].skipped = true;
        assert_eq!(s.state(), MeetingState::NotStarted);
    }

    #[test]
    fn started_item_puts_the_meeting_in_progress() {
        let mut s = Session::new(at(8, 0), Lang::Zh);
        s.agenda.items[0].started = Some(at(9, 0));
        assert_eq!(s.state(), MeetingState::InProgress);
        s.agenda.items[0].ended = Some(at(9, 5));
        assert_eq!(s.state(), MeetingState::InProgress);
    }

    #[test]
    fn every_item_ended_or_skipped_finishes_it() {
        let mut s = Session::new(at(8, 0), Lang::Zh);
        for (n, item) in s.agenda.items.iter_mut().enumerate() {
            if n == 6 {
                item.skipped = true;
            } else {
                item.started = Some(at(9, n as u32 * 5));
                item.ended = Some(at(9, n as u32 * 5 + 4));
            }
        }
        assert_eq!(s.state(), MeetingState::Finished);
        assert_eq!(s.state().label(Lang::Zh), "已结束");
        assert_eq!(s.state().label(Lang::En), "Finished");
    }
}
